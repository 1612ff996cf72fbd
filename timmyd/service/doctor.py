"""`timmyd doctor`: what this machine offers the service, and what is missing, in one look.

Answers the questions behind most failed first runs: is MLX importable and on which device, will the
training worker get an optimized BLAS, can llama.cpp check exported adapters, does Ollama answer at the
configured host, and is the configured base model there (and where it came from).
"""

from __future__ import annotations

import importlib.metadata as md
import platform
import sys
from pathlib import Path


def _version(dist: str) -> str | None:
    try:
        return md.version(dist)
    except md.PackageNotFoundError:
        return None


def _mlx() -> dict:
    try:
        import mlx.core as mx
    except Exception as e:  # a broken wheel raises anything
        return {"ok": False, "error": f"mlx does not import: {e}"}
    from timmyd.train import fastmath

    # whether MLX's exp is slow here, so the trainer uses its own (subject to its per-model probe)
    return {"ok": True, "version": _version("mlx") or getattr(mx, "__version__", "?"),
            "device": str(mx.default_device()), "mlx_lm": _version("mlx-lm"),
            "fastmath": fastmath.faster_than_builtin()}


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


def diagnose(cfg) -> dict:
    import psutil
    vm = psutil.virtual_memory()
    report = {
        "platform": {"system": platform.system(), "machine": platform.machine(), "python": sys.version.split()[0],
                     "memory_gb": round(vm.total / 2**30, 1), "available_gb": round(vm.available / 2**30, 1),
                     "cpus": psutil.cpu_count()},
        "mlx": _mlx(), "blas": _blas(), "llama_cpp": _llama_cpp(), "gguf": _version("gguf"),
        "ollama": _ollama(cfg), "model": _model(cfg),
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
    report["problems"] = problems
    return report


def render(report: dict) -> str:
    p, m, b, lc, o, mo = (report[k] for k in ("platform", "mlx", "blas", "llama_cpp", "ollama", "model"))
    lines = [
        f"platform   {p['system']} {p['machine']}, Python {p['python']}, {p['cpus']} CPUs, "
        f"{p['memory_gb']} GB ({p['available_gb']} GB free)",
        (f"mlx        {m.get('version')} on {m.get('device')}, mlx-lm {m.get('mlx_lm')}, fastmath "
         + ("on (MLX's exp is slow here)" if m.get("fastmath") else "off")) if m["ok"] else f"mlx        {m['error']}",
        f"blas       worker: {b['training_worker']}; this process: {b['this_process']}",
        f"llama.cpp  {('llama-cpp-python ' + str(lc['version'])) if lc['available'] else lc['detail']}",
        f"gguf       {report['gguf']}",
        f"ollama     {o['host']}: " + (f"version {o['version']}" if o["reachable"] else "not reachable"),
        "model      " + (mo["path"] + ("" if mo.get("exists") else " (missing)") if mo.get("configured") else mo["detail"]),
    ]
    if mo.get("imported_from"):
        lines.append(f"           imported from {mo['imported_from']['source']} (sha256 {mo['imported_from']['sha256'][:12]}…)")
    lines += [f"problem    {x}" for x in report["problems"]] or ["all good"]
    return "\n".join(lines)
