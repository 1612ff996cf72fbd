"""How good are the memory guard's estimates for the other workers of a cycle? Estimate vs measured peak.

    .venv/bin/python bench/bench_memory_stages.py [--sizes tiny,bench,wide] [--pairs 16] [--out results.json]

For each model (`timmyd.service.tiny.build_model`: "tiny", the ~27 M "bench" llama, "wide" = tiny
layers with a 65 536-token vocabulary, where logits dominate as in Gemma 3's 262 k vocabulary, and
"wide-bf16", the same stored in bfloat16 as Gemma 3 ships), with
realistic pairs (bench_train.py's builder) and two random LoRA adapters (bench_eval.py's), runs the real
workers under the guard (a budget large enough never to stop them) and records the guard's peak RSS of
the worker tree:

- `eval` (candidate vs the adapter in service, as the cycle runs it) on several rungs of `eval_ladder`,
  against `estimate_eval` with the held-out pairs' `eval_shape_of`;
- `report` (the cycle's: the runs' own evaluations, no re-evaluation) against `estimate_report`;
- `promote` into the Ollama stand-in with strategy "fused" (q8_0 and f16) and "adapter", against
  `estimate_export`.

The estimate must be >= 1x the measured peak (a guard that under-estimates lets a worker start that
it will stop) and should stay within ~2x (over-estimating skips rungs that would have fitted).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

WIDE = {"hidden_size": 256, "intermediate_size": 512, "vocab_size": 65536}
SIZES = {"tiny": ("tiny", {}, None), "bench": ("bench", {}, None), "wide": ("tiny", WIDE, None),
         "wide-bf16": ("tiny", WIDE, "bfloat16")}
EVAL_RUNGS = [(4, 8, 64), (1, 8, 64), (1, 1, 16)]  # (pairs per forward, gen prompts, max new tokens)


def write_config(path: Path, state: Path, model: Path, host: str, ev: tuple[int, int, int], strategy: str) -> Path:
    bs, gp, mnt = ev
    path.write_text(f'state_dir = "{state}"\nmodel = "{model}"\n[eval]\nbatch_size = {bs}\ngen_prompts = {gp}\n'
                    f'max_new_tokens = {mnt}\ncache_base = false\n[ollama]\nhost = "{host}"\nretries = 1\n'
                    f'[promote]\nserved_name = "bench:latest"\nbase_name = "bench-base:latest"\n'
                    f'strategy = "{strategy}"\n', encoding="utf-8")
    return path


def to_dtype(model: Path, dtype: str) -> None:
    """Store the weights in `dtype` (as Gemma 3 ships: bfloat16), so the estimates' non-float32 paths run."""
    import mlx.core as mx

    f = model / "model.safetensors"
    w = {k: v.astype(getattr(mx, dtype)) for k, v in mx.load(str(f)).items()}
    mx.save_safetensors(str(f), w, metadata={"format": "mlx"})
    cfg = json.loads((model / "config.json").read_text())
    (model / "config.json").write_text(json.dumps({**cfg, "torch_dtype": dtype}, indent=2))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="tiny,bench,wide,wide-bf16")
    ap.add_argument("--pairs", type=int, default=16)
    ap.add_argument("--out", help="also write the rows as JSON here")
    args = ap.parse_args()

    from bench_eval import make_adapter
    from bench_train import bench_records

    from timmyd import config as config_mod
    from timmyd.gguf.export import export_fused_gguf
    from timmyd.ollama.client import OllamaClient
    from timmyd.ollama.standin.server import StandIn
    from timmyd.pairs import read_pairs
    from timmyd.service.jobs import job_args
    from timmyd.service.memory import MB
    from timmyd.service.stage_estimates import (
        EvalRung,
        estimate_eval,
        estimate_export,
        estimate_report,
        eval_shape_of,
    )
    from timmyd.service.tiny import build_model
    from timmyd.service.worker import run_guarded, worker_command

    tmp = Path(tempfile.mkdtemp(prefix="timmyd-mem-stages-"))
    mem = config_mod.MemoryConfig(budget_gb=64.0, reserve_gb=0.5, poll_seconds=0.02)
    rows = []

    def measure(name: str, stage: str, args: list[str], est, log: Path, ok=lambda out: True) -> dict | None:
        res = run_guarded(worker_command(args, mem.budget_gb), mem, log)  # as the cycle starts it (MLX limit set)
        if not res.ok or not ok(res.output or {}):
            print(f"{name} {stage}: failed: {res.reason or res.output}", file=sys.stderr)
            return None
        rss = res.guard.peak_rss
        rows.append({"model": name, "stage": stage, "estimate_mb": round(est.total / MB), "measured_rss_mb": round(rss / MB),
                     "estimate_over_rss": round(est.total / rss, 2), "estimate": est.to_dict()})
        return res.output

    with StandIn(port=0, root=tmp / "ollama") as standin:
        for name in args.sizes.split(","):
            size, dims, dtype = SIZES[name]
            root = tmp / name
            model = build_model(root / "model", size=size, **dims)
            if dtype:
                to_dtype(model, dtype)
            adapters = [root / "a1", root / "a2"]
            for a in adapters:
                make_adapter(model, a)
                (a / "summary.json").write_text(json.dumps({"method": "dpo", "model": str(model)}))
            data = root / "heldout.jsonl"
            data.write_text("".join(json.dumps(r) + "\n" for r in bench_records(args.pairs)))
            shape = eval_shape_of(read_pairs(data))
            evals = None
            for ev in EVAL_RUNGS:
                cfg = write_config(root / f"eval-{ev}.toml", root / "state", model, standin.url, ev, "fused")
                est = estimate_eval(model, EvalRung(*ev), 1024, shape, num_layers=-1, rank=8)
                out = measure(name, f"eval {ev[0]} pairs/forward, {ev[1]}x{ev[2]} tokens",
                              job_args("eval", data=str(data), model=str(model), adapter=str(adapters[0]),
                                       against=str(adapters[1]), config=str(cfg)), est, root / "eval.log")
                evals = evals or out
            for a, key in zip(adapters, ("candidate", "current"), strict=True):
                (a / "eval.json").write_text(json.dumps({"candidate": evals[key], "verdict": evals["verdict"]}))
            cfg = write_config(root / "report.toml", root / "state", model, standin.url, EVAL_RUNGS[0], "fused")
            measure(name, "report", job_args("report", runs=[str(a) for a in adapters], config=str(cfg)),
                    estimate_report(), root / "report.log")
            # the Ollama base the adapter strategy needs (what `timmyd import-base` + `ollama create` give)
            base = export_fused_gguf(model, None, root / "base.gguf", outtype="f16")
            with OllamaClient(standin.url) as client:
                client.create("bench-base:latest", files={base.name: client.push_blob(base)})
            for strategy, outtype in (("fused", "q8_0"), ("fused", "f16"), ("adapter", "q8_0")):
                cfg = write_config(root / f"promote-{strategy}-{outtype}.toml", root / "state", model, standin.url,
                                   EVAL_RUNGS[0], strategy)
                cfg.write_text(cfg.read_text() + f'fused_outtype = "{outtype}"\n')
                measure(name, f"promote {strategy}" + (f" {outtype}" if strategy == "fused" else ""),
                        job_args("promote", target=str(adapters[0]), config=str(cfg)),
                        estimate_export(model, strategy, outtype, num_layers=-1, rank=8), root / "promote.log",
                        ok=lambda out: out.get("status") == "promoted")
    print()
    for r in rows:
        print(f"{r['model']:<6} {r['stage']:<38} estimate {r['estimate_mb']:6d} MB   measured RSS {r['measured_rss_mb']:6d} MB"
              f"   estimate/RSS {r['estimate_over_rss']:.2f}x")
    if args.out:
        Path(args.out).write_text(json.dumps(rows, indent=1))
    return 0 if all(r["estimate_over_rss"] >= 1.0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
