"""Mining rules: turn one session into preference pairs.

The rule (issue 3, `EXPECTED.md`): a user turn that corrects the previous assistant reply makes that
reply *rejected*; the next reply is *chosen* once the owner accepts it, by saying so or by moving on
without correcting again. The prompt is the conversation up to the user turn the first rejected reply
answered, so two corrections in a row give two pairs with one prompt and one chosen. A reply whose
acceptance has not happened yet (end of the file so far) gives nothing until the session grows.

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
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from timmyd.ingest.sessions import Session
from timmyd.pairs import Message, Pair

SKIP_PREFIXES = ("[CONTEXT COMPACTION]", "[CONTEXT SUMMARY]:", "Review the conversation above and")

# Evidence that a user turn corrects the previous reply, matched on the lower-cased head of the turn
# (its first paragraph, 300 characters at most, so pasted text further down cannot trigger it).
_S = r"(?:^|[.!?;:]\s+|,\s*)"  # start of the turn or of a clause
_STRONG = [
    r"(?:that'?s|that is|this is|it'?s|its|you'?re|you are)\s+(?:\w+\s+)?(?:wrong|incorrect|not right|not correct|not true|a mistake)\b",
    r"(?<=\w )(?<!what )(?<!what's )(?<!anything )(?<!something )(?<!nothing )(?:is|are|was|were)\s+(?:\w+\s+)?(?:wrong|incorrect)\b",
    r"(?:that'?s|this is|it'?s) not (?:it|right|correct|true|what i|the one|how)\b",
    r"\byou (?:didn'?t|did not) (?:answer|read|listen|understand|get)\b",
    r"\bi (?:didn'?t|did not) ask (?:for|about)\b",
    _S + r"(?:still|same) (?:error|broken|failing|fails|doesn'?t|does not|not working)\b",
    r"\bstill (?:get(?:ting)?|see(?:ing)?|have|having) (?:the |that |an |this )?(?:same )?error\b",
    r"\bmake it (?:shorter|briefer|simpler|more concise|less verbose)\b",
    r"\btl;? ?dr\b",
    r"^(?:wrong|incorrect)\b",
    r"\bnot what i (?:asked|meant|wanted|want|said|need|needed|was asking)\b",
    r"\bi (?:said|meant|asked for|was asking|wanted)\b",
    _S + r"(?:that'?s |this is |it'?s |still |way |far |much |a bit |bit |a little |even )*too (?:long|much|verbose|wordy|formal|"
    r"complicated|complex|detailed|technical|vague|generic|short|brief|basic|many|chatty|fluffy)\b",
    r"(?:that'?s|this is|it'?s) (?:way |much |far |even )?(?:longer|wordier|more complicated|worse) than\b",
    _S + r"(?:that |it |this )?(?:still )?(?:didn'?t|doesn'?t|does not|did not|won'?t) (?:work|help)\b",
    _S + r"(?:it'?s |that'?s |this is |still )?not working\b",
    r"^(?:please )?try again\b",
    r"(?:that'?s|it'?s|you'?re) (?:way |totally |completely |a bit )?off\b",
    _S + r"just (?:give|tell|show|fix|answer|say|list|write|the)\b",
    _S + r"(?:skip|drop|cut|lose|ditch|spare me) (?:the|all the|that)\b",
    _S + r"(?:shorter|briefer|simpler|less verbose|more concise|be brief|be concise|keep it short)\b",
    r"\bshorter,? please\b",
    r"^i (?:already )?know (?:what|how|that)\b",
    _S + r"(?:stop|quit) (?:saying|using|adding|with)\b",
]
# A turn that only *starts* like a correction ("No, ...", "Actually, ...") is one unless it declines
# an offer or asks for more work.
_WEAK = r"^(?:no|nope|nah|actually|not quite|not really)\b"
_INTERJECTION = re.compile(r"^(?:hm+|um+|uh+|ugh|well|oh|ah)\b[,.!]*\s*")
_DECLINE = (r"^(?:no|nope|nah)[.!]*$|^(?:no|nope|nah)\b[\s,.!—–-]*(?:thanks|thank you|thx|ty|that'?s (?:all|it|fine|ok)|all good|"
            r"i'?m (?:good|fine|ok|all set)|need|worries|problem|not now|later|it'?s fine|that'?s fine|"
            r"nothing|i'?m done|we'?re done|all set)\b")
_FOLLOW_UP = (r"\b(?:also|as well|additionally|one more|another|different thing|unrelated|btw|by the way|"
              r"while i'?m here)\b|\btoo\s*[.!?]*$")
_FIRST_CLAUSE = re.compile(r"^[^.?!\n]*")


def _compile(patterns: Iterable[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_STRONG_RE = _compile(_STRONG)
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
    _extra: re.Pattern | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_config(cls, mining) -> Rules:
        phrases = tuple(p for p in mining.correction_phrases if p.strip())
        extra = _compile(rf"(?<!\w){re.escape(_head(p))}(?!\w)" for p in phrases) if phrases else None
        return cls(phrases, SKIP_PREFIXES + tuple(mining.skip_prefixes), mining.tool_turns,
                   mining.max_prompt_chars, extra)


DEFAULT_RULES = Rules()


def is_correction(text: str, rules: Rules = DEFAULT_RULES) -> bool:
    """Does this user turn correct the reply before it? ("Too long", "That's wrong, ...", "No, I meant")"""
    head = _head(text)
    if not head:
        return False
    if _STRONG_RE.search(head) or (rules._extra is not None and rules._extra.search(head)):
        return True
    head = _INTERJECTION.sub("", head)
    if _WEAK_RE.search(head):
        return not (_DECLINE_RE.search(head) or _FOLLOW_RE.search(_FIRST_CLAUSE.match(head).group(0)))
    return False


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
    return re.sub(r"<think>.*?</think>\s*", "", text, flags=re.S).strip()


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


def mine(session: Session, rules: Rules = DEFAULT_RULES, accepted_too: bool = True) -> tuple[list[Mined], list[Accepted]]:
    """Pairs from one session, plus (with `accepted_too`) the accepted replies no correction touched."""
    system, exs = exchanges(session, rules)
    prompts = _Prompts(system, exs, rules)
    pairs: list[Mined] = []
    accepted: list[Accepted] = []
    anchor: int | None = None  # exchange whose user turn the corrected replies answered
    rejected: list[tuple[str, str]] = []  # (reply, where)
    for i, ex in enumerate(exs):
        nxt = exs[i + 1] if i + 1 < len(exs) else None
        if nxt is None:
            break  # the owner has not reacted to this reply yet
        if ex.reply is None:  # no text answer (cut off, tool calls only): a chain cannot continue
            anchor, rejected = None, []
            continue
        if is_correction(nxt.user, rules):
            if anchor is None:
                anchor = i
            rejected.append((ex.reply, ex.reply_where))
            continue
        if rejected:
            prompt = prompts.upto(anchor)
            for text, where in rejected:
                if text != ex.reply:
                    pairs.append(Mined(Pair(prompt, ex.reply, text), where or ex.user_where))
        elif accepted_too and ex.user.strip():
            accepted.append(Accepted(prompts.upto(i), ex.reply, ex.reply_where))
        anchor, rejected = None, []
    return pairs, accepted
