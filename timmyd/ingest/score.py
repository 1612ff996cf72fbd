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

WEIGHTS below were fitted on all six authors of `bench/mining_corpus` (dev + heldout, fresh, fresh2, fresh3, fresh4,
fresh5; never fresh6) by `python bench/fit_mining.py --write` (L2 = 0.3, Newton's method, numpy only). Refit there after a
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
SURE_VETO = 0.0
WEIGHTS: dict[str, float] = {
    "again": 3.23, "one": 2.85, "backref": 2.80, "grant_corrects": 2.65, "negated_echo": 2.60, "want": 2.34,
    "prefer": 2.20, "alternative": 2.01, "form_asked": 1.97, "doubt": 1.95, "grant_states": 1.86, "fault": 1.82,
    "strong_phrase": 1.74, "limit": 1.67, "refuses": 1.60, "instead_of": 1.58, "missed_request_word": 1.56,
    "unwanted": 1.55, "ask_again": 1.43, "terse_reask": 1.37, "concedes": 1.35, "revises": 1.33, "long_reply": 1.11,
    "too": 1.05, "minimiser": 1.05, "owned": 1.04, "shouted_echo": 1.04, "reanswers": 0.98, "narrows": 0.86,
    "echoes_request": 0.85, "owner_fact": 0.80, "picks_reply_word": 0.51, "body_rejected": 0.45, "same_size": 0.42,
    "already": 0.41, "new_words": 0.33, "challenges": 0.26, "next_covers_more": 0.20, "assess": 0.20,
    "contrast": 0.09, "wait": 0.08, "no_next": 0.03, "short_repeat": -0.04, "weak_no": -0.17, "decline": -0.23,
    "quoted_echo": -0.26, "next_shorter": -0.54, "next_new_words": -0.93, "breaks_exclusion": -0.94,
    "moves_on": -1.03, "short_turn": -1.05, "new_task": -1.05, "asks": -1.23, "weak_word": -1.39, "in_chain": -1.40,
    "asks_new": -1.56, "yes_no": -1.71, "ends_closing": -1.88, "credits": -1.93, "accepts": -1.96, "closer": -2.28,
    "praises": -2.42, "extends": -2.56, "answers_question": -4.03, "self_blame": -4.33,
    "bias": -1.75,
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
