"""A session as exchanges (one owner turn and everything the assistant did until the owner spoke again), and
the prompts cut from them."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from timmyd.ingest.cues import _closing
from timmyd.ingest.rules import DEFAULT_RULES, Rules
from timmyd.ingest.sessions import Session
from timmyd.pairs import Message


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
    ask: str | None = None  # when the owner's first messages only closed the previous exchange ("👍", then "when
    # is the next one?"): the messages from the first that asks on, which is what the reply answered (`_Prompts`)


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
                prev = out[-1]
                if prev.ask is not None:  # the ask goes on
                    prev.ask += "\n\n" + t.content
                elif len(out) > 1 and _closing(prev.user):  # "👍" closed the last exchange, this asks anew (round 9)
                    prev.ask = t.content
                prev.user += "\n\n" + t.content
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
        last = self.exs[i].ask or self.exs[i].user  # what the reply answered: not a "👍" sent just before it
        return (*self.system, *self.history[2 * first: 2 * i], Message("user", last))
