"""Benchmark: timmyd's held-out evaluation vs mlx-lm-lora 5.10.2's `evaluate_dpo` on the same pairs.

    python bench/bench_eval.py [--pairs 24] [--batch-size 4] [--out results.json]

One generated ~27 M llama (`timmyd.service.tiny.build_model(size="bench")`), one random LoRA adapter (rank 8,
scale 20, every layer), realistic single-turn pairs (short chosen reply, long rejected one; from
../shared/data/pairs when present). Both tools compute the policy's and the reference's summed
log-probs of every chosen and rejected reply, i.e. the implicit-reward accuracy:

- timmyd: `timmyd.evaluate.metrics.evaluate` with generation off: ONE model, reference = LoRA switched off,
  chosen and rejected packed in one forward, logits only at reply positions; it also computes the
  exact KL on the chosen replies and runs the trainer's fast-path probe (both included in its time).
- mlx-lm-lora: `evaluate_dpo(model, ref_model, ...)`: a second full model as reference, four forwards
  per batch, logits at every position.

Each runs in its own subprocess with OpenBLAS (`timmyd.service.blas.worker_env()`); the parent samples the
process tree's RSS. Reported: wall time of the subprocess (incl. loading), time inside the evaluation
function, CPU seconds, peak RSS, and timmyd/mlx-lm-lora ratios. Requires `pip install -e .[bench]`.
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
SYSTEM = "You are Timmy, a personal AI assistant running on your owner's MacBook Pro."


def records(n: int) -> list[dict]:
    """n standard records (system, prompt, chosen, rejected), cycling over the single-turn sample pairs."""
    from timmyd.pairs import read_pairs

    base = []
    for f in sorted(SHARED_PAIRS.glob("*.jsonl")) if SHARED_PAIRS.is_dir() else []:
        base += [(p.last_user, p.chosen, p.rejected) for p in read_pairs(f)
                 if len([m for m in p.prompt if m.role != "system"]) == 1]
    if not base:
        base = [("How do I list files?", "`ls -la`", "Great question! " + "Listing files is easy. " * 30)]
    return [{"system": SYSTEM + ("" if i < len(base) else f" (#{i // len(base)})"), "prompt": base[i % len(base)][0],
             "chosen": base[i % len(base)][1], "rejected": base[i % len(base)][2]} for i in range(n)]


def make_adapter(model_dir: Path, out: Path) -> None:
    import mlx.core as mx
    from mlx.utils import tree_flatten
    from mlx_lm.tuner.utils import linear_to_lora_layers

    from timmyd.train import load_model

    model, _ = load_model(model_dir)
    model.freeze()
    mx.random.seed(0)
    linear_to_lora_layers(model, len(model.layers), {"rank": 8, "scale": 20.0, "dropout": 0.0})
    w = {k: (mx.random.normal(v.shape) * 0.002 if k.endswith("lora_b") else v)
         for k, v in tree_flatten(model.trainable_parameters())}
    out.mkdir(parents=True, exist_ok=True)
    mx.save_safetensors(str(out / "adapters.safetensors"), w)
    (out / "adapter_config.json").write_text(json.dumps({"fine_tune_type": "lora", "num_layers": len(model.layers),
                                                          "lora_parameters": {"rank": 8, "scale": 20.0, "dropout": 0.0}}))


# --- children ---------------------------------------------------------------------------------------

def child_timmyd(a) -> dict:
    import dataclasses

    from timmyd import config
    from timmyd.evaluate.metrics import evaluate
    from timmyd.pairs import read_pairs

    cfg = config.Config()
    cfg = dataclasses.replace(cfg, eval=dataclasses.replace(cfg.eval, gen_prompts=0, batch_size=a.batch_size))
    pairs = read_pairs(a.data)
    t0 = time.perf_counter()
    m = evaluate(a.model, a.adapter, pairs, cfg)
    return {"eval_seconds": time.perf_counter() - t0, "accuracy_reward": m["accuracy_reward"],
            "reward_margin": m["reward_margin"], "kl_chosen_per_token": m["kl_chosen_per_token"],
            "timings": m["timings"]}


def child_mlx_lm_lora(a) -> dict:
    import mlx.core as mx
    import psutil

    real_info = mx.device_info

    def device_info(*args, **kw):  # the CPU backend lacks this key; mlx-lm-lora reads it
        d = dict(real_info(*args, **kw))
        d.setdefault("max_recommended_working_set_size", psutil.virtual_memory().total)
        return d

    mx.device_info = device_info
    import mlx_lm
    from mlx_lm_lora.trainer.datasets import DPODataset
    from mlx_lm_lora.trainer.dpo_trainer import evaluate_dpo

    t0 = time.perf_counter()
    model, tok = mlx_lm.load(str(a.model), adapter_path=str(a.adapter))
    ref, _ = mlx_lm.load(str(a.model))
    recs = [json.loads(line) for line in Path(a.data).read_text().splitlines() if line.strip()]
    ds = DPODataset(recs, tok)
    t1 = time.perf_counter()
    loss, rewards, ntok, metrics = evaluate_dpo(model, ref, ds, batch_size=a.batch_size, num_batches=-1, beta=0.1,
                                                delta=50.0, max_seq_length=1024, loss_type="sigmoid")
    return {"eval_seconds": time.perf_counter() - t1, "load_seconds": t1 - t0, "loss": loss,
            "metrics": metrics, "tokens": int(ntok.item()) if hasattr(ntok, "item") else ntok}


# --- parent -----------------------------------------------------------------------------------------

def _sample_rss(pid: int, peak: list[int], stop: threading.Event) -> None:
    import psutil

    try:
        root = psutil.Process(pid)
    except psutil.NoSuchProcess:
        return
    while not stop.is_set():
        try:
            peak[0] = max(peak[0], root.memory_info().rss + sum(c.memory_info().rss for c in root.children(True)))
        except psutil.Error:
            pass
        time.sleep(0.05)


def run_child(kind: str, a, work: Path) -> dict:
    from timmyd.service.blas import worker_env

    result = work / f"{kind}.json"
    cmd = [sys.executable, __file__, "--child", kind, "--model", str(a.model), "--adapter", str(a.adapter),
           "--data", str(a.data), "--batch-size", str(a.batch_size), "--result", str(result)]
    env = worker_env()
    env["TIMMYD_NO_REEXEC"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    with (work / f"{kind}.log").open("w") as log:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
        peak, stop = [0], threading.Event()
        th = threading.Thread(target=_sample_rss, args=(proc.pid, peak, stop), daemon=True)
        th.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        stop.set()
        th.join()
    if os.waitstatus_to_exitcode(status) != 0 or not result.exists():
        raise SystemExit(f"{kind} failed:\n{(work / f'{kind}.log').read_text()[-3000:]}")
    return {"wall_seconds": wall, "cpu_seconds": usage.ru_utime + usage.ru_stime, "peak_rss_mb": peak[0] / 1e6,
            **json.loads(result.read_text())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=24)
    ap.add_argument("--batch-size", type=int, default=4)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--child", choices=["timmyd", "mlx_lm_lora"])
    ap.add_argument("--model", type=Path)
    ap.add_argument("--adapter", type=Path)
    ap.add_argument("--data", type=Path)
    ap.add_argument("--result", type=Path)
    a = ap.parse_args()
    if a.child:
        out = child_timmyd(a) if a.child == "timmyd" else child_mlx_lm_lora(a)
        a.result.write_text(json.dumps(out, default=float))
        return
    if a.pairs % a.batch_size:
        raise SystemExit("--pairs must be a multiple of --batch-size (mlx-lm-lora drops a partial batch)")
    from timmyd.service.tiny import build_model

    with tempfile.TemporaryDirectory(prefix="bench_eval_") as tmp:
        work = Path(tmp)
        a.model = build_model(work / "model", size="bench", seed=0)
        a.adapter = work / "adapter"
        make_adapter(a.model, a.adapter)
        a.data = work / "heldout.jsonl"
        a.data.write_text("".join(json.dumps(r) + "\n" for r in records(a.pairs)))
        res = {"pairs": a.pairs, "batch_size": a.batch_size}
        for kind in ("timmyd", "mlx_lm_lora"):
            res[kind] = run_child(kind, a, work)
            print(f"{kind}: {json.dumps(res[kind], default=float)}", flush=True)
    t, p = res["timmyd"], res["mlx_lm_lora"]
    res["ratios"] = {"eval_seconds": t["eval_seconds"] / p["eval_seconds"],
                     "wall_seconds": t["wall_seconds"] / p["wall_seconds"],
                     "cpu_seconds": t["cpu_seconds"] / p["cpu_seconds"],
                     "peak_rss": t["peak_rss_mb"] / p["peak_rss_mb"]}
    r = res["ratios"]
    print(f"timmyd / mlx-lm-lora: eval time {r['eval_seconds']:.2f}x, wall {r['wall_seconds']:.2f}x, "
          f"CPU {r['cpu_seconds']:.2f}x, peak RSS {r['peak_rss']:.2f}x "
          f"(timmyd also computed the KL and ran its probe: stages {t['timings']})")
    if a.out:
        a.out.write_text(json.dumps(res, indent=1, default=float))


if __name__ == "__main__":
    main()
