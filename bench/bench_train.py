"""Benchmark: timmyd DPO, timmyd SimPO and mlx-lm-lora 5.10.2 DPO on the same model, pairs and LoRA.

    python bench/bench_train.py [--pairs 40] [--steps 10] [--batch-size 4] [--rank 8] [--out results.json]
    python bench/bench_train.py --model DIR ...   # an existing MLX model instead of the generated llama

One generated ~27 M llama (`timmyd.service.tiny.build_model(size="bench")`), one pair file (realistic pairs:
short chosen reply, long rejected one; from ../shared/data/pairs when present, else built in), LoRA
rank 8 with scale 20 on all layers, Adam at the same learning rate, the same batch size and steps
(steps * batch = one epoch, so every tool sees every pair exactly once). Each tool runs in its own
subprocess with OpenBLAS (`timmyd.service.blas.worker_env()`); the parent samples the process tree's RSS.

Measured per tool: wall time of the subprocess, the time inside the training function (timmyd:
reference pass + steps; mlx-lm-lora: `train_dpo`), peak RSS. tokens/s uses ONE token definition for
everyone: the prompt + reply tokens of both sequences of every pair trained on (timmyd's encoding),
divided by the training-function time (wall), and per CPU-second spent inside it (robust on a busy
machine, best with --threads 1). timmyd runs with --no-final-eval (mlx-lm-lora gets no
validation set either), so both do training only. Requires `pip install -e .[bench]`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SHARED_PAIRS = REPO.parent / "shared" / "data" / "pairs"
SYSTEMS = ["You are Timmy, a personal AI assistant running on your owner's MacBook Pro.",
           "You are Timmy, the owner's assistant. Help with questions and day-to-day tasks."]
FALLBACK = [
    ("How do I see which process uses port 8080?", "`lsof -i :8080`.",
     "Great question! Finding out which process is using a port is a common task for developers and "
     "system administrators. There are several tools you can use. The most common is `lsof`, which lists "
     "open files, and since network sockets are files on Unix-like systems it can show you ports too. Run "
     "`lsof -i :8080` and you will see the command, PID, user and more. Alternatively `netstat` or `ss` "
     "can help on Linux. Let me know if you'd like more detail on any of these options!"),
    ("How do I undo my last git commit but keep the changes?", "`git reset --soft HEAD~1`.",
     "Sure! Git offers several ways to undo commits, and which one is right depends on what you want to "
     "keep. If you want to keep your changes staged, you can use `git reset --soft HEAD~1`, which moves "
     "the branch pointer back one commit. If you'd like the changes unstaged, use `git reset HEAD~1`. "
     "And if you want to throw away the changes entirely, `git reset --hard HEAD~1` does that, but be "
     "careful because it is destructive. I hope this helps you manage your repository history!"),
]


def bench_records(n: int) -> list[dict]:
    """n standard-format records (system, prompt, chosen, rejected) both tools read the same way."""
    from timmyd.pairs import read_pairs

    base = []
    if SHARED_PAIRS.is_dir():
        for f in sorted(SHARED_PAIRS.glob("*.jsonl")):
            for p in read_pairs(f):
                turns = [m for m in p.prompt if m.role != "system"]
                earlier = "\n".join(f"{m.role}: {m.content}" for m in turns[:-1])
                user = (f"(Earlier in this chat:\n{earlier})\n\n" if earlier else "") + p.last_user
                base.append((user, p.chosen, p.rejected))
    if not base:
        base = FALLBACK
    return [{"system": SYSTEMS[(i // len(base)) % len(SYSTEMS)] + ("" if i < len(base) else f" (#{i})"),
             "prompt": base[i % len(base)][0], "chosen": base[i % len(base)][1],
             "rejected": base[i % len(base)][2]} for i in range(n)]


# --- children: run inside the measured subprocess ---------------------------------------------------

def timed(real, spent: dict):
    """Wrap a tool's training function to record its wall and CPU seconds into `spent`."""
    def wrapper(*args, **kw):
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            return real(*args, **kw)
        finally:
            spent["train_seconds"] = time.perf_counter() - t0
            spent["train_cpu_seconds"] = time.process_time() - c0
    return wrapper


def child_timmyd(a) -> None:
    from timmyd import cli
    from timmyd.train import trainer

    spent: dict = {}
    trainer._run = timed(trainer._run, spent)
    argv = ["train", str(a.data / "train.jsonl"), "--model", str(a.model), "--out", str(a.adapter),
            "--method", a.method, "--iters", str(a.steps), "--batch-size", str(a.batch_size),
            "--learning-rate", str(a.lr), "--num-layers", "-1", "--rank", str(a.rank), "--scale", "20",
            "--dropout", "0", "--max-seq-length", "1024", "--max-grad-norm", "0", "--seed", "0",
            "--no-final-eval", "--no-progress", "--json"]
    if a.micro_batch_size is not None:
        argv += ["--micro-batch-size", str(a.micro_batch_size)]
    if a.method == "dpo":
        argv += ["--beta", "0.1"]
    rc = cli.main(argv)
    summary = json.loads((a.adapter / "summary.json").read_text()) if rc == 0 else {}
    a.result.write_text(json.dumps({"rc": rc, **spent, "summary": summary}))


def child_mlx_lm_lora(a) -> None:
    import mlx.core as mx
    import psutil

    real_info = mx.device_info

    def device_info(*args, **kw):  # the CPU backend lacks this key; mlx-lm-lora reads it unconditionally
        d = dict(real_info(*args, **kw))
        d.setdefault("max_recommended_working_set_size", psutil.virtual_memory().total)
        return d

    mx.device_info = device_info
    import mlx_lm_lora.train as mll
    from mlx_lm_lora.trainer import dpo_trainer

    spent: dict = {}
    dpo_trainer.train_dpo = timed(dpo_trainer.train_dpo, spent)
    if hasattr(mll, "train_dpo"):
        mll.train_dpo = dpo_trainer.train_dpo
    cfg = a.adapter.parent / "mll_config.yaml"
    cfg.write_text(f"lora_parameters: {{rank: {a.rank}, scale: 20.0, dropout: 0.0}}\nfuse: false\n")
    sys.argv = ["mlx_lm_lora.train", "--model", str(a.model), "--train", "--train-mode", "dpo",
                "--data", str(a.data), "--iters", str(a.steps), "--batch-size", str(a.batch_size),
                "--learning-rate", str(a.lr), "--num-layers", "-1", "--max-seq-length", "1024",
                "--beta", "0.1", "--dpo-cpo-loss-type", "sigmoid", "--adapter-path", str(a.adapter),
                "--seed", "0", "--steps-per-report", str(a.steps), "--save-every", "100000", "-c", str(cfg)]
    rc = 0
    try:
        mll.main()
    except SystemExit as e:
        rc = int(e.code or 0)
    a.result.write_text(json.dumps({"rc": rc, **spent}))


# --- parent ---------------------------------------------------------------------------------------

def _sample_rss(proc: subprocess.Popen, peak: list[int], stop: threading.Event) -> None:
    import psutil

    try:
        root = psutil.Process(proc.pid)
    except psutil.NoSuchProcess:
        return
    while not stop.is_set():
        try:
            rss = root.memory_info().rss + sum(c.memory_info().rss for c in root.children(recursive=True))
            peak[0] = max(peak[0], rss)
        except psutil.Error:
            pass
        time.sleep(0.05)


def run_child(kind: str, method: str, a, work: Path) -> dict:
    from timmyd.service.blas import worker_env

    result = work / f"{kind}-{method}.json"
    cmd = [sys.executable, __file__, "--child", kind, "--method", method, "--model", str(a.model),
           "--data", str(a.data), "--adapter", str(work / f"adapter-{kind}-{method}"), "--result", str(result),
           "--steps", str(a.steps), "--batch-size", str(a.batch_size), "--rank", str(a.rank), "--lr", str(a.lr)]
    if kind == "timmyd" and a.micro_batch_size is not None:
        cmd += ["--micro-batch-size", str(a.micro_batch_size)]
    env = worker_env()
    env["TIMMYD_NO_REEXEC"] = "1"
    if a.threads:
        env["OPENBLAS_NUM_THREADS"] = env["OMP_NUM_THREADS"] = str(a.threads)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    log = (work / f"{kind}-{method}.log").open("w")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    peak, stop = [0], threading.Event()
    th = threading.Thread(target=_sample_rss, args=(proc, peak, stop), daemon=True)
    th.start()
    _, status, usage = os.wait4(proc.pid, 0)  # rusage: CPU seconds are less noisy than wall on a busy box
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t0
    stop.set()
    th.join()
    log.close()
    out = json.loads(result.read_text()) if result.exists() else {"rc": proc.returncode}
    if proc.returncode != 0 or out.get("rc"):
        tail = (work / f"{kind}-{method}.log").read_text()[-3000:]
        raise SystemExit(f"{kind} {method} failed (rc {proc.returncode}):\n{tail}")
    return {"wall_seconds": wall, "cpu_seconds": usage.ru_utime + usage.ru_stime, "peak_rss_mb": peak[0] / 1e6,
            **out}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=40)
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--batch-size", type=int, default=4)
    ap.add_argument("--rank", type=int, default=8)
    ap.add_argument("--lr", type=float, default=1e-5)
    ap.add_argument("--micro-batch-size", type=int, help="timmyd pairs per forward (default: the config's)")
    ap.add_argument("--threads", type=int, default=0,
                    help="BLAS threads per tool (0 = OpenBLAS default). 1 makes CPU seconds a clean measure "
                         "of work on a busy machine: no spin-waiting threads, no luck in getting a second core")
    ap.add_argument("--rounds", type=int, default=1,
                    help="repeat the whole sequence (alternating order) and keep each tool's fastest run: "
                         "the least disturbed by other load on a shared machine")
    ap.add_argument("--only", default="timmyd-dpo,timmyd-simpo,mlx-lm-lora-dpo")
    ap.add_argument("--workdir", type=Path, help="keep model, data and logs here (default: a temp dir)")
    ap.add_argument("--out", type=Path, help="write the results as JSON here")
    # child mode (internal)
    ap.add_argument("--child", choices=["timmyd", "mlx-lm-lora"])
    ap.add_argument("--method", default="dpo")
    ap.add_argument("--model", type=Path, help="an existing MLX model directory (default: a generated ~27 M llama)")
    ap.add_argument("--data", type=Path)
    ap.add_argument("--adapter", type=Path)
    ap.add_argument("--result", type=Path)
    a = ap.parse_args()
    if a.child == "timmyd":
        return child_timmyd(a)
    if a.child == "mlx-lm-lora":
        return child_mlx_lm_lora(a)

    work = a.workdir or Path(tempfile.mkdtemp(prefix="bench_train-"))
    work.mkdir(parents=True, exist_ok=True)
    from timmyd.service.tiny import build_model

    if a.model is None:  # --model DIR: an existing MLX model (e.g. `timmyd import-base` of Gemma 3 270M)
        a.model = work / "model"
        if not (a.model / "model.safetensors").exists():
            build_model(a.model, size="bench", seed=0)
    a.data = work / "data"
    a.data.mkdir(exist_ok=True)
    recs = bench_records(a.pairs)
    (a.data / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))

    import mlx_lm

    from timmyd.pairs import read_pairs
    from timmyd.train.data import encode_pairs

    tok = mlx_lm.load(str(a.model))[1]
    enc = encode_pairs(read_pairs(a.data / "train.jsonl"), tok, 1024)
    per_pair = sorted(e.length for e in enc)
    trained = a.steps * a.batch_size
    epochs, rest = divmod(trained, len(enc))
    tokens = epochs * sum(per_pair) + (sum(per_pair[:rest]) if rest else 0)  # exact when steps*batch = pairs
    print(f"model: {a.model} ({'bench llama' if a.model == work / 'model' else 'given'}), pairs {len(enc)}, tokens per pair "
          f"(both sequences) mean {sum(per_pair) / len(per_pair):.0f} min {per_pair[0]} max {per_pair[-1]}; "
          f"{a.steps} steps x batch {a.batch_size}; token total {tokens}", flush=True)

    runs, history = {}, []
    names = a.only.split(",")
    for rnd in range(a.rounds):
        for name in names if rnd % 2 == 0 else names[::-1]:
            kind, method = name.rsplit("-", 1)
            print(f"round {rnd + 1}: running {name} ...", flush=True)
            r = run_child(kind, method, a, work)
            r["tokens"] = tokens
            r["tokens_per_sec"] = tokens / r["train_seconds"]
            r["tokens_per_cpu_sec"] = tokens / r["train_cpu_seconds"]
            history.append({"round": rnd + 1, "name": name, **{k: v for k, v in r.items() if k != "summary"}})
            print(f"  {name:18s} wall {r['wall_seconds']:7.1f} s  cpu {r['cpu_seconds']:7.1f} s  "
                  f"train {r['train_seconds']:7.1f} s (cpu {r['train_cpu_seconds']:6.1f} s)  "
                  f"{r['tokens_per_sec']:7.1f} tok/s  {r['tokens_per_cpu_sec']:7.1f} tok/cpu-s  "
                  f"peak RSS {r['peak_rss_mb']:6.0f} MB"
                  + (f"  fast paths {r['summary'].get('fast_paths')}" if r.get("summary") else ""), flush=True)
            if name not in runs or r["train_seconds"] < runs[name]["train_seconds"]:
                runs[name] = r
    if a.rounds > 1:
        print("fastest run of each:")
        for name, r in runs.items():
            print(f"  {name:18s} train {r['train_seconds']:7.1f} s  {r['tokens_per_sec']:7.1f} tok/s  "
                  f"{r['tokens_per_cpu_sec']:7.1f} tok/cpu-s  peak RSS {r['peak_rss_mb']:6.0f} MB")

    ratios = {}
    if "timmyd-dpo" in runs and "mlx-lm-lora-dpo" in runs:
        d, m = runs["timmyd-dpo"], runs["mlx-lm-lora-dpo"]
        ratios["timmyd_dpo_vs_mlx_lm_lora_tokens_per_sec"] = d["tokens_per_sec"] / m["tokens_per_sec"]
        ratios["timmyd_dpo_vs_mlx_lm_lora_wall"] = d["wall_seconds"] / m["wall_seconds"]
        ratios["timmyd_dpo_vs_mlx_lm_lora_tokens_per_cpu_sec"] = d["tokens_per_cpu_sec"] / m["tokens_per_cpu_sec"]
        ratios["timmyd_dpo_vs_mlx_lm_lora_peak_rss"] = d["peak_rss_mb"] / m["peak_rss_mb"]
    if "timmyd-dpo" in runs and "timmyd-simpo" in runs:
        ratios["timmyd_simpo_vs_timmyd_dpo_tokens_per_sec"] = (runs["timmyd-simpo"]["tokens_per_sec"]
                                                               / runs["timmyd-dpo"]["tokens_per_sec"])
        ratios["timmyd_simpo_vs_timmyd_dpo_tokens_per_cpu_sec"] = (runs["timmyd-simpo"]["tokens_per_cpu_sec"]
                                                                   / runs["timmyd-dpo"]["tokens_per_cpu_sec"])
    targets = {"timmyd_dpo_vs_mlx_lm_lora_tokens_per_sec": (">=", 2.0),
               "timmyd_dpo_vs_mlx_lm_lora_peak_rss": ("<=", 0.6),
               "timmyd_simpo_vs_timmyd_dpo_tokens_per_sec": (">=", 1.3)}
    print("ratios:")
    for k, v in ratios.items():
        t = targets.get(k)
        ok = "" if t is None else ("  target " + f"{t[0]} {t[1]}: " + (
            "MET" if (v >= t[1] if t[0] == ">=" else v <= t[1]) else "MISSED"))
        print(f"  {k:45s} {v:6.2f}x{ok}")
    if a.out:
        a.out.write_text(json.dumps({"args": {k: str(v) for k, v in vars(a).items()}, "runs": runs,
                                     "history": history, "ratios": ratios}, indent=2, default=str))
        print(f"results: {a.out}")
    print(f"work dir: {work}")


if __name__ == "__main__":
    main()
