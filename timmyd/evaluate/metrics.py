"""Held-out metrics for the base model or any adapter, all measured against the same BASE reference.

Every number is relative to the base model (the adapter's LoRA switched off, or no adapter at all),
never to whatever adapter happens to serve, so two adapters evaluated on one held-out set are directly
comparable. Definitions (pc/pr: summed response log-probs of chosen/rejected under the evaluated model,
bc/br: the same under the base, |c|/|r|: response token counts incl. the end-of-turn token):

- accuracy_reward:    share of pairs with (pc - bc) > (pr - br): DPO's implicit-reward accuracy, per pair
                      (the reward here is the raw log-ratio in nats; DPO's beta scaling changes no sign).
                      The base scores 0 by construction (every reward is 0: a tie, not a win).
- reward_margin:      mean of (pc - bc) - (pr - br).
- accuracy_per_token: share of pairs with pc/|c| > pr/|r| (length-normalised, no reference; SimPO's
                      criterion). Unlike the summed accuracy it does not saturate when rejected replies
                      are long, so it is what the verdict compares by default.
- accuracy_sum:       share with pc > pr (raw summed log-probs; reported because it is the naive metric).
- chosen/rejected_logp (mean sum) and *_per_token (mean of sum/len), base_* and delta_* (model - base).
- kl_chosen_per_token: exact token-level KL(model || base) under teacher forcing at the chosen
                      response positions, sum_v p(v) (log p(v) - log p_base(v)), averaged over all chosen
                      response tokens of the set (token-weighted). 0 for the base itself.
- gen_mean_tokens:    mean length in tokens (end-of-turn excluded, capped at `[eval].max_new_tokens`) of
                      greedy replies to the first `[eval].gen_prompts` held-out prompts (ordered by pair
                      key, so every evaluation picks the same prompts); base_gen_mean_tokens likewise for
                      the base; the texts are kept in `samples` for the report and the judge.
- reply measures of those greedy replies (`timmyd.evaluate.replies`; base_* likewise for the base):
  gen_hit_cap / gen_ended (replies that hit the cap / ended on their own, counts), gen_len_ratio (mean of
  reply tokens / the chosen reply's tokens), gen_boilerplate (share opening with one of `openers`, the
  boilerplate phrases the caller learned from TRAINING pairs with `learn_openers`; None when no openers
  were given - learning them from the held-out pairs would leak), openers (the list used).
- per_pair: every pair's summed log-probs, base log-probs and token counts; pair_margins: key ->
  [per-token margin, the base's per-token margin, reward margin], the compact form the verdict's pair-by-pair
  test reads (it survives where per_pair is dropped to keep a record small).

Tokenization, masking and log-probs are the trainer's (`timmyd.train`), so evaluation sees exactly the
sequences training saw.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from pathlib import Path

import numpy as np
from loguru import logger

from timmyd.evaluate.replies import learn_openers, reply_measures
from timmyd.pairs import Pair

__all__ = ["EvalError", "evaluate", "evaluate_against", "learn_openers", "pairs_digest"]


class EvalError(ValueError):
    """Evaluation cannot run on this input (no pairs, bad directory); the message says which."""


# MLX is imported inside the functions: the CLI imports this module for EvalError and must stay light.


def pairs_digest(pairs: list[Pair]) -> str:
    """Identity of a held-out set, independent of order: two evaluations are comparable iff equal."""
    return hashlib.sha256("\n".join(sorted(p.key for p in pairs)).encode()).hexdigest()[:16]


def response_logprobs(model, prompt: tuple[int, ...], response: tuple[int, ...]):
    """(len(response), vocab) log-softmax rows at the positions that predict each response token."""
    import mlx.core as mx
    import mlx.nn as nn

    ids = mx.array([list(prompt + response)])[:, :-1]
    first = len(prompt) - 1
    from timmyd.train.model import head_for

    head = head_for(model)
    if head is not None:
        hidden = model.model(ids)[0, first:]
        logits = head(hidden)
    else:
        logits = model(ids)[0, first:]
    return nn.log_softmax(logits.astype(mx.float32), axis=-1)


def chosen_kl(model, enc) -> float:
    """Summed token-level KL(model || base) over the chosen response of one encoded pair."""
    import mlx.core as mx

    from timmyd.train import lora_disabled

    with lora_disabled(model):
        base = response_logprobs(model, enc.prompt, enc.chosen)
        mx.eval(base)
    pol = response_logprobs(model, enc.prompt, enc.chosen)
    kl = mx.sum(mx.exp(pol) * (pol - base))
    return float(kl.item())


def pair_logps(model, encoded: list, batch_size: int, base: bool, packed: bool = True) -> np.ndarray:
    """(n, 2) summed log-probs [chosen, rejected] per pair; base=True switches the LoRA off. Under
    `mlx.launch` the batches are shared out over the ranks (each batch is the one a single process
    would run, so the numbers are a single process's) and every rank gets the whole table."""
    import mlx.core as mx

    from timmyd.train import distributed, lora_disabled, make_batch, sequence_logps

    order = sorted(range(len(encoded)), key=lambda i: encoded[i].length)  # similar lengths batch well
    batches = [order[s:s + batch_size] for s in range(0, len(order), batch_size)]

    def compute(idx: list[int]) -> np.ndarray:
        batch = make_batch([encoded[i] for i in idx], packed=packed)
        if base:
            with lora_disabled(model):
                logps, _ = sequence_logps(model, batch, scoring=True)
                mx.eval(logps)
        else:
            logps, _ = sequence_logps(model, batch, scoring=True)
        lp = np.asarray(logps, dtype=np.float64)
        b = len(idx)
        return np.stack([lp[:b], lp[b:]], axis=1)

    return distributed.spread(batches, compute, lambda idx: idx, (len(encoded), 2))


def chosen_kls(model, encoded: list) -> np.ndarray:
    """Every pair's `chosen_kl`, the pairs shared out over the ranks of a group."""
    from timmyd.train import distributed

    return distributed.spread(list(range(len(encoded))), lambda i: chosen_kl(model, encoded[i]), lambda i: [i],
                              (len(encoded),))


def greedy(model, prompt: list[int], stop: set[int], max_new_tokens: int) -> list[int]:
    """Greedy reply token ids (stop token excluded), at most `max_new_tokens`."""
    import mlx.core as mx
    from mlx_lm.generate import generate_step

    out: list[int] = []
    for token, _ in generate_step(mx.array(prompt), model, max_tokens=max_new_tokens):
        t = int(token)
        if t in stop:
            break
        out.append(t)
    return out


def _eot(tokenizer) -> list[int]:
    from timmyd.train.data import end_of_turn_ids

    return end_of_turn_ids(tokenizer)


def _stop_ids(tokenizer) -> set[int]:
    from timmyd.train.data import end_of_turn_ids

    stop = set(end_of_turn_ids(tokenizer))
    stop |= set(getattr(tokenizer, "eos_token_ids", None) or [])
    return stop


def greedy_batch(model, prompts: list[list[int]], stop: set[int], max_new_tokens: int) -> list[list[int]]:
    """Greedy replies to several prompts in one batch (mlx-lm's BatchGenerator): ~N times fewer
    sequential decoding steps than one prompt at a time; stop tokens excluded, as in `greedy`."""
    from mlx_lm.generate import BatchGenerator

    gen = BatchGenerator(model, stop_tokens=[[t] for t in sorted(stop)], completion_batch_size=len(prompts),
                         prefill_batch_size=len(prompts))
    try:
        uids = gen.insert(prompts, [max_new_tokens] * len(prompts))
        out: dict[int, list[int]] = {u: [] for u in uids}
        while responses := gen.next_generated():
            for r in responses:
                if r.finish_reason != "stop":  # a reply cut by the length cap keeps its last token
                    out[r.uid].append(int(r.token))
    finally:
        gen.close()
    return [out[u] for u in uids]


def _generate_all(model, prompts: list[list[int]], stop: set[int], max_new_tokens: int) -> list[list[int]]:
    if len(prompts) > 1:
        try:
            return greedy_batch(model, prompts, stop, max_new_tokens)
        except Exception as e:  # noqa: BLE001 - a model family the batch generator cannot handle
            logger.warning("batched generation failed ({}: {}); generating one prompt at a time",
                           type(e).__name__, e)
    return [greedy(model, p, stop, max_new_tokens) for p in prompts]


def generations(model, tokenizer, pairs: list[Pair], max_new_tokens: int, base: bool,
                cache=None) -> list[dict]:
    """Greedy replies to each pair's prompt; base=True with the LoRA off, reusing `cache` (a BaseCache)."""
    from timmyd.train import lora_disabled
    from timmyd.train.data import prompt_ids

    prompts = [prompt_ids(tokenizer, p) for p in pairs]
    rows: list[dict | None] = [cache.get_gen(ids, max_new_tokens) if base and cache is not None else None for ids in prompts]
    todo = [i for i, r in enumerate(rows) if r is None]
    if todo:
        stop = _stop_ids(tokenizer)
        with lora_disabled(model) if base else contextlib.nullcontext():
            toks = _generate_all(model, [prompts[i] for i in todo], stop, max_new_tokens)
        for i, t in zip(todo, toks, strict=True):
            rows[i] = {"tokens": len(t), "text": tokenizer.decode(t), "hit_cap": len(t) >= max_new_tokens}
            if base and cache is not None:
                cache.put_gen(prompts[i], max_new_tokens, rows[i])
    return rows


def base_logps(model, encoded: list, batch_size: int, packed: bool, cache) -> np.ndarray:
    """The base model's (n, 2) summed log-probs; pairs found in `cache` (a BaseCache) are not recomputed."""
    from timmyd.train import distributed

    out = np.zeros((len(encoded), 2))
    miss = np.zeros(len(encoded), dtype=np.int64)
    for i, e in enumerate(encoded):
        hit = cache.get_logps(e)
        if hit is None:
            miss[i] = 1
        else:
            out[i] = hit
    # every rank of a group must compute the same pairs (each host has its own cache): those any rank misses
    todo = [int(i) for i in np.flatnonzero(distributed.sum_array(miss))]
    if todo:
        fresh = pair_logps(model, [encoded[i] for i in todo], batch_size, base=True, packed=packed)
        for j, i in enumerate(todo):
            out[i] = fresh[j]
            cache.put_logps(encoded[i], float(fresh[j, 0]), float(fresh[j, 1]))
    logger.debug("base log-probs: {} cached, {} computed", len(encoded) - len(todo), len(todo))
    return out


def _mean(x) -> float:
    return float(np.mean(x)) if len(x) else 0.0


def summarize(pol: np.ndarray, base: np.ndarray, n_tok: np.ndarray, kl_sum: np.ndarray) -> dict:
    """Aggregate per-pair arrays ((n,2) log-prob sums, (n,2) token counts, (n,) KL sums) into metrics."""
    pt, bt = pol / n_tok, base / n_tok
    reward = pol - base
    m = {
        "accuracy_reward": _mean(reward[:, 0] > reward[:, 1]),
        "reward_margin": _mean(reward[:, 0] - reward[:, 1]),
        "accuracy_per_token": _mean(pt[:, 0] > pt[:, 1]),
        "per_token_margin": _mean(pt[:, 0] - pt[:, 1]),
        "accuracy_sum": _mean(pol[:, 0] > pol[:, 1]),
        "base_accuracy_per_token": _mean(bt[:, 0] > bt[:, 1]),
        "base_per_token_margin": _mean(bt[:, 0] - bt[:, 1]),
        "base_accuracy_sum": _mean(base[:, 0] > base[:, 1]),
        "kl_chosen_per_token": float(kl_sum.sum() / n_tok[:, 0].sum()) if len(kl_sum) else 0.0,
        "chosen_tokens_mean": _mean(n_tok[:, 0]), "rejected_tokens_mean": _mean(n_tok[:, 1]),
    }
    for j, side in enumerate(("chosen", "rejected")):
        m[f"{side}_logp"] = _mean(pol[:, j])
        m[f"{side}_logp_per_token"] = _mean(pt[:, j])
        m[f"base_{side}_logp"] = _mean(base[:, j])
        m[f"base_{side}_logp_per_token"] = _mean(bt[:, j])
        m[f"delta_{side}_logp"] = m[f"{side}_logp"] - m[f"base_{side}_logp"]
        m[f"delta_{side}_logp_per_token"] = m[f"{side}_logp_per_token"] - m[f"base_{side}_logp_per_token"]
    return m


def _base_cache(base_cache: dict | None, cfg, model_dir):
    """The BaseCache for this model: shared through `base_cache` across calls, on disk under the state
    directory unless `[eval].cache_base` is off."""
    from timmyd.evaluate.cache import BaseCache

    key = ("base", str(model_dir))
    if base_cache is not None and key in base_cache:
        return base_cache[key]
    cache = BaseCache.for_model(cfg.state_path, model_dir) if cfg.eval.cache_base else BaseCache(None)
    if base_cache is not None:
        base_cache[key] = cache
    return cache


def _lap(timings: dict):
    """Record seconds since the previous lap under a stage name (where an evaluation spends its time)."""
    last = [time.perf_counter()]

    def lap(name: str) -> None:
        now = time.perf_counter()
        timings[name] = round(now - last[0], 3)
        last[0] = now
        logger.debug("eval stage {}: {:.1f}s", name, timings[name])

    return lap


def evaluate(model_dir: str | Path, adapter_dir: str | Path | None, pairs: list[Pair], cfg, *,
             base_cache: dict | None = None, loaded=None, openers: list[str] | None = None) -> dict:
    """Metrics for `adapter_dir` (None = the base model itself) on held-out `pairs`; see module doc.

    `cfg` is the full Config (uses [eval], [train].max_seq_length and [train].fastmath). The base
    model's log-probs and replies are kept per token sequence in `<state>/cache/eval-base/`
    (`timmyd.evaluate.cache`), so later evaluations compute only new pairs; pass one `base_cache` dict
    to several calls in one process to share that cache and the fast-path probe.
    `loaded` = (model, tokenizer) already loaded with this adapter, to skip loading. `openers`: the
    boilerplate phrases learned from the training pairs (`learn_openers`); None measures no boilerplate.
    """
    from timmyd.train import encode_pairs, load_model, probe_fast_paths
    from timmyd.train.fastmath import resolve as fastmath_on
    from timmyd.train.model import set_fast_paths

    if not pairs:
        raise EvalError("no held-out pairs to evaluate")
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    lap = _lap(timings)
    model, tokenizer = loaded or load_model(model_dir, adapter_dir)
    try:
        encoded = encode_pairs(pairs, tokenizer, cfg.train.max_seq_length)
    except ValueError as e:  # a pair that cannot fit at all
        raise EvalError(f"{e} (raise [train].max_seq_length)") from e
    n_tok = np.array([[len(e.chosen), len(e.rejected)] for e in encoded], dtype=np.float64)
    has_adapter = adapter_dir is not None
    bs = max(1, cfg.eval.batch_size)
    lap("load")
    # the trainer's exactness check of its fast paths, on the two shortest pairs (it runs full logits);
    # once per model (fingerprint and mlx-lm version) and fastmath decision ([train].fastmath on this
    # backend), remembered in the base cache
    cache = _base_cache(base_cache, cfg, model_dir)
    flags = cache.get_probe()
    math_on = fastmath_on(cfg.train.fastmath)[0]
    if flags is None or flags.get("fastmath") is not math_on:
        flags = probe_fast_paths(model, sorted(encoded, key=lambda e: e.length)[:2],
                                 fastmath_mode=cfg.train.fastmath)
        cache.put_probe({**flags, "fastmath": math_on})
    else:  # head-only logits and packing need no change to the model; the shared-prompt layout
        # (trainer flag "share") patches its rotary layers, so evaluation never restores or uses it
        set_fast_paths(model, {**flags, "share": False})
    packed = flags["pack"]
    lap("probe")

    base = base_logps(model, encoded, bs, packed, cache)
    lap("base_logps")
    pol = pair_logps(model, encoded, bs, base=False, packed=packed) if has_adapter else base.copy()
    lap("logps")
    kl = chosen_kls(model, encoded) if has_adapter else np.zeros(len(encoded))
    lap("kl")
    metrics = {"model": str(model_dir), "adapter": None if adapter_dir is None else str(adapter_dir),
               "n_pairs": len(pairs), "pairs_digest": pairs_digest(pairs), **summarize(pol, base, n_tok, kl)}

    k = min(cfg.eval.gen_prompts, len(pairs))
    gen_pairs = sorted(pairs, key=lambda p: p.key)[:k]
    samples = []
    if k and cfg.eval.max_new_tokens > 0:
        b_rows = generations(model, tokenizer, gen_pairs, cfg.eval.max_new_tokens, True, cache)
        p_rows = generations(model, tokenizer, gen_pairs, cfg.eval.max_new_tokens, False) if has_adapter else b_rows
        n_eot = len(_eot(tokenizer))
        chosen_len = {e.key: max(1, len(e.chosen) - n_eot) for e in encoded}  # the reply without end-of-turn
        cap = cfg.eval.max_new_tokens
        for p, pr, br in zip(gen_pairs, p_rows, b_rows, strict=True):
            samples.append({"key": p.key, "prompt": p.last_user, "chosen": p.chosen, "reply": pr["text"],
                            "tokens": pr["tokens"], "base_reply": br["text"], "base_tokens": br["tokens"],
                            "chosen_tokens": chosen_len[p.key], "hit_cap": pr.get("hit_cap", pr["tokens"] >= cap),
                            "base_hit_cap": br.get("hit_cap", br["tokens"] >= cap)})
        metrics.update(gen_prompts=k, max_new_tokens=cap,
                       gen_mean_tokens=_mean([r["tokens"] for r in p_rows]),
                       base_gen_mean_tokens=_mean([r["tokens"] for r in b_rows]),
                       gen_hit_cap=sum(s["hit_cap"] for s in samples),
                       base_gen_hit_cap=sum(s["base_hit_cap"] for s in samples),
                       **reply_measures(samples, openers))
    else:
        metrics.update(gen_prompts=0, max_new_tokens=cfg.eval.max_new_tokens, gen_mean_tokens=None,
                       base_gen_mean_tokens=None, gen_hit_cap=0, base_gen_hit_cap=0,
                       **reply_measures([], openers))
    lap("generation")
    cache.save()
    metrics["samples"] = samples
    metrics["per_pair"] = [
        {"key": e.key, "chosen_logp": float(pol[i, 0]), "rejected_logp": float(pol[i, 1]),
         "base_chosen_logp": float(base[i, 0]), "base_rejected_logp": float(base[i, 1]),
         "chosen_tokens": int(n_tok[i, 0]), "rejected_tokens": int(n_tok[i, 1]), "kl_chosen": float(kl[i])}
        for i, e in enumerate(encoded)]
    metrics["pair_margins"] = {
        e.key: [float(pol[i, 0] / n_tok[i, 0] - pol[i, 1] / n_tok[i, 1]),
                float(base[i, 0] / n_tok[i, 0] - base[i, 1] / n_tok[i, 1]),
                float((pol[i, 0] - base[i, 0]) - (pol[i, 1] - base[i, 1]))] for i, e in enumerate(encoded)}
    metrics["seconds"] = time.perf_counter() - t0
    metrics["timings"] = timings
    from timmyd.train import distributed
    metrics["world_size"] = distributed.size()  # scoring shared over this many ranks (the numbers are the same)
    logger.info("evaluated {} on {} pairs in {:.1f}s", metrics["adapter"] or "base", len(pairs), metrics["seconds"])
    return metrics


NUMERIC_DIFF_KEYS = (
    "accuracy_reward", "reward_margin", "accuracy_per_token", "per_token_margin", "accuracy_sum",
    "chosen_logp", "rejected_logp", "chosen_logp_per_token", "rejected_logp_per_token",
    "delta_chosen_logp_per_token", "delta_rejected_logp_per_token", "kl_chosen_per_token", "gen_mean_tokens",
    "gen_ended", "gen_len_ratio", "gen_boilerplate",
)


def diff(candidate: dict, current: dict) -> dict:
    """candidate - current for the headline numbers (None where either side lacks the number)."""
    out = {}
    for k in NUMERIC_DIFF_KEYS:
        a, b = candidate.get(k), current.get(k)
        out[k] = None if a is None or b is None else a - b
    return out


def evaluate_against(model_dir, adapter_dir, against_dir, pairs: list[Pair], cfg, judge_chat=None, *,
                     openers: list[str] | None = None) -> dict:
    """Candidate vs the adapter in service (against_dir; None = the base) on the same pairs + verdict;
    both sides' replies are checked against the same `openers` (learned from training pairs)."""
    from timmyd.evaluate.verdict import decide

    cache: dict = {}
    cand = evaluate(model_dir, adapter_dir, pairs, cfg, base_cache=cache, openers=openers)
    cur = (evaluate(model_dir, against_dir, pairs, cfg, base_cache=cache, openers=openers)
           if against_dir is not None else None)
    from timmyd.train import distributed

    if judge_chat is not None and distributed.is_main():  # one judge per group: rank 0's result is the one kept
        cand["judge"] = judge_samples(cand, cur, judge_chat, cfg.judge.max_pairs)
    verdict = decide(cand, cur, cfg.verdict)
    return {"candidate": cand, "current": cur, "diff": diff(cand, cur) if cur else None,
            "verdict": verdict.to_dict()}


def judge_samples(cand: dict, cur: dict | None, chat, max_pairs: int) -> dict:
    """Judge the candidate's greedy replies against the current side's (the base's when cur is None)."""
    from timmyd.evaluate.judge import Item, judge_items

    other = {s["key"]: s["reply"] for s in cur["samples"]} if cur else {}
    items = [Item(s["prompt"], s["reply"], other.get(s["key"], s["base_reply"])) for s in cand["samples"]]
    return judge_items(items, chat, max_pairs)
