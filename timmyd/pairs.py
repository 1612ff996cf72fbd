"""The `Pair` type and readers for every preference-pair format timmyd accepts.

One internal shape for all formats, so training, ingest and evaluation never care where a pair came
from: the prompt is a message list (system first if any, ending with the user turn the replies
answer), chosen and rejected are plain assistant texts. Formats (auto-detected per line):

- standard:      {"prompt": str, "chosen": str, "rejected": str, "system"?: str}
- conversational (TRL): {"prompt": [msgs], "chosen": [assistant msgs], "rejected": [assistant msgs]}
- implicit prompt (TRL): {"chosen": [full conversation], "rejected": [full conversation]}
- OpenAI:        {"input": {"messages": [msgs]}, "preferred_output": [msgs], "non_preferred_output": [msgs]}
- ShareGPT ranking: {"conversations": [{from, value}], "chosen": {from, value}, "rejected": {from, value}}
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROLES = ("system", "user", "assistant", "tool")
SHAREGPT_ROLES = {"system": "system", "human": "user", "user": "user", "gpt": "assistant",
                  "assistant": "assistant", "tool": "tool", "function_call": "assistant",
                  "observation": "tool"}


class PairError(ValueError):
    """A record that is not a valid pair; `where` is 'file:line' when known."""

    def __init__(self, message: str, where: str = ""):
        self.where = where
        self.reason = message
        super().__init__(f"{where}: {message}" if where else message)


@dataclass(frozen=True)
class Message:
    role: str
    content: str

    def to_dict(self) -> dict:
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class Pair:
    prompt: tuple[Message, ...]
    chosen: str
    rejected: str
    source: str = field(default="", compare=False)  # "file:line", informational only

    @property
    def key(self) -> str:
        """Content hash: the identity used for exactly-once ingest and the train/held-out split."""
        blob = json.dumps([[m.role, m.content] for m in self.prompt] + [self.chosen, self.rejected],
                          ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    @property
    def system(self) -> str | None:
        return self.prompt[0].content if self.prompt and self.prompt[0].role == "system" else None

    @property
    def last_user(self) -> str:
        for m in reversed(self.prompt):
            if m.role == "user":
                return m.content
        return ""

    def to_record(self) -> dict:
        """Standard string format when the prompt is one user turn (plus system), else TRL conversational."""
        body = [m for m in self.prompt if m.role != "system"]
        if len(body) == 1 and body[0].role == "user":
            rec = {"prompt": body[0].content, "chosen": self.chosen, "rejected": self.rejected}
            if self.system is not None:
                rec["system"] = self.system
            return rec
        return {"prompt": [m.to_dict() for m in self.prompt],
                "chosen": [{"role": "assistant", "content": self.chosen}],
                "rejected": [{"role": "assistant", "content": self.rejected}]}


def _text(value, what: str) -> str:
    if not isinstance(value, str):
        raise PairError(f"'{what}' must be a string, got {type(value).__name__}")
    return value


def _content(msg: dict, what: str) -> str:
    c = msg.get("content", "")
    if c is None:
        return ""
    if isinstance(c, list):  # OpenAI content parts: keep the text parts
        return "".join(p.get("text", "") for p in c if isinstance(p, dict))
    return _text(c, f"{what}.content")


def _messages(value, what: str) -> list[Message]:
    if not isinstance(value, list):
        raise PairError(f"'{what}' must be a list of messages, got {type(value).__name__}")
    out = []
    for i, m in enumerate(value):
        if not isinstance(m, dict):
            raise PairError(f"'{what}[{i}]' must be an object with role and content")
        role = m.get("role")
        if role not in ROLES:
            raise PairError(f"'{what}[{i}].role' must be one of {ROLES}, got {role!r}")
        out.append(Message(role, _content(m, f"{what}[{i}]")))
    return out


def _reply(value, what: str) -> str:
    """An assistant reply given as a string, one message, or a list of assistant messages."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        value = [value]
    msgs = _messages(value, what)
    if not msgs or any(m.role != "assistant" for m in msgs):
        raise PairError(f"'{what}' must hold assistant messages")
    return "\n".join(m.content for m in msgs)


def _sharegpt(value, what: str) -> list[Message]:
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise PairError(f"'{what}' must be a list of {{from, value}} turns")
    out = []
    for i, t in enumerate(value):
        if not isinstance(t, dict) or "from" not in t:
            raise PairError(f"'{what}[{i}]' must be an object with 'from' and 'value'")
        role = SHAREGPT_ROLES.get(t["from"])
        if role is None:
            raise PairError(f"'{what}[{i}].from' must be one of {sorted(SHAREGPT_ROLES)}, got {t['from']!r}")
        out.append(Message(role, _text(t.get("value", ""), f"{what}[{i}].value")))
    return out


def _finish(prompt: list[Message], chosen: str, rejected: str) -> Pair:
    if not any(m.role == "user" for m in prompt):
        raise PairError("the prompt has no user turn")
    if not chosen.strip():
        raise PairError("'chosen' is empty")
    if not rejected.strip():
        raise PairError("'rejected' is empty")
    if chosen == rejected:
        raise PairError("'chosen' and 'rejected' are identical")
    return Pair(tuple(prompt), chosen, rejected)


def detect_format(rec: dict) -> str:
    if "input" in rec and "preferred_output" in rec:
        return "openai"
    if "conversations" in rec:
        return "sharegpt"
    if "prompt" in rec:
        return "standard" if isinstance(rec["prompt"], str) else "conversational"
    if "chosen" in rec and "rejected" in rec:
        return "implicit"
    raise PairError("unknown pair format: expected keys prompt/chosen/rejected, input/preferred_output, "
                    f"or conversations/chosen/rejected; got {sorted(rec)}")


def parse_record(rec) -> Pair:
    """One JSON object in any supported format -> Pair (raises PairError naming the bad key)."""
    if not isinstance(rec, dict):
        raise PairError(f"a pair must be a JSON object, got {type(rec).__name__}")
    fmt = detect_format(rec)
    for k in {"standard": ("chosen", "rejected"), "conversational": ("chosen", "rejected"),
              "openai": ("non_preferred_output",), "sharegpt": ("chosen", "rejected"),
              "implicit": ()}[fmt]:
        if k not in rec:
            raise PairError(f"missing key '{k}' ({fmt} format)")
    if fmt == "standard":
        prompt = []
        if rec.get("system") is not None:
            prompt.append(Message("system", _text(rec["system"], "system")))
        prompt.append(Message("user", _text(rec["prompt"], "prompt")))
        return _finish(prompt, _reply(rec["chosen"], "chosen"), _reply(rec["rejected"], "rejected"))
    if fmt == "conversational":
        return _finish(_messages(rec["prompt"], "prompt"), _reply(rec["chosen"], "chosen"),
                       _reply(rec["rejected"], "rejected"))
    if fmt == "openai":
        inp = rec["input"]
        if not isinstance(inp, dict) or "messages" not in inp:
            raise PairError("'input' must be an object with 'messages'")
        return _finish(_messages(inp["messages"], "input.messages"),
                       _reply(rec["preferred_output"], "preferred_output"),
                       _reply(rec["non_preferred_output"], "non_preferred_output"))
    if fmt == "sharegpt":
        prompt = _sharegpt(rec["conversations"], "conversations")
        ch, rj = _sharegpt(rec["chosen"], "chosen"), _sharegpt(rec["rejected"], "rejected")
        if any(m.role != "assistant" for m in ch + rj):
            raise PairError("'chosen' and 'rejected' must come from 'gpt'")
        return _finish(prompt, "\n".join(m.content for m in ch), "\n".join(m.content for m in rj))
    # implicit prompt: two full conversations sharing a prefix, differing in the final assistant turn
    ch, rj = _messages(rec["chosen"], "chosen"), _messages(rec["rejected"], "rejected")
    if not ch or not rj or ch[-1].role != "assistant" or rj[-1].role != "assistant":
        raise PairError("implicit-prompt pairs must end with an assistant turn in both 'chosen' and 'rejected'")
    if ch[:-1] != rj[:-1]:
        raise PairError("implicit-prompt pairs must share every turn but the last")
    return _finish(ch[:-1], ch[-1].content, rj[-1].content)


def iter_pair_file(path: str | Path, start_line: int = 1) -> Iterator[tuple[int, Pair | PairError]]:
    """Yield (line number, Pair or PairError) for a JSONL file; blank lines are skipped.

    Errors are yielded, not raised, so ingest can quarantine one bad line and keep the rest.
    A `.json` file holding one JSON array is also accepted (entries numbered from 1).
    """
    p = Path(path)
    if p.suffix == ".json":
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            yield 1, PairError(f"not valid JSON: {e}", f"{p}:1")
            return
        items = data if isinstance(data, list) else [data]
        for i, rec in enumerate(items, 1):
            yield i, _safe_parse(rec, f"{p}:{i}")
        return
    with p.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if lineno < start_line or not raw.strip():
                continue
            where = f"{p}:{lineno}"
            try:
                rec = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as e:
                yield lineno, PairError(f"not UTF-8 text: {e}", where)
                continue
            except json.JSONDecodeError as e:
                yield lineno, PairError(f"not valid JSON: {e.msg} at column {e.colno}", where)
                continue
            yield lineno, _safe_parse(rec, where)


def _safe_parse(rec, where: str) -> Pair | PairError:
    try:
        pair = parse_record(rec)
    except PairError as e:
        return PairError(e.reason, where)
    return Pair(pair.prompt, pair.chosen, pair.rejected, source=where)


def read_pairs(path: str | Path) -> list[Pair]:
    """Read a pair file strictly: the first bad line stops with an error naming file and line."""
    p = Path(path)
    if not p.is_file():
        raise PairError(f"{p}: no such file")
    pairs = []
    for _, item in iter_pair_file(p):
        if isinstance(item, PairError):
            raise item
        pairs.append(item)
    if not pairs:
        raise PairError(f"{p}: no pairs in file (empty)")
    return pairs


def write_pairs(path: str | Path, pairs: list[Pair]) -> None:
    with Path(path).open("w", encoding="utf-8") as fh:
        for pair in pairs:
            fh.write(json.dumps(pair.to_record(), ensure_ascii=False) + "\n")
