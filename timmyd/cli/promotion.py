"""CLI: `timmyd promote` and `timmyd rollback` (logic in timmyd.promote)."""

from __future__ import annotations

from timmyd.cli.common import _common, emit, load_config
from timmyd.promote import PromoteError

ERRORS: tuple[type[BaseException], ...] = (PromoteError,)

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


ADDERS = [_add_promote, _add_rollback]
