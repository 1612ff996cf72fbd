"""CLI: `timmyd eval`, `compare`, `report` (logic in timmyd.evaluate, compare, report)."""

from __future__ import annotations

from timmyd.cli.common import UserError, _common, emit, load_config
from timmyd.evaluate import EvalError
from timmyd.judge import JudgeError
from timmyd.report import ReportError

ERRORS: tuple[type[BaseException], ...] = (EvalError, JudgeError, ReportError)

def _judge_chat(args, cfg):
    """The judge's chat function when enabled by config or --judge, else None."""
    if not (cfg.judge.enabled or getattr(args, "judge", False)):
        return None
    from timmyd.judge import ollama_chat
    return ollama_chat(cfg)


def _add_eval(sub) -> None:
    p = sub.add_parser("eval", help="held-out metrics of an adapter (or the base) vs the base, with the verdict",
                       description="Prints {candidate, current, diff, verdict} with --json; every number is "
                                   "relative to the base model (LoRA off).")
    p.add_argument("--model", help="MLX base model directory (default: the config's 'model')")
    p.add_argument("--adapter", help="adapter directory to evaluate (omit to evaluate the base model)")
    p.add_argument("--against", help="adapter in service to compare with (omit: compare with the base)")
    p.add_argument("--data", required=True, help="held-out pairs (JSONL in any supported pair format)")
    p.add_argument("--judge", action="store_true", help="also run the pairwise judge ([judge] config)")
    _common(p)
    p.set_defaults(func=_cmd_eval)


def _cmd_eval(args) -> int:
    from timmyd.evaluate import evaluate, evaluate_against
    from timmyd.pairs import read_pairs
    from timmyd.report import format_eval
    cfg = load_config(args)
    model = args.model or cfg.model
    if not model:
        raise UserError("--model is needed (or set 'model' in the config)")
    pairs = read_pairs(args.data)
    if args.adapter is None:
        if args.against:
            raise UserError("--against needs --adapter (the candidate)")
        res = {"candidate": evaluate(model, None, pairs, cfg), "current": None, "diff": None, "verdict": None}
    else:
        res = evaluate_against(model, args.adapter, args.against, pairs, cfg, _judge_chat(args, cfg))
    emit(args, res, format_eval(res))
    return 0


def _add_compare(sub) -> None:
    p = sub.add_parser("compare", help="train several methods on one split, evaluate them, write the report")
    p.add_argument("data", help="pairs (JSONL in any supported pair format)")
    p.add_argument("--model", help="MLX base model directory (default: the config's 'model')")
    p.add_argument("--methods", default="dpo,simpo", help="comma-separated: dpo,simpo (default both)")
    p.add_argument("--heldout-fraction", type=float, help="share held out (default [ingest].heldout_fraction)")
    p.add_argument("--iters", type=int, help="optimizer steps per method (default from [train])")
    p.add_argument("--epochs", type=int, help="epochs per method when --iters is not given")
    p.add_argument("--learning-rate", type=float, help="learning rate (default from [train])")
    p.add_argument("--batch-size", type=int, help="pairs per step (default from [train])")
    p.add_argument("--judge", action="store_true", help="also run the pairwise judge ([judge] config)")
    _common(p)
    p.set_defaults(func=_cmd_compare)


def _cmd_compare(args) -> int:
    from timmyd.compare import compare
    cfg = load_config(args)
    model = args.model or cfg.model
    if not model:
        raise UserError("--model is needed (or set 'model' in the config)")
    overrides = {"iters": args.iters, "epochs": args.epochs, "learning_rate": args.learning_rate,
                 "batch_size": args.batch_size}
    res = compare(args.data, model, [m.strip() for m in args.methods.split(",") if m.strip()], cfg,
                  heldout_fraction=args.heldout_fraction, train_overrides=overrides,
                  judge_chat=_judge_chat(args, cfg), progress=not args.json)
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
    p.add_argument("--judge", action="store_true", help="also run the pairwise judge ([judge] config)")
    _common(p)
    p.set_defaults(func=_cmd_report)


def _cmd_report(args) -> int:
    from timmyd.compare import report_runs
    cfg = load_config(args)
    res = report_runs(args.runs, cfg, data=args.data, model_dir=args.model, judge_chat=_judge_chat(args, cfg))
    emit(args, res, f"report: {res['report']['html']}\n        {res['report']['markdown']}")
    return 0


ADDERS = [_add_eval, _add_compare, _add_report]
