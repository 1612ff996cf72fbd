"""Memory guard: the ladder, the preflight estimate (hand-computed), the runtime stop, the ladder walk."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import save_file

from timmyd.config import MemoryConfig
from timmyd.pairs import Message, Pair
from timmyd.service.estimate import RUNTIME_OVERHEAD, DataShape, Rung, estimate, ladder, preflight, shape_of
from timmyd.service.memory import GB, MB, limit_bytes, tree_rss, watch
from timmyd.service.worker import run_guarded, train_with_ladder

FAKE = Path(__file__).parent / "daemon_fakes.py"


def test_ladder_steps_down_in_the_documented_order():
    rungs = ladder("dpo", 4, 512, False)  # forward_pairs 0 = the whole batch of 4 in one pass
    got = [(r.method, r.batch_size, r.forward_pairs, r.max_seq_length, r.grad_checkpoint) for r in rungs]
    assert got == [("dpo", 4, 4, 512, False), ("dpo", 4, 2, 512, False), ("dpo", 4, 1, 512, False),
                   ("dpo", 4, 1, 512, True), ("dpo", 4, 1, 256, True), ("dpo", 4, 1, 128, True),
                   ("simpo", 4, 1, 128, True)]
    assert rungs[1].step == "pairs per forward pass 4 -> 2 (gradients accumulate to batch 4)"
    assert rungs[3].step == "gradient checkpointing on"
    assert rungs[-1].args() == ["--method", "simpo", "--batch-size", "4", "--micro-batch-size", "1",
                                "--max-seq-length", "128", "--grad-checkpoint"]
    # micro-batches already at 1 (the default): straight to checkpointing
    assert [r.step for r in ladder("dpo", 8, 256, False, forward_pairs=1)][:2] == ["configured", "gradient checkpointing on"]
    # SimPO already / 'both' mode: no method swap at the end; checkpointing already on: no such rung
    assert [r.method for r in ladder("simpo", 1, 128, True)] == ["simpo"]
    assert ladder("dpo", 2, 256, True, allow_simpo=False)[-1].method == "dpo"


def _model(tmp_path: Path) -> Path:
    d = tmp_path / "m"
    d.mkdir()
    cfg = {"model_type": "llama", "hidden_size": 64, "num_hidden_layers": 2, "intermediate_size": 128,
           "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 512}
    (d / "config.json").write_text(json.dumps(cfg))
    save_file({"a": np.zeros((10, 10), np.float32), "b": np.zeros((5,), np.float16)}, str(d / "model.safetensors"))
    return d


def test_estimate_matches_hand_computation(tmp_path):
    d = _model(tmp_path)
    e = estimate(d, Rung("dpo", batch_size=1, max_seq_length=8, grad_checkpoint=False), num_layers=16, rank=8)
    # weights: 100 + 5 params from the safetensors headers, float32 -> 420 bytes
    assert e.weights == 420
    # LoRA: what the trainer really adds to mlx-lm's llama of this config (its apply_lora, counted), in
    # 4 float32 copies (weights, gradients, Adam's m and v)
    import mlx_lm.models.llama as llama

    from timmyd.train.model import apply_lora, make_trainable

    model = llama.Model(llama.ModelArgs.from_dict({**json.loads((d / "config.json").read_text()), "rms_norm_eps": 1e-5}))
    apply_lora(model, 16, 8, 20.0, 0.0, seed=0)
    assert e.lora_and_optimizer == make_trainable(model) * 4 * 4 > 0
    # a search over 4 learning rates: per candidate its weights, Adam m and v and best checkpoint (4 x 4 copies),
    # plus the gradient and the initial weights: 18 float32 copies
    s4 = estimate(d, Rung("dpo", batch_size=1, max_seq_length=8, grad_checkpoint=False), 16, 8, candidates=4)
    assert s4.lora_and_optimizer == make_trainable(model) * 4 * 18
    # no data shape: the documented worst case for max_seq_length 8, both sequences 8 tokens, half reply
    assert (e.detail["tokens_per_batch"], e.detail["reply_tokens_per_batch"], e.detail["attention_span"]) == (16, 8, 8)
    # DPO's reference pass runs before training, without gradients: the larger of the two, never the sum
    assert e.total == e.weights + e.lora_and_optimizer + max(e.activations + e.logits, e.reference_pass) \
        + RUNTIME_OVERHEAD
    assert e.activations > 0 and e.logits > 0 and e.reference_pass > 0
    # SimPO has no reference pass; checkpointing keeps less. (How many bytes the activations and logits
    # take is a model of MLX's arrays: test_training_estimate_covers_a_real_train_worker measures it.)
    s = estimate(d, Rung("simpo", 1, 8, True), 16, 8)
    assert s.reference_pass == 0 and 0 < s.activations < e.activations


def test_data_shape_from_pairs_and_its_use(tmp_path):
    p = Pair((Message("user", "x" * 30),), "y" * 9, "z" * 90)
    # prompt (30 + 12) // 3 = 14; chosen 9 // 3 + 2 = 5; rejected 90 // 3 + 2 = 32
    assert shape_of([p]) == DataShape(longest=14 + 32, pair=2 * 14 + 5 + 32, pair_reply=37)
    d = _model(tmp_path)
    e = estimate(d, Rung("dpo", 2, 1024, False), 16, 8, shape=DataShape(46, 65, 37))
    assert e.detail["tokens_per_batch"] == 130 and e.detail["reply_tokens_per_batch"] == 74
    assert e.detail["attention_span"] == 46
    assert e.logits == 74 * 512 * 4 * 3
    # a rung's shorter max_seq_length caps the data: 2 x 16 tokens per pair at most
    e16 = estimate(d, Rung("dpo", 2, 16, False), 16, 8, shape=DataShape(46, 65, 37))
    assert e16.detail["tokens_per_batch"] == 64 and e16.detail["attention_span"] == 16


def test_every_rung_needs_no_more_than_the_one_before(tmp_path):
    d = _model(tmp_path)
    totals = [estimate(d, r, 16, 8).total for r in ladder("dpo", 8, 2048, False)]
    assert all(b <= a for a, b in zip(totals, totals[1:], strict=False))
    assert totals[-1] < totals[0]


def test_preflight_skips_rungs_over_the_budget(tmp_path):
    d = _model(tmp_path)
    rungs = ladder("dpo", 8, 2048, False)
    totals = [estimate(d, r, 16, 8).total for r in rungs]
    # a budget between the 3rd and 2nd rung's estimates: the first two are refused, the rest fit
    budget = (totals[1] + totals[2]) / 2
    mem = MemoryConfig(budget_gb=budget / GB, reserve_gb=0.0)
    fit, records = preflight(d, rungs, mem, 16, 8, available=100 * GB)
    assert fit == rungs[2:]
    assert [r["fits"] for r in records[:3]] == [False, False, True]
    # the machine's available memory minus the reserve caps the budget too
    assert limit_bytes(MemoryConfig(budget_gb=100.0, reserve_gb=1.0), available=3 * GB) == 2 * GB
    assert limit_bytes(MemoryConfig(budget_gb=0.5, reserve_gb=1.0), available=3 * GB) == GB // 2


def test_tree_rss_counts_children():
    code = "import subprocess,sys,time; p=subprocess.Popen([sys.executable,'-c','x=b\"1\"*(120*2**20);import time;time.sleep(30)']); time.sleep(30)"
    p = subprocess.Popen([sys.executable, "-c", code])
    try:
        deadline = time.time() + 20
        while time.time() < deadline and tree_rss(p.pid) < 120 * MB:
            time.sleep(0.2)
        assert tree_rss(p.pid) >= 120 * MB  # the child's 120 MiB is counted under the parent
    finally:
        import psutil
        for c in psutil.Process(p.pid).children(recursive=True):
            c.kill()
        p.kill()
        p.wait()


def test_watch_stops_a_worker_before_it_crosses_the_budget(tmp_path):
    # grows 50 MiB every 0.1 s towards 2 GiB; budget 400 MiB -> stopped at the 90 % line (360 MiB)
    code = "import time\nx=[]\nfor i in range(40):\n    x.append(b'1'*(50*2**20)); time.sleep(0.1)\n"
    mem = MemoryConfig(budget_gb=400 / 1024, reserve_gb=0.0, poll_seconds=0.05)
    res = run_guarded([sys.executable, "-c", code], mem, tmp_path / "w.log")
    assert res.guard.stopped and res.guard.reason.startswith("memory guard")
    assert not res.ok and res.returncode is not None and res.returncode < 0  # SIGTERM
    assert 360 * MB < res.guard.peak_rss < 400 * MB + 50 * MB  # one growth step of slack at most


def test_watch_stops_on_daemon_shutdown(tmp_path):
    p = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], start_new_session=True)
    ev = threading.Event()
    threading.Timer(0.5, ev.set).start()
    t0 = time.time()
    res = watch(p, MemoryConfig(budget_gb=8.0, reserve_gb=0.0, poll_seconds=0.1), stop_event=ev)
    assert res.stopped and res.reason == "daemon stopping" and time.time() - t0 < 10
    assert p.poll() is not None


@pytest.fixture
def fake_env(monkeypatch):
    monkeypatch.setenv("FAKE_MB_PER_PAIR", "200")
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "1")


def test_guard_stops_runs_and_steps_down_the_ladder(tmp_path, fake_env):
    """4 (800 MiB) and 2 (400 MiB) pairs per forward pass cross a 300 MiB budget and are stopped; 1 (200 MiB) runs."""
    out = tmp_path / "adapters" / "1-dpo"
    out.parent.mkdir()
    mem = MemoryConfig(budget_gb=300 / 1024, reserve_gb=0.0, poll_seconds=0.05)
    rungs = ladder("dpo", 4, 256, False)
    events = []
    o = train_with_ladder(rungs, tmp_path / "d.jsonl", "model", out, mem, tmp_path / "train.log",
                          launcher=lambda a: [sys.executable, str(FAKE), *a],
                          on_event=lambda k, info: events.append(info["forward_pairs"]))
    assert o.ok, o.error
    assert events == [4, 2, 1]
    assert [a["guard"]["stopped"] for a in o.attempts] == [True, True, False]
    assert all(a["reason"].startswith("memory guard") for a in o.attempts[:2])
    assert o.rung["forward_pairs"] == 1 and o.rung["batch_size"] == 4  # same optimizer batch, less memory
    assert json.loads((out / "summary.json").read_text())["batch_size"] == 1
    assert not list(out.parent.glob("*.tmp*"))  # the stopped runs' temp dirs were cleaned


def test_a_crash_is_not_a_memory_problem_and_ends_the_ladder(tmp_path, fake_env, monkeypatch):
    monkeypatch.setenv("FAKE_SLEEP", "30")
    out = tmp_path / "1-dpo"
    mem = MemoryConfig(budget_gb=4.0, reserve_gb=0.0, poll_seconds=0.05)
    procs = []

    def kill_soon(p):
        procs.append(p)
        threading.Timer(0.5, p.kill).start()

    o = train_with_ladder(ladder("dpo", 4, 256, False), tmp_path / "d.jsonl", "m", out, mem, tmp_path / "t.log",
                          launcher=lambda a: [sys.executable, str(FAKE), *a], on_start=kill_soon)
    assert not o.ok and len(o.attempts) == 1 and o.error.startswith("worker killed by signal 9")
    assert not out.exists() and not list(tmp_path.glob("1-dpo.tmp*"))


def test_no_rung_fits(tmp_path):
    o = train_with_ladder([], tmp_path / "d", "m", tmp_path / "o", MemoryConfig(), tmp_path / "l",
                          preflight=[{"fits": False}])
    assert not o.ok and "no rung" in o.error


def test_guard_also_stops_on_the_trainers_reported_mlx_peak(tmp_path):
    """On Metal the GPU heap need not show in RSS: a metrics.jsonl line above the budget stops the run."""
    out = tmp_path / "1-dpo"
    code = (f"import json, os, time, pathlib\nd = pathlib.Path({str(out)!r} + '.tmp-' + str(os.getpid()))\n"
            "d.mkdir()\n(d / 'metrics.jsonl').write_text(json.dumps({'step': 1, 'peak_memory_mb': 5000.0}) + '\\n')\n"
            "time.sleep(30)\n")
    mem = MemoryConfig(budget_gb=1.0, reserve_gb=0.0, poll_seconds=0.05)
    res = run_guarded([sys.executable, "-c", code], mem, tmp_path / "w.log", out_dir=out)
    assert res.guard.stopped and "crossed the stop line" in res.guard.reason
    assert res.guard.peak_reported_mb == 5000.0 and res.guard.peak_rss < 200 * MB


def test_worker_exits_when_its_daemon_dies(tmp_path):
    """An orphaned worker (daemon SIGKILLed) must not keep training next to the next daemon's run."""
    import psutil

    child_code = "from timmyd.service.worker import watch_parent; import time; watch_parent(0.1); time.sleep(60)"
    parent_code = (f"import subprocess, sys, time; p = subprocess.Popen([sys.executable, '-c', {child_code!r}], "
                   "start_new_session=True); print(p.pid, flush=True); time.sleep(60)")
    parent = subprocess.Popen([sys.executable, "-c", parent_code], stdout=subprocess.PIPE, text=True)
    child = psutil.Process(int(parent.stdout.readline()))
    time.sleep(1.0)
    assert child.is_running()
    parent.kill()
    parent.wait()
    t0 = time.time()
    while time.time() - t0 < 10 and child.is_running() and child.status() != psutil.STATUS_ZOMBIE:
        time.sleep(0.1)
    assert not child.is_running() or child.status() == psutil.STATUS_ZOMBIE


def test_training_estimate_covers_a_real_train_worker(tiny_model, tmp_path):
    """The real `train` worker on the tiny model at a configured rung (4 pairs per forward pass, DPO):
    the estimate is >= its measured peak RSS and not absurdly above, and its modelled part (weights,
    LoRA + optimizer, activations and logits or the reference pass; no runtime allowance) is >= the
    peak MLX itself reports for its arrays. The data shape is the pairs' real token counts."""
    from timmyd.pairs import write_pairs
    from timmyd.service.jobs import job_args
    from timmyd.service.worker import worker_command
    from timmyd.train.data import encode_pairs
    from timmyd.train.model import load_model

    pairs = [Pair((Message("system", "You are Timmy."), Message("user", f"How do I do thing {i}? " * 3)),
                  f"`cmd {i}` " * 2, "Great question! " + "Here is a long explanation of the command. " * (8 + i))
             for i in range(8)]
    data = tmp_path / "train.jsonl"
    write_pairs(data, pairs)
    _, tok = load_model(tiny_model)
    enc = encode_pairs(pairs, tok, 1024)
    shape = DataShape(longest=max(len(e.prompt) + max(len(e.chosen), len(e.rejected)) for e in enc),
                      pair=max(2 * len(e.prompt) + len(e.chosen) + len(e.rejected) for e in enc),
                      pair_reply=max(len(e.chosen) + len(e.rejected) for e in enc))
    rung = Rung("dpo", batch_size=4, max_seq_length=1024, grad_checkpoint=False, forward_pairs=4)
    cfg = tmp_path / "c.toml"
    cfg.write_text(f'state_dir = "{tmp_path / "state"}"\n[train]\nfastmath = "off"\n')
    mem = MemoryConfig(budget_gb=16.0, reserve_gb=0.0, poll_seconds=0.02)
    args = job_args("train", data=str(data), out=str(tmp_path / "ad"), model=str(tiny_model), config=str(cfg),
                    iters=2, num_layers=-1, rank=8, final_eval=False, **rung.overrides())
    res = run_guarded(worker_command(args, mem.budget_gb), mem, tmp_path / "train.log")
    assert res.ok, res.reason
    e = estimate(tiny_model, rung, num_layers=-1, rank=8, shape=shape)
    peak = res.guard.peak_rss
    assert 50 * MB < peak <= e.total <= 4 * peak, (e.total / MB, peak / MB)
    mlx_peak = res.output["peak_memory_mb"] * 1e6  # the trainer reports MLX's counter in 10^6 bytes
    modelled = e.total - RUNTIME_OVERHEAD
    assert 0.5 * modelled < mlx_peak <= modelled, (mlx_peak / MB, modelled / MB)


def test_guard_stops_a_worker_when_free_memory_falls_under_the_reserve(monkeypatch):
    """The worker itself stays small; after a few samples the machine's available memory (psutil's,
    faked) drops to 0.5 GB, under `reserve_gb` = 1: the guard stops the worker and says why."""
    import psutil

    state = {"samples": 0}

    class VM:
        def __init__(self, available):
            self.available = available

    monkeypatch.setattr(psutil, "virtual_memory", lambda: VM(GB // 2 if state["samples"] >= 3 else 64 * GB))
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(15)"])
    t0 = time.monotonic()
    try:
        res = watch(proc, MemoryConfig(budget_gb=4.0, reserve_gb=1.0, poll_seconds=0.05),
                    on_sample=lambda rss: state.__setitem__("samples", state["samples"] + 1))
    finally:
        if proc.poll() is None:
            proc.kill()
    assert res.stopped and res.reason == "memory guard: machine's available memory fell under the 1.0 GB reserve"
    assert res.limit == 4 * GB  # the limit at the start: the budget (64 GB free then)
    assert proc.poll() is not None and time.monotonic() - t0 < 10
    assert res.peak_rss < 200 * MB  # not the worker's own size
