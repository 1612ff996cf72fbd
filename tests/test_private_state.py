"""The state dir holds the owner's conversations: every directory under it is 0700 and every file 0600,
whoever wrote it (daemon, worker, CLI), also after an upgrade from a version that left it 755/644; and
`timmyd doctor` says when it is not."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from timmyd.config import Config
from timmyd.ledger.store import Ledger


@pytest.fixture
def loose_umask():
    """The usual macOS/Linux umask (dirs 755, files 644), whatever pytest runs under; restored after."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def current_umask() -> int:
    old = os.umask(0)
    os.umask(old)
    return old


def mode(p: Path) -> int:
    return stat.S_IMODE(os.lstat(p).st_mode)


def not_private(root: Path) -> dict[str, str]:
    """Every entry under `root` (itself too) that is not 0700 (dirs) / 0600 (files); symlinks skipped."""
    bad = {}
    if mode(root) != 0o700:
        bad["."] = f"{mode(root):04o}"
    for dirpath, dirs, files in os.walk(root):
        for name in dirs + files:
            p = Path(dirpath, name)
            if p.is_symlink():
                continue
            want = 0o700 if p.is_dir() else 0o600
            if mode(p) != want:
                bad[str(p.relative_to(root))] = f"{mode(p):04o}"
    return bad


def daemon_start(tmp_path: Path, monkeypatch) -> Config:
    """`timmyd run --once` on an empty export dir: lock, ledger, status.json, logs (no stderr sink)."""
    from timmyd.service import daemon
    real = daemon.setup_logging
    monkeypatch.setattr(daemon, "setup_logging", lambda cfg: real(cfg, to_stderr=False))
    cfg = Config(export_dir=str(tmp_path / "exports"))
    assert daemon.run(cfg, once=True) == 0
    return cfg


def run_worker(state: Path) -> None:
    """A real `timmyd.service.worker.main` in a subprocess started with umask 022, whose job writes a
    run folder and an adapter dir into the state the way the daemon's jobs do."""
    code = textwrap.dedent("""
        import os, sys
        from pathlib import Path
        os.umask(0o022)
        from timmyd.service import worker
        def job(name, spec):
            state = Path(os.environ["TIMMYD_STATE"])
            (state / "runs" / "7").mkdir(parents=True)
            (state / "runs" / "7" / "train.log").write_text("the owner's prompt")
            (state / "adapters" / "7-dpo").mkdir(parents=True)
            (state / "adapters" / "7-dpo" / "adapters.safetensors").write_bytes(b"w")
            return 0, {"ok": True}
        worker.run_job = job
        sys.exit(worker.main(["--", "train", "{}"]))
    """)
    env = {**os.environ, "TIMMYD_STATE": str(state), "TIMMYD_NO_REEXEC": "1"}
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert json.loads(r.stdout.strip().splitlines()[-1]) == {"ok": True}


def test_daemon_start_and_worker_leave_every_dir_0700_and_file_0600(tmp_path, monkeypatch, loose_umask):
    state = tmp_path / "state"  # conftest points $TIMMYD_STATE here
    daemon_start(tmp_path, monkeypatch)
    assert current_umask() == 0o022  # the daemon gives the old umask back when it returns
    for name in ("ledger.sqlite3", "status.json", "timmyd.lock", "logs/timmyd.log"):
        assert (state / name).is_file(), name
    run_worker(state)
    assert (state / "runs" / "7" / "train.log").is_file()
    with Ledger.open(state) as led:  # open (WAL files present) while a run is recorded
        led.start_run("cycle")
        assert (state / "ledger.sqlite3-wal").is_file() and (state / "ledger.sqlite3-shm").is_file()
        assert not_private(state) == {}
    assert not_private(state) == {}


def test_new_ledger_and_its_wal_files_are_0600_under_a_loose_umask(tmp_path, loose_umask):
    state = tmp_path / "fresh"
    with Ledger.open(state) as led:
        led.start_run("cycle")
        assert {p.name: f"{mode(p):04o}" for p in state.iterdir()} == {
            "ledger.sqlite3": "0600", "ledger.sqlite3-wal": "0600", "ledger.sqlite3-shm": "0600"}
    assert mode(state) == 0o700


def old_install(state: Path, outside: Path) -> None:
    """What a version before this one left: a 0755 tree with 0644 files, a live WAL, and a symlink
    pointing out of the state (never followed)."""
    (state / "logs").mkdir(parents=True)
    (state / "runs" / "3").mkdir(parents=True)
    db = sqlite3.connect(state / "ledger.sqlite3")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE t (x)")
    db.close()
    (state / "logs" / "timmyd.log").write_text("owner said: ...")
    (state / "runs" / "3" / "train.log").write_text("...")
    (state / "status.json").write_text("{}")
    outside.write_text("not timmyd's")
    (state / "model").symlink_to(outside)
    for p in [state, *state.rglob("*")]:
        if not p.is_symlink():
            assert mode(p) & 0o044, p  # group/others could read it


def test_an_old_755_state_with_a_644_ledger_is_tightened_at_ledger_open(tmp_path, loose_umask):
    state, outside = tmp_path / "state", tmp_path / "elsewhere.txt"
    old_install(state, outside)
    with Ledger.open(state) as led:
        led.start_run("cycle")
        assert mode(state) == 0o700
        for name in ("ledger.sqlite3", "ledger.sqlite3-wal", "ledger.sqlite3-shm"):
            assert mode(state / name) == 0o600, name
    assert mode(outside) == 0o644


def test_an_old_755_state_becomes_private_at_the_next_daemon_start(tmp_path, monkeypatch, loose_umask):
    state, outside = tmp_path / "state", tmp_path / "elsewhere.txt"
    old_install(state, outside)
    daemon_start(tmp_path, monkeypatch)
    assert not_private(state) == {}
    assert mode(outside) == 0o644  # the symlink's target is not the state's: left alone


def test_cli_state_commands_write_private_files_but_user_outputs_keep_the_umask(tmp_path, monkeypatch, loose_umask):
    from timmyd.cli import PRIVATE_COMMANDS, main
    from timmyd.service import jobs

    state = tmp_path / "state"

    def fake_ingest(paths, config=None, dry_run=False, details=False):
        (state / "reports" / "x").mkdir(parents=True)
        (state / "reports" / "x" / "report.md").write_text("the owner's replies")
        return {"files": 0, "unchanged": 0, "pairs_added": 0, "duplicates": 0, "quarantined": 0}

    monkeypatch.setattr(jobs, "ingest_job", fake_ingest)
    assert main(["ingest", "--json"]) == 0
    assert not_private(state) == {}
    assert current_umask() == 0o022  # given back after the command
    out = tmp_path / "mine" / "pairs.jsonl"
    out.parent.mkdir()
    assert main(["pairs", "--export", str(out), "--json"]) == 0  # where the user points it: the user's umask
    assert mode(out) == 0o644 and not_private(state) == {}
    assert {"ingest", "promote", "report"} <= PRIVATE_COMMANDS
    assert not {"train", "export-gguf", "import-base", "pairs"} & PRIVATE_COMMANDS


def _doctor_stubs(monkeypatch):
    from timmyd.service import doctor
    monkeypatch.setattr(doctor, "_mlx", lambda cfg=None: {"ok": True, "version": "x", "device": "cpu", "mlx_lm": "x",
                                                  "fastmath": False})
    monkeypatch.setattr(doctor, "_blas", lambda: {"this_process": "x", "training_worker": "openblas (x)",
                                                  "openblas": "x"})
    monkeypatch.setattr(doctor, "_llama_cpp", lambda: {"available": False, "detail": "x"})
    monkeypatch.setattr(doctor, "_ollama", lambda cfg: {"reachable": True, "host": "h", "version": "1"})


def test_doctor_flags_a_state_dir_others_can_read_and_says_the_fix(tmp_path, monkeypatch, capsys):
    from timmyd.cli import main
    _doctor_stubs(monkeypatch)
    state = tmp_path / "state"
    state.mkdir()
    state.chmod(0o755)
    assert main(["doctor", "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["state"] == {"path": str(state), "exists": True, "mode": "0755", "private": False,
                            "fix": f"chmod -R go-rwx {state}"}
    assert [p for p in rep["problems"] if "state directory" in p] == [
        f"state directory {state} is open to other accounts (mode 0755); fix: chmod -R go-rwx {state}"]
    assert main(["doctor"]) == 0
    text = capsys.readouterr().out
    assert f"state      {state} (mode 0755, open to other accounts)" in text
    assert f"chmod -R go-rwx {state}" in text

    state.chmod(0o700)
    assert main(["doctor", "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["state"]["private"] is True and rep["state"]["fix"] is None
    assert not [p for p in rep["problems"] if "state directory" in p]
    assert main(["doctor"]) == 0
    text = capsys.readouterr().out
    assert f"state      {state} (mode 0700, private)" in text and "go-rwx" not in text
