"""The mining configuration (`[mining]`) and its version, recorded per file in the ledger."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from timmyd.ingest.phrases import _compile, _head

SKIP_PREFIXES = ("[CONTEXT COMPACTION]", "[CONTEXT SUMMARY]:", "Review the conversation above and")
# Bump when a change to these rules changes which pairs a session yields: the ledger records, per session
# file, the version (`Rules.version`, which also covers the [mining] settings) it was mined with, and a file
# mined with another version is mined again and its pairs no run has used yet are replaced.
# 1: the phrase rules (issue 3); 2: the conversation's structure (issue 14); 3: closers, closed topics, plain
# grants, size limits and answer forms, complaints reported fixed (issue 14, round 2); 4: number words and
# hyphenated words compared, wider closing offers, a negated echo of the reply's body over its offer, excluded
# things brought back, later "but" after a comparative grant, challenge questions, a next step after an
# acknowledgement, statements answered by a closer, short constraints answered by a shorter re-answer (round 3); 5: a fitted score over all the cues adds the corrections
# the rules missed (`score.py`, round 4); 6: new structural cues, the score drops soft-cue corrections it finds no
# support for, "that's what I needed" is no want, weights refitted on four authors (round 5); 7: a verdict word after the owner credits the reply is left to the
# score, a new request after a plain grant is no "still wrong", "that's worse" and "X was the question" are verdicts,
# "much nicer" grants progress, weights refitted on five authors (round 6); 8: a short reply that asks in its last two
# sentences asked (and a dot inside a word ends no sentence), a new question of the owner's own is no re-ask nor an
# "instead of" and a cue for the score, praise a cue, "still sounds good" no fault, "did it" an acknowledgement, a
# quoted word after thanks left to the score, weights refitted on six authors (round 7). 9: five cues (a credited
# part then a fault, a terse "please", "X not Y", an order not to do something, a bare form or scope), "I would
# prefer", "thanks again" no fault come back, a score floor under sure rules, weights refitted on eleven authors, a
# closing message sent before a new request ("👍", then "when is the next one?") no part of the prompt's last turn (round 9).
# 10: the fitted score (cues and character grams, seventeen authors) decides every follow-up but a verdict phrase.
# 11: the same score refitted on twenty-three authors.
RULES_VERSION = 11


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
