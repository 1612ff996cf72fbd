"""The fitted score over all the cues (issue 14, round 4): it adds the corrections the hand rules miss, says why,
leaves the turns the rules found to be about something else alone, and its shipped weights are the refit of the
labelled corpus (`bench/fit_mining.py`)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from test_mining import write_session

from timmyd import config
from timmyd.ingest import mining, score
from timmyd.ingest.features import KIND, features
from timmyd.ingest.pipeline import ingest_paths
from timmyd.ledger.store import Ledger

BENCH = Path(__file__).resolve().parents[1] / "bench"

REQUEST = "how do I get rid of the limescale in my kettle?"
LONG = ("Limescale builds up wherever the water is hard, and it makes a kettle slower and louder over time. The most "
        "reliable fix is a commercial descaler: buy a sachet made for kettles, dissolve it in water, boil, leave it for "
        "the time printed on the pack and rinse twice. Some brands also sell descaling tablets for coffee machines that "
        "work on kettles just as well. For heavy build-up repeat the whole cycle, and descale every month or so to keep "
        "the kettle efficient; a filter jug for the water you boil slows the build-up down as well.")
# no phrase of the rules: the owner states a circumstance that rules the answer out, and the assistant answers again
FOLLOW = "the shop here is closed on sundays and I would like to sort the kettle out today with what is in the cupboard"
AGAIN = ("Use white vinegar from the cupboard: fill the kettle half with vinegar and half with water, boil, leave it "
         "an hour, then rinse the kettle well.")
SESSION = [REQUEST, LONG, FOLLOW, AGAIN, "worked a treat", "Glad it did."]


def test_the_rules_miss_it_and_the_score_finds_it():
    assert not mining.rule_verdict(FOLLOW, LONG, REQUEST, AGAIN).correction
    v = mining.judge(FOLLOW, LONG, REQUEST, AGAIN)
    assert v.correction and v.ambiguous  # the classifier, when set, gets a second opinion on it
    assert v.evidence.startswith("score 0.") and "long_reply" in v.evidence and "reanswers" in v.evidence
    assert v.kind in set(KIND.values())


@pytest.mark.parametrize("fmt", ["hermes_json", "chatlog"])
def test_a_circumstance_that_rules_the_answer_out_gives_its_pair(tmp_path, fmt):
    folder = tmp_path / "exports"
    folder.mkdir()
    write_session(folder, fmt, "kettle", SESSION)
    with Ledger.open(tmp_path / "state") as led:
        ingest_paths([folder], led, config.Config())
        pairs = led.pairs()
    assert [(p.last_user, p.rejected, p.chosen) for p in pairs] == [(REQUEST, LONG, AGAIN)]


def test_the_score_decides_the_turns_the_rules_settled_too(monkeypatch):
    """Round 10: the rules' reading of a turn as an acceptance is one more input, not a decision: with the shipped
    threshold it stays no correction, with a threshold every turn passes the score makes it one; only a short
    acceptance or decline and a new task skip the score (`_plainly_settled`: none of 452 labelled short ones was a
    correction)."""
    reply, request = "Ctrl+Cmd+Q locks the screen.", "lock shortcut on a mac?"
    accepts = "perfect, thanks, that is exactly the shortcut I was looking for all along"
    assert mining.rule_verdict(accepts, reply, request, "👍").kind == "acceptance"
    assert not mining.judge(accepts, reply, request, "👍").correction
    assert not mining.judge("unrelated question: what's DNS?", reply, request, "Names.").correction
    assert mining.judge("hm the laptop is a thinkpad, not a mac", reply, "lock shortcut on my laptop?",
                        "On a ThinkPad: Win+L locks the screen.").correction
    monkeypatch.setattr(score, "THRESHOLD", 0.0)
    assert mining.judge(accepts, reply, request, "👍").correction
    assert not mining.judge("perfect, thanks", reply, request, "👍").correction  # short: the score is not asked
    assert not mining.judge("unrelated question: what's DNS?", reply, request, "Names.").correction  # a new task


def test_no_weights_means_the_rules_alone(monkeypatch):
    monkeypatch.setattr(score, "WEIGHTS", {})
    assert not mining.judge(FOLLOW, LONG, REQUEST, AGAIN).correction


def test_every_cue_has_a_weight_and_speaks_for_a_known_kind():
    cues = features(FOLLOW, LONG, REQUEST, AGAIN)
    assert set(cues) <= set(score.WEIGHTS)
    assert score.kind_of({"grant_corrects": "better, but"}) == "partial"


def test_shipped_weights_are_the_refit_of_the_corpus():
    """`score.WEIGHTS` (to the two decimals shipped) and the character-gram weights are what `bench/fit_mining.py`
    fits on `SHIPPED_AUTHORS`: a change of the cues or the corpus without a refit fails here."""
    sys.path.insert(0, str(BENCH))
    try:
        import fit_mining
    finally:
        sys.path.remove(str(BENCH))
    refit, chars = fit_mining.weights()
    assert set(refit) == set(score.WEIGHTS)
    assert all(abs(refit[k] - score.WEIGHTS[k]) <= 0.011 for k in refit), {
        k: (round(refit[k], 2), score.WEIGHTS[k]) for k in refit if abs(refit[k] - score.WEIGHTS[k]) > 0.011}
    shipped = score.char_weights()
    assert shipped is not None and shipped.shape == chars.shape == (score.CHAR_BUCKETS,)
    assert np.abs(shipped - chars).max() < 1e-4


def test_character_grams_weigh_in():
    """The turn's spelling counts, not only its cues: "dont" (no apostrophe, which no cue reads) moves the score the
    way "don't" does, and the shipped grams change the probability of a turn with the same cues."""
    follow = "dont guess, look it up properly"
    cues = features(follow, LONG, REQUEST, AGAIN)
    with_grams = score.probability(cues, follow=follow)
    assert with_grams != pytest.approx(score.probability(cues))
    # " do", "don", "ont", "nt ", " don", "dont", "ont ", " dont", "dont ": the 3-, 4- and 5-grams, each once
    assert len(score.char_grams("dont")) == 9
    assert set(score.char_grams("dont")) <= set(score.char_grams("dont guess"))


BENCH_REQUEST = "Made an oak bench for the garden. What should I finish it with?"
BENCH_REPLY = ("Osmo UV-Protection Oil, the clear one. It soaks in rather than forming a skin, so it can't peel, and the UV "
               "filter slows the greying. Two thin coats to start with, twelve hours apart, then one fresh coat a year.")
# credits the answer, then asks about it, and happens to say "do I need": the rules' soft want-cue fires on it
BENCH_FOLLOW = "good call, my neighbour uses that stuff. how much do I need?"
BENCH_NEXT = "Half a litre of the Osmo oil will do: two thin coats go a long way."


def test_the_score_drops_a_soft_rule_correction_it_cannot_back(monkeypatch):
    """A rules' correction resting on a soft cue stands down to `score.SOFT_FLOOR` (round 10; `VETO` in rounds 5-9)."""
    rule = mining.rule_verdict(BENCH_FOLLOW, BENCH_REPLY, BENCH_REQUEST, BENCH_NEXT)
    assert rule.correction and not rule.sure
    p = score.probability(features(BENCH_FOLLOW, BENCH_REPLY, BENCH_REQUEST, BENCH_NEXT), follow=BENCH_FOLLOW)
    assert p < score.SOFT_FLOOR
    v = mining.judge(BENCH_FOLLOW, BENCH_REPLY, BENCH_REQUEST, BENCH_NEXT)
    assert not v.correction and v.ambiguous and v.evidence.startswith("score 0.")
    monkeypatch.setattr(score, "SOFT_FLOOR", p - 0.01)
    assert mining.judge(BENCH_FOLLOW, BENCH_REPLY, BENCH_REQUEST, BENCH_NEXT).correction


def test_a_verdict_phrase_stands_whatever_the_score(monkeypatch):
    for name in ("THRESHOLD", "SURE_FLOOR", "SOFT_FLOOR"):
        monkeypatch.setattr(score, name, 1.0)
    v = mining.judge("Too long, just give me the command.", LONG, REQUEST, "`descale --now`")
    assert v.correction and v.sure


def test_that_is_what_i_needed_is_no_correction():
    reply = "Timeline: left the office at 6:15, drove to the pub, stayed an hour, left around 8."
    follow = "That's exactly what I needed. Can you flag where he contradicts himself?"
    nxt = "One contradiction: he first says 6:15, later half six."
    assert not mining.rule_verdict(follow, reply, "timeline from this interview please", nxt).correction
    assert not mining.judge(follow, reply, "timeline from this interview please", nxt).correction


# --- round 6 (five authors) -------------------------------------------------------------------------------------

def test_a_verdict_word_after_crediting_the_reply_is_no_verdict(monkeypatch):
    """"ok that makes sense. so ... my result is wrong?" credits the reply and asks on: the word "wrong" is about the
    owner's result, so the rules do not call it a correction and the score (which weighs the credit) decides."""
    reply = "Say your friend flips a coin ten times and gets nine heads: how surprising would that be for a fair coin?"
    follow = "ok that actually makes sense. so p=0.03 means theres a 3% chance my result is wrong?"
    nxt = "Not quite: it means that with no real effect you'd see a result this extreme only 3% of the time."
    v = mining.rule_verdict(follow, reply, "explain a p value like im 5", nxt)
    assert not v.correction and not v.sure
    assert not mining.judge(follow, reply, "explain a p value like im 5", nxt).correction
    # the verdict still stands when it comes first
    assert mining.rule_verdict("that's wrong, and it makes no sense", reply, "explain a p value", nxt).sure


@pytest.mark.parametrize("follow, expected", [
    ("Much nicer. But she is not doing homework at a birthday party, take the middle bit out.", True),
    ("-eq is for integers, that's worse", True),
    ("the count was the question", True),
    ("when does it expire. that's the one thing I need", True),
    ("they came out perfect. can you remember that timing so I don't have to ask again", False),
])
def test_round_6_rules(follow, expected):
    reply = "Dear Mrs Achterberg, I am writing to inform you that Lina will be absent; she will do her homework."
    nxt = "Hi Mrs Achterberg, just a quick note: Lina will be off on Thursday and Friday."
    assert mining.rule_verdict(follow, reply, "a short note to the teacher", nxt).correction is expected


def test_a_comparative_of_the_wanted_quality_grants_progress():
    v = mining.rule_verdict("Much nicer. But take the middle bit out.", "Hi Mrs A, Lina is off. She'll do homework.",
                            "a short friendly note to the teacher", "Hi Mrs A, Lina is off on Thursday.")
    assert v.correction and v.kind == "partial" and v.sure


@pytest.mark.parametrize("fmt", ["hermes_json", "chatlog"])
def test_a_second_correction_after_a_comparative_grant_gives_two_pairs_with_one_chosen(tmp_path, fmt):
    request = "Could you write a short friendly note to my daughter's teacher saying Lina is off Thursday and Friday?"
    first = ("Subject: Absence Notification\n\nDear Mrs Achterberg,\n\nI am writing to formally notify you that my "
             "daughter Lina will be absent on Thursday and Friday. Kind regards.")
    second = ("Hi Mrs Achterberg,\n\nJust a quick note: Lina will be off on Thursday and Friday for a family birthday. "
              "She'll catch up on any homework over the weekend.\n\nThanks!")
    third = "Hi Mrs Achterberg,\n\nJust a quick note: Lina will be off on Thursday and Friday for a family birthday.\n\nThanks!"
    folder = tmp_path / "exports"
    folder.mkdir()
    write_session(folder, fmt, "note", [request, first, "that reads like a solicitor's letter. too formal", second,
                                        "Much nicer. But she is not doing homework at a birthday party, take that out.",
                                        third, "Lovely, sending it now. Thank you!", "You're welcome!"])
    with Ledger.open(tmp_path / "state") as led:
        ingest_paths([folder], led, config.Config())
        pairs = led.pairs()
    assert sorted((p.last_user, p.rejected, p.chosen) for p in pairs) == sorted(
        [(request, first, third), (request, second, third)])


# --- round 7: follow-up questions and answers to the assistant's own question (six authors) ---------------------

def test_a_short_reply_that_asks_before_a_remark_asked():
    """The question need not be the last sentence of a short reply ("... or yoghurt? That decides which way I'd
    go."), and a dot inside a word ("WorldEditPlus.jar", "1.20.4") ends no sentence: the owner answers, no correction."""
    from timmyd.ingest.cues import _question
    coconut = "Good base for a curry or a stew. Have you got coconut milk, cream or yoghurt? That decides which way I'd go."
    assert _question(coconut) == "Have you got coconut milk, cream or yoghurt?"
    v = mining.rule_verdict("no coconut milk, but there's a tub of greek yoghurt", coconut,
                            "what can I make for dinner with chickpeas, spinach, a tin of tomatoes and some rice?",
                            "Chickpea and spinach curry with yoghurt (serves 2): start the rice, soften an onion ...")
    assert not v.correction and v.kind == "clarify_answer"
    plugin = ("The log shows WorldEditPlus.jar needs API 1.21 but the server is on 1.20.4, and it crashes the start-up. "
              "Either move the plugin out of ~/mc/plugins, or I can update Paper to 1.21 for you.")
    assert _question(plugin).startswith("Either move the plugin")
    assert _question(LONG + " Have you got a descaler? It matters.") is None  # a long reply answered first


def test_a_new_question_of_the_owners_own_is_no_reask():
    """"why would the pdf ones be so slow" after "which tests take longest?" asks about the answer: no short re-ask of
    the request ("so what size screws" after "what size screws ..." is one), and a cue the score weighs against a
    correction; a request ("can you ...") or a challenge ("isn't it ...?") is no such question."""
    from timmyd.ingest.features import _asks_new
    request = "in my repo ~/code/invoicer the tests are slow. can you see which ones take longest?"
    reply = ("The two PDF rendering tests take about 6 s each, so 12 of the 15 s total. Next is the migrations fixture "
             "setup at 2.1 s. Everything else is under half a second.")
    assert _asks_new("why would the pdf ones be so slow", request)
    assert _asks_new("so what size screws", "what size screws for a shelf on plasterboard?") is None
    assert _asks_new("can you do it in python", request) is None
    assert _asks_new("isn't that the fixture, not the tests?", request) is None
    assert not mining.rule_verdict("why would the pdf ones be so slow", reply, request,
                                   "Both tests go through `render_invoice`, which lays the page out from scratch.").correction
    assert "asks_new" in features("why would the pdf ones be so slow", reply, request, None)
    assert score.WEIGHTS["asks_new"] < 0
    # "how do I ... instead of ..." asks for a way: no "instead" correction by the rules
    v = mining.rule_verdict("how do I filter it so the handler only fires for that entity, instead of checking the "
                            "name myself", "```lua\nscript.on_event(defines.events.on_built_entity, f)\n```",
                            "factorio mod: on_built_entity, print its position", "Pass an event filter ...")
    assert v.kind != "instead"


def test_praise_is_a_cue_against_a_correction():
    """A sentence that praises the answer and finds no fault ("they came out perfect.", "the escape room idea 👌")."""
    assert "praises" in features("they came out perfect. can you remember that timing", LONG, REQUEST, AGAIN)
    assert "praises" in features("the escape room idea 👌 where do I get one", LONG, REQUEST, AGAIN)
    assert "praises" not in features("day 1 is great but day 2 is all museums", LONG, REQUEST, AGAIN)
    assert "praises" not in features("good, it's still too long", LONG, REQUEST, AGAIN)
    assert score.WEIGHTS["praises"] < 0


@pytest.mark.parametrize(("follow", "expected"), [
    ("yes, that's honest and still sounds good. next one: 'answered customer emails'", False),  # "still" keeps a quality
    ("yes, but it still fails on the second row", True),
    ("did it, warm all over now", False),  # done as told: an acknowledgement
])
def test_round_7_grants_and_acknowledgements(follow, expected):
    assert mining.rule_verdict(follow, LONG, REQUEST, AGAIN).correction is expected


def test_a_quoted_word_after_thanks_is_left_to_the_score():
    """'Thank you. "thầy" is male teacher. In English should I write "sir"?' quotes the request's word to ask about
    it: no sure echo; a quote thrown back with no thanks first still is one."""
    request = 'how do I start an email to my teacher? in Vietnamese I say "thầy"'
    v = mining.rule_verdict('Thank you. "thầy" is male teacher. In English should I write "sir"?', LONG, request, AGAIN)
    assert not (v.correction and v.sure)
    v = mining.rule_verdict('"thầy" was in my message. I asked how to start it', LONG, request, AGAIN)
    assert v.correction and v.sure


# --- round 9 (eleven authors) -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("cue", "follow", "holds"), [
    ("credit_but", "Thank you, the code runs and the table is nice. But the numbers are monthly, not daily.", True),
    ("credit_but", "ok scandi sounds good but u didnt say what to do after 3.Nc3", True),
    ("credit_but", "That's lovely, but how do I print it?", False),  # a question about the answer
    ("credit_but", "no, but the numbers are monthly", False),  # nothing credited first
    ("terse_please", "in pounds please", True),
    ("terse_please", "can you do the same for March please", False),  # a request of its own
    ("x_not_y", "he's turning 11 not 5", True),
    ("x_not_y", "thursday not wednesday", True),
    ("x_not_y", "it's not what I expected at all, to be honest", False),
    ("dont_do", "dont guess, look it up properly. i cant get this wrong", True),
    ("dont_do", "Thanks. Don't make her ask for the bank details, put them in.", True),
    ("dont_do", "don't worry about the rest, that's all for today", False),
    ("terse_form", "in kg", True),
    ("terse_form", "for paying rent specifically", True),
    ("terse_form", "in the fridge it keeps for how long do you think", False),
])
def test_round_9_cues(cue, follow, holds):
    assert (cue in features(follow, LONG, REQUEST, AGAIN)) is holds
    assert score.WEIGHTS[cue] > 0  # each speaks for a correction


def test_thanks_again_is_no_fault_come_back():
    assert not mining.rule_verdict("Perfect, thanks again.", LONG, REQUEST, AGAIN).correction
    assert mining.rule_verdict("Perfect. Still too long again though.", LONG, REQUEST, AGAIN).correction


def test_i_would_prefer_states_what_is_wanted_instead():
    v = mining.rule_verdict("I would prefer not to install another package for this.", LONG, REQUEST, AGAIN)
    assert v.correction and v.kind == "instead"
    assert "instead_of" in features("I would prefer a plain script.", LONG, REQUEST, AGAIN)


def test_a_sure_pointer_back_with_no_support_is_dropped_a_verdict_phrase_never(monkeypatch):
    """A sure rule other than a verdict phrase stands down to `score.SURE_FLOOR` (round 9's `SURE_VETO`): "Oh, good
    job I asked! Thank you." reads as "I asked" to the rules."""
    follow, nxt = "Oh, good job I asked! Thank you.", "You're welcome."
    rule = mining.rule_verdict(follow, LONG, REQUEST, nxt)
    assert rule.correction and rule.sure and rule.kind == "echo"
    p = score.probability(features(follow, LONG, REQUEST, nxt), follow=follow)
    assert p < score.SURE_FLOOR
    assert not mining.judge(follow, LONG, REQUEST, nxt).correction
    monkeypatch.setattr(score, "SURE_FLOOR", 0.0)
    assert mining.judge(follow, LONG, REQUEST, nxt).correction
    for name in ("THRESHOLD", "SURE_FLOOR", "SOFT_FLOOR"):  # a verdict phrase stands even so
        monkeypatch.setattr(score, name, 1.0)
    assert mining.judge("too long", LONG, REQUEST, AGAIN).correction


@pytest.mark.parametrize("fmt", ["hermes_json", "chatlog"])
def test_an_order_not_to_do_it_that_way_gives_its_pair(tmp_path, fmt):
    """A phone-typed "dont X, Y" after an answer that did X: no rule phrase, the round-9 cue and the re-answer."""
    request = "has the box order from ecopack shipped yet"
    reply = ("I searched the web for Ecopack's order tracking: their site says most orders ship within 2-3 working "
             "days and that you can check the status by logging in to your account on ecopack.co.uk.")
    follow = "dont search the web, itll be in my mail. the mail app on here"
    again = "Found it in Mail: Ecopack's dispatch email from Tuesday says the boxes shipped with DPD, arriving Friday."
    folder = tmp_path / "exports"
    folder.mkdir()
    write_session(folder, fmt, "boxes", [request, reply, follow, again, "ace ta", "Any time."])
    with Ledger.open(tmp_path / "state") as led:
        ingest_paths([folder], led, config.Config())
        pairs = led.pairs()
    assert [(p.last_user, p.rejected, p.chosen) for p in pairs] == [(request, reply, again)]


@pytest.mark.parametrize("follow", [
    "While I have you, would you remind me what day the bins changed to? I know I told you before.",
    "While I think of it, when is Aoife's birthday again? I told you in the summer.",
    "Now, a different thing altogether: the kitchen radio has had the wrong time since the clocks went back.",
])
def test_a_new_task_opener_outranks_a_pointer_back(follow):
    """Round 9: "I told you before" inside a new request opened as one is no echo of the last request."""
    v = mining.judge(follow, LONG, REQUEST, "The bins go out on Tuesdays now.")
    assert not v.correction and v.kind == "new_task"
