"""On-disk cache of the BASE model's evaluation results, so each daemon cycle skips recomputing them.

The base model never changes between cycles and the held-out set only grows, yet every evaluation
needs the base's summed log-probs of each held-out pair and its greedy replies (the reference for the
rewards, the deltas and the length check). Those are stored per model in
`<state>/cache/eval-base/<model fingerprint>.json`, keyed by the exact token ids they were computed
from (plus the length cap for replies), so any change of tokenizer, template, truncation or weights
misses the cache instead of returning a stale number. The trainer's fast-path probe result for the
model is kept too (per mlx-lm version): it runs full-vocabulary logits and costs 10-20 s on Gemma.
The fingerprint hashes `config.json`, the names, sizes and modification times of the weight files,
and the tokenizer and template files. Writes are atomic (temp file + rename); an
unreadable cache file is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from loguru import logger

VERSION = 1


def fingerprint(model_dir: str | Path) -> str:
    p = Path(model_dir).expanduser().resolve()
    h = hashlib.sha256()
    cfg = p / "config.json"
    h.update(cfg.read_bytes() if cfg.is_file() else b"")
    for f in sorted(p.glob("*.safetensors")):
        st = f.stat()
        h.update(f"{f.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    for name in ("tokenizer.json", "tokenizer_config.json", "chat_template.jinja"):
        if (p / name).is_file():
            h.update(hashlib.sha256((p / name).read_bytes()).digest())
    return h.hexdigest()[:24]


def _mlx_lm_version() -> str:
    from importlib.metadata import version

    return version("mlx-lm")


def _key(*parts) -> str:
    return hashlib.sha256(json.dumps(parts, separators=(",", ":")).encode()).hexdigest()[:32]


class BaseCache:
    """Base-model results by token ids; `path` None keeps them in memory only."""

    def __init__(self, path: Path | None = None):
        self.path, self.dirty = path, False
        self.data: dict = {"version": VERSION, "logps": {}, "gen": {}}
        if path is not None and path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if data.get("version") == VERSION:
                    self.data = data
            except (OSError, ValueError) as e:
                logger.warning("ignoring unreadable evaluation cache {}: {}", path, e)

    @classmethod
    def for_model(cls, state: Path, model_dir: str | Path) -> BaseCache:
        return cls(state / "cache" / "eval-base" / f"{fingerprint(model_dir)}.json")

    def get_logps(self, enc) -> tuple[float, float] | None:
        v = self.data["logps"].get(_key(enc.prompt, enc.chosen, enc.rejected))
        return None if v is None else (float(v[0]), float(v[1]))

    def put_logps(self, enc, chosen: float, rejected: float) -> None:
        self.data["logps"][_key(enc.prompt, enc.chosen, enc.rejected)] = [chosen, rejected]
        self.dirty = True

    def get_gen(self, prompt: list[int], max_new_tokens: int) -> dict | None:
        return self.data["gen"].get(_key(prompt, max_new_tokens))

    def put_gen(self, prompt: list[int], max_new_tokens: int, row: dict) -> None:
        self.data["gen"][_key(prompt, max_new_tokens)] = row
        self.dirty = True

    def get_probe(self) -> dict | None:
        """The trainer's fast-path flags found for this model under the installed mlx-lm."""
        rec = self.data.get("probe")
        return rec["flags"] if rec and rec.get("mlx_lm") == _mlx_lm_version() else None

    def put_probe(self, flags: dict) -> None:
        self.data["probe"] = {"mlx_lm": _mlx_lm_version(), "flags": dict(flags)}
        self.dirty = True

    def save(self) -> None:
        if self.path is None or not self.dirty:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f"{self.path.name}.tmp-{os.getpid()}")
        tmp.write_text(json.dumps(self.data), encoding="utf-8")
        os.replace(tmp, self.path)
        self.dirty = False
