"""The verdict rule on constructed metric sets: every rejection reason, the ceiling tie, and a pass."""

from __future__ import annotations

import dataclasses
import json

import pytest

from timmyd.config import VerdictConfig
from timmyd.evaluate.verdict import decide

CFG = VerdictConfig()  # min gain 0, drop 0.1 nats/token, growth 25 %, per_token accuracy, min_pairs 1


def metrics(**kw) -> dict:
    """A plausible metrics dict as `evaluate` returns it; keyword arguments override fields."""
    m = {"n_pairs": 10, "pairs_digest": "abc",
         "accuracy_per_token": 0.5, "per_token_margin": -0.2, "accuracy_reward": 0.9, "reward_margin": 3.0,
         "base_accuracy_per_token": 0.3, "base_per_token_margin": -0.4,
         "chosen_logp_per_token": -2.05, "base_chosen_logp_per_token": -2.0, "delta_chosen_logp_per_token": -0.05,
         "gen_prompts": 4, "gen_mean_tokens": 20.0, "base_gen_mean_tokens": 18.0}
    m.update(kw)
    return m


def by_name(v):
    return {c.name: c for c in v.checks}


def test_pass_against_base_when_nothing_serves():
    v = decide(metrics(), None, CFG)
    assert v.promote and v.against == "base"
    c = by_name(v)
    assert set(c) == {"evidence", "accuracy", "chosen_logp", "length"}  # no 'comparable' without a current
    assert c["accuracy"].numbers["current"] == 0.3 and c["accuracy"].numbers["gain"] == pytest.approx(0.2)
    assert c["length"].numbers["growth"] == pytest.approx(20 / 18 - 1)
    json.dumps(v.to_dict())  # JSON-ready


def test_rejects_when_accuracy_does_not_beat_current():
    cur = metrics(accuracy_per_token=0.5)
    v = decide(metrics(accuracy_per_token=0.5), cur, CFG)
    assert not v.promote and [c.name for c in v.failed] == ["accuracy"]
    assert "0.500 vs 0.500" in v.failed[0].reason
    # a real gain that is not larger than the configured margin also fails
    strict = dataclasses.replace(CFG, min_accuracy_gain=0.15)
    v = decide(metrics(accuracy_per_token=0.6), cur, strict)
    assert not v.promote and v.failed[0].numbers["gain"] == pytest.approx(0.1)
    assert decide(metrics(accuracy_per_token=0.7), cur, strict).promote


def test_rejects_chosen_logp_drop_beyond_limit():
    v = decide(metrics(delta_chosen_logp_per_token=-0.15, chosen_logp_per_token=-2.15), None, CFG)
    assert not v.promote and [c.name for c in v.failed] == ["chosen_logp"]
    assert v.failed[0].numbers["delta_per_token"] == -0.15 and "-0.1500" in v.failed[0].reason
    assert decide(metrics(delta_chosen_logp_per_token=-0.1), None, CFG).promote  # exactly at the limit


def test_rejects_length_growth_beyond_limit():
    v = decide(metrics(gen_mean_tokens=23.0, base_gen_mean_tokens=18.0), None, CFG)
    assert not v.promote and [c.name for c in v.failed] == ["length"]
    assert v.failed[0].numbers["growth"] == pytest.approx(5 / 18)
    assert decide(metrics(gen_mean_tokens=22.5, base_gen_mean_tokens=18.0), None, CFG).promote  # +25 % exactly


def test_length_not_measured_passes_and_says_so():
    v = decide(metrics(gen_prompts=0, gen_mean_tokens=None, base_gen_mean_tokens=None), None, CFG)
    assert v.promote and "not measured" in by_name(v)["length"].reason


def test_rejects_too_few_pairs_and_different_heldout_sets():
    v = decide(metrics(n_pairs=3), None, dataclasses.replace(CFG, min_pairs=5))
    assert [c.name for c in v.failed] == ["evidence"]
    v = decide(metrics(accuracy_per_token=0.9), metrics(pairs_digest="other"), CFG)
    assert not v.promote and [c.name for c in v.failed] == ["comparable"]


def test_tie_at_ceiling_decided_by_margin():
    cur = metrics(accuracy_per_token=1.0, per_token_margin=0.30)
    better = decide(metrics(accuracy_per_token=1.0, per_token_margin=0.35), cur, CFG)
    assert better.promote and "both at" in by_name(better)["accuracy"].reason
    worse = decide(metrics(accuracy_per_token=1.0, per_token_margin=0.25), cur, CFG)
    assert not worse.promote and [c.name for c in worse.failed] == ["accuracy"]


def test_reward_accuracy_family_uses_zero_for_base():
    cfg = dataclasses.replace(CFG, accuracy="reward")
    v = decide(metrics(accuracy_reward=0.0, reward_margin=0.0), None, cfg)  # an adapter that moved nothing
    assert not v.promote and by_name(v)["accuracy"].numbers["current"] == 0.0
    v = decide(metrics(accuracy_reward=1.0, reward_margin=2.0), metrics(accuracy_reward=1.0, reward_margin=1.0), cfg)
    assert v.promote  # saturated reward accuracy on both sides: the margin decides


def test_judge_losses_block_promotion():
    v = decide(metrics(judge={"wins": 1, "ties": 2, "losses": 3}), None, CFG)
    assert not v.promote and [c.name for c in v.failed] == ["judge"]
    assert decide(metrics(judge={"wins": 2, "ties": 2, "losses": 2}), None, CFG).promote


def test_several_failures_all_reported():
    v = decide(metrics(accuracy_per_token=0.2, delta_chosen_logp_per_token=-1.0, gen_mean_tokens=64.0), None, CFG)
    assert [c.name for c in v.failed] == ["accuracy", "chosen_logp", "length"]
    assert v.summary.startswith("keep current:") and "length:" in v.summary


def test_both_mode_picks_the_method_that_passes_even_on_an_accuracy_tie():
    """The Gemma acceptance case: equal held-out accuracy, DPO lost chosen likelihood, SimPO did not."""
    from timmyd.config import Config
    from timmyd.service.cycle import choose_method

    dpo = metrics(accuracy_per_token=0.188, base_accuracy_per_token=0.125, delta_chosen_logp_per_token=-0.488)
    simpo = metrics(accuracy_per_token=0.188, base_accuracy_per_token=0.125, delta_chosen_logp_per_token=0.454)
    cand, choice = choose_method({"dpo": dpo, "simpo": simpo}, None, Config())
    assert cand == "simpo" and "only simpo passes" in choice["rule"]
    assert choice["verdicts"]["dpo"]["promote"] is False and "head_to_head" not in choice
    # both pass: the head-to-head decides; a tie keeps DPO, a strictly better SimPO replaces it
    ok_dpo = metrics(accuracy_per_token=0.5)
    assert choose_method({"dpo": ok_dpo, "simpo": metrics(accuracy_per_token=0.5)}, None, Config())[0] == "dpo"
    assert choose_method({"dpo": ok_dpo, "simpo": metrics(accuracy_per_token=0.6)}, None, Config())[0] == "simpo"
    # neither passes: head-to-head too (the cycle then records the candidate's failed verdict)
    bad = metrics(accuracy_per_token=0.1)
    cand, choice = choose_method({"dpo": bad, "simpo": metrics(accuracy_per_token=0.2)}, None, Config())
    assert cand == "simpo" and choice["rule"].startswith("neither pass")
