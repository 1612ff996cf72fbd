"""Every cue of a follow-up turn at once, as named 0/1 features (for the scored decision in `score.py`).

`judge` reads the cues in order and stops at the first that decides; the features here run them all, so that a
fitted weight table can weigh them against each other. Each feature is one relation the rules already read
(`cues.py`, `phrases.py`): the name says which, the value is 1.0 when it holds."""

from __future__ import annotations

import re

from timmyd.ingest.cues import (
    _LIMIT,
    _NEGATOR_HINT,
    _UNWANTED,
    _answers,
    _breaks_exclusion,
    _challenges,
    _closer,
    _closing,
    _first,
    _form_asked,
    _grants_then_corrects,
    _moves_on,
    _narrows,
    _negated_echo,
    _next_step,
    _question,
    _quoted_echo,
    _refuses,
    _rejects_body,
    _resent,
    _short_repeat,
    _shouted_echo,
    _stated,
    reanswers,
)
from timmyd.ingest.phrases import (
    _ACCEPT,
    _AGAIN,
    _ALREADY,
    _ALTERNATIVE,
    _ASK_AGAIN_RE,
    _ASSESS,
    _BACKREF,
    _CHALLENGE,
    _CONTRAST,
    _CREDITS,
    _CRITIQUE,
    _DECLINE_RE,
    _DOUBT,
    _EXTEND,
    _FAULT,
    _INSTEAD,
    _INTERJECTION,
    _MINIMISER,
    _MORE_WORK,
    _NEW_TASK,
    _NOT_CORRECTION_AFTER_BUT,
    _ONE,
    _OWNED,
    _PREFER,
    _SENTENCE,
    _STRONG_RE,
    _TOO,
    _WAIT,
    _WANT,
    _WEAK_RE,
    _YES_NO,
    PhraseSet,
    _head,
    _weak_no,
)
from timmyd.ingest.words import _content, _cover, _tokens

_SELF_BLAME = re.compile(r"\b(?:oops|whoops|my bad|my mistake|my fault|sorry,? i|i forgot to|forgot to (?:say|mention|tell)|"
                         r"i should have (?:said|mentioned|told)|should have said)\b")

# the next reply opens by conceding the point or presenting a redone answer ("Fair!", "Of course. Here's the set
# with question 5 replaced", "Yes, sorry, that included it", "Fixed:", "Sure, here's just the ...")
_CONCEDES = re.compile(r"^\W*(?:(?:totally |that'?s )?fair|fair enough|good (?:point|catch|call)|of course|fixed|updated|"
                       r"sorry|apologies|yes,? sorry|you'?re right|got it|understood|noted|ah|oops|right,|true,|"
                       r"(?:sure|ok|okay|no problem)\W+(?:here|this|that)|here(?:'s| is| are) (?:the |a |your )?(?:\w+ )?"
                       r"(?:shorter|revised|updated|corrected|fixed|new|simpler|plainer|tighter|version|set|list))\b", re.I)
# a statement of the owner's own situation ("I'm in Leeds", "we're a UK firm", "i get about five minutes", "he's
# turning 11"): after an answer, a circumstance the answer did not fit
_OWNER_FACT = re.compile(r"^(?:but |and |so |well,? )?(?:i'?m|i am|i have|i'?ve got|i get|i only|i work|we'?re|we are|we have|"
                         r"we'?ve got|we|our|my|he'?s|she'?s|they'?re|it'?s for)\b")

# the owner praises the answer in a sentence of its own that finds no fault ("they came out perfect.", "the wraps
# idea is good", "the escape room idea 👌"): over six authors 221 of 231 such turns were no correction (round 7)
_PRAISE = re.compile(r"\b(?:perfect|great|good|helpful|brilliant|lovely|love|loved|nice|works|worked|excellent|amazing|"
                     r"awesome|spot on|ideal|fab|brill|cool)\b|👌|👍|🙏|🙌|😍")
_FAULT_WORD = re.compile(r"\b(?:but|though|however)\b")
# the turn opens by asking: a question word, or an auxiliary with its subject ("is it riskier", "does state tax come
# on top", "can I freeze the rest"), not a request ("can you ...") nor a challenge ("isn't it ...", "are you sure")
_ASKS = re.compile(r"^(?:and |so |ok |okay |oh |thanks,? |thank you,? )*((?:why|where|when|how|what|which|who|what'?s|is|are|"
                   r"does|do|will|would|should|can|could|has|have|was|were)\b(?: [\w']+)?)")
_NOT_ASKING = re.compile(r"^(?:can|could|will|would) (?:you|u)\b|^(?:what|all) (?:i|we) (?:need|want|asked|said|meant)\b|"
                         r"^are you sure\b|^(?:do|did|does|have|has|was|were) (?:it|that|this)\b(?! \w+ \w)")


# round 9: a part of the answer credited, then a "but" that finds fault, however long the credit ("Thank you, the
# part about the centro de salud is useful, but surely ...", "ok scandi sounds good but u didnt say ...")
_CREDIT_PART = re.compile(r"\b(?:right|useful|good|great|fine|helpful|spot on|brilliant|lovely|perfect|nice|works|"
                          r"makes sense|the idea|feels? right|sounds? (?:good|great|right|fine))\b")
_BUT_WORD = re.compile(r"\b(?:but|though|however)\b")
# a terse request tag: a short turn that names what it wants and says please ("in pounds please", "vous please")
_PLEASE = re.compile(r"\b(?:please|pls|plz)\b")
_ASKS_YOU = re.compile(r"\b(?:can|could|would|will) (?:you|u)\b|\b(?:also|another|one more|as well)\b")
# "X not Y" between two things of one sort: numbers, names ("he's turning 11 not 5", "I'm in Leeds not LA")
_X_NOT_Y = PhraseSet.of(re.compile(r"(?:\b\d[\w.,]*|[£$€]\d[\d.,]*|\b[A-Z][\w-]+)\s*,?\s+not\s+(?:a |an |the )?(?:\d|[£$€]\d|[A-Z])"
                                   r"|^\W*\w+(?: \w+)? not (?:a |an |the )?\w+(?: \w+)?\W*$"))
# a bare form or scope for the answer ("in kg", "for paying rent specifically", "per quarter please")
_TERSE_FORM = re.compile(r"^\W*(?:in|as|for|per|with|without|by|under|over|from) \w+(?: \w+){0,2}\W*$")
# the owner tells the assistant not to do something ("dont guess, look it up", "don't make her ask", "stop adding
# emoji"): what the reply did, refused
_DONT_DO = re.compile(r"(?:^|[.!;]\s+)(?:and |but |so |just |pls |please |ok |okay )?(?:don'?t|do not|stop|quit|no need to) "
                      r"(?!worry|bother|forget|mind|rush|stress|panic|be sorry)\w+")


def _credit_but(head: str) -> str | None:
    """The turn credits part of the answer and then, after "but"/"though" (in that sentence or opening the next:
    "Thank you, the code runs and the table is nice. But this is ..."), finds fault with the rest."""
    for b in _BUT_WORD.finditer(head):
        if not _CREDIT_PART.search(head[:b.start()]):
            continue
        after = _SENTENCE.match(head[b.end():].strip(" ,.;:-—–"))
        after = after.group(0) if after else ""
        if after.strip() and not _NOT_CORRECTION_AFTER_BUT.search(after) and "?" not in after:
            return head[b.start():b.start() + 40]
    return None


def _asks_new(head: str, request: str) -> str | None:
    """The turn opens with a question of its own ("why would the pdf ones be so slow", "does state tax come on
    top?", "what backing tracks for the improv bit?"), not the request's question again ("so what size screws"
    after "what size screws for ..."): the owner asks about the answer, a follow-up more often than a correction
    (round 7: 43 of 50 such turns over six authors were no correction). The question's opening words (its
    question word and the word after it) must not be the request's."""
    first = _SENTENCE.match(head)
    sentence = first.group(0).strip(" ,;:—–-") if first else ""
    m = _ASKS.match(sentence)
    if not m or _NOT_ASKING.match(sentence[m.start(1):]) or _CHALLENGE.search(sentence):
        return None
    lead = " ".join(_tokens(m.group(1)))
    return None if f" {lead} " in f" {' '.join(_tokens(request))} " else sentence[:60]


# feature name -> the correction kind it speaks for (None: speaks against a correction, or is context)
KIND = {
    "strong_phrase": "explicit", "ask_again": "explicit", "weak_no": "explicit", "backref": "echo",
    "quoted_echo": "echo", "shouted_echo": "echo", "again": "explicit", "resent": "repeat_narrow",
    "refuses": "reject_approach", "negated_echo": "reject_approach", "instead_of": "instead",
    "breaks_exclusion": "explicit", "grant_corrects": "partial", "grant_states": "partial", "want": "instead",
    "contrast": "instead", "prefer": "instead", "unwanted": "reject_approach", "minimiser": "repeat_narrow",
    "one": "repeat_narrow", "limit": "repeat_narrow", "short_repeat": "repeat_narrow", "form_asked": "repeat_narrow",
    "narrows": "repeat_narrow", "too": "explicit", "wait": "explicit", "already": "explicit",
    "alternative": "reject_approach", "doubt": "explicit", "challenges": "explicit", "fault": "explicit",
    "owned": "explicit", "assess": "explicit",
}


class Reading:
    """One follow-up read against its conversation: `follow` after `reply` (which answered `request`, with the owner's
    corrections since, `complaints`), answered by `next_reply`; `extra` is the config's phrases, compiled. Each
    relation (`_RELATIONS`) is computed once, when first read: the rules (`mining.rule_verdict`) and the score's
    features read many of the same ones, and ingest reads every follow-up."""

    def __init__(self, follow: str, reply: str | None, request: str = "", next_reply: str | None = None,
                 complaints: tuple[str, ...] = (), extra=None):
        self.follow, self.reply, self.request = follow, reply, request
        self.next_reply, self.complaints, self.extra = next_reply, complaints, extra



class _Lazy:
    """A relation of `Reading`, computed on first read and kept in the instance (which then shadows this)."""

    __slots__ = ("compute", "name")

    def __init__(self, name: str, compute):
        self.name, self.compute = name, compute

    def __get__(self, r: Reading, owner=None):
        value = r.__dict__[self.name] = self.compute(r)
        return value


def _said(m: re.Match | None) -> str | None:
    """A match's text without the punctuation around it (what `_first` returns)."""
    return (m.group(0).strip(" ,.;:!?") or m.group(0)) if m else None


_RELATIONS = {
    "head": lambda r: _head(r.follow),
    "stripped": lambda r: _INTERJECTION.sub("", r.head),
    "asked": lambda r: "\n".join([r.request, *r.complaints]),  # what was asked, the chain's corrections included
    "hw": lambda r: _content(r.head),
    "aw": lambda r: _content(r.asked),
    "question": lambda r: _question(r.reply),
    "strong": lambda r: _STRONG_RE.search(r.head) or (r.extra.search(r.head) if r.extra is not None else None),
    "ask_again": lambda r: _ASK_AGAIN_RE.search(r.head),
    "backref": lambda r: _first(_BACKREF, r.head),
    "quoted_echo": lambda r: _quoted_echo(r.head, r.asked),
    "shouted_echo": lambda r: _shouted_echo(r.follow, r.asked),
    "again": lambda r: _first(_AGAIN, r.head),
    "moves_on": lambda r: None if r.complaints else _moves_on(r.stripped, r.request, r.reply),
    "weak_no": lambda r: r.stripped.split(",")[0] if _weak_no(r.head) else None,
    "resent": lambda r: _resent(r.head, r.asked),
    "refuses": lambda r: _refuses(r.stripped),
    "negated_echo": lambda r: (_negated_echo(r.head, _content(r.request) | _content(r.reply))
                               if _NEGATOR_HINT.search(r.head) else None),
    "instead_of": lambda r: _first(_INSTEAD, r.head),
    "asks_new": lambda r: _asks_new(r.stripped, r.asked),
    "breaks_exclusion": lambda r: _breaks_exclusion(r.head, r.asked, r.reply),
    "answers": lambda r: r.question is not None and _answers(r.stripped, r.question, r.hw, r.aw, r.reply),
    "grant_corrects": lambda r: _grants_then_corrects(r.head),
    "grant_soft": lambda r: _grants_then_corrects(r.head, soft=True),
    "reanswers": lambda r: reanswers(r.reply, r.next_reply, r.asked),
    "short_repeat": lambda r: _short_repeat(r.head, r.hw, r.aw, r.reply),
    "form_asked": lambda r: _form_asked(r.head, r.reply),
    "narrows": lambda r: _narrows(r.head, r.reply, r.next_reply, r.asked),
    "challenges": lambda r: _challenges(r.head, r.reply),
    "owned": lambda r: _first(_OWNED, r.next_reply or ""),
    **{name: (lambda r, pat=pat: _first(pat, r.head)) for name, pat in (
        ("want", _WANT), ("contrast", _CONTRAST), ("prefer", _PREFER), ("one", _ONE), ("too", _TOO),
        ("alternative", _ALTERNATIVE), ("doubt", _DOUBT))},
    **{name: (lambda r, pat=pat: _stated(pat, r.head)) for name, pat in (
        ("unwanted", _UNWANTED), ("minimiser", _MINIMISER), ("limit", _LIMIT), ("wait", _WAIT), ("already", _ALREADY),
        ("fault", _FAULT))},
}

for _name, _compute in _RELATIONS.items():
    setattr(Reading, _name, _Lazy(_name, _compute))


def features(follow: str, reply: str, request: str, next_reply: str | None, complaints: tuple[str, ...] = (),
             extra=None) -> dict[str, str]:
    """The cues that hold for `follow` (the owner's turn after `reply`, which answered `request`), each with its
    evidence (a short quote, or the relation's name). `extra` is the config's extra phrases, compiled."""
    return features_of(Reading(follow, reply, request, next_reply, complaints, extra))


def features_of(r: Reading) -> dict[str, str]:
    """`features` of a turn being read (the relations the rules read already are not computed again)."""
    head = r.head
    if not head:
        return {}
    follow, reply, request, next_reply, complaints = r.follow, r.reply, r.request, r.next_reply, r.complaints
    stripped, hw, aw, question = r.stripped, r.hw, r.aw, r.question
    out: dict[str, str | None] = {}
    m = r.strong
    out["strong_phrase"] = m.group(0) if m else None
    out["ask_again"] = _said(r.ask_again)
    for name in ("weak_no", "backref", "quoted_echo", "shouted_echo", "again", "resent", "refuses", "negated_echo",
                 "instead_of", "breaks_exclusion", "grant_corrects"):
        out[name] = getattr(r, name)
    out["grant_states"] = None if out["grant_corrects"] else r.grant_soft
    for name in ("want", "contrast", "prefer", "one", "too", "alternative", "doubt", "unwanted", "minimiser", "limit",
                 "wait", "already", "fault"):
        out[name] = getattr(r, name)
    out["short_repeat"] = head[:40] if r.short_repeat else None
    for name in ("form_asked", "narrows", "challenges", "owned"):
        out[name] = getattr(r, name)
    out["assess"] = _first(_ASSESS, stripped)
    # --- what speaks against a correction: the turn is about something else ---
    out["moves_on"] = r.moves_on
    out["new_task"] = _first(_NEW_TASK, stripped)
    out["decline"] = _first(_DECLINE_RE, stripped)
    out["answers_question"] = question[:40] if r.answers else None
    out["yes_no"] = _first(_YES_NO, stripped) if question is not None else None
    out["body_rejected"] = _rejects_body(head, reply, question) if question is not None else None
    out["extends"] = (_first(_EXTEND, stripped) or _first(_MORE_WORK, stripped) or _next_step(stripped))
    out["accepts"] = _first(_ACCEPT, stripped)
    out["closer"] = "reply closed the exchange" if _closer(request, reply) else None
    out["weak_word"] = _first(_WEAK_RE, stripped)
    # --- the next reply: does it take the same request up again? ---
    if next_reply is None:
        out["no_next"] = "no reply yet"
    else:
        out["reanswers"] = "next reply re-answers the request" if r.reanswers else None
        nw, rw = _content(next_reply), _content(reply)
        out["next_shorter"] = "next reply shorter" if len(next_reply) <= 0.7 * len(reply) else None
        out["next_new_words"] = ("next reply about other things" if nw and len(nw & (rw | aw | hw)) < 0.2 * len(nw)
                                 else None)
        out["next_covers_more"] = ("next reply covers the request better"
                                   if aw and _cover(nw, aw) > _cover(rw, aw) else None)
    n = len(_tokens(head))
    out["short_turn"] = f"{n} words" if n <= 8 else None
    out["long_reply"] = "long reply" if len(reply) >= max(300, 4 * len(head)) else None
    out["echoes_request"] = ("uses the request's words" if hw and len(hw & aw) * 3 >= len(hw) else None)
    out["in_chain"] = "second correction in a row" if complaints else None
    # structure that transfers between owners (issue 14, leave-one-author-out): the owner takes the blame for
    # what was missing ("oops I meant the 19th", "sorry, forgot to say"), a terse turn after a long reply answered by a shorter one
    out["self_blame"] = _first(_SELF_BLAME, head)
    # round 5 (leave-one-author-out over four authors): relations that do not depend on an author's phrasing
    rw_ = _content(reply)
    out["missed_request_word"] = (next(iter(sorted(hw & aw - rw_)))
                                  if request and hw & _content(request) - rw_ else None)
    out["picks_reply_word"] = next(iter(sorted(hw & rw_ - aw))) if hw & rw_ - aw else None
    out["new_words"] = "mostly words of neither" if len(hw) >= 3 and len(hw - aw - rw_) >= 0.7 * len(hw) else None
    sentences = [x.strip() for x in _SENTENCE.findall(head) if x.strip()]
    out["asks"] = "ends on a question" if sentences and sentences[-1].endswith("?") else None
    out["ends_closing"] = "ends by closing" if len(sentences) > 1 and _closing(sentences[-1]) else None
    out["credits"] = _first(_CREDITS, head)
    out["praises"] = next((x[:40] for x in sentences if "?" not in x and _PRAISE.search(x) and not _CRITIQUE.search(x)
                           and not _FAULT_WORD.search(x)), None)
    # round 7: the turn opens with a question of its own (not the request's again): a follow-up about the answer
    out["asks_new"] = r.asks_new
    out["owner_fact"] = next((x[:40] for x in sentences if "?" not in x and _OWNER_FACT.match(x)), None)
    if next_reply is not None:
        nw = _content(next_reply)
        out["revises"] = "next reply redoes the reply" if nw and len(nw & rw_) >= 0.4 * len(nw) else None
        out["concedes"] = _first(_CONCEDES, next_reply)
        out["same_size"] = "next reply of similar size" if 0.5 <= len(next_reply) / max(len(reply), 1) <= 1.6 else None
    if next_reply is not None:
        out["terse_reask"] = ("terse turn, long reply, shorter answer next" if out["short_turn"] and out["long_reply"]
                              and out["next_shorter"] else None)
    out["credit_but"] = _credit_but(head)
    out["terse_please"] = head[:40] if n <= 8 and _PLEASE.search(head) and not _ASKS_YOU.search(head) else None
    out["x_not_y"] = _first(_X_NOT_Y, follow)
    out["dont_do"] = _first(_DONT_DO, head)
    out["terse_form"] = _first(_TERSE_FORM, _PLEASE.sub("", head).strip())
    return {k: v for k, v in out.items() if v}
