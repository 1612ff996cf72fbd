"""Benchmark: data-parallel training on MLX's distributed layer, 1 process x 2 threads vs 2 ranks x 1 thread.

    eval "$(.venv/bin/python -m timmyd.service.blas)"
    python bench/bench_distributed.py [--pairs 32 | --pairs-file FILE] [--method dpo|simpo] [--batch-size 4]
                                      [--micro-batch-size 1] [--epochs 1 | --steps N] [--rounds 1] [--json OUT]

Not a timed test: it prints what it measured on this machine, and a model of N Macs built from it.

The same global batches are trained three ways, each as `timmyd train ... --no-search --json` subprocesses
with OpenBLAS (`timmyd.service.blas.worker_env()`), a fixed learning rate, seed 0, no final re-scoring:

  (a) one process, OPENBLAS_NUM_THREADS=OMP_NUM_THREADS=2;
  (b) two ranks, 1 BLAS thread each, started the way the daemon starts them: MLX's own launcher run
      in-process by `python -m timmyd.service.launch -n 2 -p <free_port(2)> --python <this python> -- -m
      timmyd.cli train ...` (local ranks inherit the launcher's environment; the bench also passes `--env`
      and checks each rank's /proc environ). Plain `mlx.launch` 0.32.4 keeps about one core busy for the
      whole run (its per-rank I/O threads `select` on the ranks' always-writable stdin pipes with no wait;
      measured before the wrapper fixed it: 31.6 CPU-s of 37.3 s wall, and (b) at 0.73x of (a));
  (c) control: the same two ranks started by hand (MLX_RANK + MLX_HOSTFILE, no launcher process), to
      separate the launcher's own CPU use from the cost of the group (`--no-control` skips it).

Measured per run: wall seconds of the whole subprocess tree; CPU seconds of the tree (getrusage of the
waited children: exact) and per process (psutil samples every 50 ms: a lower bound); peak RSS per
process (sampled, ranks told apart by the MLX_RANK of their environment); tokens/s = summary tokens /
summary seconds (the optimizer steps only: rank 0's time, global tokens) and per wall second and per
CPU-second of the tree; MLX peak_memory_mb (rank 0's, from summary.json); for the groups the
communication share of the step time = sum(comm_seconds) / sum(seconds) over metrics.jsonl (rank 0's
clock: the gradient all-reduce INCLUDING waiting for the slower rank, so on a shared machine it also
measures imbalance). The per-step losses of (b) and (c) are compared with (a): a sanity check (the
tests hold it to 1e-4), not a claim.

Then the latency of one collective is measured: a tiny all_sum (1 float) and an all_sum of the
gradient's size, between two ranks over loopback started by hand (no launcher), many times; the median
is used. Loopback is a LOWER BOUND for a real link's latency (no wire, no NIC, no switch); on this busy
2-core machine it mostly measures scheduling.

Then the scaling model for N Macs (`bench/scaling_model.py`, its assumptions in that module's docstring) is
printed from what was measured here.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from proc_tree import run_tree  # noqa: E402 (bench/ on the path above)
from scaling_model import LINKS, SIZES_N, print_model  # noqa: E402

# --- child: the all_sum latency probe (one rank of a 2-rank group) -------------------------------------

def child_allsum(floats: int, reps: int) -> None:
    import mlx.core as mx

    g = mx.distributed.init(strict=True)
    tiny, big = mx.ones((1,)), mx.ones((floats,))
    mx.eval(tiny, big)
    out = {}
    for name, x, n in (("tiny", tiny, reps), ("gradient", big, max(5, reps // 20))):
        for _ in range(5):  # warm up (connections, buffers)
            mx.eval(mx.distributed.all_sum(x, group=g))
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            y = mx.distributed.all_sum(x, group=g)
            mx.eval(y)
            times.append(time.perf_counter() - t0)
        out[name] = {"n": n, "median_s": statistics.median(times), "min_s": min(times),
                     "bytes": int(x.size) * 4, "check": float(y[0].item())}
    if g.rank() == 0:
        print(json.dumps(out), flush=True)


# --- parent: the runs ------------------------------------------------------------------------------------

def hand_ring(work: Path, name: str) -> Path:
    from timmyd.service.launch import free_port

    port = free_port(2)
    ring = work / f"{name}-ring.json"
    ring.write_text(json.dumps([[f"127.0.0.1:{port}"], [f"127.0.0.1:{port + 1}"]]))
    return ring


def train_args(a, data: Path, model: Path, out: Path) -> list[str]:
    args = ["-m", "timmyd.cli", "train", str(data), "--model", str(model), "--out", str(out), "--method", a.method,
            "--no-search", "--learning-rate", str(a.lr), "--batch-size", str(a.batch_size),
            "--micro-batch-size", str(a.micro_batch_size), "--seed", "0", "--no-final-eval", "--no-progress",
            "--json"]
    return args + (["--iters", str(a.steps)] if a.steps else ["--epochs", str(a.epochs)])


def run_variant(kind: str, a, data: Path, model: Path, work: Path, base_env: dict, tag: str) -> dict:
    from timmyd.service.launch import free_port

    out = work / f"adapter-{kind}-{tag}"
    args = train_args(a, data, model, out)
    threads = "2" if kind == "a" else "1"
    env = {**base_env, "OPENBLAS_NUM_THREADS": threads, "OMP_NUM_THREADS": threads}
    if kind == "a":
        r = run_tree([[sys.executable, *args]], [env], work, f"a-{tag}")
    elif kind == "b":
        launcher = [sys.executable, "-m", "timmyd.service.launch", "-n", "2", "-p", str(free_port(2)),
                    "--env", f"OPENBLAS_NUM_THREADS={threads}", "--env", f"OMP_NUM_THREADS={threads}",
                    "--python", sys.executable, "--"]
        r = run_tree([[*launcher, *args[0:]]], [env], work, f"b-{tag}")
    else:
        ring = hand_ring(work, f"c-{tag}")
        r = run_tree([[sys.executable, *args]] * 2,
                     [{**env, "MLX_RANK": str(k), "MLX_HOSTFILE": str(ring)} for k in (0, 1)], work, f"c-{tag}")
    lines = [ln for s in r.pop("stdout") for ln in s.strip().splitlines() if ln.strip()]
    if len(lines) != 1:
        raise SystemExit(f"{kind}: expected one JSON line (rank 0's), got {len(lines)}")
    summary = json.loads(lines[0])
    metrics = [json.loads(x) for x in (out / "metrics.jsonl").read_text().splitlines()]
    secs = sum(m["seconds"] for m in metrics)
    comm = sum(m.get("comm_seconds", 0.0) for m in metrics)
    r.update(summary=summary, metrics=metrics, step_seconds=secs, comm_seconds=comm,
             comm_share=comm / secs if secs else None,
             tokens_per_sec=summary["tokens"] / summary["seconds"],
             tokens_per_wall_sec=summary["tokens"] / r["wall_seconds"],
             tokens_per_cpu_sec=summary["tokens"] / r["cpu_seconds"])
    return r


def measure_allsum(floats: int, reps: int, work: Path, base_env: dict) -> dict:
    ring = hand_ring(work, "allsum")
    env = {**base_env, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MLX_HOSTFILE": str(ring)}
    cmd = [sys.executable, __file__, "--child", "allsum", "--floats", str(floats), "--reps", str(reps)]
    r = run_tree([cmd, cmd], [{**env, "MLX_RANK": "0"}, {**env, "MLX_RANK": "1"}], work, "allsum")
    lines = [ln for s in r["stdout"] for ln in s.strip().splitlines() if ln.strip()]
    return json.loads(lines[-1])


# --- main -----------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, help="MLX model dir (default: the generated 27 M bench llama)")
    ap.add_argument("--pairs", type=int, default=32, help="how many of bench_train's realistic pairs")
    ap.add_argument("--pairs-file", type=Path, help="a pair file instead (e.g. bench/learning/heldout_tune.jsonl)")
    ap.add_argument("--method", default="dpo", choices=["dpo", "simpo"])
    ap.add_argument("--batch-size", type=int, default=4)
    ap.add_argument("--micro-batch-size", type=int, default=1)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--steps", type=int, default=0, help="optimizer steps instead of --epochs")
    ap.add_argument("--lr", type=float, default=1e-5)
    ap.add_argument("--rounds", type=int, default=1, help="repeat (alternating order); each variant's fastest "
                                                           "run by step time is kept")
    ap.add_argument("--no-control", action="store_true", help="skip (c), the ranks started by hand")
    ap.add_argument("--allsum-reps", type=int, default=400)
    ap.add_argument("--model-batch", type=int, default=8, help="global batch of the scaling model (N must divide it)")
    ap.add_argument("--compute-scale", type=float, default=1.0,
                    help="divide the measured compute per pair by this in the model (1 = this VM's core)")
    ap.add_argument("--compute-from", choices=["b", "c"],
                    help="which 2-rank run gives the model's compute per pair (default: (c) when run: without "
                         "mlx.launch's own CPU use, which on 2 cores takes time from the ranks; else (b))")
    ap.add_argument("--latency-ms", type=float, help="latency per ring hop (ms) for the model instead of the loopback measurement")
    ap.add_argument("--bw-1gbe", type=float, default=LINKS["1GbE"], help="GB/s")
    ap.add_argument("--bw-10gbe", type=float, default=LINKS["10GbE"], help="GB/s")
    ap.add_argument("--bw-tb4", type=float, default=LINKS["TB4-ring"], help="GB/s")
    ap.add_argument("--workdir", type=Path, help="keep model, data, adapters and logs here (default: temp dir)")
    ap.add_argument("--json", type=Path, dest="json_out", help="write the results here")
    ap.add_argument("--child", choices=["allsum"])
    ap.add_argument("--floats", type=int, default=1)
    ap.add_argument("--reps", type=int, default=400)
    a = ap.parse_args(argv)
    if a.child == "allsum":
        child_allsum(a.floats, a.reps)
        return 0
    if a.steps == 0 and a.epochs < 1:
        ap.error("--epochs must be >= 1 (or give --steps)")
    if a.no_control and a.compute_from == "c":
        ap.error("--compute-from c needs run (c): drop --no-control")
    if a.batch_size % 2:
        ap.error("--batch-size must be even: two ranks share every batch")
    if any(a.model_batch % n for n in SIZES_N):
        ap.error(f"--model-batch must be divisible by every N in {SIZES_N}")

    from timmyd.service.blas import find_openblas, worker_env

    work = a.workdir or Path(tempfile.mkdtemp(prefix="bench_distributed-"))
    work.mkdir(parents=True, exist_ok=True)
    model = a.model
    if model is None:
        from timmyd.service.tiny import build_model

        model = work / "model"
        if not (model / "model.safetensors").exists():
            build_model(model, size="bench", seed=0)
    if a.pairs_file:
        data = a.pairs_file
    else:
        from bench_train import bench_records

        data = work / "pairs.jsonl"
        data.write_text("".join(json.dumps(r) + "\n" for r in bench_records(a.pairs)))
    base_env = {**worker_env(), "TIMMYD_NO_REEXEC": "1", "TIMMYD_STATE": str(work / "state")}
    for k in ("MLX_RANK", "MLX_HOSTFILE"):  # stale values would make a plain run wait for a group
        base_env.pop(k, None)
    base_env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), base_env.get("PYTHONPATH", "")) if p)

    import mlx.core as mx

    load0 = os.getloadavg()
    print(f"machine: {os.cpu_count()} CPUs ({platform.machine()}), load average {load0[0]:.2f} {load0[1]:.2f} "
          f"{load0[2]:.2f} at start; mlx {mx.__version__}; BLAS {find_openblas() or 'mlx bundled (no OpenBLAS)'}")
    print(f"model {model}; pairs {data}; {a.method}, batch {a.batch_size}, micro batch {a.micro_batch_size}, "
          f"{f'{a.steps} steps' if a.steps else f'{a.epochs} epoch(s)'}, lr {a.lr:g}, seed 0, --no-search "
          f"--no-final-eval", flush=True)
    names = {"a": "(a) 1 process x 2 threads", "b": "(b) timmyd.service.launch (mlx.launch) 2 ranks x 1 thread",
             "c": "(c) 2 ranks x 1 thread by hand"}
    kinds = ["a", "b"] + ([] if a.no_control else ["c"])
    best: dict[str, dict] = {}
    history = []
    for rnd in range(a.rounds):
        for kind in kinds if rnd % 2 == 0 else kinds[::-1]:
            print(f"round {rnd + 1}: {names[kind]} ...", flush=True)
            r = run_variant(kind, a, data, model, work, base_env, f"r{rnd + 1}")
            history.append({"round": rnd + 1, "kind": kind, "wall_seconds": r["wall_seconds"],
                            "cpu_seconds": r["cpu_seconds"], "step_seconds": r["step_seconds"]})
            print(f"  wall {r['wall_seconds']:.1f} s, CPU {r['cpu_seconds']:.1f} s, steps {r['step_seconds']:.1f} s",
                  flush=True)
            if kind not in best or r["step_seconds"] < best[kind]["step_seconds"]:
                best[kind] = r
    load1 = os.getloadavg()

    sa = best["a"]["summary"]
    print()
    print(f"{sa['pairs']} pairs, {sa['steps']} steps, {sa['tokens']} tokens (both sequences of every pair trained on), "
          f"{sa['trainable_parameters']} LoRA parameters (rank {sa['rank']}, {sa['num_layers']} layers)")
    for kind in kinds:
        r, s = best[kind], best[kind]["summary"]
        print(f"{names[kind]}:")
        print(f"  wall {r['wall_seconds']:6.1f} s   CPU {r['cpu_seconds']:6.1f} s (whole tree)   "
              f"steps {s['seconds']:6.1f} s   DPO reference pass {s['ref_pass_seconds']:.1f} s")
        print(f"  tokens/s {r['tokens_per_sec']:7.1f} (steps)   {r['tokens_per_wall_sec']:7.1f} per wall s   "
              f"{r['tokens_per_cpu_sec']:7.1f} per CPU-s   MLX peak {s['peak_memory_mb']:.0f} MB (rank 0)"
              + (f"   world_size {s.get('world_size')}" if kind != "a" else ""))
        for label, p in sorted(r["processes"].items()):
            env = (f"  OPENBLAS_NUM_THREADS={p.get('OPENBLAS_NUM_THREADS')} openblas "
                   f"{'preloaded' if p.get('openblas_preloaded') else 'NOT preloaded'}") if "rank" in label or \
                label == "process" else ""
            print(f"    {label:10s} peak RSS {p['peak_rss_mb']:6.0f} MB   CPU {p.get('cpu_seconds', 0):6.1f} s   "
                  f"threads {p.get('max_threads')}{env}")
        launcher = r["processes"].get("launcher")
        if launcher and launcher.get("cpu_seconds", 0) > 0.2 * r["wall_seconds"]:
            print(f"  note: the launcher process itself used {launcher['cpu_seconds']:.1f} CPU-s in {r['wall_seconds']:.1f} s "
                  "wall (mlx.launch's per-rank I/O threads poll in a loop), CPU the ranks could not use here")
        if kind != "a":
            print(f"  communication share of step time: {r['comm_share']:.1%} "
                  f"(sum comm_seconds {r['comm_seconds']:.2f} s / sum seconds {r['step_seconds']:.2f} s; rank 0's "
                  "clock, waiting for the slower rank included)")
            cs = sorted(m["comm_seconds"] for m in r["metrics"])
            print(f"  comm_seconds per step: min {cs[0] * 1e3:.1f} ms, median {statistics.median(cs) * 1e3:.1f} ms, "
                  f"max {cs[-1] * 1e3:.1f} ms")
            la = [m["loss"] for m in best["a"]["metrics"]]
            lb = [m["loss"] for m in r["metrics"]]
            diff = max(abs(x - y) for x, y in zip(la, lb, strict=True)) if len(la) == len(lb) else float("nan")
            r["max_loss_diff_vs_a"] = diff
            print(f"  per-step losses vs (a): max abs diff {diff:.2e} over {len(lb)} steps")

    def peak_rank_rss(r):
        return max(p["peak_rss_mb"] for lbl, p in r["processes"].items() if "rank" in lbl or lbl == "process")

    ratios = {}
    for kind in kinds[1:]:
        r, ra = best[kind], best["a"]
        ratios[kind] = {
            "tokens_per_sec": r["tokens_per_sec"] / ra["tokens_per_sec"],
            "tokens_per_wall_sec": r["tokens_per_wall_sec"] / ra["tokens_per_wall_sec"],
            "tokens_per_cpu_sec": r["tokens_per_cpu_sec"] / ra["tokens_per_cpu_sec"],
            "peak_rss_per_rank": peak_rank_rss(r) / peak_rank_rss(ra),
            "peak_rss_all_ranks": sum(p["peak_rss_mb"] for lbl, p in r["processes"].items() if "rank" in lbl)
            / peak_rank_rss(ra),
            "mlx_peak_memory_rank0": r["summary"]["peak_memory_mb"] / ra["summary"]["peak_memory_mb"],
        }
        print(f"ratio {kind}/(a): tokens/s {ratios[kind]['tokens_per_sec']:.2f}x (steps), "
              f"{ratios[kind]['tokens_per_wall_sec']:.2f}x (wall), {ratios[kind]['tokens_per_cpu_sec']:.2f}x (per CPU-s); "
              f"peak RSS per rank {ratios[kind]['peak_rss_per_rank']:.2f}x, both ranks together "
              f"{ratios[kind]['peak_rss_all_ranks']:.2f}x; MLX peak (rank 0) {ratios[kind]['mlx_peak_memory_rank0']:.2f}x")
    print(f"load average at end {load1[0]:.2f} {load1[1]:.2f} {load1[2]:.2f} (this machine is shared: wall times "
          "vary; CPU-seconds less)")

    # collective latency and the scaling model
    n_params = int(sa["trainable_parameters"])
    grad_bytes = 4 * n_params
    print(f"\ncollective latency, 2 ranks over loopback started by hand ({a.allsum_reps} tiny all_sums) ...",
          flush=True)
    lat = measure_allsum(n_params, a.allsum_reps, work, base_env)
    t_tiny, t_grad = lat["tiny"]["median_s"], lat["gradient"]["median_s"]
    print(f"  tiny all_sum (4 bytes): median {t_tiny * 1e3:.3f} ms, min {lat['tiny']['min_s'] * 1e3:.3f} ms")
    print(f"  gradient-size all_sum ({grad_bytes / 1e6:.2f} MB): median {t_grad * 1e3:.2f} ms, min "
          f"{lat['gradient']['min_s'] * 1e3:.2f} ms (loopback: {grad_bytes / t_grad / 1e9:.2f} GB/s effective)")
    for kind in kinds[1:]:
        r = best[kind]
        transfer = t_grad * len(r["metrics"])
        print(f"  ({kind}): of its {r['comm_seconds']:.2f} s of comm_seconds, about {transfer:.2f} s is the transfer "
              f"(median gradient all_sum above x {len(r['metrics'])} steps); the rest, "
              f"{max(0.0, r['comm_seconds'] - transfer):.2f} s, is rank 0 waiting for rank 1 (uneven shares, busy cores)")

    def per_pair(r):  # compute seconds per pair of one rank on its share: (steps - comm) / pairs per rank
        return (r["step_seconds"] - r["comm_seconds"]) / (len(r["metrics"]) * a.batch_size / 2) / a.compute_scale

    src = a.compute_from or ("b" if a.no_control else "c")
    t_pair = per_pair(best[src])
    t_pair_a = best["a"]["step_seconds"] / (len(best["a"]["metrics"]) * a.batch_size) / a.compute_scale
    hop = (a.latency_ms / 1e3) if a.latency_ms is not None else t_tiny / 2
    links = {"1GbE": a.bw_1gbe, "10GbE": a.bw_10gbe, "TB4-ring": a.bw_tb4}
    t_pair_note = (f"run ({src}): (steps - comm) / pairs per rank"
                   + (f", divided by --compute-scale {a.compute_scale:g}" if a.compute_scale != 1 else "")
                   + "); for comparison: "
                   + ", ".join([*(f"({k}) {per_pair(best[k]) * 1e3:.1f} ms" for k in kinds[1:] if k != src),
                                f"(a) 2 threads on whole batches {t_pair_a * 1e3:.1f} ms per pair"]))
    hop_note = "--latency-ms" if a.latency_ms is not None else "half the loopback tiny all_sum: a LOWER BOUND for a real link"
    model = print_model(t_pair, t_pair_note, hop, hop_note, a.model_batch, n_params, links)

    if a.json_out:
        strip = {k: {kk: vv for kk, vv in v.items()} for k, v in best.items()}
        a.json_out.write_text(json.dumps({
            "args": {k: str(v) for k, v in vars(a).items()}, "load_average": {"start": load0, "end": load1},
            "runs": strip, "history": history, "ratios": ratios, "allsum": lat,
            "model": {"t_pair_a_s": t_pair_a, **model}}, indent=2, default=str))
        print(f"results: {a.json_out}")
    print(f"work dir: {work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
