"""Adapter directory I/O: the layout `mlx_lm.load(model, adapter_path=DIR)` reads, written atomically.

The run builds everything in `<out>.tmp-<pid>` (metrics.jsonl grows there step by step, so a crash
leaves the previous adapter untouched) and only a finished run is renamed into place. An existing
directory is moved aside first and deleted only after the new one is in place.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import mlx.core as mx

ADAPTER_FILE = "adapters.safetensors"
CONFIG_FILE = "adapter_config.json"
METRICS_FILE = "metrics.jsonl"
SUMMARY_FILE = "summary.json"


def temp_dir_for(out: Path) -> Path:
    tmp = out.with_name(f"{out.name}.tmp-{os.getpid()}")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    return tmp


def read_adapter_config(adapter_dir: str | Path) -> dict:
    p = Path(adapter_dir) / CONFIG_FILE
    try:
        cfg = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        raise ValueError(f"{p}: cannot read the adapter config: {e}") from e
    if cfg.get("fine_tune_type", "lora") != "lora" or "lora_parameters" not in cfg:
        raise ValueError(f"{p}: not a LoRA adapter config (needs fine_tune_type 'lora' and lora_parameters)")
    return cfg


def adapter_config(model_dir: str, num_layers: int, rank: int, scale: float, dropout: float,
                   extra: dict) -> dict:
    """The keys mlx-lm's own trainer writes (and `load_adapters` reads), plus ours under 'timmyd'."""
    return {"model": str(model_dir), "fine_tune_type": "lora", "num_layers": int(num_layers),
            "lora_parameters": {"rank": int(rank), "scale": float(scale), "dropout": float(dropout)},
            **{k: extra[k] for k in ("iters", "batch_size", "learning_rate", "seed", "max_seq_length",
                                     "grad_checkpoint") if k in extra},
            "timmyd": extra}


def write_json(path: Path, obj: dict) -> None:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")


def save_weights(tmp: Path, weights: dict[str, mx.array]) -> None:
    mx.save_safetensors(str(tmp / ADAPTER_FILE), weights)


def commit(tmp: Path, out: Path) -> Path:
    """Rename the finished temp dir into place, replacing an existing `out` safely."""
    for f in tmp.iterdir():  # make the contents durable before the rename publishes them
        with f.open("rb") as fh:
            os.fsync(fh.fileno())
    old = None
    if out.exists():
        old = out.with_name(f"{out.name}.old-{os.getpid()}")
        if old.exists():
            shutil.rmtree(old)
        os.rename(out, old)
    try:
        os.rename(tmp, out)
    except OSError:
        if old is not None:
            os.rename(old, out)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return out
