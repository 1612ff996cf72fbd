"""How good is the memory guard's preflight estimate? Estimate vs measured peak, per ladder rung.

    .venv/bin/python bench/bench_memory.py [--size bench] [--pairs 16] [--iters 3]

Builds the benchmark llama (`timmyd.service.tiny`, ~27 M parameters), writes realistic pairs (short chosen,
long rejected; the same builder as bench_train.py), and for several rungs of the ladder runs the real
`timmyd train` worker under the guard (budget large enough never to stop it), recording the guard's
peak RSS of the worker tree and the trainer's own MLX peak. Prints estimate / measured: the estimate
must be >= 1x (a guard that under-estimates lets a run start that will be stopped) and should stay
within a few x (over-estimating skips rungs that would have fitted).
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="bench")
    ap.add_argument("--pairs", type=int, default=16)
    ap.add_argument("--iters", type=int, default=3)
    ap.add_argument("--max-seq-length", type=int, default=512)
    args = ap.parse_args()

    from bench_train import bench_records

    from timmyd.config import MemoryConfig
    from timmyd.pairs import read_pairs
    from timmyd.service.estimate import Rung, estimate, shape_of
    from timmyd.service.jobs import job_args
    from timmyd.service.memory import MB
    from timmyd.service.tiny import build_model
    from timmyd.service.worker import run_guarded, worker_command

    tmp = Path(tempfile.mkdtemp(prefix="timmyd-mem-"))
    model = build_model(tmp / "model", size=args.size)
    data = tmp / "pairs.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in bench_records(args.pairs)))
    pairs = read_pairs(data)
    shape = shape_of(pairs)
    mem = MemoryConfig(budget_gb=64.0, reserve_gb=0.5, poll_seconds=0.1)
    L = args.max_seq_length
    rungs = [Rung("dpo", 1, L, False), Rung("dpo", 4, L, False), Rung("dpo", 4, L, True), Rung("simpo", 4, L, False)]
    rows = []
    for r in rungs:
        est = estimate(model, r, num_layers=-1, rank=8, shape=shape)
        out = tmp / f"a-{r.method}-{r.batch_size}-{int(r.grad_checkpoint)}"
        cmd = worker_command(job_args("train", data=str(data), model=str(model), out=str(out), iters=args.iters,
                                      num_layers=-1, learning_rate=1e-4, **r.overrides()))
        res = run_guarded(cmd, mem, tmp / "train.log", out_dir=out)
        if not res.ok:
            print(f"{r}: failed: {res.reason}", file=sys.stderr)
            continue
        rss = res.guard.peak_rss
        mlx = (res.output or {}).get("peak_memory_mb", 0.0) * MB
        rows.append({"rung": f"{r.method} {r.forward_pairs} pairs/forward{' +ckpt' if r.grad_checkpoint else ''}",
                     "estimate_mb": est.total / MB, "measured_rss_mb": rss / MB, "mlx_peak_mb": mlx / MB,
                     "estimate_over_rss": est.total / rss if rss else None,
                     "estimate_components_gb": est.to_dict()})
    print(json.dumps({"model": args.size, "pairs": len(pairs), "data_shape": shape.to_dict(),
                      "rows": rows}, indent=2, default=str))
    print()
    for row in rows:
        print(f"{row['rung']:<22} estimate {row['estimate_mb']:8.0f} MB   measured RSS {row['measured_rss_mb']:8.0f} MB"
              f"   MLX peak {row['mlx_peak_mb']:7.0f} MB   estimate/RSS {row['estimate_over_rss']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
