"""Held-out metrics on the tiny model against an independent, naive computation."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

from timmyd import config
from timmyd.pairs import Message, Pair, write_pairs

PAIRS = [
    Pair((Message("user", "How do I list files?"),), "`ls -la`",
         "Great question! Listing files is something you will do a lot. The command ls shows them, and -la adds "
         "hidden files and details such as permissions, owners, sizes and dates."),
    Pair((Message("system", "You are Timmy."), Message("user", "Check my Python version")), "`python3 --version`",
         "Sure! Knowing your Python version matters because features differ. Open Terminal and run python3 "
         "--version, which prints something like Python 3.12.4."),
    Pair((Message("user", "zip a folder"), Message("assistant", "Which folder?"), Message("user", "docs/")),
         "`zip -r docs.zip docs/`", "Absolutely! Zipping folders is handy for backups. Use zip with -r so that "
                                    "everything inside is included, like zip -r docs.zip docs/."),
    Pair((Message("user", "What is 2+2?"),), "4.", "That is a classic! Two plus two equals four, which you can "
                                                  "verify by counting on your fingers."),
    Pair((Message("user", "Say thanks"),), "Thanks!", "Of course! Here is a heartfelt thank you for everything."),
]


def small_cfg(**ev) -> config.Config:
    return dataclasses.replace(config.Config(), eval=dataclasses.replace(config.EvalConfig(), **ev))


CFG = small_cfg(gen_prompts=2, max_new_tokens=6, batch_size=2)


def make_adapter(model_dir: Path, out: Path, seed: int, b_scale: float) -> Path:
    """A LoRA adapter on both layers with random lora_b * b_scale (0 = an adapter that changes nothing)."""
    import mlx.core as mx
    from mlx.utils import tree_flatten
    from mlx_lm.tuner.utils import linear_to_lora_layers

    from timmyd.train import load_model

    model, _ = load_model(model_dir)
    model.freeze()
    mx.random.seed(seed)
    linear_to_lora_layers(model, 2, {"rank": 4, "scale": 2.0, "dropout": 0.0})
    w = {k: (mx.random.normal(v.shape) * b_scale if k.endswith("lora_b") else v)
         for k, v in tree_flatten(model.trainable_parameters())}
    out.mkdir(parents=True)
    mx.save_safetensors(str(out / "adapters.safetensors"), w)
    (out / "adapter_config.json").write_text(json.dumps(
        {"fine_tune_type": "lora", "num_layers": 2, "lora_parameters": {"rank": 4, "scale": 2.0, "dropout": 0.0}}))
    return out


@pytest.fixture(scope="module")
def adapters(tiny_model, tmp_path_factory):
    root = tmp_path_factory.mktemp("adapters")
    return {"a": make_adapter(tiny_model, root / "a", 1, 0.08), "b": make_adapter(tiny_model, root / "b", 2, 0.08),
            "zero": make_adapter(tiny_model, root / "zero", 3, 0.0)}


def naive(model_dir: Path, adapter: Path | None, pair: Pair):
    """Independent reference: our own tokenization, one full forward per sequence, float64 log-softmax.

    Returns (chosen logp sum, rejected logp sum, chosen len, rejected len, chosen log-prob rows).
    """
    import mlx.core as mx
    import mlx_lm

    model, tok = mlx_lm.load(str(model_dir), adapter_path=None if adapter is None else str(adapter))
    hf = tok._tokenizer
    text = hf.apply_chat_template([m.to_dict() for m in pair.prompt], tokenize=False, add_generation_prompt=True)
    prompt = hf.encode(text, add_special_tokens=False)
    end = hf.convert_tokens_to_ids("<|end|>")
    out = []
    for reply in (pair.chosen, pair.rejected):
        resp = hf.encode(reply, add_special_tokens=False) + [end]
        ids = prompt + resp
        logits = np.asarray(model(mx.array([ids[:-1]]))[0], dtype=np.float64)
        logp = logits - logits.max(-1, keepdims=True)
        logp -= np.log(np.exp(logp).sum(-1, keepdims=True))
        rows = logp[len(prompt) - 1:]
        out.append((rows[np.arange(len(resp)), resp].sum(), len(resp), rows))
    (c, nc, rows_c), (r, nr, _) = out
    return c, r, nc, nr, rows_c


def test_adapter_metrics_equal_naive_computation(tiny_model, adapters):
    from timmyd.evaluate.metrics import evaluate

    m = evaluate(tiny_model, adapters["a"], PAIRS, CFG)
    pol, base, kls = [], [], []
    for pair, row in zip(PAIRS, m["per_pair"], strict=True):
        assert row["key"] == pair.key
        pc, pr, nc, nr, lp = naive(tiny_model, adapters["a"], pair)
        bc, br, _, _, lb = naive(tiny_model, None, pair)
        assert (row["chosen_tokens"], row["rejected_tokens"]) == (nc, nr)
        assert row["chosen_logp"] == pytest.approx(pc, rel=1e-4, abs=1e-3)
        assert row["rejected_logp"] == pytest.approx(pr, rel=1e-4, abs=1e-3)
        assert row["base_chosen_logp"] == pytest.approx(bc, rel=1e-4, abs=1e-3)
        assert row["base_rejected_logp"] == pytest.approx(br, rel=1e-4, abs=1e-3)
        kl = float((np.exp(lp) * (lp - lb)).sum())
        assert row["kl_chosen"] == pytest.approx(kl, rel=1e-3, abs=1e-6)
        assert m["pair_margins"][pair.key] == pytest.approx(  # what the verdict's pair-by-pair test reads
            [pc / nc - pr / nr, bc / nc - br / nr, (pc - bc) - (pr - br)], rel=1e-4, abs=1e-3)
        pol.append((pc, pr, nc, nr))
        base.append((bc, br))
        kls.append((kl, nc))
    pol, base = np.array(pol), np.array(base)
    rc, rr = pol[:, 0] - base[:, 0], pol[:, 1] - base[:, 1]
    assert m["accuracy_reward"] == pytest.approx(np.mean(rc > rr))
    assert m["reward_margin"] == pytest.approx(np.mean(rc - rr), rel=1e-4, abs=1e-3)
    assert m["accuracy_per_token"] == pytest.approx(np.mean(pol[:, 0] / pol[:, 2] > pol[:, 1] / pol[:, 3]))
    assert m["accuracy_sum"] == pytest.approx(np.mean(pol[:, 0] > pol[:, 1]))
    assert m["chosen_logp_per_token"] == pytest.approx(np.mean(pol[:, 0] / pol[:, 2]), rel=1e-5)
    assert m["delta_chosen_logp_per_token"] == pytest.approx(np.mean(rc / pol[:, 2]), rel=1e-3, abs=1e-5)
    kl_tok = sum(k for k, _ in kls) / sum(n for _, n in kls)  # token-weighted over all chosen tokens
    assert m["kl_chosen_per_token"] == pytest.approx(kl_tok, rel=1e-3, abs=1e-7)
    assert m["kl_chosen_per_token"] > 0 and m["n_pairs"] == 5


def test_base_and_zero_adapter_change_nothing(tiny_model, adapters):
    from timmyd.evaluate.metrics import evaluate

    cache: dict = {}
    base = evaluate(tiny_model, None, PAIRS, CFG, base_cache=cache)
    zero = evaluate(tiny_model, adapters["zero"], PAIRS, CFG, base_cache=cache)
    for m in (base, zero):
        assert m["accuracy_reward"] == 0.0  # every reward is 0: ties are not wins
        assert abs(m["reward_margin"]) < 1e-4 and abs(m["kl_chosen_per_token"]) < 1e-6
        assert abs(m["delta_chosen_logp_per_token"]) < 1e-6
        assert m["accuracy_per_token"] == m["base_accuracy_per_token"]
        assert m["gen_mean_tokens"] == m["base_gen_mean_tokens"]
    assert [s["reply"] for s in zero["samples"]] == [s["base_reply"] for s in base["samples"]]
    assert base["pairs_digest"] == zero["pairs_digest"]


def test_greedy_replies_match_mlx_lm_generate(tiny_model, adapters):
    import mlx_lm

    from timmyd.evaluate.metrics import evaluate
    from timmyd.train.data import prompt_ids

    cfg = small_cfg(gen_prompts=3, max_new_tokens=12)
    m = evaluate(tiny_model, adapters["a"], PAIRS, cfg, openers=["great", "the"])
    model, tok = mlx_lm.load(str(tiny_model), adapter_path=str(adapters["a"]))
    base_model, _ = mlx_lm.load(str(tiny_model))
    chosen = sorted(PAIRS, key=lambda p: p.key)[:3]  # documented: the first prompts by pair key
    assert [s["key"] for s in m["samples"]] == [p.key for p in chosen]
    for s, p in zip(m["samples"], chosen, strict=True):
        ids = prompt_ids(tok, p)
        assert s["chosen_tokens"] == len(tok.encode(p.chosen, add_special_tokens=False))
        for mdl, text, n, cap in ((model, s["reply"], s["tokens"], s["hit_cap"]),
                                  (base_model, s["base_reply"], s["base_tokens"], s["base_hit_cap"])):
            steps = list(mlx_lm.stream_generate(mdl, tok, ids, max_tokens=12))
            toks = [r.token for r in steps[:-1] if r.token is not None]
            if steps[-1].finish_reason == "length":
                toks.append(steps[-1].token)  # the last step carries a real token unless it stopped on EOS
            assert n == len(toks) <= 12
            assert text == tok.decode(toks)
            assert cap == (steps[-1].finish_reason == "length")
    assert m["gen_mean_tokens"] == pytest.approx(np.mean([s["tokens"] for s in m["samples"]]))
    assert m["gen_prompts"] == 3
    # the reply measures, from the samples
    from timmyd.evaluate.replies import opens_with
    ss = m["samples"]
    assert m["gen_ended"] == sum(not s["hit_cap"] for s in ss) and m["gen_hit_cap"] == 3 - m["gen_ended"]
    assert m["base_gen_ended"] == sum(not s["base_hit_cap"] for s in ss) == 3 - m["base_gen_hit_cap"]
    assert m["gen_len_ratio"] == pytest.approx(np.mean([s["tokens"] / s["chosen_tokens"] for s in ss]))
    assert m["base_gen_len_ratio"] == pytest.approx(np.mean([s["base_tokens"] / s["chosen_tokens"] for s in ss]))
    assert m["openers"] == ["great", "the"]
    assert m["gen_boilerplate"] == pytest.approx(np.mean([opens_with(s["reply"], ["great", "the"]) for s in ss]))
    assert set(m["pair_margins"]) == {p.key for p in PAIRS}


def test_eval_cli_against_reports_both_sides_and_verdict(tiny_model, adapters, tmp_path, capsys):
    from timmyd.cli import main

    data = tmp_path / "held.jsonl"
    write_pairs(data, PAIRS)
    cfg_file = tmp_path / "t.toml"
    cfg_file.write_text("[eval]\ngen_prompts = 2\nmax_new_tokens = 4\n")
    train = tmp_path / "train.jsonl"  # "Great question" opens two rejected replies, no chosen one
    write_pairs(train, [Pair((Message("user", f"t{i}"),), f"ok {i}", f"Great question! {i}") for i in range(2)])
    rc = main(["eval", "--model", str(tiny_model), "--adapter", str(adapters["a"]), "--against",
               str(adapters["b"]), "--data", str(data), "--json", "--config", str(cfg_file),
               "--openers-from", str(train)])
    assert rc == 0
    res = json.loads(capsys.readouterr().out)
    cand, cur = res["candidate"], res["current"]
    assert cand["adapter"] == str(adapters["a"]) and cur["adapter"] == str(adapters["b"])
    assert cand["base_chosen_logp"] == pytest.approx(cur["base_chosen_logp"])  # one base for both
    assert res["diff"]["kl_chosen_per_token"] == pytest.approx(cand["kl_chosen_per_token"] - cur["kl_chosen_per_token"])
    checks = {c["name"]: c for c in res["verdict"]["checks"]}
    assert checks["comparable"]["passed"] and res["verdict"]["against"] == "current"
    assert checks["accuracy"]["numbers"]["current"] == cur["accuracy_per_token"]
    assert cand["max_new_tokens"] == 4 and cand["gen_prompts"] == 2
    assert cand["openers"] == cur["openers"] == ["great"] and cand["gen_boilerplate"] is not None


def test_eval_cli_errors_name_the_input(tiny_model, tmp_path, capsys):
    from timmyd.cli import main

    assert main(["eval", "--model", str(tiny_model), "--data", str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl" in capsys.readouterr().err
    data = tmp_path / "held.jsonl"
    write_pairs(data, PAIRS[:1])
    assert main(["eval", "--model", str(tiny_model), "--adapter", str(tmp_path), "--data", str(data)]) == 2
    assert str(tmp_path) in capsys.readouterr().err


def test_judge_compares_candidate_with_current_replies(tiny_model, adapters):
    from timmyd.evaluate.metrics import evaluate_against

    seen = []

    def always_first(messages):  # a judge with pure position bias
        seen.append(messages[-1]["content"])
        return "A"

    res = evaluate_against(tiny_model, adapters["a"], adapters["b"], PAIRS, CFG, judge_chat=always_first)
    j = res["candidate"]["judge"]
    assert (j["n"], j["wins"], j["ties"], j["losses"]) == (2, 0, 2, 0)  # position bias cancels to ties
    assert len(seen) == 4  # two prompts, both orders
    cand_reply, cur_reply = res["candidate"]["samples"][0]["reply"], res["current"]["samples"][0]["reply"]
    assert seen[0].index(cand_reply) < seen[0].index(cur_reply) or cand_reply == cur_reply
    assert {c["name"] for c in res["verdict"]["checks"]} >= {"judge", "comparable"}


def test_base_model_without_chat_template_uses_the_plain_prompt(tiny_base_model):
    from timmyd.evaluate.metrics import evaluate
    from timmyd.train.data import prompt_ids

    m = evaluate(tiny_base_model, None, PAIRS[:3], CFG)
    assert m["n_pairs"] == 3 and m["gen_prompts"] == 2 and len(m["samples"]) == 2
    import mlx_lm
    _, tok = mlx_lm.load(str(tiny_base_model))
    text = tok.decode(prompt_ids(tok, PAIRS[0]))
    assert "User: How do I list files?" in text and text.endswith("Assistant: ")  # the trainer's fallback
    assert all(0 <= s["tokens"] <= CFG.eval.max_new_tokens for s in m["samples"])


def test_base_results_cached_on_disk_and_keyed_by_model(tiny_model, adapters, tmp_path, monkeypatch):
    import os

    from timmyd.evaluate import metrics as ev
    from timmyd.evaluate.cache import fingerprint

    calls = []
    real = ev.pair_logps
    monkeypatch.setattr(ev, "pair_logps", lambda m, enc, bs, base, packed=True: (
        calls.append((base, len(enc))), real(m, enc, bs, base, packed))[1])
    first = ev.evaluate(tiny_model, adapters["a"], PAIRS[:3], CFG)
    files = list((tmp_path / "state" / "cache" / "eval-base").glob("*.json"))  # TIMMYD_STATE (conftest)
    assert [f.stem for f in files] == [fingerprint(tiny_model)]
    assert calls == [(True, 3), (False, 3)]
    calls.clear()
    second = ev.evaluate(tiny_model, adapters["a"], PAIRS, CFG)  # a new process would see the same file
    assert calls == [(True, 2), (False, 5)]  # only the two new pairs went through the base
    uncached = ev.evaluate(tiny_model, adapters["a"], PAIRS, small_cfg(gen_prompts=2, max_new_tokens=6,
                                                                        batch_size=2, cache_base=False))
    for k in ("base_chosen_logp", "base_rejected_logp", "reward_margin", "base_gen_mean_tokens"):
        assert second[k] == pytest.approx(uncached[k], rel=1e-5, abs=1e-4)
    assert [s["base_reply"] for s in second["samples"]] == [s["base_reply"] for s in uncached["samples"]]
    assert first["base_chosen_logp"] == pytest.approx(np.mean([r["base_chosen_logp"] for r in second["per_pair"]
                                                               if r["key"] in {p.key for p in PAIRS[:3]}]))
    files[0].write_text("{not json")  # a damaged cache is ignored and rebuilt
    calls.clear()
    ev.evaluate(tiny_model, None, PAIRS[:1], CFG)
    assert calls == [(True, 1)] and json.loads(files[0].read_text())["version"] == 1
    weights = next(Path(tiny_model).glob("*.safetensors"))
    before = fingerprint(tiny_model)
    st = weights.stat()
    os.utime(weights, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # new weights: a different cache
    try:
        assert fingerprint(tiny_model) != before
    finally:
        os.utime(weights, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_fast_path_probe_runs_once_per_model(tiny_model, adapters, monkeypatch):
    from timmyd.evaluate import metrics as ev
    from timmyd.evaluate.cache import BaseCache

    probes = []
    import timmyd.train as train_pkg
    real = train_pkg.probe_fast_paths
    monkeypatch.setattr(train_pkg, "probe_fast_paths",
                        lambda m, enc, **k: (probes.append(len(enc)), real(m, enc, **k))[1])
    ev.evaluate(tiny_model, adapters["a"], PAIRS[:2], CFG)
    ev.evaluate(tiny_model, adapters["b"], PAIRS[:2], CFG)  # a new call, same model: flags from the cache
    assert probes == [2]
    flags = BaseCache.for_model(config.Config().state_path, tiny_model).get_probe()
    assert flags["head"] and flags["pack"]  # llama: the fast paths are exact
