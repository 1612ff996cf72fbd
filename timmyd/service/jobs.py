"""The work a guarded worker does, as plain library calls: train, eval, report, promote, ingest, import.

One function per job, called two ways with the same arguments: by the CLI command of the same name
(so a worker does exactly what a user can run by hand, `timmyd train ... --json`), and by the worker
process (`python -m timmyd.service.worker -- JOB SPEC_JSON`), which passes the JSON spec as keyword
arguments. Each returns the one JSON-able dict the command prints with `--json`. `config` is a config
file path (None: $TIMMYD_CONFIG, else the checkout's etc/timmyd.toml).
"""

from __future__ import annotations

import json
from collections.abc import Callable

from timmyd import config as config_mod


class JobError(ValueError):
    """A job's arguments do not make sense (the user can fix them); one line, no traceback."""


def _model(cfg, model: str | None) -> str:
    model = model or cfg.model
    if not model:
        raise JobError("no model: pass --model DIR or set 'model' in the config")
    return model


def _join_group(cfg) -> None:
    """Under `mlx.launch`: the group's wait limit from `[distributed] timeout_s`, before the group forms."""
    from timmyd.train import distributed

    distributed.set_timeout(cfg.distributed.timeout_s)


def judge_chat(cfg, judge: bool = False):
    """The judge's chat function when enabled by config or `judge`, else None."""
    if not (cfg.judge.enabled or judge):
        return None
    from timmyd.evaluate.judge import ollama_chat
    return ollama_chat(cfg)


def train_job(data: str, out: str, config: str | None = None, model: str | None = None,
              method: str | None = None, beta: float | None = None, init_adapter: str | None = None,
              progress: bool = False, no_search: bool = False, **overrides) -> dict:
    """Train one DPO/SimPO adapter on a pair file; `overrides` are `TrainOptions` fields (None = config).
    The learning-rate search ([search]) runs unless `no_search` or an explicit `learning_rate` override.
    Returns the trainer's summary."""
    from timmyd.pairs import read_pairs
    from timmyd.train import TrainOptions, train
    from timmyd.train.search import options_for

    cfg = config_mod.load(config)
    _join_group(cfg)
    model = _model(cfg, model)
    method = method or (cfg.train.method if cfg.train.method != "both" else "dpo")
    beta_key = "simpo_beta" if method == "simpo" else "beta"
    opts = TrainOptions.from_config(cfg.train, method=method, **{beta_key: beta}, **overrides)
    search = options_for(cfg, no_search=no_search, learning_rate=overrides.get("learning_rate"))
    return train(read_pairs(data), model, out, opts, init_adapter=init_adapter, progress=progress, search=search)


def eval_job(data: str, config: str | None = None, model: str | None = None, adapter: str | None = None,
             against: str | None = None, judge: bool = False, batch_size: int | None = None,
             gen_prompts: int | None = None, max_new_tokens: int | None = None,
             openers_from: str | None = None) -> dict:
    """Held-out metrics of `adapter` (None: the base) and, with `against`, of the adapter in service:
    {candidate, current, diff, verdict}. `openers_from`: the TRAINING pairs file the boilerplate openers
    are learned from (`metrics.learn_openers`, [eval].opener_min_count); None = boilerplate not measured. `batch_size` (pairs per forward pass), `gen_prompts` and
    `max_new_tokens` override `[eval]` (None = config): a rung of the memory guard's evaluation ladder
    (`memory.EvalRung.overrides`). Candidate and current are always evaluated with the same values."""
    import dataclasses

    from timmyd.evaluate.metrics import evaluate, evaluate_against, learn_openers
    from timmyd.pairs import read_pairs

    cfg = config_mod.load(config)
    _join_group(cfg)
    over = {k: v for k, v in (("batch_size", batch_size), ("gen_prompts", gen_prompts),
                              ("max_new_tokens", max_new_tokens)) if v is not None}
    bad = [f"{k} = {v}" for k, v in over.items() if v < (1 if k == "batch_size" else 0)]
    if bad:
        raise JobError(f"eval: {', '.join(bad)} is out of range (batch_size >= 1, the others >= 0)")
    if over:
        cfg = dataclasses.replace(cfg, eval=dataclasses.replace(cfg.eval, **over))
    model = _model(cfg, model)
    pairs = read_pairs(data)
    openers = learn_openers(read_pairs(openers_from), cfg.eval.opener_min_count) if openers_from else None
    if adapter is None:
        if against:
            raise JobError("--against needs --adapter (the candidate)")
        return {"candidate": evaluate(model, None, pairs, cfg, openers=openers), "current": None, "diff": None,
                "verdict": None}
    return evaluate_against(model, adapter, against, pairs, cfg, judge_chat(cfg, judge), openers=openers)


def report_job(runs: list[str], config: str | None = None, data: str | None = None, model: str | None = None,
               judge: bool = False) -> dict:
    """The Markdown + HTML report of training runs already made (matplotlib loads here, not in the daemon)."""
    from timmyd.evaluate.compare import report_runs

    cfg = config_mod.load(config)
    return report_runs(runs, cfg, data=data, model_dir=model, judge_chat=judge_chat(cfg, judge))


PROMOTE_EXIT = {"promoted": 0, "rolled_back": 0, "unreachable": 3}  # 3 = retry later; anything else 1


def promote_job(target: str, config: str | None = None, model: str | None = None,
                strategy: str | None = None) -> dict:
    """Put a run's (or an adapter directory's) adapter into Ollama and point the served name at it;
    the promotion record (its `status` decides the exit code, `PROMOTE_EXIT`)."""
    import dataclasses
    from pathlib import Path

    from timmyd.ledger import open_ledger
    from timmyd.ollama import promote, targets

    cfg = config_mod.load(config)
    if strategy:
        cfg = dataclasses.replace(cfg, promote=dataclasses.replace(cfg.promote, strategy=strategy))
    with open_ledger(cfg) as ledger:
        adapter_dir, run_id = targets.resolve_target(ledger, str(target))
        model_dir = model or cfg.model or targets.model_of(adapter_dir)
        return promote.promote(cfg, ledger, adapter_dir, Path(model_dir) if model_dir else None, run_id).to_dict()


def ingest_job(paths: list[str], config: str | None = None, dry_run: bool = False, details: bool = False,
               model: str | None = None) -> dict:
    """Mine pairs from `paths` (default: the config's export_dir) into the ledger; `model` replaces the
    config's (the daemon passes the MLX directory it resolved an Ollama name or GGUF to)."""
    import dataclasses

    from timmyd.ingest.pipeline import ingest

    cfg = config_mod.load(config)
    if model:
        cfg = dataclasses.replace(cfg, model=model)
    return ingest(paths or [cfg.export_path], cfg, dry_run=dry_run).to_dict(details=details)


def import_job(source: str, out: str, config: str | None = None, force: bool = False) -> dict:
    """Import the base model `source` (an Ollama model name or a GGUF file) into the MLX directory `out`
    (`timmyd import-base SOURCE --out OUT --json`); the import record (its `sha256` is the source's)."""
    from timmyd.ollama.models import import_base

    cfg = config_mod.load(config)
    return import_base(source, out, ollama_host=cfg.ollama.host, force=force)


JOBS: dict[str, Callable[..., dict]] = {"train": train_job, "eval": eval_job, "report": report_job,
                                         "promote": promote_job, "ingest": ingest_job, "import": import_job}


def job_args(name: str, **spec) -> list[str]:
    """The worker's arguments for one job: [JOB, SPEC_JSON] (None values left out)."""
    if name not in JOBS:
        raise JobError(f"unknown job {name!r} (one of {', '.join(JOBS)})")
    return [name, json.dumps({k: v for k, v in spec.items() if v is not None}, default=str)]


def run_job(name: str, spec_json: str) -> tuple[int, dict]:
    """Run a job from its worker arguments; (exit code, result)."""
    if name not in JOBS:
        raise JobError(f"unknown job {name!r} (one of {', '.join(JOBS)})")
    try:
        spec = json.loads(spec_json)
    except ValueError as e:
        raise JobError(f"job {name}: the spec is not JSON ({e})") from e
    if not isinstance(spec, dict):
        raise JobError(f"job {name}: the spec must be a JSON object")
    res = JOBS[name](**spec)
    code = PROMOTE_EXIT.get(str(res.get("status")), 1) if name == "promote" else 0
    return code, res
