"""The pair-by-pair accuracy check: the sign test and the bootstrap against independent computations,
and the rule on hand-made metrics (one flipped pair of 16 does not promote, a consistent shift does)."""

from __future__ import annotations

import dataclasses
import itertools
import math

import numpy as np
import pytest

from timmyd.config import ConfigError, VerdictConfig
from timmyd.evaluate.verdict import Check, bootstrap_interval, decide, margin_changes, pair_margins, sign_test

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


# --- edges the mutation run found (docs/mutation.md) ----------------------------------------------------

def test_sign_test_ties_are_within_1e9_inclusive():
    """|d| <= 1e-9 is a tie, so exactly +-1e-9 ties; 2e-9 moves. One up, one down: P(X >= 1), X ~ Bin(2, 1/2) = 3/4."""
    assert sign_test([1e-9, -1e-9, 2e-9, -2e-9]) == {"up": 1, "down": 1, "ties": 2, "p": 0.75}


@pytest.mark.parametrize("level", [0.9, 0.5])
def test_bootstrap_bounds_sit_at_the_exact_tails_for_each_level(level):
    """The 4^4 enumeration again, at 50 % too: each bound leaves (1 - level) / 2 of the exact distribution outside."""
    d = [-1.0, 0.5, 2.0, 3.0]
    means = np.array([np.mean(r) for r in itertools.product(d, repeat=4)])
    tail = (1 - level) / 2
    lo, hi = bootstrap_interval(d, level, samples=20000)
    assert np.mean(means < lo) <= tail + 0.01 and np.mean(means <= lo) >= tail - 0.01
    assert np.mean(means > hi) <= tail + 0.01 and np.mean(means >= hi) >= tail - 0.01


def test_bootstrap_of_nothing_is_zero_and_never_passes():
    assert bootstrap_interval([], 0.9) == (0.0, 0.0)


# two pairs with 2 and 4 tokens a side: per-token margin c/2 - r/4, reward (c - bc) - (r - br), by hand
CAND_ROWS = [  # k0: -10/2 - -20/4 = 0, base -12/2 - -15/4 = -2.25, reward 2 - -5 = 7
    {"key": "k0", "chosen_logp": -10.0, "rejected_logp": -20.0, "base_chosen_logp": -12.0,
     "base_rejected_logp": -15.0, "chosen_tokens": 2, "rejected_tokens": 4},
    # k1: -8/2 - -9/4 = -1.75, base -7/2 - -9/4 = -1.25, reward -1 - 0 = -1
    {"key": "k1", "chosen_logp": -8.0, "rejected_logp": -9.0, "base_chosen_logp": -7.0,
     "base_rejected_logp": -9.0, "chosen_tokens": 2, "rejected_tokens": 4}]
CUR_ROWS = [  # the adapter in service, same base: k0 -11/2 - -18/4 = -1, reward 1 - -3 = 4; k1 -1, reward 0 - -1 = 1
    {**CAND_ROWS[0], "chosen_logp": -11.0, "rejected_logp": -18.0},
    {**CAND_ROWS[1], "chosen_logp": -7.0, "rejected_logp": -10.0}]
CAND_COMPACT = {"k0": [0.0, -2.25, 7.0], "k1": [-1.75, -1.25, -1.0]}  # [per-token, base per-token, reward]
CUR_COMPACT = {"k0": [-1.0, -2.25, 4.0], "k1": [-1.0, -1.25, 1.0]}


@pytest.mark.parametrize("form", ["per_pair", "pair_margins"])
def test_margin_changes_by_hand_in_both_families_and_both_record_forms(form):
    def rec(rows, compact):
        return {"per_pair": rows} if form == "per_pair" else {"pair_margins": compact}
    cand, cur = rec(CAND_ROWS, CAND_COMPACT), rec(CUR_ROWS, CUR_COMPACT)
    assert margin_changes(cand, None, "per_token") == [2.25, -0.5]  # minus the base's per-token margins
    assert margin_changes(cand, None, "reward") == [7.0, -1.0]  # the base's reward is 0
    assert margin_changes(cand, cur, "per_token") == [1.0, -0.75]
    assert margin_changes(cand, cur, "reward") == [3.0, -2.0]
    # only the pairs both sides measured count; none in common: no per-pair verdict
    assert margin_changes(cand, rec(CUR_ROWS[1:], {"k1": CUR_COMPACT["k1"], "k9": [5.0, 5.0, 5.0]}),
                          "per_token") == [-0.75]
    assert margin_changes(cand, rec([{**CUR_ROWS[0], "key": "k9"}], {"k9": [5.0, 5.0, 5.0]}), "per_token") is None


def test_records_without_usable_per_pair_data_fall_back():
    # an empty or malformed compact form defers to the full rows
    assert margin_changes({"pair_margins": {}, "per_pair": CAND_ROWS}, None, "per_token") == [2.25, -0.5]
    assert margin_changes({"pair_margins": ["odd"], "per_pair": CAND_ROWS}, None, "per_token") == [2.25, -0.5]
    for rows in (None, 7, "rows", [], {}, {"k0": 1}, [1, 2]):
        assert pair_margins({"per_pair": rows}, "per_token") is None, rows
    # the adapter in service was evaluated by an older version (no per-pair data), or the candidate was
    assert margin_changes({"per_pair": CAND_ROWS}, {"n_pairs": 2}, "per_token") is None
    assert margin_changes({"n_pairs": 2}, {"per_pair": CUR_ROWS}, "per_token") is None


def lean(margins, base_margins, **kw) -> dict:
    """Metrics holding only the compact per-pair margins (what the ledger keeps), aggregates derived from them."""
    m = {"n_pairs": len(margins), "pairs_digest": "d", "gen_prompts": 0,
         "pair_margins": {f"k{i:02d}": [c, b, 0.0] for i, (c, b) in enumerate(zip(margins, base_margins, strict=True))},
         "accuracy_per_token": float(np.mean(np.asarray(margins) > 0)), "per_token_margin": float(np.mean(margins)),
         "base_accuracy_per_token": float(np.mean(np.asarray(base_margins) > 0)),
         "base_per_token_margin": float(np.mean(base_margins)), "accuracy_reward": 0.5, "reward_margin": 0.0,
         "chosen_logp_per_token": -2.0, "base_chosen_logp_per_token": -2.0, "delta_chosen_logp_per_token": 0.0}
    return m | kw


def test_an_interval_whose_low_end_is_exactly_zero_does_not_pass():
    """12 pairs +7/16, 4 pairs -9/16: a resample with 7 of the 4 down pairs drawn has mean exactly 0
    (9 * 7/16 = 7 * 9/16). The number drawn is Bin(16, 1/4): P(>= 8) = 2.7 % < 5 % <= P(>= 7) = 8.0 %, so
    the exact 5 % point of the bootstrap distribution is that 0."""
    tail = [sum(math.comb(16, i) * 3 ** (16 - i) for i in range(k, 17)) / 4 ** 16 for k in (7, 8)]
    assert tail[1] < 0.05 < tail[0]
    acc = accuracy(decide(lean([7 / 16] * 12 + [-9 / 16] * 4, [0.0] * 16), None, CFG))
    assert acc.numbers["interval"][0] == 0.0 and acc.numbers["sign_p"] < 0.05
    assert not acc.passed and acc.reason.endswith(" - the interval reaches 0")


def test_a_sign_test_p_exactly_at_the_limit_passes():
    at = dataclasses.replace(CFG, max_sign_p=2517 / 65536)  # P(X >= 12), X ~ Bin(16, 1/2)
    assert accuracy(decide(lean([0.25] * 12 + [-0.125] * 4, [0.0] * 16), None, at)).passed
    acc = accuracy(decide(lean([0.25] * 11 + [-0.125] * 5, [0.0] * 16), None, at))
    assert not acc.passed and acc.reason.endswith(f" - sign test p {6885 / 65536:.3g} > {2517 / 65536:g}")


def test_below_a_current_at_the_ceiling_the_accuracy_may_not_fall():
    """What serves is right on all 16 pairs; 12 rise by 1 nat, 4 fall by 0.75 below 0: interval and sign
    test pass, but accuracy falls 1.0 -> 0.75."""
    cur = lean([0.5] * 16, [0.0] * 16)
    acc = accuracy(decide(lean([1.5] * 12 + [-0.25] * 4, [0.0] * 16), cur, CFG))
    assert acc.numbers["interval"][0] > 0 and acc.numbers["sign_p"] < 0.05
    assert not acc.passed and acc.reason.endswith(" - accuracy fell (-0.250 < +0.000)")


def test_at_one_minus_1e9_both_sides_count_as_the_ceiling_in_the_paired_rule():
    near = 1.0 - 1e-9
    strict = dataclasses.replace(CFG, min_accuracy_gain=0.2)
    cand = lean([0.375] * 16, [0.125] * 16, accuracy_per_token=near)
    assert accuracy(decide(cand, lean([0.125] * 16, [0.125] * 16, accuracy_per_token=near), strict)).passed
    assert not accuracy(decide(cand, lean([0.125] * 16, [0.125] * 16, accuracy_per_token=0.9), strict)).passed


def test_the_paired_records_are_exactly_what_the_owner_reads():
    """Every pair moved by exactly +0.25 (or -0.25): the interval is [0.25, 0.25]; the sign test's p is 2^-16
    (all 16 up) or 1 (none up). Reasons and numbers written out by hand."""
    up = accuracy(decide(lean([0.125] * 16, [-0.125] * 16), None, CFG))
    assert up.passed and up.reason == (
        "per-token margin change +0.2500 nats, 90% interval [+0.2500, +0.2500] over 16 pairs; 16 up, 0 down, 0 tied "
        "(sign test p 1.53e-05); accuracy_per_token 1.000 vs 0.000 - a consistent shift")
    assert up.numbers == {
        "metric": "accuracy_per_token", "candidate": 1.0, "current": 0.0, "gain": 1.0, "min_gain": 0.0,
        "candidate_margin": 0.125, "current_margin": -0.125, "rule": "paired", "pairs": 16, "mean_change": 0.25,
        "interval": [0.25, 0.25], "level": 0.9, "up": 16, "down": 0, "ties": 0, "sign_p": 2.0 ** -16,
        "max_sign_p": 0.05}
    down = accuracy(decide(lean([-0.125] * 16, [-0.125] * 16), lean([0.125] * 16, [-0.125] * 16), CFG))
    assert not down.passed and down.reason == (
        "per-token margin change -0.2500 nats, 90% interval [-0.2500, -0.2500] over 16 pairs; 0 up, 16 down, 0 tied "
        "(sign test p 1); accuracy_per_token 0.000 vs 1.000 - the interval reaches 0; sign test p 1 > 0.05; "
        "accuracy fell (-1.000 < +0.000)")


def test_the_boilerplate_records_are_exactly_what_the_owner_reads():
    def check(cand, base, cur=None, **cfg):
        m = with_pairs(BASE, BASE, gen_boilerplate=cand, base_gen_boilerplate=base)
        c = None if cur is None else with_pairs(BASE, BASE, gen_boilerplate=cur)
        return next(x for x in decide(m, c, dataclasses.replace(CFG, **cfg)).checks if x.name == "boilerplate")
    assert check(0.25, 0.5) == Check("boilerplate", True, "replies opening with learned boilerplate 25% vs base 50% "
                                     "(not more; allowed rise 0%)", {"candidate": 0.25, "current": 0.5, "limit": 0.0})
    assert check(0.5, 0.0, cur=0.25, max_boilerplate_rise=0.125) == Check(
        "boilerplate", False, "replies opening with learned boilerplate 50% vs current 25% (more; allowed rise 12%)",
        {"candidate": 0.5, "current": 0.25, "limit": 0.125})
