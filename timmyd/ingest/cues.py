"""Structural cues: how the owner's next turn relates to the request, the reply and the reply after it.

Each function reads one relation (`mining.judge` orders them); the phrases they use are in `phrases.py`."""

from __future__ import annotations

import functools
import re

from timmyd.ingest.phrases import (
    _ACCEPT,
    _ACK,
    _BUT,
    _CHALLENGE,
    _CRITIQUE,
    _EXTEND,
    _FIRST_CLAUSE,
    _GRANT_CLAUSE,
    _GRANT_MORE,
    _GRANT_WORDS,
    _MORE_WORK,
    _NOT_CORRECTION_AFTER_BUT,
    _OFFER,
    _RESULT_SUBJECT,
    _SENTENCE,
    _STILL_WRONG,
    _YES_NO,
    PhraseSet,
    _head,
)
from timmyd.ingest.words import _NEG_IDIOMS, _NEGATORS, _STOP, _WORD, _content, _cover, _stem, _tokens

# a sentence of a reply: a full stop inside a word ("WorldEditPlus.jar", "1.20.4", "e.g.") does not end it
_REPLY_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=[^\s.!?]))+[.!?]*")
_SHORT_ASK = 220  # a reply this short that asks has asked instead of answering


@functools.lru_cache(maxsize=256)
def _question(reply: str) -> str | None:
    """The reply's closing question or offer ("... Want me to schedule one?"), if it ends on one. A short reply
    that asks in one of its last two sentences asked too, though a remark follows the question ("Have you got
    coconut milk or yoghurt? That decides which way I'd go.", round 7: the owner's answer is no correction)."""
    sentences = _REPLY_SENTENCE.findall(reply.strip()[-400:].replace("\u2019", "'"))
    tail = [x.strip() for x in sentences[-2:] if x.strip()]
    asked = [x for x in tail if "?" in x or _OFFER.search(x.lower())]
    return " ".join(asked) if asked and (asked[-1] == tail[-1] or len(reply.strip()) <= _SHORT_ASK) else None


def _rejects_body(head: str, reply: str, question: str) -> str | None:
    """A negated echo of what the reply's body did, not of what its closing offer proposes ("not a pivot table"
    after a pivot-table answer that ends "I can also chart it"): the owner rejects the answer, not the offer."""
    body = reply.strip().replace("\u2019", "'")
    cut = body.rfind(question[:30]) if question else -1
    body = body[:cut] if cut >= 0 else body  # a reply that is all question has no body
    return _negated_echo(head, _content(body)) if body.strip() else None


def _answers(head: str, question: str | None, fw: frozenset[str], rw: frozenset[str], reply: str) -> bool:
    """Does the turn answer the reply's closing question rather than react to the answer? The reply is
    little more than the question, or the turn starts with yes/no, or it is about the question at least as
    much as about the request."""
    if question is None:
        return False
    if _YES_NO.match(head) or len(question) >= 0.7 * len(reply.strip()):
        return True
    qw = _content(question)
    return bool(fw & qw) and len(fw & qw) >= len(fw & (rw - qw))


def _negated_echo(head: str, targets: frozenset[str]) -> str | None:
    """A negation followed closely by a word of the request or the reply: "I'm not uploading it", "no 'journey'",
    "isn't quick", "ohne Auto". The owner refuses something the reply did or says the request was not met."""
    for sentence in _SENTENCE.findall(head):
        if "?" in sentence or _QUESTION_START.match(sentence.strip()) or _FIXED.search(sentence):
            continue  # "does it work without internet?" asks; "no errors now" reports a fix
        hit = _negated_word(_tokens(sentence), targets)
        if hit:
            return hit
    return None


_NEGATOR_HINT = PhraseSet.of(re.compile(r"n't\b|\b(?:" + "|".join(sorted(_NEGATORS)) + r")\b|\bnon-"))
_QUESTION_START = re.compile(r"^(?:and |but |so )?(?:how|what|why|when|where|which|who|is|are|does|do|did|can|could|will|"
                             r"would|should|won'?t|wouldn'?t|doesn'?t|don'?t|isn'?t|aren'?t|can'?t|shouldn'?t)\b")
_FIXED = re.compile(r"\b(?:now|anymore|any more|no longer)\b")


def _negated_word(toks: list[str], targets: frozenset[str]) -> str | None:
    for k, t in enumerate(toks):
        neg = t in _NEGATORS or t.endswith("n't")
        if t.startswith("non-") and _stem(t[4:]) in targets:
            return t
        if not neg:
            continue
        for w in toks[k + 1: k + 5]:
            if w in _NEG_IDIOMS:
                break
            if w in _STOP:
                continue
            if _stem(w) in targets and (len(w) > 1 or w.isdigit()):
                return f"{t} … {w}"
            break  # only the first content word after the negation
    return None


def _negated_stems(toks: list[str]) -> tuple[set[str], set[str]]:
    """(stems a negation covers, stems used outside one): "no mushrooms (partner hates them)" excludes mushroom."""
    negated, plain = set(), set()
    pending = False
    for t in toks:
        if t in _NEGATORS or t.endswith("n't"):
            pending = True
        elif t in _STOP:
            continue
        elif pending:
            negated.add(_stem(t))
            pending = False
        else:
            plain.add(_stem(t))
    return negated, plain


def _breaks_exclusion(head: str, asked: str, reply: str) -> str | None:
    """The owner names a thing the request excluded ("no mushrooms") that the reply brought anyway, not under a
    negation of its own ("1. Creamy mushroom risotto" - "mushroom risotto is literally first"): the reply broke a
    stated constraint and the owner points at it."""
    excluded, _ = _negated_stems(_tokens(asked))
    if not excluded:
        return None
    _, brought = _negated_stems(_tokens(reply))
    hits = excluded & brought & _content(head)
    return next(iter(sorted(hits))) if hits else None


_QUOTED = re.compile(r"\"([^\"]{2,80})\"|(?:^|(?<=[\s(]))'([^']{3,80})'(?=$|[\s.,;:!?)—–-])")


def _quoted_echo(head: str, request: str) -> str | None:
    """A quoted piece of the request thrown back ('"not cringe" was the one instruction')."""
    if '"' not in head and "'" not in head:
        return None
    req = " ".join(_tokens(request))
    for m in _QUOTED.finditer(head):
        quote = " ".join(_tokens(m.group(1) or m.group(2)))
        if quote and f" {quote} " in f" {req} ":
            return m.group(0)
    return None


_REFUSE = re.compile(r"^(?:no|not|without|ohne|sin|sans|senza|sem|zonder) (?:more )?([^\W\d_][\w'-]*)")
# "not yet", "not today", "not necessarily": a refusal of nothing the reply did
_NOT_A_THING = frozenset("yet today tonight tomorrow necessarily exactly entirely everything anything urgent important "
                         "bothered fussed worried surprised".split())


def _refuses(head: str) -> str | None:
    """The turn opens by refusing a kind of thing: "no spreadsheet please", "not regex", "ohne Auto"
    (a statement, not "no lemons here, is lime ok?", not a fix reported: "no errors now")."""
    m = _REFUSE.match(head)
    if not m or m.group(1) in _NEG_IDIOMS or m.group(1) in _STOP or m.group(1) in _NOT_A_THING:
        return None
    first = _SENTENCE.match(head)
    sentence = first.group(0) if first else head
    return None if "?" in sentence or _FIXED.search(sentence) else m.group(0)


_CAPS = re.compile(r"\b[A-Z]{3,}\b")


def _resent(head: str, request: str) -> str | None:
    """The owner sends the request again, (nearly) word for word: it was not answered."""
    fw = _content(head)
    if len(fw) < 3:
        return None
    rw = _content(request)
    return head[:60] if len(fw & rw) >= 0.8 * len(fw | rw) else None


def _shouted_echo(follow: str, request: str) -> str | None:
    """A word of the request written in capitals ("firm but POLITE"), where the request did not write it so."""
    shouted = [w for w in _CAPS.findall(follow) if w not in request]
    if not shouted:
        return None
    lower = _content(request)
    return next((w for w in shouted if _stem(w.lower()) in lower), None)


def _short_repeat(head: str, follow_words: frozenset[str], request_words: frozenset[str], reply: str) -> bool:
    """A short turn after a long reply, made of the request's own words ("the date in 2027", "so what size
    screws"): the owner asks again for what the reply buried."""
    n = len(_tokens(head))
    return (0 < n <= 10 and len(reply) >= max(150, 3 * len(head)) and bool(follow_words)
            and len(follow_words & request_words) * 2 >= len(follow_words))


_LATER_BUT = re.compile(r"[,;.—–]\s*(?:but|though|however)\b")


_ASKS_MORE = re.compile(r"^(?:can|could|would|will) (?:you|u)\b")


def _grants_then_corrects(head: str, soft: bool = False) -> str | None:
    """'better, but ...', 'three lines now, but ...', 'much better. the last line's still ...': a short first
    clause that grants progress, then a 'but' that is no question or extension, or a later 'still'/'again'.
    With `soft`, also a plain grant whose 'but' goes on to state something of the result ("works, but there's a
    white flash", "love the vibe but that's over 150 characters"): the owner reports what is still off in
    words no list holds, so `judge` wants the next reply to take the request up again before it counts."""
    m = _GRANT_CLAUSE.match(head)
    more = bool(m) and bool(_GRANT_MORE.search(m.group(1)))
    if not m or len(m.group(1).split()) > 6 or not (more or _GRANT_WORDS.search(m.group(1))):
        return None
    rest = head[m.end():]
    b = _BUT.match(rest)
    if not b and more:  # "closer, no framework at least, but now ...": a comparative grant's "but" may come later
        later = _LATER_BUT.search(rest)
        if later:
            rest = rest[later.start():]
            b = _BUT.match(rest)
    if b:
        after = rest[b.end():].strip(" ,.;:-—–")
        if not after or _NOT_CORRECTION_AFTER_BUT.search(after):
            return None
        if more or _CRITIQUE.search(after) or (soft and _RESULT_SUBJECT.match(after) and "?" not in after):
            return m.group(0) + b.group(0)
        return None
    nxt = _FIRST_CLAUSE.match(rest.lstrip(" .;!—–-")).group(0)
    fault = _STILL_WRONG.search(nxt)
    # after a plain grant, a new request ("perfect. can you remember that so I don't have to ask again") is more
    # work, not the fault come back (round 6)
    if fault and not more and _ASKS_MORE.match(nxt):
        return None
    if fault and not _NOT_CORRECTION_AFTER_BUT.search(nxt):
        return m.group(0) + " … " + fault.group(0)
    return None

# --- closing turns and new requests: what a follow-up is not about ---------------------------------------

_THANKS = re.compile(r"\b(?:thanks|thank you|thx|thnx|ty|ta|cheers|merci|danke|gracias|grazie|obrigad[oa]|bedankt|dank je)\b")
_ACK_START = re.compile(r"^(?:" + _ACK + r")\b")
# a sentence that asks for something: a question word, "can you ...", or an imperative of asking
_REQUEST_OPENER = re.compile(r"^(?:and |so |but |instead,? )?(?:(?:can|could|would|will) (?:you|u|we|i)|what|how|which|where|when|why|who|"
                             r"is there|are there|any|please|help me|i need|i want|i'?d like|let'?s|suggest|recommend|give me|"
                             r"tell me|show me|find|write|draft|make)\b")
# the first sentence closes a topic ("no more git today", "enough about the neck", "never mind that")
_CLOSE_TOPIC = re.compile(r"^(?:no more|enough (?:of |about |with )?|that'?s enough|done with|never ?mind|forget (?:it|that|about)|"
                          r"let'?s leave|leave (?:it|that) (?:there|for now))\b")


def _closing(turn: str) -> bool:
    """An owner turn that only closes the exchange: thanks, approval, a pleasantry ("thx", "nice, that helps
    already", "good to know"), with no question and no request in it."""
    head = _head(turn)
    if "?" in head or len(head.split()) > 8 or _EXTEND.search(head) or _MORE_WORK.search(head):
        return False
    return bool(_ACCEPT.match(head) or _ACK_START.match(head) or _THANKS.search(head) or not _WORD.search(head))


def _closer(request: str, reply: str) -> bool:
    """The reply answered no request: it is short and the turn before it only closed the exchange ("thx" -
    "Sure."), or that turn only reported something, asking nothing ("casting on now" - "Enjoy."). The last line
    of `request` is that turn (`_request` may put an earlier question's turn first)."""
    if len(reply) > 160 or "\n" in reply.strip():
        return False
    last = request.rsplit("\n", 1)[-1]
    return _closing(last) or (len(reply) <= 60 and "?" not in reply and _statement(last))


def _statement(turn: str) -> bool:
    """A short owner turn that reports and asks for nothing: no question, no request opener in any sentence."""
    head = _head(turn)
    return (0 < len(head.split()) <= 8 and "?" not in head
            and not any(_REQUEST_OPENER.match(s.strip(" ,;:—–-")) for s in _SENTENCE.findall(head)))


def _next_step(head: str) -> str | None:
    """An acknowledgement, then the next step: "ok did soft. now I want to split those changes" (a first sentence
    that starts by accepting and finds no fault, and a later one that goes on like `_EXTEND`)."""
    sentences = [s.strip(" ,;:—–-") for s in _SENTENCE.findall(head)]
    if len(sentences) < 2 or not _ACK_START.match(sentences[0]) or _CRITIQUE.search(sentences[0]):
        return None
    return next((s[:60] for s in sentences[1:] if _EXTEND.match(s)), None)


def _new_request(text: str, related: frozenset[str]) -> str | None:
    """A sentence of `text` asks for something (a question, "can you ...") and `text` shares no content word with
    `related` (the request and the reply it follows) nor points back at them ("can you do it with X?"): a new
    task, whatever words it opens with."""
    words = _content(text)
    if len(words) < 3 or words & related or _POINTS_BACK.search(text):
        return None
    for sentence in _SENTENCE.findall(text):
        sentence = sentence.strip(" ,;:—–-")
        if "?" in sentence or _REQUEST_OPENER.match(sentence):
            return sentence[:60]
    return None


_POINTS_BACK = re.compile(r"\b(?:it|them|this one|that one|these|those|the same|your \w+|you (?:said|gave|suggested|wrote))\b")


def _moves_on(head: str, request: str, reply: str) -> str | None:
    """The follow-up starts something new instead of reacting to the reply.

    - After a closer (`_closer`: "thx" - "Sure."), nothing was asked, so nothing can be corrected: a turn
      that shares no word with either and asks something, or says four content words' worth, moves on
      ("no more neck talk, promise. can you suggest a desk chair ...").
    - Anywhere, a first sentence that closes a topic ("no more git today", "enough about X") followed by a
      request sharing no word with the request or the reply is a new task, not a refusal of the reply."""
    related = _content(request) | _content(reply)
    if _closer(request, reply):
        ask = _new_request(head, related)
        words = _content(head)
        if ask or (len(words) >= 4 and not words & related):
            return ask or head[:60]
    first = _SENTENCE.match(head)
    if first and _CLOSE_TOPIC.match(head):
        return _new_request(head[first.end():], related)
    return None


# --- soft cues of a narrowed request ----------------------------------------------------------------------

_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?)"
# a limit on the answer's size: "two lines max", "at most 3", "no more than 50 words", "under 100 words"
_LIMIT = re.compile(r"\b" + _NUM + r"\s+(?:[^\W\d_]+\s+){0,2}(?:max|maximum|tops|at most|or less|or fewer|or under)\b"
                    r"|\b(?:max|maximum|at most|no more than|no longer than|under|less than|fewer than)\s+" + _NUM + r"\b")
# a fragment naming the form the answer should take: "a number", "steps", "one word", "the command"
_FORM = re.compile(r"^(?:just |only |simply )?(?:in |as )?(?:the |a |an |one )?(?:single |short |plain |exact |rough |actual |real )?"
                   r"(?:number|figure|word|name|command|one-liner|list|steps?|step by step|yes or no|table|sentence|line|link|"
                   r"date|time|price|total|count|code|snippet|example|answer|summary|formula|recipe|script|url|bullet points?)s?$")
# the owner does not want what the reply brought: "I don't want the photos in anyone's cloud", "we don't need X"
_UNWANTED = re.compile(r"\b(?:i|we) (?:really |just |also )?(?:don'?t|do not|didn'?t|did not) (?:want|need)\b(?! to know\b)")


def _form_asked(head: str, reply: str) -> str | None:
    """A short turn after a long reply with a sentence or clause that only names the answer's form ("roughly how
    many. a number", "yes but how do I share it. steps", "is it mounted, yes or no"): the reply did not give it."""
    if len(_tokens(head)) > 12 or len(reply) < 150:
        return None
    for sentence in _SENTENCE.findall(head):
        for clause in sentence.split(","):
            if _FORM.match(clause.strip(" ,.;:!?—–-")):
                return clause.strip()
    return None


def _narrows(head: str, reply: str, next_reply: str | None, request: str) -> str | None:
    """A short statement after a long reply, answered by a shorter reply ("3 I can do at my desk", "we're on good
    terms, make it a friendly whatsapp message"): the owner added a constraint and the assistant cut its answer
    down to it. The shorter reply must be a fresh answer, not a remark ("keybr it is" - "Turn on blind mode."):
    an answer's length (100 characters), and about the same things as the reply it replaces (it covers the
    request as well, or a third of its words are that reply's)."""
    n = len(_tokens(head))
    if (not 0 < n <= 10 or "?" in head or len(reply) < 300 or len(reply) < 4 * len(head)
            or next_reply is None or not 100 <= len(next_reply) <= 0.7 * len(reply)):
        return None
    nw, aw, rw = _content(next_reply), _content(reply), _content(request)
    if (rw and _cover(aw, rw) > 0 and _cover(nw, rw) >= _cover(aw, rw)) or len(nw & aw) >= 0.3 * len(nw):
        return head[:60]
    return None


def _challenges(head: str, reply: str) -> str | None:
    """A question expecting "yes" to a doubt about what the reply said ("isn't Sydney still on daylight saving
    mid-March?", "--hard throws away the changes, doesn't it??"): it shares a word with the reply. A soft cue: a
    question that only checks ("the museum's free on sundays, isn't it?" - "Yes.") gets no fresh answer."""
    for sentence in _SENTENCE.findall(head):
        s = sentence.strip()
        if "?" in s and _CHALLENGE.search(s) and _content(s) & _content(reply):
            return s[:60]
    return None


def reanswers(reply: str, next_reply: str | None, request: str) -> bool:
    """Does the next reply take up the same request again (rather than a new task or a closing word)?
    It covers the request at least as well as the reply it followed did, or reuses that reply's words."""
    if next_reply is None:
        return True  # nothing after it: no pair hangs on the answer
    nw, aw, rw = _content(next_reply), _content(reply), _content(request)
    if rw and (nw & rw) and _cover(nw, rw) >= _cover(aw, rw):
        return True
    return len(nw & aw) >= 2 and len(nw & aw) >= 0.1 * len(nw)


def _stated(pattern: re.Pattern, text: str) -> str | None:
    """`pattern` in a sentence that is not a question ("only 9 minutes? perfect" asks, it does not narrow)."""
    for sentence in _SENTENCE.findall(text):
        if "?" not in sentence and (hit := _first(pattern, sentence.strip())):
            return hit
    return None


def _first(pattern: re.Pattern, text: str) -> str | None:
    m = pattern.search(text)
    return m.group(0).strip(" ,.;:!?") or m.group(0) if m else None
