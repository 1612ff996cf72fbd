"""Load a model for training, switch its LoRA off for the reference, and compute response log-probs.

`sequence_logps` runs the transformer body to hidden states, gathers only the positions whose next
token is a response token, and applies the LM head there: prompt and padding positions never reach
the vocabulary-sized head (half the step and a third of the memory on Gemma, see FINDINGS). Packed
rows (several sequences end to end) reach the model through a stand-in "cache" object whose
`make_mask` hands mlx-lm's attention our block-diagonal mask, so any mlx-lm model that builds its mask
through `create_attention_mask` works unchanged. On MLX's CPU backend, where its exp is slow (or as
`[train] fastmath` says: `fastmath.resolve`, never a timing), the softmax, gate activations and
log-sum-exp go through `fastmath` ("math": numpy when only scoring, MLX ops with a faster exp and
hand-written gradients when training or computing the DPO reference). Every trick is checked on
every loaded model against the plain full-logits forward (`probe_fast_paths`); a model where one
disagrees falls back to the plain path for it.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

import mlx.core as mx
import mlx.nn as nn
import numpy as np

from timmyd.train import fastmath
from timmyd.train.data import Batch, EncodedPair, make_batch
from timmyd.train.errors import TrainError

LORA_LEAVES = ("lora_a", "lora_b")


class _Offsets(int):
    """Rotary offset 0 to code that does not know it; `SegmentRoPE` reads the per-row spans from it."""

    segments: list

    def __new__(cls, segments):
        obj = super().__new__(cls, 0)
        obj.segments = segments
        return obj


class _MaskCache:
    """Looks like an mlx-lm KV cache to the attention code: stores nothing, offset 0, our mask."""

    def __init__(self, mask: mx.array, positions: mx.array | None = None, segments=None):
        self.mask = mask
        self.positions = positions  # true token positions (shared layout), for sliding windows
        self.offset = 0 if segments is None else _Offsets(segments)

    def update_and_fetch(self, keys, values):
        return keys, values

    def make_mask(self, n, return_array=False, window_size=None):
        if window_size is None or n <= window_size:
            return self.mask
        i = mx.arange(n)[None, :] if self.positions is None else self.positions
        band = (i[:, :, None] - i[:, None, :]) < window_size
        return mx.logical_and(self.mask, band[:, None])

    @property
    def state(self):  # some models read it; nothing is cached
        return []

    def is_trimmable(self):
        return False


class SegmentRoPE(nn.Module):
    """Wraps a model's rotary embedding so spans of a row can start at their own positions.

    Plain calls pass through unchanged; with `_Offsets` (shared layout) each (start, end, offset) span
    of each row is rotated as if it began at `offset`, which is what the rejected reply needs to sit
    right after the prompt while chosen occupies those positions in the row.
    """

    def __init__(self, inner: nn.Module):
        super().__init__()
        self.inner = inner

    def __call__(self, x, offset=0):
        segments = getattr(offset, "segments", None)
        if segments is None:
            return self.inner(x, offset=offset)
        rows = []
        for r, spans in enumerate(segments):
            xr = x[r:r + 1]
            parts = [self.inner(xr[..., s:e, :], offset=o) for s, e, o in spans if e > s]
            rows.append(parts[0] if len(parts) == 1 else mx.concatenate(parts, axis=-2))
        return rows[0] if len(rows) == 1 else mx.concatenate(rows, axis=0)


def install_segment_rope(model: nn.Module) -> int:
    """Wrap every attention's `rope` (idempotent); returns how many were wrapped."""
    owners = [m for _, m in model.named_modules()
              if isinstance(getattr(m, "rope", None), nn.Module) and not isinstance(m, SegmentRoPE)]
    n = 0
    for m in owners:
        if not isinstance(m.rope, SegmentRoPE):
            m.rope = SegmentRoPE(m.rope)
            n += 1
    return n


def check_model_dir(model_dir: str | Path) -> Path:
    p = Path(model_dir).expanduser()
    if not p.is_dir():
        raise TrainError(f"{p}: model directory not found")
    if not (p / "config.json").is_file():
        raise TrainError(f"{p}: not an MLX/Hugging Face model directory (no config.json); "
                         "make one with `timmyd import-base`")
    if not any(p.glob("*.safetensors")):
        raise TrainError(f"{p}: no *.safetensors weights in the model directory")
    try:
        json.loads((p / "config.json").read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise TrainError(f"{p / 'config.json'}: not valid JSON: {e}") from e
    return p


def load_model(model_dir: str | Path, adapter_dir: str | Path | None = None):
    """(model, tokenizer) via `mlx_lm.load`, with the adapter applied when given; eval mode."""
    import mlx_lm

    p = check_model_dir(model_dir)
    if adapter_dir is not None:
        a = Path(adapter_dir).expanduser()
        if not (a / "adapter_config.json").is_file() or not (a / "adapters.safetensors").is_file():
            raise TrainError(f"{a}: not an adapter directory (needs adapter_config.json and adapters.safetensors)")
    try:
        model, tokenizer = mlx_lm.load(str(p), adapter_path=None if adapter_dir is None else str(adapter_dir))
    except (ValueError, KeyError, FileNotFoundError) as e:
        raise TrainError(f"{p}: cannot load the model: {e}") from e
    return model, tokenizer


def lora_modules(model: nn.Module) -> list[nn.Module]:
    return [m for _, m in model.named_modules() if hasattr(m, "lora_a") and hasattr(m, "scale")]


@contextlib.contextmanager
def lora_disabled(model: nn.Module) -> Iterator[nn.Module]:
    """Switch every LoRA layer off (scale 0: output equals the base model exactly), then restore."""
    mods = lora_modules(model)
    saved = [m.scale for m in mods]
    try:
        for m in mods:
            m.scale = 0.0
        yield model
    finally:
        for m, s in zip(mods, saved, strict=True):
            m.scale = s


def apply_lora(model: nn.Module, num_layers: int, rank: int, scale: float, dropout: float, seed: int) -> None:
    """Add fresh LoRA layers exactly as mlx-lm's trainer does, so `mlx_lm.load` reads them back."""
    from mlx_lm.tuner.utils import linear_to_lora_layers

    mx.random.seed(seed)
    n = len(model.layers) if num_layers < 0 else min(num_layers, len(model.layers))
    linear_to_lora_layers(model, n, {"rank": rank, "scale": scale, "dropout": dropout})


def make_trainable(model: nn.Module) -> int:
    """Freeze everything but the LoRA matrices; returns the trainable parameter count."""
    from mlx.utils import tree_flatten

    model.freeze()
    model.unfreeze(keys=list(LORA_LEAVES), strict=False)
    n = sum(v.size for _, v in tree_flatten(model.trainable_parameters()))
    if n == 0:
        raise TrainError("the model has no LoRA parameters to train")
    return n


def _head(model: nn.Module):
    """The LM head as a function of final hidden states (None when the layout is unknown)."""
    inner = getattr(model, "model", None)
    if inner is None or not callable(inner):
        return None
    lm_head = getattr(model, "lm_head", None)
    args = getattr(model, "args", None)
    tied = getattr(args, "tie_word_embeddings", lm_head is None)
    if lm_head is not None and not tied:
        return lm_head
    emb = getattr(inner, "embed_tokens", None)
    return emb.as_linear if emb is not None and hasattr(emb, "as_linear") else None


def head_for(model: nn.Module):
    """The LM head to apply to hidden states, or None when the model's probe found the head-only path
    inexact (or the layout is unknown): then full logits are computed."""
    return _head(model) if _fast_flags(model)["head"] else None


def _fast_flags(model: nn.Module) -> dict:
    return model.__dict__.get("_timmyd_fast", {"head": True, "pack": True, "share": False, "math": False})


def _hidden_or_logits(model: nn.Module, inputs: mx.array, batch: Batch, use_head: bool, tier: str | None):
    cache = None
    if batch.mask is not None:
        mask = mx.array(batch.mask)
        pos = None if batch.position_ids is None else mx.array(batch.position_ids)
        cache = [_MaskCache(mask, pos, batch.rope_segments) for _ in model.layers]
    with fastmath.patched(model, tier):
        if use_head:
            return model.model(inputs, cache)
        return model(inputs, cache)


def sequence_logps(model: nn.Module, batch: Batch, scoring: bool = False) -> tuple[mx.array, mx.array]:
    """(summed log-prob of the response tokens, response token count) for each of the 2B sequences.

    Order: the B chosen sequences, then the B rejected ones, in the batch's pair order. Where the probe
    enabled "math", `scoring=True` (no gradient will be taken) uses fastmath's numpy tier, else its
    differentiable MLX tier. The two tiers round differently (~1e-6 relative), so numbers that are
    compared with the training forward's (the DPO reference) must come from `scoring=False` too.
    """
    flags = _fast_flags(model)
    tier = ("score" if scoring else "train") if flags.get("math", False) else None
    head = head_for(model)
    tokens = mx.array(batch.tokens)
    inputs = tokens[:, :-1]
    out = _hidden_or_logits(model, inputs, batch, use_head=head is not None, tier=tier)
    flat = out.reshape(-1, out.shape[-1])[mx.array(batch.positions)]
    logits = head(flat) if head is not None else flat
    logits = logits.astype(mx.float32)
    targets = mx.array(batch.targets)
    lse = fastmath.logsumexp(logits, tier) if tier else mx.logsumexp(logits, axis=-1)
    tok_logp = mx.take_along_axis(logits, targets[:, None], axis=-1)[:, 0] - lse
    n_seq = len(batch.n_tokens)
    onehot = (mx.array(batch.segments)[None, :] == mx.arange(n_seq)[:, None]).astype(tok_logp.dtype)
    return onehot @ tok_logp, mx.array(batch.n_tokens)


def naive_sequence_logps(model: nn.Module, pairs: list[EncodedPair]) -> np.ndarray:
    """The textbook computation, one sequence at a time with full logits; for checks only."""
    out = []
    for seqs in ([(e.prompt, e.chosen) for e in pairs], [(e.prompt, e.rejected) for e in pairs]):
        for prompt, resp in seqs:
            ids = mx.array([list(prompt + resp)])
            logp = nn.log_softmax(model(ids[:, :-1]).astype(mx.float32), axis=-1)[0]
            tgt = np.asarray(prompt + resp)[1:]
            idx = np.arange(len(prompt) - 1, len(prompt) + len(resp) - 1)
            out.append(float(mx.sum(logp[mx.array(idx), mx.array(tgt[idx])]).item()))
    return np.asarray(out)


def probe_fast_paths(model: nn.Module, probe: list[EncodedPair], tol: float = 1e-3,
                     fastmath_mode: str = "auto") -> dict:
    """Check head-only logits, packing, prompt sharing and fastmath (both tiers) against the naive
    forward on real pairs; keep what agrees. fastmath is tried only where `fastmath_mode` (the config's
    `[train] fastmath`: auto | on | off) resolves to on (`fastmath.resolve`: from the backend, no timing)."""
    math_ok = fastmath.resolve(fastmath_mode)[0]
    want = naive_sequence_logps(model, probe)
    flags = {"head": _head(model) is not None, "pack": False, "share": False, "math": False}
    for name in ("head", "pack", "share", "math"):
        if name == "head" and not flags["head"]:
            continue
        if name == "share" and (not flags["pack"] or (install_segment_rope(model), _n_wrapped(model))[1] == 0):
            continue
        if name == "math" and not math_ok:
            continue
        flags[name] = True
        set_fast_paths(model, flags)
        try:
            ok = all(np.allclose(np.asarray(sequence_logps(model, batch_for(model, probe), scoring=sc)[0]), want,
                                 rtol=tol, atol=tol * max(1.0, float(np.abs(want).max())))
                     for sc in ((True, False) if name == "math" else (True,)))
        except Exception:  # a model class that rejects the stand-in cache or head split
            ok = False
        flags[name] = bool(ok)
    set_fast_paths(model, flags)
    return flags


def _n_wrapped(model: nn.Module) -> int:
    return sum(isinstance(m, SegmentRoPE) for _, m in model.named_modules())


def batch_for(model: nn.Module, pairs: list[EncodedPair]) -> Batch:
    """The fastest layout this model passed the probe with (packed + shared prompt where exact)."""
    flags = _fast_flags(model)
    return make_batch(pairs, packed=flags["pack"], shared=flags.get("share", False))


def set_fast_paths(model: nn.Module, flags: dict) -> None:
    # a plain attribute, not an MLX child: Module stores dict values in its parameter tree
    object.__setattr__(model, "_timmyd_fast", dict(flags))
