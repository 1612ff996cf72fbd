"""CLI: `timmyd eval`, `compare`, `report` (the `eval`/`report` jobs of timmyd.service.jobs; logic in timmyd.evaluate)."""

from __future__ import annotations

from timmyd.cli.common import UserError, _common, _judge_option, _model_option, emit, load_config
from timmyd.evaluate.judge import JudgeError
from timmyd.evaluate.metrics import EvalError
from timmyd.evaluate.report import ReportError

ERRORS: tuple[type[BaseException], ...] = (EvalError, JudgeError, ReportError)

def _add_eval(sub) -> None:
    p = sub.add_parser("eval", help="held-out metrics of an adapter (or the base) vs the base, with the verdict",
                       description="Prints {candidate, current, diff, verdict} with --json; every number is "
                                   "relative to the base model (LoRA off).")
    _model_option(p, base=True)
    p.add_argument("--adapter", help="adapter directory to evaluate (omit to evaluate the base model)")
    p.add_argument("--against", help="adapter in service to compare with (omit: compare with the base)")
    p.add_argument("--data", required=True, help="held-out pairs (JSONL in any supported pair format)")
    p.add_argument("--batch-size", type=int, help="held-out pairs per forward pass (default [eval].batch_size)")
    p.add_argument("--gen-prompts", type=int, help="prompts for greedy generations (default [eval].gen_prompts)")
    p.add_argument("--max-new-tokens", type=int, help="greedy reply length cap (default [eval].max_new_tokens)")
    p.add_argument("--openers-from", metavar="TRAIN.jsonl",
                   help="training pairs to learn boilerplate openers from (omit: boilerplate not measured)")
    _judge_option(p)
    _common(p)
    p.set_defaults(func=_cmd_eval)


def _cmd_eval(args) -> int:
    from timmyd.evaluate.report import format_eval
    from timmyd.service.jobs import eval_job
    res = eval_job(args.data, config=args.config, model=args.model, adapter=args.adapter, against=args.against,
                   judge=args.judge, batch_size=args.batch_size, gen_prompts=args.gen_prompts,
                   max_new_tokens=args.max_new_tokens, openers_from=args.openers_from)
    emit(args, res, format_eval(res))
    return 0


def _add_compare(sub) -> None:
    p = sub.add_parser("compare", help="train several methods on one split, evaluate them, write the report")
    p.add_argument("data", help="pairs (JSONL in any supported pair format)")
    _model_option(p, base=True)
    p.add_argument("--methods", default="dpo,simpo", help="comma-separated: dpo,simpo (default both)")
    p.add_argument("--heldout-fraction", type=float, help="share held out (default [ingest].heldout_fraction)")
    p.add_argument("--iters", type=int, help="optimizer steps per method (default from [train])")
    p.add_argument("--epochs", type=int, help="epochs per method when --iters is not given")
    p.add_argument("--learning-rate", type=float, help="learning rate (default from [train])")
    p.add_argument("--batch-size", type=int, help="pairs per step (default from [train])")
    _judge_option(p)
    _common(p)
    p.set_defaults(func=_cmd_compare)


def _cmd_compare(args) -> int:
    from timmyd.evaluate.compare import compare
    from timmyd.service.jobs import judge_chat
    cfg = load_config(args)
    model = args.model or cfg.model
    if not model:
        raise UserError("--model is needed (or set 'model' in the config)")
    overrides = {"iters": args.iters, "epochs": args.epochs, "learning_rate": args.learning_rate,
                 "batch_size": args.batch_size}
    res = compare(args.data, model, [m.strip() for m in args.methods.split(",") if m.strip()], cfg,
                  heldout_fraction=args.heldout_fraction, train_overrides=overrides,
                  judge_chat=judge_chat(cfg, args.judge), progress=not args.json)
    lines = [f"{res['train_pairs']} train / {res['heldout_pairs']} held-out pairs"]
    for r in res["runs"]:
        lines.append(f"{r['method']}: {r['seconds']:.1f} s, peak {r['peak_memory_mb']:.0f} MB, per-token accuracy "
                     f"{r['accuracy_per_token']:.3f} (base {r['base_accuracy_per_token']:.3f}), chosen/token "
                     f"{r['delta_chosen_logp_per_token']:+.4f}; {r['verdict']}")
    lines.append(f"report: {res['report']['html']}")
    emit(args, res, "\n".join(lines))
    return 0


def _add_report(sub) -> None:
    p = sub.add_parser("report", help="write the Markdown + HTML report for training runs already made")
    p.add_argument("runs", nargs="*", help="run directories (default: the newest under <state>/adapters)")
    p.add_argument("--data", help="held-out pairs to (re-)evaluate the runs on first")
    p.add_argument("--model", help="base model for --data (default: the one the runs were trained on)")
    _judge_option(p)
    _common(p)
    p.set_defaults(func=_cmd_report)


def _cmd_report(args) -> int:
    from timmyd.service.jobs import report_job
    res = report_job(args.runs, config=args.config, data=args.data, model=args.model, judge=args.judge)
    emit(args, res, f"report: {res['report']['html']}\n        {res['report']['markdown']}")
    return 0


ADDERS = [_add_eval, _add_compare, _add_report]
