"""`timmyd doctor`: what this machine offers the service, and what is missing, in one look.

Answers the questions behind most failed first runs: is MLX importable and on which device, will the
training worker get an optimized BLAS, can llama.cpp check exported adapters, does Ollama answer at the
configured host, is the configured base model there (and where it came from), and is the state
directory (the owner's conversations) closed to other accounts.
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


def diagnose(cfg) -> dict:
    import psutil
    vm = psutil.virtual_memory()
    report = {
        "platform": {"system": platform.system(), "machine": platform.machine(), "python": sys.version.split()[0],
                     "memory_gb": round(vm.total / 2**30, 1), "available_gb": round(vm.available / 2**30, 1),
                     "cpus": psutil.cpu_count()},
        "mlx": _mlx(cfg), "blas": _blas(), "llama_cpp": _llama_cpp(), "gguf": _version("gguf"),
        "ollama": _ollama(cfg), "model": _model(cfg), "state": _state(cfg),
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
    lines += [f"problem    {x}" for x in report["problems"]] or ["all good"]
    return "\n".join(lines)
