"""How the shared corpus writer (`corpus_writer.py`) lays one session out in each of the five export formats: the
assistant's tool schemas, deterministic clocks and session ids, and one builder per format (A-E)."""

import hashlib
import json
from datetime import UTC, datetime, timedelta

MODEL = "hermes3:8b"
THINK = "<think>\n\n</think>\n"
TOOL_SCHEMAS = {
    "terminal": {
        "type": "function",
        "function": {
            "name": "terminal",
            "description": "Run a shell command on the owner's Mac mini and return its output and exit code.",
            "parameters": {
                "type": "object",
                "properties": {
                    "command": {"type": "string", "description": "Shell command to execute."},
                    "timeout": {"type": "integer", "description": "Seconds to wait before giving up."},
                },
                "required": ["command"],
            },
        },
    },
    "memory": {
        "type": "function",
        "function": {
            "name": "memory",
            "description": "Keep a durable note about the owner or their setup for later sessions.",
            "parameters": {
                "type": "object",
                "properties": {
                    "action": {"type": "string", "enum": ["add", "replace", "remove"]},
                    "target": {"type": "string", "enum": ["memory", "user"]},
                    "content": {"type": "string"},
                },
                "required": ["action", "target"],
            },
        },
    },
    "web_search": {
        "type": "function",
        "function": {
            "name": "web_search",
            "description": "Search the web and return the top results as text.",
            "parameters": {
                "type": "object",
                "properties": {"query": {"type": "string", "description": "What to search for."}},
                "required": ["query"],
            },
        },
    },
}


# ------------------------------------------------------------------ helpers


class Clock:
    """Deterministic timestamps: each step advances by an amount derived from its text."""

    def __init__(self, date, time):
        self.t = datetime.strptime(date + " " + time, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        self.start = self.t

    def step(self, text, kind):
        base = {"u": 30, "a": 4, "t": 2, "r": 1, "d": 0, "e": 1}[kind]
        per = {"u": 3, "a": 90, "t": 400, "r": 400, "d": 400, "e": 400}[kind]
        micro = (sum(ord(ch) for ch in text) * 7919 + len(text) * 104729) % 1000000
        self.t = self.t + timedelta(seconds=base + len(text) // per, microseconds=micro)
        return self.t

    @staticmethod
    def iso(t):
        return t.replace(tzinfo=None).isoformat(timespec="microseconds")

    @staticmethod
    def epoch(t):
        return round(t.timestamp(), 2)


def session_id(c, date, time, title):
    digest = hashlib.sha1((c.name + "|" + date + "|" + title).encode("utf-8")).hexdigest()[:6]
    return date.replace("-", "") + "_" + time.replace(":", "") + "_" + digest


def tools_used(steps):
    names = []
    for st in steps:
        if st[0] == "t" and st[1] not in names:
            names.append(st[1])
    return names


def tool_result(st):
    return json.dumps({"output": st[3], "exit_code": st[4]}, ensure_ascii=False)


def openai_messages(steps, clock, stamp):
    """Messages in the Hermes/OpenAI style used by formats A, B and C; stamp(t) formats the time or None."""
    msgs, n = [], 0
    for st in steps:
        if st[0] == "u":
            m = {"role": "user", "content": st[2]}
            t = clock.step(st[2], "u")
        elif st[0] == "a":
            m = {"role": "assistant", "content": st[1], "reasoning": None, "finish_reason": "stop"}
            t = clock.step(st[1], "a")
        elif st[0] == "t":
            n += 1
            call = "call_%d" % n
            m = {
                "role": "assistant", "content": "", "reasoning": None, "finish_reason": "tool_calls",
                "tool_calls": [{"id": call, "type": "function",
                                "function": {"name": st[1], "arguments": json.dumps(st[2], ensure_ascii=False)}}],
            }
            t = clock.step(json.dumps(st[2]), "t")
            if stamp:
                m["timestamp"] = stamp(t)
            msgs.append(m)
            m = {"role": "tool", "tool_call_id": call, "tool_name": st[1], "content": tool_result(st)}
            t = clock.step(st[3], "r")
        else:
            raise ValueError("format A/B/C sessions cannot hold %r steps" % (st[0],))
        if stamp:
            m["timestamp"] = stamp(t)
        msgs.append(m)
    return msgs


# ------------------------------------------------------------------ the five formats


def build_a(c, sess):
    clock = Clock(sess["date"], sess["time"])
    sid = session_id(c, sess["date"], sess["time"], sess["title"])
    msgs = openai_messages(sess["steps"], clock, None)
    doc = {
        "session_id": sid,
        "model": c.model,
        "base_url": "http://127.0.0.1:11434/v1",
        "platform": sess["platform"],
        "session_start": Clock.iso(clock.start),
        "last_updated": Clock.iso(clock.t),
        "system_prompt": c.system_prompt,
        "tools": [TOOL_SCHEMAS[n] for n in tools_used(sess["steps"])],
        "message_count": len(msgs),
        "messages": msgs,
    }
    return "session_%s.json" % sid, json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def build_b(c, sess):
    clock = Clock(sess["date"], sess["time"])
    sid = session_id(c, sess["date"], sess["time"], sess["title"])
    meta = {"role": "session_meta", "tools": [TOOL_SCHEMAS[n] for n in tools_used(sess["steps"])],
            "model": c.model, "platform": sess["platform"], "timestamp": Clock.iso(clock.start)}
    msgs = openai_messages(sess["steps"], clock, Clock.iso)
    lines = [json.dumps(meta, ensure_ascii=False)] + [json.dumps(m, ensure_ascii=False) for m in msgs]
    return "%s.jsonl" % sid, "\n".join(lines) + "\n"


def build_c(c, date, sessions):
    lines = []
    for sess in sessions:
        clock = Clock(date, sess["time"])
        msgs = openai_messages(sess["steps"], clock, Clock.epoch)
        for m in msgs:  # the export keeps neither reasoning nor finish_reason
            m.pop("reasoning", None)
            m.pop("finish_reason", None)
        doc = {"id": session_id(c, date, sess["time"], sess["title"]), "source": "cli", "model": c.model,
               "started_at": Clock.epoch(clock.start), "ended_at": Clock.epoch(clock.t),
               "title": sess["title"], "messages": msgs}
        lines.append(json.dumps(doc, ensure_ascii=False))
    return "hermes_export_%s.jsonl" % date, "\n".join(lines) + "\n"


def d_system_prompt(c, names):
    tools = json.dumps([TOOL_SCHEMAS[n]["function"] for n in names], ensure_ascii=False)
    return (c.system_prompt + "\n\nYou are a function calling AI model. You are provided with function signatures "
            "within <tools> </tools> XML tags. You may call one or more functions to assist with the user query. "
            "Don't make assumptions about what values to plug into functions.\n<tools>\n" + tools + "\n</tools>\n"
            "For each function call return a JSON object with the function name and arguments within "
            "<tool_call> </tool_call> XML tags.")


def build_d(c, date, sessions):
    lines = []
    for sess in sessions:
        clock = Clock(date, sess["time"])
        conv = [{"from": "system", "value": d_system_prompt(c, tools_used(sess["steps"]) or ["terminal"])}]
        n = 0
        for st in sess["steps"]:
            if st[0] == "u":
                conv.append({"from": "human", "value": st[2]})
                clock.step(st[2], "u")
            elif st[0] == "a":
                conv.append({"from": "gpt", "value": THINK + st[1]})
                clock.step(st[1], "a")
            elif st[0] == "t":
                n += 1
                call = json.dumps({"name": st[1], "arguments": st[2]}, ensure_ascii=False)
                conv.append({"from": "gpt", "value": THINK + "<tool_call>\n" + call + "\n</tool_call>"})
                resp = json.dumps({"tool_call_id": "call_%d" % n, "name": st[1],
                                   "content": {"output": st[3], "exit_code": st[4]}}, ensure_ascii=False)
                conv.append({"from": "tool", "value": "<tool_response>\n" + resp + "\n</tool_response>"})
                clock.step(st[3], "t")
            else:
                raise ValueError("format D sessions cannot hold %r steps" % (st[0],))
        doc = {"conversations": conv, "timestamp": Clock.iso(clock.t), "model": c.model, "completed": True}
        lines.append(json.dumps(doc, ensure_ascii=False))
    return "trajectories_%s.jsonl" % date, "\n".join(lines) + "\n"


def build_e(c, date, sess):
    clock = Clock(date, "07:30:00")
    lines = []
    for st in sess["steps"]:
        if st[0] == "u":
            ev = {"type": "message", "role": "user", "content": st[2]}
            t = clock.step(st[2], "u")
        elif st[0] == "a":
            ev = {"type": "message", "role": sess["role"], "content": st[1]}
            t = clock.step(st[1], "a")
        elif st[0] == "t":
            ev = {"type": "tool_call", "tool": st[1], "args": st[2], "result": tool_result(st)}
            t = clock.step(st[3], "t")
        elif st[0] == "d":
            ev = {"type": "decision", "decision": st[1], "rationale": st[2]}
            t = clock.step(st[1], "d")
        elif st[0] == "e":
            ev = {"type": "error", "error": st[1], "context": st[2]}
            t = clock.step(st[1], "e")
        else:
            raise ValueError(st[0])
        ev["timestamp"] = Clock.iso(t)
        lines.append(json.dumps(ev, ensure_ascii=False))
    return "session_%s.jsonl" % date, "\n".join(lines) + "\n"
