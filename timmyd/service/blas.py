"""Find an optimized BLAS for MLX's CPU backend on Linux and hand it to worker processes.

The mlx-cpu wheel bundles a reference BLAS (~5 GFLOP/s here); Debian's OpenBLAS preloaded in front
of it gives ~95 GFLOP/s. A process cannot preload a library into itself after start, so training and
evaluation run in subprocesses whose environment `worker_env()` prepares.
"""

from __future__ import annotations

import os
import platform
from pathlib import Path

from timmyd.config import REPO_ROOT

_REL = Path("usr/lib/x86_64-linux-gnu")
_LIB = "openblas-pthread/libopenblas.so.0"


def candidates() -> list[Path]:
    env = os.environ.get("TIMMYD_OPENBLAS")
    roots = [Path(env)] if env else []
    roots += [REPO_ROOT / ".cache" / "openblas" / _REL, Path("/") / _REL]
    return [r / _LIB if r.is_dir() else r for r in roots]


def find_openblas() -> Path | None:
    if platform.system() != "Linux":
        return None
    for c in candidates():
        if c.is_file():
            return c
    return None


def active() -> str:
    """Which BLAS this process uses: 'openblas (<path>)', 'accelerate' (macOS) or 'mlx bundled reference'."""
    if platform.system() == "Darwin":
        return "accelerate (macOS)"
    pre = os.environ.get("LD_PRELOAD", "")
    if "openblas" in pre:
        return f"openblas ({pre})"
    return "mlx bundled reference BLAS (slow)"


def worker_env(base: dict | None = None) -> dict:
    """Environment for a worker subprocess with OpenBLAS preloaded when one is found."""
    env = dict(os.environ if base is None else base)
    lib = find_openblas()
    if lib is None or "openblas" in env.get("LD_PRELOAD", ""):
        return env
    libdir = lib.parent.parent  # .../x86_64-linux-gnu, which also holds libgfortran
    env["LD_LIBRARY_PATH"] = os.pathsep.join(p for p in (str(libdir), env.get("LD_LIBRARY_PATH", "")) if p)
    env["LD_PRELOAD"] = " ".join(p for p in (str(lib), env.get("LD_PRELOAD", "")) if p)
    return env


def reexec_with_openblas(argv: list[str]) -> None:
    """Re-run this CLI once with OpenBLAS preloaded (Linux only; no-op when absent or already done)."""
    import sys
    if os.environ.get("TIMMYD_NO_REEXEC") or find_openblas() is None or "openblas" in os.environ.get("LD_PRELOAD", ""):
        return
    env = worker_env()
    env["TIMMYD_NO_REEXEC"] = "1"
    os.execve(sys.executable, [sys.executable, "-m", "timmyd.cli", *argv], env)


if __name__ == "__main__":  # `eval "$(python -m timmyd.service.blas)"` exports the preload for a shell
    import shlex
    e = worker_env({})
    for k in ("LD_LIBRARY_PATH", "LD_PRELOAD"):
        if k in e:
            print(f"export {k}={shlex.quote(e[k])}")
