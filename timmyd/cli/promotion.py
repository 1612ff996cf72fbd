"""CLI: `timmyd promote` and `timmyd rollback` (logic in timmyd.ollama.promote)."""

from __future__ import annotations

from timmyd.cli.common import _common, _model_option, emit, load_config
from timmyd.ollama.promote import PromoteError
from timmyd.ollama.targets import TargetError

ERRORS: tuple[type[BaseException], ...] = (PromoteError, TargetError)


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
    _model_option(p, base=True)
    p.add_argument("--strategy", choices=["auto", "adapter", "fused"], help="override [promote].strategy")
    _common(p)
    p.set_defaults(func=_cmd_promote)


def _cmd_promote(args) -> int:
    from timmyd.service.jobs import PROMOTE_EXIT, promote_job
    r = promote_job(args.target, config=args.config, model=args.model, strategy=args.strategy)
    emit(args, r, _promotion_text(r))
    return PROMOTE_EXIT.get(r["status"], 1)


def _add_rollback(sub) -> None:
    p = sub.add_parser("rollback", help="point the served name back at the model promoted before the current one")
    _common(p)
    p.set_defaults(func=_cmd_rollback)


def _cmd_rollback(args) -> int:
    from timmyd.ledger.store import open_ledger
    from timmyd.ollama import promote
    cfg = load_config(args)
    with open_ledger(cfg) as ledger:
        r = promote.rollback(cfg, ledger).to_dict()
    emit(args, r, _promotion_text(r))
    from timmyd.service.jobs import PROMOTE_EXIT
    return PROMOTE_EXIT.get(r["status"], 1)


ADDERS = [_add_promote, _add_rollback]
