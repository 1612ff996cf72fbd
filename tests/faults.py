"""Fault injection for the daemon: kill -9 the daemon, its worker or both (a power cut) at each stage of a
cycle, or cut Ollama off at each step of a promotion; then restart as launchd would and check that
nothing was lost, counted twice, left running or falsely promoted, that the next start promotes the
winner, and that rollback gives the owner back the exact model served before.

Everything is real but the model size and Ollama: the daemon is `timmyd run` in its own process, its
workers are the real `python -m timmyd.service.worker` jobs on a tiny locally built model, and Ollama is
the stand-in (in this process, so an outage can be switched on at a given request: `go_down`).
Used by tests/test_faults.py (a few cells in the default run, the whole matrix with `-m slow`).
"""

from __future__ import annotations

import dataclasses
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from timmyd.ollama.client import normalize_name
from timmyd.ollama.standin.server import StandIn
from timmyd.service.demo import SERVED_NAME, prepare, seed_base

STAGES = ("ingest", "train", "eval", "report", "promote")
VICTIMS = ("daemon", "worker", "both")
# how long each stage's worker typically lives on the tiny model (s): the kill lands at a random moment
# inside it (process start and imports included, which is where defect 2 used to hide)
STAGE_SECONDS = {"train": 6.0, "eval": 4.0, "report": 4.0, "promote": 2.5}
# promotion steps an outage can hit: (method, path prefix, n-th such request of the promotion)
OUTAGE_STEPS = {
    "upload": ("POST", "/api/blobs/", 1),
    "create": ("POST", "/api/create", 1),
    "copy": ("POST", "/api/copy", 1),
    "smoke-tag": ("POST", "/api/generate", 1),
    "smoke-served": ("POST", "/api/generate", 2),
}


def cells() -> list[tuple[str, str]]:
    """The fault matrix: (kind, where). Ingest runs inside the daemon (no worker), so it has one cell."""
    out = [("kill:daemon", "ingest")]
    out += [(f"kill:{v}", s) for s in STAGES[1:] for v in VICTIMS]
    out += [("outage", step) for step in OUTAGE_STEPS]
    return out


def _env(state: Path) -> dict:
    """The daemon's environment: the same state dir this process sees (the test session may point
    $TIMMYD_STATE somewhere), no stray config or Ollama host."""
    env = {k: v for k, v in os.environ.items() if k not in ("TIMMYD_CONFIG", "OLLAMA_HOST")}
    env.update(TIMMYD_NO_REEXEC="1", TIMMYD_STATE=str(state))
    return env


@dataclass
class Trial:
    """One fresh install: model, export folder with sample sessions, stand-in Ollama already serving the
    owner's own model under the served name (so a promotion has something to keep and roll back to)."""

    root: Path
    report: bool = False
    standin: StandIn = field(init=False)
    cfg: object = field(init=False)
    served_before: str = field(init=False, default="")  # digest the served name had before timmyd
    expected_pairs: int = field(init=False, default=0)
    logs: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        from timmyd.ingest.pipeline import ingest

        self._saved_state = os.environ.get("TIMMYD_STATE")
        os.environ["TIMMYD_STATE"] = str(self.root / "demo" / "state")  # each trial its own state dir
        self.standin = StandIn(port=0, root=self.root / "ollama").start()
        self.cfg = prepare(self.root / "demo", self.standin.url, threshold=5, copy_sessions=True,
                           train={"method": "simpo"},
                           extra={"daemon": {"report": self.report, "failed_backoff_minutes": 0.0,
                                             "rescan_minutes": 60.0},
                                  "ollama": {"retries": 0, "timeout_s": 20.0},
                                  # these trials are about crashes, not learning: with the demo's 7 held-out
                                  # pairs the sign test alone could refuse a SimPO candidate (6 up, 1 down:
                                  # p 0.0625), and a trial needs a winner to crash while promoting it
                                  "verdict": {"max_sign_p": 1.0}})
        seed_base(self.cfg)
        self.standin.add_model(SERVED_NAME, self.cfg.state_path / "exports" / "base.gguf")
        self.served_before = self.digest(SERVED_NAME)
        dry = dataclasses.replace(self.cfg, state_dir=str(self.root / "dry-state"))
        self.expected_pairs = ingest([self.cfg.export_path], dry, dry_run=True).pairs_added
        assert self.expected_pairs >= 5

    def close(self) -> None:
        self.standin.stop()
        if self._saved_state is None:
            os.environ.pop("TIMMYD_STATE", None)
        else:
            os.environ["TIMMYD_STATE"] = self._saved_state

    # --- processes --------------------------------------------------------------------------------

    def start_daemon(self, *args: str) -> subprocess.Popen:
        log = self.root / f"daemon-{len(self.logs)}.log"
        self.logs.append(log)
        with open(log, "wb") as fh:
            return subprocess.Popen([sys.executable, "-m", "timmyd.cli", "run", "--config", self.cfg.source, *args],
                                    stdout=fh, stderr=subprocess.STDOUT, env=_env(self.cfg.state_path), start_new_session=True)

    def run_once(self, timeout: float = 300.0) -> int:
        p = self.start_daemon("--once")
        return p.wait(timeout)

    def workers(self) -> list[psutil.Process]:
        """Live worker processes of THIS install (their job spec names our config file)."""
        out = []
        for p in psutil.process_iter(["cmdline", "status"]):
            cmd = p.info.get("cmdline") or []
            if (p.info.get("status") != psutil.STATUS_ZOMBIE and "timmyd.service.worker" in cmd
                    and any(self.cfg.source in c for c in cmd)):
                out.append(p)
        return out

    def worker_of(self, job: str) -> psutil.Process | None:
        for p in self.workers():
            cmd = p.info["cmdline"]
            if "--" in cmd and cmd[cmd.index("--") + 1:][:1] == [job]:
                return p
        return None

    # --- the server -------------------------------------------------------------------------------

    def digest(self, name: str) -> str:
        m = self.standin.get(name)
        return m.digest() if m else ""

    def cli(self, *args: str) -> dict:
        out = subprocess.run([sys.executable, "-m", "timmyd.cli", *args, "--json", "--config", self.cfg.source],
                             env=_env(self.cfg.state_path), capture_output=True, text=True, timeout=120)
        return json.loads(out.stdout.strip().splitlines()[-1]) if out.stdout.strip() else {"rc": out.returncode}


def kill(proc: psutil.Process | subprocess.Popen | None) -> bool:
    """SIGKILL; True when it was alive to be killed."""
    if proc is None:
        return False
    try:
        os.kill(proc.pid, signal.SIGKILL)
        return True
    except ProcessLookupError:
        return False


def wait_for(pred, timeout: float, every: float = 0.02):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        v = pred()
        if v:
            return v
        time.sleep(every)
    return None


def promotion_step_recorded(t: Trial, step: str) -> bool:
    """The running promotion attempt has recorded `step` (e.g. 'create': the tag is on the server)."""
    try:
        db = sqlite3.connect(t.cfg.state_path / "ledger.sqlite3", timeout=1)
        try:
            rows = db.execute("SELECT detail FROM promotions WHERE status = 'in_progress'").fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return False
    return any(f'"step": "{step}"' in (r[0] or "") for r in rows)


def kill_trial(t: Trial, stage: str, victim: str, rng: random.Random, when=None, scale: float = 1.0) -> dict:
    """Start the daemon, kill `victim` at a random moment of `stage` (or as soon as `when(t)` is true),
    then let the dust settle. Returns what happened (did the kill hit a live process, did a worker
    outlive its daemon)."""
    d = t.start_daemon()
    hit = {"stage": stage, "victim": victim}
    if stage == "ingest":
        time.sleep(rng.uniform(0.2, 1.2))  # the daemon imports, recovers, then ingests the export folder
        hit["hit"] = kill(d)
        d.wait(10)
        return hit
    w = wait_for(lambda: t.worker_of(stage), 180)
    if w is None:
        kill(d)
        raise AssertionError(f"no {stage} worker started; daemon log:\n{t.logs[-1].read_text()[-3000:]}")
    if when is None:
        time.sleep(rng.uniform(0.0, STAGE_SECONDS[stage] * scale))
    elif not wait_for(lambda: when(t), 60, every=0.005):
        raise AssertionError(f"the {stage} worker never reached the moment to kill")
    if victim in ("daemon", "both"):
        alive_w = w.is_running() and w.status() != psutil.STATUS_ZOMBIE
        killed = kill(d) and (victim == "daemon" or kill(w))
        hit["hit"] = killed and alive_w  # the stage was still going when the power went
        hit["worker_was_alive"] = alive_w
        d.wait(10)
        # no worker outlives its daemon: it notices within its parent-watch interval
        left = wait_for(lambda: not t.workers(), 5.0)
        hit["orphans"] = [] if left else [p.pid for p in t.workers()]
        for p in t.workers():  # do not let a failure here spoil the next trial
            kill(p)
        return hit
    hit["hit"] = kill(w)
    # the daemon records the failed run and goes idle; then it is stopped like launchd would
    wait_for(lambda: _run_done(t), 120, every=0.2)
    d.send_signal(signal.SIGTERM)
    d.wait(60)
    return hit


def _run_done(t: Trial) -> bool:
    try:
        s = json.loads((t.cfg.state_path / "status.json").read_text())
    except (OSError, ValueError):
        return False
    return s.get("state") == "idle" and bool(s.get("last_run"))


def outage_trial(t: Trial, step: str) -> dict:
    """Ollama goes away at a promotion step: the cycle must not claim a promotion; when Ollama is back,
    the next start promotes (reusing what the first attempt made) and rollback still works."""
    method, path, nth = OUTAGE_STEPS[step]
    t.standin.go_down(method, path, nth)
    rc = t.run_once()
    info = {"step": step, "rc": rc, "hit": t.standin._down}
    led = ledger_facts(t)
    info["false_promoted"] = any(r["status"] == "promoted" for r in led["runs"])
    info["promotions_during_outage"] = [p["status"] for p in led["promotions"] if p["run_id"]]
    t.standin.come_back()
    return info


def ledger_facts(t: Trial) -> dict:
    db = sqlite3.connect(t.cfg.state_path / "ledger.sqlite3")
    db.row_factory = sqlite3.Row
    try:
        return {
            "integrity": db.execute("PRAGMA integrity_check").fetchone()[0],
            "pairs": db.execute("SELECT COUNT(*) FROM pairs").fetchone()[0],
            "runs": [dict(r) for r in db.execute("SELECT id, status, error FROM runs ORDER BY id")],
            "promotions": [dict(r) for r in db.execute(
                "SELECT id, run_id, tag, status FROM promotions ORDER BY id")],
            "held_by_unfinished": db.execute(
                "SELECT COUNT(*) FROM pairs p JOIN runs r ON p.run_id = r.id "
                "WHERE r.status IN ('failed', 'running')").fetchone()[0],
            "unused_train": db.execute(
                "SELECT COUNT(*) FROM pairs WHERE split = 'train' AND run_id IS NULL").fetchone()[0],
        }
    finally:
        db.close()


def check_recovered(t: Trial) -> list[str]:
    """After a restart: every invariant, as a list of what is wrong (empty = all hold)."""
    bad = []
    f = ledger_facts(t)
    if f["integrity"] != "ok":
        bad.append(f"ledger integrity: {f['integrity']}")
    if f["pairs"] != t.expected_pairs:
        bad.append(f"pairs: {f['pairs']} in the ledger, {t.expected_pairs} in the export folder")
    if any(r["status"] == "running" for r in f["runs"]):
        bad.append(f"a run is still 'running': {f['runs']}")
    if f["held_by_unfinished"]:
        bad.append(f"{f['held_by_unfinished']} pairs consumed by failed runs")
    promoted_runs = [r["id"] for r in f["runs"] if r["status"] == "promoted"]
    if not promoted_runs:
        bad.append(f"the next start did not promote: runs {f['runs']}")
    promos = [p for p in f["promotions"] if p["status"] == "promoted"]
    for rid in promoted_runs:
        if not any(p["run_id"] == rid for p in promos):
            bad.append(f"run {rid} is 'promoted' but no promotion of it is recorded")
    for p in promos:
        if not t.standin.get(p["tag"]):
            bad.append(f"promotion {p['id']} says {p['tag']} but the server does not have it")
    ours = [p for p in promos if p["run_id"]]
    if ours:
        newest = ours[-1]
        if t.digest(SERVED_NAME) != t.digest(newest["tag"]):
            bad.append(f"{SERVED_NAME} does not serve the newest promoted tag {newest['tag']}")
    adopted = [p for p in f["promotions"] if p["run_id"] is None]
    if len(adopted) != 1:
        bad.append(f"the owner's model should be kept exactly once; promotions without a run: {adopted}")
    tags = [normalize_name(p["tag"]) for p in f["promotions"] if p["status"] == "promoted" and p["run_id"]]
    if any(re.search(r"run-\d+-\d+$", tg or "") for tg in tags):  # run-1-2: the same run uploaded twice
        bad.append(f"a retry uploaded a second tag: {tags}")
    if f["unused_train"] and f["unused_train"] >= t.cfg.daemon.threshold:
        bad.append(f"{f['unused_train']} train pairs left unused although a cycle was due")
    return bad


def check_rollback(t: Trial) -> list[str]:
    r = t.cli("rollback")
    if r.get("status") != "rolled_back":
        return [f"rollback: {r}"]
    if t.digest(SERVED_NAME) != t.served_before:
        return [f"rollback says {r.get('detail')} but {SERVED_NAME} does not have its digest from before timmyd"]
    return []


def run_cell(root: Path, kind: str, where: str, rng: random.Random, when=None, scale: float = 1.0,
             hold: tuple[str, str, float] | None = None) -> dict:
    """One trial of one cell; returns {kind, where, hit, problems}. `scale` shrinks the window the
    kill's moment is drawn from (a retry after a kill that came after the stage had ended). `hold`
    (method, path, seconds): the stand-in answers the first such request that late, so a moment `when`
    waits for (e.g. right after the tag is created) lasts long enough to be seen on a fast machine."""
    t = Trial(root, report=(where == "report"))
    if hold:
        t.standin.hold(*hold)
    try:
        if kind == "outage":
            info = outage_trial(t, where)
            problems = ["a promotion was claimed during the outage"] if info["false_promoted"] else []
        else:
            info = kill_trial(t, where, kind.split(":")[1], rng, when, scale)
            problems = [f"worker(s) {info['orphans']} outlived the daemon"] if info.get("orphans") else []
            rc = t.run_once()
            if rc not in (0,):
                problems.append(f"restart exited {rc}: {t.logs[-1].read_text()[-2000:]}")
        if kind == "outage":
            rc = t.run_once()
            if rc != 0:
                problems.append(f"restart after the outage exited {rc}")
        if not t.workers():
            problems += check_recovered(t)
            if not problems:
                problems += check_rollback(t)
        else:
            problems.append(f"workers still running after the restart: {[p.pid for p in t.workers()]}")
        return {"kind": kind, "where": where, "hit": bool(info.get("hit")), "info": info, "problems": problems}
    finally:
        t.close()
