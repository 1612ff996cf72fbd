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
        from timmyd.service import basemodel
        base = basemodel.resolve(cfg, timeout=3.0, hash_files=False)
        problem = base.detail if base.state == "missing" else None  # unset: valid, but `timmyd run` refuses
        if problem is None and base.digest:
            problem = basemodel.base_mismatch(cfg, base, timeout=3.0)
        kinds = {"ollama": "an Ollama model name", "gguf": "a GGUF file", "mlx": "an MLX model directory"}
        model = f"model: {cfg.model!r} is {kinds.get(base.kind, 'not set')} ({base.state}): {base.detail}"
        if base.kind == "ollama":
            model += f"\npromote.base_name: {cfg.promote.base_name!r}"
        obj = {"ok": problem is None, "config": where, "state_dir": str(cfg.state_path), "model": base.to_dict(),
               "base_name": cfg.promote.base_name, "error": problem}
        head = f"config OK: {where}" if problem is None else f"config error: {where}: {problem}"
        emit(args, obj, f"{head}\nstate: {cfg.state_path}\n{model}")
        return 0 if problem is None else 1
    else:
        d = config_mod.as_dict(cfg)
        emit(args, d, json.dumps(d, indent=2))
    return 0


ADDERS = [_add_config]
