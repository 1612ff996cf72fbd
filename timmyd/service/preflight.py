"""What each stage of a cycle may run at this memory limit, decided before its worker starts.

The evaluation ladder through the preflight (`eval_preflight`), which GGUF export a promotion may run
(`export_plan`: a fused export that cannot fit falls back to the LoRA adapter under "auto"), and the
up-front refusal of a cycle whose training, evaluation or only possible export cannot fit at its
smallest rung (`cycle_refusal`, naming the smallest `[memory] budget_gb` that would work). The
estimates themselves are in `stage_estimates.py` and `estimate.py`; `cycle.py` walks the ladders.
"""

from __future__ import annotations

import json
from pathlib import Path

from loguru import logger

from timmyd.config import Config
from timmyd.service.memory import GB, limit_bytes
from timmyd.service.stage_estimates import (
    EvalRung,
    estimate_eval,
    estimate_export,
    eval_ladder,
    eval_shape_of,
    fastmath_probed,
    refusal,
    smallest_need,
    stage_preflight,
)
from timmyd.service.worker import TrainOutcome


def eval_preflight(cfg: Config, heldout: Path, available: int | None = None) -> tuple[list[EvalRung], list[dict]]:
    """The evaluation ladder of `[eval]` for the held-out pairs in `heldout`, through the preflight:
    (rungs that fit, a record per rung). The fast-path probe counts unless the base cache holds its
    result for this model (`evaluate.metrics.evaluate` probes once per model and fastmath decision)."""
    from timmyd.pairs import read_pairs

    t = cfg.train
    probe_fastmath = fastmath_probed(getattr(t, "fastmath", "auto"))
    probe = not (cfg.eval.cache_base and _probe_cached(cfg, probe_fastmath))
    try:
        shape = eval_shape_of(read_pairs(heldout))
    except (OSError, ValueError) as e:  # the worker will say what is wrong with the file
        shape = e

    def est(r: EvalRung):
        if isinstance(shape, Exception):
            raise shape  # no estimate: the rung is let through (the runtime guard still watches it)
        return estimate_eval(cfg.model, r, t.max_seq_length, shape, t.num_layers, t.rank, probe, probe_fastmath)

    return stage_preflight(eval_ladder(cfg.eval.batch_size, cfg.eval.gen_prompts, cfg.eval.max_new_tokens), est,
                           cfg.memory, available)


def _probe_cached(cfg: Config, fastmath: bool) -> bool:
    """Whether the evaluation's base cache holds this model's fast-path probe, made under the fastmath
    decision the next evaluation will make (else it probes again)."""
    from timmyd.evaluate.cache import BaseCache

    try:
        flags = BaseCache.for_model(cfg.state_path, cfg.model).get_probe()
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False
    return isinstance(flags, dict) and flags.get("fastmath") is fastmath


def _write_ladder(log: Path, attempts: list[dict], error: str) -> None:
    try:
        log.with_suffix(".ladder.json").write_text(json.dumps({"attempts": attempts, "error": error}, default=str),
                                                   encoding="utf-8")
    except OSError as e:  # the record must not turn a result into a crash
        logger.warning("could not write {}: {}", log.with_suffix(".ladder.json"), e)


def _fused_only(cfg: Config) -> bool:
    """Whether a promotion can only be a fused GGUF ([promote] strategy "fused", or "auto" without a
    base_name for an adapter to go on)."""
    return cfg.promote.strategy == "fused" or (cfg.promote.strategy == "auto" and not cfg.promote.base_name)


def export_plan(cfg: Config, model_dir: str | None, available: int | None = None) -> tuple[str | None, dict, str]:
    """Which GGUF export a promotion may run within the memory limit: (strategy override for the
    `promote` job or None, a note for the record, '' or why no export fits). The LoRA adapter export
    is small; a fused one materialises merged weights and has no smaller rung: when it cannot fit,
    "auto" with a base model exports the adapter only, and "fused" (or "auto" without a base) is refused."""
    t, mem = cfg.train, cfg.memory
    limit = limit_bytes(mem, available)
    try:
        fused = estimate_export(model_dir, "fused", cfg.promote.fused_outtype, t.num_layers, t.rank) \
            if cfg.promote.strategy != "adapter" else None
        lora = estimate_export(model_dir, "adapter", cfg.promote.fused_outtype, t.num_layers, t.rank)
    except (OSError, ValueError, KeyError, TypeError) as e:  # no estimate: the runtime guard still watches
        logger.debug("no export estimate for {}: {}", model_dir, e)
        return None, {}, ""
    note = {"limit_gb": round(limit / GB, 3), "adapter_export_gb": round(lora.total / GB, 3)}
    if fused is not None:
        note["fused_export_gb"] = round(fused.total / GB, 3)
        if fused.total <= limit:
            return None, {}, ""
        if _fused_only(cfg):
            return None, note, refusal("the fused export for promotion", fused.total, mem, available, smallest_rung=False)
    if lora.total > limit:
        return None, note, refusal("the LoRA adapter export for promotion", lora.total, mem, available,
                                   smallest_rung=False)
    if fused is None:
        return None, {}, ""
    note["strategy"] = "adapter"
    note["reason"] = (f"memory guard: the fused export needs ~{fused.total / GB:.1f} GB > limit {limit / GB:.2f} GB; "
                      "exporting the LoRA adapter only")
    return "adapter", note, ""


def cycle_refusal(cfg: Config, method: str, train_fit: list, train_records: list[dict],
                  heldout: Path) -> TrainOutcome | None:
    """Before any worker of a cycle starts: training, then the stages a cycle cannot do without -
    evaluation at its smallest rung, and the fused export when it is the only way to promote - must
    fit the limit. A failed TrainOutcome naming the smallest `[memory] budget_gb` that would work for
    all of them, or None. (The report is optional: `write_report` skips it when it cannot fit.)"""
    mem = cfg.memory
    needs: list[tuple[str, int, bool]] = []  # (stage, bytes at its smallest rung, has a ladder)
    refused = [r for r in train_records if not r["fits"]]
    if not train_fit:
        needs.append((f"{method} training", smallest_need(train_records) or 0, True))
    eval_fit, eval_records = eval_preflight(cfg, heldout)
    later: list[dict] = []  # the records of the later stages that do not fit
    if not eval_fit:
        needs.append(("evaluation", smallest_need(eval_records) or 0, True))
        later += [{"stage": "evaluation", **r} for r in eval_records]
    if _fused_only(cfg):
        _, note, why = export_plan(cfg, cfg.model)
        if why:
            needs.append(("the fused export for promotion", int(note["fused_export_gb"] * GB), False))
            later.append({"stage": "fused export", "rung": {"step": "fused export"}, "fits": False,
                          "estimate_gb": note["fused_export_gb"], "limit_gb": note["limit_gb"]})
    if not needs:
        return None
    if train_fit:  # the attempts are training's when training is what does not fit (the message names the rest)
        refused += later
    stage, need, laddered = needs[0]
    also = max([n for _, n, _ in needs] + [smallest_need(train_records) or 0])  # one raise covers every stage
    msg = refusal(stage, need, mem, smallest_rung=laddered, also=also)
    if not train_fit:  # the words `train_with_ladder` uses when nothing fits
        msg = msg.replace("memory guard: ", "memory guard: no rung of the ladder fits the memory budget: ", 1)
    logger.warning("{}", msg)
    return TrainOutcome(method=method, ok=False, attempts=refused, error=msg)


