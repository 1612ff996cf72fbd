"""The pair-by-pair accuracy check: the sign test and the bootstrap against independent computations,
and the rule on hand-made metrics (one flipped pair of 16 does not promote, a consistent shift does)."""

from __future__ import annotations

import dataclasses
import itertools
import math

import numpy as np
import pytest

from timmyd.config import ConfigError, VerdictConfig
from timmyd.evaluate.verdict import bootstrap_interval, decide, margin_changes, sign_test

CFG = VerdictConfig()


def with_pairs(margins, base_margins, **kw) -> dict:
    """Metrics with per_pair rows whose per-token margins (10 tokens a side) are `margins` under the
    model and `base_margins` under the base; the aggregates are derived from them like `evaluate` does."""
    rows = [{"key": f"k{i:02d}", "chosen_logp": 10 * (m - 2.0), "rejected_logp": -20.0,
             "base_chosen_logp": 10 * (b - 2.0), "base_rejected_logp": -20.0,
             "chosen_tokens": 10, "rejected_tokens": 10, "kl_chosen": 0.0}
            for i, (m, b) in enumerate(zip(margins, base_margins, strict=True))]
    m = {"n_pairs": len(rows), "pairs_digest": "d", "per_pair": rows,
         "accuracy_per_token": float(np.mean(np.asarray(margins) > 0)), "per_token_margin": float(np.mean(margins)),
         "base_accuracy_per_token": float(np.mean(np.asarray(base_margins) > 0)),
         "base_per_token_margin": float(np.mean(base_margins)), "accuracy_reward": 0.5, "reward_margin": 0.0,
         "chosen_logp_per_token": -2.0, "base_chosen_logp_per_token": -2.0, "delta_chosen_logp_per_token": 0.0,
         "gen_prompts": 0}
    m.update(kw)
    return m


def accuracy(v):
    return next(c for c in v.checks if c.name == "accuracy")


# --- the statistics ----------------------------------------------------------------------------------

def test_sign_test_is_the_exact_binomial_tail_with_ties_dropped():
    changes = [0.1] * 12 + [-0.2] * 4 + [0.0, 1e-12]  # the last two are ties
    s = sign_test(changes)
    assert (s["up"], s["down"], s["ties"]) == (12, 4, 2)
    # P(X >= 12), X ~ Bin(16, 1/2) = (C(16,12) + ... + C(16,16)) / 2^16 = (1820+560+120+16+1) / 65536
    assert s["p"] == pytest.approx(2517 / 65536)
    assert s["p"] == pytest.approx(sum(math.comb(16, i) for i in range(12, 17)) / 2 ** 16)
    assert sign_test([0.1] * 11 + [-0.1] * 5)["p"] == pytest.approx((2517 + 4368) / 65536)  # + C(16,11)
    assert sign_test([0.3] * 5)["p"] == pytest.approx(1 / 32)
    assert sign_test([0.0, 0.0])["p"] == 1.0 and sign_test([-1.0])["p"] == 1.0


def test_bootstrap_matches_the_exact_bootstrap_distribution():
    """All 4^4 resamples of 4 values, enumerated: the Monte-Carlo bounds sit at the exact 5 % / 95 % points."""
    d = [-1.0, 0.5, 2.0, 3.0]
    means = np.array([np.mean(r) for r in itertools.product(d, repeat=4)])  # 256 equally likely resamples
    lo, hi = bootstrap_interval(d, 0.9, samples=20000)
    assert np.mean(means < lo) <= 0.05 + 0.01 and np.mean(means <= lo) >= 0.05 - 0.01
    assert np.mean(means > hi) <= 0.05 + 0.01 and np.mean(means >= hi) >= 0.05 - 0.01
    assert bootstrap_interval(d, 0.9) == bootstrap_interval(d, 0.9)  # fixed seed: the same verdict every time
    assert bootstrap_interval([0.25] * 7, 0.9) == (0.25, 0.25)


def test_bootstrap_of_one_outlier_among_zeros_reaches_zero():
    """15 zeros and one +1: a resample misses the outlier with probability (15/16)^16 = 0.356 > 5 %, so the
    lower bound is exactly 0 (no evidence of a shift), whatever the seed."""
    assert (15 / 16) ** 16 > 0.3
    for seed in range(3):
        assert bootstrap_interval([0.0] * 15 + [1.0], 0.9, seed=seed)[0] == 0.0


# --- the rule -------------------------------------------------------------------------------------------

BASE = [0.4, -0.3, 0.2, -0.5, 0.6, -0.2, 0.3, -0.4, 0.5, -0.6, 0.1, -0.1, 0.7, -0.7, 0.35, -0.05]


def test_one_flipped_pair_of_16_does_not_promote():
    """Noise of both signs on 15 pairs and one pair flipped from -0.05 to +0.05: accuracy rises by 1/16,
    which the old raw-difference rule promotes; the pair-by-pair rule does not."""
    noise = [0.02, -0.02, 0.01, -0.01, 0.015, -0.015, 0.005, -0.005, 0.02, -0.02, 0.01, -0.01, 0.015, -0.015, 0.005]
    cand = [b + e for b, e in zip(BASE[:15], noise, strict=True)] + [0.05]
    m = with_pairs(cand, BASE)
    assert m["accuracy_per_token"] - m["base_accuracy_per_token"] == pytest.approx(1 / 16)
    v = decide(m, None, CFG)
    acc = accuracy(v)
    assert not v.promote and not acc.passed and acc.numbers["rule"] == "paired"
    assert acc.numbers["up"] == 9 and acc.numbers["down"] == 7 and acc.numbers["interval"][0] <= 0
    assert "interval reaches 0" in acc.reason and "sign test p" in acc.reason
    old = {k: v for k, v in m.items() if k != "per_pair"}  # the same numbers without per-pair rows
    assert decide(old, None, CFG).promote and "older record" in accuracy(decide(old, None, CFG)).reason


def test_a_consistent_shift_promotes_and_reports_its_interval():
    shift = [0.05 + 0.01 * (i % 3) for i in range(16)]  # every pair up by 0.05-0.07 nats/token
    m = with_pairs([b + s for b, s in zip(BASE, shift, strict=True)], BASE)
    v = decide(m, None, CFG)
    acc = accuracy(v)
    assert v.promote and acc.passed and "consistent shift" in acc.reason
    n = acc.numbers
    assert n["up"] == 16 and n["sign_p"] == pytest.approx(2.0 ** -16) and n["mean_change"] == pytest.approx(np.mean(shift))
    assert min(shift) <= n["interval"][0] <= n["mean_change"] <= n["interval"][1] <= max(shift)
    assert "90% interval [+0.05" in acc.reason and "16 up, 0 down" in acc.reason


def test_a_few_large_changes_are_not_a_consistent_shift():
    """4 pairs +3 nats, 12 pairs -0.1: the mean's interval is above 0, but 12 of 16 pairs got worse."""
    changes = [3.0] * 4 + [-0.1] * 12
    m = with_pairs([b + c for b, c in zip(BASE, changes, strict=True)], BASE, accuracy_per_token=0.6)
    acc = accuracy(decide(m, None, CFG))
    assert acc.numbers["interval"][0] > 0 and not acc.passed
    assert acc.numbers["sign_p"] == pytest.approx(sum(math.comb(16, i) for i in range(4, 17)) / 2 ** 16)
    assert "sign test p" in acc.reason and "interval reaches 0" not in acc.reason


def test_accuracy_may_not_fall_and_the_ceiling_is_decided_by_the_margins():
    up = with_pairs([b + 0.05 for b in BASE], BASE)
    fell = decide({**up, "accuracy_per_token": up["base_accuracy_per_token"] - 0.0625}, None, CFG)
    assert not fell.promote and "accuracy fell" in accuracy(fell).reason
    strict = dataclasses.replace(CFG, min_accuracy_gain=0.2)  # gain 0.0625 < 0.2
    assert not decide(up, None, strict).promote
    top = [abs(b) + 0.1 for b in BASE]  # every pair right under the base already: 100 %
    cur = with_pairs(top, top)
    assert decide(with_pairs([t + 0.05 for t in top], top), cur, strict).promote  # margins up at the ceiling
    same = decide(with_pairs(top, top), cur, CFG)  # the very same adapter: all ties
    assert not same.promote and accuracy(same).numbers["ties"] == 16 and accuracy(same).numbers["sign_p"] == 1.0


def test_against_the_adapter_in_service_pair_by_pair():
    served = [b + 0.2 for b in BASE]
    cur = with_pairs(served, BASE)
    assert margin_changes(with_pairs(served, BASE), cur, "per_token") == pytest.approx([0.0] * 16)
    better = with_pairs([s + 0.03 for s in served], BASE)
    assert decide(better, cur, CFG).promote and decide(better, None, CFG).promote
    worse = with_pairs([s - 0.03 for s in served], BASE)
    v = decide(worse, cur, CFG)  # better than the base, worse than what serves
    assert not v.promote and accuracy(v).numbers["down"] == 16 and decide(worse, None, CFG).promote


def test_the_compact_pair_margins_give_the_same_verdict_and_odd_rows_fall_back():
    m = with_pairs([b + 0.05 for b in BASE], BASE)
    compact = {r["key"]: [r["chosen_logp"] / 10 - r["rejected_logp"] / 10,
                          r["base_chosen_logp"] / 10 - r["base_rejected_logp"] / 10, 0.0] for r in m["per_pair"]}
    lean = {**{k: v for k, v in m.items() if k != "per_pair"}, "pair_margins": compact}  # what the ledger keeps
    assert accuracy(decide(lean, None, CFG)).numbers == accuracy(decide(m, None, CFG)).numbers
    odd = {**m, "per_pair": [1, 2, 3]}  # a test double's placeholder rows: no per-pair data
    assert "older record" in accuracy(decide(odd, None, CFG)).reason


def test_reward_family_pairs_against_a_zero_base():
    rows = with_pairs([b + 0.05 for b in BASE], BASE, accuracy_reward=1.0, reward_margin=0.5)
    cfg = dataclasses.replace(CFG, accuracy="reward")
    acc = accuracy(decide(rows, None, cfg))
    # reward margin per pair = (pc - bc) - (pr - br) = 10 * 0.05 = 0.5 each; the base's is 0
    assert acc.passed and acc.numbers["mean_change"] == pytest.approx(0.5) and acc.numbers["up"] == 16


def test_boilerplate_may_not_rise_against_the_current_side():
    def check(cand, base, cur=None, **cfg):
        m = with_pairs(BASE, BASE, gen_boilerplate=cand, base_gen_boilerplate=base)
        c = None if cur is None else with_pairs(BASE, BASE, gen_boilerplate=cur)
        return next(x for x in decide(m, c, dataclasses.replace(CFG, **cfg)).checks if x.name == "boilerplate")
    assert check(0.125, 0.5).passed and check(0.5, 0.5).passed
    up = check(0.25, 0.125)
    assert not up.passed and "25% vs base 12%" in up.reason
    assert check(0.25, 0.125, max_boilerplate_rise=0.125).passed
    assert not check(0.25, 0.0, cur=0.125).passed and check(0.125, 0.0, cur=0.125).passed  # vs what serves
    assert check(None, 0.5).passed and check(None, 0.5).reason.startswith("not measured")


def test_config_rejects_an_interval_outside_0_1():
    with pytest.raises(ConfigError, match="verdict.interval"):
        VerdictConfig(interval=1.0)
    with pytest.raises(ConfigError, match="verdict.max_sign_p"):
        VerdictConfig(max_sign_p=0.0)
