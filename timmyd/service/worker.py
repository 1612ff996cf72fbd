"""Run training, evaluation, reports, promotions and model-loading ingests in a subprocess, under the
memory guard.

Why a subprocess: the daemon must survive whatever happens to a training run (OOM kill, MLX abort,
segfault, the guard's own SIGKILL), it must give all of MLX's memory back to the machine after every
run, and on Linux OpenBLAS can only be preloaded at process start (`timmyd.service.blas.worker_env()`).
What runs is a job of `timmyd.service.jobs`, the same library function the CLI command of that name
calls, so a worker does exactly what a user can run by hand (`timmyd train ... --json`).

`python -m timmyd.service.worker [--memory-limit-gb G] -- JOB SPEC_JSON` is the worker's entry point: it
sets MLX's own memory limit (enforced on Metal; the CPU backend ignores it, where the RSS guard does the
job), exits if its parent daemon disappears, runs the job in-process and prints its result as one JSON
line on stdout.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from loguru import logger

from timmyd.config import PRIVATE_UMASK, DistributedConfig, MemoryConfig, launcher_rank
from timmyd.service.blas import worker_env
from timmyd.service.estimate import Rung
from timmyd.service.jobs import job_args, run_job
from timmyd.service.memory import GB, GuardResult, watch
from timmyd.service.parent import PARENT_ENV, watch_parent
from timmyd.service.stage_estimates import refusal, smallest_need

Launcher = Callable[[list[str]], list[str]]  # [JOB, SPEC_JSON] (jobs.job_args) -> full command line


DISTRIBUTED_JOBS = ("train", "eval")  # the jobs that run on every host of [distributed] hostfile


def worker_command(args: list[str], memory_limit_gb: float | None = None,
                   distributed: DistributedConfig | None = None) -> list[str]:
    """The command line of a worker running `args` = [JOB, SPEC_JSON] (see `jobs.job_args`); with a
    `[distributed] hostfile`, training and evaluation run on every host through `mlx.launch`."""
    cmd = [sys.executable, "-m", "timmyd.service.worker"]
    if memory_limit_gb:
        cmd += ["--memory-limit-gb", f"{memory_limit_gb:.3f}"]
    cmd = [*cmd, "--", *args]
    if distributed is not None and distributed.hostfile and args[:1] and args[0] in DISTRIBUTED_JOBS:
        from timmyd.service.launch import launch_command
        return launch_command(cmd, distributed)
    return cmd


def command_for(args: list[str], mem: MemoryConfig, launcher: Launcher | None = None,
                distributed: DistributedConfig | None = None) -> list[str]:
    """The worker command line for `args` (tests swap in a `launcher` that starts a fake)."""
    return launcher(args) if launcher else worker_command(args, mem.budget_gb, distributed)


@dataclass
class WorkerResult:
    cmd: list[str]
    returncode: int | None
    seconds: float
    guard: GuardResult
    output: dict | None = None  # the one JSON object the command printed with --json
    stderr_tail: str = ""
    log: str = ""

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.guard.stopped and self.output is not None

    @property
    def reason(self) -> str:
        """One line saying why the worker failed ('' when it succeeded)."""
        if self.ok:
            return ""
        if self.guard.stopped:
            return self.guard.reason
        rc = self.returncode
        if rc is not None and rc < 0:
            return f"worker killed by signal {-rc}" + (f": {self._last_line()}" if self._last_line() else "")
        if rc == 0:
            return "worker printed no JSON result"
        return f"worker exited with code {rc}" + (f": {self._last_line()}" if self._last_line() else "")

    def _last_line(self) -> str:
        """The last error-looking line the worker wrote (not its progress logs); for a group started by
        `timmyd.service.launch`, which ranks failed and the last error a rank wrote."""
        lines = [ln.strip() for ln in self.stderr_tail.splitlines() if ln.strip()]
        errors = [ln for ln in lines if any(w in ln.lower() for w in ("error", "exception", "killed", "timeout ("))
                  and "| info " not in ln.lower()]
        if not errors:
            return ""
        last = errors[-1]
        if last.startswith("timmyd launch: error:"):
            cause = next((ln for ln in reversed(errors) if ln.startswith(("timmyd worker: error:", "Timeout ("))), "")
            if cause.startswith("Timeout ("):
                cause = "a rank waited longer than [distributed] timeout_s for the rest of its group"
            return (last + (f" ({cause})" if cause else ""))[:400]
        return last[:300]

    def to_dict(self) -> dict:
        return {"cmd": self.cmd, "returncode": self.returncode, "seconds": round(self.seconds, 2),
                "ok": self.ok, "reason": self.reason, "guard": self.guard.to_dict(), "log": self.log}


def _last_json(text: str) -> dict | None:
    for line in reversed(text.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if isinstance(obj, dict):
                return obj
    return None


def _tail(path: Path, n: int = 4000) -> str:
    try:
        with path.open("rb") as fh:
            fh.seek(max(0, path.stat().st_size - n))
            return fh.read().decode("utf-8", "replace")
    except OSError:
        return ""


def run_guarded(cmd: Sequence[str], mem: MemoryConfig, log_path: Path, stop_event: threading.Event | None = None,
                out_dir: Path | None = None, env: dict | None = None,
                on_start: Callable[[subprocess.Popen], None] | None = None) -> WorkerResult:
    """Run `cmd` in its own process group with stdout/stderr in files (no pipes to fill up), under
    `memory.watch`; returns when it has exited or been stopped."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    out_path = log_path.with_suffix(".out")
    t0 = time.monotonic()
    with open(out_path, "wb") as out, open(log_path, "ab") as err:
        err.write(f"\n$ {' '.join(cmd)}\n".encode())
        err.flush()
        wenv = worker_env(env)
        wenv[PARENT_ENV] = str(os.getpid())
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                env=wenv, start_new_session=True)
        logger.info("worker pid {} started: {}", proc.pid, " ".join(cmd[3:]) if len(cmd) > 3 else cmd)
        entry = _register(proc, cmd)
        try:
            if on_start:
                on_start(proc)
            guard = watch(proc, mem, stop_event=stop_event, out_dir=out_dir)
            rc = proc.wait()
        finally:
            if entry is not None:
                entry.unlink(missing_ok=True)
    text = out_path.read_text(encoding="utf-8", errors="replace")
    res = WorkerResult(list(cmd), rc, time.monotonic() - t0, guard, _last_json(text), _tail(log_path), str(log_path))
    logger.info("worker pid {} ended rc={} in {:.1f}s{}", proc.pid, rc, res.seconds,
                f" ({res.reason})" if res.reason else "")
    return res


# --- the registry of running workers: a starting daemon never runs beside an orphan of an earlier one

_registry: dict[str, Path | None] = {"dir": None}


def set_registry(folder: Path | None) -> None:
    """Record every worker started from now on in `folder` (`<state>/workers/<pid>.json`); None stops."""
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    _registry["dir"] = folder


def _register(proc: subprocess.Popen, cmd: Sequence[str]) -> Path | None:
    folder = _registry["dir"]
    if folder is None:
        return None
    import psutil
    try:
        created = psutil.Process(proc.pid).create_time()
    except psutil.Error:
        return None  # already gone
    entry = folder / f"{proc.pid}.json"
    entry.write_text(json.dumps({"pid": proc.pid, "create_time": created, "cmd": list(cmd)[:6]}), encoding="utf-8")
    return entry


def reap_orphans(folder: Path, grace: float = 5.0) -> list[int]:
    """Stop the workers an earlier daemon of this state directory left running (it was SIGKILLed or
    lost power before it could stop them; normally they exit by themselves within a second, see
    `watch_parent`). A registry entry is trusted only if that pid is still the same process (its
    start time matches), so a recycled pid is never killed. Returns the pids stopped."""
    import signal

    import psutil

    stopped = []
    if not folder.is_dir():
        return stopped
    for entry in folder.glob("*.json"):
        try:
            info = json.loads(entry.read_text(encoding="utf-8"))
            proc = psutil.Process(int(info["pid"]))
            same = (abs(proc.create_time() - float(info["create_time"])) < 0.01
                    and proc.status() != psutil.STATUS_ZOMBIE)  # a dead one not yet reaped is gone
        except (OSError, ValueError, KeyError, TypeError, psutil.Error):
            same = False
        if same:
            logger.warning("stopping worker pid {} left running by an earlier daemon: {}", proc.pid,
                           " ".join(map(str, info.get("cmd", []))))
            for sig in (signal.SIGTERM, signal.SIGKILL):
                try:
                    os.killpg(proc.pid, sig)  # its own session: the group is the worker and its children
                    if wait_gone(proc, grace):
                        break
                except (ProcessLookupError, PermissionError, psutil.Error):
                    break
            stopped.append(proc.pid)
        entry.unlink(missing_ok=True)
    return stopped


def wait_gone(proc, timeout: float) -> bool:
    """Wait until `proc` (a psutil.Process, maybe not our child) has exited or is a zombie."""
    import psutil

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            if proc.status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.05)
    return False


def clean_temp_dirs(state: Path) -> None:
    """At start: the temp dirs killed trainers left next to candidate adapters (`adapters/*.tmp*`)."""
    root = state / "adapters"
    if root.is_dir():
        for tmp in root.glob("*.tmp*"):
            logger.info("removing leftover temp dir {}", tmp)
            shutil.rmtree(tmp, ignore_errors=True)


def clean_partial(out_dir: Path) -> None:
    """Remove what a stopped trainer may have left: its temp dirs (`<out>.tmp-*`) and an out dir
    without a summary.json. Only ever called on this run's own candidate dir."""
    for tmp in out_dir.parent.glob(out_dir.name + ".tmp*"):
        shutil.rmtree(tmp, ignore_errors=True)
    if out_dir.is_dir() and not (out_dir / "summary.json").is_file():
        shutil.rmtree(out_dir, ignore_errors=True)


@dataclass
class TrainOutcome:
    """Result of training one method down the ladder."""

    method: str
    ok: bool
    adapter: str = ""
    summary: dict = field(default_factory=dict)
    rung: dict = field(default_factory=dict)
    attempts: list[dict] = field(default_factory=list)
    error: str = ""
    interrupted: bool = False

    def to_dict(self) -> dict:
        return {"method": self.method, "ok": self.ok, "adapter": self.adapter, "summary": self.summary,
                "rung": self.rung, "attempts": self.attempts, "error": self.error,
                "interrupted": self.interrupted}


def train_with_ladder(rungs: list[Rung], data: Path, model_dir: str, out_dir: Path, mem: MemoryConfig,
                      log_path: Path, config_path: str = "", init_adapter: str | None = None,
                      stop_event: threading.Event | None = None, launcher: Launcher | None = None,
                      preflight: list[dict] | None = None,
                      on_event: Callable[[str, dict], None] | None = None,
                      on_start: Callable[[subprocess.Popen], None] | None = None,
                      distributed: DistributedConfig | None = None) -> TrainOutcome:
    """Train with the first rung; on a memory-guard stop, step down to the next. Any other failure
    (crash, kill, bad data) is not a memory problem and ends the ladder with that reason."""
    method = rungs[0].method if rungs else next(
        (a["rung"]["method"] for a in preflight or [] if isinstance(a.get("rung"), dict) and "method" in a["rung"]), "?")
    outcome = TrainOutcome(method=method, ok=False, attempts=list(preflight or []))
    if not rungs:
        need = smallest_need(outcome.attempts)
        outcome.error = ("memory guard: no rung of the ladder fits the memory budget"
                         + (": " + refusal(f"{method} training", need, mem).removeprefix("memory guard: ")
                            if need else " (see attempts)"))
        return outcome
    for rung in rungs:
        args = job_args("train", data=str(data), model=str(model_dir), out=str(out_dir), config=config_path or None,
                        init_adapter=str(init_adapter) if init_adapter else None, **rung.overrides())
        if on_event:
            on_event("rung", rung.to_dict())
        res = run_guarded(command_for(args, mem, launcher, distributed), mem, log_path, stop_event=stop_event,
                          out_dir=out_dir, on_start=on_start)
        outcome.attempts.append({"rung": rung.to_dict(), **res.to_dict()})
        if res.ok and (out_dir / "adapter_config.json").is_file():
            outcome.ok, outcome.adapter, outcome.summary, outcome.rung = True, str(out_dir), res.output, rung.to_dict()
            return outcome
        clean_partial(out_dir)
        outcome.error = res.reason or "trainer wrote no adapter"
        if stop_event is not None and stop_event.is_set():
            outcome.interrupted = True
            return outcome
        if not (res.guard.stopped and res.guard.reason.startswith("memory guard")):
            return outcome
        logger.warning("{}; stepping down the ladder", res.guard.reason)
    outcome.error = "memory guard stopped every rung of the ladder: " + outcome.error
    return outcome


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    os.umask(PRIVATE_UMASK)  # what a job writes (runs/, adapters/, reports/, exports/) is the owner's alone
    # under mlx.launch the launcher is our parent (the daemon is its parent, or on another host, nobody's)
    watch_parent(parent=os.getppid() if launcher_rank() is not None else None)
    limit = None
    if argv[:1] == ["--memory-limit-gb"]:
        limit, argv = float(argv[1]), argv[2:]
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if limit:
        try:  # enforced by MLX on Metal/CUDA; a no-op on the CPU backend (the RSS guard covers it)
            import mlx.core as mx
            mx.set_memory_limit(int(limit * GB))
        except Exception as e:  # noqa: BLE001 - a missing backend must not stop the run
            logger.debug("could not set MLX memory limit: {}", e)
    os.environ.setdefault("TIMMYD_NO_REEXEC", "1")
    if len(argv) != 2:
        print("usage: python -m timmyd.service.worker [--memory-limit-gb G] -- JOB SPEC_JSON", file=sys.stderr)
        return 2
    try:
        code, result = run_job(argv[0], argv[1])
    except KeyboardInterrupt:
        return 130
    except Exception as e:  # noqa: BLE001 - the daemon reads the reason from our last stderr line
        if not isinstance(e, ValueError | OSError):  # bad input (pairs, config, adapter) needs no traceback
            traceback.print_exc()
        print(f"timmyd worker: error: {type(e).__name__}: {e}", file=sys.stderr)
        return 2 if isinstance(e, ValueError | OSError) else 1
    if not launcher_rank():  # one result per group: the launcher merges every rank's stdout
        print(json.dumps(result, ensure_ascii=False, default=str), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
