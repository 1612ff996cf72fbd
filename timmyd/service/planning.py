"""When a cycle is due: the threshold of new pairs, held-out pairs to judge on, quiet hours, the
cooldown and the back-off after a cycle that failed on its own. Pure functions of the config, the
ledger's counts and the clock, so the daemon's planning is testable without running one.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from timmyd.config import Config, quiet_window


def in_quiet_hours(cfg: Config, now: datetime) -> datetime | None:
    """When `now` (local time) is inside the quiet window, the local time it ends; else None."""
    w = quiet_window(cfg)
    if not w:
        return None
    start, end = w
    m = now.hour * 60 + now.minute
    inside = (start <= m < end) if start <= end else (m >= start or m < end)
    if not inside or start == end:
        return None
    t = now.replace(hour=end // 60, minute=end % 60, second=0, microsecond=0)
    return t if t > now else t + timedelta(days=1)


INTERRUPTED = "interrupted:"  # how a run stopped by the daemon's stop or death starts its error


def plan(cfg: Config, pending: int, heldout: int, last_finished: float | None, now: float,
         last_failed: bool = False) -> tuple[bool, float | None, str]:
    """(cycle due?, when to look again (epoch seconds; None = at the next file event/rescan), why not).

    A failed cycle leaves its pairs unused, so without a pause a run that fails every time (bad data,
    a broken model dir, a worker the OOM killer stops) would loop; `[daemon] failed_backoff_minutes`
    is the floor of the cooldown after one. Only a cycle that failed on its own backs off: one the
    daemon's stop or death interrupted is retried at the next start (see `Daemon.last_cycle`)."""
    d = cfg.daemon
    cooldown = max(d.cooldown_minutes, d.failed_backoff_minutes) if last_failed else d.cooldown_minutes
    if pending < d.threshold:
        return False, None, f"waiting for pairs ({pending}/{d.threshold})"
    if heldout < 1:
        return False, None, "no held-out pairs to evaluate on yet"
    quiet_end = in_quiet_hours(cfg, datetime.fromtimestamp(now))
    if quiet_end is not None:
        return False, quiet_end.timestamp(), f"quiet hours ({d.quiet_hours})"
    if last_finished is not None and now < last_finished + cooldown * 60:
        what = "the last cycle failed" if last_failed else "the last cycle"
        return False, last_finished + cooldown * 60, f"cooldown ({cooldown:g} min after {what})"
    return True, now, ""
