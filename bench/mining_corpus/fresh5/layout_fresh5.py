"""How the fresh5 corpus (author F) is laid out in the five export formats (see make_fresh5.py): the assistant's
system prompt and tool specs, deterministic timelines and ids, one writer per format."""

import calendar
import collections
import datetime
import hashlib
import json

CORRECTION_KINDS = ["explicit", "repeat_narrow", "echo", "instead", "reject_approach", "partial"]
NEGATIVE_KINDS = ["decline_offer", "followup", "new_task", "clarify_answer", "acceptance", "plain"]
ALL_KINDS = CORRECTION_KINDS + NEGATIVE_KINDS

MODEL = "hermes3:8b"
BASE_URL = "http://127.0.0.1:11434/v1"
THINK = "<think>\n\n</think>\n"

SYSTEM_PROMPT = (
    "You are Timmy, a personal assistant that runs on your owner's own computer through "
    "Hermes Agent. Be direct and practical. You may run shell commands with the terminal "
    "tool and keep durable notes with the memory tool when that genuinely helps."
)

TOOL_SPECS = {
    "terminal": {
        "type": "function",
        "function": {
            "name": "terminal",
            "description": "Run a shell command on the owner's computer and return its output.",
            "parameters": {
                "type": "object",
                "properties": {
                    "command": {"type": "string", "description": "Shell command to run."},
                    "timeout": {"type": "integer", "description": "Seconds before the command is stopped."},
                },
                "required": ["command"],
            },
        },
    },
    "memory": {
        "type": "function",
        "function": {
            "name": "memory",
            "description": "Store durable notes about the owner or their environment for later sessions.",
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
}


# ---------------------------------------------------------------------------
# helpers


def _h(text, n=6):
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def tools_used(sess):
    names = []
    for t in sess["turns"]:
        if t[0] == "tool" and t[1] not in names:
            names.append(t[1])
    return [TOOL_SPECS[n] for n in names]


def timeline(sess):
    """Deterministic timestamps: a datetime for every turn of the session."""
    clock = datetime.datetime.fromisoformat(sess["when"])
    out = []
    for i, t in enumerate(sess["turns"]):
        if t[0] == "user":
            step = 12 + len(t[2]) // 4
        elif t[0] == "asst":
            step = 3 + len(t[1]) // 90
        else:
            step = 2
        micro = int(_h("%s|%d|%s" % (sess["when"], i, t[0]), 8), 16) % 1000000
        clock = clock + datetime.timedelta(seconds=step)
        out.append(clock.replace(microsecond=micro))
    return out


def session_id(sess):
    start = datetime.datetime.fromisoformat(sess["when"])
    key = sess.get("title") or sess["turns"][0][2]
    return start.strftime("%Y%m%d_%H%M%S_") + _h(key)


def iso(dt):
    return dt.isoformat(timespec="microseconds")


def epoch(dt):
    return round(calendar.timegm(dt.timetuple()) + dt.microsecond / 1e6, 2)


def assistant_tool_msg(call_id, name, args):
    return {
        "role": "assistant",
        "content": "",
        "reasoning": None,
        "finish_reason": "tool_calls",
        "tool_calls": [
            {"id": call_id, "type": "function",
             "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)}}
        ],
    }


def openai_messages(sess, with_ts=None):
    """Messages for formats A, B, C. with_ts: None, 'iso' or 'epoch'."""
    msgs = []
    times = timeline(sess)
    n_call = 0
    for t, ts in zip(sess["turns"], times):
        if t[0] == "user":
            m = [{"role": "user", "content": t[2]}]
        elif t[0] == "asst":
            m = [{"role": "assistant", "content": t[1], "reasoning": None, "finish_reason": "stop"}]
        elif t[0] == "tool":
            n_call += 1
            cid = "call_%d" % n_call
            m = [assistant_tool_msg(cid, t[1], t[2]),
                 {"role": "tool", "tool_call_id": cid, "tool_name": t[1],
                  "content": json.dumps(t[3], ensure_ascii=False)}]
        else:  # decision / error events exist only in format E
            m = []
        for x in m:
            if with_ts == "iso":
                x["timestamp"] = iso(ts)
            elif with_ts == "epoch":
                x["timestamp"] = epoch(ts)
        msgs.extend(m)
    return msgs, times


def dumps_line(obj):
    return json.dumps(obj, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------
# writers: each returns {filename: text}


def write_a(sessions):
    files = {}
    for s in sessions:
        sid = session_id(s)
        msgs, times = openai_messages(s)
        obj = {
            "session_id": sid,
            "model": MODEL,
            "base_url": BASE_URL,
            "platform": s["platform"],
            "session_start": iso(datetime.datetime.fromisoformat(s["when"])),
            "last_updated": iso(times[-1]),
            "system_prompt": SYSTEM_PROMPT,
            "tools": tools_used(s),
            "message_count": len(msgs),
            "messages": msgs,
        }
        files["session_%s.json" % sid] = json.dumps(obj, ensure_ascii=False, indent=2) + "\n"
    return files


def write_b(sessions):
    files = {}
    for s in sessions:
        sid = session_id(s)
        msgs, _ = openai_messages(s, with_ts="iso")
        meta = {"role": "session_meta", "tools": tools_used(s), "model": MODEL,
                "platform": s["platform"],
                "timestamp": iso(datetime.datetime.fromisoformat(s["when"]))}
        files["%s.jsonl" % sid] = dumps_line(meta) + "".join(dumps_line(m) for m in msgs)
    return files


def grouped(sessions):
    out = collections.OrderedDict()
    for s in sessions:
        out.setdefault(s["file"], []).append(s)
    return out


def write_c(sessions):
    files = {}
    for fname, group in grouped(sessions).items():
        lines = []
        for s in group:
            msgs, times = openai_messages(s, with_ts="epoch")
            obj = {
                "id": session_id(s),
                "source": s["platform"],
                "model": MODEL,
                "started_at": epoch(datetime.datetime.fromisoformat(s["when"])),
                "ended_at": epoch(times[-1] + datetime.timedelta(seconds=4)),
                "title": s["title"],
                "messages": msgs,
            }
            lines.append(dumps_line(obj))
        files[fname] = "".join(lines)
    return files


def d_system_prompt(sess):
    specs = [TOOL_SPECS[n]["function"] for n in ("terminal", "memory")]
    return (
        SYSTEM_PROMPT
        + "\n\nYou are a function calling AI model. Function signatures are given inside "
        "<tools> </tools> XML tags. Call a function only when it helps, and do not guess "
        "argument values.\n<tools>\n" + json.dumps(specs, ensure_ascii=False) + "\n</tools>\n"
        "For each call, return a JSON object with the function name and arguments inside "
        "<tool_call> </tool_call> XML tags."
    )


def ends_unanswered(sess):
    last = [t for t in sess["turns"] if t[0] in ("user", "asst")][-1]
    return last[0] == "user" and last[1] in CORRECTION_KINDS


def write_d(sessions):
    files = {}
    for fname, group in grouped(sessions).items():
        lines = []
        for s in group:
            times = timeline(s)
            conv = [{"from": "system", "value": d_system_prompt(s)}]
            n_call = 0
            for t in s["turns"]:
                if t[0] == "user":
                    conv.append({"from": "human", "value": t[2]})
                elif t[0] == "asst":
                    conv.append({"from": "gpt", "value": THINK + t[1]})
                elif t[0] == "tool":
                    n_call += 1
                    call = json.dumps({"name": t[1], "arguments": t[2]}, ensure_ascii=False)
                    resp = json.dumps({"tool_call_id": "call_%d" % n_call, "name": t[1],
                                       "content": t[3]}, ensure_ascii=False)
                    conv.append({"from": "gpt", "value": THINK + "<tool_call>\n" + call + "\n</tool_call>"})
                    conv.append({"from": "tool", "value": "<tool_response>\n" + resp + "\n</tool_response>"})
            obj = {"conversations": conv, "timestamp": iso(times[-1]), "model": MODEL,
                   "completed": not ends_unanswered(s)}
            lines.append(dumps_line(obj))
        files[fname] = "".join(lines)
    return files


def write_e(sessions):
    files = {}
    for s in sessions:
        times = timeline(s)
        lines = []
        for t, ts in zip(s["turns"], times):
            if t[0] == "user":
                ev = {"type": "message", "role": "user", "content": t[2]}
            elif t[0] == "asst":
                ev = {"type": "message", "role": s["role"], "content": t[1]}
            elif t[0] == "tool":
                ev = {"type": "tool_call", "tool": t[1], "args": t[2],
                      "result": json.dumps(t[3], ensure_ascii=False)}
            elif t[0] == "decision":
                ev = {"type": "decision", "decision": t[1], "rationale": t[2]}
            else:
                ev = {"type": "error", "error": t[1], "context": t[2]}
            ev["timestamp"] = iso(ts)
            lines.append(dumps_line(ev))
        assert s["file"] not in files, s["file"]
        files[s["file"]] = "".join(lines)
    return files
