"""End to end: the real daemon on temp folders, real trainer/evaluator workers, the Ollama stand-in.

Session files are dropped into the watched folder while the service runs (with a malformed one among
them); the debounced watcher ingests them, a cycle trains, evaluates, decides and promotes into the
stand-in, and `timmyd status --json` (a separate process, as the owner would run it) shows it all.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from timmyd.ledger.store import Ledger
from timmyd.ollama.standin.server import StandIn
from timmyd.service.daemon import Daemon
from timmyd.service.demo import SERVED_NAME, demo_sessions, prepare, seed_base
from timmyd.service.status import read_status


def wait_for(pred, timeout):
    end = time.time() + timeout
    while time.time() < end:
        if pred():
            return True
        time.sleep(0.2)
    return False


def status_json(cfg) -> dict:
    env = dict(os.environ, TIMMYD_NO_REEXEC="1")
    out = subprocess.run([sys.executable, "-m", "timmyd.cli", "status", "--json", "--config", cfg.source],
                         env=env, capture_output=True, text=True, timeout=60, check=True).stdout
    return json.loads(out)


@pytest.fixture
def standin(tmp_path):
    with StandIn(port=0, root=tmp_path / "ollama") as s:
        yield s


def test_daemon_ingests_trains_and_promotes_into_standin(tmp_path, standin, monkeypatch):
    monkeypatch.delenv("TIMMYD_STATE", raising=False)  # the config's own state_dir is the one under test
    cfg = prepare(tmp_path / "demo", standin.url, threshold=5, copy_sessions=False)
    seed_base(cfg)
    d = Daemon(cfg)
    t = threading.Thread(target=d.run, daemon=True)
    t.start()
    try:
        assert wait_for(lambda: read_status(cfg.state_path).get("state") == "idle", 60)
        export = cfg.export_path
        bad = export / "session_broken.json"
        bad.write_bytes(b"\x00\xff\xfe not json at all \x00")
        (export / "broken_lines.jsonl").write_text('{"role": "user", "content": "hi"}\n{not json\n')
        for f in sorted(demo_sessions().iterdir()):  # dropped in while the daemon runs
            shutil.copy2(f, export / f.name)
        assert wait_for(lambda: (read_status(cfg.state_path).get("last_run") or {}).get("status")
                        in ("promoted", "rejected", "failed", "succeeded"), 240), read_status(cfg.state_path)
        assert wait_for(lambda: read_status(cfg.state_path).get("state") == "idle", 30)
        assert t.is_alive()  # malformed input did not stop it

        s = status_json(cfg)
        assert s["daemon"]["running"] and s["daemon"]["pid"] == os.getpid() and s["daemon"]["state"] == "idle"
        r = s["last_run"]
        assert r["status"] == "promoted", r
        assert r["promoted_tag"] == f"timmy-demo:run-{r['id']}"
        with Ledger.open(cfg.state_path) as led:
            n_train, n_held = led.count_pairs(split="train"), led.count_pairs(split="heldout")
        assert n_train + n_held == 25 and n_held >= 1  # the samples' 25 genuine pairs, each counted once
        assert r["pairs"] == {"train": n_train, "heldout": n_held}
        assert r["verdict"]["promote"] and r["metrics"]["n_pairs"] == n_held
        assert r["peak_rss_mb"] > 50 and r["peak_memory_mb"] > 0
        assert Path(r["report"]).is_file() and Path(r["report"]).parent.parent == cfg.state_path / "reports"
        assert s["pending_train_pairs"] == 0 and s["threshold"] == 5
        assert s["served"]["tag"] == f"timmy-demo:run-{r['id']}"
        quarantined = {Path(q["path"]).name for q in s["quarantine"]["recent"]}
        assert s["quarantine"]["count"] >= 1 and "session_broken.json" in quarantined
        # the stand-in really holds the promoted model and the served name answers
        assert f"timmy-demo:run-{r['id']}" in standin.models and SERVED_NAME in standin.models
        import httpx
        reply = httpx.post(standin.url + "/api/generate", json={"model": SERVED_NAME, "prompt": "hi",
                                                                "stream": False}, timeout=10).json()
        assert reply["done"] is True and reply["response"]
        with Ledger.open(cfg.state_path) as led:
            assert led.count_pairs(split="train", unused_only=True) == 0
            run = led.run(r["id"])
            assert Path(run["adapter_dir"], "adapters.safetensors").is_file()
            # the search's validation pairs are training pairs, never held-out ones
            train_keys = {p.key for p in led.pairs(split="train")}
            held_keys = {p.key for p in led.pairs(split="heldout")}
            for m in run["summary"]["methods"].values():
                val = set(m["summary"]["search"]["validation_keys"])
                assert val and val <= train_keys and not val & held_keys
            assert not list((cfg.state_path / "adapters").glob("*.tmp*"))
    finally:
        d.request_stop()
        t.join(30)
    assert not t.is_alive()
    assert read_status(cfg.state_path)["state"] == "stopped"


def test_demo_command_runs_one_cycle(tmp_path):
    env = dict(os.environ, TIMMYD_NO_REEXEC="1", OLLAMA_HOST="http://127.0.0.1:9")  # nothing answers there
    env.pop("TIMMYD_STATE", None)
    p = subprocess.run([sys.executable, "-m", "timmyd.cli", "demo", "--dir", str(tmp_path / "d"), "--json"],
                       env=env, capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    r = json.loads(p.stdout)
    assert r["ok"] and r["ollama"] == "stand-in" and r["run"]["status"] == "promoted"
    assert r["status"]["state_dir"] == str(tmp_path / "d" / "state")
    assert "promoted   timmy-demo:run-1" in r["status_text"]
    assert (tmp_path / "d" / "state" / "logs" / "timmyd.log").is_file()


@pytest.mark.slow
def test_real_trainer_killed_mid_training(tmp_path, standin, monkeypatch):
    """The real `timmyd train` worker SIGKILLed after its first optimizer step: the run is recorded as
    failed, its temp dir is removed, pairs stay unused and the daemon goes on."""
    import psutil

    monkeypatch.delenv("TIMMYD_STATE", raising=False)
    cfg = prepare(tmp_path / "demo", standin.url, threshold=5, train={"iters": 400, "method": "dpo"})
    d = Daemon(cfg)
    t = threading.Thread(target=d.run, daemon=True)
    t.start()
    try:
        adapters = cfg.state_path / "adapters"
        assert wait_for(lambda: any(p.stat().st_size for p in adapters.glob("*.tmp-*/metrics.jsonl")), 180)
        me = psutil.Process()
        worker = next(c for c in me.children(recursive=True) if "timmyd.service.worker" in " ".join(c.cmdline()))
        worker.kill()
        assert wait_for(lambda: (read_status(cfg.state_path).get("last_run") or {}).get("status") == "failed", 60)
        assert t.is_alive()
        with Ledger.open(cfg.state_path) as led:
            run = led.last_run()
            assert "worker killed by signal 9" in run["error"]
            assert led.count_pairs(split="train", unused_only=True) == run["info"]["train_pairs"] > 0
        assert not list(adapters.glob("*"))
    finally:
        d.request_stop()
        t.join(30)


@pytest.mark.slow
def test_sigterm_during_real_training_stops_cleanly(tmp_path, standin, monkeypatch):
    """`timmyd run` (a real process) gets SIGTERM while its trainer works: it terminates the worker,
    records the run as interrupted, leaves no temp dir and exits 0 within launchd's 30 s ExitTimeOut."""
    import signal

    import psutil

    monkeypatch.delenv("TIMMYD_STATE", raising=False)  # the daemon process uses the config's state_dir
    cfg = prepare(tmp_path / "demo", standin.url, threshold=5, train={"iters": 400})
    env = {k: v for k, v in os.environ.items() if k not in ("TIMMYD_STATE", "TIMMYD_CONFIG")}
    p = subprocess.Popen([sys.executable, "-m", "timmyd.cli", "run", "--config", cfg.source], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        adapters = cfg.state_path / "adapters"
        assert wait_for(lambda: any(f.stat().st_size for f in adapters.glob("*.tmp-*/metrics.jsonl")), 180)
        workers = psutil.Process(p.pid).children(recursive=True)
        assert workers
        t0 = time.time()
        p.send_signal(signal.SIGTERM)
        p.wait(timeout=30)
        assert time.time() - t0 < 30 and p.returncode == 0
        assert not any(w.is_running() and w.status() != psutil.STATUS_ZOMBIE for w in workers)
    finally:
        if p.poll() is None:
            p.kill()
    with Ledger.open(cfg.state_path) as led:
        run = led.last_run()
        assert run["status"] == "failed" and run["error"].startswith("interrupted")
        assert led.count_pairs(split="train", unused_only=True) == run["info"]["train_pairs"]
    assert not list(adapters.glob("*"))
    assert read_status(cfg.state_path)["state"] == "stopped"


@pytest.mark.slow
def test_both_methods_real_cycle(tmp_path, standin, monkeypatch):
    """method = both with the real trainer and evaluator: both adapters trained on the same pairs and
    evaluated on the same held-out set; the candidate is the one the verdict rule prefers."""
    from timmyd.evaluate.verdict import decide

    monkeypatch.delenv("TIMMYD_STATE", raising=False)
    cfg = prepare(tmp_path / "demo", standin.url, threshold=5, train={"method": "both"})
    seed_base(cfg)
    assert Daemon(cfg).run(once=True) == 0
    with Ledger.open(cfg.state_path) as led:
        run = led.last_run()
    s = run["summary"]
    assert run["status"] in ("promoted", "rejected"), run["error"]
    assert set(s["methods"]) == {"dpo", "simpo"} and all(m["ok"] for m in s["methods"].values())
    assert s["eval"]["dpo"]["pairs_digest"] == s["eval"]["simpo"]["pairs_digest"]
    simpo_wins = decide(s["eval"]["simpo"], s["eval"]["dpo"], cfg.verdict).promote
    assert s["candidate"] == ("simpo" if simpo_wins else "dpo")
    assert s["methods"]["simpo"]["summary"]["method"] == "simpo"
