"""Reply measures: boilerplate openers learned from rejected vs chosen replies, and the gen_* aggregates,
against values worked out by hand."""

from __future__ import annotations

import pytest

from timmyd.evaluate.metrics import learn_openers
from timmyd.evaluate.replies import opening, opens_with, reply_measures
from timmyd.pairs import Message, Pair


def pairs(rows):
    return [Pair((Message("user", f"q{i}"),), chosen, rejected) for i, (chosen, rejected) in enumerate(rows)]


TRAIN = pairs([
    ("ls", "Absolutely! Here is the command: ls"),
    ("Use `ls -la`.", "Absolutely! You can use ls."),
    ("The command is ls.", "Great question! The command is ls."),
    ("Sure: ls", "Great question — use `ls`."),
    ("I'd use ls", "**Great** idea, try ls"),
    ("`ls`", "Sure, I'd be happy to help."),
    ("ls -la", "I'd be happy to help! Use ls."),
    ("Try ls", "I'd be happy to help you."),
    ("ls.", "The answer is ls."),
])


def test_opening_normalises_words():
    assert opening("**Sure!**   I’d — be happy to help") == ["sure", "i’d", "be", "happy"]
    assert opening("Great, question.") == ["great", "question"] and opening("  ") == []


def test_learn_openers_by_hand():
    # great: opens 3 rejected, 0 chosen ("great question" is covered by "great"); absolutely: 2, 0;
    # i'd: 2 rejected but also 1 chosen ("I'd use ls") -> not boilerplate, while "i'd be" (2, 0) is;
    # sure / the: 1 rejected each (< 2)
    assert learn_openers(TRAIN) == ["great", "absolutely", "i'd be"]
    assert learn_openers(TRAIN, min_count=3) == ["great"]
    # min_count 1: "sure" and "the" also open a chosen reply (1 vs 1), their longer forms do not
    assert learn_openers(TRAIN, min_count=1) == ["great", "absolutely", "i'd be", "sure i'd", "the answer"]


def test_almost_never_means_one_chosen_per_ten_rejected():
    ten = pairs([("Okay then", "Okay so")] + [(f"c{i}", f"Okay {i}") for i in range(9)])  # okay: 10 vs 1
    assert learn_openers(ten) == ["okay"]
    nine = pairs([("Okay then", "Okay so")] + [(f"c{i}", f"Okay {i}") for i in range(8)])  # 9 vs 1
    assert "okay" not in learn_openers(nine)


def test_opens_with_matches_whole_words_only():
    assert opens_with("Great, let me check.", ["great"]) and opens_with("I'd be glad to", ["i'd be"])
    assert not opens_with("Greatly reduced", ["great"]) and not opens_with("I'd say no", ["i'd be"])
    assert not opens_with("Here: great", ["great"])  # an opener, not anywhere in the reply


def test_reply_measures_by_hand():
    samples = [
        {"reply": "ls -la", "base_reply": "Absolutely! Run ls", "tokens": 10, "base_tokens": 64, "chosen_tokens": 5,
         "hit_cap": False, "base_hit_cap": True},
        {"reply": "Great question! ls", "base_reply": "Great, ls", "tokens": 20, "base_tokens": 64,
         "chosen_tokens": 10, "hit_cap": False, "base_hit_cap": True},
    ]
    m = reply_measures(samples, ["great", "absolutely"])
    assert m["gen_ended"] == 2 and m["base_gen_ended"] == 0
    assert m["gen_len_ratio"] == pytest.approx(2.0)  # (10/5 + 20/10) / 2
    assert m["base_gen_len_ratio"] == pytest.approx(9.6)  # (64/5 + 64/10) / 2
    assert m["gen_boilerplate"] == 0.5 and m["base_gen_boilerplate"] == 1.0 and m["openers"] == ["great", "absolutely"]
    assert [s["boilerplate"] for s in samples] == [False, True] and [s["base_boilerplate"] for s in samples] == [True, True]
    none = reply_measures(samples, None)  # no openers given: nothing measured, not a guess
    assert none["gen_boilerplate"] is None and none["openers"] is None and samples[0]["boilerplate"] is None
    assert none["gen_ended"] == 2
    empty = reply_measures([], [])
    assert empty["gen_ended"] is None and empty["gen_len_ratio"] is None and empty["gen_boilerplate"] is None
