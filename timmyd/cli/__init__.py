"""The top of the house, the command line: argument parsing and printing only; the logic lives in the
stage packages and `timmyd.service`. May import anything; nothing in `timmyd` imports it.

Every command takes `--config PATH` (else $TIMMYD_CONFIG, else the checkout's etc/timmyd.toml) and
every command that reports takes `--json`, which prints exactly one JSON object on stdout.
Each command is a pair of functions in the module of its area: `_add_<name>(sub)` registers its parser
(listed in the module's `ADDERS`), `_cmd_<name>(args)` runs it and returns the exit code. Errors the
user can fix (the module's `ERRORS`) are printed as one line, exit code 2.
"""

from __future__ import annotations

import argparse
import contextlib
import sys

import timmyd
from timmyd import config as config_mod
from timmyd.cli import config_cmd, data, evaluation, gguf, promotion, service, train
from timmyd.cli.common import UserError, emit, load_config
from timmyd.pairs import PairError
from timmyd.service.jobs import JobError
from timmyd.train.errors import TrainError

MODULES = (config_cmd, service, train, evaluation, data, promotion, gguf)

# Errors a user can fix (bad file, key, flag): one line on stderr, exit 2.
USER_ERRORS: tuple[type[BaseException], ...] = (UserError, JobError, config_mod.ConfigError, PairError, TrainError) + tuple(
    e for m in MODULES for e in m.ERRORS)

# Commands whose output goes into the state dir run under umask 077 (dirs 0700, files 0600; `run` sets it
# itself, in timmyd.service.daemon.run). Not the ones that write where the user points them (`train --out`,
# `export-gguf --out`, `import-base --out`, `pairs --export`): those files keep the user's own umask.
PRIVATE_COMMANDS = frozenset({"ingest", "eval", "compare", "report", "promote", "rollback", "demo"})

__all__ = ["USER_ERRORS", "UserError", "build_parser", "emit", "load_config", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timmyd", description=timmyd.__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for m in MODULES:
        for add in m.ADDERS:
            add(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    if argv is None:
        from timmyd.service.blas import reexec_with_openblas
        reexec_with_openblas(sys.argv[1:])  # MLX's bundled CPU BLAS is ~20x slower than OpenBLAS
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with config_mod.private_umask() if args.command in PRIVATE_COMMANDS else contextlib.nullcontext():
            return int(args.func(args) or 0)
    except USER_ERRORS as e:
        print(f"timmyd: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("timmyd: interrupted", file=sys.stderr)
        return 130
