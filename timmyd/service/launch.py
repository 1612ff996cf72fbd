"""Start a worker on every host of `[distributed] hostfile` through `mlx.launch`, and read what each rank did.

Why a wrapper around MLX's launcher rather than calling `mlx.launch` directly: the daemon must be able to
tell a failed rank from a finished run, and `mlx.launch` exits 0 even when a rank failed (it stops the
other ranks and prints `[WARN] Node with rank N exited with code X` on stderr instead). `python -m
timmyd.service.launch LAUNCH_ARGS -- CMD` runs MLX's own launcher in-process (we write no transport and no
launcher of our own), exits with the first failed rank's code, and exits by itself when the daemon that
started it is gone, so its ranks never train on for a dead run (each rank exits when the launcher does,
see `parent.watch_parent`). Two of the launcher's polls spin a core when nothing is ever typed to the ranks
(stdin at EOF, stdin pipes always writable); the wrapper gives it a quiet stdin and a `select` without them.

Each launch takes a free starting port: two groups on the same ports sum each other's numbers silently.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import re
import select
import socket
import sys

from timmyd.config import DistributedConfig, hostfile_hosts

_RANK_WARN = re.compile(r"\[WARN\] Node with rank (\d+) (?:exited with code (-?\d+)|(was killed))")
PORT_RANGE = (20000, 60000)


def ports_free(start: int, count: int) -> bool:
    """Whether `count` ports from `start` can be bound on this machine now."""
    for port in range(start, start + count):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            try:
                s.bind(("0.0.0.0", port))
            except OSError:
                return False
    return True


def free_port(count: int, rng: random.Random | None = None) -> int:
    """A starting port with `count` free ports above it (random, so two launches rarely even try the same)."""
    rng = rng or random.SystemRandom()
    for _ in range(200):
        start = rng.randrange(PORT_RANGE[0], PORT_RANGE[1] - count)
        if ports_free(start, count):
            return start
    raise RuntimeError(f"no {count} consecutive free ports found in {PORT_RANGE}")


def launch_command(cmd: list[str], dcfg: DistributedConfig, port: int | None = None) -> list[str]:
    """`cmd` (a Python command line: [python, -m, module, ...]) run on every host of the hostfile."""
    hosts = hostfile_hosts(dcfg.hostfile)
    python = dcfg.python or cmd[0]
    n_ports = sum(max(1, len(h.get("ips") or [])) for h in hosts)  # the ring listens on one port per host and ip
    start = port if port is not None else free_port(n_ports)
    return [sys.executable, "-m", "timmyd.service.launch", "--hostfile", str(dcfg.hostfile), "--backend", dcfg.backend,
            "--starting-port", str(start), "--python", python, "--", *cmd[1:]]


def rank_failures(stderr_text: str) -> list[str]:
    """One line per rank the launcher reported as failed (empty when every rank exited 0)."""
    out = []
    for m in _RANK_WARN.finditer(stderr_text):
        rank, code, killed = m.groups()
        out.append(f"rank {rank} was killed" if killed else f"rank {rank} exited with code {code}")
    return out


def first_failure_code(lines: list[str]) -> int:
    """The exit code the wrapper reports: the first failed rank's (1 when it was killed or negative)."""
    for line in lines:
        m = re.search(r"code (-?\d+)", line)
        if m and int(m.group(1)) > 0:
            return int(m.group(1))
    return 1


class _Tee(io.TextIOBase):
    """Pass the launcher's stderr through and keep a copy to find failed ranks in."""

    def __init__(self, target):
        self.target, self.kept = target, []

    def write(self, s: str) -> int:
        self.kept.append(s)
        return self.target.write(s)

    def flush(self) -> None:
        self.target.flush()

    @property
    def buffer(self):  # the launcher writes the ranks' bytes here; their lines are not parsed
        return self.target.buffer

    def fileno(self) -> int:
        return self.target.fileno()


_stdin_pipe: list[int] = []


def _quiet_stdin() -> None:
    """Give the launcher a stdin that never has data: it polls stdin to forward typing to the ranks, and
    on /dev/null (the daemon's workers' stdin) that poll returns at once, spinning a core for the whole run."""
    r, w = os.pipe()
    os.dup2(r, 0)
    os.close(r)
    _stdin_pipe.append(w)  # the write end stays open (never written): reads block instead of hitting EOF


def _reads_only(rlist, wlist, xlist, timeout=None):
    """`select` for mlx.launch's per-rank I/O threads without the ranks' stdin pipes: those are always
    writable, so MLX's select returns at once and each thread spins a core for the whole run (measured:
    31.6 CPU-s of 37.3 s wall in bench/bench_distributed.py). Nothing is ever typed to a worker."""
    r, _, x = select.select(rlist, [], xlist, timeout)
    return r, [], x


def main(argv: list[str] | None = None) -> int:
    from mlx._distributed_utils import launch as mlx_launch

    from timmyd.service.parent import watch_parent

    watch_parent()
    _quiet_stdin()
    argv = list(sys.argv[1:] if argv is None else argv)
    mlx_launch.select = _reads_only
    tee = _Tee(sys.stderr)
    old = sys.argv
    sys.argv = ["mlx.launch", *argv]
    try:
        with contextlib.redirect_stderr(tee):
            mlx_launch.main()
    except SystemExit as e:  # the launcher's argument errors
        return int(e.code or 0) if isinstance(e.code, int) else 2
    finally:
        sys.argv = old
    failed = rank_failures("".join(tee.kept))
    if failed:
        print(f"timmyd launch: error: {'; '.join(failed)}", file=sys.stderr, flush=True)
        return first_failure_code(failed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
