"""Memory guard: watch a worker while it runs and stop it before it crosses the limit.

The daemon shares the owner's working machine, so no worker (training, evaluation, report, export)
may push it into swap or the OOM killer. Three layers of defence, cheapest first:

1. Estimates before a worker starts (`timmyd.service.estimate` for training and its ladder,
   `timmyd.service.stage_estimates` for evaluation, report and the promotion export): a rung whose
   estimate exceeds `limit_bytes()` is skipped, and a stage whose smallest rung does not fit is
   refused with the smallest `[memory] budget_gb` that would work.
2. `watch()` (here) polls the worker's resident memory (including its children) every
   `poll_seconds`, plus the `peak_memory_mb` the trainer reports in metrics.jsonl (MLX's own counter;
   on Metal the GPU heap is not always in RSS), and the machine's available memory; it stops the
   worker (SIGTERM, then SIGKILL) BEFORE the budget is crossed: the stop line is `stop_fraction` of
   the limit, so a worker growing between two samples still stays under it.
3. The ladders list progressively leaner settings; the daemon walks them after a preflight refusal
   or a guard stop (`timmyd.service.worker.train_with_ladder`, `timmyd.service.cycle.evaluate_adapter`).
"""


from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil

from timmyd.config import MemoryConfig

GB = 1024**3
MB = 1024**2


class MemoryGuardError(RuntimeError):
    """No rung of the ladder fits in the memory the machine can give."""


def limit_bytes(mem: MemoryConfig, available: int | None = None, own_rss: int = 0) -> int:
    """What a worker may use: the budget, but never more than the machine can give while keeping
    `reserve_gb` free for the owner. `own_rss` lets a running worker's own memory count as given."""
    if available is None:
        available = psutil.virtual_memory().available
    return int(max(0, min(mem.budget_gb * GB, available + own_rss - mem.reserve_gb * GB)))



# --- runtime guard ---------------------------------------------------------------------------------

def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (0 if it is gone)."""
    try:
        p = psutil.Process(pid)
        procs = [p, *p.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for q in procs:
        try:
            total += q.memory_info().rss
        except psutil.Error:
            pass
    return total


def reported_peak_mb(metrics_glob_root: Path | None) -> float:
    """The largest `peak_memory_mb` in any metrics.jsonl under the worker's output (temp) dirs."""
    if metrics_glob_root is None:
        return 0.0
    peak = 0.0
    parent = metrics_glob_root.parent
    if not parent.is_dir():
        return 0.0
    for f in parent.glob(metrics_glob_root.name + "*/metrics.jsonl"):
        try:
            with f.open("rb") as fh:
                fh.seek(max(0, f.stat().st_size - 4096))
                tail = fh.read().decode("utf-8", "replace").splitlines()
        except OSError:
            continue
        for line in reversed(tail):
            try:
                peak = max(peak, float(json.loads(line).get("peak_memory_mb", 0.0)))
                break
            except (ValueError, AttributeError, TypeError):
                continue
    return peak


@dataclass
class GuardResult:
    stopped: bool = False
    reason: str = ""
    peak_rss: int = 0
    peak_reported_mb: float = 0.0
    limit: int = 0
    samples: int = 0

    def to_dict(self) -> dict:
        return {"stopped": self.stopped, "reason": self.reason, "peak_rss_mb": round(self.peak_rss / MB, 1),
                "peak_reported_mb": round(self.peak_reported_mb, 1), "limit_mb": round(self.limit / MB, 1),
                "samples": self.samples}


def terminate(proc, grace: float = 5.0) -> int | None:
    """SIGTERM the worker's process group, then SIGKILL after `grace` seconds; returns its exit code."""
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 10.0)):
        if proc.poll() is not None:
            break
        try:
            os.killpg(proc.pid, sig)
        except (ProcessLookupError, PermissionError, OSError):
            try:
                proc.send_signal(sig)
            except ProcessLookupError:
                break
        try:
            proc.wait(timeout=wait)
        except Exception:  # subprocess.TimeoutExpired
            continue
    return proc.poll()


def watch(proc, mem: MemoryConfig, stop_event: threading.Event | None = None,
          out_dir: Path | None = None, stop_fraction: float | None = None,
          on_sample: Callable[[int], None] | None = None) -> GuardResult:
    """Block until `proc` exits, sampling its memory; stop it before it crosses the limit.

    The limit is fixed when the worker starts (budget vs available + reserve). Also stops it when the
    machine's available memory falls under the reserve (someone else needs it) or `stop_event` is set
    (daemon shutdown; then `reason` says so).
    """
    limit = limit_bytes(mem)
    res = GuardResult(limit=limit)
    stop_fraction = mem.stop_fraction if stop_fraction is None else stop_fraction
    line = int(limit * stop_fraction)
    reserve = int(mem.reserve_gb * GB)
    while proc.poll() is None:
        rss = tree_rss(proc.pid)
        rep = reported_peak_mb(out_dir)
        res.samples += 1
        res.peak_rss = max(res.peak_rss, rss)
        res.peak_reported_mb = max(res.peak_reported_mb, rep)
        if on_sample:
            on_sample(rss)
        used = max(rss, int(rep * MB))
        why = ""
        if used > line:
            why = (f"memory guard: worker at {used / GB:.2f} GB crossed the stop line {line / GB:.2f} GB "
                   f"({stop_fraction:.0%} of the {limit / GB:.2f} GB limit)")
        elif rss and psutil.virtual_memory().available < reserve:
            why = f"memory guard: machine's available memory fell under the {mem.reserve_gb} GB reserve"
        elif stop_event is not None and stop_event.is_set():
            why = "daemon stopping"
        if why:
            res.stopped, res.reason = True, why
            terminate(proc)
            break
        if stop_event is not None:
            stop_event.wait(mem.poll_seconds)
        else:
            time.sleep(mem.poll_seconds)
    return res
