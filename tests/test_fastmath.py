"""fastmath: both tiers agree with MLX's own functions in value (and the train tier in gradient), the
score tier refuses gradients, and `patched` changes model outputs by rounding only and undoes itself."""

from __future__ import annotations

import importlib

import mlx.core as mx
import mlx.nn as nn
import numpy as np
import pytest
from mlx_lm.models.activations import swiglu as mlx_swiglu

from tests._gguf_helpers import FAMILY_CONFIGS
from timmyd.train import fastmath as F

TIERS = F.TIERS


def _close(a, b, tol=2e-5):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    assert a.shape == b.shape
    assert np.allclose(a, b, rtol=tol, atol=tol * max(1.0, float(np.abs(b).max()))), np.abs(a - b).max()


def test_exp_is_accurate_over_the_float32_range():
    x = np.concatenate([np.linspace(-87.0, 88.0, 200_001), np.random.default_rng(0).normal(0, 3, 50_000)])
    got = np.asarray(F.exp(mx.array(x.astype(np.float32))), dtype=np.float64)
    want = np.exp(x.astype(np.float32).astype(np.float64))
    assert np.abs(got / want - 1).max() < 2e-7  # under 2 ulp (measured 1.0e-7; MLX's own exp: 3.9e-6)
    edge = np.asarray(F.exp(mx.array([-1e30, -90.0, 88.0, 1e30, -np.inf, np.inf], dtype=mx.float32)))
    assert edge[0] == edge[1] == edge[4] == 0.0 and np.isfinite(edge[2]) and edge[2] > 1e38
    assert np.isfinite(edge[3]) and np.isfinite(edge[5])  # clamped at exp(88), never inf or NaN


@pytest.mark.parametrize("tier", TIERS)
def test_activations_match_mlx(tier):
    rng = np.random.default_rng(1)
    g = mx.array(rng.normal(0, 4, (3, 7, 33)).astype(np.float32))
    u = mx.array(rng.normal(0, 1, (3, 7, 33)).astype(np.float32))
    _close(F.swiglu(g, u, tier), mlx_swiglu(g, u))
    _close(F.silu(g, tier), nn.silu(g))
    _close(F.gelu_approx(g, tier), nn.gelu_approx(g))
    logits = mx.array(rng.normal(0, 6, (5, 300)).astype(np.float32))
    _close(F.logsumexp(logits, tier), mx.logsumexp(logits, axis=-1))
    keep = mx.array(rng.random((7, 33)) < 0.6) | mx.eye(7, 33, dtype=mx.bool_)
    _close(F.softmax(g, keep, tier), mx.softmax(mx.where(keep, g, -np.inf), axis=-1))
    _close(F.softmax(g, None, tier), mx.softmax(g, axis=-1))
    masked_row = F.softmax(g[:1, :1], mx.zeros((1, 33), dtype=mx.bool_), tier)  # all masked: zeros, not NaN
    assert np.array_equal(np.asarray(masked_row), np.zeros((1, 1, 33), np.float32))
    h = g.astype(mx.float16)  # other dtypes go to MLX unchanged
    assert F.swiglu(h, h, tier).dtype == mx.float16 and F.logsumexp(h, tier).dtype == mx.float16


def test_large_inputs_stay_bounded(monkeypatch):
    """Numpy log-sum-exp works in row blocks; the train tier hands inputs over _TRAIN_MAX to MLX."""
    logits = mx.array(np.random.default_rng(5).normal(0, 6, (2, 9, 50)).astype(np.float32))
    want = mx.logsumexp(logits, axis=-1)
    monkeypatch.setattr(F, "_CHUNK", 120)  # 2 rows per block, 9 blocks
    _close(F.logsumexp(logits, "score"), want)
    monkeypatch.setattr(F, "_TRAIN_MAX", 100)
    calls = []
    monkeypatch.setattr(F.mx, "logsumexp", lambda x, axis: calls.append(x.size) or want)
    F.logsumexp(logits, "train")
    assert calls == [900]


def test_train_tier_gradients_match_mlx_autodiff():
    rng = np.random.default_rng(2)
    g = mx.array(rng.normal(0, 4, (4, 40)).astype(np.float32))
    u = mx.array(rng.normal(0, 1, (4, 40)).astype(np.float32))
    w = mx.array(rng.normal(0, 1, (4, 40)).astype(np.float32))
    keep = mx.array(rng.random((4, 40)) < 0.7) | mx.eye(4, 40, dtype=mx.bool_)
    pairs = [
        (lambda a, b: F.swiglu(a, b), mlx_swiglu),
        (lambda a, b: F.silu(a) * b, lambda a, b: nn.silu(a) * b),
        (lambda a, b: F.gelu_approx(a) * b, lambda a, b: nn.gelu_approx(a) * b),
        (lambda a, b: F.softmax(a * b, keep), lambda a, b: mx.softmax(mx.where(keep, a * b, -np.inf), axis=-1)),
        (lambda a, b: F.logsumexp(a * b)[:, None] * b, lambda a, b: mx.logsumexp(a * b, axis=-1)[:, None] * b),
    ]
    for ours, ref in pairs:
        got = mx.grad(lambda a, b, f=ours: (f(a, b) * w).sum(), argnums=(0, 1))(g, u)
        want = mx.grad(lambda a, b, f=ref: (f(a, b) * w).sum(), argnums=(0, 1))(g, u)
        for x, y in zip(got, want, strict=True):
            _close(x, y, tol=5e-5)


def test_score_tier_refuses_gradients():
    x = mx.array(np.ones((2, 3), np.float32))
    with pytest.raises(RuntimeError, match="no gradient"):
        mx.grad(lambda v: F.softmax(v, None, "score").sum())(x)


@pytest.mark.parametrize("tier", TIERS)
def test_attention_matches_mlx_sdpa(tier):
    rng = np.random.default_rng(3)
    q = mx.array(rng.normal(0, 1, (2, 8, 11, 16)).astype(np.float32))
    k = mx.array(rng.normal(0, 1, (2, 4, 11, 16)).astype(np.float32))  # grouped-query: 2 heads per kv head
    v = mx.array(rng.normal(0, 1, (2, 4, 11, 16)).astype(np.float32))
    block = mx.array(rng.random((2, 1, 11, 11)) < 0.5) | mx.eye(11, dtype=mx.bool_)
    per_head = mx.array(rng.random((2, 8, 11, 11)) < 0.5) | mx.eye(11, dtype=mx.bool_)
    for mask in (None, "causal", block, per_head, mx.where(block, 0.0, -1e9)):
        want = mx.fast.scaled_dot_product_attention(q, k, v, scale=0.25, mask=mask)
        _close(F.attention(q, k, v, scale=0.25, mask=mask, tier=tier), want)
    # causal with fewer queries than keys (a cache offset): the last queries of the full causal mask
    want = mx.fast.scaled_dot_product_attention(q[:, :, -3:], k, v, scale=0.25, mask="causal")
    _close(F.attention(q[:, :, -3:], k, v, scale=0.25, mask="causal", tier=tier), want)
    if tier == "train":
        loss = [lambda a, b, c, f=f: (f(a, b, c) * v.mean()).sum() for f in (
            lambda a, b, c: F.attention(a, b, c, scale=0.25, mask=block),
            lambda a, b, c: mx.fast.scaled_dot_product_attention(a, b, c, scale=0.25, mask=block))]
        got, want = (mx.grad(fn, argnums=(0, 1, 2))(q, k, v) for fn in loss)
        for x, y in zip(got, want, strict=True):
            _close(x, y, tol=5e-5)


@pytest.mark.parametrize("family", sorted(FAMILY_CONFIGS))
def test_patched_model_agrees_and_is_restored(family):
    cfg = dict(FAMILY_CONFIGS[family], vocab_size=97)
    mod = importlib.import_module(f"mlx_lm.models.{family}")
    mx.random.seed(0)
    model = mod.Model(mod.ModelArgs.from_dict(cfg))
    tokens = mx.array(np.random.default_rng(4).integers(0, 97, (1, 40)))
    want = model(tokens)
    before = {n: dict(vars(m)) for n, m in ((m.__name__, m) for m in F._model_modules(model))}
    assert before, "the model's mlx-lm modules were found"
    for tier in TIERS:
        with F.patched(model, tier):
            for m in F._model_modules(model):  # gemma2 computes its soft-capped attention itself: no swap
                if "scaled_dot_product_attention" in before[m.__name__]:
                    assert isinstance(vars(m)["scaled_dot_product_attention"], F.functools.partial)
                if "nn" in before[m.__name__]:  # nn.silu / nn.gelu_approx go through it
                    assert isinstance(vars(m)["nn"], F._NN)
            _close(model(tokens), want, tol=1e-4)
        for m in F._model_modules(model):
            for name in ("scaled_dot_product_attention", "swiglu", "nn"):
                assert vars(m).get(name) is before[m.__name__].get(name)
    # the train tier's gradients through the whole model equal MLX autodiff's
    from mlx.utils import tree_flatten

    w = mx.array(np.random.default_rng(6).normal(0, 1, want.shape).astype(np.float32))

    def grads():
        return dict(tree_flatten(nn.value_and_grad(model, lambda m: (m(tokens) * w).sum())(model)[1]))

    plain = grads()
    with F.patched(model, "train"):
        fast = grads()
    assert plain.keys() == fast.keys()
    for k in plain:
        _close(fast[k], plain[k], tol=5e-4)
    with pytest.raises(KeyError), F.patched(model, "train"):
        raise KeyError("boom")  # restored on errors too
    assert all(vars(m).get("nn") is nn for m in F._model_modules(model) if "nn" in vars(m))


def test_sequence_logps_and_gradients_unchanged_by_fastmath(tiny_model):
    from mlx.utils import tree_flatten

    from tests.test_trainer import make_pairs
    from timmyd.train import trainer as T
    from timmyd.train.data import encode_pairs
    from timmyd.train.model import (
        apply_lora,
        batch_for,
        install_segment_rope,
        load_model,
        sequence_logps,
        set_fast_paths,
    )

    model, tok = load_model(tiny_model)
    apply_lora(model, -1, 4, 10.0, 0.0, seed=0)
    for _, m in model.named_modules():  # non-zero LoRA B so the adapter matters
        if hasattr(m, "lora_b"):
            m.lora_b = mx.random.normal(m.lora_b.shape) * 0.05
    install_segment_rope(model)
    enc = encode_pairs(make_pairs()[:3], tok, 1024)
    results = {}
    for math_on in (False, True):
        set_fast_paths(model, {"head": True, "pack": True, "share": True, "math": math_on})
        batch = batch_for(model, enc)
        scored = np.asarray(sequence_logps(model, batch, scoring=True)[0])
        opts = T.TrainOptions(method="simpo")
        (loss, _), grads = nn.value_and_grad(model, T._loss_fn(opts))(model, batch, mx.zeros(3), mx.zeros(3))
        results[math_on] = scored, float(loss.item()), dict(tree_flatten(grads))
    (s0, l0, g0), (s1, l1, g1) = results[False], results[True]
    _close(s1, s0, tol=1e-5)
    assert abs(l1 - l0) < 1e-5 * max(1.0, abs(l0))
    assert g0.keys() == g1.keys() and len(g0) > 0
    for k in g0:
        _close(g1[k], g0[k], tol=2e-4)


def test_mode_resolves_from_the_backend_never_from_a_timing(monkeypatch):
    def timed(*a, **k):
        raise AssertionError("fastmath was decided by a stopwatch")

    monkeypatch.setattr(F, "faster_than_builtin", timed)
    monkeypatch.setattr(F, "exp_slowdown", timed)
    assert F.MODES == ("auto", "on", "off")
    assert F.resolve("on")[0] is True and F.resolve("off")[0] is False
    monkeypatch.setattr(F.mx, "default_device", lambda: mx.cpu)
    assert F.backend() == "cpu" and F.resolve("auto") == (True, "CPU backend") and F.resolve()[0] is True
    monkeypatch.setattr(F.mx, "default_device", lambda: mx.gpu)
    assert F.backend() in ("metal", "cuda", "gpu") and F.resolve("auto")[0] is False
    assert F.resolve("on")[0] is True  # the owner's word wins
    with pytest.raises(ValueError, match=r"\[train\]\.fastmath must be one of"):
        F.resolve("fast")


def test_exp_slowdown_is_a_measurement_only():
    ratio = F.exp_slowdown(n=1 << 12, rounds=3)
    assert (ratio is None) == (mx.default_device() != mx.cpu) and (ratio is None or ratio > 0)
    # faster_than_builtin is that measurement against its margin (1.3x), nothing else
    for measured, want in ((2.0, True), (1.31, True), (1.3, False), (0.8, False), (None, False)):
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(F, "exp_slowdown", lambda *a, _r=measured, **k: _r)
            assert F.faster_than_builtin() is want, measured
