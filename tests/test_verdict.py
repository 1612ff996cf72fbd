"""The verdict rule on constructed metric sets: every rejection reason, the ceiling tie, and a pass.

These metrics carry no per-pair rows, so the accuracy check takes its fallback for older records (the
raw accuracy difference); the pair-by-pair rule is tested in test_verdict_paired.py."""

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
    assert set(c) == {"evidence", "accuracy", "chosen_logp", "length", "boilerplate"}  # no 'comparable' here
    assert c["boilerplate"].reason.startswith("not measured")
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


def _check(name, passed, reason, numbers):
    return {"name": name, "passed": passed, "reason": reason, "numbers": numbers}


def test_the_promoting_record_is_exactly_what_the_owner_reads():
    """The verdict as the ledger stores it and `timmyd status` / the report show it, written out by hand:
    every reason and number (gain 0.75 - 0.5, growth (20 - 16) / 16 = +25 % = the limit, a judge tie)."""
    cand = metrics(accuracy_per_token=0.75, per_token_margin=0.1, gen_mean_tokens=20.0, base_gen_mean_tokens=16.0,
                   judge={"wins": 3, "ties": 1, "losses": 3})
    v = decide(cand, metrics(accuracy_per_token=0.5, per_token_margin=-0.2), CFG)
    assert v.to_dict() == {"promote": True, "against": "current", "summary": "promote: passed all 7 checks against the current",
                           "checks": [
        _check("evidence", True, "10 held-out pairs (minimum 1)", {"pairs": 10, "min_pairs": 1}),
        _check("comparable", True, "same held-out pairs", {"candidate": "abc", "current": "abc"}),
        _check("accuracy", True, "no per-pair data (older record): raw accuracies - accuracy_per_token 0.750 vs 0.500 (+0.250 > 0.000)",
               {"metric": "accuracy_per_token", "candidate": 0.75, "current": 0.5, "gain": 0.25, "min_gain": 0.0,
                "candidate_margin": 0.1, "current_margin": -0.2}),
        _check("chosen_logp", True, "chosen log-prob per token moved -0.0500 nats vs base (within the allowed drop "
               "of 0.1000)", {"delta_per_token": -0.05, "limit": -0.1, "candidate": -2.05, "base": -2.0}),
        _check("length", True, "mean generation 20.0 tokens vs base 16.0 (+25.0%; limit +25%)",
               {"candidate_tokens": 20.0, "base_tokens": 16.0, "growth": 0.25, "limit": 0.25}),
        _check("boilerplate", True, "not measured (no generations or no learned openers)", {}),
        _check("judge", True, "judge: 3 wins, 1 ties, 3 losses (not worse)", {"wins": 3, "ties": 1, "losses": 3}),
    ]}


def test_the_rejecting_record_names_every_failed_check():
    """min_pairs 2 with 1 pair, different held-out sets, a margin tie at the ceiling, a 0.2-nat drop, no
    generations, a judge that loses: the record, by hand."""
    cand = metrics(n_pairs=1, pairs_digest="x", accuracy_per_token=1.0, per_token_margin=0.3, gen_prompts=0,
                   delta_chosen_logp_per_token=-0.2, chosen_logp_per_token=-2.2, judge={"wins": 1, "ties": 0, "losses": 2})
    cur = metrics(pairs_digest="y", accuracy_per_token=1.0, per_token_margin=0.3)
    v = decide(cand, cur, dataclasses.replace(CFG, min_pairs=2))
    checks = [
        _check("evidence", False, "1 held-out pairs (minimum 2)", {"pairs": 1, "min_pairs": 2}),
        _check("comparable", False, "candidate and current were evaluated on different held-out pairs; "
               "re-evaluate both on one set", {"candidate": "x", "current": "y"}),
        _check("accuracy", False, "no per-pair data (older record): raw accuracies - both at accuracy_per_token 1.000; mean margin 0.3000 vs 0.3000 "
               "(not larger)",
               {"metric": "accuracy_per_token", "candidate": 1.0, "current": 1.0, "gain": 0.0, "min_gain": 0.0,
                "candidate_margin": 0.3, "current_margin": 0.3}),
        _check("chosen_logp", False, "chosen log-prob per token moved -0.2000 nats vs base (beyond the allowed drop "
               "of 0.1000)", {"delta_per_token": -0.2, "limit": -0.1, "candidate": -2.2, "base": -2.0}),
        _check("length", True, "not measured (no generations)", {}),
        _check("boilerplate", True, "not measured (no generations or no learned openers)", {}),
        _check("judge", False, "judge: 1 wins, 0 ties, 2 losses (loses more than it wins)",
               {"wins": 1, "ties": 0, "losses": 2}),
    ]
    summary = "keep current: " + "; ".join(f"{c['name']}: {c['reason']}" for c in checks if not c["passed"])
    assert v.to_dict() == {"promote": False, "against": "current", "summary": summary, "checks": checks}
    # the ceiling rule's other answer, in words too
    better = decide(metrics(accuracy_per_token=1.0, per_token_margin=0.35), cur | {"pairs_digest": "abc"}, CFG)
    assert by_name(better)["accuracy"].reason == ("no per-pair data (older record): raw accuracies - both at accuracy_per_token 1.000; mean margin "
                                                  "0.3500 vs 0.3000 (larger)")
    # against the base, the reward family's bar is 0 accuracy and 0 margin
    r = decide(metrics(accuracy_reward=0.0, reward_margin=-1.0), None, dataclasses.replace(CFG, accuracy="reward"))
    assert r.against == "base" and by_name(r)["accuracy"].numbers == {
        "metric": "accuracy_reward", "candidate": 0.0, "current": 0.0, "gain": 0.0, "min_gain": 0.0,
        "candidate_margin": -1.0, "current_margin": 0.0}


def test_the_edges_of_each_rule():
    # a failed check is recorded as false (the record is JSON: null would read as "not checked")
    assert by_name(decide(metrics(accuracy_per_token=0.2), None, CFG))["accuracy"].passed is False
    # evidence: exactly min_pairs is enough
    assert by_name(decide(metrics(n_pairs=5), None, dataclasses.replace(CFG, min_pairs=5)))["evidence"].passed
    # the ceiling rule needs BOTH sides at 100 %: a current at 1.0 is not beaten by 0.99 with a larger margin,
    # and 1 - 1e-9 counts as 100 % (accuracies are ratios of small counts, never that close otherwise)
    cur = metrics(accuracy_per_token=1.0, per_token_margin=0.1)
    assert not decide(metrics(accuracy_per_token=0.99, per_token_margin=0.9), cur, CFG).promote
    near = 1.0 - 1e-9
    assert decide(metrics(accuracy_per_token=near, per_token_margin=0.2),
                  metrics(accuracy_per_token=near, per_token_margin=0.1), CFG).promote
    # length: a base that generated almost nothing still gives a ratio; nothing from both is no growth;
    # something from nothing is infinite growth
    def length(cand, base):
        return by_name(decide(metrics(gen_mean_tokens=cand, base_gen_mean_tokens=base), None, CFG))["length"]
    assert length(0.9, 0.8).passed and length(0.9, 0.8).numbers["growth"] == pytest.approx(0.125)
    assert length(0.0, 0.0).passed and length(0.0, 0.0).numbers["growth"] == 0.0
    assert not length(1.0, 0.0).passed and length(1.0, 0.0).numbers["growth"] == float("inf")
    # a side without a mean length (generation failed on it) is "not measured", even with gen_prompts set
    for cand, base in ((None, 18.0), (20.0, None)):
        c = length(cand, base)
        assert c.passed and c.reason == "not measured (no generations)" and c.numbers == {}


def test_both_mode_judges_each_method_against_the_adapter_in_service():
    """With an adapter in service at 0.7: DPO's 0.6 fails against it (it would pass against the base's
    0.3), SimPO's 0.8 passes: only SimPO passes, no head-to-head. With DPO at 0.75 both pass, and the
    head-to-head (SimPO 0.8 over DPO 0.75) is recorded with its numbers."""
    from timmyd.config import Config
    from timmyd.service.cycle import choose_method

    cur, simpo = metrics(accuracy_per_token=0.7), metrics(accuracy_per_token=0.8)
    cand, choice = choose_method({"dpo": metrics(accuracy_per_token=0.6), "simpo": simpo}, cur, Config())
    assert cand == "simpo" and choice["rule"] == "only simpo passes its verdict" and "head_to_head" not in choice
    assert choice["verdicts"]["dpo"]["against"] == "current" and choice["verdicts"]["dpo"]["promote"] is False
    cand, choice = choose_method({"dpo": metrics(accuracy_per_token=0.75), "simpo": simpo}, cur, Config())
    assert cand == "simpo" and choice["rule"] == "both pass: head-to-head picks simpo"
    head = choice["head_to_head"]
    acc = next(c for c in head["checks"] if c["name"] == "accuracy")
    assert head["promote"] is True and (acc["numbers"]["candidate"], acc["numbers"]["current"]) == (0.8, 0.75)
