"""The scored second look at a follow-up: it adds corrections the rules missed and drops soft ones it cannot back (issue 14).

Hand-written phrase rules did not transfer between authors: rules tuned on author A scored 0.60 pair recall on
author B, and round 3's gains on B did not move author C at all. So the cues (`features.py`) are weighed by a
logistic model fitted on the labelled corpus instead of by hand: `p = sigmoid(bias + sum of the weights of the
cues that hold)`. Leave-one-author-out (weights fitted on two authors, measured on the third, turn level), the rules
followed by this score (a turn is a correction when the rules say so, or when `p > THRESHOLD`) kept precision and
raised recall on the unseen author (C: rules 0.80/0.80, rules + score 0.82/0.90; `bench/fit_mining.py`).

Round 5 (four authors, leave-one-author-out at pair level, `python bench/fit_mining.py --pairs`): relations that do
not depend on an author's phrasing were added to the cues (the follow-up names a request word the reply lacks, states
the owner's own circumstance, ends on a question or a closing word, credits the reply; the next reply concedes or
redoes the rejected one), and the score may now also drop a rules' correction that rests on soft cues only (`VETO`):
the unseen fourth author D went from 0.75 / 0.64 to 0.83 / 0.80 (precision / recall), C from 0.74 / 0.75 to
0.79 / 0.79. L2, `THRESHOLD` and `VETO` were chosen on that table, not on the in-sample fit.

Round 6 (five authors: fresh4 = E was measured blind in round 5 and is tuning data now): the same L2 0.3, `THRESHOLD`
0.6 and `VETO` 0.2 still had the best mean pair-level F1 leave-one-author-out (l2 0.3/1/3, threshold 0.4-0.6, veto
0.2/0.3 tried); interaction cues for second corrections (a soft cue in a chain, the retry redone again, the owner
repeating their own complaint, a capitalised word of stress) were tried and left out: none moved the table.

Round 7 (six authors: fresh5 = F was measured blind in round 6 and is tuning data now; its false pairs were mostly
follow-up questions about an accepted answer and answers to the assistant's clarifying question): two cues were added,
the turn opens with a question of its own (`asks_new`, not the request's question again) and the turn praises the
answer in a sentence finding no fault (`praises`); mean pair-level F1 leave-one-author-out went from 0.877 to 0.897.
L2 0.3, `THRESHOLD` 0.6 and `VETO` 0.2 again had the best mean F1 (l2 0.3/1, threshold 0.5/0.6/0.7, veto
0.2/0.3/0.4 tried). Tried and left out: letting a new question stop every soft cue (lost recall on B and F), and
dropping the next-reply cues after a new question (lost C and D).

Round 9 (eleven authors: fresh6-fresh10 = G-K, each measured blind once, are tuning data now; fresh11 and fresh12 were
kept unread for the final measure): five cues for what the other authors' missed corrections had in common (a credited
part then a "but" that finds fault, a terse "... please", "X not Y", an order not to do something, a bare form or
scope like "in kg"), and a floor under the sure rules other than verdict phrases (`SURE_VETO`). L2 1, `THRESHOLD` 0.6,
`VETO` 0.2, `SURE_VETO` 0.1 under the ship rule "mean pair F1 up, no author more than 0.02 worse" (`fit_mining.py`).

WEIGHTS below were fitted on the eleven authors A-K of `bench/mining_corpus` (dev + heldout, fresh ... fresh10; never
fresh11 or fresh12) by `python bench/fit_mining.py --write` (L2 = 1, Newton's method, numpy only). Refit there after a
change to `features.py` or the corpus, and bump `RULES_VERSION` when the mined pairs change.
"""

from __future__ import annotations

import math

from timmyd.ingest.features import KIND

THRESHOLD = 0.6  # a high bar (chosen leave-one-author-out): it adds corrections the rules missed; a false pair teaches wrong
# below this a rules' correction resting on soft cues only (not `Verdict.sure`) is dropped (round 5): the rules'
# verdict phrases, pointers back at the request and hard "better, but ..." were right on every author, the soft cues
# (tuned by hand on three) gave most of the false pairs on the fourth
VETO = 0.2
# round 9: below this even a sure rules' pointer back at the request or "better, but" is dropped (a verdict phrase,
# "too long", "that's wrong", always stands): over eleven authors those rules' false pairs scored 0.01-0.10 ("Oh, good
# job I asked! Thank you.", "right, that's what I was missing"), their true ones almost never that low
SURE_VETO = 0.1
WEIGHTS: dict[str, float] = {
    "grant_corrects": 2.56, "backref": 2.03, "prefer": 1.95, "credit_but": 1.89, "fault": 1.82, "instead_of": 1.66,
    "strong_phrase": 1.52, "negated_echo": 1.46, "alternative": 1.46, "ask_again": 1.45, "dont_do": 1.44,
    "concedes": 1.41, "owned": 1.38, "terse_please": 1.35, "one": 1.35, "unwanted": 1.34, "refuses": 1.23,
    "want": 1.21, "missed_request_word": 1.14, "doubt": 1.14, "limit": 1.13, "revises": 1.11, "terse_reask": 1.11,
    "echoes_request": 1.10, "terse_form": 1.00, "again": 0.99, "form_asked": 0.91, "long_reply": 0.90,
    "contrast": 0.87, "reanswers": 0.85, "minimiser": 0.84, "too": 0.69, "picks_reply_word": 0.64, "resent": 0.63,
    "shouted_echo": 0.60, "narrows": 0.52, "same_size": 0.50, "challenges": 0.50, "body_rejected": 0.41,
    "x_not_y": 0.38, "next_covers_more": 0.37, "owner_fact": 0.33, "grant_states": 0.27, "already": 0.23,
    "assess": 0.18, "new_words": 0.18, "short_repeat": 0.16, "breaks_exclusion": 0.10, "weak_no": 0.05, "wait": 0.02,
    "quoted_echo": -0.17, "no_next": -0.21, "next_shorter": -0.39, "decline": -0.39, "weak_word": -0.54,
    "asks": -0.71, "next_new_words": -0.77, "short_turn": -0.97, "moves_on": -1.17, "asks_new": -1.27,
    "new_task": -1.39, "closer": -1.50, "in_chain": -1.50, "credits": -1.51, "extends": -1.74, "praises": -1.90,
    "accepts": -1.97, "yes_no": -2.02, "ends_closing": -2.15, "self_blame": -2.39, "answers_question": -2.98,
    "bias": -1.68,
}


def probability(cues: dict[str, str], weights: dict[str, float] | None = None) -> float:
    w = WEIGHTS if weights is None else weights
    z = w.get("bias", 0.0) + sum(w.get(name, 0.0) for name in cues)
    return 1 / (1 + math.exp(-z))


def explain(cues: dict[str, str], p: float, weights: dict[str, float] | None = None, top: int = 4) -> str:
    """Why: the score and the cues that weighed most, with their weights and evidence."""
    w = WEIGHTS if weights is None else weights
    ranked = sorted(cues, key=lambda n: -abs(w.get(n, 0.0)))[:top]
    return f"score {p:.2f}: " + ", ".join(f"{n} {w.get(n, 0.0):+.2f} ({cues[n][:40]})" for n in ranked)


def kind_of(cues: dict[str, str], weights: dict[str, float] | None = None) -> str:
    """The correction kind of the heaviest positive cue that names one."""
    w = WEIGHTS if weights is None else weights
    named = [n for n in cues if KIND.get(n) and w.get(n, 0.0) > 0]
    return KIND[max(named, key=lambda n: w[n])] if named else "repeat_narrow"
