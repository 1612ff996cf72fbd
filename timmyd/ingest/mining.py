"""Mining rules: turn one session into preference pairs.

The rule (issue 3, `EXPECTED.md`): a user turn that corrects the previous assistant reply makes that
reply *rejected*; the next reply is *chosen* once the owner accepts it, by saying so or by moving on
without correcting again. The prompt is the conversation up to the user turn the first rejected reply
answered, so two corrections in a row give two pairs with one prompt and one chosen. A reply whose
acceptance has not happened yet (end of the file so far) gives nothing until the session grows.

Which turns correct (issue 14, `judge`): phrases alone miss most of an owner's corrections and take
declined offers for them, so each follow-up is read against the conversation's structure: its relation
to the request (back-references, the request's own words thrown back or negated, minimisers, a short
re-ask after a long reply), to the reply (a negated echo of what it proposed, progress granted then
corrected), whether the reply ended on a question or an offer (then "No, ..." answers it), markers of a
new task or of more work, and whether the next reply takes the same request up again. Turns where cue
and structure disagree are ambiguous: an optional local model gives a second opinion on those only
(`[mining] classifier`, `classify.py`). `RULES_VERSION` (with the `[mining]` settings, `Rules.version`) is
recorded per file in the ledger: a change re-mines the file and replaces its pairs no run has used yet.

Injected harness text (`[CONTEXT COMPACTION]`, `[CONTEXT SUMMARY]:`, "Review the conversation above
and…", plus `[mining].skip_prefixes`) is not the owner speaking: those user turns and every reply to
them are removed before mining, from prompts too.

Tool turns: a chosen/rejected reply is always the assistant's text answer (tool-call turns have none).
In prompts, each earlier exchange becomes exactly one user and one assistant message, so the roles
alternate for every chat template. `tool_turns = "compact"` puts one line per tool call,
`[tool] name: args -> result` (160 characters at most), before that exchange's answer; `"drop"` leaves
them out. Tool calls between the prompt's last user turn and the rejected reply are not in the prompt
(it must end with the user turn). `<think>` blocks are dropped from replies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from timmyd.ingest import score
from timmyd.ingest.cues import (
    _next_step,
    _question,
    _rejects_body,
)
from timmyd.ingest.exchanges import Exchange, _Prompts, exchanges
from timmyd.ingest.exchanges import is_injected as is_injected  # re-exported: the mining API
from timmyd.ingest.exchanges import prompt_for as prompt_for
from timmyd.ingest.exchanges import strip_think as strip_think
from timmyd.ingest.features import Reading, features_of
from timmyd.ingest.phrases import (
    _ACCEPT,
    _ASSESS,
    _CREDITS,
    _DECLINE_RE,
    _EXTEND,
    _MORE_WORK,
    _NEW_TASK,
    _WEAK_RE,
    _YES_NO,
    _head,
    _weak_no,
)
from timmyd.ingest.rules import DEFAULT_RULES, Rules
from timmyd.ingest.rules import RULES_VERSION as RULES_VERSION  # re-exported: the mining API
from timmyd.ingest.rules import SKIP_PREFIXES as SKIP_PREFIXES
from timmyd.ingest.sessions import Session
from timmyd.ingest.words import _content, _tokens
from timmyd.pairs import Message, Pair

_GRANT_BUT = re.compile(r"\b(?:but|though|however|except)\b")


def _credits_first(head: str, said: str, thanks: bool = False) -> bool:
    """The turn credits the reply ("that makes sense", "good catch") before the verdict word: the word is about
    something else (a follow-up question, "so it means my result is wrong?"), so the fitted score decides instead.
    With `thanks`, an opening acceptance with no "but" credits too: for a quoted word ("Thank you. "thầy" is male
    teacher. ... should I write "sir"?", round 7), not for a verdict ("Thanks. ... that's far too heavy")."""
    credit = _CREDITS.search(head)
    if credit is None and thanks and _ACCEPT.match(head) and not _GRANT_BUT.search(head.split(".", 1)[0]):
        credit = _ACCEPT.match(head)
    return credit is not None and credit.start() < head.find(said.lower())


def is_correction(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Does this user turn, read alone, correct the reply before it? ("Too long", "That's wrong", "No, I meant")

    The text-only half of `judge`: the phrases that need no context. Mining uses `judge`, which also
    reads the request, the reply and the next reply.
    """
    return judge(text, rules=rules).correction


@dataclass(frozen=True)
class Verdict:
    """What a follow-up turn does to the reply before it. `kind` names the rule that decided (for logs and
    the classifier); `ambiguous` marks turns where the rules' cues and the structure disagree."""
    correction: bool
    kind: str
    evidence: str = ""
    ambiguous: bool = False
    sure: bool = False  # a verdict phrase (never dropped), a pointer back at the request or a hard "better, but"
    # (dropped only below `score.SURE_FLOOR`, `judge`)


def judge(follow: str, reply: str | None = None, request: str = "", next_reply: str | None = None,
          rules: Rules = DEFAULT_RULES, complaints: tuple[str, ...] = ()) -> Verdict:
    """Does `follow` correct `reply`? A verdict phrase of the rules ("that's wrong", "too long", the config's own
    phrases) decides alone; every other follow-up is decided by the fitted score (`score.py`: the cues of `features.py`
    and the turn's character grams): a correction when `p > score.THRESHOLD`, or when the rules call it one and `p`
    is at least their floor (`score.SURE_FLOOR` for a pointer back at the request or a hard "better, but",
    `score.SOFT_FLOOR` for the rest). The kind is the rules' when both agree, else the score's heaviest cue; the
    evidence is the score and the cues that weighed most.

    Round 10 (seventeen authors, `bench/fit_mining.py`): the rules used to decide first and the score only added
    corrections and dropped soft ones; on the nine authors the rules were never written against the score deciding
    had the higher pair F1 leave-one-author-out (0.861 against 0.801: the hand rules fit their first authors), and on
    the older ones too (0.890 against 0.871); on authors written after it the gain was smaller (9 exact pairs of 477
    over eight; round 11's refit on twenty-three authors, 7 of 124 on the two kept for its final measure). A turn
    near the threshold, where the score and the rules disagree, or that the rules found ambiguous, is ambiguous:
    those alone go to the optional classifier (`decide`)."""
    r = Reading(follow, reply, request, next_reply, complaints, rules._extra)
    v = _rule_verdict(r)
    if reply is None or not score.WEIGHTS or (v.sure and v.kind == "explicit") or _plainly_settled(follow, v):
        return v
    cues = features_of(r)
    p = score.probability(cues, follow=follow)
    correction = (p > score.THRESHOLD or (v.sure and p >= score.SURE_FLOOR)
                  or (v.correction and p >= score.SOFT_FLOOR))
    kind = v.kind if correction == v.correction else (score.kind_of(cues) if correction else "plain")
    return Verdict(correction, kind, score.explain(cues, p), ambiguous=v.ambiguous or correction != v.correction
                   or abs(p - score.THRESHOLD) < score.MARGIN)


def _plainly_settled(follow: str, v: Verdict) -> bool:
    """A short acceptance or declined offer (8 words at most: "perfect, thanks", "no thanks, that's all": none of 452
    such turns of seventeen labelled authors was a correction) or a turn opened as a new task ("different thing: ...",
    1 of 164): the score is not asked (ingest reads every turn, and these are the commonest)."""
    if v.correction:
        return False
    return v.kind == "new_task" or (v.kind in ("acceptance", "decline_offer") and len(_tokens(_head(follow))) <= 8)


def rule_verdict(follow: str, reply: str | None = None, request: str = "", next_reply: str | None = None,
                 rules: Rules = DEFAULT_RULES, complaints: tuple[str, ...] = ()) -> Verdict:
    """Does the owner's turn `follow` correct `reply`, the answer to `request`? `next_reply` is the assistant's
    answer to `follow` (None when there is none yet). `complaints` are the owner's corrections since `request`
    (a chain): part of what was asked, except that negating a complaint of their own ("418 rows, no dupes")
    reports it fixed, so the negated echo reads the request and the reply only.

    Order, and why (each step is a kind of issue 14; the first that applies decides):
    1. explicit verdicts ("that's wrong", "too long", config phrases) decide alone, as they always did, except
       that a request-type phrase ("No, just the code") answering the reply's closing offer is a decline;
    2. pointing back at the request decides too: "I said / asked / meant", a quoted or CAPITALISED word of
       the request, "you're doing it again";
    3. not about the reply: a reply to a closing turn ("thx" - "Sure.") followed by something unrelated, a
       topic closed and a new request made ("no more git today. can you ..."; `_moves_on`), a new task
       ("different thing: ..."), a decline ("no thanks"), and, when the reply
       ended on a question or an offer, a turn that answers it (starts with yes/no, or is about the question
       more than the request);
    4. grants progress and corrects again ("better, but ...", "much better. the last line's still ..."; a plain
       grant then a statement of the result, "works, but there's a white flash", when the next reply re-answers);
    5. more work on an accepted answer ("and ...", "also ...", "... too") or an acceptance is not a correction;
    6. strong cues correct: a bare "No, ...", the request sent again, "no X please", a negated echo of the
       request's or the reply's own words ("I'm not uploading it", "isn't quick"), "I'd rather / instead of";
    7. soft cues (what is wanted or not wanted, "X, not Y", minimisers, a size limit, a short re-ask made of the
       request's words or naming the answer's form after a long reply, asking for another way, doubt, a fault
       pointed at, the next reply owning a mistake) count
       only when the next reply re-answers the same request (`reanswers`; for a narrowed request, a shorter
       reply about the same things).
    Round 3 (general relations, each in `cues.py`): a negated echo of the reply's *body* is a rejection even when
    the reply ends on an offer (`_rejects_body`); naming a thing the request excluded that the reply brought back is
    a strong cue (`_breaks_exclusion`); "ack. now ..." is more work (`_next_step`); a short statement answered by a
    pleasantry is a closer (`_closer`); soft cues add a challenge question (`_challenges`), "I already ...", and a
    short constraint after a long reply answered by a shorter fresh answer (`_narrows`).
    A cue that the structure overrules (steps 3, 5, and 7 without a re-answer) marks the verdict ambiguous:
    those turns alone go to the optional classifier (`decide`).
    """
    return _rule_verdict(Reading(follow, reply, request, next_reply, complaints, rules._extra))


def _rule_verdict(r: Reading) -> Verdict:
    """`rule_verdict` of a turn being read (`Reading`: what it computes, the score's features read again for free)."""
    head = r.head
    if not head:
        return Verdict(False, "plain")
    reply, next_reply = r.reply, r.next_reply
    stripped = r.stripped
    answering = bool(_YES_NO.match(stripped)) and reply is not None and r.question is not None
    # the owner says outright that the reply is wrong, too long, not what was asked (phrase lists and config phrases),
    # or asks for it again differently (not when answering the reply's question: "No, just the code")
    m = r.strong or (None if answering else r.ask_again)
    said = m.group(0).strip(" ,.;:!?") if m else None
    if said and _credits_first(head, said):  # "ok that makes sense. so ... means my result is wrong?" (round 6)
        said = None
    if said:
        return Verdict(True, "explicit", said, sure=True)
    if reply is None:  # no context: the phrase rules alone
        return Verdict(True, "explicit", head.split(",")[0]) if _weak_no(head) else Verdict(False, "plain")
    asked = r.asked  # what the owner asked, corrections included
    if _NEW_TASK.search(stripped):  # "While I have you, when is Aoife's birthday again? I told you ..." (round 9)
        return Verdict(False, "new_task", _NEW_TASK.search(stripped).group(0))
    for kind, ev in (("echo", r.backref), ("echo", r.quoted_echo), ("echo", r.shouted_echo), ("explicit", r.again)):
        if ev and not (ev[0] in "'\"" and _credits_first(head, ev, thanks=True)):  # a quoted word asked about after thanks:
            return Verdict(True, kind, ev, sure=True)  # the score decides (round 7)
    moved = r.moves_on
    if moved:
        return Verdict(False, "new_task", moved)
    if _DECLINE_RE.search(stripped):
        return Verdict(False, "decline_offer", stripped.split(",")[0])
    strong = _cues(((("explicit", lambda: r.weak_no)), ("repeat_narrow", lambda: r.resent),
                    ("reject_approach", lambda: r.refuses), ("reject_approach", lambda: r.negated_echo),
                    ("instead", lambda: None if r.asks_new else r.instead_of),
                    ("explicit", lambda: r.breaks_exclusion)))
    question = r.question
    if (r.answers
            and (_YES_NO.match(stripped) or not (strong and strong[0] == "reject_approach"
                                                 and _rejects_body(head, reply, question)))):
        kind = "decline_offer" if _WEAK_RE.search(stripped) else "clarify_answer"
        return Verdict(False, kind, ambiguous=strong is not None)
    partial = r.grant_corrects
    if partial:
        return Verdict(True, "partial", partial, sure=True)
    partial = r.grant_soft
    if partial:
        again = r.reanswers
        return Verdict(again, "partial", partial, ambiguous=not again)
    if _EXTEND.search(stripped) or _MORE_WORK.search(stripped) or _ACCEPT.match(stripped) or _next_step(stripped):
        kind = "acceptance" if _ACCEPT.match(stripped) else "followup"
        return Verdict(False, kind, ambiguous=strong is not None)
    again = r.reanswers
    if strong:
        return Verdict(True, strong[0], strong[1], ambiguous=not again)
    weak = _cues((("instead", lambda: r.want), ("instead", lambda: r.contrast), ("instead", lambda: r.prefer),
                  ("reject_approach", lambda: r.unwanted), ("repeat_narrow", lambda: r.minimiser),
                  ("repeat_narrow", lambda: r.one), ("repeat_narrow", lambda: r.limit),
                  ("repeat_narrow", lambda: head if r.short_repeat and not r.asks_new else None),  # a new question
                  ("repeat_narrow", lambda: r.form_asked), ("repeat_narrow", lambda: r.narrows),  # is no re-ask (round 7)
                  ("explicit", lambda: r.too), ("explicit", lambda: r.wait), ("explicit", lambda: r.already),
                  ("reject_approach", lambda: r.alternative), ("explicit", lambda: r.doubt),
                  ("explicit", lambda: r.challenges), ("explicit", lambda: r.fault), ("explicit", lambda: r.owned)))
    if weak is None:
        if _ASSESS.match(stripped) and again and next_reply is not None:  # "those are the weekday times"
            return Verdict(False, "plain", _ASSESS.match(stripped).group(0), ambiguous=True)
        return Verdict(False, "plain")
    if weak[0] == "repeat_narrow" and next_reply is not None and not again:
        # a narrowed request gets a narrower answer about the same things (not a closing word)
        again = len(next_reply) <= 0.7 * len(reply) and bool(_content(next_reply) & (_content(asked) | _content(reply)))
    return Verdict(again, weak[0], weak[1], ambiguous=not again)


def _cues(rules: Iterable[tuple[str, Callable[[], str | None]]]) -> tuple[str, str] | None:
    """The first rule that finds its cue, as (kind, evidence); the rest are not run."""
    for kind, find in rules:
        evidence = find()
        if evidence:
            return kind, evidence
    return None


def decide(follow: str, reply: str, request: str, next_reply: str | None, rules: Rules = DEFAULT_RULES,
           complaints: tuple[str, ...] = ()) -> Verdict:
    """`judge`, and for the turns it marks ambiguous the classifier's opinion when one is configured and
    answers (any failure or unusable answer leaves the rules' verdict)."""
    v = judge(follow, reply, request, next_reply, rules, complaints)
    if v.ambiguous and rules.opinion is not None:
        other = rules.opinion("\n".join([request, *complaints]), reply, follow)
        if other is not None and other != v.correction:
            return Verdict(other, v.kind, v.evidence, ambiguous=True)
    return v


@dataclass(frozen=True)
class Mined:
    pair: Pair
    position: str  # where the rejected reply sits in the source


@dataclass(frozen=True)
class Accepted:
    """An accepted reply that no correction touched: a candidate for a base-model rejected reply."""
    prompt: tuple[Message, ...]
    chosen: str
    position: str


def _request(exs: list[Exchange], k: int) -> str:
    """What the owner asked in exchange `k`: its user turn, and the turn before when this one answered the
    assistant's clarifying question ("what size screws?" -> "which wall?" -> "brick")."""
    prev = exs[k - 1] if k > 0 else None
    if prev is not None and prev.reply is not None and _question(prev.reply) is not None:
        return prev.user + "\n" + exs[k].user
    return exs[k].user


def mine(session: Session, rules: Rules = DEFAULT_RULES, accepted_too: bool = True,
         trace: list | None = None) -> tuple[list[Mined], list[Accepted]]:
    """Pairs from one session, plus (with `accepted_too`) the accepted replies no correction touched.
    `trace`, when given, receives (follow-up, Verdict) for every turn judged."""
    system, exs = exchanges(session, rules)
    prompts = _Prompts(system, exs, rules)
    pairs: list[Mined] = []
    accepted: list[Accepted] = []
    anchor: int | None = None  # exchange whose user turn the corrected replies answered
    rejected: list[tuple[str, str]] = []  # (reply, where)
    said: list[str] = []  # the owner's corrections in the chain so far: part of what was asked
    for i, ex in enumerate(exs):
        nxt = exs[i + 1] if i + 1 < len(exs) else None
        if nxt is None:
            break  # the owner has not reacted to this reply yet
        if ex.reply is None:  # no text answer (cut off, tool calls only): a chain cannot continue
            anchor, rejected, said = None, [], []
            continue
        request = _request(exs, i if anchor is None else anchor)
        verdict = decide(nxt.user, ex.reply, request, nxt.reply, rules, tuple(said))
        if trace is not None:
            trace.append((nxt.user, verdict))
        if verdict.correction:
            if anchor is None:
                anchor = i
            rejected.append((ex.reply, ex.reply_where))
            said.append(nxt.user)
            continue
        if rejected:
            prompt = prompts.upto(anchor)
            for text, where in rejected:
                if text != ex.reply:
                    pairs.append(Mined(Pair(prompt, ex.reply, text), where or ex.user_where))
        elif accepted_too and ex.user.strip():
            accepted.append(Accepted(prompts.upto(i), ex.reply, ex.reply_where))
        anchor, rejected, said = None, [], []
    return pairs, accepted
