"""A worker (or the launcher of a group of them) exits when the daemon that started it is gone.

Kept apart from `worker` so the launcher (`timmyd.service.launch`) and the worker can both use it without
importing each other.
"""

from __future__ import annotations

import os
import threading
import time

PARENT_ENV = "TIMMYD_PARENT_PID"  # the daemon's pid, set by run_guarded before the worker starts


def watch_parent(interval: float = 0.5, parent: int | None = None) -> threading.Thread:
    """Exit when the daemon that started us is gone (SIGKILLed, crashed): the worker runs in its own
    session, so nothing else would stop an orphaned training run from competing with the next one
    for memory. Polling getppid() is portable (Linux's PR_SET_PDEATHSIG has no macOS equivalent).

    The parent to watch is the pid the daemon wrote into our environment before starting us, not
    whatever getppid() says once our imports are done: a daemon that died in between would otherwise
    be "replaced" by init and never missed (a worker then trained on for a dead run)."""
    if parent is None:
        env = os.environ.get(PARENT_ENV, "")
        parent = int(env) if env.isdigit() else os.getppid()
    if os.getppid() != parent:
        os._exit(70)  # already orphaned

    def run() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(70)  # no cleanup: the daemon's recovery removes our temp dir

    t = threading.Thread(target=run, name="parent-watch", daemon=True)
    t.start()
    return t
