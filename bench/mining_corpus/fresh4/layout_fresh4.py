"""How the fresh4 corpus (author E) is laid out in the five export formats (see make_fresh4.py): the assistant's
system prompts and tool schemas, deterministic clocks and ids, one writer per format."""

import datetime as dt
import hashlib
import json
import random
from collections import OrderedDict

THINK = "<think>\n\n</think>\n"
MODEL = "qwen2.5:14b-instruct"
MODEL_D = "qwen3:14b"
BASE_URL = "http://127.0.0.1:11434/v1"
SYSTEM_PROMPT = ("You are Timmy, the household's personal assistant. You run on the owner's "
                 "Mac mini in the study through Hermes Agent and can use tools on that "
                 "machine (a terminal, and a memory for durable notes). Answer plainly and "
                 "help with whatever the owner brings you.")
TOOL_SCHEMAS = {
    "terminal": {"type": "function", "function": {
        "name": "terminal",
        "description": "Execute a shell command on the Mac mini and return what it printed.",
        "parameters": {"type": "object", "properties": {
            "command": {"type": "string", "description": "Shell command line."},
            "timeout": {"type": "integer", "description": "Kill the command after this many seconds."}},
            "required": ["command"]}}},
    "memory": {"type": "function", "function": {
        "name": "memory",
        "description": "Keep durable notes about the owner or the machine across sessions.",
        "parameters": {"type": "object", "properties": {
            "action": {"type": "string", "enum": ["add", "replace", "remove"]},
            "target": {"type": "string", "enum": ["memory", "user"]},
            "content": {"type": "string"}},
            "required": ["action", "target"]}}},
}
SYSTEM_PROMPT_D = (SYSTEM_PROMPT + "\n\nYou may call functions to help with the request. The "
                   "available functions are listed as JSON inside <tools></tools>.\n<tools>\n"
                   + json.dumps([TOOL_SCHEMAS["terminal"]["function"]])
                   + "\n</tools>\nTo call a function, reply with a JSON object holding its name "
                   "and arguments inside <tool_call></tool_call> tags.")

# ------------------------------------------------------------------ layout
class Clock:
    def __init__(self, start, seed):
        self.t = dt.datetime.fromisoformat(start) + dt.timedelta(microseconds=seed % 997 * 1000 + 123)
        self.rng = random.Random(seed)

    def tick(self, kind):
        lo, hi = {"user": (20, 140), "assistant": (3, 18), "tool": (1, 6), "new": (900, 7200)}[kind]
        self.t += dt.timedelta(seconds=self.rng.uniform(lo, hi))
        return self.t

    def iso(self):
        return self.t.isoformat(timespec="microseconds")

    def epoch(self):
        return round(self.t.replace(tzinfo=dt.UTC).timestamp(), 2)


def seed_of(s):
    return int(hashlib.sha1(s.encode()).hexdigest()[:8], 16)


def sid_of(start):
    t = dt.datetime.fromisoformat(start)
    return t.strftime("%Y%m%d_%H%M%S") + "_" + hashlib.sha1(("fresh4" + start).encode()).hexdigest()[:6]


def tools_used(sess):
    used = []
    for it in sess["items"]:
        if it[0] == "t" and it[1] not in used:
            used.append(it[1])
    return [TOOL_SCHEMAS[t] for t in sorted(used)]


def openai_messages(sess, clock, stamp):
    """Messages for A, B and C.  stamp: None, 'iso' or 'epoch'."""
    msgs, n_call = [], 0
    for it in sess["items"]:
        assert it[0] in "uat", "%s line in format %s" % (it[0], sess["fmt"])
        if it[0] == "u":
            if it[2] == "new_task":
                clock.tick("new")
            clock.tick("user")
            m = {"role": "user", "content": it[1]}
        elif it[0] == "a":
            clock.tick("assistant")
            m = {"role": "assistant", "content": it[1]}
            if stamp != "epoch":
                m.update(reasoning=None, finish_reason="stop")
        else:
            n_call += 1
            cid = "call_%d" % n_call
            clock.tick("tool")
            call = {"role": "assistant", "content": "", "tool_calls": [
                {"id": cid, "type": "function",
                 "function": {"name": it[1], "arguments": json.dumps(it[2])}}]}
            if stamp != "epoch":
                call = {"role": "assistant", "content": "", "reasoning": None,
                        "finish_reason": "tool_calls", "tool_calls": call["tool_calls"]}
            if stamp:
                call["timestamp"] = clock.iso() if stamp == "iso" else clock.epoch()
            msgs.append(call)
            clock.tick("tool")
            m = {"role": "tool", "tool_call_id": cid, "tool_name": it[1], "content": json.dumps(it[3])}
        if stamp:
            m["timestamp"] = clock.iso() if stamp == "iso" else clock.epoch()
        msgs.append(m)
    return msgs


def write_a(sess):
    sid = sid_of(sess["start"])
    clock = Clock(sess["start"], seed_of(sid))
    start_iso = clock.iso()
    msgs = openai_messages(sess, clock, None)
    doc = OrderedDict([
        ("session_id", sid), ("model", MODEL), ("base_url", BASE_URL),
        ("platform", sess.get("platform", "cli")), ("session_start", start_iso),
        ("last_updated", clock.iso()), ("system_prompt", SYSTEM_PROMPT),
        ("tools", tools_used(sess)), ("message_count", len(msgs)), ("messages", msgs)])
    return "session_%s.json" % sid, json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write_b(sess):
    sid = sid_of(sess["start"])
    clock = Clock(sess["start"], seed_of(sid))
    meta = {"role": "session_meta", "tools": tools_used(sess), "model": MODEL,
            "platform": sess.get("platform", "telegram"),
            "timestamp": dt.datetime.fromisoformat(sess["start"]).isoformat(timespec="microseconds")}
    msgs = openai_messages(sess, clock, "iso")
    lines = [json.dumps(meta, ensure_ascii=False)] + [json.dumps(m, ensure_ascii=False) for m in msgs]
    return "%s.jsonl" % sid, "\n".join(lines) + "\n"


def c_line(sess):
    sid = sid_of(sess["start"])
    clock = Clock(sess["start"], seed_of(sid))
    started = clock.epoch()
    msgs = openai_messages(sess, clock, "epoch")
    doc = OrderedDict([("id", sid), ("source", sess.get("source", "cli")), ("model", MODEL),
                       ("started_at", started), ("ended_at", round(clock.epoch() + 2.5, 2)),
                       ("title", sess["title"]), ("messages", msgs)])
    return json.dumps(doc, ensure_ascii=False)


def d_line(sess):
    sid = sid_of(sess["start"])
    clock = Clock(sess["start"], seed_of(sid))
    conv, n_call = [{"from": "system", "value": SYSTEM_PROMPT_D}], 0
    for it in sess["items"]:
        assert it[0] in "uat"
        if it[0] == "u":
            clock.tick("user")
            conv.append({"from": "human", "value": it[1]})
        elif it[0] == "a":
            clock.tick("assistant")
            conv.append({"from": "gpt", "value": THINK + it[1]})
        else:
            n_call += 1
            clock.tick("tool")
            conv.append({"from": "gpt", "value": THINK + "<tool_call>\n"
                         + json.dumps({"name": it[1], "arguments": it[2]}) + "\n</tool_call>"})
            conv.append({"from": "tool", "value": "<tool_response>\n" + json.dumps(
                {"tool_call_id": "call_%d" % n_call, "name": it[1], "content": it[3]})
                + "\n</tool_response>"})
    doc = OrderedDict([("conversations", conv), ("timestamp", clock.iso()), ("model", MODEL_D),
                       ("completed", conv[-1]["from"] == "gpt")])
    return json.dumps(doc, ensure_ascii=False)


def write_e(sess):
    day = sess["start"][:10]
    clock = Clock(sess["start"], seed_of(sess["start"]))
    role = sess.get("role", "timmy")
    lines = []
    for it in sess["items"]:
        if it[0] == "u":
            if it[2] == "new_task":
                clock.tick("new")
            clock.tick("user")
            ev = {"type": "message", "role": "user", "content": it[1]}
        elif it[0] == "a":
            clock.tick("assistant")
            ev = {"type": "message", "role": role, "content": it[1]}
        elif it[0] == "t":
            clock.tick("tool")
            ev = {"type": "tool_call", "tool": it[1], "args": it[2], "result": json.dumps(it[3])}
        elif it[0] == "d":
            clock.tick("tool")
            ev = {"type": "decision", "decision": it[1], "rationale": it[2]}
        else:
            clock.tick("tool")
            ev = {"type": "error", "error": it[1], "context": it[2]}
        ev["timestamp"] = clock.iso()
        lines.append(json.dumps(ev, ensure_ascii=False))
    return "session_%s.jsonl" % day, "\n".join(lines) + "\n"
