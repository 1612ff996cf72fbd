"""Benchmark: what the learning-rate search costs against one plain run of the same epochs on the same pairs.

    python bench/bench_search.py [--model DIR] [--pairs FILE] [--method simpo] [--epochs 2] [--threads 1]

The peer is timmyd's own plain run (`timmyd train --no-search`, [train].learning_rate): the issue's budget
is "the whole search <= 2.5x the wall time of one plain run of the same epochs on the same pairs". Each
run is a `timmyd train --json` subprocess with OpenBLAS pinned to `--threads` threads; the ratio printed
is of the subprocesses' CPU seconds (user + system, children included), which a busy machine does not
change the way it changes wall time; wall times are printed too. Without --model: the generated ~27 M
llama of bench_train.py and its 40 pairs (a small model makes the search's validation scoring relatively
dearer than on a real base model, so the ratio here is an upper bound of sorts).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def run(args: list[str], env: dict) -> tuple[dict, float, float]:
    """(summary, wall seconds, CPU seconds) of one `timmyd train` subprocess."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "timmyd.cli", "train", *args, "--json", "--no-progress"],
                         env=env, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0:
        raise SystemExit(f"timmyd train failed ({out.returncode}):\n{out.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return json.loads(out.stdout.strip().splitlines()[-1]), wall, cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="MLX model dir (default: the generated 27 M bench llama)")
    ap.add_argument("--pairs", help="pair file (default: bench_train.py's 40 pairs)")
    ap.add_argument("--method", default="simpo", choices=["dpo", "simpo"])
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--config", help="config file for both runs ([search], [train]); default: the shipped one")
    a = ap.parse_args(argv)
    from timmyd.service.blas import worker_env

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        model, pairs = a.model, a.pairs
        if not model or not pairs:
            from bench_train import bench_records  # noqa: I001 - bench/ is on sys.path when run as a script
            from timmyd.service.tiny import build_model
            model = model or str(build_model(tmp / "model", size="bench", seed=0))
            if not pairs:
                pairs = str(tmp / "pairs.jsonl")
                Path(pairs).write_text("".join(json.dumps(r) + "\n" for r in bench_records(40)))
        env = {**worker_env(), "TIMMYD_NO_REEXEC": "1", "TIMMYD_STATE": str(tmp / "state"),
               "OPENBLAS_NUM_THREADS": str(a.threads), "OMP_NUM_THREADS": str(a.threads)}
        common = ["--model", model, "--method", a.method, "--epochs", str(a.epochs)]
        if a.config:
            common += ["--config", a.config]
        plain, pw, pc = run([pairs, "--out", str(tmp / "plain"), "--no-search", *common], env)
        search, sw, sc = run([pairs, "--out", str(tmp / "search"), *common], env)
    rec = search["search"]
    print(f"pairs {plain['pairs']} ({rec['fit_pairs']} trained + {rec['validation_pairs']} validation in the search), "
          f"{a.method}, {a.epochs} epochs, {a.threads} thread(s)")
    print(f"plain run : {plain['steps']} steps, wall {pw:7.1f} s, CPU {pc:7.1f} s")
    print(f"search    : {len(rec['candidates'])} candidates, "
          f"{sum(c['steps'] for c in rec['candidates'])} steps, wall {sw:7.1f} s, CPU {sc:7.1f} s; "
          f"kept {rec['winner']['name']} at step {rec['winner']['step']}")
    print(f"search / plain: CPU {sc / pc:.2f}x, wall {sw / pw:.2f}x (budget 2.5x)")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TIMMYD_NO_REEXEC", "1")
    raise SystemExit(main())
