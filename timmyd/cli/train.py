"""CLI: `timmyd train`: DPO/SimPO LoRA training (the `train` job of timmyd.service.jobs; maths in timmyd.train)."""

from __future__ import annotations

import argparse

from timmyd.cli.common import _common, _model_option, emit

ERRORS: tuple[type[BaseException], ...] = ()

def _add_train(sub) -> None:
    p = sub.add_parser("train", help="train a DPO/SimPO LoRA adapter on a pair file")
    p.add_argument("data", help="pair file (JSONL in any supported pair format)")
    _model_option(p)
    p.add_argument("--out", required=True, help="adapter directory to write (replaced atomically)")
    p.add_argument("--method", choices=["dpo", "simpo"], help="default: config train.method (dpo if 'both')")
    p.add_argument("--loss-type", choices=["sigmoid", "ipo", "hinge"], help="DPO loss")
    p.add_argument("--beta", type=float, help="the method's beta (DPO: train.beta; SimPO: train.simpo_beta)")
    p.add_argument("--gamma", type=float, help="SimPO absolute target margin")
    p.add_argument("--learning-rate", type=float, help="train once at this rate (no learning-rate search)")
    p.add_argument("--no-search", action="store_true",
                   help="train once at [train].learning_rate instead of searching ([search])")
    p.add_argument("--nll-weight", type=float, help="chosen-reply NLL term weight (RPO / CPO)")
    p.add_argument("--dpop-lambda", type=float, help="DPO-Positive penalty (DPO, sigmoid loss)")
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
    from timmyd.service.jobs import train_job

    s = train_job(
        args.data, args.out, config=args.config, model=args.model, method=args.method, beta=args.beta,
        init_adapter=args.init_adapter, progress=not args.no_progress and not args.json,
        loss_type=args.loss_type, gamma=args.gamma, learning_rate=args.learning_rate, batch_size=args.batch_size,
        iters=args.iters, epochs=args.epochs, num_layers=args.num_layers, rank=args.rank, scale=args.scale,
        dropout=args.dropout, max_seq_length=args.max_seq_length, seed=args.seed,
        grad_checkpoint=args.grad_checkpoint, max_grad_norm=args.max_grad_norm,
        micro_batch_size=args.micro_batch_size, final_eval=False if args.no_final_eval else None,
        no_search=args.no_search, nll_weight=args.nll_weight, dpop_lambda=args.dpop_lambda)
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
    ] + _search_lines(s))
    emit(args, s, text)
    return 0


def _search_lines(s: dict) -> list[str]:
    """What the learning-rate search tried and kept (nothing when it did not run)."""
    if s.get("search_skipped"):
        return [f"  search skipped: {s['search_skipped']}"]
    rec = s.get("search")
    if not rec:
        return []
    w = rec["winner"]
    lines = [f"  search: {len(rec['candidates'])} learning rates on {rec['validation_pairs']} validation pairs, "
             f"{rec['seconds']:.0f} s ({rec['budget_ratio']}x one plain run); kept {w['name']} at step {w['step']}"]
    for c in rec["candidates"]:
        b = c["best"]
        best = "no score" if b is None else (f"best at step {c['best_step']}: accuracy {b['accuracy']:.3f}, margin "
                                             f"{b['margin']:+.3f}, chosen {b['chosen_delta']:+.3f} nats/token"
                                             + ("" if b["feasible"] else " (beyond the chosen-drift limit)"))
        end = f"dropped at step {c['dropped_at_step']}" if c["dropped_at_step"] is not None else f"{c['steps']} steps"
        lines.append(f"    {c['name']}: {end}; {best}")
    return lines


ADDERS = [_add_train]
