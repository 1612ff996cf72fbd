"""Acceptance, last step: do the adapters the cycle trained really work in llama.cpp on the served GGUF?

For each exported GGUF LoRA: llama.cpp (via llama-cpp-python, the `llamacpp` extra) loads the base GGUF
Ollama serves (Q4_K_M for Gemma) with the adapter, and scores held-out pairs exactly as the trainer
encodes them (chat template, prompt + reply tokens). The same is done in MLX on the imported float32
base with the MLX adapter. Reported per adapter, over the reply tokens:
- effect: mean |log p(adapter) - log p(base)| in MLX (how much training changed the model);
- noise: mean |llama.cpp base - MLX base| (Q4_K_M dequantized vs the K-quant kernels: there before any adapter);
- diff: mean |llama.cpp adapter - MLX adapter|;
- corr: correlation of the adapter's per-token change in llama.cpp with the one in MLX (1 = same effect);
- chosen_minus_rejected: the per-token preference of each side, base and adapter, in both engines.
One greedy reply per engine to the first held-out prompt shows the adapter generating in llama.cpp.

    python scripts/acceptance_llamacpp.py OUT [--pairs 4] [--update]   # OUT: an acceptance run's --out folder
(--update adds the result to OUT/summary.json as "llamacpp"; scripts/acceptance.py calls `update` itself
on real runs when llama-cpp-python is installed.)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np


def _logprobs(x: np.ndarray) -> np.ndarray:
    x = x - x.max(-1, keepdims=True)
    return x - np.log(np.exp(x).sum(-1, keepdims=True))


def _reply_lp(logits: np.ndarray, ids: list[int], start: int) -> np.ndarray:
    """Log-probs of tokens ids[start:] given their prefixes."""
    lp = _logprobs(logits)
    return lp[np.arange(start - 1, len(ids) - 1), np.array(ids[start:])]


def _cpp_scores(llm, ids: list[int]) -> np.ndarray:
    llm.reset()
    llm.eval(ids)
    return np.array(llm.scores[: len(ids)], dtype=np.float32)


def check(model_dir: str, base_gguf: str, adapters: dict[str, tuple[str, str]], heldout: str, n_pairs: int = 4,
          max_tokens: int = 24) -> dict:
    """adapters: {name: (mlx adapter dir, adapter .gguf)}."""
    import llama_cpp
    import mlx.core as mx
    from mlx_lm import generate, load

    from timmyd.pairs import read_pairs
    from timmyd.train.data import encode_pair, end_of_turn_ids

    pairs = read_pairs(heldout)[:n_pairs]
    _, tok = load(model_dir)
    eot = end_of_turn_ids(tok)
    seqs = []
    for p in pairs:
        e = encode_pair(p, tok, 1024, eot)
        seqs.append((list(e.prompt), list(e.chosen), list(e.rejected)))
    n_ctx = max(len(pr) + max(len(c), len(r)) for pr, c, r in seqs) + max_tokens + 16
    prompt_text = tok.apply_chat_template([m.to_dict() for m in pairs[0].prompt], add_generation_prompt=True,
                                          tokenize=False)

    def score(fn) -> dict:
        """Per-pair reply log-probs (chosen, rejected) under one engine+weights."""
        out = []
        for pr, c, r in seqs:
            out.append((_reply_lp(fn(pr + c), pr + c, len(pr)), _reply_lp(fn(pr + r), pr + r, len(pr))))
        return out

    def mlx_fn(model):
        return lambda ids: np.array(model(mx.array([ids]))[0], dtype=np.float32)

    base_model, _ = load(model_dir)
    mlx_base = score(mlx_fn(base_model))
    del base_model
    llm = llama_cpp.Llama(base_gguf, n_ctx=n_ctx, logits_all=True, verbose=False, n_threads=2)
    cpp_base = score(lambda ids: _cpp_scores(llm, ids))
    llm.close()
    result = {"pairs": len(seqs), "reply_tokens": int(sum(len(c) + len(r) for _, c, r in seqs)),
              "noise_base": _mean_abs(cpp_base, mlx_base), "adapters": {}}
    for name, (mlx_dir, gguf) in adapters.items():
        model, _ = load(model_dir, adapter_path=mlx_dir)
        mlx_a = score(mlx_fn(model))
        mlx_reply = generate(model, tok, prompt_text, max_tokens=max_tokens, verbose=False)
        del model
        llm = llama_cpp.Llama(base_gguf, n_ctx=n_ctx, logits_all=True, verbose=False, n_threads=2, lora_path=gguf)
        cpp_a = score(lambda ids, llm=llm: _cpp_scores(llm, ids))
        llm.reset()
        bos = getattr(tok, "bos_token", None) or ""  # llama.cpp adds its own <bos>
        out = llm.create_completion(prompt_text.removeprefix(bos) if bos else prompt_text, max_tokens=max_tokens,
                                    temperature=0.0)
        cpp_reply = out["choices"][0]["text"]
        llm.close()
        d_mlx = np.concatenate([a - b for x, y in zip(mlx_a, mlx_base, strict=True) for a, b in zip(x, y, strict=True)])
        d_cpp = np.concatenate([a - b for x, y in zip(cpp_a, cpp_base, strict=True) for a, b in zip(x, y, strict=True)])
        result["adapters"][name] = {
            "gguf": gguf, "effect": float(np.abs(d_mlx).mean()), "diff": _mean_abs(cpp_a, mlx_a),
            "corr": float(np.corrcoef(d_mlx, d_cpp)[0, 1]),
            "chosen_minus_rejected_per_token": {
                "mlx_base": _pref(mlx_base), "mlx_adapter": _pref(mlx_a),
                "llamacpp_base": _pref(cpp_base), "llamacpp_adapter": _pref(cpp_a)},
            "greedy_reply": {"mlx": mlx_reply, "llamacpp": cpp_reply}}
    return result


def _mean_abs(a: list, b: list) -> float:
    return float(np.concatenate([np.abs(x - y) for p, q in zip(a, b, strict=True)
                                 for x, y in zip(p, q, strict=True)]).mean())


def _pref(scores: list) -> float:
    """Mean over pairs of (chosen per-token log-prob - rejected per-token log-prob)."""
    return float(np.mean([c.mean() - r.mean() for c, r in scores]))


def check_run(run_dir: Path, n_pairs: int = 4) -> dict:
    s = json.loads((run_dir / "summary.json").read_text()) if (run_dir / "summary.json").is_file() else None
    if s is None:
        raise SystemExit(f"{run_dir}: no summary.json (pass the acceptance run's --out folder or run dir)")
    state = Path(s["dir"]) / "state"  # a fresh state dir: the cycle is run 1
    adapters = {m: (str(state / "adapters" / f"1-{m}"), e["out"]) for m, e in s["gguf_exports"].items()}
    return check(s["model"], s["standin"]["base"]["gguf"], adapters, str(state / "runs" / "1" / "heldout.jsonl"),
                 n_pairs)


def update(out: Path, n_pairs: int = 4) -> dict:
    """Run the check and store it in OUT/summary.json (with its wall time)."""
    import time

    t = time.monotonic()
    res = check_run(out, n_pairs)
    res["seconds"] = round(time.monotonic() - t, 1)
    doc = json.loads((out / "summary.json").read_text())
    doc["llamacpp"] = res
    (out / "summary.json").write_text(json.dumps(doc, indent=1, default=str) + "\n", encoding="utf-8")
    return res


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("run", type=Path, help="folder with the acceptance run's summary.json")
    ap.add_argument("--pairs", type=int, default=4)
    ap.add_argument("--update", action="store_true", help="store the result in summary.json")
    a = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    print(json.dumps(update(a.run, a.pairs) if a.update else check_run(a.run, a.pairs), indent=1))
