"""Idle cost of a running daemon: CPU % and resident memory of `timmyd run` over a minute of nothing.

Starts the real service (the `timmyd` CLI, OpenBLAS re-exec and all) on a temporary state directory
and export folder holding the sample sessions (ingested at start, below the threshold so no cycle
runs), waits until it reports `idle`, then samples its CPU time (user + system, children included)
and RSS for `--seconds`. For scale, the same is measured in the same run for the naive peer this
design replaces: a loop that rescans the export folder every second (its reads of the folder must not
wake the daemon either: the watcher only listens for writes). Target: daemon < 1 % of one core.

    .venv/bin/python bench/bench_idle.py [--seconds 60]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
POLLER = """
import os, sys, time
root = sys.argv[1]
while True:
    for dirpath, _, files in os.walk(root):
        for f in files:
            os.stat(os.path.join(dirpath, f))
    time.sleep(1.0)
"""


def cpu_seconds(p: psutil.Process) -> float:
    t = p.cpu_times()
    total = t.user + t.system
    for c in p.children(recursive=True):
        try:
            ct = c.cpu_times()
            total += ct.user + ct.system
        except psutil.Error:
            pass
    return total


def wakeups(p: psutil.Process) -> int:
    """Voluntary context switches of ALL threads (Linux /proc; psutil only reports the main thread)."""
    total = 0
    task = Path(f"/proc/{p.pid}/task")
    if not task.is_dir():
        return p.num_ctx_switches().voluntary
    for t in task.iterdir():
        try:
            for line in (t / "status").read_text().splitlines():
                if line.startswith("voluntary_ctxt_switches:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def measure(procs: dict[str, subprocess.Popen], seconds: float) -> dict:
    """Sample all processes side by side over the same window (same machine load for each)."""
    ps = {k: psutil.Process(p.pid) for k, p in procs.items()}
    c0 = {k: cpu_seconds(p) for k, p in ps.items()}
    w0 = {k: wakeups(p) for k, p in ps.items()}
    rss: dict[str, list[int]] = {k: [] for k in ps}
    t0 = time.monotonic()
    while time.monotonic() - t0 < seconds:
        time.sleep(1.0)
        for k, p in ps.items():
            rss[k].append(p.memory_info().rss)
    dt = time.monotonic() - t0
    return {k: {"cpu_percent": 100.0 * (cpu_seconds(p) - c0[k]) / dt, "cpu_seconds": cpu_seconds(p) - c0[k],
                "wall_seconds": dt, "rss_mb": max(rss[k]) / 2**20,
                "wakeups_per_s": (wakeups(p) - w0[k]) / dt} for k, p in ps.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60.0)
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))
    from timmyd.service.demo import demo_sessions, write_config
    from timmyd.service.status import read_status
    from timmyd.service.tiny import build_model

    root = Path(tempfile.mkdtemp(prefix="timmyd-idle-"))
    try:
        model = build_model(root / "model", size="tiny")
        export = root / "export"
        shutil.copytree(demo_sessions(), export)
        cfg = write_config(root, model, "http://127.0.0.1:9", threshold=10_000)
        env = {k: v for k, v in os.environ.items() if k not in ("TIMMYD_STATE", "TIMMYD_CONFIG", "TIMMYD_NO_REEXEC")}
        exe = [sys.executable, "-m", "timmyd.cli"]
        daemon = subprocess.Popen([*exe, "run", "--config", str(cfg)], env=env, cwd=REPO,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        end = time.time() + 120
        while time.time() < end and read_status(root / "state").get("state") != "idle":
            time.sleep(0.2)
        st = read_status(root / "state")
        if st.get("state") != "idle":
            print(f"daemon did not reach idle: {st}", file=sys.stderr)
            daemon.kill()
            return 1
        time.sleep(2.0)  # let the start-up settle
        poller = subprocess.Popen([sys.executable, "-c", POLLER, str(export)])
        try:
            m = measure({"daemon": daemon, "poller": poller}, args.seconds)
        finally:
            poller.kill()
        d, pr = m["daemon"], m["poller"]
        daemon.send_signal(signal.SIGTERM)
        rc = daemon.wait(timeout=30)
        result = {"daemon": d, "naive_1s_poller": pr, "daemon_exit_code": rc,
                  "pending": st.get("pending_train_pairs"), "target_cpu_percent": 1.0,
                  "ratio_daemon_vs_poller_cpu": d["cpu_percent"] / pr["cpu_percent"] if pr.get("cpu_percent") else None}
        print(json.dumps(result, indent=2))
        ratio = result["ratio_daemon_vs_poller_cpu"]
        ratio = float("nan") if ratio is None else ratio
        print(f"\nidle daemon: {d['cpu_percent']:.3f} % CPU over {d['wall_seconds']:.0f} s "
              f"({'meets' if d['cpu_percent'] < 1.0 else 'MISSES'} the < 1 % target), RSS {d['rss_mb']:.0f} MB, "
              f"{d['wakeups_per_s']:.1f} wakeups/s; naive 1 s poller: {pr.get('cpu_percent', float('nan')):.3f} % "
              f"(daemon/poller = {ratio:.2f}x)")
        return 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
