"""CLI: `timmyd config check|show`."""

from __future__ import annotations

import json

from timmyd import config as config_mod
from timmyd.cli.common import _common, emit, load_config

ERRORS: tuple[type[BaseException], ...] = ()

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


ADDERS = [_add_config]
