"""The daemon: planning rules, the service loop with fake workers, signals, the lock, launchd rendering."""

from __future__ import annotations

import dataclasses
import json
import os
import plistlib
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

import psutil
import pytest
from loguru import logger

from timmyd import config as config_mod
from timmyd.ledger.store import Ledger, NewPair
from timmyd.pairs import Message, Pair
from timmyd.service.daemon import Daemon
from timmyd.service.lock import DaemonLock
from timmyd.service.planning import in_quiet_hours, plan
from timmyd.service.status import read_status

REPO = Path(__file__).resolve().parent.parent
FAKE = Path(__file__).parent / "daemon_fakes.py"


def make_cfg(tmp_path: Path, model: str | None = None, train: dict | None = None, **daemon) -> config_mod.Config:
    model_dir = Path(model) if model else tmp_path / "model"
    if not model:
        model_dir.mkdir(exist_ok=True)
        (model_dir / "config.json").write_text(json.dumps({"hidden_size": 64, "num_hidden_layers": 2,
                                                            "vocab_size": 512, "intermediate_size": 128}))
    d = {"threshold": 3, "cooldown_minutes": 0.0, "debounce_seconds": 0.2, "rescan_minutes": 60.0, **daemon}
    lines = [f'state_dir = "{tmp_path / "state"}"', f'export_dir = "{tmp_path / "export"}"',
             f'model = "{model_dir}"', "[daemon]", *[f"{k} = {json.dumps(v)}" for k, v in d.items()],
             "[memory]", "budget_gb = 4.0", "reserve_gb = 0.0", "poll_seconds = 0.05", "[train]",
             *[f"{k} = {json.dumps(v)}" for k, v in {"method": "dpo", **(train or {})}.items()]]
    p = tmp_path / "timmyd.toml"
    p.write_text("\n".join(lines) + "\n")
    return config_mod.load(p)


def cfg_at(hhmm: str, quiet: str):
    c = config_mod.Config(daemon=config_mod.DaemonConfig(quiet_hours=quiet))
    h, m = map(int, hhmm.split(":"))
    return c, datetime(2026, 5, 1, h, m)


def test_quiet_hours_including_windows_across_midnight():
    c, now = cfg_at("23:30", "23:00-07:00")
    assert in_quiet_hours(c, now) == datetime(2026, 5, 2, 7, 0)
    c, now = cfg_at("06:59", "23:00-07:00")
    assert in_quiet_hours(c, now) == datetime(2026, 5, 1, 7, 0)
    c, now = cfg_at("07:00", "23:00-07:00")
    assert in_quiet_hours(c, now) is None
    c, now = cfg_at("12:00", "09:00-18:00")
    assert in_quiet_hours(c, now) == datetime(2026, 5, 1, 18, 0)
    c, now = cfg_at("08:59", "09:00-18:00")
    assert in_quiet_hours(c, now) is None
    assert in_quiet_hours(config_mod.Config(), now) is None


def test_plan_threshold_heldout_cooldown():
    c = config_mod.Config(daemon=config_mod.DaemonConfig(threshold=10, cooldown_minutes=30.0))
    now = 1_000_000.0
    assert plan(c, 9, 5, None, now) == (False, None, "waiting for pairs (9/10)")
    assert plan(c, 10, 0, None, now)[0] is False
    assert plan(c, 10, 2, None, now) == (True, now, "")
    due, at, why = plan(c, 10, 2, now - 600, now)  # last cycle 10 min ago; cooldown 30 min
    assert not due and at == now + 1200 and why.startswith("cooldown")
    assert plan(c, 10, 2, now - 1800, now)[0] is True
    # after a failed cycle the pause is at least [daemon] failed_backoff_minutes (10), even with cooldown 0
    c0 = config_mod.Config(daemon=config_mod.DaemonConfig(threshold=10, cooldown_minutes=0.0))
    assert plan(c0, 10, 2, now - 60, now) == (True, now, "")
    due, at, why = plan(c0, 10, 2, now - 60, now, last_failed=True)
    assert not due and at == now - 60 + 600 and "failed" in why


def _seed(state: Path, n_train: int, n_held: int = 2, tag: str = "q") -> list[str]:
    pairs = [Pair((Message("user", f"{tag}{i}"),), f"ok {i}", f"long answer {i}") for i in range(n_train + n_held)]
    with Ledger.open(state) as led:
        led.add_pairs([NewPair(p, "train" if i < n_train else "heldout", "f", str(i)) for i, p in enumerate(pairs)])
    return [p.key for p in pairs[:n_train]]


@pytest.fixture
def fake_promote(tmp_path):
    """The promotions the fake `timmyd promote` worker made: [(adapter_dir, run_id)]."""
    log = tmp_path / "state" / "fake-promote.jsonl"

    def calls():
        if not log.exists():
            return []
        return [(c["adapter"], c["run_id"]) for c in map(json.loads, log.read_text().splitlines())]

    return calls


def fake_launcher(args):
    return [sys.executable, str(FAKE), *args]


def start(d: Daemon) -> threading.Thread:
    t = threading.Thread(target=d.run, daemon=True)
    t.start()
    return t


def wait_for(pred, timeout=30.0):
    end = time.time() + timeout
    while time.time() < end:
        if pred():
            return True
        time.sleep(0.05)
    return False


def test_service_runs_a_both_cycle_and_promotes_the_better_method(tmp_path, monkeypatch, fake_promote):
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "8")
    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    cfg = make_cfg(tmp_path, train={"method": "both"})
    _seed(cfg.state_path, 3)
    d = Daemon(cfg, launcher=fake_launcher)
    t = start(d)
    try:
        assert wait_for(lambda: d.cycles >= 1 and read_status(cfg.state_path).get("state") == "idle")
    finally:
        d.request_stop()
        t.join(20)
    assert not t.is_alive()
    with Ledger.open(cfg.state_path) as led:
        run = led.last_run()
        assert run["status"] == "promoted", run.get("error")
        s = run["summary"]
        assert s["candidate"] == "simpo"  # 0.8 beats DPO's 0.6 by the verdict rule
        assert s["eval"]["dpo"]["accuracy_per_token"] == 0.6 and "per_pair" not in s["eval"]["dpo"]
        assert run["verdict"]["promote"] and run["adapter_dir"].endswith(f"{run['id']}-simpo")
        assert s["report"]["html"].startswith(str(cfg.state_path / "adapters" / f"{run['id']}-dpo"))
        assert led.count_pairs(split="train", unused_only=True) == 0  # consumed exactly once
        assert {r["run_id"] for r in led.pair_rows(split="train")} == {run["id"]}
    assert fake_promote() == [(run["adapter_dir"], run["id"])]
    st = read_status(cfg.state_path)
    assert st["state"] == "stopped" and st["last_run"]["status"] == "promoted"


def test_worker_killed_mid_training_daemon_survives_and_records_it(tmp_path, monkeypatch, fake_promote):
    monkeypatch.setenv("FAKE_SLEEP", "60")
    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    cfg = make_cfg(tmp_path, cooldown_minutes=60.0)
    _seed(cfg.state_path, 3)
    served = tmp_path / "served"  # the adapter in service, promoted by an earlier cycle two hours ago
    served.mkdir()
    (served / "adapters.safetensors").write_bytes(b"weights in service")
    (served / "adapter_config.json").write_text("{}")
    with Ledger.open(cfg.state_path) as led:
        rid0 = led.start_run("cycle", "dpo")
        led.finish_run(rid0, "promoted", adapter_dir=str(served), finished=time.time() - 7200)
        led.record_promotion(rid0, "timmy:run-0", cfg.promote.served_name, "adapter", "promoted")
    d = Daemon(cfg, launcher=fake_launcher)
    t = start(d)
    try:
        me = psutil.Process()
        assert wait_for(lambda: any("daemon_fakes.py" in " ".join(c.cmdline()) for c in me.children(recursive=True)))
        worker = next(c for c in me.children(recursive=True) if "daemon_fakes.py" in " ".join(c.cmdline()))
        cmd = worker.cmdline()
        assert json.loads(cmd[-1])["init_adapter"] == str(served)  # trains on top of the served adapter
        worker.kill()
        assert wait_for(lambda: read_status(cfg.state_path).get("state") == "idle")
        assert t.is_alive()  # the daemon survived
        with Ledger.open(cfg.state_path) as led:
            run = led.last_run()
            assert run["status"] == "failed" and "worker killed by signal 9" in run["error"]
            assert led.count_pairs(split="train", unused_only=True) == 3  # nothing consumed
        assert not list((cfg.state_path / "adapters").glob("*"))  # no half-written candidate
        assert (served / "adapters.safetensors").read_bytes() == b"weights in service"
        assert sorted(p.name for p in served.iterdir()) == ["adapter_config.json", "adapters.safetensors"]
        with Ledger.open(cfg.state_path) as led:
            assert led.current_promotion()["run_id"] == rid0  # still in service
        assert fake_promote() == []
        assert read_status(cfg.state_path)["blocked_by"].startswith("cooldown")
    finally:
        d.request_stop()
        t.join(20)


def test_stop_during_training_terminates_worker_and_records_run(tmp_path, monkeypatch, fake_promote):
    monkeypatch.setenv("FAKE_SLEEP", "60")
    cfg = make_cfg(tmp_path)
    _seed(cfg.state_path, 3)
    d = Daemon(cfg, launcher=fake_launcher)
    t = start(d)
    me = psutil.Process()
    assert wait_for(lambda: any("daemon_fakes.py" in " ".join(c.cmdline()) for c in me.children(recursive=True)))
    t0 = time.time()
    d.request_stop()
    t.join(30)
    assert not t.is_alive() and time.time() - t0 < 15
    assert not [c for c in me.children(recursive=True) if "daemon_fakes.py" in " ".join(c.cmdline())]
    with Ledger.open(cfg.state_path) as led:
        run = led.last_run()
        assert run["status"] == "failed" and run["error"].startswith("interrupted")
        assert led.count_pairs(split="train", unused_only=True) == 3


def test_crash_recovery_marks_stale_runs_failed(tmp_path):
    cfg = make_cfg(tmp_path, threshold=100)
    with Ledger.open(cfg.state_path) as led:
        rid = led.start_run("cycle", "dpo")
    tmp = cfg.state_path / "adapters" / f"{rid}-dpo.tmp-123"
    tmp.mkdir(parents=True)
    assert Daemon(cfg).run(once=True) == 0
    with Ledger.open(cfg.state_path) as led:
        run = led.run(rid)
    assert run["status"] == "failed" and "interrupted" in run["error"]
    assert not tmp.exists()
    assert read_status(cfg.state_path)["state"] == "stopped"


def test_recovery_gives_back_pairs_settles_promotions_and_does_not_back_off(tmp_path, monkeypatch, fake_promote):
    """One rule for every crash point: a run left 'running' consumed nothing; a 'succeeded' run whose
    promotion completed is 'promoted'; an attempt left 'in_progress' is 'interrupted' and retried at
    the first check; a crash is not a failed training (no back-off), a failed training is."""
    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "8")
    cfg = make_cfg(tmp_path, failed_backoff_minutes=10.0)
    keys = _seed(cfg.state_path, 3)
    with Ledger.open(cfg.state_path) as led:
        dead = led.start_run("cycle", "dpo")
        led.mark_used(keys, dead)  # a daemon of an older version consumed them before dying
        won = led.start_run("cycle", "dpo")
        led.finish_run(won, "succeeded", adapter_dir=str(tmp_path))
        led.record_promotion(won, "timmy:run-2", cfg.promote.served_name, "adapter", "promoted")
        cut = led.record_promotion(won, "timmy:run-2-x", "other:latest", "adapter", "in_progress")
    d = Daemon(cfg, launcher=fake_launcher)
    with Ledger.open(cfg.state_path) as led:
        d.ledger = led
        out = d.recover()
        assert out["runs_failed"] == 1 and out["runs_marked_promoted"] == 1 and out["interrupted_promotions"] == 1
        assert led.count_pairs("train", unused_only=True) == 3  # given back
        assert led.run(won)["status"] == "promoted"
        assert next(p for p in led.promotions() if p["id"] == cut)["status"] == "interrupted"
        assert d.last_cycle()[1] is False  # the dead run was interrupted, not a failed training
        led.finish_run(led.start_run("cycle", "dpo"), "failed", error="dpo: worker exited with code 1")
        assert d.last_cycle()[1] is True
        d.ledger = None
    # the pairs given back train at once (an interrupted run does not block the next cycle)
    with Ledger.open(cfg.state_path) as led:
        led.update_run(led.last_run()["id"], error="interrupted: the daemon was stopped during training")
    assert Daemon(cfg, launcher=fake_launcher).run(once=True) == 0
    with Ledger.open(cfg.state_path) as led:
        assert led.last_run()["status"] == "promoted" and led.count_pairs("train", unused_only=True) == 0
    assert read_status(cfg.state_path)["pending_train_pairs"] == 0  # status.json is not stale after --once


def test_a_killed_promotion_worker_is_resumed_at_the_next_check(tmp_path, monkeypatch, fake_promote):
    """The verdict (and the pairs' consumption) is durable before the promotion starts: a promotion
    worker that dies leaves a 'succeeded' run whose promotion the next start completes."""
    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "8")
    cfg = make_cfg(tmp_path)
    _seed(cfg.state_path, 3)

    def killed_promote(a):
        return [sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGKILL)"] \
            if a[0] == "promote" else fake_launcher(a)

    assert Daemon(cfg, launcher=killed_promote).run(once=True) == 0
    with Ledger.open(cfg.state_path) as led:
        run = led.last_run()
        assert run["status"] == "succeeded" and run["pairs_used"] == 3
        assert led.count_pairs("train", unused_only=True) == 0
    assert Daemon(cfg, launcher=fake_launcher).run(once=True) == 0
    with Ledger.open(cfg.state_path) as led:
        assert led.run(run["id"])["status"] == "promoted" and len(led.runs()) == 1
    assert [c[1] for c in fake_promote()] == [run["id"]]


def _cli(args, env=None, **kw):
    e = dict(os.environ, TIMMYD_NO_REEXEC="1", **(env or {}))
    return subprocess.Popen([sys.executable, "-m", "timmyd.cli", *args], env=e, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def test_second_daemon_refuses_to_start(tmp_path):
    cfg = make_cfg(tmp_path)
    with DaemonLock(cfg.state_path):
        p = _cli(["run", "--config", cfg.source])
        out, err = p.communicate(timeout=60)
    assert p.returncode == 2
    assert f"another timmyd daemon is already running (pid {os.getpid()}" in err


def test_sigterm_stops_the_service_cleanly(tmp_path):
    cfg = make_cfg(tmp_path, threshold=1000)
    p = _cli(["run", "--config", cfg.source])
    try:
        assert wait_for(lambda: read_status(cfg.state_path).get("state") == "idle", 60), p.stderr
        st = read_status(cfg.state_path)
        assert st["pid"] == p.pid and st["blocked_by"] == "waiting for pairs (0/1000)"
        p.send_signal(signal.SIGTERM)
        p.wait(timeout=30)
    finally:
        if p.poll() is None:
            p.kill()
    assert p.returncode == 0
    assert read_status(cfg.state_path)["state"] == "stopped"
    assert (cfg.state_path / "logs" / "timmyd.log").read_text().count("timmyd stopped") == 1


def test_launchd_plist_renders_and_parses(tmp_path):
    from timmyd.service import launchd as launchagent
    cfg = make_cfg(tmp_path)
    text = launchagent.render(cfg, executable="/opt/timmy & co/.venv/bin/timmyd")
    d = plistlib.loads(text.encode())
    assert d["Label"] == "ai.timmy.timmyd"
    assert d["ProgramArguments"] == ["/opt/timmy & co/.venv/bin/timmyd", "run", "--config", cfg.source]
    assert d["KeepAlive"] == {"SuccessfulExit": False} and d["ThrottleInterval"] >= 10
    assert d["ProcessType"] == "Background" and d["LowPriorityIO"] is True and d["Nice"] > 0
    assert d["StandardOutPath"] == str(cfg.state_path / "logs" / "launchd.out.log")
    assert d["StandardErrorPath"].startswith(str(cfg.state_path / "logs"))
    assert d["EnvironmentVariables"]["TIMMYD_CONFIG"] == cfg.source
    assert d["EnvironmentVariables"]["PATH"].startswith("/opt/timmy & co/.venv/bin:")
    r = launchagent.install(cfg, dry_run=True)
    assert not r["applied"] and r["commands"][0].startswith(f"launchctl bootstrap gui/{os.getuid()} ")
    assert launchagent.uninstall(dry_run=True)["commands"][0] == f"launchctl bootout gui/{os.getuid()}/ai.timmy.timmyd"


def test_cycle_refused_by_preflight_records_every_rung(tmp_path, fake_promote):
    """A budget below any rung's estimate: no worker starts, the run fails naming the guard, pairs stay."""
    cfg = make_cfg(tmp_path)
    cfg = dataclasses.replace(cfg, memory=config_mod.MemoryConfig(budget_gb=0.05, reserve_gb=0.0))
    _seed(cfg.state_path, 3)
    started = []
    d = Daemon(cfg, launcher=lambda a: started.append(a) or [sys.executable, "-c", "pass"])
    assert d.run(once=True) == 1  # the cycle failed
    assert started == []
    with Ledger.open(cfg.state_path) as led:
        run = led.last_run()
        assert run["status"] == "failed" and "memory guard: no rung of the ladder fits" in run["error"]
        attempts = run["summary"]["methods"]["dpo"]["attempts"]
        assert [a["rung"]["step"] for a in attempts][:3] == ["configured", "gradient checkpointing on",
                                                             "max sequence length 1024 -> 512"]
        assert all(not a["fits"] and a["estimate_gb"] > a["limit_gb"] == 0.05 for a in attempts)
        assert attempts[-1]["rung"]["method"] == "simpo"
        assert led.count_pairs(split="train", unused_only=True) == 3
    from timmyd.service.status import gather
    assert len(gather(cfg)["last_run"]["ladder"]) == len(attempts)


def test_served_adapter_of_another_base_model_is_not_used(tmp_path):
    from timmyd.service.cycle import served_adapter
    cfg = make_cfg(tmp_path)
    ad = tmp_path / "served"
    ad.mkdir()
    with Ledger.open(cfg.state_path) as led:
        rid = led.start_run("cycle", "dpo")
        led.finish_run(rid, "promoted", adapter_dir=str(ad))
        led.record_promotion(rid, "timmy:run-1", cfg.promote.served_name, "adapter", "promoted")
        (ad / "adapter_config.json").write_text(json.dumps({"model": cfg.model}))
        assert served_adapter(cfg, led)[1] == str(ad)
        (ad / "adapter_config.json").write_text(json.dumps({"model": str(tmp_path / "other-base")}))
        cur, path = served_adapter(cfg, led)
        assert cur["run_id"] == rid and path is None


def test_once_exit_code_says_whether_the_cycle_failed(tmp_path, monkeypatch, fake_promote):
    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "8")
    cfg = make_cfg(tmp_path)
    _seed(cfg.state_path, 3)
    assert Daemon(cfg, launcher=fake_launcher).run(once=True) == 0  # promoted
    _seed(cfg.state_path, 3, tag="second batch ")
    assert Daemon(cfg, launcher=lambda a: [sys.executable, "-c", "raise SystemExit(1)"]).run(once=True) == 1
    with Ledger.open(cfg.state_path) as led:
        assert [r["status"] for r in led.runs()] == ["failed", "promoted"]


def test_promotion_retried_when_ollama_was_unreachable(tmp_path, monkeypatch, fake_promote):
    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "8")
    monkeypatch.setenv("FAKE_PROMOTE", "unreachable")
    cfg = make_cfg(tmp_path)
    _seed(cfg.state_path, 3)
    assert Daemon(cfg, launcher=fake_launcher).run(once=True) == 0
    with Ledger.open(cfg.state_path) as led:
        run = led.last_run()
        assert run["status"] == "succeeded" and run["summary"]["promotion"]["status"] == "unreachable"
        assert led.current_promotion() is None
    monkeypatch.setenv("FAKE_PROMOTE", "promoted")  # Ollama is back; the next check promotes the winner
    assert Daemon(cfg, launcher=fake_launcher).run(once=True) == 0
    with Ledger.open(cfg.state_path) as led:
        run = led.run(run["id"])
        assert run["status"] == "promoted" and run["summary"]["promotion"]["status"] == "promoted"
        assert led.current_promotion()["run_id"] == run["id"] and len(led.runs()) == 1
    assert [c[1] for c in fake_promote()] == [run["id"], run["id"]]
    assert Daemon(cfg, launcher=fake_launcher).run(once=True) == 0  # nothing left to retry
    assert len(fake_promote()) == 2


def test_prune_keeps_newest_and_promoted_runs(tmp_path):
    from timmyd.service.cycle import prune
    cfg = make_cfg(tmp_path, keep_runs=2)
    state = cfg.state_path
    with Ledger.open(state) as led:
        ids = []
        for i in range(5):
            rid = led.start_run("cycle", "dpo")
            led.finish_run(rid, "promoted" if i == 1 else "rejected")
            ids.append(rid)
            (state / "runs" / str(rid)).mkdir(parents=True)
            (state / "adapters" / f"{rid}-dpo").mkdir(parents=True)
        led.record_promotion(ids[1], "timmy:run-2", cfg.promote.served_name, "adapter", "promoted")
        removed = prune(cfg, led)
    left = sorted(int(p.name) for p in (state / "runs").iterdir())
    assert left == [ids[1], ids[3], ids[4]]  # newest two + the one in service
    assert sorted(p.name for p in (state / "adapters").iterdir()) == [f"{i}-dpo" for i in (ids[1], ids[3], ids[4])]
    assert len(removed) == 4


def test_ingest_runs_in_a_worker_when_it_needs_the_model(tmp_path):
    """[mining] rejected_from_base generates replies with the base model: that ingest runs as a guarded
    worker so MLX never loads into the long-lived daemon."""
    cfg = make_cfg(tmp_path, threshold=100)
    Path(cfg.source).write_text(Path(cfg.source).read_text() + "[mining]\nrejected_from_base = true\n")
    cfg = config_mod.load(cfg.source)
    cfg.export_path.mkdir()
    (cfg.export_path / "s.jsonl").write_text("{}\n")
    launched = []
    d = Daemon(cfg, launcher=lambda a: launched.append(a) or fake_launcher(a))
    assert d.run(once=True) == 0
    assert launched and launched[0][0] == "ingest" and json.loads(launched[0][1])["paths"] == [str(cfg.export_path)]
    assert d.status["last_ingest"]["result"]["paths"] == [str(cfg.export_path)]


def test_a_candidate_that_fails_its_verdict_is_not_promoted(tmp_path, monkeypatch, fake_promote):
    """The fake evaluation scores the DPO candidate 0.4 against the base's 0.5: the verdict rule
    (accuracy must exceed the bar) rejects it, so no promotion worker starts and the served model stays;
    the pairs are consumed all the same (a rejection is a verdict)."""
    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "8")
    monkeypatch.setenv("FAKE_EVAL_ACC", json.dumps({"-dpo": 0.4}))
    cfg = make_cfg(tmp_path)
    _seed(cfg.state_path, 3)
    assert Daemon(cfg, launcher=fake_launcher).run(once=True) == 0
    with Ledger.open(cfg.state_path) as led:
        run = led.last_run()
        assert run["status"] == "rejected", run.get("error")
        v = run["verdict"]
        assert v["promote"] is False and v["against"] == "base"
        acc = next(c for c in v["checks"] if c["name"] == "accuracy")
        assert not acc["passed"] and acc["numbers"]["candidate"] == 0.4 and acc["numbers"]["current"] == 0.5
        assert led.current_promotion() is None and led.promotions() == []
        assert led.count_pairs(split="train", unused_only=True) == 0
    assert fake_promote() == []


def test_a_search_with_no_candidate_is_recorded_and_promotes_nothing(tmp_path, monkeypatch, fake_promote):
    """Every method's search found no checkpoint within the chosen-drift limit: the run is a durable
    "rejected" (its verdict says no candidate, what was tried is in the record), nothing is evaluated or
    promoted, and the pairs are consumed (the next cycle waits for new pairs)."""
    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "8")
    monkeypatch.setenv("FAKE_NO_CANDIDATE", "1")
    log = tmp_path / "evals.jsonl"
    monkeypatch.setenv("FAKE_EVAL_LOG", str(log))
    cfg = make_cfg(tmp_path)
    _seed(cfg.state_path, 3)
    assert Daemon(cfg, launcher=fake_launcher).run(once=True) == 0
    with Ledger.open(cfg.state_path) as led:
        run = led.last_run()
        assert run["status"] == "rejected", run.get("error")
        assert run["verdict"]["promote"] is False and run["verdict"]["no_candidate"] is True
        assert "no candidate" in run["verdict"]["summary"] and "no candidate" in run["error"]
        tried = run["summary"]["methods"]["dpo"]["search"]
        assert tried["winner"] is None and tried["candidates"][0]["name"] == "lr=2e-06"
        assert led.current_promotion() is None and led.count_pairs(split="train", unused_only=True) == 0
    assert not log.exists() and fake_promote() == []
    from timmyd.service.status import gather, render
    text = render(gather(cfg))  # the owner reads why nothing was promoted
    assert "rejected" in text and "no candidate" in text


def test_second_cycle_is_judged_against_the_adapter_in_service(tmp_path, monkeypatch, fake_promote):
    """Cycle 1 promotes its DPO adapter (0.6 vs the base's 0.5). Cycle 2's candidate also scores 0.6:
    against the base it would pass, against the adapter in service (0.6) it is no gain, so it must be
    evaluated `against` the served adapter and rejected."""
    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "8")
    log = tmp_path / "evals.jsonl"
    monkeypatch.setenv("FAKE_EVAL_LOG", str(log))
    cfg = make_cfg(tmp_path)
    _seed(cfg.state_path, 3)
    assert Daemon(cfg, launcher=fake_launcher).run(once=True) == 0
    with Ledger.open(cfg.state_path) as led:
        first = led.last_run()
        assert first["status"] == "promoted" and led.current_promotion()["run_id"] == first["id"]
    served = first["adapter_dir"]
    assert served.endswith(f"{first['id']}-dpo")
    _seed(cfg.state_path, 3, tag="second batch ")
    assert Daemon(cfg, launcher=fake_launcher).run(once=True) == 0
    specs = [json.loads(line) for line in log.read_text().splitlines()]
    assert [s.get("against") for s in specs] == [None, served]
    with Ledger.open(cfg.state_path) as led:
        second = led.last_run()
        assert second["id"] != first["id"] and second["status"] == "rejected", second.get("error")
        assert led.current_promotion()["run_id"] == first["id"]  # still in service
        v = second["verdict"]
        assert v["promote"] is False and v["against"] == "current"
        acc = next(c for c in v["checks"] if c["name"] == "accuracy")
        assert acc["numbers"]["candidate"] == 0.6 == acc["numbers"]["current"] and not acc["passed"]
        assert second["summary"]["eval"]["current"]["adapter"] == served
        # the boilerplate openers are learned from every training pair of the ledger (both batches, used or
        # not), never from the held-out pairs being measured
        from timmyd.pairs import read_pairs
        learned = {p.key for p in read_pairs(specs[1]["openers_from"])}
        assert learned == {p.key for p in led.pairs(split="train")} and len(learned) == 6
        assert not learned & {p.key for p in led.pairs(split="heldout")}
    assert [c[1] for c in fake_promote()] == [first["id"]]


def _quiet_window_around_now() -> str:
    now = datetime.now()
    m = now.hour * 60 + now.minute
    start, end = (m - 60) % 1440, (m + 60) % 1440
    return f"{start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d}"


def test_quiet_hours_keep_the_daemon_from_starting_a_cycle(tmp_path, fake_promote):
    """Enough pairs, no cooldown, but the quiet window holds the time now: no worker starts, and the
    status says why and when it looks again (the window's end)."""
    cfg = make_cfg(tmp_path, quiet_hours=_quiet_window_around_now())
    _seed(cfg.state_path, 3)
    started = []
    d = Daemon(cfg, launcher=lambda a: started.append(a) or fake_launcher(a))
    assert d.run(once=True) == 0
    assert started == [] and d.cycles == 0
    with Ledger.open(cfg.state_path) as led:
        assert led.runs() == [] and led.count_pairs(split="train", unused_only=True) == 3
    d = Daemon(cfg, launcher=lambda a: started.append(a) or fake_launcher(a))
    with Ledger.open(cfg.state_path) as led:
        d.ledger = led
        wake = d.step_once(force_events=True)
        d.ledger = None
    assert started == [] and d.status["blocked_by"] == f"quiet hours ({cfg.daemon.quiet_hours})"
    # it looks again when the window ends, 60 minutes from now (give or take the minute it began in)
    assert 58 * 60 <= wake - time.monotonic() <= 61 * 60


def test_periodic_rescan_picks_up_a_file_no_event_announced(tmp_path, monkeypatch):
    """With the file watcher deaf (a stand-in observer that never reports), a pair file written after
    the start is still ingested: by the APScheduler rescan every `rescan_minutes` (here 0.6 s)."""
    import watchdog.observers

    from timmyd.pairs import write_pairs

    class DeafObserver:
        def __init__(self, *a, **k):
            self.daemon = True

        def schedule(self, *a, **k):
            pass

        def start(self):
            pass

        def stop(self):
            pass

        def join(self, timeout=None):
            pass

    monkeypatch.setattr(watchdog.observers, "Observer", DeafObserver)
    cfg = make_cfg(tmp_path, threshold=1000, rescan_minutes=0.01)
    d = Daemon(cfg, launcher=fake_launcher)
    t = start(d)
    try:
        assert wait_for(lambda: read_status(cfg.state_path).get("state") == "idle")
        pairs = [Pair((Message("user", f"late question {i}"),), f"ok {i}", f"long answer {i}") for i in range(4)]
        write_pairs(cfg.export_path / "late.jsonl", pairs)
        assert wait_for(lambda: (d.status.get("last_ingest") or {}).get("result", {}).get("pairs_added") == 4, 20)
    finally:
        d.request_stop()
        t.join(20)
    with Ledger.open(cfg.state_path) as led:
        assert led.count_pairs() == 4


def test_promotion_retry_runs_at_most_once_per_rescan_interval(tmp_path, monkeypatch, fake_promote):
    """Ollama stays down: the daemon retries the winner's promotion at its first check, not again at
    the next checks within `rescan_minutes`, and again once that interval has passed."""
    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "8")
    monkeypatch.setenv("FAKE_PROMOTE", "unreachable")
    cfg = make_cfg(tmp_path, rescan_minutes=60.0)
    _seed(cfg.state_path, 3)
    assert Daemon(cfg, launcher=fake_launcher).run(once=True) == 0
    assert len(fake_promote()) == 1  # the cycle's own attempt
    d = Daemon(cfg, launcher=fake_launcher)
    with Ledger.open(cfg.state_path) as led:
        d.ledger = led
        d.step_once(force_events=True)
        assert len(fake_promote()) == 2  # the first check retries
        d.step_once(force_events=True)
        d.step_once(force_events=True)
        assert len(fake_promote()) == 2  # not again within the interval
        d._last_retry -= 60 * 60 + 1  # an hour later
        d.step_once(force_events=True)
        assert len(fake_promote()) == 3
        assert led.last_run()["status"] == "succeeded"
        d.ledger = None


def test_the_cycle_record_its_files_and_its_steps(tmp_path, monkeypatch, fake_promote):
    """One cycle, called as the daemon calls it, with two train pairs an earlier run used, a leftover
    folder where this run's goes (a ledger reset that kept the state), and the steps recorded: it trains
    on exactly the unused train pairs, evaluates on exactly the held-out ones, and records what it did
    in the ledger (the record `timmyd status` and the report read) and in each step."""
    import threading

    from timmyd.pairs import read_pairs
    from timmyd.service.cycle import run_cycle

    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "8")
    cfg = make_cfg(tmp_path)
    used = _seed(cfg.state_path, 2, n_held=0, tag="old ")
    fresh = _seed(cfg.state_path, 3, tag="new ")
    with Ledger.open(cfg.state_path) as led:
        old = led.start_run("cycle", "dpo")
        led.conclude_run(old, "rejected", used, verdict={"promote": False})
        heldout = led.pairs(split="heldout")
        (cfg.state_path / "runs" / str(old + 1)).mkdir(parents=True)
        (cfg.state_path / "runs" / str(old + 1) / "stale.txt").write_text("from before the reset")
        steps, jobs, logged = [], [], []
        sink = logger.add(lambda m: logged.append(m.record["message"]), format="{message}")
        try:
            t0 = time.monotonic()
            rec = run_cycle(cfg, led, threading.Event(), step=lambda s, d: steps.append((s, d)),
                            launcher=lambda a: jobs.append((a[0], json.loads(a[1]))) or fake_launcher(a))
            wall = time.monotonic() - t0
            row = led.run(rec["run_id"])
            # a cycle whose training fails: recorded with its error, logged, and nothing consumed
            again = _seed(cfg.state_path, 3, n_held=0, tag="later ")
            bad = run_cycle(cfg, led, threading.Event(), launcher=lambda a: [sys.executable, "-c", "raise SystemExit(1)"])
            assert bad["status"] == "failed" and bad["error"].startswith("dpo: ") and bad["verdict"] is None
            assert (bad["candidate"], bad["promotion"], bad["eval"]) == (None, None, {})  # the record's shape stays
            assert led.count_pairs(split="train", unused_only=True) == len(again)
        finally:
            logger.remove(sink)
    assert f"run {rec['run_id']} promoted in {rec['duration_s']:.0f}s" in logged
    assert f"run {bad['run_id']} failed: {bad['error']} in {bad['duration_s']:.0f}s" in logged
    # its duration: the call's own, in seconds to 2 decimals
    assert abs(rec["duration_s"] - wall) < 0.1 and rec["duration_s"] == round(rec["duration_s"], 2)
    rid = old + 1
    assert rec["run_id"] == rid and rec["status"] == "promoted" and rec["error"] == ""
    assert rec["pairs"] == {"train": 3, "heldout": 2} and row["info"] == {"train_pairs": 3, "heldout_pairs": 2}
    assert rec["candidate"] == "dpo" and rec["adapter_dir"] == str(cfg.state_path / "adapters" / f"{rid}-dpo")
    assert rec["verdict"]["promote"] is True and rec["promotion"]["status"] == "promoted"
    assert rec["init_adapter"] is None and rec["served"] is None
    # the data's shape for the memory estimates, at 3 characters a token: prompt ("new 0" + 12) // 3 = 5,
    # chosen "ok 0" 4 // 3 + 2 = 3, rejected "long answer 0" 13 // 3 + 2 = 6
    assert rec["data_shape"] == {"longest": 5 + 6, "pair": 2 * 5 + 3 + 6, "pair_reply": 3 + 6}
    assert {"run_id", "pairs", "methods", "eval", "candidate", "verdict", "promotion", "init_adapter", "served",
            "data_shape", "duration_s", "status", "error", "adapter_dir"} <= set(rec)
    assert row["summary"] == json.loads(json.dumps(rec, default=str)) and row["status"] == "promoted"
    assert row["pairs_used"] == 3
    run_dir = cfg.state_path / "runs" / str(rid)
    assert sorted(p.key for p in read_pairs(run_dir / "train.jsonl")) == sorted(fresh)
    assert sorted(p.key for p in read_pairs(run_dir / "heldout.jsonl")) == sorted(p.key for p in heldout)
    # every step names the run; the states in order
    assert all(d.get("id") == rid for _, d in steps)
    states = [s for s, _ in steps]
    assert states[0] == "training" and states.index("evaluating") < states.index("promoting")
    assert next(d for s, d in steps if s == "evaluating")["methods"] == ["dpo"]
    assert next(d for s, d in steps if s == "promoting")["candidate"] == "dpo"
    # what each worker was asked: train on the run's pair file into its adapter dir, evaluate it on the
    # held-out file (nothing serves: no `against`), promote this run
    spec = dict(jobs)
    assert (spec["train"]["data"], spec["train"]["out"], spec["train"]["method"]) == (
        str(run_dir / "train.jsonl"), rec["adapter_dir"], "dpo")
    assert (spec["eval"]["data"], spec["eval"]["adapter"]) == (str(run_dir / "heldout.jsonl"), rec["adapter_dir"])
    assert "against" not in spec["eval"] and spec["promote"]["target"] == str(rid)


def test_promotion_ok_reads_every_success_word():
    from timmyd.service.cycle import promotion_ok

    # the success words `timmyd status` accepts too (service/status.py): the two must agree
    assert all(promotion_ok({"status": s}) for s in ("promoted", "ok", "success"))
    assert not any(promotion_ok(p) for p in ({"status": "unreachable"}, {"status": "failed"}, {}, None))


def test_which_winners_a_retry_promotes(tmp_path, monkeypatch, fake_promote):
    """`retry_promotion` on hand-made ledger states: only the newest cycle, only a 'succeeded' run whose
    verdict said promote, whose adapter is still there, and whose last attempt was cut off or found
    Ollama down (not one Ollama refused); on success the run becomes 'promoted' with its record."""
    from timmyd.service.cycle import retry_promotion

    cfg = make_cfg(tmp_path)
    adapter = tmp_path / "ad"
    adapter.mkdir()

    def winner(led, promote=True, where=adapter, **kw):
        rid = led.start_run("cycle", "dpo")
        summary = {"adapter_dir": str(where), "verdict": {"promote": promote}, **kw}
        led.finish_run(rid, "succeeded", summary=summary, verdict=summary["verdict"])
        return rid

    launched = []
    launcher = lambda a: launched.append(a) or fake_launcher(a)  # noqa: E731
    with Ledger.open(cfg.state_path) as led:
        assert retry_promotion(cfg, led, launcher=launcher) is None  # no run at all
        winner(led, promote=False)
        assert retry_promotion(cfg, led, launcher=launcher) is None  # the verdict kept the current model
        winner(led, where=tmp_path / "gone")
        assert retry_promotion(cfg, led, launcher=launcher) is None  # its adapter was pruned or moved
        refused = winner(led)
        led.record_promotion(refused, "timmy:run-x", "timmy", "adapter", "failed", "Ollama refused the model")
        assert retry_promotion(cfg, led, launcher=launcher) is None  # a refusal is not retried
        led.finish_run(led.start_run("cycle", "dpo"), "rejected")
        assert retry_promotion(cfg, led, launcher=launcher) is None  # a newer cycle decided otherwise
        assert launched == []
        down = winner(led, note="kept")
        led.record_promotion(down, "timmy:run-y", "timmy", "adapter", "unreachable")
        led.update_run(down, error="promotion: ollama unreachable")
        led.finish_run(led.start_run("import"), "succeeded")  # a newer run of another kind changes nothing
        logged = []
        sink = logger.add(lambda m: logged.append(m.record["message"]), format="{message}")
        try:
            promo = retry_promotion(cfg, led, launcher=launcher)
        finally:
            logger.remove(sink)
        assert f"retrying the promotion of run {down}" in logged
        assert promo["status"] == "promoted" and [a[0] for a in launched] == ["promote"]
        run = led.run(down)
        assert run["status"] == "promoted" and run["error"] is None and run["adapter_dir"] == str(adapter)
        assert run["summary"]["promotion"]["status"] == "promoted" and run["summary"]["note"] == "kept"
        assert run["verdict"] == {"promote": True}
        # a record an older version wrote: the summary as a JSON string, the adapter only on the run row
        old = led.start_run("cycle", "dpo")
        led.finish_run(old, "succeeded", summary=json.dumps({"verdict": {"promote": True}}), adapter_dir=str(adapter))
        assert retry_promotion(cfg, led, launcher=launcher)["status"] == "promoted"
        assert led.run(old)["status"] == "promoted" and led.run(old)["verdict"] == {"promote": True}  # from its summary
        # the daemon stopping during a retry stops its promotion worker at once
        cut = winner(led)
        led.record_promotion(cut, "timmy:run-z", "timmy", "adapter", "interrupted")
        t0 = time.monotonic()
        promo = retry_promotion(cfg, led, _StopWhen(lambda: True),
                                launcher=lambda a: [sys.executable, "-c", "import time; time.sleep(20)"])
        assert time.monotonic() - t0 < 10 and promo["status"] == "interrupted" and led.run(cut)["status"] == "succeeded"
    assert fake_promote() == [(str(adapter), down), (str(adapter), old)]


def test_which_served_adapter_a_cycle_builds_on(tmp_path):
    from timmyd.service.cycle import served_adapter

    cfg = make_cfg(tmp_path)
    ad = tmp_path / "served"
    ad.mkdir()
    with Ledger.open(cfg.state_path) as led:
        assert served_adapter(cfg, led) == (None, None)  # nothing serves
        rid = led.start_run("cycle", "dpo")
        led.finish_run(rid, "promoted", adapter_dir=str(ad))
        led.record_promotion(rid, "timmy:run-1", cfg.promote.served_name, "adapter", "promoted")
        cur, path = served_adapter(cfg, led)
        assert cur["run_id"] == rid and path is None  # no adapter_config.json: not an adapter (any more)
        (ad / "adapter_config.json").write_text("{not json")
        assert served_adapter(cfg, led)[1] == str(ad)  # unreadable: its base model is not known to differ
        link = tmp_path / "model-link"
        link.symlink_to(cfg.model)
        (ad / "adapter_config.json").write_text(json.dumps({"model": str(link) + "/"}))
        assert served_adapter(cfg, led)[1] == str(ad)  # the same base model, spelled another way
        led.record_promotion(None, "timmy:manual", "other-name", "adapter", "promoted")
        assert served_adapter(cfg, led)[0]["run_id"] == rid  # what serves under OUR name
        logged = []
        sink = logger.add(lambda m: logged.append(m.record["message"]), format="{message}", level="WARNING")
        try:
            (ad / "adapter_config.json").write_text(json.dumps({"model": str(tmp_path / "older-base")}))
            assert served_adapter(cfg, led)[1] is None
        finally:
            logger.remove(sink)
        assert logged == [f"the adapter in service ({ad}) was trained on {tmp_path / 'older-base'}, not on "
                          f"{cfg.model}; starting fresh"]
        led.record_promotion(None, "timmy:by-hand", cfg.promote.served_name, "fused", "promoted")
        cur, path = served_adapter(cfg, led)  # promoted by hand, no run behind it: nothing to build on
        assert cur["tag"] == "timmy:by-hand" and path is None


class _StopWhen(threading.Event):
    """A stop event that reads as set once `pred()` holds (the daemon's stop arriving at an exact moment)."""

    def __init__(self, pred):
        super().__init__()
        self.pred = pred

    def is_set(self):
        return super().is_set() or bool(self.pred())


def test_cycles_that_end_early_say_why_and_consume_nothing(tmp_path, monkeypatch, fake_promote):
    from timmyd.service.cycle import run_cycle

    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "8")
    cfg = make_cfg(tmp_path)
    state = cfg.state_path
    _seed(state, 3)

    def run(launcher, stop=None, c=cfg):
        with Ledger.open(state) as led:
            rid = len(led.runs(limit=None)) + 1  # the run this cycle will be
            rec = run_cycle(c, led, stop(rid) if stop else threading.Event(), launcher=launcher)
            assert rec["run_id"] == rid
            assert led.count_pairs(split="train", unused_only=True) == 3 and led.run(rec["run_id"])["status"] == "failed"
        assert rec["status"] == "failed" and fake_promote() == []
        return rec

    def eval_with(cmd):
        return lambda a: cmd if a[0] == "eval" else fake_launcher(a)

    # the evaluation worker fails
    rec = run(eval_with([sys.executable, "-c", "raise SystemExit(1)"]))
    assert rec["error"].startswith("evaluating dpo failed: worker exited with code 1")
    # the daemon is stopped while the evaluation runs: its worker is stopped at once
    started = threading.Event()
    t0 = time.monotonic()
    rec = run(lambda a: (started.set() if a[0] == "eval" else None) or (
        [sys.executable, "-c", "import time; time.sleep(20)"] if a[0] == "eval" else fake_launcher(a)),
        stop=lambda rid: _StopWhen(started.is_set))
    assert time.monotonic() - t0 < 10 and rec["error"].startswith("evaluating dpo failed: ")
    # ... or just as it ended, or just as training ended
    rec = run(fake_launcher, stop=lambda rid: _StopWhen((state / "runs" / str(rid) / "eval-dpo.json").is_file))
    assert rec["error"] == "interrupted: the daemon was stopped during evaluation"
    rec = run(fake_launcher, stop=lambda rid: _StopWhen((state / "adapters" / f"{rid}-dpo").is_dir))
    assert rec["error"] == "interrupted: the daemon was stopped during training" and rec["eval"] == {}
    # both methods fail: each one's error, in order
    both = dataclasses.replace(cfg, train=dataclasses.replace(cfg.train, method="both"))
    rec = run(lambda a: [sys.executable, "-c", "raise SystemExit(1)"], c=both)
    dpo, simpo = rec["methods"]["dpo"]["error"], rec["methods"]["simpo"]["error"]
    assert rec["error"] == f"dpo: {dpo}; simpo: {simpo}" and dpo and simpo
    # an adapter serves, but the evaluation did not measure it
    with Ledger.open(state) as led:
        rid = led.start_run("cycle", "dpo")
        (tmp_path / "served").mkdir()
        (tmp_path / "served" / "adapter_config.json").write_text("{}")
        led.finish_run(rid, "promoted", adapter_dir=str(tmp_path / "served"))
        led.record_promotion(rid, "timmy:run-1", cfg.promote.served_name, "adapter", "promoted")
    rec = run(lambda a: fake_launcher([a[0], json.dumps({**json.loads(a[1]), "against": None})]))
    assert rec["error"] == "the evaluation did not report the adapter in service"


def test_both_mode_with_an_adapter_in_service_and_a_stop_during_the_last_steps(tmp_path, monkeypatch, fake_promote):
    """"both" with an adapter in service at 0.7: DPO (0.6) fails against it, SimPO (0.8) passes, so
    SimPO is the one that passes (against the base both would). Then a stop while the report, or the
    promotion, runs stops that worker at once."""
    from timmyd.service.cycle import run_cycle

    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "8")
    monkeypatch.setenv("FAKE_EVAL_ACC", json.dumps({"served": 0.7}))
    cfg = make_cfg(tmp_path, train={"method": "both"})
    state = cfg.state_path
    served = tmp_path / "served"
    served.mkdir()
    (served / "adapter_config.json").write_text("{}")
    with Ledger.open(state) as led:
        rid = led.start_run("cycle", "dpo")
        led.finish_run(rid, "promoted", adapter_dir=str(served))
        led.record_promotion(rid, "timmy:run-1", cfg.promote.served_name, "adapter", "promoted")
    _seed(state, 3)
    with Ledger.open(state) as led:
        rec = run_cycle(cfg, led, threading.Event(), launcher=fake_launcher)
    assert rec["status"] == "promoted" and rec["candidate"] == "simpo"
    assert rec["method_choice"]["rule"] == "only simpo passes its verdict"
    assert rec["eval"]["current"]["accuracy_per_token"] == 0.7
    for job in ("report", "promote"):
        _seed(state, 3, tag=f"{job} ")
        started = threading.Event()

        def launcher(a, job=job, started=started):
            if a[0] != job:
                return fake_launcher(a)
            started.set()
            return [sys.executable, "-c", "import time; time.sleep(20)"]

        with Ledger.open(state) as led:
            nxt = len(led.runs(limit=None)) + 1
        monkeypatch.setenv("FAKE_EVAL_ACC", json.dumps({f"{nxt}-simpo": 0.9}))  # beats what serves now
        t0 = time.monotonic()
        with Ledger.open(state) as led:
            rec = run_cycle(cfg, led, _StopWhen(started.is_set), launcher=launcher)
        assert time.monotonic() - t0 < 10, job
        if job == "report":
            assert "daemon stopping" in rec["report"]["error"]
        else:
            assert rec["status"] == "succeeded" and rec["promotion"]["status"] == "interrupted"


def test_train_on_served_off_starts_fresh_but_judges_against_what_serves(tmp_path, monkeypatch, fake_promote):
    from timmyd.service.cycle import run_cycle

    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "8")
    cfg = make_cfg(tmp_path, train_on_served=False)
    served = tmp_path / "served"
    served.mkdir()
    (served / "adapter_config.json").write_text("{}")
    _seed(cfg.state_path, 3)
    jobs = []
    with Ledger.open(cfg.state_path) as led:
        rid = led.start_run("cycle", "dpo")
        led.finish_run(rid, "promoted", adapter_dir=str(served))
        led.record_promotion(rid, "timmy:run-1", cfg.promote.served_name, "adapter", "promoted")
        rec = run_cycle(cfg, led, threading.Event(),
                        launcher=lambda a: jobs.append((a[0], json.loads(a[1]))) or fake_launcher(a))
    spec = dict(jobs)
    assert "init_adapter" not in spec["train"] and rec["init_adapter"] is None
    assert spec["eval"]["against"] == str(served) and rec["served"]["run_id"] == rid
