"""Command-line interface: argument parsing and printing only; the logic lives in the modules.

Every command takes `--config PATH` (else $TIMMYD_CONFIG, else the checkout's etc/timmyd.toml) and
every command that reports takes `--json`, which prints exactly one JSON object on stdout.
Each command is a pair of functions: `_add_<name>(sub)` registers its parser, `_cmd_<name>(args)`
runs it and returns the exit code. Errors the user can fix are printed as one line, exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys

from timmyd import config as config_mod
from timmyd.pairs import PairError
from timmyd.train.errors import TrainError


class UserError(Exception):
    """An error caused by the user's input; printed without a traceback."""


# Errors a user can fix (bad file, key, flag): one line on stderr, exit 2. Modules add theirs here.
USER_ERRORS: tuple[type[BaseException], ...] = (UserError, config_mod.ConfigError, PairError, TrainError)


def _common(p: argparse.ArgumentParser, json_flag: bool = True) -> None:
    p.add_argument("--config", help="config file (default: $TIMMYD_CONFIG or etc/timmyd.toml)")
    if json_flag:
        p.add_argument("--json", action="store_true", help="print one JSON object on stdout")


def load_config(args) -> config_mod.Config:
    return config_mod.load(getattr(args, "config", None))


def emit(args, obj: dict, text: str) -> None:
    """Print `obj` as one JSON object with --json, else the human-readable `text`."""
    if getattr(args, "json", False):
        print(json.dumps(obj, ensure_ascii=False, default=str))
    else:
        print(text)


# --- config ---------------------------------------------------------------------------------------

def _add_config(sub) -> None:
    p = sub.add_parser("config", help="validate or show the configuration")
    p.add_argument("action", choices=["check", "show"])
    _common(p)
    p.set_defaults(func=_cmd_config)


def _cmd_config(args) -> int:
    cfg = load_config(args)
    where = cfg.source or "built-in defaults"
    if args.action == "check":
        emit(args, {"ok": True, "config": where, "state_dir": str(cfg.state_path)},
             f"config OK: {where}\nstate: {cfg.state_path}")
    else:
        d = config_mod.as_dict(cfg)
        emit(args, d, json.dumps(d, indent=2))
    return 0


# --- train ----------------------------------------------------------------------------------------

def _add_train(sub) -> None:
    p = sub.add_parser("train", help="train a DPO/SimPO LoRA adapter on a pair file")
    p.add_argument("data", help="pair file (JSONL in any supported pair format)")
    p.add_argument("--model", help="MLX model directory (default: config 'model')")
    p.add_argument("--out", required=True, help="adapter directory to write (replaced atomically)")
    p.add_argument("--method", choices=["dpo", "simpo"], help="default: config train.method (dpo if 'both')")
    p.add_argument("--loss-type", choices=["sigmoid", "ipo", "hinge"], help="DPO loss")
    p.add_argument("--beta", type=float, help="the method's beta (DPO: train.beta; SimPO: train.simpo_beta)")
    p.add_argument("--gamma", type=float, help="SimPO absolute target margin")
    p.add_argument("--learning-rate", type=float)
    p.add_argument("--batch-size", type=int, help="pairs per optimizer step")
    p.add_argument("--iters", type=int, help="optimizer steps (0 = from --epochs)")
    p.add_argument("--epochs", type=int)
    p.add_argument("--num-layers", type=int, help="LoRA on the last N layers (-1 = all)")
    p.add_argument("--rank", type=int)
    p.add_argument("--scale", type=float)
    p.add_argument("--dropout", type=float)
    p.add_argument("--max-seq-length", type=int)
    p.add_argument("--seed", type=int)
    p.add_argument("--grad-checkpoint", action=argparse.BooleanOptionalAction, default=None)
    p.add_argument("--max-grad-norm", type=float, help="clip the global gradient norm (0 = off)")
    p.add_argument("--micro-batch-size", type=int, help="pairs per forward pass (gradients accumulate; 0 = whole batch)")
    p.add_argument("--init-adapter", help="start from this adapter; it is also the DPO reference")
    p.add_argument("--no-final-eval", action="store_true", help="skip re-scoring the pairs after training")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    _common(p)
    p.set_defaults(func=_cmd_train)


def _cmd_train(args) -> int:
    from timmyd.pairs import read_pairs
    from timmyd.train import TrainOptions, train

    cfg = load_config(args)
    model = args.model or cfg.model
    if not model:
        raise UserError("no model: pass --model DIR or set 'model' in the config")
    method = args.method or (cfg.train.method if cfg.train.method != "both" else "dpo")
    beta_key = "simpo_beta" if method == "simpo" else "beta"
    opts = TrainOptions.from_config(
        cfg.train, method=method, loss_type=args.loss_type, gamma=args.gamma,
        learning_rate=args.learning_rate, batch_size=args.batch_size, iters=args.iters, epochs=args.epochs,
        num_layers=args.num_layers, rank=args.rank, scale=args.scale, dropout=args.dropout,
        max_seq_length=args.max_seq_length, seed=args.seed, grad_checkpoint=args.grad_checkpoint,
        max_grad_norm=args.max_grad_norm, micro_batch_size=args.micro_batch_size, final_eval=False if args.no_final_eval else None,
        **{beta_key: args.beta})
    pairs = read_pairs(args.data)
    s = train(pairs, model, args.out, opts, init_adapter=args.init_adapter,
              progress=not args.no_progress and not args.json)
    fa = s["final_train_accuracy"]
    text = "\n".join([
        f"trained {s['method']}" + (f" ({s['loss_type']})" if s["loss_type"] else "")
        + f" beta={s['beta']}" + (f" gamma={s['gamma']}" if s["gamma"] is not None else ""),
        f"  pairs {s['pairs']}, steps {s['steps']}, epochs {s['epochs']}, tokens {s['tokens']}",
        f"  loss {s['first_loss']:.4f} -> {s['last_loss']:.4f}; batch accuracy {s['first_accuracy']:.2f} -> "
        f"{s['last_accuracy']:.2f}; final train accuracy " + ("n/a" if fa is None else f"{fa:.3f}"),
        f"  {s['seconds']:.1f} s training ({s['tokens_per_sec']:.0f} tokens/s), reference pass "
        f"{s['ref_pass_seconds']:.1f} s, peak MLX memory {s['peak_memory_mb']:.0f} MB",
        f"  truncated: {s['prompts_truncated']} prompts, {s['responses_truncated']} replies",
        f"  adapter: {s['adapter_path']}",
    ])
    emit(args, s, text)
    return 0


# --- daemon ---------------------------------------------------------------------------------------

from timmyd.launchagent import LaunchdError  # noqa: E402
from timmyd.lock import LockHeld  # noqa: E402

USER_ERRORS += (LockHeld, LaunchdError)


def _need_model(cfg) -> None:
    from pathlib import Path
    if not cfg.model:
        raise UserError(f"{cfg.source or 'config'}: key 'model' is empty; set it to an MLX model directory "
                        "(make one with `timmyd import-base`), or try `timmyd demo`")
    if not (Path(cfg.model).expanduser() / "config.json").is_file():
        raise UserError(f"{cfg.source or 'config'}: key 'model' = {cfg.model!r} is not a model directory "
                        "(no config.json)")


def _add_run(sub) -> None:
    p = sub.add_parser("run", help="run the service in the foreground (what launchd starts)")
    p.add_argument("--once", action="store_true", help="ingest, run one cycle if due, then exit")
    _common(p, json_flag=False)
    p.set_defaults(func=_cmd_run)


def _cmd_run(args) -> int:
    from timmyd import daemon
    cfg = load_config(args)
    _need_model(cfg)
    return daemon.run(cfg, once=args.once)


def _add_status(sub) -> None:
    p = sub.add_parser("status", help="is the daemon running, the last run, pending pairs, next check")
    _common(p)
    p.set_defaults(func=_cmd_status)


def _cmd_status(args) -> int:
    from timmyd import status
    s = status.gather(load_config(args))
    emit(args, s, status.render(s))
    return 0


def _add_launchd(sub) -> None:
    p = sub.add_parser("launchd", help="install or remove the macOS LaunchAgent (elsewhere: print it)")
    p.add_argument("action", choices=["install", "uninstall", "print"])
    p.add_argument("--dry-run", action="store_true", help="print the plist and commands, change nothing")
    _common(p)
    p.set_defaults(func=_cmd_launchd)


def _cmd_launchd(args) -> int:
    from timmyd import launchagent as la
    cfg = load_config(args)
    if args.action == "uninstall":
        r = la.uninstall(dry_run=True if args.dry_run else None)
    else:
        r = la.install(cfg, dry_run=True if (args.dry_run or args.action == "print") else None)
    if r["applied"]:
        verb = f"# done: {r['plist_path']}"
    elif args.action == "uninstall":
        verb = "# not applied (not macOS or --dry-run); on the Mac run:"
    else:
        verb = f"# not applied (not macOS or --dry-run); on the Mac save the plist above as\n# {r['plist_path']} and run:"
    text = ((r.get("plist", "") + "\n") if args.action != "uninstall" else "") + verb + "\n" + "\n".join(r["commands"])
    emit(args, r, text)
    return 0


def _add_demo(sub) -> None:
    p = sub.add_parser("demo", help="one full cycle on a tiny local model and sample sessions")
    p.add_argument("--dir", help="where the demo lives (default: <state>/demo; wiped first)")
    p.add_argument("--standin", action="store_true",
                   help="use the local Ollama stand-in even when a real Ollama answers")
    _common(p)
    p.set_defaults(func=_cmd_demo)


def _cmd_demo(args) -> int:
    from timmyd import demo
    cfg = load_config(args)
    r = demo.run_demo(cfg, args.dir, quiet=getattr(args, "json", False), force_standin=args.standin)
    emit(args, r, r["status_text"])
    return 0 if r.get("ok") else 1


# --- eval -----------------------------------------------------------------------------------------

from timmyd.evaluate import EvalError  # noqa: E402
from timmyd.judge import JudgeError  # noqa: E402
from timmyd.report import ReportError  # noqa: E402

USER_ERRORS += (EvalError, JudgeError, ReportError)


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


# --- ingest ---------------------------------------------------------------------------------------

from timmyd.ingest import IngestError  # noqa: E402
from timmyd.ledger import LedgerError  # noqa: E402

USER_ERRORS += (IngestError, LedgerError)


def _add_ingest(sub) -> None:
    p = sub.add_parser("ingest", help="mine preference pairs from session exports and pair files into the ledger")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders (recursive; .json/.jsonl, hidden files skipped); default: export_dir")
    p.add_argument("--dry-run", action="store_true", help="count what would be added; write nothing")
    p.add_argument("--details", action="store_true", help="also report every file (with --json: 'by_file')")
    _common(p)
    p.set_defaults(func=_cmd_ingest)


def _cmd_ingest(args) -> int:
    from timmyd.ingest import ingest
    cfg = load_config(args)
    res = ingest(args.paths or [cfg.export_path], cfg, dry_run=args.dry_run)
    verb = "would add" if args.dry_run else "added"
    text = (f"{res.files} files ({res.unchanged} unchanged): {verb} {res.pairs_added} pairs, "
            f"{res.duplicates} duplicates, {res.quarantined} newly quarantined"
            + (f"; {res.generated} rejected replies generated by the base model" if res.generated else ""))
    if args.details:
        text += "".join(f"\n  {r.status:11} {r.format:13} +{r.pairs_added:<4} {r.path}" for r in res.reports)
    emit(args, res.to_dict(details=args.details), text)
    return 0


def _add_pairs(sub) -> None:
    p = sub.add_parser("pairs", help="count the ledger's pairs by split and source, or export them")
    p.add_argument("--export", metavar="FILE", help="write the pairs as JSONL that `timmyd train` reads")
    p.add_argument("--split", choices=["train", "heldout"], help="only this split (with --export)")
    p.add_argument("--quarantine", action="store_true", help="list the quarantined inputs instead")
    _common(p)
    p.set_defaults(func=_cmd_pairs)


def _cmd_pairs(args) -> int:
    from timmyd.ingest import export_pairs
    from timmyd.ledger import Ledger
    cfg = load_config(args)
    with Ledger.open(cfg.state_path) as led:
        if args.quarantine:
            rows = led.quarantined()
            lines = [f"{r['path']}{':' + str(r['line']) if r['line'] else ''}: {r['reason']}" for r in rows]
            emit(args, {"quarantined": rows}, "\n".join(lines) or "nothing quarantined")
            return 0
        if args.export:
            n = export_pairs(led, args.export, args.split)
            emit(args, {"exported": n, "file": args.export, "split": args.split},
                 f"wrote {n} pairs to {args.export}")
            return 0
        rows = led.pair_counts()
        by_split = {s: led.count_pairs(s) for s in ("train", "heldout")}
        unused = {s: led.count_pairs(s, unused_only=True) for s in ("train", "heldout")}
        by_source: dict[str, dict] = {}
        for r in rows:
            d = by_source.setdefault(r["source_file"], {"train": 0, "heldout": 0, "origin": r["origin"]})
            d[r["split"]] += r["n"]
        obj = {"total": sum(by_split.values()), "by_split": by_split, "unused": unused,
               "by_source": by_source, "quarantined": led.count_quarantined()}
    text = [f"{obj['total']} pairs: {by_split['train']} train ({unused['train']} unused), "
            f"{by_split['heldout']} held out; {obj['quarantined']} quarantined inputs"]
    text += [f"  {d['train']:5} train {d['heldout']:4} heldout  {src}" for src, d in sorted(by_source.items())]
    emit(args, obj, "\n".join(text))
    return 0


# --- promote --------------------------------------------------------------------------------------

from timmyd.promote import PromoteError  # noqa: E402

USER_ERRORS += (PromoteError,)

_PROMOTE_EXIT = {"promoted": 0, "rolled_back": 0, "unreachable": 3}  # 3 = retry later; else 1


def _promotion_text(r: dict) -> str:
    lines = [f"{r['status']}: {r['detail']}"]
    if r.get("previous"):
        lines.append(f"previous: {r['previous']} (timmyd rollback restores it)" if r["status"] == "promoted"
                     else f"previous: {r['previous']}")
    if r.get("reply"):
        lines.append(f"smoke reply: {r['reply'][:120]}")
    return "\n".join(lines)


def _add_promote(sub) -> None:
    p = sub.add_parser("promote", help="put a trained adapter into Ollama and point the served name at it")
    p.add_argument("target", help="a run id from the ledger, or an adapter directory")
    p.add_argument("--model", help="MLX base model directory the adapter was trained on (default: config `model`)")
    p.add_argument("--strategy", choices=["auto", "adapter", "fused"], help="override [promote].strategy")
    _common(p)
    p.set_defaults(func=_cmd_promote)


def _cmd_promote(args) -> int:
    import dataclasses
    from pathlib import Path

    from timmyd import promote
    from timmyd.ledger import open_ledger
    cfg = load_config(args)
    if args.strategy:
        cfg = dataclasses.replace(cfg, promote=dataclasses.replace(cfg.promote, strategy=args.strategy))
    with open_ledger(cfg) as ledger:
        adapter_dir, run_id = promote.resolve_target(ledger, args.target)
        model_dir = args.model or cfg.model or promote.model_of(adapter_dir)
        r = promote.promote(cfg, ledger, adapter_dir, Path(model_dir) if model_dir else None, run_id).to_dict()
    emit(args, r, _promotion_text(r))
    return _PROMOTE_EXIT.get(r["status"], 1)


def _add_rollback(sub) -> None:
    p = sub.add_parser("rollback", help="point the served name back at the model promoted before the current one")
    _common(p)
    p.set_defaults(func=_cmd_rollback)


def _cmd_rollback(args) -> int:
    from timmyd import promote
    from timmyd.ledger import open_ledger
    cfg = load_config(args)
    with open_ledger(cfg) as ledger:
        r = promote.rollback(cfg, ledger).to_dict()
    emit(args, r, _promotion_text(r))
    return _PROMOTE_EXIT.get(r["status"], 1)


# --- gguf (export-gguf, import-base, doctor) ------------------------------------------------------

from timmyd.export import ExportError  # noqa: E402
from timmyd.gguf_arch import UnsupportedModelError  # noqa: E402
from timmyd.gguf_io import GGUFFormatError  # noqa: E402
from timmyd.importer import BaseImportError  # noqa: E402

USER_ERRORS += (ExportError, UnsupportedModelError, GGUFFormatError, BaseImportError)


def _add_export_gguf(sub) -> None:
    p = sub.add_parser("export-gguf", help="write an MLX LoRA adapter as a GGUF adapter (or a fused model GGUF)")
    p.add_argument("--model", help="MLX base model directory (default: config `model`)")
    p.add_argument("--adapter", required=True, help="mlx-lm adapter directory (adapters.safetensors)")
    p.add_argument("--out", required=True, help="output .gguf file")
    p.add_argument("--fused", action="store_true", help="merge the adapter into the base and write the whole model")
    p.add_argument("--outtype", choices=["f16", "q8_0", "f32"], default="f16", help="tensor type with --fused")
    _common(p)
    p.set_defaults(func=_cmd_export_gguf)


def _cmd_export_gguf(args) -> int:
    import time

    from timmyd import export
    model = args.model or load_config(args).model
    if not model:
        raise UserError("no base model: pass --model DIR or set `model` in the config")
    t0 = time.perf_counter()
    if args.fused:
        out = export.export_fused_gguf(model, args.adapter, args.out, outtype=args.outtype)
        info = {"kind": "fused", "outtype": args.outtype}
    else:
        out = export.export_adapter_gguf(model, args.adapter, args.out)
        meta = export.read_gguf_adapter_info(out)
        info = {"kind": "adapter", "architecture": meta["general.architecture"],
                "alpha": meta["adapter.lora.alpha"], "tensors": len(meta["tensors"])}
    obj = {"ok": True, "out": str(out), "bytes": out.stat().st_size, "seconds": round(time.perf_counter() - t0, 2),
           **info}
    extra = f"{info['tensors']} tensors, {info['architecture']}, alpha {info['alpha']}" if not args.fused else args.outtype
    emit(args, obj, f"wrote {out} ({obj['bytes'] / 2**20:.1f} MiB, {extra})")
    return 0


def _add_import_base(sub) -> None:
    p = sub.add_parser("import-base", help="import a GGUF file or an Ollama model as an MLX base model directory")
    p.add_argument("source", help="a .gguf file or an Ollama model name (e.g. gemma3:270m)")
    p.add_argument("--out", required=True, help="output MLX model directory")
    p.add_argument("--force", action="store_true", help="replace a non-empty output directory")
    _common(p)
    p.set_defaults(func=_cmd_import_base)


def _cmd_import_base(args) -> int:
    import time

    from timmyd.importer import import_base
    cfg = load_config(args)
    t0 = time.perf_counter()
    rec = import_base(args.source, args.out, ollama_host=cfg.ollama.host, force=args.force)
    rec["seconds"] = round(time.perf_counter() - t0, 2)
    types = ", ".join(f"{k} x{v}" for k, v in sorted(rec["tensor_types"].items()))
    emit(args, rec, f"imported {rec['source_path']} ({rec['architecture']}, {types}) into {rec['out']} "
                    f"in {rec['seconds']} s\nset `model = \"{rec['out']}\"` in the config to train on it")
    return 0


def _add_doctor(sub) -> None:
    p = sub.add_parser("doctor", help="check MLX, BLAS, llama.cpp, Ollama and the base model on this machine")
    _common(p)
    p.set_defaults(func=_cmd_doctor)


def _cmd_doctor(args) -> int:
    from timmyd import doctor
    report = doctor.diagnose(load_config(args))
    emit(args, report, doctor.render(report))
    return 0


# --- registration ---------------------------------------------------------------------------------

ADDERS = [_add_config, _add_run, _add_status, _add_launchd, _add_demo, _add_train, _add_eval, _add_compare, _add_report, _add_ingest, _add_pairs, _add_promote, _add_rollback, _add_export_gguf, _add_import_base, _add_doctor]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timmyd", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for add in ADDERS:
        add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        from timmyd.blas import reexec_with_openblas
        reexec_with_openblas(sys.argv[1:])  # MLX's bundled CPU BLAS is ~20x slower than OpenBLAS
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except USER_ERRORS as e:
        print(f"timmyd: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("timmyd: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
