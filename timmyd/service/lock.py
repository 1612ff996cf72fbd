"""One daemon per state directory: an flock()ed file `<state>/timmyd.lock` holding the owner's pid.

flock is released by the kernel when its holder dies however it dies, so a lock left behind by a
crashed daemon is simply taken over; the pid inside is only for humans and `timmyd status`.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import psutil

LOCK_NAME = "timmyd.lock"


class LockHeld(RuntimeError):
    """Another daemon already runs on this state directory."""


class DaemonLock:
    def __init__(self, state_dir: Path):
        self.path = Path(state_dir) / LOCK_NAME
        self._fd: int | None = None
        self.took_over: int | None = None  # pid of a dead previous holder, if any

    def acquire(self) -> DaemonLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            pid = read_pid(self.path)
            raise LockHeld(f"another timmyd daemon is already running (pid {pid or '?'}; lock {self.path}); "
                           f"stop it first or use another state directory") from None
        old = read_pid(self.path)
        if old and old != os.getpid():
            self.took_over = old  # its holder is gone (else flock would have failed): stale lock
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        os.fsync(fd)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> DaemonLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def read_pid(path: Path) -> int | None:
    try:
        text = Path(path).read_text().strip()
        return int(text) if text else None
    except (OSError, ValueError):
        return None


def lock_owner(state_dir: Path) -> int | None:
    """The pid of the running daemon, or None: the lock must be held AND the pid alive."""
    path = Path(state_dir) / LOCK_NAME
    if not path.exists():
        return None
    pid = read_pid(path)
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None  # nobody holds it
    except BlockingIOError:
        return pid if pid and psutil.pid_exists(pid) else None
    finally:
        os.close(fd)
