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


class UserError(Exception):
    """An error caused by the user's input; printed without a traceback."""


# Errors a user can fix (bad file, key, flag): one line on stderr, exit 2. Modules add theirs here.
USER_ERRORS: tuple[type[BaseException], ...] = (UserError, config_mod.ConfigError, PairError)


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


# --- registration ---------------------------------------------------------------------------------

ADDERS = [_add_config]


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
