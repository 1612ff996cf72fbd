"""`timmyd run`: the foreground service launchd keeps alive.

Shape: the main thread sleeps on one `threading.Event` (no polling) and is woken by the watchdog
observer (file events in `export_dir`), the APScheduler rescan job, signals, or the time of the next
planned check. After the last file event it waits `debounce_seconds` (an export is often written in
several steps), ingests the changed files, then checks whether a cycle is due: unused train pairs >=
threshold, outside quiet hours, cooldown since the last cycle elapsed. A cycle runs in the main
thread, its training/evaluation in guarded worker subprocesses (`timmyd.service.worker`), so one cycle runs
at a time; the lock (`timmyd.lock`) makes it one daemon per state directory. SIGTERM/SIGINT set the
stop event: a running worker is terminated, its run recorded as failed, and the process exits 0.
"""

from __future__ import annotations

import dataclasses
import signal
import threading
import time
from pathlib import Path

from loguru import logger

from timmyd.config import Config, make_private, private_umask
from timmyd.service.basemodel import view as basemodel_view
from timmyd.service.lock import DaemonLock
from timmyd.service.planning import INTERRUPTED, plan
from timmyd.service.status import now_iso, write_status


def setup_logging(cfg: Config, to_stderr: bool = True) -> int:
    """loguru to `<state>/logs/timmyd.log` with rotation and retention; returns the sink id."""
    logs = cfg.state_path / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    if to_stderr:
        # under launchd stderr is a file nobody rotates: only warnings go there; a terminal sees INFO
        import contextlib
        import sys
        with contextlib.suppress(ValueError):
            logger.remove(0)
        logger.add(sys.stderr, level="INFO" if sys.stderr.isatty() else "WARNING")
    return logger.add(logs / "timmyd.log", rotation=int(cfg.daemon.log_rotation_mb * 1024 * 1024),
                      retention=cfg.daemon.log_keep, level="INFO", enqueue=False, encoding="utf-8")


class Daemon:
    def __init__(self, cfg: Config, launcher=None):
        self.cfg = cfg
        self.state = cfg.state_path
        self.stop = threading.Event()
        self.wake = threading.Event()
        self.launcher = launcher  # tests may swap the worker command line
        self._lock = threading.Lock()
        self._changed: set[str] = set()
        self._last_event = 0.0
        self._rescan = True  # scan everything once at start
        self.status: dict = {"state": "starting"}
        self.ledger = None
        self.cycles = 0
        self.last_record: dict | None = None
        self._last_retry: float | None = None
        self.base = None  # basemodel.BaseModel: what `model` resolved to at the last check
        self._import_failed: tuple[str | None, float] | None = None  # (digest, monotonic time) of a failed import

    # --- the base model ------------------------------------------------------------------------------

    def resolve_model(self, need: bool = False) -> Config | None:
        """Resolve `model` once for this check (timmyd.service.basemodel) and record it in the status;
        with `need`, import a name or GGUF not imported yet (a guarded `import` worker; after a failed
        import, not again for `failed_backoff_minutes` unless the source changed). Returns the Config the
        cycle uses (`model` = the MLX directory), or None when the base is not ready (`blocked_by` says why)."""
        from timmyd.service import basemodel
        try:
            base = basemodel.resolve(self.cfg)
        except Exception as e:  # noqa: BLE001 - an unreadable store must never stop the daemon
            logger.exception("resolving model {!r} failed", self.cfg.model)
            base = basemodel.BaseModel(self.cfg.model and "?", self.cfg.model, "missing", f"model {self.cfg.model!r}: {e}")
        mismatch = basemodel.base_mismatch(self.cfg, base) if base.digest else None
        if mismatch:  # refused before any import: training and serving bases would disagree
            self.base = base
            self.status["model"] = dict(basemodel_view(base), state="mismatch", detail=mismatch)
            return None
        if need and base.state in ("import", "reimport"):
            failed = self._import_failed
            backoff = self.cfg.daemon.failed_backoff_minutes * 60
            if failed and failed[0] == base.digest and time.monotonic() - failed[1] < backoff:
                base = dataclasses.replace(base, state="failed",
                                           detail=(self.status.get("model") or {}).get("detail") or base.detail)
            else:
                self.set_status("importing", model=basemodel_view(base))
                base = basemodel.import_now(self.cfg, base, self.stop, self.launcher)
                self._import_failed = None if base.ready else (base.digest, time.monotonic())
        self.base = base
        self.status["model"] = basemodel_view(base)
        if not base.ready:
            return None
        return dataclasses.replace(self.cfg, model=base.model_dir)

    def served_config(self) -> Config:
        """The Config for work on what already exists (a promotion retry): `model` resolved when its
        import is ready, else empty (the adapter's own record names the base it was trained on)."""
        if self.base is not None and self.base.ready:
            return dataclasses.replace(self.cfg, model=self.base.model_dir)
        return self.cfg if self.base is None or self.base.kind == "mlx" else dataclasses.replace(self.cfg, model="")

    # --- events (called from watchdog / APScheduler threads) ---------------------------------------

    def file_event(self, path: str) -> None:
        name = Path(path).name
        if name.startswith(".") or name.endswith((".tmp", ".swp", "~")):
            return
        with self._lock:
            self._changed.add(path)
            self._last_event = time.monotonic()
        self.wake.set()

    def request_rescan(self) -> None:
        with self._lock:
            self._rescan = True
        self.wake.set()

    def request_stop(self, *_a) -> None:
        if not self.stop.is_set():
            logger.info("stop requested")
        self.stop.set()
        self.wake.set()

    # --- status -----------------------------------------------------------------------------------

    def set_status(self, state: str, **fields) -> None:
        import os
        self.status.update(fields)
        self.status.update(state=state, pid=os.getpid())
        write_status(self.state, self.status)

    # --- work -------------------------------------------------------------------------------------

    def ingest(self, paths: list[str]) -> None:
        paths = [p for p in paths if Path(p).exists()]
        if not paths:
            return
        self.set_status("ingesting")
        if self.cfg.mining.rejected_from_base:  # generating replies loads the model: not in the daemon
            res = self._ingest_in_worker(paths)
            if res is None:
                return
        else:
            try:
                from timmyd.ingest.pipeline import ingest_paths
                res = ingest_paths(paths, self.ledger, self.cfg)
            except Exception:  # noqa: BLE001 - bad input must never stop the daemon
                logger.exception("ingest of {} failed; will retry at the next rescan", paths[:3])
                return
        logger.info("ingested {} path(s): {}", len(paths), _brief(res))
        self.status["last_ingest"] = {"time": now_iso(), "result": _brief(res)}

    def _ingest_in_worker(self, paths: list[str]) -> dict | None:
        """The `ingest` job (`timmyd ingest PATHS --json`) under the memory guard (used when ingest runs
        the base model)."""
        from timmyd.service.jobs import job_args
        from timmyd.service.worker import command_for, run_guarded
        run_cfg = self.resolve_model(need=True)
        if run_cfg is None:
            logger.warning("ingest needs the base model ([mining] rejected_from_base): {}; will retry at the "
                           "next rescan", self.status["model"]["detail"])
            return None
        args = job_args("ingest", paths=list(paths), config=self.cfg.source or None, model=run_cfg.model)
        cmd = command_for(args, self.cfg.memory, self.launcher)
        res = run_guarded(cmd, self.cfg.memory, self.state / "logs" / "ingest-worker.log", stop_event=self.stop)
        if not res.ok:
            logger.error("ingest worker failed ({}); will retry at the next rescan", res.reason)
            return None
        return res.output

    def take_events(self, force: bool = False) -> tuple[list[str], bool, float | None]:
        """(changed paths whose debounce has elapsed, rescan due?, when the debounce ends if pending)."""
        with self._lock:
            rescan, self._rescan = self._rescan, False
            if not self._changed:
                return [], rescan, None
            ready_at = self._last_event + self.cfg.daemon.debounce_seconds
            if force or time.monotonic() >= ready_at:
                paths, self._changed = sorted(self._changed), set()
                return paths, rescan, None
            return [], rescan, ready_at

    def last_cycle(self) -> tuple[float | None, bool]:
        """(when the last cycle ended, did it fail on its own?) A run that failed because the daemon was
        stopped or died under it ("interrupted: ...") is not a failed training: no back-off for it."""
        last = self.ledger.last_run(kind="cycle")
        if not last:
            return None, False
        failed = last.get("status") == "failed" and not str(last.get("error") or "").startswith(INTERRUPTED)
        return last.get("finished") or last.get("started"), failed

    def check(self) -> tuple[bool, float | None, str]:
        pending = self.ledger.count_pairs(split="train", unused_only=True)
        heldout = self.ledger.count_pairs(split="heldout")
        self.status.update(pending_train_pairs=pending, threshold=self.cfg.daemon.threshold)
        finished, failed = self.last_cycle()
        return plan(self.cfg, pending, heldout, finished, time.time(), last_failed=failed)

    def cycle(self, cfg: Config | None = None) -> dict:
        """One cycle with `cfg` (the daemon's config with `model` resolved, `resolve_model`)."""
        from timmyd.service.cycle import run_cycle
        cfg = cfg or self.cfg

        def step(state: str, info: dict) -> None:
            cur = dict(self.status.get("current_run") or {})
            cur.update(info)
            cur["step"] = state
            self.set_status(state, current_run=cur)

        self.cycles += 1
        self.set_status("training", current_run={"started": now_iso()})
        try:
            rec = run_cycle(cfg, self.ledger, self.stop, step=step, launcher=self.launcher)
        except Exception as e:  # noqa: BLE001 - record and go on; the ledger marks the run failed
            logger.exception("cycle crashed")
            self.ledger.fail_stale_runs(f"cycle crashed: {type(e).__name__}: {e}")
            rec = {"status": "failed", "error": str(e)}
        try:
            from timmyd.service.cycle import prune
            prune(cfg, self.ledger)
        except Exception:  # noqa: BLE001 - housekeeping must never stop the service
            logger.exception("pruning old runs failed")
        self.status["current_run"] = None
        self.status["last_run"] = {k: rec.get(k) for k in ("run_id", "status", "candidate", "error", "duration_s")}
        self.last_record = rec
        return rec

    def retry_promotion(self) -> None:
        """At most once per rescan interval: an Ollama that is down should not cost a worker per event."""
        from timmyd.service.cycle import retry_promotion
        now = time.monotonic()
        if self._last_retry is not None and now - self._last_retry < self.cfg.daemon.rescan_minutes * 60:
            return
        self._last_retry = now
        try:
            retry_promotion(self.served_config(), self.ledger, self.stop, self.launcher)
        except Exception:  # noqa: BLE001
            logger.exception("retrying a promotion failed")

    def step_once(self, force_events: bool = False) -> float | None:
        """Handle pending events, ingest, maybe run a cycle. Returns when to wake up next (monotonic
        seconds; None = only on an event)."""
        paths, rescan, debounce_at = self.take_events(force=force_events)
        if rescan:  # the whole folder covers any changed paths too
            self.ingest([str(self.cfg.export_path)])
        elif paths:
            self.ingest(paths)
        if self.stop.is_set():
            return None
        due, next_at, why = self.check()
        run_cfg = self.resolve_model(need=due)  # once per check; imports the base only when a cycle is due
        self.retry_promotion()
        if due and run_cfg is None:
            due, why = False, f"model not ready: {self.status['model']['detail']}"
            backoff = self.cfg.daemon.failed_backoff_minutes * 60
            next_at = time.time() + backoff if self.status["model"]["state"] == "failed" else None
        if due:
            self.cycle(run_cfg)
            return time.monotonic()  # look again right away (more pairs may be pending)
        wake = [debounce_at] if debounce_at else []
        if next_at is not None:
            wake.append(time.monotonic() + max(0.0, next_at - time.time()))
        nxt = min(wake) if wake else None
        nxt_wall = self._next_rescan_wall()
        if next_at is not None:
            nxt_wall = min(nxt_wall or next_at, next_at)
        self.set_status("idle", blocked_by=why or None, next_check=now_iso(nxt_wall) if nxt_wall else None)
        return nxt

    def _next_rescan_wall(self) -> float | None:
        job = getattr(self, "_job", None)
        t = getattr(job, "next_run_time", None) if job else None
        return t.timestamp() if t else None

    # --- lifecycle --------------------------------------------------------------------------------

    def _start_watchers(self):
        from apscheduler.schedulers.background import BackgroundScheduler
        from watchdog.events import (
            FileClosedEvent,
            FileCreatedEvent,
            FileModifiedEvent,
            FileMovedEvent,
            FileSystemEventHandler,
        )
        from watchdog.observers import Observer

        daemon = self

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event):
                if event.is_directory or event.event_type in ("opened", "closed_no_write", "deleted"):
                    return
                daemon.file_event(getattr(event, "dest_path", "") or event.src_path)

        export = self.cfg.export_path
        export.mkdir(parents=True, exist_ok=True)
        observer = Observer(timeout=5.0)  # its threads wake every 5 s instead of every 1 s when idle
        # only writes wake us: programs merely reading the exports (opens, close-no-write) do not
        observer.schedule(Handler(), str(export), recursive=True,
                          event_filter=[FileCreatedEvent, FileModifiedEvent, FileMovedEvent, FileClosedEvent])
        observer.daemon = True
        observer.start()
        sched = BackgroundScheduler(daemon=True)
        self._job = sched.add_job(self.request_rescan, "interval", minutes=self.cfg.daemon.rescan_minutes,
                                  id="rescan", coalesce=True, max_instances=1)
        sched.start()
        return observer, sched

    def run(self, once: bool = False) -> int:
        """The service. `once`: one check-and-cycle (all files ingested first), then exit."""
        from timmyd.ledger.store import Ledger

        with DaemonLock(self.state) as lock:
            if lock.took_over:
                logger.warning("took over a stale lock left by pid {}", lock.took_over)
            self.ledger = Ledger.open(self.state)
            from timmyd.service.worker import set_registry
            try:
                self.recover()
                set_registry(self.state / "workers")
                if once:
                    self.set_status("starting", mode="once")
                    self.step_once(force_events=True)
                    failed = (self.last_record or {}).get("status") == "failed"
                    return 1 if failed else 0  # scripts can tell a failed cycle from none/one that ran
                return self._serve()
            finally:
                set_registry(None)
                self.set_status("stopped", current_run=None, next_check=None,
                                pending_train_pairs=self.ledger.count_pairs(split="train", unused_only=True))
                self.ledger.close()

    def recover(self) -> dict:
        """Crash recovery at start, one rule for every crash point: stop workers an earlier daemon left
        running; a run found 'running' never recorded its outcome, so it is failed and gives back its
        pairs; a promotion attempt found 'in_progress' becomes 'interrupted' (the first check resumes
        it from its recorded steps); a run whose promotion completed is marked 'promoted'; temp dirs
        of killed trainers are removed."""
        from timmyd.service.worker import clean_temp_dirs, reap_orphans
        out = {"orphans_stopped": reap_orphans(self.state / "workers")}
        out["runs_failed"] = self.ledger.fail_stale_runs(
            f"{INTERRUPTED} the daemon stopped while this run was going (crash, kill or power loss); "
            "its pairs stay unused")
        out.update(self.ledger.settle_promotions(
            f"{INTERRUPTED} the promotion stopped mid-way (crash, kill or power loss); the next check resumes it"))
        clean_temp_dirs(self.state)
        if any(out.values()):
            logger.warning("crash recovery: {}", out)
        return out

    def _serve(self) -> int:
        old = {}
        if threading.current_thread() is threading.main_thread():  # tests run the service in a thread
            old = {s: signal.signal(s, self.request_stop) for s in (signal.SIGTERM, signal.SIGINT)}
        observer, sched = self._start_watchers()
        logger.info("timmyd running: watching {}, state {}", self.cfg.export_path, self.state)
        try:
            while not self.stop.is_set():
                self.wake.clear()
                nxt = self.step_once()
                if self.stop.is_set():
                    break
                timeout = None if nxt is None else max(0.0, nxt - time.monotonic())
                self.wake.wait(timeout)
        finally:
            self.set_status("stopping")
            sched.shutdown(wait=False)
            observer.stop()
            observer.join(timeout=5)
            for s, h in old.items():
                signal.signal(s, h)
            logger.info("timmyd stopped")
        return 0


def _brief(res) -> dict:
    if isinstance(res, dict):
        return res
    if hasattr(res, "to_dict"):
        return res.to_dict()
    if hasattr(res, "__dataclass_fields__"):
        from dataclasses import asdict
        return {k: v for k, v in asdict(res).items() if isinstance(v, int | float | str)}
    return {"result": str(res)}


def run(cfg: Config, once: bool = False, launcher=None) -> int:
    with private_umask():  # the state is the owner's alone; workers inherit the umask
        make_private(cfg.state_path, tree=True)  # also what an older version left 755/644
        sink = setup_logging(cfg)
        try:
            return Daemon(cfg, launcher=launcher).run(once=once)
        finally:
            logger.remove(sink)
