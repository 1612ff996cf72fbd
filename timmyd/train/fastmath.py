"""Attention softmax, gate activations and log-sum-exp without MLX's `exp`, for CPUs where that
function is the bottleneck.

Why: on the Linux mlx-cpu wheel `mx.exp` is scalar code calling libm's `fmaf` per step (4.9 ms for
300 x 1408 floats, while a multiply takes 0.13 ms), so in a small transformer the attention softmax,
the SiLU/GELU gates and the vocabulary log-sum-exp cost as much as all the matmuls. Two tiers:

- "score" (no gradient: final accuracy, evaluation): numpy's vectorised `exp`, 10x faster; an MLX
  array on the CPU reaches numpy without a copy. These functions force evaluation of their input,
  which under `value_and_grad` would keep every intermediate of the forward and backward graphs
  alive (3x the memory, measured), so they refuse to be differentiated.
- "train": plain MLX ops with hand-written gradients, `exp` by range reduction (x = n ln2 + r,
  Cody-Waite split of ln2, degree-7 polynomial for e^r, 2^n from the exponent bits; ~1 ulp), 2-3x
  faster than `mx.exp` and lazy like any MLX op. (`mx.compile` would fuse it further, but MLX inlines
  compiled functions whose inputs are traced for gradients, so it gives nothing here.) The DPO
  reference pass uses this tier too: the tiers round differently (~1e-6 relative), and the reference
  must equal the first training step's forward bit for bit (rewards exactly 0 at step 1).

Measured on the 27 M benchmark llama: the training steps 22 % faster (swiglu and log-sum-exp keep
their sigmoid / softmax for the backward, so it needs no exp); the DPO reference pass (16 pairs, one
BLAS thread) 6.6 CPU-s without fastmath, 5.4 with the train tier, 4.5 with the score tier it used
before it had to match the steps bit for bit (40 pairs: 13.3 s -> 6.5-7.1 s then).

Whether it is used is decided from the backend and the config, never from a timing (`resolve`:
`[train] fastmath = "auto"` = on exactly on MLX's CPU backend, off on Metal / CUDA; "on" / "off"
force it), so a run's numbers do not depend on how busy the machine is; `faster_than_builtin` /
`exp_slowdown` only measure, for `timmyd doctor`. `patched(model, tier)` swaps the model's attention
and gate activations while it is active, by rebinding the names mlx-lm's model modules call
(`scaled_dot_product_attention`, `swiglu`, `nn.silu`, `nn.gelu_approx`) in those modules only, and
restores them on exit. Results agree with MLX's to float32 rounding; the trainer's probe checks
both tiers on every model it loads.
"""

from __future__ import annotations

import contextlib
import functools
import math
import sys
import time
import types
from collections.abc import Iterator

import mlx.core as mx
import mlx.nn as nn
import numpy as np

_GELU_C = 2 * math.sqrt(2 / math.pi)  # gelu_approx(x) = x * sigmoid(_GELU_C * (x + 0.044715 x^3))
TIERS = ("score", "train")
MODES = ("auto", "on", "off")  # [train] fastmath
_CHUNK = 1 << 22  # elements per numpy log-sum-exp block
# The train tier's exp is ~20 MLX ops, so a few input-sized temporaries live at once; above this many
# elements (Gemma's 262 k-wide logits) MLX's one-pass kernels are used instead (measured: the tier
# on all of Gemma 3 270M's logits doubled the trainer's peak memory, 2.5 -> 5.0 GB).
_TRAIN_MAX = 1 << 24

# --- "score": numpy ---------------------------------------------------------------------------------


def _np(x: mx.array) -> np.ndarray:
    """A numpy view of an MLX array (evaluates it; no copy); never written to."""
    return np.asarray(x)


def _np_sigmoid(z: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):  # exp(-z) = inf gives sigmoid 0, as it should
        s = np.exp(-z)
    s += 1.0
    np.reciprocal(s, out=s)
    return s


@mx.custom_function
def _np_softmax(s: mx.array, keep: mx.array) -> mx.array:
    e = np.where(_np(keep), _np(s), -np.inf)
    m = e.max(axis=-1, keepdims=True)
    m[~np.isfinite(m)] = 0.0  # a fully masked row: all weights 0, not NaN
    e -= m
    np.exp(e, out=e)
    z = e.sum(axis=-1, keepdims=True)
    z[z == 0] = 1.0
    e /= z
    return mx.array(e)


@mx.custom_function
def _np_swiglu(gate: mx.array, x: mx.array) -> mx.array:
    g = _np(gate)
    out = g * _np(x)
    out *= _np_sigmoid(g)
    return mx.array(out)


@mx.custom_function
def _np_silu(x: mx.array) -> mx.array:
    v = _np(x)
    return mx.array(v * _np_sigmoid(v))


@mx.custom_function
def _np_gelu_approx(x: mx.array) -> mx.array:
    v = _np(x)
    return mx.array(v * _np_sigmoid(_GELU_C * (v + 0.044715 * v * v * v)))


@mx.custom_function
def _np_logsumexp(x: mx.array) -> mx.array:
    v = _np(x).reshape(-1, x.shape[-1])
    out = np.empty(v.shape[0], dtype=v.dtype)
    rows = max(1, _CHUNK // v.shape[1])  # bounded temporaries: Gemma's vocabulary is 262 k wide
    for i in range(0, v.shape[0], rows):
        m = v[i:i + rows].max(axis=-1, keepdims=True)
        e = v[i:i + rows] - m
        np.exp(e, out=e)
        out[i:i + rows] = np.log(e.sum(axis=-1)) + m[:, 0]
    return mx.array(out.reshape(x.shape[:-1]))


def _scoring_only(name: str):
    def vjp(primals, cotangent, output):
        raise RuntimeError(f"fastmath score-tier {name} has no gradient: use the train tier")
    return vjp



# --- "train": MLX ops, exp by range reduction ------------------------------------------------------

_LOG2E = 1.4426950408889634
_LN2_HI = 0.693359375  # ln 2 split so that n * _LN2_HI is exact in float32 (Cody-Waite)
_LN2_LO = -2.12194440e-4
_X_MAX = 88.0  # exp(88) = 1.65e38 < float32 max
_X_MIN = -88.0  # rounds to n = -127, whose 2^n bit pattern is 0: exp returns exactly 0 from about -87.7 down
# Taylor coefficients 1/k! of e^r for |r| <= ln2/2 (truncation error < 2e-9, below float32 rounding)
_COEFS = (1 / 5040, 1 / 720, 1 / 120, 1 / 24, 1 / 6, 1 / 2, 1.0, 1.0)


_ROUND = 12582912.0  # 1.5 * 2^23: adding it rounds |y| < 2^22 to the nearest integer (float32 ulp is 1 there)
_ROUND_BITS = 0x4B400000  # its bit pattern, so t = _ROUND + n has the bits _ROUND_BITS + n


def exp(x: mx.array) -> mx.array:
    """e^x for float32, clamped to [0, e^88] (no gradient of its own: used inside the functions below,
    which have theirs). Rounding by the 1.5 * 2^23 trick, not `mx.floor` + `astype`: slow ops here."""
    xc = mx.clip(x, _X_MIN, _X_MAX)
    t = xc * _LOG2E + _ROUND
    n = t - _ROUND
    r = (xc - n * _LN2_HI) - n * _LN2_LO
    p = _COEFS[0]
    for c in _COEFS[1:]:
        p = p * r + c
    two_n = ((t.view(mx.int32) - (_ROUND_BITS - 127)) << 23).view(mx.float32)
    return p * two_n


def _sig(z: mx.array) -> mx.array:
    return 1.0 / (1.0 + exp(-z))


@mx.custom_function
def _mx_softmax(s: mx.array, keep: mx.array) -> mx.array:
    s = mx.where(keep, s, -math.inf)
    m = mx.max(s, axis=-1, keepdims=True)
    e = exp(s - mx.where(m == -math.inf, 0.0, m))
    z = mx.sum(e, axis=-1, keepdims=True)
    return e / mx.where(z == 0, 1.0, z)


@_mx_softmax.vjp
def _mx_softmax_vjp(primals, cotangent, output):
    t = cotangent * output
    return t - output * mx.sum(t, axis=-1, keepdims=True), mx.zeros_like(primals[1])


@mx.custom_function
def _mx_swiglu2(gate: mx.array, x: mx.array) -> tuple[mx.array, mx.array]:
    """(silu(gate) * x, sigmoid(gate)): the sigmoid is kept for the backward, which then needs no exp."""
    s = _sig(gate)
    return gate * x * s, s


@_mx_swiglu2.vjp
def _mx_swiglu2_vjp(primals, cotangents, outputs):
    g, x = primals
    s = outputs[1]
    cs = cotangents[0] * s
    return cs * x * (1.0 + g * (1.0 - s)), cs * g


def _mx_swiglu(gate: mx.array, x: mx.array) -> mx.array:
    return _mx_swiglu2(gate, x)[0]


@mx.custom_function
def _mx_silu(x: mx.array) -> mx.array:
    return x * _sig(x)


@_mx_silu.vjp
def _mx_silu_vjp(primals, cotangent, output):
    s = _sig(primals)
    return cotangent * s * (1.0 + primals * (1.0 - s))


@mx.custom_function
def _mx_gelu_approx(x: mx.array) -> mx.array:
    return x * _sig(_GELU_C * (x + 0.044715 * x * x * x))


@_mx_gelu_approx.vjp
def _mx_gelu_approx_vjp(primals, cotangent, output):
    x = primals
    s = _sig(_GELU_C * (x + 0.044715 * x * x * x))
    return cotangent * (s + x * s * (1.0 - s) * _GELU_C * (1.0 + 3 * 0.044715 * x * x))


@mx.custom_function
def _mx_logsumexp2(x: mx.array) -> tuple[mx.array, mx.array]:
    """(log-sum-exp, softmax): the softmax is the gradient's shape, kept so the backward needs no exp."""
    m = mx.max(x, axis=-1, keepdims=True)
    e = exp(x - m)
    z = mx.sum(e, axis=-1, keepdims=True)
    return mx.log(z[..., 0]) + m[..., 0], e / z


@_mx_logsumexp2.vjp
def _mx_logsumexp2_vjp(primals, cotangents, outputs):
    return cotangents[0][..., None] * outputs[1]


def _mx_logsumexp(x: mx.array) -> mx.array:
    return _mx_logsumexp2(x)[0]


_KERNELS = {
    "score": dict(softmax=_np_softmax, swiglu=_np_swiglu, silu=_np_silu, gelu_approx=_np_gelu_approx,
                  logsumexp=_np_logsumexp),
    "train": dict(softmax=_mx_softmax, swiglu=_mx_swiglu, silu=_mx_silu, gelu_approx=_mx_gelu_approx,
                  logsumexp=_mx_logsumexp),
}
for _name, _f in _KERNELS["score"].items():
    _f.vjp(_scoring_only(_name))

# --- the public functions: float32 goes to the tier's kernel, anything else to MLX -----------------


def _ours(tier: str, *xs) -> bool:
    """Float32 (else MLX's own function), and for the train tier not too large (see _TRAIN_MAX)."""
    return all(x.dtype == mx.float32 for x in xs) and (tier == "score" or xs[0].size <= _TRAIN_MAX)


def softmax(s: mx.array, keep: mx.array | None = None, tier: str = "train") -> mx.array:
    """Softmax over the last axis, weight 0 where the boolean `keep` (broadcastable) is False."""
    keep = mx.array(True) if keep is None else keep
    if not _ours(tier, s):
        return mx.softmax(mx.where(keep, s, -math.inf), axis=-1)
    return _KERNELS[tier]["softmax"](s, keep)


def swiglu(gate: mx.array, x: mx.array, tier: str = "train") -> mx.array:
    return _KERNELS[tier]["swiglu"](gate, x) if _ours(tier, gate, x) else nn.silu(gate) * x


def silu(x: mx.array, tier: str = "train") -> mx.array:
    return _KERNELS[tier]["silu"](x) if _ours(tier, x) else nn.silu(x)


def gelu_approx(x: mx.array, tier: str = "train") -> mx.array:
    return _KERNELS[tier]["gelu_approx"](x) if _ours(tier, x) else nn.gelu_approx(x)


def logsumexp(x: mx.array, tier: str = "train") -> mx.array:
    """log(sum(exp(x))) over the last axis."""
    return _KERNELS[tier]["logsumexp"](x) if _ours(tier, x) else mx.logsumexp(x, axis=-1)


def attention(queries, keys, values, cache=None, scale: float = 1.0, mask=None, sinks=None, *,
              tier: str = "train", fallback=None):
    """mlx-lm's `scaled_dot_product_attention` contract: (B, H, L, D) queries, (B, Hkv, S, D) keys and
    values (grouped-query heads share them), mask None / "causal" / boolean / additive."""
    if sinks is not None or hasattr(cache, "bits") or queries.dtype != mx.float32:
        return fallback(queries, keys, values, cache=cache, scale=scale, mask=mask, sinks=sinks)
    b, h, n_q, d = queries.shape
    h_kv, n_k = keys.shape[1], keys.shape[2]
    rep = h // h_kv
    q = (queries * scale).reshape(b, h_kv, rep, n_q, d)
    scores = q @ keys[:, :, None].swapaxes(-1, -2)  # (B, Hkv, rep, L, S)
    if isinstance(mask, str):
        if mask != "causal":
            raise ValueError(f"unknown attention mask {mask!r}")
        mask = mx.arange(n_k)[None, :] <= (mx.arange(n_q) + n_k - n_q)[:, None]
    if mask is not None and mask.ndim == 4:  # (B or 1, H or 1, L, S) -> the grouped layout
        mask = mask.reshape(mask.shape[0], h_kv, rep, n_q, n_k) if mask.shape[1] == h else mask[:, :, None]
    if mask is None or mask.dtype == mx.bool_:
        probs = softmax(scores, mask, tier)
    else:
        probs = softmax(scores + mask, None, tier)
    return (probs @ values[:, :, None]).reshape(b, h, n_q, d)


def backend() -> str:
    """The backend MLX computes on by default: "cpu", "metal" or "cuda" (another GPU: "gpu")."""
    if mx.default_device() == mx.cpu:
        return "cpu"
    for name in ("metal", "cuda"):
        mod = getattr(mx, name, None)
        if mod is not None and getattr(mod, "is_available", lambda: False)():
            return name
    return "gpu"


def resolve(mode: str = "auto") -> tuple[bool, str]:
    """(fastmath on?, why) for a `[train] fastmath` value, from the backend alone: "auto" is on exactly on
    MLX's CPU backend (where `mx.exp` is the slow scalar path), off on a GPU; "on" / "off" are the
    owner's word. Deterministic: no timing (a model whose fast path disagrees with the plain forward is
    still switched off by the trainer's probe, which is not timing-dependent either)."""
    if mode not in MODES:
        raise ValueError(f"[train].fastmath must be one of {MODES}, got {mode!r}")
    if mode != "auto":
        return mode == "on", "set by [train].fastmath"
    b = backend()
    return (True, "CPU backend") if b == "cpu" else (False, f"{b} backend")


def faster_than_builtin(n: int = 1 << 18, rounds: int = 9, margin: float = 1.3) -> bool:
    """True when our MLX-op `exp` beats `mx.exp` by `margin` on the default device. A diagnostic for
    `timmyd doctor` only: whether fastmath is used is `resolve`'s decision, never a timing."""
    ratio = exp_slowdown(n, rounds)
    return ratio is not None and ratio > margin


def exp_slowdown(n: int = 1 << 18, rounds: int = 9) -> float | None:
    """How many times slower `mx.exp` is than our MLX-op `exp` here (None on a GPU: not measured).
    Alternating rounds, medians, freed memory kept (first-touch page faults would hit our ~25 ops more
    than MLX's one): ~40 ms; measured 2.2-2.6x on the Linux mlx-cpu wheel. Diagnostic only (doctor)."""
    if mx.default_device() != mx.cpu:
        return None
    keep_freed_memory()
    x = mx.random.normal((n,)) * 10
    mx.eval(x)
    times: dict[str, list[float]] = {"mlx": [], "ours": []}
    for i in range(rounds + 1):
        for name, f in (("mlx", mx.exp), ("ours", exp)):
            t = time.perf_counter()
            mx.eval(f(x))
            if i:  # round 0 warms up
                times[name].append(time.perf_counter() - t)
    return float(np.median(times["mlx"])) / float(np.median(times["ours"]))


_MALLOC_TUNED = False


def keep_freed_memory() -> bool:
    """Ask glibc to keep freed memory for reuse instead of returning it to the kernel (Linux only).

    The temporaries here are megabytes each; by default glibc maps and unmaps such blocks on every
    call, and the page faults of touching fresh pages cost more than the maths (1.9 ms instead of
    0.23 ms for one numpy exp over 300 x 1408 floats, measured here). Returns whether it took.
    """
    global _MALLOC_TUNED
    if _MALLOC_TUNED or not sys.platform.startswith("linux"):
        return _MALLOC_TUNED
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6")
        m_trim_threshold, m_top_pad, m_mmap_threshold = -1, -2, -3
        _MALLOC_TUNED = bool(libc.mallopt(m_mmap_threshold, 32 << 20) and libc.mallopt(m_trim_threshold, 1 << 30)
                             and libc.mallopt(m_top_pad, 64 << 20))
    except (OSError, AttributeError):  # not glibc
        _MALLOC_TUNED = False
    return _MALLOC_TUNED


def _model_modules(model: nn.Module) -> list[types.ModuleType]:
    """The mlx-lm modules defining the model's layers (cached on the model: patched on every forward)."""
    mods = model.__dict__.get("_timmyd_modules")
    if mods is None:
        names = {type(m).__module__ for _, m in model.named_modules()}
        mods = [sys.modules[n] for n in sorted(names) if n in sys.modules and n.startswith("mlx_lm.models.")]
        object.__setattr__(model, "_timmyd_modules", mods)  # a plain attribute, not an MLX child
    return mods


class _NN:
    """`mlx.nn` as a model module sees it, with the gate activations replaced."""

    def __init__(self, tier: str):
        self._over = {"silu": functools.partial(silu, tier=tier),
                      "gelu_approx": functools.partial(gelu_approx, tier=tier)}

    def __getattr__(self, name):
        return self._over.get(name) or getattr(nn, name)


@contextlib.contextmanager
def patched(model: nn.Module, tier: str | None) -> Iterator[None]:
    """While active, the model's modules use this tier's attention and activations (None: no change)."""
    if tier is None:
        yield
        return
    if tier not in TIERS:
        raise ValueError(f"tier must be one of {TIERS}, got {tier!r}")
    keep_freed_memory()
    saved: list[tuple[types.ModuleType, str, object]] = []
    for mod in _model_modules(model):
        g = vars(mod)
        if callable(g.get("scaled_dot_product_attention")):
            saved.append((mod, "scaled_dot_product_attention", g["scaled_dot_product_attention"]))
            mod.scaled_dot_product_attention = functools.partial(
                attention, tier=tier, fallback=g["scaled_dot_product_attention"])
        if callable(g.get("swiglu")):
            saved.append((mod, "swiglu", g["swiglu"]))
            mod.swiglu = functools.partial(swiglu, tier=tier)
        if g.get("nn") is nn:
            saved.append((mod, "nn", nn))
            mod.nn = _NN(tier)
    try:
        yield
    finally:
        for mod, name, value in reversed(saved):
            setattr(mod, name, value)
