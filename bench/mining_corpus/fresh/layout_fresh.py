"""How the "fresh" corpus's sessions are serialised in the five export formats (see make_fresh.py): the
assistant's system prompt and tool schema, deterministic clocks and ids, one writer per format."""

import calendar
import datetime as dt
import hashlib
import json
import random

MODEL = "hermes3:8b"
SYSTEM = ("You are Timmy, Dana's personal assistant. You run locally on her Mac "
          "mini (M4, 32 GB) through Hermes Agent and can run shell commands with "
          "the terminal tool. Be useful, be brief, and don't guess when you can check.")

TERMINAL_TOOL = {
    "type": "function",
    "function": {
        "name": "terminal",
        "description": "Run a shell command on Dana's Mac mini and return its output.",
        "parameters": {
            "type": "object",
            "properties": {
                "command": {"type": "string", "description": "Shell command to run."},
                "timeout": {"type": "integer", "description": "Seconds before the command is killed."},
            },
            "required": ["command"],
        },
    },
}


# ==========================================================================
# serialisers
# ==========================================================================

def parse_start(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f")


def epoch(t):
    return calendar.timegm(t.timetuple()) + t.microsecond / 1e6


def hexid(*parts, n=6):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


class Clock:
    """Deterministic, plausible timestamps for one session."""

    def __init__(self, session):
        self.t = parse_start(session["start"])
        self.rng = random.Random(session["file"] + "#" + session["start"])
        self.first = True

    def step(self, what):
        r = self.rng
        if what == "user":
            sec = r.uniform(2.5, 6.0) if self.first else r.uniform(18, 150)
            self.first = False
        elif what == "assistant":
            sec = r.uniform(3, 16)
        else:  # tool / decision / error
            sec = r.uniform(0.3, 3.5)
        self.t += dt.timedelta(seconds=sec, microseconds=r.randrange(0, 999999))
        return self.t


def tool_result(out, code):
    return json.dumps({"output": out, "exit_code": code}, ensure_ascii=False)


def split_tool(tool):
    cmd, out = tool[0], tool[1]
    code = tool[2] if len(tool) > 2 else 0
    return cmd, out, code


def hermes_messages(session, with_ts, ts_fmt=iso):
    """Messages in Hermes shape (formats A, B, C)."""
    clock = Clock(session)
    msgs, call_n = [], 0
    for t in session["turns"]:
        if t["t"] == "user":
            m = {"role": "user", "content": t["text"]}
            if with_ts:
                m["timestamp"] = ts_fmt(clock.step("user"))
            msgs.append(m)
        elif t["t"] == "assistant":
            for tool in t["tools"]:
                cmd, out, code = split_tool(tool)
                call_n += 1
                cid = "call_%d" % call_n
                m = {"role": "assistant", "content": "", "reasoning": None,
                     "finish_reason": "tool_calls",
                     "tool_calls": [{"id": cid, "type": "function",
                                     "function": {"name": "terminal",
                                                  "arguments": json.dumps({"command": cmd}, ensure_ascii=False)}}]}
                if with_ts:
                    m["timestamp"] = ts_fmt(clock.step("assistant"))
                msgs.append(m)
                m = {"role": "tool", "tool_call_id": cid, "tool_name": "terminal",
                     "content": tool_result(out, code)}
                if with_ts:
                    m["timestamp"] = ts_fmt(clock.step("tool"))
                msgs.append(m)
            m = {"role": "assistant", "content": t["text"], "reasoning": None, "finish_reason": "stop"}
            if with_ts:
                m["timestamp"] = ts_fmt(clock.step("assistant"))
            msgs.append(m)
    return msgs, clock.t


def write_A(session):
    msgs, end = hermes_messages(session, with_ts=False)
    # advance a clock separately for session_start / last_updated
    clock = Clock(session)
    start = parse_start(session["start"])
    for t in session["turns"]:
        if t["t"] in ("user", "assistant"):
            clock.step(t["t"])
    sid = session["file"][len("session_"):-len(".json")]
    doc = {
        "session_id": sid,
        "model": MODEL,
        "base_url": "http://127.0.0.1:11434/v1",
        "platform": session["meta"].get("platform", "cli"),
        "session_start": iso(start + dt.timedelta(microseconds=random.Random(sid).randrange(999999))),
        "last_updated": iso(clock.t + dt.timedelta(seconds=2)),
        "system_prompt": SYSTEM,
        "tools": [TERMINAL_TOOL],
        "message_count": len(msgs),
        "messages": msgs,
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write_B(session):
    msgs, _ = hermes_messages(session, with_ts=True)
    meta = {"role": "session_meta",
            "tools": [TERMINAL_TOOL] if session["meta"].get("tools") else [],
            "model": MODEL,
            "platform": session["meta"].get("platform", "telegram"),
            "timestamp": iso(parse_start(session["start"]))}
    lines = [meta] + msgs
    return "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in lines)


def c_session(session):
    assert not any(t.get("tools") for t in session["turns"]), "format C sessions carry no tool calls"
    msgs, end = hermes_messages(session, with_ts=True, ts_fmt=lambda t: round(epoch(t), 2))
    for m in msgs:  # the export keeps only role/content/timestamp
        m.pop("reasoning", None)
        m.pop("finish_reason", None)
    start = parse_start(session["start"])
    sid = start.strftime("%Y%m%d_%H%M%S_") + hexid(session["file"], session["start"])
    return {"id": sid, "source": "cli", "model": MODEL,
            "started_at": round(epoch(start), 2),
            "ended_at": round(epoch(end) + 2.7, 2),
            "title": session["meta"]["title"],
            "messages": msgs}


D_SYSTEM = (SYSTEM + "\n\nYou are a function calling AI model. You are provided with function "
            "signatures within <tools> </tools> XML tags. You may call one or more functions "
            "to assist with the user query. Don't make assumptions about what values to plug "
            "into functions.\n<tools>\n"
            + json.dumps([TERMINAL_TOOL["function"]], ensure_ascii=False)
            + "\n</tools>\nFor each function call return a JSON object with the function name "
            "and arguments within <tool_call> </tool_call> XML tags.")

THINK = "<think>\n\n</think>\n"


def d_session(session, think):
    pre = THINK if think else ""
    conv = [{"from": "system", "value": D_SYSTEM}]
    call_n = 0
    last = None
    for t in session["turns"]:
        if t["t"] == "user":
            conv.append({"from": "human", "value": t["text"]})
            last = "user"
        elif t["t"] == "assistant":
            for tool in t["tools"]:
                cmd, out, code = split_tool(tool)
                call_n += 1
                call = json.dumps({"name": "terminal", "arguments": {"command": cmd}}, ensure_ascii=False)
                conv.append({"from": "gpt", "value": pre + "<tool_call>\n" + call + "\n</tool_call>"})
                resp = json.dumps({"tool_call_id": "call_%d" % call_n, "name": "terminal",
                                   "content": {"output": out, "exit_code": code}}, ensure_ascii=False)
                conv.append({"from": "tool", "value": "<tool_response>\n" + resp + "\n</tool_response>"})
            conv.append({"from": "gpt", "value": pre + t["text"]})
            last = "assistant"
    return {"conversations": conv,
            "timestamp": iso(parse_start(session["start"]) + dt.timedelta(
                microseconds=random.Random(session["start"]).randrange(999999))),
            "model": MODEL,
            "completed": last == "assistant"}


def write_E(session):
    role = session["meta"]["role"]
    clock = Clock(session)
    lines = []
    for t in session["turns"]:
        if t["t"] == "user":
            lines.append({"type": "message", "role": "user", "content": t["text"],
                          "timestamp": iso(clock.step("user"))})
        elif t["t"] == "decision":
            lines.append({"type": "decision", "decision": t["decision"], "rationale": t["rationale"],
                          "timestamp": iso(clock.step("decision"))})
        elif t["t"] == "error":
            lines.append({"type": "error", "error": t["error"], "context": t["context"],
                          "timestamp": iso(clock.step("error"))})
        else:
            for tool in t["tools"]:
                cmd, out, code = split_tool(tool)
                lines.append({"type": "tool_call", "tool": "terminal", "args": {"command": cmd},
                              "result": tool_result(out, code), "timestamp": iso(clock.step("tool"))})
            lines.append({"type": "message", "role": role, "content": t["text"],
                          "timestamp": iso(clock.step("assistant"))})
    return "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in lines)
