"""Readers for every chat-session export format, into one shape the miner understands.

Formats (detected per file, see `detect`):

- `hermes_json`:   Hermes `session_<id>.json`: one session, `messages` with OpenAI roles and
                   `tool_calls`; `system_prompt` at the top. Hermes rewrites it after every turn.
- `gateway`:       Hermes gateway `<id>.jsonl`: first line `{"role": "session_meta", ...}`, then one
                   message per line (appended as the chat goes on).
- `chatlog`:       plain chat logs, one JSON line each: `{"type": "message", "role": "user|assistant|
                   timmy", "content"}`, plus `tool_call` lines (tool, args, result); `decision`,
                   `error` and other lines are not messages and are ignored.
- `hermes_export`: `hermes sessions export` JSONL, one whole session per line with `messages`.
- `sharegpt`:      ShareGPT trajectories, one conversation per line: `conversations` of
                   `{from: system|human|gpt|tool, value}`; `<think>` blocks are dropped, `<tool_call>`
                   and `<tool_response>` blocks become tool turns.

Assistant tool calls and tool results are kept as `Turn`s with `tool_calls`/role 'tool' so the miner
can render them (compact) or drop them; they are never a chosen or rejected reply.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

ROLE_MAP = {"user": "user", "human": "user", "assistant": "assistant", "timmy": "assistant", "gpt": "assistant",
            "bot": "assistant", "ai": "assistant", "model": "assistant", "system": "system", "tool": "tool",
            "function": "tool", "observation": "tool", "function_call": "assistant"}
# Formats where each line is independent (resume from the byte offset) vs one session per file.
LINE_FORMATS = {"hermes_export", "sharegpt"}
FILE_FORMATS = {"hermes_json", "gateway", "chatlog"}
SESSION_FORMATS = LINE_FORMATS | FILE_FORMATS

_THINK = re.compile(r"<think>.*?</think>\s*", re.S)
_TOOL_CALL = re.compile(r"<tool_call>\s*(.*?)\s*</tool_call>", re.S)
_TOOL_RESP = re.compile(r"</?tool_response>")


class SessionError(ValueError):
    """A record that is not a readable session or message; `reason` is for the quarantine."""


@dataclass(frozen=True)
class Turn:
    role: str  # system | user | assistant | tool
    content: str
    tool_calls: tuple[str, ...] = ()  # compact "name: args" renderings of assistant tool calls
    where: str = ""  # position in the source, e.g. "messages[3]" or "line 7"


@dataclass
class Session:
    turns: list[Turn] = field(default_factory=list)
    where: str = ""  # e.g. "line 2" for one session among many in a file
    id: str = ""


# --- rendering helpers -----------------------------------------------------------------------------

def _squash(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _args_text(args) -> str:
    if isinstance(args, str):
        try:
            args = json.loads(args)
        except json.JSONDecodeError:
            return args
    if isinstance(args, dict) and len(args) == 1:
        (v,) = args.values()
        return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
    return json.dumps(args, ensure_ascii=False)


def render_call(name: str, args) -> str:
    return _squash(f"{name or 'tool'}: {_args_text(args)}")


def tool_result_text(content) -> str:
    """The useful part of a tool result: its `output`/`content` field when it is JSON, else the text."""
    if isinstance(content, str):
        try:
            data = json.loads(content)
        except json.JSONDecodeError:
            return content
    else:
        data = content
    if isinstance(data, dict):
        for k in ("output", "content", "result", "error"):
            if k in data:
                inner = data[k]
                return inner if isinstance(inner, str) else tool_result_text(inner)
    return json.dumps(data, ensure_ascii=False) if not isinstance(data, str) else data


def _content(value, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):  # OpenAI content parts
        return "".join(p.get("text", "") for p in value if isinstance(p, dict))
    raise SessionError(f"{where}: 'content' must be text, got {type(value).__name__}")


def _role(value, where: str) -> str:
    role = ROLE_MAP.get(str(value).lower()) if isinstance(value, str) else None
    if role is None:
        raise SessionError(f"{where}: unknown role {value!r} (expected user, assistant, timmy, system or tool)")
    return role


# --- one message in the OpenAI/Hermes shape --------------------------------------------------------

def openai_turns(msg, where: str) -> list[Turn]:
    """One OpenAI-style message (Hermes JSON, gateway, export, plain log) -> turns."""
    if not isinstance(msg, dict):
        raise SessionError(f"{where}: a message must be a JSON object, got {type(msg).__name__}")
    kind = msg.get("type")
    if kind == "tool_call":  # plain chat log: the call and its result on one line
        call = render_call(msg.get("tool", ""), msg.get("args", ""))
        return [Turn("assistant", "", (call,), where), Turn("tool", tool_result_text(msg.get("result", "")), (), where)]
    if kind not in (None, "message"):
        return []  # decision / error / status lines are not part of the conversation
    if "role" not in msg:
        raise SessionError(f"{where}: message has no 'role'")
    if msg["role"] == "session_meta":
        sp = msg.get("system_prompt") or msg.get("system")
        return [Turn("system", sp, (), where)] if isinstance(sp, str) and sp else []
    role = _role(msg["role"], where)
    content = _content(msg.get("content"), where)
    calls = []
    raw_calls = msg.get("tool_calls") or []
    if not isinstance(raw_calls, list):
        raise SessionError(f"{where}: 'tool_calls' must be a list, got {type(raw_calls).__name__}")
    for c in raw_calls:
        fn = c.get("function", c) if isinstance(c, dict) else c
        calls.append(render_call(fn.get("name", ""), fn.get("arguments", "")) if isinstance(fn, dict)
                     else _squash(json.dumps(fn, ensure_ascii=False)))
    if role == "tool":
        content = tool_result_text(content)
    return [Turn(role, content, tuple(calls), where)]


def _messages_session(messages, where: str, system: str | None = None, sid: str = "") -> Session:
    if not isinstance(messages, list):
        raise SessionError(f"{where or 'session'}: 'messages' must be a list, got {type(messages).__name__}")
    s = Session(where=where, id=sid)
    if isinstance(system, str) and system.strip():
        s.turns.append(Turn("system", system, (), "system_prompt"))
    for i, m in enumerate(messages):
        s.turns.extend(openai_turns(m, f"{where + ' ' if where else ''}messages[{i}]"))
    return s


def hermes_session(data: dict, where: str = "") -> Session:
    """A Hermes session JSON object, or one line of `hermes sessions export`."""
    if not isinstance(data, dict) or "messages" not in data:
        raise SessionError(f"{where or 'file'}: expected a session object with 'messages'")
    system = data.get("system_prompt") or data.get("system")
    return _messages_session(data["messages"], where, system, str(data.get("session_id") or data.get("id") or ""))


# --- ShareGPT trajectories -------------------------------------------------------------------------

def _sharegpt_gpt(value: str, where: str) -> list[Turn]:
    text = _THINK.sub("", value)
    calls = []
    for block in _TOOL_CALL.findall(text):
        try:
            obj = json.loads(block)
            calls.append(render_call(obj.get("name", ""), obj.get("arguments", "")))
        except (json.JSONDecodeError, AttributeError):
            calls.append(_squash(block))
    text = _TOOL_CALL.sub("", text).strip()
    return [Turn("assistant", text, tuple(calls), where)]


def sharegpt_session(data: dict, where: str = "") -> Session:
    conv = data.get("conversations") if isinstance(data, dict) else None
    if not isinstance(conv, list):
        raise SessionError(f"{where}: expected 'conversations' as a list of {{from, value}} turns")
    s = Session(where=where, id=str(data.get("id", "")))
    for i, t in enumerate(conv):
        w = f"{where} conversations[{i}]".strip()
        if not isinstance(t, dict) or "from" not in t:
            raise SessionError(f"{w}: a turn must be an object with 'from' and 'value'")
        role = _role(t["from"], w)
        value = _content(t.get("value"), w)
        if role == "assistant":
            s.turns.extend(_sharegpt_gpt(value, w))
        elif role == "tool":
            s.turns.append(Turn("tool", tool_result_text(_TOOL_RESP.sub("", value).strip()), (), w))
        else:
            s.turns.append(Turn(role, value, (), w))
    return s


# --- detection -------------------------------------------------------------------------------------

def detect(first: object, suffix: str) -> str | None:
    """Session format of a file from its first record, or None when it is not a session file.

    `first` is the parsed JSON of a `.json` file, or of the first non-blank line of a `.jsonl` file.
    Pair files (they carry chosen/rejected or preferred_output) are not sessions.
    """
    if not isinstance(first, dict):
        return None
    if {"chosen", "rejected"} <= first.keys() or "preferred_output" in first:
        return None
    if suffix == ".json":
        if "messages" in first:
            return "hermes_json"
        return "sharegpt" if "conversations" in first else None
    if first.get("role") == "session_meta":
        return "gateway"
    if "messages" in first:
        return "hermes_export"
    if "conversations" in first:
        return "sharegpt"
    if first.get("type") in ("message", "tool_call", "decision", "error") or "role" in first:
        return "chatlog"
    return None


def line_session(fmt: str, rec, where: str) -> Session:
    """One line of a line-per-session format."""
    if fmt == "hermes_export":
        return hermes_session(rec, where)
    if fmt == "sharegpt":
        return sharegpt_session(rec, where)
    raise ValueError(f"{fmt} is not a line-per-session format")
