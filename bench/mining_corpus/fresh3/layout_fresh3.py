"""How the `fresh3` corpus is laid out in the five export formats (see make_fresh3.py): the shared system
prompts and tool schema, a deterministic timeline per file, and one renderer per format."""

import datetime as _dt
import json
import random

SYSTEM_PROMPT = (
    "You are Timmy, a friendly personal assistant that runs on your owner's own computer "
    "through Hermes Agent. You can use the terminal tool to run shell commands on that "
    "computer when it helps. Be practical, kind and clear; your owners are not programmers."
)

TERMINAL_TOOL = {
    "type": "function",
    "function": {
        "name": "terminal",
        "description": "Run a shell command on the owner's computer and return its output.",
        "parameters": {
            "type": "object",
            "properties": {
                "command": {"type": "string", "description": "The command to run."},
                "timeout": {"type": "integer", "description": "Seconds before the command is killed."},
            },
            "required": ["command"],
        },
    },
}

SHAREGPT_SYSTEM = (
    SYSTEM_PROMPT
    + "\n\nYou are a function calling AI model. You are provided with function signatures "
    "within <tools> </tools> XML tags. You may call one or more functions to assist with "
    "the user query. Don't make assumptions about what values to plug into functions.\n<tools>\n"
    + json.dumps([TERMINAL_TOOL["function"]])
    + "\n</tools>\nFor each function call return a JSON object with the function name and "
    "arguments within <tool_call> </tool_call> XML tags."
)

THINK = "<think>\n\n</think>\n"

# ---------------------------------------------------------------------------
# Layout of the five export formats
# ---------------------------------------------------------------------------

UK = _dt.timezone(_dt.timedelta(hours=1))


def _file_start(name):
    stem = name.split(".")[0]
    digits = "".join(ch for ch in stem if ch.isdigit())
    if len(digits) >= 14:
        return _dt.datetime.strptime(digits[:14], "%Y%m%d%H%M%S")
    return _dt.datetime.strptime(digits[:8], "%Y%m%d").replace(hour=7)


def _iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f")


def _epoch(t):
    return round(t.replace(tzinfo=UK).timestamp(), 2)


def timeline(items, start, rng):
    t = start + _dt.timedelta(seconds=rng.uniform(2, 6))
    out = []
    for it in items:
        if it[0] == "u":
            if out:
                t += _dt.timedelta(seconds=rng.uniform(20, 120) + len(it[1]) / 5)
            out.append(t)
        elif it[0] == "a":
            t += _dt.timedelta(seconds=rng.uniform(1.5, 5) + len(it[1]) / 60)
            out.append(t)
        elif it[0] == "t":
            t += _dt.timedelta(seconds=rng.uniform(1, 3))
            t1 = t
            t += _dt.timedelta(seconds=rng.uniform(0.3, 5))
            out.append((t1, t))
        else:
            t += _dt.timedelta(seconds=rng.uniform(0.2, 1))
            out.append(t)
    return out


def session_starts(name, sessions):
    rng = random.Random("start:" + name)
    t = _file_start(name) + _dt.timedelta(minutes=rng.uniform(0, 80), microseconds=rng.randrange(1000000))
    starts = []
    for i, _s in enumerate(sessions):
        if i:
            t = t + _dt.timedelta(hours=rng.uniform(1.5, 4), seconds=rng.uniform(0, 2400))
        starts.append(t)
    return starts


def _sid(t, rng):
    return t.strftime("%Y%m%d_%H%M%S") + "_" + "".join(rng.choice("0123456789abcdef") for _ in range(6))


def render_A(name, sessions):
    assert len(sessions) == 1
    s = sessions[0]
    rng = random.Random(name)
    start = _file_start(name)
    ts = timeline(s["items"], start, rng)
    msgs, n = [], 0
    for it in s["items"]:
        if it[0] == "u":
            msgs.append({"role": "user", "content": it[1]})
        elif it[0] == "a":
            msgs.append({"role": "assistant", "content": it[1], "reasoning": None, "finish_reason": "stop"})
        elif it[0] == "t":
            n += 1
            cid = "call_%d" % n
            msgs.append({"role": "assistant", "content": "", "reasoning": None, "finish_reason": "tool_calls",
                         "tool_calls": [{"id": cid, "type": "function", "function": {
                             "name": "terminal", "arguments": json.dumps({"command": it[1]})}}]})
            msgs.append({"role": "tool", "tool_call_id": cid, "tool_name": "terminal",
                         "content": json.dumps({"output": it[2], "exit_code": it[3]})})
        else:
            raise ValueError("format A has no %s lines" % it[0])
    last = ts[-1][1] if isinstance(ts[-1], tuple) else ts[-1]
    doc = {
        "session_id": name[len("session_"):-len(".json")],
        "model": "hermes3:8b",
        "base_url": "http://127.0.0.1:11434/v1",
        "platform": "cli",
        "session_start": _iso(start + _dt.timedelta(microseconds=rng.randrange(1000000))),
        "last_updated": _iso(last),
        "system_prompt": SYSTEM_PROMPT,
        "tools": [TERMINAL_TOOL],
        "message_count": len(msgs),
        "messages": msgs,
    }
    return json.dumps(doc, indent=2) + "\n"


def render_B(name, sessions, platform="telegram"):
    assert len(sessions) == 1
    s = sessions[0]
    rng = random.Random(name)
    start = _file_start(name)
    ts = timeline(s["items"], start, rng)
    lines = [{"role": "session_meta", "tools": [], "model": "hermes3:8b", "platform": platform,
              "timestamp": _iso(start)}]
    for it, t in zip(s["items"], ts):
        if it[0] == "u":
            lines.append({"role": "user", "content": it[1], "timestamp": _iso(t)})
        elif it[0] == "a":
            lines.append({"role": "assistant", "content": it[1], "reasoning": None, "finish_reason": "stop",
                          "timestamp": _iso(t)})
        else:
            raise ValueError("format B sessions here have no %s lines" % it[0])
    return "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)


def render_C(name, sessions, source="cli"):
    rng = random.Random(name)
    out = []
    for s, start in zip(sessions, session_starts(name, sessions)):
        ts = timeline(s["items"], start, rng)
        msgs = []
        for it, t in zip(s["items"], ts):
            if it[0] == "u":
                msgs.append({"role": "user", "content": it[1], "timestamp": _epoch(t)})
            elif it[0] == "a":
                msgs.append({"role": "assistant", "content": it[1], "timestamp": _epoch(t)})
            else:
                raise ValueError("format C sessions here have no %s lines" % it[0])
        out.append({"id": _sid(start, rng), "source": source, "model": "hermes3:8b",
                    "started_at": _epoch(start), "ended_at": _epoch(ts[-1] + _dt.timedelta(seconds=3.1)),
                    "title": s["title"], "messages": msgs})
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)


def render_D(name, sessions):
    rng = random.Random(name)
    out = []
    for s, start in zip(sessions, session_starts(name, sessions)):
        conv = [{"from": "system", "value": SHAREGPT_SYSTEM}]
        n = 0
        for it in s["items"]:
            if it[0] == "u":
                conv.append({"from": "human", "value": it[1]})
            elif it[0] == "a":
                conv.append({"from": "gpt", "value": THINK + it[1]})
            elif it[0] == "t":
                n += 1
                conv.append({"from": "gpt", "value": THINK + "<tool_call>\n" + json.dumps(
                    {"name": "terminal", "arguments": {"command": it[1]}}) + "\n</tool_call>"})
                conv.append({"from": "tool", "value": "<tool_response>\n" + json.dumps(
                    {"tool_call_id": "call_%d" % n, "name": "terminal",
                     "content": {"output": it[2], "exit_code": it[3]}}) + "\n</tool_response>"})
            else:
                raise ValueError("format D has no %s lines" % it[0])
        ts = timeline(s["items"], start, rng)
        last = ts[-1][1] if isinstance(ts[-1], tuple) else ts[-1]
        out.append({"conversations": conv, "timestamp": _iso(last), "model": "hermes3:8b",
                    "completed": s["items"][-1][0] == "a"})
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)


def render_E(name, sessions, role="timmy"):
    assert len(sessions) == 1
    s = sessions[0]
    rng = random.Random(name)
    start = _file_start(name) + _dt.timedelta(hours=rng.uniform(0, 12), seconds=rng.uniform(0, 3000))
    ts = timeline(s["items"], start, rng)
    lines = []
    for it, t in zip(s["items"], ts):
        if it[0] == "u":
            lines.append({"type": "message", "role": "user", "content": it[1], "timestamp": _iso(t)})
        elif it[0] == "a":
            lines.append({"type": "message", "role": role, "content": it[1], "timestamp": _iso(t)})
        elif it[0] == "t":
            lines.append({"type": "tool_call", "tool": "terminal", "args": {"command": it[1]},
                          "result": json.dumps({"output": it[2], "exit_code": it[3]}), "timestamp": _iso(t[1])})
        elif it[0] == "dec":
            lines.append({"type": "decision", "decision": it[1], "rationale": it[2], "timestamp": _iso(t)})
        elif it[0] == "err":
            lines.append({"type": "error", "error": it[1], "context": it[2], "timestamp": _iso(t)})
    return "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)


RENDER = {"A": render_A, "B": render_B, "C": render_C, "D": render_D, "E": render_E}
