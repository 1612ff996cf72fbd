"""Words of a turn: tokens, light stems and content words, for comparing a follow-up with the request and the reply."""

from __future__ import annotations

import functools
import re

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


# number words compare as digits ("she is NINE" meets "like she's 9"); "one" stays a stop word ("one formula")
_NUMBERS = dict(zip("two three four five six seven eight nine ten eleven twelve twenty thirty fifty hundred".split(),
                    "2 3 4 5 6 7 8 9 10 11 12 20 30 50 100".split(), strict=True))


def _stem(w: str) -> str:
    if w in _NUMBERS:
        return _NUMBERS[w]
    for suf in ("ing", "ed", "es", "s"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # airdropp -> airdrop
    elif len(w) > 3 and w[-1] == "e" and w[-2] not in "aeiou":
        w = w[:-1]  # type, typing -> typ
    return w


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("\u2019", "'"))


@functools.lru_cache(maxsize=512)
def _content(text: str) -> frozenset[str]:
    """Stems of the content words of a text (what it is about); a hyphenated word counts with its parts too,
    so "a 2-line bio" meets "2 lines"."""
    words = [w for w in _tokens(text) if w not in _STOP and (len(w) > 1 or w.isdigit())]
    parts = [p for w in words if "-" in w for p in w.split("-") if p not in _STOP and (len(p) > 1 or p.isdigit())]
    return frozenset(_stem(w) for w in words + parts)


def _cover(words: frozenset[str], of: frozenset[str]) -> float:
    """The share of `of` that `words` contains."""
    return len(words & of) / len(of) if of else 0.0
