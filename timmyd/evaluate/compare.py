"""`timmyd compare`: train several methods on one split, evaluate each on the same held-out pairs, report.

The split is ingest's (`timmyd.ingest.split.split_of`): deterministic by the hash of the pair's PROMPT (the
first 64 bits of its sha256 as a fraction of 2**64, below `heldout_fraction` = held out), so pairs that
share a prompt (two corrections of one reply) never straddle train and held-out, rerunning on the same
file compares on the same pairs, adding pairs never moves an old pair, and a file exported from the
ledger splits exactly as the daemon split it.
"""

from __future__ import annotations

import json
from pathlib import Path

from loguru import logger

from timmyd.evaluate.metrics import EvalError, evaluate, judge_samples, learn_openers
from timmyd.evaluate.report import EVAL_FILE, load_run, new_report_dir, render
from timmyd.evaluate.verdict import decide
from timmyd.pairs import Pair, read_pairs, write_pairs


def is_heldout(pair: Pair, fraction: float) -> bool:
    """The same rule as ingest's ledger split, so compare and the daemon hold out the same pairs."""
    from timmyd.ingest.split import split_of

    return split_of(pair, fraction) == "heldout"


def split_pairs(pairs: list[Pair], fraction: float) -> tuple[list[Pair], list[Pair]]:
    """(train, held-out), duplicates (same key) dropped, order kept."""
    seen, train, held = set(), [], []
    for p in pairs:
        if p.key in seen:
            continue
        seen.add(p.key)
        (held if is_heldout(p, fraction) else train).append(p)
    return train, held


def write_eval(run_dir: str | Path, metrics: dict, cfg) -> dict:
    """Store an adapter's held-out metrics and its verdict against the base next to the adapter."""
    verdict = decide(metrics, None, cfg.verdict).to_dict()
    doc = {"candidate": metrics, "verdict": verdict}
    (Path(run_dir) / EVAL_FILE).write_text(json.dumps(doc, indent=1, default=str), encoding="utf-8")
    return doc


def evaluate_runs(run_dirs: list[str | Path], model_dir: str | Path, heldout: list[Pair], cfg,
                  judge_chat=None, openers: list[str] | None = None) -> list[dict]:
    """Evaluate each run's adapter on the same held-out pairs (base computed once), write eval.json;
    `openers` (learned from the training pairs) for the boilerplate measure, None = not measured."""
    cache: dict = {}
    docs = []
    for d in run_dirs:
        m = evaluate(model_dir, d, heldout, cfg, base_cache=cache, openers=openers)
        if judge_chat is not None:
            m["judge"] = judge_samples(m, None, judge_chat, cfg.judge.max_pairs)
        docs.append(write_eval(d, m, cfg))
    return docs


def compare(data: str | Path, model_dir: str | Path, methods: list[str], cfg, *,
            heldout_fraction: float | None = None, train_overrides: dict | None = None,
            judge_chat=None, progress: bool = True) -> dict:
    """Train each method on the same train pairs, evaluate all on the same held-out pairs, write the report."""
    from timmyd.train import TrainOptions, train
    from timmyd.train.search import options_for

    fraction = cfg.ingest.heldout_fraction if heldout_fraction is None else heldout_fraction
    if not 0.0 < fraction < 1.0:
        raise EvalError(f"--heldout-fraction must be between 0 and 1, got {fraction}")
    bad = [m for m in methods if m not in ("dpo", "simpo")]
    if bad or not methods:
        raise EvalError(f"--methods must name dpo and/or simpo, got {','.join(methods) or 'nothing'}")
    pairs = read_pairs(data)
    train_pairs, held = split_pairs(pairs, fraction)
    if not held or not train_pairs:
        raise EvalError(f"{data}: {len(train_pairs)} train and {len(held)} held-out pairs at heldout fraction "
                        f"{fraction}; need at least one of each (more pairs or another fraction)")
    out = new_report_dir(cfg.state_path, "compare")
    write_pairs(out / "train.jsonl", train_pairs)
    write_pairs(out / "heldout.jsonl", held)
    logger.info("compare {}: {} train / {} held-out pairs -> {}", methods, len(train_pairs), len(held), out)
    run_dirs = []
    for method in methods:
        opts = TrainOptions.from_config(cfg.train, method=method, **(train_overrides or {}))
        run_dir = out / "runs" / method
        search = options_for(cfg, learning_rate=(train_overrides or {}).get("learning_rate"))
        train(train_pairs, model_dir, run_dir, opts, progress=progress, search=search)
        run_dirs.append(run_dir)
    openers = learn_openers(train_pairs, cfg.eval.opener_min_count)
    docs = evaluate_runs(run_dirs, model_dir, held, cfg, judge_chat, openers)
    runs = [load_run(d) for d in run_dirs]
    meta = {"model": str(model_dir), "data": str(data), "train pairs": len(train_pairs),
            "held-out pairs": len(held), "held-out fraction": fraction, "methods": ", ".join(methods)}
    paths = render(runs, out, title="timmyd: " + " vs ".join(m.upper() for m in methods), meta=meta)
    return {"report": paths, "train_pairs": len(train_pairs), "heldout_pairs": len(held),
            "runs": [run_brief(r, doc) for r, doc in zip(runs, docs, strict=True)]}


def run_brief(run: dict, doc: dict) -> dict:
    m, s = doc["candidate"], run["summary"]
    keys = ("accuracy_per_token", "accuracy_reward", "reward_margin", "delta_chosen_logp_per_token",
            "kl_chosen_per_token", "gen_mean_tokens", "base_accuracy_per_token")
    return {"name": run["name"], "method": run["method"], "dir": run["dir"], "seconds": s.get("seconds"),
            "peak_memory_mb": s.get("peak_memory_mb"), "tokens_per_sec": s.get("tokens_per_sec"),
            **{k: m.get(k) for k in keys}, "promote": doc["verdict"]["promote"], "verdict": doc["verdict"]["summary"]}


def report_runs(run_dirs: list[str | Path], cfg, *, data: str | Path | None = None,
                model_dir: str | Path | None = None, judge_chat=None) -> dict:
    """Write a report for existing runs; with `data`, (re-)evaluate them on those held-out pairs first."""
    if not run_dirs:
        run_dirs = latest_runs(cfg.state_path)
        if not run_dirs:
            raise EvalError(f"no runs given and none found under {cfg.state_path / 'adapters'}")
    runs = [load_run(d) for d in run_dirs]  # validates every directory before any work
    if data is not None:
        model = model_dir or runs[0]["summary"].get("model") or cfg.model
        if not model:
            raise EvalError("--model is needed to evaluate (the runs' summary.json names none)")
        evaluate_runs([r["dir"] for r in runs], model, read_pairs(data), cfg, judge_chat)
        runs = [load_run(d) for d in run_dirs]
    out = new_report_dir(cfg.state_path)
    meta = {"model": model_dir or runs[0]["summary"].get("model"), "data": None if data is None else str(data),
            "runs": ", ".join(r["dir"] for r in runs)}
    paths = render(runs, out, title="timmyd report", meta=meta)
    return {"report": paths, "runs": [r["dir"] for r in runs]}


def latest_runs(state: Path) -> list[Path]:
    """The daemon's newest cycle: the `<state>/adapters/<run>-<method>` dirs sharing the newest run id."""
    root = state / "adapters"
    if not root.is_dir():
        return []
    dirs = sorted((d for d in root.iterdir() if d.is_dir() and (d / "summary.json").is_file()),
                  key=lambda d: d.stat().st_mtime)
    if not dirs:
        return []
    newest = dirs[-1].name.rpartition("-")[0]
    same = [d for d in dirs if newest and d.name.rpartition("-")[0] == newest]
    return same or dirs[-1:]
