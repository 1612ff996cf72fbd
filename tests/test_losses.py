"""Loss maths against hand-computed values; response masking and length normalisation end to end."""

from __future__ import annotations

import math

import mlx.core as mx
import mlx.nn as nn
import numpy as np
import pytest

from timmyd.train.data import EncodedPair, make_batch
from timmyd.train.losses import chosen_nll, dpo_loss, pair_accuracy, simpo_loss
from timmyd.train.model import sequence_logps, set_fast_paths


def _a(*v):
    return mx.array(list(v), dtype=mx.float32)


def _nlogsig(x: float) -> float:
    return -math.log(1.0 / (1.0 + math.exp(-x)))


def test_dpo_sigmoid_by_hand():
    # pair 1: h = (-10 - -12) - (-20 - -15) = 2 + 5 = 7; pair 2: h = (-8 - -7) - (-9 - -9) = -1
    losses, rc, rr = dpo_loss(_a(-10, -8), _a(-20, -9), _a(-12, -7), _a(-15, -9), beta=0.1)
    assert np.allclose(np.asarray(losses), [_nlogsig(0.7), _nlogsig(-0.1)], atol=1e-6)
    assert np.allclose(np.asarray(rc), [0.2, -0.1], atol=1e-6)
    assert np.allclose(np.asarray(rr), [-0.5, 0.0], atol=1e-6)


def test_dpo_sigmoid_is_stable_for_large_margins():
    losses, _, _ = dpo_loss(_a(0.0), _a(-5000.0), _a(0.0), _a(0.0), beta=1.0)
    assert float(losses[0]) == 0.0
    losses, _, _ = dpo_loss(_a(-5000.0), _a(0.0), _a(0.0), _a(0.0), beta=1.0)
    assert float(losses[0]) == pytest.approx(5000.0)


def test_dpo_positive_by_hand():
    # pair 1: the chosen reply fell below the reference (pi_c -10 < ref_c -8): penalty 5 * 2 = 10 inside;
    # h = (-10 - -8) - (-20 - -15) = -2 + 5 = 3 -> 3 - 10 = -7; pair 2: pi_c above ref_c: no penalty, h = 2
    losses, rc, rr = dpo_loss(_a(-10, -6), _a(-20, -9), _a(-8, -7), _a(-15, -8), beta=0.1, dpop_lambda=5.0)
    assert np.allclose(np.asarray(losses), [_nlogsig(-0.7), _nlogsig(0.2)], atol=1e-6)
    assert np.allclose(np.asarray(rc), [-0.2, 0.1], atol=1e-6)  # rewards stay beta * (pi - ref)
    assert np.allclose(np.asarray(rr), [-0.5, -0.1], atol=1e-6)
    plain, _, _ = dpo_loss(_a(-10, -6), _a(-20, -9), _a(-8, -7), _a(-15, -8), beta=0.1)
    assert np.allclose(np.asarray(plain), [_nlogsig(0.3), _nlogsig(0.2)], atol=1e-6)
    with pytest.raises(ValueError, match="sigmoid"):
        dpo_loss(_a(-1), _a(-2), _a(-1), _a(-2), beta=0.1, loss_type="ipo", dpop_lambda=1.0)


def test_chosen_nll_is_mean_negative_logprob_per_token():
    # -(-12) / 4 = 3 nats per token; -(-5) / 10 = 0.5
    assert np.allclose(np.asarray(chosen_nll(_a(-12, -5), mx.array([4, 10]))), [3.0, 0.5], atol=1e-7)


def test_ipo_and_hinge_by_hand():
    args = (_a(-10, -8), _a(-20, -9), _a(-12, -7), _a(-15, -9))  # h = 7, -1
    ipo, _, _ = dpo_loss(*args, beta=0.1, loss_type="ipo")  # (h - 1/(2*0.1))^2 = (h - 5)^2
    assert np.allclose(np.asarray(ipo), [4.0, 36.0], atol=1e-5)
    hinge, _, _ = dpo_loss(*args, beta=0.1, loss_type="hinge")  # relu(1 - 0.1 h)
    assert np.allclose(np.asarray(hinge), [0.3, 1.1], atol=1e-6)
    hinge, _, _ = dpo_loss(*args, beta=0.5, loss_type="hinge")  # 1 - 3.5 < 0 -> 0
    assert np.allclose(np.asarray(hinge), [0.0, 1.5], atol=1e-6)
    with pytest.raises(ValueError, match="loss_type"):
        dpo_loss(*args, beta=0.1, loss_type="kto")


def test_simpo_by_hand_with_length_normalisation():
    # avg_c = -10/5 = -2, avg_r = -30/10 = -3 -> 2*(1) - 0.5 = 1.5
    # pair 2: avg_c = -6/2 = -3, avg_r = -4/4 = -1 -> 2*(-2) - 0.5 = -4.5
    losses, rc, rr = simpo_loss(_a(-10, -6), _a(-30, -4), mx.array([5, 2]), mx.array([10, 4]), 2.0, 0.5)
    assert np.allclose(np.asarray(losses), [_nlogsig(1.5), _nlogsig(-4.5)], atol=1e-6)
    assert np.allclose(np.asarray(rc), [-4.0, -6.0]) and np.allclose(np.asarray(rr), [-6.0, -2.0])
    # Summed log-probs would rank pair 2 the other way round: normalisation matters.
    assert float(pair_accuracy(rc, rr)) == pytest.approx(0.5)


def test_accuracy_is_per_pair_and_ties_lose():
    acc = pair_accuracy(_a(1, 2, 3, 0), _a(0, 3, 3, -1))
    assert float(acc) == pytest.approx(0.5)


def test_rewards_carry_no_gradient():
    def f(pc):
        _, rc, _ = dpo_loss(pc, _a(-1.0), _a(0.0), _a(0.0), beta=0.1)
        return mx.sum(rc)
    assert float(mx.grad(f)(_a(-2.0))[0]) == 0.0


class _Body(nn.Module):
    """Hidden state = embedding of the current token (no attention): a bigram model."""

    def __init__(self, table):
        super().__init__()
        self.embed_tokens = nn.Embedding(*table.shape)
        self.embed_tokens.weight = mx.array(table)
        self.layers = [nn.Identity()]

    def __call__(self, inputs, cache=None):
        return self.embed_tokens(inputs)


class Bigram(nn.Module):
    def __init__(self, table):
        super().__init__()
        self.model = _Body(table)
        self.lm_head = nn.Linear(table.shape[1], table.shape[1], bias=False)
        self.lm_head.weight = mx.eye(table.shape[1])

    @property
    def layers(self):
        return self.model.layers

    def __call__(self, inputs, cache=None):
        return self.lm_head(self.model(inputs, cache))


def _hand_logp(table, seq, n_resp):
    """log p of the last n_resp tokens of seq under the bigram table, by hand (numpy)."""
    total = 0.0
    for t in range(len(seq) - n_resp, len(seq)):
        row = table[seq[t - 1]]
        total += row[seq[t]] - np.log(np.exp(row).sum())
    return total


@pytest.mark.parametrize("layout", ["padded", "packed", "shared"])
def test_sequence_logps_masks_prompt_and_padding(layout):
    rng = np.random.default_rng(0)
    table = rng.normal(size=(12, 12)).astype(np.float32)
    model = Bigram(table)
    opts = dict(packed=layout != "padded", shared=layout == "shared")
    set_fast_paths(model, {"head": True, "pack": opts["packed"], "share": opts["shared"]})
    pairs = [EncodedPair("a", (1, 2, 3), (4, 5), (6, 7, 8, 9)),
             EncodedPair("b", (1, 10), (11, 3, 4, 5, 6), (7,))]
    lp, n = sequence_logps(model, make_batch(pairs, pad_id=0, **opts))
    seqs = [(p.prompt + p.chosen, len(p.chosen)) for p in pairs] + [(p.prompt + p.rejected, len(p.rejected))
                                                                    for p in pairs]
    want = [_hand_logp(table, s, k) for s, k in seqs]
    assert np.allclose(np.asarray(lp), want, atol=1e-4)
    assert np.asarray(n).tolist() == [2, 5, 4, 1]
    # padding is never read: another pad id gives the same values
    lp2, _ = sequence_logps(model, make_batch(pairs, pad_id=11, **opts))
    assert np.allclose(np.asarray(lp2), want, atol=1e-4)
