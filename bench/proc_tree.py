"""Run commands as process trees and measure them: wall and CPU seconds, and per process (ranks, the launcher)
peak RSS, CPU seconds and threads. Used by bench/bench_distributed.py, whose ranks are told apart by the
MLX_RANK in their environment.

CPU seconds of the whole tree come from getrusage of the waited children (exact); per process from psutil
samples every 50 ms (a lower bound: a process that ends between two samples loses its last 50 ms).
"""

from __future__ import annotations

import resource
import subprocess
import threading
import time
from pathlib import Path


class Sampler:
    """Peak RSS and last-seen CPU time of every process under `roots`, sampled every 50 ms."""

    def __init__(self, roots: list[int]):
        import psutil

        self.psutil = psutil
        self.roots = [psutil.Process(p) for p in roots]
        self.procs: dict[int, dict] = {}
        self.stop = threading.Event()
        self.th = threading.Thread(target=self._loop, daemon=True)
        self.th.start()

    def _label(self, p) -> dict:
        info = {}
        try:
            cmd = " ".join(p.cmdline())
            env = p.environ()
            python = "python" in p.name()  # not the launcher's bash (or its $(mktemp)) before it execs the rank
        except self.psutil.Error:
            return info
        if "mlx.launch" in cmd or "_distributed_utils" in cmd or "timmyd.service.launch" in cmd:  # names timmyd.cli too
            info["label"] = "launcher"
        elif python and "timmyd.cli" in cmd:
            info["label"] = f"rank {env['MLX_RANK']}" if "MLX_RANK" in env else "process"
            info["OPENBLAS_NUM_THREADS"] = env.get("OPENBLAS_NUM_THREADS")
            info["openblas_preloaded"] = "openblas" in env.get("LD_PRELOAD", "")
        return info

    def _loop(self) -> None:
        while not self.stop.is_set():
            for root in self.roots:
                try:
                    tree = [root, *root.children(recursive=True)]
                except self.psutil.Error:
                    continue
                for p in tree:
                    try:
                        mem = p.memory_info().rss
                        ct = p.cpu_times()
                        nth = p.num_threads()
                    except self.psutil.Error:
                        continue
                    rec = self.procs.setdefault(p.pid, {"label": "other", "peak_rss_mb": 0.0})
                    if rec["label"] in ("other", "process"):
                        rec.update(self._label(p))  # bash becomes the rank by exec: label it once it has
                    rec["peak_rss_mb"] = max(rec["peak_rss_mb"], mem / 1e6)
                    rec["cpu_seconds"] = ct.user + ct.system
                    rec["max_threads"] = max(rec.get("max_threads", 0), nth)
            time.sleep(0.05)

    def finish(self) -> dict[str, dict]:
        self.stop.set()
        self.th.join()
        out: dict[str, dict] = {}
        for rec in self.procs.values():
            label = rec["label"]
            if label == "other":
                continue
            out[label if label not in out else f"{label} ({len(out)})"] = rec
        return out


def run_tree(cmds: list[list[str]], envs: list[dict], work: Path, name: str) -> dict:
    """Run the commands together (one process tree each), wait for all; wall, CPU and per-process stats."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    logs = [(work / f"{name}-{i}.err").open("w") for i in range(len(cmds))]
    procs = [subprocess.Popen(c, env=e, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=lg, text=True)
             for c, e, lg in zip(cmds, envs, logs, strict=True)]
    sampler = Sampler([p.pid for p in procs])
    outs = [p.communicate()[0] for p in procs]  # stdin: an open pipe, closed only at the end
    wall = time.perf_counter() - t0
    per_proc = sampler.finish()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    for lg in logs:
        lg.close()
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rcs = [p.returncode for p in procs]
    errs = [(work / f"{name}-{i}.err").read_text() for i in range(len(cmds))]
    if any(rcs) or any("[WARN] Node with rank" in e for e in errs):
        raise SystemExit(f"{name} failed (exit codes {rcs}):\n" + "\n".join(e[-3000:] for e in errs))
    return {"wall_seconds": wall, "cpu_seconds": cpu, "processes": per_proc, "stdout": outs}
