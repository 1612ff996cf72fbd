"""What the owner says: the phrase patterns of the mining rules (`mining.judge` reads them).

Matched on the lower-cased head of a user turn (`_head`). The structural rules that use them are in `cues.py`."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

# Evidence that a user turn corrects the previous reply, matched on the lower-cased head of the turn
# (its first paragraph, 300 characters at most, so pasted text further down cannot trigger it).
_S = r"(?:^|[.!?;:]\s+|,\s*)"  # start of the turn or of a clause
_NOT_THANKS = r"(?<!exactly what )(?<!just what )(?<!that's what )(?<!that is what )(?<!thats what )"  # "exactly what I wanted"
_STRONG = [
    r"(?:that'?s|that is|this is|it'?s|its|you'?re|you are)\s+(?:\w+\s+)?(?:wrong|incorrect|not right|not correct|not true|a mistake)\b",
    r"(?<=\w )(?<!what )(?<!what's )(?<!anything )(?<!something )(?<!nothing )(?:is|are|was|were)\s+(?:\w+\s+)?(?:wrong|incorrect)\b",
    r"(?:that'?s|this is|it'?s) not (?:it|right|correct|true|what i|the one|how)\b",
    r"\byou (?:didn'?t|did not) (?:answer|read|listen|understand|get)\b",
    r"\bi (?:didn'?t|did not) ask (?:for|about)\b",
    _S + r"(?:still|same) (?:error|broken|failing|fails|doesn'?t|does not|not working|not right|wrong|the same)\b",
    r"\bstill (?:get(?:ting)?|see(?:ing)?|have|having) (?:the |that |an |this )?(?:same )?error\b",
    r"^(?:wrong|incorrect)\b",
    r"(?:that'?s|this is|it'?s|now it'?s) (?:even |much |way |a lot |actually )?worse\b",  # round 6: the retry made it worse
    r"\bnot what i (?:asked|meant|wanted|want|said|need|needed|was asking)\b",
    _NOT_THANKS + r"\bi (?:said|meant|asked for|was asking|wanted)\b",
    _S + r"(?:that'?s |this is |it'?s |still |way |far |much |a bit |bit |a little |even )*too (?:long|much|verbose|wordy|formal|"
    r"complicated|complex|detailed|technical|vague|generic|short|brief|basic|many|chatty|fluffy)\b",
    r"(?:that'?s|this is|it'?s) (?:way |much |far |even )?(?:longer|wordier|more complicated|worse) than\b",
    # any "too <adjective>" when an intensifier or a verdict verb says it is a judgement ("way too salesy",
    # "reads too stiff"), not "it's too late" or "too bad"
    r"\b(?:way|far|much|a bit|a little|a tad|slightly|kinda|still|even|that'?s|this is|sounds|reads|feels|looks) too "
    r"(?!(?:late|early|bad|soon|kind|good|funny|cute|sweet|true|real|perfect|cool)\b|much (?:for|to)\b)[^\W\d_]{3,}",
    _S + r"(?:that |it |this )?(?:still )?(?:didn'?t|doesn'?t|does not|did not|won'?t) (?:work|help)\b",
    _S + r"(?:it'?s |that'?s |this is |still )?not working\b",
    r"(?:that'?s|it'?s|you'?re) (?:way |totally |completely |a bit )?off\b",
    r"^i (?:already )?know (?:what|how|that)\b",
    r"\byou (?:misunderstood|misread|mixed (?:it |them |that )?up|confused|got (?:it|that|this) (?:wrong|backwards))\b",
    r"\b(?:the )?other way (?:a)?round\b|\b(?:doesn'?t|didn'?t|does not|did not) answer (?:my|the) question\b"
    r"|\bmiss(?:ing|ed) the point\b|\b(?:useless|not helpful|unhelpful)\b",
    r"\byou(?:'ve| have)? (?:forgot|forgotten|missed|ignored|left out|skipped)\b",
    # the same verdicts in the other languages owners write in (de, es, fr, it, pt, nl)
    r"\b(?:das ist|ist|stimmt) (?:\w+ )?(?:falsch|nicht richtig)\b|\bstimmt (?:doch |so |einfach |gar )?nicht\b|\b(?:está|es) (?:\w+ )?(?:mal|incorrecto)\b"
    r"|\bc'est (?:\w+ )?(?:faux|pas (?:ça|ce que))\b|\b(?:è|é) (?:\w+ )?(?:sbagliato|errado)\b|\bklopt niet\b",
    # "too <adjective>": French, Italian and Spanish "too" is its own word, so any adjective after it is a verdict
    # ("beaucoup trop solennel"); German and Portuguese need the intensifier ("viel zu förmlich") or the word
    r"\b(?:viel|etwas|bisschen|wenig) zu [^\W\d_]{3,}|\bzu (?:lang|kompliziert|ausführlich|förmlich|lässig)\b"
    # (not the colloquial praise: "trop bien", "troppo bello", "demasiado bueno")
    r"|\btrop (?!(?:de|peu|tard|tôt|bien|cool|mignon|mignonne|beau|belle|bon|bonne|drôle|top|fort|génial|chou|stylé)\b|d')[^\W\d_]{3,}"
    r"|\btroppo (?!(?:tardi|presto|bello|bella|forte|carino|carina|bravo|brava|buono|buona|gentile)\b)[^\W\d_]{3,}"
    r"|\bdemasiado (?!(?:tarde|pronto|bueno|buena|bonito|bonita)\b)[^\W\d_]{3,}|\bmuito (?:longo|complicado|formal)\b|\b[^\W\d_]{4,} demais\b",
]
# Requests for a different reply ("just the command", "skip the intro"): corrections too, except where they
# answer the reply's closing offer ("Shall I update the README too?" - "No, just the code").
_ASK_AGAIN = [
    r"\bmake it (?:shorter|briefer|simpler|more concise|less verbose)\b",
    r"\btl;? ?dr\b",
    r"^(?:please )?try again\b",
    _S + r"just (?:give|tell|show|fix|answer|say|list|write|the(?! (?:thing|ticket|job|trick)\b))\b",
    _S + r"(?:skip|drop|cut|lose|ditch|spare me) (?:the|all the|that)\b",
    _S + r"(?:shorter|briefer|simpler|less verbose|more concise|be brief|be concise|keep it short)\b",
    r"\bshorter,? please\b",
    _S + r"(?:stop|quit) (?:saying|using|adding|with)\b",
]
# A turn that only *starts* like a correction ("No, ...", "Actually, ...") is one unless it declines
# an offer or asks for more work.
# "no" as an answer word ("No, ...", "no it's ...", "nope."), not "no lemons in the house"
_WEAK = (r"^(?:no|nope|nah|nein|non|nee)(?:\s*[,.!:;—–-]|\s*$|\s+(?:it|that|this|these|those|i|you|the|its|thats|not|but|"
         r"i'm|i've|i'd|it's|that's|you're|we|wait|sorry|actually)\b)|^(?:actually|not quite|not really)\b")
_INTERJECTION = re.compile(r"^(?:hm+|um+|uh+|ugh|well|oh|ah)\b[,.!]*\s*")
_DECLINE = (r"^(?:no|nope|nah)[.!]*$|^(?:no|nope|nah)\b[\s,.!—–-]*(?:thanks|thank you|thx|ty|that'?s (?:all|it|fine|ok)|all good|"
            r"i'?m (?:good|fine|ok|all set)|need|worries|problem|not now|later|it'?s fine|that'?s fine|"
            r"nothing|i'?m done|we'?re done|all set|don'?t bother|leave it|skip it|not necessary|not needed|makes sense|"
            r"got it|perfect|great|cool|ok|okay|it works|it worked|works|worked)\b|^no way\b")
_FOLLOW_UP = (r"\b(?:also|as well|additionally|one more|another|different thing|unrelated|btw|by the way|"
              r"while i'?m here)\b|\btoo\s*[.!?]*$")
_FIRST_CLAUSE = re.compile(r"^[^.?!\n]*")


def _compile(patterns: Iterable[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_NEVER = re.compile(r"(?!)")


try:  # the parser of the `re` module: private, so a Python without it searches every alternative (same answers)
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    _sre = _sre_parse = None


def _needed(pattern: str) -> frozenset[str] | None:
    """Strings of which a match of `pattern` must contain at least one ("wrong" or "incorrect" for "that's
    (?:wrong|incorrect)"), read from the parsed pattern; None when it has none worth checking (under 3 characters)."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _needed_in(list(parsed))


def _needed_in(items: list) -> frozenset[str] | None:
    """Each item of a sequence must match, so each one's need is the sequence's: the most selective is kept (the one
    whose shortest string is longest). A run of literal characters needs itself; a group or a repeat of at least
    one needs what its body needs; alternatives need what any of them needs. Assertions and classes need nothing."""
    best: frozenset[str] | None = None

    def keep(need: frozenset[str] | None) -> None:
        nonlocal best
        if need and min(map(len, need)) >= 3 and (best is None or min(map(len, need)) > min(map(len, best))):
            best = need

    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        keep(frozenset({"".join(run)}) if run else None)
        run = []
        if op is _sre.SUBPATTERN and not av[1] and not av[2]:  # (no inline flags)
            keep(_needed_in(list(av[3])))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            keep(_needed_in(list(av[2])))
        elif op is _sre.BRANCH:
            each = [_needed_in(list(alt)) for alt in av[1]]
            if all(each):
                keep(frozenset().union(*each))
    keep(frozenset({"".join(run)}) if run else None)
    return best


def _alternatives(source: str) -> list[str]:
    """`source` cut at its top-level `|` (not inside a group, a class or after a backslash)."""
    out, start, depth, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if source[i + 1:i + 2] == "]" or source[i + 1:i + 3] == "^]":  # "[]...]": the first "]" is a member
                i += 2 if source[i + 1] == "]" else 3
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    return out + [source[start:]]


class PhraseSet:
    """Phrase patterns searched as one alternation, but only over the alternatives whose needed strings (`_needed`)
    occur in the text. Why: most alternatives open with a word boundary or a lookbehind, so `re` tries every one at
    every position of the turn (the verdict list cost ~25 us on a turn of a hundred characters, and every follow-up is
    read); an alternative that cannot match is left out, so the answer is the plain alternation's (the leftmost
    match, and there the first alternative that matches)."""

    def __init__(self, patterns: Iterable[str]):
        self.patterns = tuple(patterns)
        self.regex = _compile(self.patterns)  # every alternative: used when all of them may match
        always, by_string = 0, {}
        for i, p in enumerate(self.patterns):
            need = _needed(p)
            if need is None:
                always |= 1 << i
            else:
                for w in need:
                    by_string[w] = by_string.get(w, 0) | 1 << i
        self._always, self._strings = always, tuple(by_string.items())
        self._every = (1 << len(self.patterns)) - 1
        self._some: dict[int, re.Pattern] = {}

    @classmethod
    def of(cls, regex: re.Pattern) -> PhraseSet | re.Pattern:
        """The same pattern as a `PhraseSet` when it is an alternation without flags (else itself)."""
        alts = _alternatives(regex.pattern)
        return cls(alts) if len(alts) > 1 and regex.flags == re.UNICODE else regex

    def match(self, text: str) -> re.Match | None:
        return self._pick(text).match(text)

    def search(self, text: str) -> re.Match | None:
        return self._pick(text).search(text)

    def _pick(self, text: str) -> re.Pattern:
        """The alternation of the alternatives that may match `text`."""
        mask = self._always
        for w, bits in self._strings:
            if w in text:
                mask |= bits
        if mask == self._every:
            return self.regex
        some = self._some.get(mask)
        if some is None:
            if len(self._some) >= 4096:
                self._some.clear()
            some = self._some[mask] = _compile(p for i, p in enumerate(self.patterns) if mask >> i & 1) if mask else _NEVER
        return some


_STRONG_RE, _ASK_AGAIN_RE = PhraseSet(_STRONG), PhraseSet(_ASK_AGAIN)
_WEAK_RE, _DECLINE_RE, _FOLLOW_RE = re.compile(_WEAK), re.compile(_DECLINE), re.compile(_FOLLOW_UP)


@functools.lru_cache(maxsize=1024)  # every cue reads the same turn's head: make it once
def _head(text: str) -> str:
    t = text.strip().lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    t = t.split("\n\n", 1)[0].split("```", 1)[0]
    return " ".join(t.split())[:300]


def _weak_no(head: str) -> bool:
    """'No, ...' / 'Actually, ...' that neither declines nor asks for more work (the old rule's second half)."""
    head = _INTERJECTION.sub("", head)
    return bool(_WEAK_RE.search(head)) and not (
        _DECLINE_RE.search(head) or _FOLLOW_RE.search(_FIRST_CLAUSE.match(head).group(0)))


_CLAUSE_START = r"(?:^|[.!?;:,—–]\s*|\s-\s+|\bthen\s+)"
# the owner points back at what was asked: "I said", "I asked what works", "I did say", "like I asked"
_BACKREF = re.compile(r"\bi did (?:say|ask|mention|write|specify)\b|" + _NOT_THANKS + r"\bi (?:\w+ )?(?:said|asked|wrote|meant|specified|mentioned|told you)\b(?! (?:my|him|her|them|someone|a friend|around)\b)"
                      r"|\bthe (?:one |only )?thing i (?:asked|said|need|needed|want|wanted)\b|\b(?:word|words|phrase) i used\b"
                      r"|\b(?:was|were) (?:the|my) (?:whole |only )?(?:question|point)\b"
                      r"|\bich (?:habe |hab )?(?:doch |ja )?(?:gesagt|geschrieben|gefragt)\b|\b(?:te )?(?:dije|pedí|escribí)\b"
                      r"|\bj'ai (?:bien )?(?:dit|demandé|écrit)\b|\bho (?:detto|chiesto|scritto)\b|\beu (?:disse|pedi)\b"
                      )
# a complaint that the same fault came back: "you're padding it again", "you did it again"
_AGAIN = re.compile(r"(?<!thank )(?<!thanks )\byou(?:'re| are|'ve| have| did| made| keep| still)\s+(?:\w+\s+){0,3}?again\b"
                    r"|\bagain with the\b")
# grants progress, then corrects: "better, but ...", "closer, but still ...", "much better. the last line's still ..."
# a comparative grants that the reply improved on an earlier one: what follows "but" corrects it again; a plain
# "good/ok/thanks, but ..." only does when the rest finds fault ("good, but it still ...", not "great, but I'll ...")
# (round 6: comparatives of a quality the owner wanted, "much nicer", "way friendlier", grant progress too)
_GRANT_MORE = re.compile(r"\b(?:better|closer|close|nearly|almost|nearer|shorter|clearer|simpler|cleaner|tighter|improved|"
                         r"improvement|progress|there|besser|mejor|mieux|meglio|melhor|beter)\b"
                         r"|\b(?:nicer|friendlier|warmer|softer|calmer|funnier|smoother|neater|easier|lighter|happier)\b")
_GRANT_WORDS = re.compile(r"\b(?:good|great|nice|fine|right|correct|works?|worked|now|start|perfect|ok|okay|thanks|sure|"
                          r"love|like|liked|loved|fun|cute|pretty|solid|decent|"
                          r"yes|yeah|cool|lovely|fair)\b")
_CRITIQUE = re.compile(r"n't\b|\b(?:not|no|never|still|wrong|too|only|just|missing|missed|forgot|again|over|under|instead|"
                       r"rather|should|shouldn't|drop|remove|cut|lose|skip|make it|change|fix|less|fewer|more|please|can we|"
                       r"could you|can you|typo|broken|breaks|fails)\b")
_GRANT_CLAUSE = re.compile(r"^(.*?)(?:[.;!—–]\s+|,\s*|\s+-\s+|\s+(?=but\b|though\b|however\b))")
# (not "still" that keeps a quality: "that's honest and still sounds good", round 7)
_STILL_WRONG = re.compile(r"\bstill\b(?!\s+(?:(?:sounds|looks|reads|feels|seems|is|works|holds)\s+)?(?:good|great|fine|ok|okay|nice|"
                          r"right|correct|true|valid|well|works|working|holds|stands|accurate|honest|fresh|perfect)\b)"
                          r"|\b(?<!thanks )(?<!thank you )(?:again|though|wrong|breaks|broke|broken|fails|failed|missing|missed|errors?)\b")
# a statement whose subject is the result, not the owner ("it gives me dupes", "there's a flash", "the date is ...")
_RESULT_SUBJECT = re.compile(r"^(?:it|it'?s|its|that|that'?s|this|this is|there'?s|there is|there are|these|those|the|your|you|"
                             r"you'?ve|you'?re|everything|nothing|half|some|all)\b")
_BUT = re.compile(r"^[,.;:!—–\s-]*(?:but|though|however|except|only|aber|pero|mais|ma|mas|maar)\b")
_NOT_CORRECTION_AFTER_BUT = re.compile(r"^(?:how|what|why|when|where|which|who|is|are|does|do|can i|could i|should i|will|would it)\b|"
                                       r"\b(?:also|as well|another|one more|too\s*[?.!]*$)")
# states what is wanted instead, or rejects the approach: "I'd rather ...", "rather than X", "instead of X"
# softer: "X instead", "less theory, more examples", "a table would be better", "I'm on windows though"
_PREFER = re.compile(r"(?<=\w )instead\b(?! of)|\b(?:less|fewer) \w+,? (?:and )?more \w+|\bmore \w+,? (?:and )?(?:less|fewer) \w+"
                     r"|\b(?:would|'d) be (?:better|nicer|easier|more useful|enough)\b|\bthough\s*[.!]*$")
_INSTEAD = re.compile(r"\bi'?d rather\b|\bi would rather\b|\brather than\b|\binstead of\b|\bi'?d prefer\b|\bi (?:would )?prefer\b"
                      r"|\blieber\b|\bprefiero\b|\bplutôt\b|\bpreferisco\b|\bprefiro\b|\ben (?:lugar|vez) de\b|\b(?:an)?statt\b|\bau lieu de\b|\binvece di\b|\bem vez de\b|\bin plaats van\b")
# "X, not Y" / "not X but Y"
_CONTRAST = re.compile(r"[,;—–]\s*(?:and )?not (?:a |an |the |some |all |just |another |more )?[^\W_]|^not (?:a |an |the )?\w+(?: \w+)?,? but\b")
# (not "that's (exactly) what I needed": an acceptance)
_WANT = re.compile(r"(?<!that's what )(?<!thats what )(?<!exactly what )(?<!just what )\b(?:i|we) (?:just |only |really |actually |still )?(?:want|need|wanted|needed|was after|was looking for|'m after|am after|was hoping for|'m looking for)\b")
# minimisers: "just the ...", "only the count", "one formula", "names only"
_MINIMISER = re.compile(_CLAUSE_START + r"(?:just|only|simply|merely|specifically|particularly|in particular|nur|bloß|solo|sólo|soltanto|solamente|seulement|juste|uniquement|apenas|somente|alleen) (?!did\b|tried\b|wondering\b|curious\b|checking\b|kidding\b|saying\b)\w+")
_ONE = re.compile(r"\b(?:one|a single) (?!more\b|other\b|of\b|day\b|time\b)\w+\s*[.!?]*$|^\w+ only\b"
                        r"|\bthe actual \w+|\b(?:short|quick|brief) version\b")
# asks for another way: "something I can't easily turn off", "there must be a cable way", "non-medication stuff?"
_ALTERNATIVE = re.compile(r"\b(?:something|anything|somewhere|some way|a way|an option|options?|one) (?:that|which|where|i|you|she|he|we|they|"
                          r"with|without|else|less|more|simpler|easier|cheaper|quicker|safer|local)\b"
                          r"|\bthere must be\b|\bisn'?t there\b|\b(?:another|other|different|simpler|easier) (?:way|option|approach|method|tool|app)\b"
                          r"|\bnon-\w+")
# a verdict on the suggestion's cost: "too expensive", "too much faff"
_TOO = re.compile(r"\btoo (?:expensive|pricey|slow|hard|difficult|advanced|risky|fiddly|complicated|big|heavy|much (?:work|effort|faff|hassle))\b")
_WAIT = re.compile(r"^(?:wait|hang on|hold on)\b")
# the owner already does or has what the reply set out to teach: "I already type 50 wpm. how do I ..."
_ALREADY = re.compile(r"^i(?:'ve| have| do| am|'m)? already (?!know\b)\w+")
# the owner doubts or mocks the reply: "I'm pretty sure ...", "are you sure", "sounds like my whole weekend"
_DOUBT = re.compile(r"\b(?:i'?m (?:pretty |quite |fairly |very |almost )?|(?:pretty|quite|fairly) )(?:sure|certain) (?:it|that|the|there|this|you|its|it's|\w+'s)\b"
                    r"|\bare you sure\b|\bdouble.?check\b|\bi don'?t think (?:so|that|it|this)\b"
                    r"|\bthat can'?t be\b|\bsounds like (?!a plan|a good|a great idea|fun|it|that)(?:a |my |an |the )?\w+")
# a question that expects "yes" to a doubt: "isn't Sydney on daylight saving then?", "--hard drops them, doesn't it?"
_CHALLENGE = re.compile(r"^(?:but |so |hm+,? |wait,? )?(?:isn'?t|aren'?t|wasn'?t|weren'?t|doesn'?t|don'?t|didn'?t|won'?t|wouldn'?t|"
                        r"shouldn'?t|can'?t|hasn'?t|haven'?t) |,? (?:isn'?t|doesn'?t|wasn'?t|won'?t|didn'?t|aren'?t|don'?t|"
                        r"shouldn'?t|can'?t) (?:it|that|this|they|there|he|she|you)\s*\?")
# points at a fault of the reply: "you've missed the |---| row", "that only counts ...", "your output is sorted"
_FAULT = re.compile(r"(?:^|[.!?;:,—–]\s*)(?:you|you'?ve|you'?re|you have|you are|your \w+|that|that'?s|this|it|it'?s|the \w+)\s+(?:\w+\s+){0,3}?"
                    r"(?:only|just|missed|missing|forgot|forgotten|ignored|skipped|left out|dropped|\w*n't|not|never|wrong)\b")
# the owner states a fact about the reply ("those are the weekday times, tomorrow's Sunday"): a correction only
# when the next reply takes the request up again, and even then too unsure for the rules alone (ambiguous)
_ASSESS = re.compile(r"^(?:that'?s|those are|these are|this is|it'?s|that was|it was|you gave|you used) (?:the|a|an|for|from|in|on|my|your)\b")
# the next reply owns a mistake: "Sorry — ...", "You're right, ...", "My mistake", "Good catch" (not "sorry to hear")
_OWNED = re.compile(r"^\W*(?:sorry(?! to hear| you)|apologies|my apologies|you'?re (?:right|correct|absolutely right)|you are (?:right|correct)|"
                    r"good catch|my mistake|my bad|oops|whoops|fair point|point taken|ah,? (?:right|sorry|yes|good point)|right,? sorry)\b",
                    re.I)
# not about the reply at all: a new task, or more work on an accepted answer
_ACK = r"(?:ok|okay|ok cool|cool|great|nice|good|perfect|thanks|thank you|ty|ta|cheers|right|yes|yeah|yep|sure|awesome|brilliant|lovely|sweet|excellent|got it|works|worked|done|(?:that )?did it|did that|oof|wow|ha|haha|ah|oh|vale|super)"
_NEW_TASK = re.compile(r"^(?:" + _ACK + r"\W+)*(?:actually\W+|also\W+|and\W+|oh\W+|ok\W+|now\W+|right\W+|so\W+)?(?:(?:totally |completely |something |a |on a )?different|"
                       r"unrelated|not related|another (?:one|question|thing|topic)|new (?:question|topic|thing)|moving on|"
                       r"separate(?:ly)?|switching|changing (?:topic|subject)|random (?:question|thing)|quick question|one more|"
                       r"btw|by the way|while (?:you'?re|i'?m|we'?re|i have you) (?:here|there|at it)|while i (?:have you|think of it|remember)|"
                       r"on another note|other (?:thing|question)|"
                       r"also\W+(?:random|unrelated|quick|what|how|can|could|do|is|are|where|when|why|which))")
# "also" asks for more only where it modifies the owner's request (a clause's start, "can you also", "please also"),
# not inside a statement about the reply ("that doesn't exclude people who also ordered")
_MORE_WORK = re.compile(r"(?:^|[.!?;:,—–]\s*|\b(?:and|you|please|i|we|i'?d|let'?s|can|could|would|should|might|must)\s+)also\b"
                        r"|\bas well\b(?=\s*(?:[.!?,;]|please\b|$))|\b(?:additionally|in addition)\b|\btoo\s*[.!?]*$")
_ACCEPT = re.compile(r"^(?:" + _ACK + r"|that'?s (?:great|perfect|it|fine|lovely|brilliant|helpful|exactly it)|exactly|"
                     r"love it|spot on|makes sense|that makes sense|that works|this works)(?:\W+(?:" + _ACK + r"))*\s*(?:[.!,;:—–-]|$)")
_EXTEND = re.compile(r"^(?:" + _ACK + r"\W+)*(?:and|also|now|next|then|plus|what about|how about|what if|and if|same for|do the same|"
                     r"can you also|could you also|and can you|and could you)\b")
# the reply ends by asking: a question or an offer, so "No, ..." answers it
# (any "I can/could <do something>" in the closing sentence proposes more work: "If that doesn't fix it, I can walk
# you through the hanger too."; "happy to ...", "let me know if you want ...")
_OFFER = re.compile(r"\b(?:want me to|shall i|should i|would you like|do you want|if you(?:'d)? like,? i|if you want,? i|"
                    r"i can also|need me to|i (?:can|could) (?!not\b|'t\b|see\b|tell\b|imagine\b|understand\b)\w+|"
                    r"(?:i'?m |i am )?happy to|let me know if you(?:'d)? (?:want|like)|just say)\b")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_YES_NO = re.compile(r"^(?:no|nope|nah|yes|yeah|yep|yup|sure|ok|okay|please|not really|not now|never mind|go ahead|do it)\b")

# the owner says the reply was what they needed, or credits it ("ok that actually makes sense. so ... is wrong?"):
# an acceptance however long the turn goes on, and a verdict word after it is about something else (round 6)
_CREDITS = re.compile(r"\b(?:that'?s|this is|it'?s) (?:exactly )?what i (?:needed|wanted|was after|meant)\b|"
                      r"\bgood (?:catch|point|call|idea|shout)\b|\b(?:very|really|super) (?:helpful|useful)\b|\bmakes sense\b")

# the costliest alternations of this list, searched through the strings they need (`PhraseSet`: the same matches)
(_BACKREF, _MORE_WORK, _PREFER, _ONE, _AGAIN, _GRANT_MORE, _DOUBT, _ALTERNATIVE, _FAULT, _CONTRAST, _INSTEAD, _WANT,
 _CHALLENGE, _CREDITS, _STILL_WRONG, _CRITIQUE, _GRANT_WORDS) = (PhraseSet.of(p) for p in (
    _BACKREF, _MORE_WORK, _PREFER, _ONE, _AGAIN, _GRANT_MORE, _DOUBT, _ALTERNATIVE, _FAULT, _CONTRAST, _INSTEAD, _WANT,
    _CHALLENGE, _CREDITS, _STILL_WRONG, _CRITIQUE, _GRANT_WORDS))
