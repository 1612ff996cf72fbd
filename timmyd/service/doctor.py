"""`timmyd doctor`: what this machine offers the service, and what is missing, in one look.

Answers the questions behind most failed first runs: is MLX importable and on which device, will the
training worker get an optimized BLAS, can llama.cpp check exported adapters, does Ollama answer at the
configured host, is the configured base model there (and where it came from), is the state
directory (the owner's conversations) closed to other accounts, and, for training across several
machines, which distributed backends MLX has here and whether every host of the hostfile answers.
"""

from __future__ import annotations

import importlib.metadata as md
import platform
import shlex
import stat
import sys
from pathlib import Path


def _version(dist: str) -> str | None:
    try:
        return md.version(dist)
    except md.PackageNotFoundError:
        return None


def _mlx(cfg=None) -> dict:
    try:
        import mlx.core as mx
    except Exception as e:  # a broken wheel raises anything
        return {"ok": False, "error": f"mlx does not import: {e}"}
    from timmyd.train import fastmath

    # the trainer's choice (config + backend, subject to its per-model probe); the timing is shown only
    mode = cfg.train.fastmath if cfg is not None else "auto"
    on, why = fastmath.resolve(mode)
    slow = fastmath.exp_slowdown()
    return {"ok": True, "version": _version("mlx") or getattr(mx, "__version__", "?"),
            "device": str(mx.default_device()), "mlx_lm": _version("mlx-lm"),
            "fastmath": on, "fastmath_mode": mode, "fastmath_reason": why,
            "exp_slowdown": None if slow is None else round(slow, 2)}


def _blas() -> dict:
    from timmyd.service import blas
    lib = blas.find_openblas()
    worker = "accelerate (macOS)" if platform.system() == "Darwin" else (
        f"openblas ({lib})" if lib else "mlx bundled reference BLAS (slow; install OpenBLAS, see README)")
    return {"this_process": blas.active(), "training_worker": worker, "openblas": str(lib) if lib else None}


def _llama_cpp() -> dict:
    try:
        import llama_cpp
    except Exception as e:
        return {"available": False, "detail": f"not importable ({type(e).__name__}); "
                "pip install 'timmyd[llamacpp]' to check exported adapters numerically"}
    return {"available": True, "version": getattr(llama_cpp, "__version__", _version("llama-cpp-python"))}


def _ollama(cfg) -> dict:
    from timmyd.ollama.client import OllamaClient, OllamaError
    try:
        with OllamaClient(cfg.ollama.host, timeout=3.0, retries=0) as client:
            return {"reachable": True, "host": client.host, "version": client.version()}
    except OllamaError as e:
        return {"reachable": False, "host": cfg.ollama.host, "detail": str(e)}


def _model(cfg) -> dict:
    if not cfg.model:
        return {"configured": False, "detail": "no `model` in the config (see `timmyd import-base`)"}
    d = Path(cfg.model).expanduser()
    out = {"configured": True, "path": str(d), "exists": (d / "config.json").is_file()}
    if out["exists"]:
        from timmyd.gguf.importer import import_record
        rec = import_record(d)
        out["imported_from"] = rec and {k: rec.get(k) for k in ("source", "sha256", "architecture")}
    return out


def _state(cfg) -> dict:
    """The state directory's mode: group/other access lets other accounts read the owner's conversations."""
    d = cfg.state_path
    try:
        mode = stat.S_IMODE(d.stat().st_mode)
    except FileNotFoundError:
        return {"path": str(d), "exists": False, "mode": None, "private": True, "fix": None}
    private = not mode & 0o077
    return {"path": str(d), "exists": True, "mode": f"{mode:04o}", "private": private,
            "fix": None if private else f"chmod -R go-rwx {shlex.quote(str(d))}"}


def _distributed(cfg) -> dict:
    """The distributed backends MLX offers here and, with `[distributed] hostfile`, whether every host
    answers: a tiny all_sum over the whole group, started the way the daemon starts training."""
    try:
        from timmyd.train.distributed import available_backends
        out = {"backends": available_backends(), "hostfile": cfg.distributed.hostfile or None,
               "backend": cfg.distributed.backend}
    except Exception as e:  # noqa: BLE001 - a broken MLX is reported under "mlx"
        return {"backends": [], "hostfile": cfg.distributed.hostfile or None, "error": str(e)}
    if not cfg.distributed.hostfile:
        return out
    import json
    import subprocess

    from timmyd.config import hostfile_hosts
    from timmyd.service.launch import launch_command, rank_failures

    out["hosts"] = [h.get("ssh") for h in hostfile_hosts(cfg.distributed.hostfile)]
    if cfg.distributed.backend not in out["backends"]:
        out["answer"] = {"ok": False, "detail": f"backend {cfg.distributed.backend!r} is not in this MLX build"}
        return out
    wait = 30.0
    cmd = launch_command([sys.executable, "-m", "timmyd.train.distributed", str(wait)], cfg.distributed)
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=wait + 30, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        out["answer"] = {"ok": False, "detail": f"no answer from the group within {wait + 30:.0f} s"}
        return out
    line = next((x for x in reversed(r.stdout.splitlines()) if x.startswith("{")), "")
    got = json.loads(line) if line else {}
    ok = r.returncode == 0 and got.get("sum") == len(out["hosts"])
    detail = (f"all_sum over {got.get('world_size')} ranks = {got.get('sum')} on {', '.join(got.get('rank_hosts', []))}"
              if got else "; ".join(rank_failures(r.stderr)) or (r.stderr.strip().splitlines() or ["no output"])[-1])
    out["answer"] = {"ok": ok, "detail": detail}
    return out


def diagnose(cfg) -> dict:
    import psutil
    vm = psutil.virtual_memory()
    report = {
        "platform": {"system": platform.system(), "machine": platform.machine(), "python": sys.version.split()[0],
                     "memory_gb": round(vm.total / 2**30, 1), "available_gb": round(vm.available / 2**30, 1),
                     "cpus": psutil.cpu_count()},
        "mlx": _mlx(cfg), "blas": _blas(), "llama_cpp": _llama_cpp(), "gguf": _version("gguf"),
        "ollama": _ollama(cfg), "model": _model(cfg), "state": _state(cfg), "distributed": _distributed(cfg),
    }
    problems = []
    if not report["mlx"]["ok"]:
        problems.append(report["mlx"]["error"])
    if report["blas"]["training_worker"].startswith("mlx bundled"):
        problems.append("training will use MLX's bundled reference BLAS (~20x slower than OpenBLAS)")
    if not report["ollama"]["reachable"]:
        problems.append(f"Ollama does not answer at {report['ollama']['host']} (promotion will wait and retry)")
    if report["model"].get("configured") and not report["model"].get("exists"):
        problems.append(f"configured model {report['model']['path']} has no config.json")
    if not report["state"]["private"]:
        problems.append(f"state directory {report['state']['path']} is open to other accounts "
                        f"(mode {report['state']['mode']}); fix: {report['state']['fix']}")
    ans = report["distributed"].get("answer")
    if ans and not ans["ok"]:
        problems.append(f"distributed hosts of {report['distributed']['hostfile']} do not all answer: {ans['detail']}")
    report["problems"] = problems
    return report


def render(report: dict) -> str:
    p, m, b, lc, o, mo = (report[k] for k in ("platform", "mlx", "blas", "llama_cpp", "ollama", "model"))
    lines = [
        f"platform   {p['system']} {p['machine']}, Python {p['python']}, {p['cpus']} CPUs, "
        f"{p['memory_gb']} GB ({p['available_gb']} GB free)",
        (f"mlx        {m.get('version')} on {m.get('device')}, mlx-lm {m.get('mlx_lm')}, fastmath "
         + ("on" if m.get("fastmath") else "off") + f" ({m.get('fastmath_mode')}: {m.get('fastmath_reason')}"
         + ("" if m.get("exp_slowdown") is None else f"; measured MLX exp {m['exp_slowdown']}x slower than ours")
         + ")") if m["ok"] else f"mlx        {m['error']}",
        f"blas       worker: {b['training_worker']}; this process: {b['this_process']}",
        f"llama.cpp  {('llama-cpp-python ' + str(lc['version'])) if lc['available'] else lc['detail']}",
        f"gguf       {report['gguf']}",
        f"ollama     {o['host']}: " + (f"version {o['version']}" if o["reachable"] else "not reachable"),
        "model      " + (mo["path"] + ("" if mo.get("exists") else " (missing)") if mo.get("configured") else mo["detail"]),
    ]
    if mo.get("imported_from"):
        lines.append(f"           imported from {mo['imported_from']['source']} (sha256 {mo['imported_from']['sha256'][:12]}…)")
    st = report.get("state")
    if st:
        how = ("not created yet" if not st["exists"] else
               f"mode {st['mode']}, " + ("private" if st["private"] else "open to other accounts"))
        lines.append(f"state      {st['path']} ({how})")
    d = report.get("distributed")
    if d:
        line = f"distributed backends {', '.join(d['backends']) or 'none'}; "
        line += (f"hostfile {d['hostfile']} ({len(d.get('hosts', []))} hosts, {d['backend']})" if d["hostfile"]
                 else "one machine (no [distributed] hostfile)")
        if d.get("answer"):
            line += ": " + ("every host answers, " if d["answer"]["ok"] else "NOT every host answers: ") + d["answer"]["detail"]
        lines.append(line)
    lines += [f"problem    {x}" for x in report["problems"]] or ["all good"]
    return "\n".join(lines)
