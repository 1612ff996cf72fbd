"""Reply-level measures of what owners correct: length against the chosen reply, replies that never end,
and boilerplate openers ("Absolutely!", "Great question") LEARNED from the ledger's rejected replies.

Why learned: what counts as boilerplate is the owner's call, visible only in what they corrected away;
a hard-coded list would miss their phrases and flag ones they keep. An opener is the first 1-4 words of
a reply, each lowercased with punctuation and symbols stripped at its ends ("**Sure!**" -> "sure"). A
phrase is boilerplate when it opens at least `min_count` rejected training replies and at most one chosen
reply for every `CHOSEN_RATIO` rejected ones it opens (below that: never a chosen one). Only training
pairs may teach openers: learning them from the held-out pairs being scored would leak the answer.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable

MAX_WORDS = 4
CHOSEN_RATIO = 10


def _word(w: str) -> str:
    """Lowercase, punctuation and symbols (Unicode P* and S*) stripped at both ends."""
    strip = lambda c: unicodedata.category(c)[0] in "PS"  # noqa: E731
    i, j = 0, len(w)
    while i < j and strip(w[i]):
        i += 1
    while j > i and strip(w[j - 1]):
        j -= 1
    return w[i:j].lower()


def opening(text: str, max_words: int = MAX_WORDS) -> list[str]:
    """The reply's first `max_words` normalised words (words that normalise to nothing are skipped)."""
    out: list[str] = []
    for w in text.split():
        if len(out) == max_words:
            break
        if nw := _word(w):
            out.append(nw)
    return out


def _ngrams(text: str) -> set[str]:
    words = opening(text)
    return {" ".join(words[:n]) for n in range(1, len(words) + 1)}


def learn_openers(pairs: Iterable, min_count: int = 2) -> list[str]:
    """Boilerplate openers from (training) pairs' rejected vs chosen replies (module doc), most frequent
    first; a phrase whose shorter prefix is already an opener is left out (the prefix matches it)."""
    rejected, chosen = Counter(), Counter()
    for p in pairs:
        rejected.update(_ngrams(p.rejected))
        chosen.update(_ngrams(p.chosen))
    found = {g for g, n in rejected.items() if n >= max(1, min_count) and chosen[g] * CHOSEN_RATIO <= n}
    keep = [g for g in found if not any(" ".join(g.split()[:n]) in found for n in range(1, len(g.split())))]
    return sorted(keep, key=lambda g: (-rejected[g], g))


def opens_with(text: str, openers: Iterable[str]) -> bool:
    """Whether the reply opens with one of the phrases."""
    return bool(_ngrams(text) & set(openers))


def _share(flags: list[bool]) -> float | None:
    return sum(flags) / len(flags) if flags else None


def reply_measures(samples: list[dict], openers: list[str] | None) -> dict:
    """Aggregate the greedy samples (each with tokens, base_tokens, chosen_tokens, hit_cap, base_hit_cap,
    reply, base_reply) into the `gen_*` metrics; marks each sample's `boilerplate` / `base_boilerplate`
    (None when no openers were given: nothing is measured rather than a guess)."""
    out: dict = {"openers": openers}
    for pre, reply, tokens, cap in (("", "reply", "tokens", "hit_cap"), ("base_", "base_reply", "base_tokens",
                                                                          "base_hit_cap")):
        out[f"{pre}gen_ended"] = sum(not s[cap] for s in samples) if samples else None
        ratios = [s[tokens] / s["chosen_tokens"] for s in samples if s.get("chosen_tokens")]
        out[f"{pre}gen_len_ratio"] = sum(ratios) / len(ratios) if ratios else None
        flags = []
        for s in samples:
            s[f"{pre}boilerplate"] = None if openers is None else opens_with(s[reply], openers)
            flags.append(s[f"{pre}boilerplate"])
        out[f"{pre}gen_boilerplate"] = None if openers is None else _share(flags)
    return out
