"""Data-parallel training and evaluation on MLX's distributed layer: two local ranks over loopback (ring).

The expected values come from the same command run as ONE process on the same global batches: 2 ranks
must give its per-step losses (within 1e-4) and its adapter (within 1e-3). Failures: a rank that dies
mid-run fails the run (no adapter, nothing promoted, pairs kept) and the other rank does not hang; a
world size that does not divide the batch is refused before any training.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import psutil
import pytest
from safetensors.numpy import load_file

from timmyd import config as config_mod
from timmyd.service import launch
from timmyd.service.jobs import job_args
from timmyd.service.worker import WorkerResult, worker_command

REPO = Path(__file__).resolve().parent.parent
PAIRS = REPO / "bench" / "learning" / "heldout_tune.jsonl"  # 39 realistic pairs kept in the repository
FAULT = Path(__file__).resolve().parent / "rank_fault.py"
MLX_LAUNCH = Path(sys.executable).parent / "mlx.launch"


@pytest.fixture(scope="module")
def pairs(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("dist") / "pairs.jsonl"
    p.write_text("".join(PAIRS.read_text(encoding="utf-8").splitlines(keepends=True)[:13]), encoding="utf-8")
    return p  # 13 pairs: with batch 2 the last batch of each epoch has one pair (one rank's share is empty)


def _hostfile(tmp_path: Path, n: int = 2) -> Path:
    p = tmp_path / "hosts.json"
    p.write_text(json.dumps({"hosts": [{"ssh": "127.0.0.1", "ips": ["127.0.0.1"]}] * n}))
    return p


def _config(tmp_path: Path, hostfile: Path | None, timeout: float = 120.0, **train) -> Path:
    lines = ["[train]", *[f"{k} = {json.dumps(v)}" for k, v in train.items()], "[search]", "enabled = false",
             "[distributed]", f'hostfile = "{hostfile or ""}"', f"timeout_s = {timeout}"]
    p = tmp_path / "timmyd.toml"
    p.write_text("\n".join(lines) + "\n")
    return p


def _env() -> dict:
    env = dict(os.environ)
    for k in ("MLX_RANK", "MLX_HOSTFILE"):
        env.pop(k, None)
    return env


def _cli_train(model: Path, pairs: Path, out: Path, method: str, launcher: list[str] | None = None,
               batch: int = 2, extra: tuple = ()) -> subprocess.CompletedProcess:
    cmd = [*(launcher or [sys.executable]), "-m", "timmyd.cli", "train", str(pairs), "--model", str(model),
           "--out", str(out), "--method", method, "--no-search", "--batch-size", str(batch),
           "--micro-batch-size", "1", "--epochs", "2", "--learning-rate", "1e-3", "--json", "--no-progress", *extra]
    return subprocess.run(cmd, capture_output=True, text=True, env=_env(), stdin=subprocess.DEVNULL, timeout=300)


def _metrics(out: Path) -> list[dict]:
    return [json.loads(x) for x in (out / "metrics.jsonl").read_text().splitlines()]


@pytest.mark.parametrize("method", ["dpo", "simpo"])
def test_two_ranks_train_what_one_process_trains(tiny_model, pairs, tmp_path, method):
    one = _cli_train(tiny_model, pairs, tmp_path / "one", method)
    assert one.returncode == 0, one.stderr[-2000:]
    if method == "dpo":  # `timmyd train` unchanged under mlx.launch itself
        port = launch.free_port(2)
        two = _cli_train(tiny_model, pairs, tmp_path / "two", method,
                         launcher=[str(MLX_LAUNCH), "-n", "2", "-p", str(port), "--python", sys.executable, "--"])
    else:  # through the daemon's wrapper and the worker, on a hostfile of two local hosts
        cfg = _config(tmp_path, _hostfile(tmp_path), method=method, batch_size=2, micro_batch_size=1,
                      epochs=2, learning_rate=1e-3)
        dcfg = config_mod.load(cfg).distributed
        args = job_args("train", data=str(pairs), model=str(tiny_model), out=str(tmp_path / "two"), config=str(cfg),
                        method=method)
        two = subprocess.run(worker_command(args, None, dcfg), capture_output=True, text=True, env=_env(),
                             stdin=subprocess.DEVNULL, timeout=300)
    assert two.returncode == 0, two.stderr[-3000:]
    result = json.loads(two.stdout.strip().splitlines()[-1])  # one JSON line: only rank 0 prints
    assert len(two.stdout.strip().splitlines()) == 1
    assert result["world_size"] == 2 and len(result["rank_hosts"]) == 2
    assert result["ranks_in_sync"] is True and result["ranks_finished"] == 2
    a, b = _metrics(tmp_path / "one"), _metrics(tmp_path / "two")
    assert len(a) == len(b) == 14  # 13 pairs, batch 2, 2 epochs
    assert max(abs(x["loss"] - y["loss"]) for x, y in zip(a, b, strict=True)) < 1e-4
    assert [x["pairs"] for x in a] == [y["pairs"] for y in b]  # metrics are the global batch's
    assert max(abs(x["accuracy"] - y["accuracy"]) for x, y in zip(a, b, strict=True)) < 1e-6
    assert all("comm_seconds" in y for y in b)
    wa = load_file(tmp_path / "one" / "adapters.safetensors")
    wb = load_file(tmp_path / "two" / "adapters.safetensors")
    assert wa.keys() == wb.keys()
    moved = max(float(np.abs(wa[k]).max()) for k in wa)
    assert moved > 1e-3  # the comparison below is not vacuous: the LoRA weights did move
    assert max(float(np.abs(wa[k] - wb[k]).max()) for k in wa) < 1e-3
    summary = json.loads((tmp_path / "two" / "summary.json").read_text())
    assert summary["world_size"] == 2
    one_summary = json.loads((tmp_path / "one" / "summary.json").read_text())
    # the final re-scoring hands pairs to ranks differently from training: it needs every pair's reference
    assert summary["final_train_accuracy"] == one_summary["final_train_accuracy"]
    assert summary["reference_pairs"] == one_summary["reference_pairs"]
    assert not list(tmp_path.glob("two.tmp*"))  # no rank left a temp dir next to the adapter


def test_eval_over_two_ranks_equals_one_process(tiny_model, pairs, tmp_path):
    trained = _cli_train(tiny_model, pairs, tmp_path / "a", "simpo")
    assert trained.returncode == 0, trained.stderr[-2000:]
    base = [str(MLX_LAUNCH), "-n", "2", "-p", str(launch.free_port(2)), "--python", sys.executable, "--"]
    args = ["-m", "timmyd.cli", "eval", "--model", str(tiny_model), "--adapter", str(tmp_path / "a"), "--data",
            str(pairs), "--batch-size", "3", "--gen-prompts", "2", "--max-new-tokens", "6", "--json"]
    runs = []
    for i, prefix in enumerate(([sys.executable], base)):
        env = {**_env(), "TIMMYD_STATE": str(tmp_path / f"state{i}")}  # separate base caches: both compute
        r = subprocess.run([*prefix, *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                           timeout=300)
        assert r.returncode == 0, r.stderr[-2000:]
        runs.append(json.loads(r.stdout.strip().splitlines()[-1])["candidate"])
    one, two = runs
    assert (one["world_size"], two["world_size"]) == (1, 2)
    for k in ("per_pair", "pair_margins", "accuracy_per_token", "per_token_margin", "kl_chosen_per_token",
              "samples", "accuracy_reward"):
        assert one[k] == two[k], k
    assert one["kl_chosen_per_token"] > 0  # the adapter moved: the equality is not between zeros


def test_batch_not_divisible_by_the_ranks_is_refused_before_training(tiny_model, pairs, tmp_path):
    port = launch.free_port(2)
    t0 = time.monotonic()
    r = subprocess.run([sys.executable, "-m", "timmyd.service.launch", "-n", "2", "-p", str(port), "--python",
                        sys.executable, "--", "-m", "timmyd.cli", "train", str(pairs), "--model", str(tiny_model),
                        "--out", str(tmp_path / "out"), "--method", "dpo", "--no-search", "--batch-size", "3"],
                       capture_output=True, text=True, env=_env(), stdin=subprocess.DEVNULL, timeout=120)
    assert r.returncode != 0  # mlx.launch alone would exit 0 here
    assert "batch_size 3 is not divisible by the 2 ranks" in r.stderr
    assert "timmyd launch: error: rank" in r.stderr
    assert not (tmp_path / "out").exists() and not list(tmp_path.glob("out.tmp*"))
    assert "train dpo:" not in r.stderr  # refused before the model was set up for training
    assert time.monotonic() - t0 < 60


def test_config_refuses_a_batch_the_hosts_cannot_share(tmp_path):
    cfg = _config(tmp_path, _hostfile(tmp_path, 3), batch_size=2)
    with pytest.raises(config_mod.ConfigError, match="'train.batch_size' = 2 is not divisible by the 3 hosts"):
        config_mod.load(cfg)
    (tmp_path / "hosts.json").write_text("[1, 2")
    with pytest.raises(config_mod.ConfigError, match="distributed.hostfile.*hosts.json: hostfile is not readable"):
        config_mod.load(cfg)
    (tmp_path / "hosts.json").write_text(json.dumps([{"ssh": "mac2"}, {"ssh": "mac3"}]))
    with pytest.raises(config_mod.ConfigError, match="ring backend needs \"ips\""):
        config_mod.load(cfg)


def test_a_rank_that_dies_fails_the_run_and_the_other_does_not_hang(tiny_model, pairs, tmp_path):
    cfg = _config(tmp_path, _hostfile(tmp_path), method="dpo", batch_size=2, micro_batch_size=1, epochs=2,
                  learning_rate=1e-3)
    dcfg = config_mod.load(cfg).distributed
    args = job_args("train", data=str(pairs), model=str(tiny_model), out=str(tmp_path / "out"), config=str(cfg))
    cmd = launch.launch_command([sys.executable, str(FAULT), "3", "-m", "timmyd.service.worker", "--", *args], dcfg)
    t0 = time.monotonic()
    r = subprocess.run(cmd, capture_output=True, text=True, env=_env(), stdin=subprocess.DEVNULL, timeout=240)
    assert time.monotonic() - t0 < 200
    assert "rank 1: dying at step 3" in r.stderr
    # non-zero although mlx.launch exits 0: the first failed rank's code, 9 when the launcher saw the dead rank
    # first, 1 when rank 0 had already raised on the lost connection (both happen: a race)
    failed = launch.rank_failures(r.stderr)
    assert "rank 1 exited with code 9" in failed
    assert r.returncode == launch.first_failure_code(failed) in (1, 9)
    assert r.stdout.strip() == ""  # rank 0 never finished: no result
    assert not (tmp_path / "out").exists()
    res = WorkerResult(cmd, r.returncode, 1.0, _no_guard(), None, r.stderr[-4000:])
    assert not res.ok and "rank 1 exited with code 9" in res.reason


def _no_guard():
    from timmyd.service.memory import GuardResult
    return GuardResult()


def test_a_rank_that_stops_answering_ends_the_other_within_the_timeout(tiny_model, pairs, tmp_path):
    """No launcher to kill the survivor here: the ranks are started by hand (MLX_RANK / MLX_HOSTFILE) and
    rank 1 is frozen (SIGSTOP: a hung host keeps its sockets open, so nothing raises); rank 0 must give up
    after [distributed] timeout_s."""
    cfg = _config(tmp_path, None, timeout=4.0)
    port = launch.free_port(2)
    ring = tmp_path / "ring.json"
    ring.write_text(json.dumps([[f"127.0.0.1:{port}"], [f"127.0.0.1:{port + 1}"]]))
    cmd = [sys.executable, "-m", "timmyd.cli", "train", str(pairs), "--model", str(tiny_model), "--out",
           str(tmp_path / "out"), "--method", "dpo", "--no-search", "--batch-size", "2", "--epochs", "2",
           "--config", str(cfg), "--no-progress"]
    procs = [subprocess.Popen(cmd, env={**_env(), "MLX_RANK": str(r), "MLX_HOSTFILE": str(ring)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
             for r in (0, 1)]
    try:
        out = tmp_path / "out"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not any(
                (m.is_file() and m.read_text().count("\n") >= 2) for m in out.parent.glob("out.tmp*/metrics.jsonl")):
            assert procs[0].poll() is None, procs[0].stderr.read()[-2000:]
            time.sleep(0.05)
        os.kill(procs[1].pid, signal.SIGSTOP)
        t0 = time.monotonic()
        _, err = procs[0].communicate(timeout=60)
        waited = time.monotonic() - t0
        assert procs[0].returncode != 0
        assert "Timeout (0:00:04)!" in err
        assert waited < 30
        assert not out.exists()
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()


def test_daemon_records_a_failed_rank_and_keeps_the_pairs(tiny_model, tmp_path, monkeypatch):
    from test_daemon import _seed, make_cfg

    from timmyd.ledger.store import Ledger
    from timmyd.service.daemon import Daemon
    from timmyd.service.status import run_view

    hosts = _hostfile(tmp_path)
    cfg = make_cfg(tmp_path, model=str(tiny_model), train={"batch_size": 2, "micro_batch_size": 1, "epochs": 2})
    text = Path(cfg.source).read_text() + f'[search]\nenabled = false\n[distributed]\nhostfile = "{hosts}"\ntimeout_s = 60\n'
    Path(cfg.source).write_text(text)
    cfg = config_mod.load(cfg.source)
    _seed(cfg.state_path, 4)

    def launcher(args):  # the daemon's own distributed command, with rank 1 dying at step 2
        assert args[0] == "train", args
        return launch.launch_command([sys.executable, str(FAULT), "2", "-m", "timmyd.service.worker", "--", *args],
                                     cfg.distributed)

    assert Daemon(cfg, launcher=launcher).run(once=True) == 1
    with Ledger.open(cfg.state_path) as led:
        run = led.last_run()
        assert run["status"] == "failed"
        assert "rank 1 exited with code 9" in run["error"], run["error"]
        assert led.count_pairs(split="train", unused_only=True) == 4  # nothing consumed
        assert led.current_promotion() is None
        view = run_view(run)
    assert view["group"] == {"world_size": 2, "rank_hosts": ["127.0.0.1", "127.0.0.1"], "backend": "ring"}
    assert "rank 1 exited with code 9" in view["error"]
    assert not [p for p in (cfg.state_path / "adapters").glob("*") if (p / "adapters.safetensors").exists()]
    assert not [p for p in psutil.Process().children(recursive=True) if "rank_fault" in " ".join(p.cmdline())]


def test_launch_helpers():
    text = ("noise\n\x1b[33m[WARN] Node with rank 1 exited with code 3 \x1b[0m\n"
            "\x1b[33m[WARN] Node with rank 0 was killed \x1b[0m\n")
    assert launch.rank_failures(text) == ["rank 1 exited with code 3", "rank 0 was killed"]
    assert launch.first_failure_code(launch.rank_failures(text)) == 3
    assert launch.first_failure_code(["rank 0 exited with code -15"]) == 1
    assert launch.rank_failures("[WARN] something else\n") == []
    start = launch.free_port(3)
    assert launch.ports_free(start, 3)


def test_status_names_the_ranks_a_run_trained_on():
    from timmyd.service.status import render, run_view

    summary = {"world_size": 2, "rank_hosts": ["mac1", "mac2"], "peak_memory_mb": 10.0}
    run = {"id": 7, "status": "promoted", "method": "simpo",
           "summary": {"methods": {"simpo": {"summary": summary}}, "distributed": {"backend": "ring", "hosts": ["a", "b"]}}}
    view = run_view(run)
    assert view["group"] == {"world_size": 2, "rank_hosts": ["mac1", "mac2"], "backend": "ring"}  # the ranks' own names
    text = render({"daemon": {"running": False}, "threshold": 3, "state_dir": "s", "export_dir": "e", "last_run": view})
    assert "group: 2 ranks (rank 0 mac1, rank 1 mac2), ring" in text
    one = run_view({"id": 8, "status": "promoted", "summary": {"methods": {"simpo": {"summary": {"world_size": 1}}}}})
    assert one["group"] is None


def test_eval_over_ranks_whose_hosts_have_different_base_caches(tiny_model, pairs, tmp_path):
    """Each host keeps its own cache of the base model's log-probs: rank 0's is warm, rank 1's empty. The
    ranks must still run the same collectives (a pair any rank misses is computed by the group) and give
    one process's numbers."""
    trained = _cli_train(tiny_model, pairs, tmp_path / "a", "dpo")
    assert trained.returncode == 0, trained.stderr[-2000:]
    args = [sys.executable, "-m", "timmyd.cli", "eval", "--model", str(tiny_model), "--adapter", str(tmp_path / "a"),
            "--data", str(pairs), "--batch-size", "4", "--gen-prompts", "0", "--json"]
    warm = subprocess.run(args, capture_output=True, text=True, env={**_env(), "TIMMYD_STATE": str(tmp_path / "s0")},
                          stdin=subprocess.DEVNULL, timeout=300)
    assert warm.returncode == 0, warm.stderr[-2000:]
    one = json.loads(warm.stdout.strip().splitlines()[-1])["candidate"]
    assert list((tmp_path / "s0").rglob("*.json"))  # rank 0's host now has a base cache
    port = launch.free_port(2)
    ring = tmp_path / "ring.json"
    ring.write_text(json.dumps([[f"127.0.0.1:{port}"], [f"127.0.0.1:{port + 1}"]]))
    procs = [subprocess.Popen(args, env={**_env(), "MLX_RANK": str(r), "MLX_HOSTFILE": str(ring),
                                         "TIMMYD_STATE": str(tmp_path / f"s{r}")},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)
             for r in (0, 1)]
    try:
        outs = [p.communicate(timeout=180) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    assert [p.returncode for p in procs] == [0, 0], outs[0][1][-2000:] + outs[1][1][-2000:]
    assert outs[1][0].strip() == ""  # only rank 0 prints
    two = json.loads(outs[0][0].strip().splitlines()[-1])["candidate"]
    assert two["world_size"] == 2
    assert two["per_pair"] == one["per_pair"] and two["accuracy_per_token"] == one["accuracy_per_token"]


def test_ranks_stop_when_the_daemon_that_launched_them_dies(tiny_model, pairs, tmp_path):
    """A SIGKILLed daemon cannot stop its workers: the launcher exits when its parent is gone, and each
    rank when its launcher is gone, so no group trains on for a dead run."""
    cfg = _config(tmp_path, _hostfile(tmp_path), method="simpo", batch_size=2, micro_batch_size=1, epochs=50,
                  learning_rate=1e-4)
    dcfg = config_mod.load(cfg).distributed
    args = job_args("train", data=str(pairs), model=str(tiny_model), out=str(tmp_path / "out"), config=str(cfg))
    cmd = worker_command(args, None, dcfg)
    daemon_code = ("import json, os, subprocess, sys, time\n"
                   f"cmd = json.loads({json.dumps(json.dumps(cmd))})\n"
                   "env = {**os.environ, 'TIMMYD_PARENT_PID': str(os.getpid())}\n"
                   "p = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, start_new_session=True)\n"
                   "print(p.pid, flush=True)\n"
                   "time.sleep(600)\n")
    daemon = subprocess.Popen([sys.executable, "-c", daemon_code], stdout=subprocess.PIPE, text=True, env=_env())
    launcher = psutil.Process(int(daemon.stdout.readline()))
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not any(
                m.is_file() and m.read_text().count("\n") >= 2 for m in tmp_path.glob("out.tmp*/metrics.jsonl")):
            time.sleep(0.1)
        ranks = [c for c in launcher.children(recursive=True) if "timmyd.service.worker" in " ".join(c.cmdline())]
        assert len(ranks) == 2
        daemon.kill()
        daemon.wait()
        gone, alive = psutil.wait_procs([launcher, *ranks], timeout=15)
        assert not alive, [p.cmdline()[:4] for p in alive]
    finally:
        daemon.kill()
        for p in [launcher, *launcher.children(recursive=True)] if launcher.is_running() else []:
            p.kill()


def test_the_launcher_does_not_spin_while_its_ranks_wait(tmp_path):
    """mlx.launch polls its stdin and the ranks' stdin pipes without waiting (measured here: 10.9 CPU-s while
    two ranks slept 8 s); the daemon's wrapper must leave the cores to the ranks."""
    import resource

    script = tmp_path / "sleeper.py"
    script.write_text("import time\nimport mlx.core as mx\n"
                      "x = mx.distributed.all_sum(mx.ones(1), group=mx.distributed.init(strict=True))\n"
                      "mx.eval(x)\ntime.sleep(4)\n")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run([sys.executable, "-m", "timmyd.service.launch", "--hosts", "127.0.0.1", "-n", "2", "-p",
                        str(launch.free_port(2)), "--python", sys.executable, "--", str(script)],
                       stdin=subprocess.DEVNULL, capture_output=True, text=True, env=_env(), timeout=60)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert r.returncode == 0, r.stderr[-2000:]
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    assert cpu < 2.0, f"{cpu:.1f} CPU-s for two ranks that slept 4 s"


def test_doctor_checks_that_every_host_answers(tmp_path):
    from timmyd.service.doctor import _distributed, render

    cfg = config_mod.load(_config(tmp_path, _hostfile(tmp_path), batch_size=2))
    d = _distributed(cfg)
    assert "ring" in d["backends"] and d["hosts"] == ["127.0.0.1", "127.0.0.1"]
    assert d["answer"]["ok"] is True and d["answer"]["detail"].startswith("all_sum over 2 ranks = 2 on ")
    (tmp_path / "hosts.json").write_text(json.dumps({"hosts": [
        {"ssh": "127.0.0.1", "ips": ["127.0.0.1"]},
        {"ssh": "no-such-host.invalid", "ips": ["192.0.2.1"]}]}))  # ssh cannot reach it: rank 1 never starts
    bad = _distributed(cfg)
    assert bad["answer"]["ok"] is False and "rank 1" in bad["answer"]["detail"]
    text = render({"platform": {"system": "x", "machine": "y", "python": "3", "cpus": 2, "memory_gb": 1,
                                "available_gb": 1}, "mlx": {"ok": False, "error": "e"},
                   "blas": {"training_worker": "w", "this_process": "p"}, "llama_cpp": {"available": False, "detail": "d"},
                   "gguf": "1", "ollama": {"host": "h", "reachable": False}, "model": {"detail": "m"},
                   "distributed": bad, "problems": []})
    assert "NOT every host answers" in text


def test_every_rank_ends_with_every_pairs_reference(tiny_model, pairs, tmp_path):
    """Training hands a pair to the same rank every epoch, but the final re-scoring and the search's
    bookkeeping do not: each rank must hold ALL the pairs' DPO references, equal to one process's."""
    script = Path(__file__).resolve().parent / "rank_refs.py"
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    r = subprocess.run([sys.executable, str(script), str(tiny_model), str(pairs), str(tmp_path / "one")],
                       capture_output=True, text=True, env=_env(), stdin=subprocess.DEVNULL, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    r = subprocess.run([sys.executable, "-m", "timmyd.service.launch", "--hosts", "127.0.0.1", "-n", "2", "-p",
                        str(launch.free_port(2)), "--python", sys.executable, "--", str(script), str(tiny_model),
                        str(pairs), str(tmp_path / "two")],
                       capture_output=True, text=True, env=_env(), stdin=subprocess.DEVNULL, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    one = json.loads((tmp_path / "one" / "rank0.json").read_text())
    assert len(one) == 13
    for rank in (0, 1):
        assert json.loads((tmp_path / "two" / f"rank{rank}.json").read_text()) == one, rank


def test_launcher_rank_reads_every_launchers_variable(monkeypatch, capsys):
    """mlx.launch sets MLX_RANK, mpirun OMPI_COMM_WORLD_RANK or PMI_RANK: under any of them only rank 0 prints."""
    import argparse

    from timmyd.cli.common import emit

    for var in config_mod.LAUNCHER_RANK_VARS:
        monkeypatch.delenv(var, raising=False)
    assert config_mod.launcher_rank() is None
    emit(argparse.Namespace(json=True), {"a": 1}, "text")
    assert capsys.readouterr().out.strip() == '{"a": 1}'
    for var in config_mod.LAUNCHER_RANK_VARS:
        monkeypatch.setenv(var, "1")
        assert config_mod.launcher_rank() == 1
        emit(argparse.Namespace(json=True), {"a": 1}, "text")
        assert capsys.readouterr().out == ""
        monkeypatch.setenv(var, "0")
        emit(argparse.Namespace(json=False), {"a": 1}, "text")
        assert capsys.readouterr().out == "text\n"
        monkeypatch.delenv(var)
