"""status.json, the lock's view of the daemon, and the one-screen `timmyd status`."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from timmyd import config as config_mod
from timmyd.ledger.store import Ledger, NewPair
from timmyd.pairs import Message, Pair
from timmyd.service.lock import DaemonLock, LockHeld, lock_owner
from timmyd.service.status import gather, read_status, render, run_view, write_status


def _cfg(tmp_path, **daemon):
    p = tmp_path / "timmyd.toml"
    lines = [f'state_dir = "{tmp_path / "state"}"', f'export_dir = "{tmp_path / "export"}"', "[daemon]"]
    lines += [f"{k} = {json.dumps(v)}" for k, v in daemon.items()]
    p.write_text("\n".join(lines) + "\n")
    os.environ.pop("TIMMYD_STATE", None)
    return config_mod.load(p)


def test_write_status_is_atomic_json(tmp_path):
    write_status(tmp_path, {"state": "idle", "pid": 1})
    assert read_status(tmp_path)["state"] == "idle"
    assert not list(tmp_path.glob(".*tmp"))
    assert read_status(tmp_path / "missing") == {}


def test_lock_one_daemon_and_stale_takeover(tmp_path):
    lock = DaemonLock(tmp_path).acquire()
    try:
        assert lock_owner(tmp_path) == os.getpid()
        with pytest.raises(LockHeld, match=f"already running \\(pid {os.getpid()}"):
            DaemonLock(tmp_path).acquire()
    finally:
        lock.release()
    assert lock_owner(tmp_path) is None
    # a lock file left by a dead daemon (pid written, nobody holds the flock) is taken over
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / "timmyd.lock").write_text(f"{dead.pid}\n")
    assert lock_owner(tmp_path) is None
    with DaemonLock(tmp_path) as again:
        assert again.took_over == dead.pid
        assert (tmp_path / "timmyd.lock").read_text().strip() == str(os.getpid())


def test_status_without_ledger_says_not_running(tmp_path):
    cfg = _cfg(tmp_path, threshold=7)
    s = gather(cfg)
    assert s["daemon"] == {"running": False, "pid": None, "state": "stopped", "current_run": None, "updated": None}
    assert s["threshold"] == 7
    assert "daemon     not running" in render(s) and "last run   none yet" in render(s)


def _pair(i):
    return Pair((Message("user", f"question {i}"),), f"short {i}", f"a much longer answer {i}")


def test_status_shows_last_run_pending_and_quarantine(tmp_path):
    cfg = _cfg(tmp_path, threshold=5)
    state = cfg.state_path
    with Ledger.open(state) as led:
        led.add_pairs([NewPair(_pair(i), "train", "s.jsonl", str(i)) for i in range(3)]
                      + [NewPair(_pair(9), "heldout", "s.jsonl", "9")])
        led.quarantine(tmp_path / "export" / "bad.json", "not valid JSON: Expecting value", line=3)
        rid = led.start_run("cycle", "both")
        record = {"pairs": {"train": 3, "heldout": 1}, "candidate": "simpo", "duration_s": 42.0,
                  "methods": {"dpo": {"summary": {"peak_memory_mb": 812.5},
                                      "attempts": [{"rung": {"step": "configured"}, "ok": False,
                                                    "reason": "memory guard: worker at 1.2 GB crossed"}]},
                              "simpo": {"summary": {"peak_memory_mb": 640.0}, "attempts": []}},
                  "eval": {"simpo": {"accuracy_per_token": 0.75, "n_pairs": 1}},
                  "promotion": {"status": "promoted", "tag": "timmy:run-1"}}
        verdict = {"promote": True, "summary": "promote: passed",
                   "checks": [{"name": "accuracy", "passed": True, "reason": "accuracy_per_token 0.750 vs 0.500"}]}
        led.finish_run(rid, "promoted", summary=record, verdict=verdict, pairs_used=3)
    s = gather(cfg)
    assert s["pending_train_pairs"] == 3 and s["heldout_pairs"] == 1
    r = s["last_run"]
    assert r["id"] == rid and r["status"] == "promoted" and r["candidate"] == "simpo"
    assert r["peak_memory_mb"] == 812.5 and r["promoted_tag"] == "timmy:run-1"
    assert r["metrics"] == {"accuracy_per_token": 0.75, "n_pairs": 1}
    assert r["per_method"] == {"simpo": {"accuracy_per_token": 0.75}}
    assert r["verdict"]["reasons"] == ["accuracy_per_token 0.750 vs 0.500"]
    assert r["ladder"] == ["dpo [configured]: memory guard: worker at 1.2 GB crossed"]
    assert s["quarantine"]["count"] == 1 and s["quarantine"]["recent"][0]["line"] == 3
    text = render(s)
    for needle in ("3 new train pairs / threshold 5", f"#{rid} promoted", "MLX peak 812 MB", "PROMOTE",
                   "promoted   timmy:run-1", "bad.json:3: not valid JSON", "accuracy_per_token 0.750"):
        assert needle in text, needle
    json.dumps(s)  # --json must be serialisable


def test_status_reports_running_daemon_from_lock_and_status_json(tmp_path):
    cfg = _cfg(tmp_path)
    state = cfg.state_path
    with DaemonLock(state):
        write_status(state, {"state": "training", "current_run": {"id": 4, "step": "training"},
                             "next_check": "2026-01-01T00:00:00+00:00", "blocked_by": None})
        s = gather(cfg)
        assert s["daemon"]["running"] and s["daemon"]["pid"] == os.getpid()
        assert s["daemon"]["state"] == "training" and s["daemon"]["current_run"]["id"] == 4
        assert "running (pid" in render(s) and "run 4" in render(s)
    # a status.json left by a dead daemon is not believed
    assert gather(cfg)["daemon"]["state"] == "stopped"


def test_run_view_of_failed_run():
    v = run_view({"id": 2, "status": "failed", "method": "dpo", "started": 1.0, "finished": 2.0,
                  "summary": None, "verdict": None, "error": "worker killed by signal 9"})
    assert v["error"] == "worker killed by signal 9" and v["verdict"] is None and v["promoted_tag"] is None


def _screen(run: dict) -> str:
    return render({"daemon": {"running": False, "pid": None, "state": "stopped"}, "threshold": 5,
                   "last_run": run_view(run), "state_dir": "s", "export_dir": "e"})


def test_status_shows_the_bottom_line_and_one_reply_before_and_after():
    """The cycle record as the ledger keeps it: the interval from the verdict, the search winner's learning
    rate, replies ended / boilerplate before -> after, and one held-out reply before and after, clipped."""
    long_base = "Great question! " + "Listing files is something you will do a lot. " * 6
    metrics = {"accuracy_per_token": 0.75, "n_pairs": 16, "gen_prompts": 8, "gen_ended": 6, "base_gen_ended": 1,
               "gen_boilerplate": 0.125, "base_gen_boilerplate": 0.75, "gen_len_ratio": 1.5, "base_gen_len_ratio": 6.0,
               "samples": [{"key": "k", "prompt": "list files", "chosen": "`ls -la`", "reply": "`ls -la`",
                            "base_reply": long_base}]}
    verdict = {"promote": True, "against": "base", "summary": "promote", "checks": [
        {"name": "accuracy", "passed": True, "reason": "r", "numbers": {
            "rule": "paired", "metric": "accuracy_per_token", "candidate": 0.75, "current": 0.25, "mean_change": 0.4,
            "interval": [0.25, 0.55], "level": 0.9, "up": 15, "down": 1, "ties": 0, "sign_p": 0.00026}}]}
    search = {"winner": {"name": "lr=5e-06", "learning_rate": 5e-6, "step": 40}}
    record = {"candidate": "simpo", "eval": {"simpo": metrics}, "methods": {"simpo": {"summary": {"search": search}}}}
    run = {"id": 3, "status": "promoted", "method": "simpo", "summary": record, "verdict": verdict}
    v = run_view(run)
    assert v["bottom_line"]["interval"] == [0.25, 0.55] and v["bottom_line"]["winner"]["learning_rate"] == 5e-6
    assert v["bottom_line"]["replies"]["ended"] == [1, 6] and v["bottom_line"]["replies"]["before"] == "base"
    assert v["example"]["after"] == "`ls -la`" and len(v["example"]["before"]) == 160
    assert v["example"]["before"].endswith("...")
    text = _screen(run)
    for needle in ("margin change +0.400 nats/pair, 90% interval [+0.250, +0.550]",
                   "learning rate 5e-06 (search winner lr=5e-06, step 40)",
                   "replies    base -> candidate: ended on their own 1/8 -> 6/8, boilerplate 75% -> 12%",
                   "example    > list files", "before: Great question! Listing files", "after:  `ls -la`"):
        assert needle in text, needle
    json.dumps(v)
    # against an adapter in service, "before" is that adapter's replies and measures
    record["eval"]["current"] = {"gen_prompts": 8, "gen_ended": 4, "gen_boilerplate": 0.25,
                                 "samples": [{"key": "k", "reply": "Sure! ls"}]}
    text = _screen(run)
    assert "current -> candidate: ended on their own 4/8 -> 6/8, boilerplate 25% -> 12%" in text
    assert "before: Sure! ls" in text


def test_status_of_an_older_record_shows_no_bottom_line():
    record = {"candidate": "dpo", "eval": {"dpo": {"accuracy_per_token": 0.5, "n_pairs": 4, "gen_prompts": 0}}}
    verdict = {"promote": False, "summary": "keep", "checks": [{"name": "accuracy", "passed": False, "reason": "x",
                                                                  "numbers": {"candidate": 0.5, "current": 0.5}}]}
    text = _screen({"id": 1, "status": "rejected", "method": "dpo", "summary": record, "verdict": verdict})
    assert "keep current" in text and "bottom " not in text and "replies " not in text and "example " not in text
