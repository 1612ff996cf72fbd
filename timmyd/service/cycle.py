"""One training cycle: train (each method, down the memory ladder) -> evaluate -> verdict -> promote.

Decisions (documented in the README's daemon section):
- Training starts from the adapter in service (`--init-adapter`, `[daemon].train_on_served`), so
  what earlier cycles learned is kept and DPO's reference is the served model as it is; the verdict's
  likelihood and length checks are measured against the BASE, so small drifts cannot ratchet up.
- Pairs are consumed (marked used by this run) exactly when the run's outcome is durable: the verdict
  (rejected, or succeeded = to be promoted) and the pairs' consumption are one ledger transaction. A
  failed, killed or interrupted run leaves them unused for the next cycle (a run found 'running' at
  start gives back any pair it held): nothing is lost, nothing counted twice.
- `method = "both"`: DPO and SimPO train on the same pairs and held-out set; if exactly one of them
  passes its verdict against what serves, it is the candidate; otherwise the head-to-head by the
  verdict rule decides (SimPO replaces DPO only if it would be promoted over it).
  In "both" mode the ladder never swaps DPO for SimPO (that would train SimPO twice).
- A winner that could not be promoted (Ollama unreachable, or the daemon or its promotion worker killed
  mid-way) stays 'succeeded' and is promoted by `retry_promotion` at the next check (the first one after
  a restart), unless a newer run has been promoted since; the retry resumes from the steps the attempt
  recorded (timmyd.ollama.promote).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path

from loguru import logger

from timmyd.config import Config
from timmyd.pairs import write_pairs
from timmyd.service.estimate import DataShape, ladder, preflight, shape_of
from timmyd.service.jobs import job_args
from timmyd.service.memory import limit_bytes
from timmyd.service.preflight import _write_ladder, cycle_refusal, eval_preflight, export_plan
from timmyd.service.stage_estimates import (
    estimate_report,
    refusal,
    smallest_need,
)
from timmyd.service.worker import Launcher, TrainOutcome, command_for, run_guarded, train_with_ladder
from timmyd.train.errors import NO_CANDIDATE, no_candidate_path

Step = Callable[[str, dict], None]  # (state, details) -> None; the daemon writes status.json


def served_adapter(cfg: Config, ledger) -> tuple[dict | None, str | None]:
    """The current promotion and its adapter dir (None when nothing serves or the dir is gone)."""
    cur = ledger.current_promotion(cfg.promote.served_name)
    if not cur:
        return None, None
    cur = dict(cur)
    run = ledger.run(cur.get("run_id")) if cur.get("run_id") is not None else None
    adapter = (dict(run).get("adapter_dir") if run else None) or cur.get("adapter_dir")
    if not adapter or not Path(adapter, "adapter_config.json").is_file():
        return cur, None
    try:
        trained_on = json.loads(Path(adapter, "adapter_config.json").read_text(encoding="utf-8")).get("model")
    except (OSError, ValueError, AttributeError):
        trained_on = None
    if trained_on and cfg.model and Path(trained_on).expanduser().resolve() != Path(cfg.model).expanduser().resolve():
        # the base model changed since: that adapter neither starts training nor is a fair bar
        logger.warning("the adapter in service ({}) was trained on {}, not on {}; starting fresh",
                       adapter, trained_on, cfg.model)
        return cur, None
    return cur, str(adapter)


def train_method(cfg: Config, method: str, data: Path, out: Path, run_dir: Path, init: str | None,
                 shape: DataShape, stop: threading.Event, launcher: Launcher | None,
                 step: Step, allow_simpo: bool) -> TrainOutcome:
    t = cfg.train
    rungs = ladder(method, t.batch_size, t.max_seq_length, t.grad_checkpoint, t.micro_batch_size,
                   allow_simpo=allow_simpo)
    fit, records = preflight(cfg.model, rungs, cfg.memory, t.num_layers, t.rank, shape,
                             candidates=cfg.search.candidates if cfg.search.enabled else 1)
    for r in records:
        if not r["fits"]:
            logger.warning("preflight: {} {} needs ~{} GB > limit {} GB; skipped", method, r["rung"]["step"],
                           r["estimate_gb"], r["limit_gb"])
    step("training", {"method": method, "preflight": [{k: r[k] for k in ("estimate_gb", "limit_gb", "fits")}
                                                      for r in records]})
    refused = cycle_refusal(cfg, method, fit, records, run_dir / "heldout.jsonl")
    if refused is not None:  # no worker starts: this cycle could not get through at this budget
        return refused
    return train_with_ladder(fit, data, cfg.model, out, cfg.memory, run_dir / f"train-{method}.log",
                             config_path=cfg.source, init_adapter=init, stop_event=stop, launcher=launcher,
                             preflight=[r for r in records if not r["fits"]],
                             on_event=lambda kind, info: step("training", {"method": method, kind: info}),
                             distributed=cfg.distributed)


def evaluate_adapter(cfg: Config, adapter: str, against: str | None, data: Path, log: Path,
                     stop: threading.Event, launcher: Launcher | None,
                     openers_from: Path | None = None) -> tuple[dict | None, dict | None, str]:
    """Held-out metrics of a candidate and (with `against`) the adapter in service, on the same pairs,
    in one guarded worker (the `eval` job, what `timmyd eval ... --json` runs): (candidate, current, error).

    Down the evaluation ladder (`stage_estimates.eval_ladder`), as training walks its own: the preflight skips
    the rungs whose estimate exceeds the limit, a memory-guard stop steps down to the next rung, any
    other failure ends it. Both adapters are always evaluated with one rung's settings in one worker,
    so they stay comparable. The candidate's metrics carry the rung used and the rungs tried (`rung`,
    `attempts`, as a method's training record does); `<log>.ladder.json` keeps them, failed or not."""
    fit, records = eval_preflight(cfg, data)
    attempts = [{"stage": "evaluation", **r} for r in records if not r["fits"]]
    for a in attempts:
        logger.warning("preflight: evaluation [{}] needs ~{} GB > limit {} GB; skipped", a["rung"]["step"],
                       a["estimate_gb"], a["limit_gb"])

    def failed(err: str) -> tuple[None, None, str]:
        _write_ladder(log, attempts, err)
        return None, None, err

    if not fit:
        return failed(refusal("evaluation", smallest_need(records) or 0, cfg.memory))
    err = ""
    for rung in fit:
        args = job_args("eval", model=cfg.model, adapter=adapter, against=against, data=str(data),
                        judge=cfg.judge.enabled or None, config=cfg.source or None,
                        openers_from=str(openers_from) if openers_from else None, **rung.overrides())
        res = run_guarded(command_for(args, cfg.memory, launcher, cfg.distributed), cfg.memory, log, stop_event=stop)
        attempts.append({"stage": "evaluation", "rung": rung.to_dict(), **res.to_dict()})
        if res.ok:
            break
        err = res.reason
        if (stop is not None and stop.is_set()) or not (res.guard.stopped and err.startswith("memory guard")):
            return failed(err)
        logger.warning("{}; stepping down the evaluation ladder", err)
    else:
        return failed("memory guard stopped every rung of the evaluation ladder: " + err)
    out = res.output or {}
    log.with_suffix(".json").write_text(json.dumps(out, default=str), encoding="utf-8")
    _write_ladder(log, attempts, "")
    ladder_info = {"rung": rung.to_dict(), "attempts": attempts}
    if isinstance(out.get("candidate"), dict):
        return {**_lean(out["candidate"]), **ladder_info}, _lean(out.get("current")), ""
    return {**_lean(out), **ladder_info}, None, ""


def _lean(m: dict | None) -> dict | None:
    """The metrics without per-pair rows (kept in the run dir's eval-*.json, not in the ledger)."""
    return None if m is None else {k: v for k, v in m.items() if k != "per_pair"}


def run_cycle(cfg: Config, ledger, stop: threading.Event, step: Step | None = None,
              launcher: Launcher | None = None) -> dict:
    """Run one cycle and record it; returns the run's record (also stored in the ledger)."""
    from timmyd.evaluate.verdict import decide

    step = step or (lambda s, d: None)
    t0 = time.monotonic()
    train = ledger.pairs(split="train", unused_only=True)
    heldout = ledger.pairs(split="heldout")
    methods = ["dpo", "simpo"] if cfg.train.method == "both" else [cfg.train.method]
    run_id = ledger.start_run("cycle", cfg.train.method, {"train_pairs": len(train), "heldout_pairs": len(heldout)})
    record: dict = {"run_id": run_id, "pairs": {"train": len(train), "heldout": len(heldout)},
                    "methods": {}, "eval": {}, "candidate": None, "verdict": None, "promotion": None}
    state = cfg.state_path
    run_dir = state / "runs" / str(run_id)
    run_dir.mkdir(parents=True, exist_ok=True)
    data, held = run_dir / "train.jsonl", run_dir / "heldout.jsonl"
    write_pairs(data, train)
    write_pairs(held, heldout)
    # the boilerplate openers the owner corrected away are learned from every training pair of the ledger
    # (the rejected replies' first words), never from the held-out pairs being measured
    openers = run_dir / "openers_from.jsonl"
    write_pairs(openers, ledger.pairs(split="train"))
    info = lambda s, d: step(s, {"id": run_id, **d})  # noqa: E731
    served, served_dir = served_adapter(cfg, ledger)
    init = served_dir if cfg.daemon.train_on_served else None
    record["init_adapter"], record["served"] = init, served
    shape = shape_of(train)
    record["data_shape"] = shape.to_dict()
    if cfg.distributed.hostfile:  # training and evaluation run on every host of it (timmyd.service.launch)
        from timmyd.config import hostfile_hosts
        record["distributed"] = {"hostfile": cfg.distributed.hostfile, "backend": cfg.distributed.backend,
                                 "hosts": [h.get("ssh") for h in hostfile_hosts(cfg.distributed.hostfile)]}

    concluded: list[str] = []

    def finish(status: str, error: str = "") -> dict:
        record["duration_s"] = round(time.monotonic() - t0, 2)
        record["status"], record["error"] = status, error
        fields = {"summary": record, "verdict": record.get("verdict"), "adapter_dir": record.get("adapter_dir"),
                  "error": error or None}
        if status in ("rejected", "succeeded") and record.get("verdict") is not None and not concluded:
            # the outcome and the pairs' consumption in one transaction: never one without the other
            concluded.append(status)
            ledger.conclude_run(run_id, status, [p.key for p in train], **fields)
        else:
            ledger.finish_run(run_id, status, **fields)
        logger.info("run {} {}{} in {:.0f}s", run_id, status, f": {error}" if error else "", record["duration_s"])
        return record

    outcomes: dict[str, TrainOutcome] = {}
    for m in methods:
        out = state / "adapters" / f"{run_id}-{m}"
        o = train_method(cfg, m, data, out, run_dir, init, shape, stop, launcher, info,
                         allow_simpo=len(methods) == 1)
        outcomes[m] = o
        record["methods"][m] = o.to_dict()
        if o.interrupted or stop.is_set():
            return finish("failed", "interrupted: the daemon was stopped during training")
    good = {m: o for m, o in outcomes.items() if o.ok}
    if not good and all(NO_CANDIDATE in o.error for o in outcomes.values()):
        # a durable outcome, like a rejected verdict: recorded, nothing promoted, the pairs consumed (the
        # next cycle waits for new pairs instead of repeating the same search on the same data)
        why = "; ".join(f"{m}: {o.error}" for m, o in outcomes.items())
        for m in outcomes:  # what each search tried (the trainer leaves it beside the adapter it did not write)
            p = no_candidate_path(state / "adapters" / f"{run_id}-{m}")
            if p.is_file():
                record["methods"][m]["search"] = json.loads(p.read_text(encoding="utf-8"))
        record["verdict"] = {"promote": False, "against": "current" if served_dir else "base",
                             "summary": f"keep current: {why}", "checks": [], "no_candidate": True}
        return finish("rejected", why)
    if not good:
        return finish("failed", "; ".join(f"{m}: {o.error}" for m, o in outcomes.items()))

    info("evaluating", {"methods": list(good)})
    current = None
    for m, o in good.items():
        metrics, cur, err = evaluate_adapter(cfg, o.adapter, served_dir, held, run_dir / f"eval-{m}.log",
                                             stop, launcher, openers_from=openers)
        if metrics is None:
            return finish("failed", f"evaluating {m} failed: {err}")
        record["eval"][m] = metrics
        if cur is not None and current is None:
            current = record["eval"]["current"] = cur
    if stop.is_set():
        return finish("failed", "interrupted: the daemon was stopped during evaluation")
    if served_dir and current is None:
        return finish("failed", "the evaluation did not report the adapter in service")

    cand = next(iter(good))
    if len(good) == 2:
        cand, record["method_choice"] = choose_method(record["eval"], current, cfg)
    record["candidate"] = cand
    record["adapter_dir"] = good[cand].adapter
    verdict = decide(record["eval"][cand], current, cfg.verdict)
    record["verdict"] = verdict.to_dict()
    if cfg.daemon.report:
        record["report"] = write_report(cfg, [o.adapter for o in good.values()], run_dir, stop, launcher)
    if not verdict.promote:
        return finish("rejected")
    finish("succeeded")  # durable before the promotion starts: a crash from here on resumes the promotion
    info("promoting", {"candidate": cand})
    record["promotion"] = do_promote(cfg, ledger, good[cand].adapter, run_id, stop, launcher)
    return finish("promoted" if promotion_ok(record["promotion"]) else "succeeded")


def choose_method(evals: dict, current: dict | None, cfg: Config) -> tuple[str, dict]:
    """Pick the candidate of a "both" cycle: the one method whose verdict against what serves passes;
    when both or neither pass, the head-to-head (SimPO replaces DPO only if the rule would promote it
    over DPO). Without the first step a tie on held-out accuracy (common: it moves in steps of 1/n)
    kept DPO even when DPO failed its verdict and SimPO passed it, and nothing was promoted."""
    from timmyd.evaluate.verdict import decide

    verdicts = {m: decide(evals[m], current, cfg.verdict) for m in ("dpo", "simpo")}
    passing = [m for m, v in verdicts.items() if v.promote]
    choice: dict = {"verdicts": {m: v.to_dict() for m, v in verdicts.items()}}
    if len(passing) == 1:
        choice["rule"] = f"only {passing[0]} passes its verdict"
        return passing[0], choice
    head = decide(evals["simpo"], evals["dpo"], cfg.verdict)
    choice["head_to_head"] = head.to_dict()
    cand = "simpo" if head.promote else "dpo"
    choice["rule"] = f"{'both' if passing else 'neither'} pass: head-to-head picks {cand}"
    return cand, choice


def write_report(cfg: Config, adapters: list[str], run_dir: Path, stop: threading.Event,
                 launcher: Launcher | None) -> dict:
    """The `report` job (`timmyd report ADAPTER... --json`; timmyd.evaluate.report: curves, held-out metrics, replies, verdicts) in
    a worker, so matplotlib never loads into the daemon. A failed report never fails the cycle.

    Memory: the report reads the evaluations already made (`eval-<method>.json`) and draws its figures;
    it re-evaluates and generates nothing, so it has one rung (`stage_estimates.estimate_report`). When that does
    not fit the limit, the report is skipped with the reason and no worker starts."""
    est = estimate_report()
    if est.total > limit_bytes(cfg.memory):
        why = refusal("the report", est.total, cfg.memory, smallest_rung=False) + "; report skipped"
        logger.warning("the cycle's report was not written: {}", why)
        return {"error": why, "estimate": est.to_dict()}
    args = job_args("report", runs=list(adapters), config=cfg.source or None, model=cfg.model or None)
    cmd = command_for(args, cfg.memory, launcher)
    res = run_guarded(cmd, cfg.memory, run_dir / "report.log", stop_event=stop)
    if res.ok and isinstance((res.output or {}).get("report"), dict):
        return res.output["report"]
    logger.warning("the cycle's report was not written: {}", res.reason)
    return {"error": res.reason}


# a promotion attempt that did not end by itself: Ollama was down, or its process was killed
RESUMABLE_PROMOTIONS = ("unreachable", "interrupted", "in_progress")


def promotion_ok(p: dict | None) -> bool:
    return bool(p) and str(p.get("status")) in ("promoted", "ok", "success")


def do_promote(cfg: Config, ledger, adapter: str, run_id, stop: threading.Event | None = None,
               launcher: Launcher | None = None) -> dict:
    """The `promote` job (`timmyd promote RUN --json`) in a guarded worker: the GGUF export (a fused model can be the size
    of the base) must not bloat or endanger the long-lived daemon. Any failure becomes a recorded
    status, never an exception. The run's adapter_dir is recorded first: that is what RUN resolves to."""
    ledger.update_run(run_id, adapter_dir=str(adapter))
    # memory: a fused export that cannot fit is refused before a worker starts, or ("auto" with a base
    # model) replaced by the LoRA adapter export; `memory` in the result says which
    from timmyd.ollama.targets import model_of

    strategy, note, why = export_plan(cfg, cfg.model or model_of(adapter))
    if why:
        logger.warning("promotion of run {} refused: {}", run_id, why)
        return {"status": "failed", "detail": why, "memory": note}
    if strategy:
        logger.warning("promotion of run {}: {}", run_id, note["reason"])
    args = job_args("promote", target=str(run_id), config=cfg.source or None, strategy=strategy,
                    model=cfg.model or None)  # the resolved base (the worker's config may name it in Ollama)
    cmd = command_for(args, cfg.memory, launcher)
    log = cfg.state_path / "runs" / str(run_id) / "promote.log"
    res = run_guarded(cmd, cfg.memory, log, stop_event=stop)
    out = res.output or {}
    if isinstance(out.get("status"), str) and not res.guard.stopped:
        # promoted (exit 0), unreachable (exit 3) or failed (exit 1), as the promoter says
        return {**out, "memory": note} if note else out
    # the worker died mid-way (killed, guard): its attempt row is no longer running; the next check resumes it
    ledger.settle_promotions("interrupted: the promotion worker stopped mid-way; the next check resumes it")
    return {"status": "interrupted", "detail": res.reason or "the promotion worker printed no result"}


def retry_promotion(cfg: Config, ledger, stop: threading.Event | None = None,
                    launcher: Launcher | None = None) -> dict | None:
    """Promote the last run's winner if its promotion failed (e.g. Ollama was down) and nothing newer
    has been promoted since; returns the promotion record or None when there is nothing to retry."""
    last = ledger.last_run(kind="cycle")
    if not last:
        return None
    last = dict(last)
    if last.get("status") != "succeeded":
        return None
    promos = [p for p in ledger.promotions() if p.get("run_id") == last["id"]]
    if promos and promos[0].get("status") not in RESUMABLE_PROMOTIONS:
        return None  # only an unreachable server or a cut-off attempt is worth retrying; a refused model is not
    summary = last.get("summary")
    summary = json.loads(summary) if isinstance(summary, str) else (summary or {})
    adapter = summary.get("adapter_dir") or last.get("adapter_dir")
    if not (summary.get("verdict") or {}).get("promote") or not adapter or not Path(adapter).is_dir():
        return None
    logger.info("retrying the promotion of run {}", last["id"])
    promo = do_promote(cfg, ledger, adapter, last["id"], stop, launcher)
    summary["promotion"] = promo
    if promotion_ok(promo):
        ledger.finish_run(last["id"], "promoted", summary=summary, verdict=summary.get("verdict"),
                          adapter_dir=adapter, error=None)
    return promo


def prune(cfg: Config, ledger) -> list[str]:
    """Delete the folders (`runs/<id>/`, `adapters/<id>-*`) of runs older than the newest
    `[daemon].keep_runs`, except runs that were ever promoted (rollback may need them) and runs still
    going. Returns what was removed. The ledger keeps every run's record."""
    import shutil

    keep_n = max(1, cfg.daemon.keep_runs)
    runs = ledger.runs(limit=None)  # newest first
    keep = {r["id"] for r in runs[:keep_n]} | {r["id"] for r in runs if r.get("status") == "running"}
    keep |= {p["run_id"] for p in ledger.promotions() if p.get("status") == "promoted" and p.get("run_id")}
    removed = []
    state = cfg.state_path
    for r in runs[keep_n:]:
        if r["id"] in keep:
            continue
        for d in [state / "runs" / str(r["id"]), *(state / "adapters").glob(f"{r['id']}-*")]:
            if d.is_dir():
                shutil.rmtree(d, ignore_errors=True)
                removed.append(str(d))
    if removed:
        logger.info("pruned {} old run folder(s)", len(removed))
    return removed
