"""Helpers every command module shares: the common flags, config loading and output."""

from __future__ import annotations

import argparse
import json

from timmyd import config as config_mod


class UserError(Exception):
    """An error caused by the user's input; printed without a traceback."""


def _common(p: argparse.ArgumentParser, json_flag: bool = True) -> None:
    p.add_argument("--config", help="config file (default: $TIMMYD_CONFIG or etc/timmyd.toml)")
    if json_flag:
        p.add_argument("--json", action="store_true", help="print one JSON object on stdout")


def _model_option(p: argparse.ArgumentParser, base: bool = False) -> None:
    """`--model DIR`, the same option on every command that loads a model."""
    what = "MLX base model directory" if base else "MLX model directory"
    p.add_argument("--model", help=f"{what} (default: the config's 'model')")


def _judge_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--judge", action="store_true", help="also run the pairwise judge ([judge] config)")


def load_config(args) -> config_mod.Config:
    return config_mod.load(getattr(args, "config", None))


def emit(args, obj: dict, text: str) -> None:
    """Print `obj` as one JSON object with --json, else the human-readable `text`. Under `mlx.launch`
    only rank 0 prints (the launcher merges every rank's stdout; the others' copies would interleave)."""
    if config_mod.launcher_rank():  # a rank > 0 of a launched group
        return
    if getattr(args, "json", False):
        print(json.dumps(obj, ensure_ascii=False, default=str))
    else:
        print(text)
