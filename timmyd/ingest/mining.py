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

import bisect
import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from timmyd.ingest.sessions import Session
from timmyd.pairs import Message, Pair

SKIP_PREFIXES = ("[CONTEXT COMPACTION]", "[CONTEXT SUMMARY]:", "Review the conversation above and")
# Bump when a change to these rules changes which pairs a session yields: the ledger records, per session
# file, the version (`Rules.version`, which also covers the [mining] settings) it was mined with, and a file
# mined with another version is mined again and its pairs no run has used yet are replaced.
# 1: the phrase rules (issue 3); 2: the conversation's structure (issue 14); 3: closers, closed topics, plain
# grants, size limits and answer forms, complaints reported fixed (issue 14, round 2).
RULES_VERSION = 3

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
    r"\b(?:das ist|ist|stimmt) (?:\w+ )?(?:falsch|nicht richtig)\b|\bstimmt nicht\b|\b(?:está|es) (?:\w+ )?(?:mal|incorrecto)\b"
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


_STRONG_RE, _ASK_AGAIN_RE = _compile(_STRONG), _compile(_ASK_AGAIN)
_WEAK_RE, _DECLINE_RE, _FOLLOW_RE = re.compile(_WEAK), re.compile(_DECLINE), re.compile(_FOLLOW_UP)


def _head(text: str) -> str:
    t = text.strip().lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    t = t.split("\n\n", 1)[0].split("```", 1)[0]
    return " ".join(t.split())[:300]


@dataclass(frozen=True)
class Rules:
    """The mining configuration (from `[mining]`), with the extra phrases compiled once."""
    extra_phrases: tuple[str, ...] = ()
    skip_prefixes: tuple[str, ...] = SKIP_PREFIXES
    tool_turns: str = "compact"
    max_prompt_chars: int = 16000
    classifier: str = ""  # [mining] classifier: the model name, part of the version (the opinion is below)
    _extra: re.Pattern | None = field(default=None, compare=False, repr=False)
    # second opinion on ambiguous turns ([mining] classifier): (request, reply, follow-up) -> correction?,
    # or None when it has no usable answer (then the rules decide)
    opinion: Callable[[str, str, str], bool | None] | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_config(cls, mining) -> Rules:
        phrases = tuple(p for p in mining.correction_phrases if p.strip())
        extra = _compile(rf"(?<!\w){re.escape(_head(p))}(?!\w)" for p in phrases) if phrases else None
        return cls(phrases, SKIP_PREFIXES + tuple(mining.skip_prefixes), mining.tool_turns,
                   mining.max_prompt_chars, getattr(mining, "classifier", ""), extra)

    @property
    def version(self) -> str:
        """`RULES_VERSION` plus a digest of the settings that change which pairs a session gives."""
        blob = json.dumps([self.extra_phrases, self.skip_prefixes, self.tool_turns, self.max_prompt_chars,
                           self.classifier])
        return f"{RULES_VERSION}:{hashlib.sha256(blob.encode()).hexdigest()[:12]}"


DEFAULT_RULES = Rules()


def _explicit(head: str, rules: Rules, verdicts_only: bool = False) -> str | None:
    """The owner says outright that the reply is wrong, too long, not what was asked, or asks for it again
    differently (phrase lists + config phrases; `verdicts_only` leaves out the requests)."""
    m = (_STRONG_RE.search(head) or (rules._extra.search(head) if rules._extra is not None else None)
         or (None if verdicts_only else _ASK_AGAIN_RE.search(head)))
    return m.group(0).strip(" ,.;:!?") if m else None


def _weak_no(head: str) -> bool:
    """'No, ...' / 'Actually, ...' that neither declines nor asks for more work (the old rule's second half)."""
    head = _INTERJECTION.sub("", head)
    return bool(_WEAK_RE.search(head)) and not (
        _DECLINE_RE.search(head) or _FOLLOW_RE.search(_FIRST_CLAUSE.match(head).group(0)))


def is_correction(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Does this user turn, read alone, correct the reply before it? ("Too long", "That's wrong", "No, I meant")

    The text-only half of `judge`: the phrases that need no context. Mining uses `judge`, which also
    reads the request, the reply and the next reply.
    """
    return judge(text, rules=rules).correction


# --- structure: how the owner's next turn relates to the request and the reply ---------------------
#
# Words are compared as light stems of content words (stop words out), so "uploading" meets "Upload"
# and "airdropping" meets "AirDrop". Nothing below names a topic: each rule reads a relation between
# the follow-up, the request it follows (the chain's first request plus any corrections since), the
# reply it reacts to and the reply after it.

_WORD = re.compile(r"[^\W_]+(?:['\-.][^\W_]+)*")
_STOP = frozenset("""
a an the and or but if so to of in on at by for with from as into onto than then too very also just only
is are was were be been being am do does did done doing have has had having get got gets getting
can could would should will shall may might must let lets let's i me my mine myself you your yours we us
our they them their he him his she her it its it's this that these those there here what which who whom
whose when where why how i'm i've i'd i'll you're you've you'd you'll we're they're that's what's there's
she's he's they've we've they'll we'll she'll he'll who's where's how's let's
here's it'll don't doesn't didn't can't cannot won't wouldn't isn't aren't wasn't weren't haven't hasn't
not no yes yeah yep ok okay please thanks thank ta cheers sure like one ones some any all more most less
much many few lot lots way thing things stuff bit about over up down out off again still now even ever
really actually maybe perhaps right well oh hm hmm lol want wanted need needed make made give say said
tell told know think go going use used work works try put see look show
ah eh hi yo vs ie eg etc de la le el en et un il di da der die das und es se si ne re
""".split())
_NEGATORS = frozenset("no not never without nothing none nor neither non nobody nowhere ohne kein keine keinen keins "
                      "nicht nie sin sans pas senza sem zonder geen niet nunca jamais".split())
# after a negation these words say the negation is not about a thing of the reply ("didn't know the salt ...",
# "no worries", "not bad")
_NEG_IDIOMS = frozenset("problem problems worries worry doubt bad matter rush hurry idea kidding joke wonder notes complaints "
                        "know knew think thought realise realize realised realized expect expected mind care remember notice "
                        "noticed see saw sure more longer".split())


def _stem(w: str) -> str:
    for suf in ("ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # airdropp -> airdrop
    return w


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


@functools.lru_cache(maxsize=512)
def _content(text: str) -> frozenset[str]:
    """Stems of the content words of a text (what it is about)."""
    return frozenset(_stem(w) for w in _tokens(text) if w not in _STOP and (len(w) > 1 or w.isdigit()))


def _cover(words: frozenset[str], of: frozenset[str]) -> float:
    """The share of `of` that `words` contains."""
    return len(words & of) / len(of) if of else 0.0


_CLAUSE_START = r"(?:^|[.!?;:,—–]\s*|\s-\s+|\bthen\s+)"
# the owner points back at what was asked: "I said", "I asked what works", "I did say", "like I asked"
_BACKREF = re.compile(r"\bi did (?:say|ask|mention|write|specify)\b|" + _NOT_THANKS + r"\bi (?:\w+ )?(?:said|asked|wrote|meant|specified|mentioned|told you)\b(?! (?:my|him|her|them|someone|a friend|around)\b)"
                      r"|\bthe (?:one |only )?thing i (?:asked|said)\b|\b(?:word|words|phrase) i used\b"
                      r"|\bich (?:habe |hab )?(?:doch |ja )?(?:gesagt|geschrieben|gefragt)\b|\b(?:te )?(?:dije|pedí|escribí)\b"
                      r"|\bj'ai (?:bien )?(?:dit|demandé|écrit)\b|\bho (?:detto|chiesto|scritto)\b|\beu (?:disse|pedi)\b"
                      )
# a complaint that the same fault came back: "you're padding it again", "you did it again"
_AGAIN = re.compile(r"(?<!thank )(?<!thanks )\byou(?:'re| are|'ve| have| did| made| keep| still)\s+(?:\w+\s+){0,3}?again\b"
                    r"|\bagain with the\b")
# grants progress, then corrects: "better, but ...", "closer, but still ...", "much better. the last line's still ..."
# a comparative grants that the reply improved on an earlier one: what follows "but" corrects it again; a plain
# "good/ok/thanks, but ..." only does when the rest finds fault ("good, but it still ...", not "great, but I'll ...")
_GRANT_MORE = re.compile(r"\b(?:better|closer|close|nearly|almost|nearer|shorter|clearer|simpler|cleaner|tighter|improved|"
                         r"improvement|progress|there|besser|mejor|mieux|meglio|melhor|beter)\b")
_GRANT_WORDS = re.compile(r"\b(?:good|great|nice|fine|right|correct|works?|worked|now|start|perfect|ok|okay|thanks|sure|"
                          r"love|like|liked|loved|fun|cute|pretty|solid|decent|"
                          r"yes|yeah|cool|lovely|fair)\b")
_CRITIQUE = re.compile(r"n't\b|\b(?:not|no|never|still|wrong|too|only|just|missing|missed|forgot|again|over|under|instead|"
                       r"rather|should|shouldn't|drop|remove|cut|lose|skip|make it|change|fix|less|fewer|more|please|can we|"
                       r"could you|can you|typo|broken|breaks|fails)\b")
_GRANT_CLAUSE = re.compile(r"^(.*?)(?:[.;!—–]\s+|,\s*|\s+-\s+|\s+(?=but\b|though\b|however\b))")
_STILL_WRONG = re.compile(r"\b(?:still|again|though|wrong|breaks|broke|broken|fails|failed|missing|missed|errors?)\b")
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
_INSTEAD = re.compile(r"\bi'?d rather\b|\bi would rather\b|\brather than\b|\binstead of\b|\bi'?d prefer\b|\bi prefer\b"
                      r"|\blieber\b|\bprefiero\b|\bplutôt\b|\bpreferisco\b|\bprefiro\b|\ben (?:lugar|vez) de\b|\b(?:an)?statt\b|\bau lieu de\b|\binvece di\b|\bem vez de\b|\bin plaats van\b")
# "X, not Y" / "not X but Y"
_CONTRAST = re.compile(r"[,;—–]\s*(?:and )?not (?:a |an |the |some |all |just |another |more )?[^\W_]|^not (?:a |an |the )?\w+(?: \w+)?,? but\b")
_WANT = re.compile(r"\b(?:i|we) (?:just |only |really |actually |still )?(?:want|need|wanted|needed|was after|was looking for|'m after|am after|was hoping for|'m looking for)\b")
# minimisers: "just the ...", "only the count", "one formula", "names only"
_MINIMISER = re.compile(_CLAUSE_START + r"(?:just|only|simply|merely|nur|bloß|solo|sólo|soltanto|solamente|seulement|juste|uniquement|apenas|somente|alleen) (?!did\b|tried\b|wondering\b|curious\b|checking\b|kidding\b|saying\b)\w+")
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
# the owner doubts or mocks the reply: "I'm pretty sure ...", "are you sure", "sounds like my whole weekend"
_DOUBT = re.compile(r"\bi'?m (?:pretty |quite |fairly |very |almost )?(?:sure|certain) (?:it|that|the|there|this|you|its|it's|\w+'s)\b"
                    r"|\bare you sure\b|\bdouble.?check\b|\bi don'?t think (?:so|that|it|this)\b"
                    r"|\bthat can'?t be\b|\bsounds like (?!a plan|a good|a great idea|fun|it|that)(?:a |my |an |the )?\w+")
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
_ACK = r"(?:ok|okay|ok cool|cool|great|nice|good|perfect|thanks|thank you|ty|ta|cheers|right|yes|yeah|yep|sure|awesome|brilliant|lovely|sweet|excellent|got it|works|worked|done|oof|wow|ha|haha|ah|oh|vale|super)"
_NEW_TASK = re.compile(r"^(?:" + _ACK + r"\W+)*(?:actually\W+|also\W+|and\W+|oh\W+|ok\W+)?(?:(?:totally |completely |something |a |on a )?different|"
                       r"unrelated|not related|another (?:one|question|thing|topic)|new (?:question|topic|thing)|moving on|"
                       r"separate(?:ly)?|switching|changing (?:topic|subject)|random (?:question|thing)|quick question|one more|"
                       r"btw|by the way|while (?:you'?re|i'?m|we'?re|i have you) (?:here|at it)|on another note|other (?:thing|question)|"
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
_OFFER = re.compile(r"\b(?:want me to|shall i|should i|would you like|do you want|if you(?:'d)? like,? i|if you want,? i|"
                    r"i can also|need me to)\b")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_YES_NO = re.compile(r"^(?:no|nope|nah|yes|yeah|yep|yup|sure|ok|okay|please|not really|not now|never mind|go ahead|do it)\b")


@functools.lru_cache(maxsize=256)
def _question(reply: str) -> str | None:
    """The reply's closing question or offer ("... Want me to schedule one?"), if it ends on one."""
    sentences = _SENTENCE.findall(reply.strip()[-400:].replace("\u2019", "'"))
    tail = [x.strip() for x in sentences[-2:] if x.strip()]
    asked = [x for x in tail if "?" in x or _OFFER.search(x.lower())]
    return " ".join(asked) if asked and asked[-1] == tail[-1] else None


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


_NEGATOR_HINT = re.compile(r"n't\b|\b(?:" + "|".join(sorted(_NEGATORS)) + r")\b|\bnon-")
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
    if b:
        after = rest[b.end():].strip(" ,.;:-—–")
        if not after or _NOT_CORRECTION_AFTER_BUT.search(after):
            return None
        if more or _CRITIQUE.search(after) or (soft and _RESULT_SUBJECT.match(after) and "?" not in after):
            return m.group(0) + b.group(0)
        return None
    nxt = _FIRST_CLAUSE.match(rest.lstrip(" .;!—–-")).group(0)
    fault = _STILL_WRONG.search(nxt)
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
    "Sure."). The last line of `request` is that turn (`_request` may put an earlier question's turn first)."""
    return len(reply) <= 160 and "\n" not in reply.strip() and _closing(request.rsplit("\n", 1)[-1])


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
    """A short turn after a long reply with a sentence that only names the answer's form ("roughly how many. a
    number", "yes but how do I share it. steps"): the reply did not give it."""
    if len(_tokens(head)) > 12 or len(reply) < 150:
        return None
    for sentence in _SENTENCE.findall(head):
        if _FORM.match(sentence.strip(" ,.;:!—–-")):
            return sentence.strip()
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


@dataclass(frozen=True)
class Verdict:
    """What a follow-up turn does to the reply before it. `kind` names the rule that decided (for logs and
    the classifier); `ambiguous` marks turns where the rules' cues and the structure disagree."""
    correction: bool
    kind: str
    evidence: str = ""
    ambiguous: bool = False


def judge(follow: str, reply: str | None = None, request: str = "", next_reply: str | None = None,
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
    A cue that the structure overrules (steps 3, 5, and 7 without a re-answer) marks the verdict ambiguous:
    those turns alone go to the optional classifier (`decide`).
    """
    head = _head(follow)
    if not head:
        return Verdict(False, "plain")
    stripped = _INTERJECTION.sub("", head)
    answering = bool(_YES_NO.match(stripped)) and reply is not None and _question(reply) is not None
    said = _explicit(head, rules, verdicts_only=answering)
    if said:
        return Verdict(True, "explicit", said)
    if reply is None:  # no context: the phrase rules alone
        return Verdict(True, "explicit", head.split(",")[0]) if _weak_no(head) else Verdict(False, "plain")
    asked = "\n".join([request, *complaints])  # what the owner asked, corrections included
    for kind, ev in (("echo", _first(_BACKREF, head)), ("echo", _quoted_echo(head, asked)),
                     ("echo", _shouted_echo(follow, asked)), ("explicit", _first(_AGAIN, head))):
        if ev:
            return Verdict(True, kind, ev)
    moved = None if complaints else _moves_on(stripped, request, reply)
    if moved:
        return Verdict(False, "new_task", moved)
    if _NEW_TASK.search(stripped):
        return Verdict(False, "new_task", _NEW_TASK.search(stripped).group(0))
    if _DECLINE_RE.search(stripped):
        return Verdict(False, "decline_offer", stripped.split(",")[0])
    strong = _cues(((("explicit", lambda: stripped.split(",")[0] if _weak_no(head) else None)),
                    ("repeat_narrow", lambda: _resent(head, asked)),
                    ("reject_approach", lambda: _refuses(stripped)),
                    ("reject_approach", lambda: _NEGATOR_HINT.search(head)
                     and _negated_echo(head, _content(request) | _content(reply))),
                    ("instead", lambda: _first(_INSTEAD, head))))
    question = _question(reply)
    if question is not None and _answers(stripped, question, _content(head), _content(asked), reply):
        kind = "decline_offer" if _WEAK_RE.search(stripped) else "clarify_answer"
        return Verdict(False, kind, ambiguous=strong is not None)
    partial = _grants_then_corrects(head)
    if partial:
        return Verdict(True, "partial", partial)
    partial = _grants_then_corrects(head, soft=True)
    if partial:
        again = reanswers(reply, next_reply, asked)
        return Verdict(again, "partial", partial, ambiguous=not again)
    if _EXTEND.search(stripped) or _MORE_WORK.search(stripped) or _ACCEPT.match(stripped):
        kind = "acceptance" if _ACCEPT.match(stripped) else "followup"
        return Verdict(False, kind, ambiguous=strong is not None)
    again = reanswers(reply, next_reply, asked)
    if strong:
        return Verdict(True, strong[0], strong[1], ambiguous=not again)
    weak = _cues((("instead", lambda: _first(_WANT, head)), ("instead", lambda: _first(_CONTRAST, head)),
                  ("instead", lambda: _first(_PREFER, head)), ("reject_approach", lambda: _stated(_UNWANTED, head)),
                  ("repeat_narrow", lambda: _stated(_MINIMISER, head)),
                  ("repeat_narrow", lambda: _first(_ONE, head)), ("repeat_narrow", lambda: _stated(_LIMIT, head)),
                  ("repeat_narrow", lambda: head if _short_repeat(head, _content(head), _content(asked), reply) else None),
                  ("repeat_narrow", lambda: _form_asked(head, reply)),
                  ("explicit", lambda: _first(_TOO, head)), ("explicit", lambda: _stated(_WAIT, head)),
                  ("reject_approach", lambda: _first(_ALTERNATIVE, head)), ("explicit", lambda: _first(_DOUBT, head)),
                  ("explicit", lambda: _stated(_FAULT, head)), ("explicit", lambda: _first(_OWNED, next_reply or ""))))
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


def _stated(pattern: re.Pattern, text: str) -> str | None:
    """`pattern` in a sentence that is not a question ("only 9 minutes? perfect" asks, it does not narrow)."""
    for sentence in _SENTENCE.findall(text):
        if "?" not in sentence and (hit := _first(pattern, sentence.strip())):
            return hit
    return None


def _first(pattern: re.Pattern, text: str) -> str | None:
    m = pattern.search(text)
    return m.group(0).strip(" ,.;:!?") or m.group(0) if m else None


def is_injected(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    t = text.lstrip()
    return any(t.startswith(p) for p in rules.skip_prefixes)


# --- exchanges -------------------------------------------------------------------------------------

@dataclass
class Exchange:
    """One owner turn and everything the assistant did until the owner spoke again."""
    user: str
    user_where: str
    reply: str | None = None  # the last non-empty assistant text: what the owner reacted to
    reply_where: str = ""
    tools: list[str] = field(default_factory=list)  # compact tool lines before the reply
    before: list[str] = field(default_factory=list)  # assistant texts before the final reply


def strip_think(text: str) -> str:
    return (_THINK_BLOCK.sub("", text) if "<think>" in text else text).strip()


_THINK_BLOCK = re.compile(r"<think>.*?</think>\s*", re.S)


def exchanges(session: Session, rules: Rules = DEFAULT_RULES) -> tuple[str | None, list[Exchange]]:
    """(system prompt, exchanges) with injected turns and their replies removed."""
    system: str | None = None
    out: list[Exchange] = []
    skipping = False
    for t in session.turns:
        if t.role == "system":
            if not out and system is None and t.content.strip():
                system = t.content
            continue  # a system message in mid-conversation is harness text, not part of a pair
        if t.role == "user":
            if is_injected(t.content, rules):
                skipping = True
                continue
            skipping = False
            if out and out[-1].reply is None and not out[-1].tools:  # two owner turns in a row: one turn
                out[-1].user += "\n\n" + t.content
                continue
            out.append(Exchange(t.content, t.where))
            continue
        if skipping or not out:
            continue  # replies to injected text, or assistant text before the owner spoke
        ex = out[-1]
        if t.role == "tool":
            if ex.tools:
                ex.tools[-1] += " -> " + _squash(t.content, 80)
            continue
        for call in t.tool_calls:
            ex.tools.append(call)
        text = strip_think(t.content)
        if text:
            if ex.reply is not None:
                ex.before.append(ex.reply)
            ex.reply, ex.reply_where = text, t.where
    return system, out


def _squash(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _assistant_message(ex: Exchange, tool_turns: str) -> str:
    parts = []
    if tool_turns == "compact":
        parts += [f"[tool] {_squash(line, 160)}" for line in ex.tools]
    parts += ex.before
    if ex.reply is not None:
        parts.append(ex.reply)
    return "\n".join(parts)


def prompt_for(system: str | None, exs: list[Exchange], upto: int, rules: Rules = DEFAULT_RULES) -> tuple[Message, ...]:
    """System, then every exchange before `upto` as user + assistant, then the user turn of `upto`."""
    return _Prompts(system, exs, rules).upto(upto)


class _Prompts:
    """Prompts for many cut points of one session, sharing one rendered history (no quadratic rendering).

    Only the most recent whole exchanges that fit in `max_prompt_chars` are kept (the system prompt and
    the final user turn always are): training truncates long prompts from the start anyway, and a
    months-long session must not store its whole history with every pair.
    """

    def __init__(self, system: str | None, exs: list[Exchange], rules: Rules):
        self.exs, self.rules = exs, rules
        self.system = [Message("system", system)] if system else []
        self.history: list[Message] = []
        self.cum = [0]  # cum[k] = characters of the first k exchanges

    def upto(self, i: int) -> tuple[Message, ...]:
        while len(self.history) < 2 * i:
            ex = self.exs[len(self.history) // 2]
            a = Message("assistant", _assistant_message(ex, self.rules.tool_turns))
            self.history += [Message("user", ex.user), a]
            self.cum.append(self.cum[-1] + len(ex.user) + len(a.content))
        budget = self.rules.max_prompt_chars - len(self.exs[i].user)
        first = min(bisect.bisect_left(self.cum, self.cum[i] - budget, 0, i + 1), i)
        return (*self.system, *self.history[2 * first: 2 * i], Message("user", self.exs[i].user))


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
