#!/usr/bin/env python3
"""Build the `fresh2` hand-labelled preference-mining corpus.

Every user turn, assistant reply and tool call below is hand-written data. This script
only lays the sessions out in the five export formats and derives labels.jsonl from the
same data (so texts and labels cannot drift). Standard library only, deterministic.

    python3 bench/mining_corpus/fresh2/make_fresh2.py
"""

import datetime as _dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ beside the corpus

SYSTEM_PROMPT = (
    "You are Timmy, a personal assistant for the Berg household, running locally through "
    "Hermes Agent on a Linux desktop (Ryzen 7, 64 GB RAM). You may use the terminal tool to "
    "run shell commands on this machine. Be helpful and keep answers to the point."
)

TERMINAL_TOOL = {
    "type": "function",
    "function": {
        "name": "terminal",
        "description": "Execute a shell command on the household desktop and return stdout/stderr.",
        "parameters": {
            "type": "object",
            "properties": {
                "command": {"type": "string", "description": "Shell command to execute."},
                "timeout": {"type": "integer", "description": "Timeout in seconds."},
            },
            "required": ["command"],
        },
    },
}

SHAREGPT_SYSTEM = (
    SYSTEM_PROMPT
    + "\n\nYou are a function calling AI model. You are provided with function signatures within "
    "<tools> </tools> XML tags. You may call one or more functions to assist with the user query. "
    "Don't make assumptions about what values to plug into functions.\n<tools>\n"
    + json.dumps([TERMINAL_TOOL["function"]])
    + "\n</tools>\nFor each function call return a JSON object with the function name and arguments "
    "within <tool_call> </tool_call> XML tags."
)

THINK = "<think>\n\n</think>\n"

import sessions_fresh2_a  # noqa: E402, F401  (importing the data modules fills FILES, in format order)
import sessions_fresh2_b  # noqa: E402, F401
import sessions_fresh2_c  # noqa: E402, F401
import sessions_fresh2_d  # noqa: E402, F401
import sessions_fresh2_e  # noqa: E402, F401
from sessions_fresh2 import ALL_KINDS, CORRECTION_KINDS, FILES  # noqa: E402  (the hand-written sessions)

# ===========================================================================
# Engine: labels, rendering, checks
# ===========================================================================

def derive_labels(name, idx, session):
    items = session["items"]
    users, replies = [], []
    for it in items:
        if it[0] == "u":
            users.append(it)
            replies.append(None)
        elif it[0] == "a":
            assert users, (name, idx)
            replies[-1] = it[1]
    n = len(users)
    corr = [u[2] in CORRECTION_KINDS for u in users]
    for j in range(n - 1):
        assert replies[j] is not None, (name, idx, j, "user turn without reply")
    anchor, chosen = [None] * n, [None] * n
    for j in range(n):
        if corr[j]:
            assert j > 0 and replies[j - 1] is not None, (name, idx, j)
            assert not (j >= 2 and corr[j - 1] and corr[j - 2]), "no triple corrections"
            anchor[j] = anchor[j - 1] if corr[j - 1] else j - 1
    for j in range(n - 1, -1, -1):
        if not corr[j]:
            continue
        if replies[j] is None:
            chosen[j] = None
        elif j + 1 < n and corr[j + 1]:
            chosen[j] = chosen[j + 1]
        elif j + 1 < n:
            chosen[j] = replies[j]
        else:
            raise AssertionError("%s[%d]: session ends on a retry" % (name, idx))
    labels = []
    for j, u in enumerate(users):
        lab = {"file": name, "session": idx, "turn": u[1], "kind": u[2], "correction": corr[j],
               "second": bool(corr[j] and j > 0 and corr[j - 1])}
        if corr[j]:
            lab["prompt_last_user"] = users[anchor[j]][1]
            lab["rejected"] = replies[j - 1]
            lab["chosen"] = chosen[j]
        labels.append(lab)
    return labels


def _start(name):
    digits = "".join(ch for ch in name.split(".")[0] if ch.isdigit())
    if len(digits) >= 14:
        return _dt.datetime.strptime(digits[:14], "%Y%m%d%H%M%S")
    return _dt.datetime.strptime(digits[:8], "%Y%m%d").replace(hour=7, minute=40)


def _iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f")


def _epoch(t):
    return round(t.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=2))).timestamp(), 3)


def _times(items, start, rng):
    t = start + _dt.timedelta(seconds=rng.uniform(1, 5))
    out = []
    for it in items:
        if it[0] == "u":
            if out:
                t += _dt.timedelta(seconds=rng.uniform(15, 120) + len(it[1]) / 5)
            out.append(t)
        elif it[0] == "a":
            t += _dt.timedelta(seconds=rng.uniform(1, 4) + len(it[1]) / 60)
            out.append(t)
        elif it[0] == "t":
            t += _dt.timedelta(seconds=rng.uniform(1, 3))
            t0 = t
            t += _dt.timedelta(seconds=rng.uniform(0.2, 5))
            out.append((t0, t))
        else:
            t += _dt.timedelta(seconds=rng.uniform(0.1, 0.8))
            out.append(t)
    return out


def _session_starts(name, n):
    rng = random.Random("starts:" + name)
    t = _start(name) + _dt.timedelta(minutes=rng.uniform(0, 60), microseconds=rng.randrange(10 ** 6))
    starts = []
    for i in range(n):
        if i:
            t += _dt.timedelta(hours=rng.uniform(1.5, 4.5), seconds=rng.uniform(0, 2400))
        starts.append(t)
    return starts


def _tool_result(out, rc):
    return json.dumps({"output": out, "exit_code": rc})


def render_A(name, sessions):
    (s,) = sessions
    rng = random.Random(name)
    start = _start(name) + _dt.timedelta(microseconds=rng.randrange(10 ** 6))
    ts = _times(s["items"], start, rng)
    msgs, n = [], 0
    for it in s["items"]:
        if it[0] == "u":
            msgs.append({"role": "user", "content": it[1]})
        elif it[0] == "a":
            msgs.append({"role": "assistant", "content": it[1], "reasoning": None, "finish_reason": "stop"})
        elif it[0] == "t":
            n += 1
            cid = "call_%s_%d" % (name[-11:-5], n)
            msgs.append({"role": "assistant", "content": "", "reasoning": None, "finish_reason": "tool_calls",
                         "tool_calls": [{"id": cid, "type": "function", "function": {
                             "name": "terminal", "arguments": json.dumps({"command": it[1]})}}]})
            msgs.append({"role": "tool", "tool_call_id": cid, "tool_name": "terminal",
                         "content": _tool_result(it[2], it[3])})
        else:
            raise ValueError(it[0])
    last = ts[-1][1] if isinstance(ts[-1], tuple) else ts[-1]
    doc = {"session_id": name[len("session_"):-len(".json")], "model": "hermes3:8b",
           "base_url": "http://127.0.0.1:11434/v1", "platform": "cli", "session_start": _iso(start),
           "last_updated": _iso(last), "system_prompt": SYSTEM_PROMPT, "tools": [TERMINAL_TOOL],
           "message_count": len(msgs), "messages": msgs}
    return json.dumps(doc, indent=2) + "\n"


def render_B(name, sessions, platform="telegram"):
    (s,) = sessions
    rng = random.Random(name)
    start = _start(name)
    ts = _times(s["items"], start, rng)
    lines = [{"role": "session_meta", "tools": [], "model": "hermes3:8b", "platform": platform,
              "timestamp": _iso(start)}]
    n = 0
    for it, t in zip(s["items"], ts):
        if it[0] == "u":
            lines.append({"role": "user", "content": it[1], "timestamp": _iso(t)})
        elif it[0] == "a":
            lines.append({"role": "assistant", "content": it[1], "reasoning": None, "finish_reason": "stop",
                          "timestamp": _iso(t)})
        elif it[0] == "t":
            n += 1
            cid = "call_%d" % n
            lines.append({"role": "assistant", "content": "", "reasoning": None, "finish_reason": "tool_calls",
                          "tool_calls": [{"id": cid, "type": "function", "function": {
                              "name": "terminal", "arguments": json.dumps({"command": it[1]})}}],
                          "timestamp": _iso(t[0])})
            lines.append({"role": "tool", "tool_call_id": cid, "tool_name": "terminal",
                          "content": _tool_result(it[2], it[3]), "timestamp": _iso(t[1])})
        else:
            raise ValueError(it[0])
    return "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)


def render_C(name, sessions, source="cli"):
    rng = random.Random(name)
    out = []
    for s, start in zip(sessions, _session_starts(name, len(sessions))):
        ts = _times(s["items"], start, rng)
        msgs = []
        for it, t in zip(s["items"], ts):
            if it[0] == "u":
                msgs.append({"role": "user", "content": it[1], "timestamp": _epoch(t)})
            elif it[0] == "a":
                msgs.append({"role": "assistant", "content": it[1], "timestamp": _epoch(t)})
            else:
                raise ValueError(it[0])
        sid = start.strftime("%Y%m%d_%H%M%S") + "_" + "".join(rng.choice("0123456789abcdef") for _ in range(6))
        out.append({"id": sid, "source": source, "model": "hermes3:8b", "started_at": _epoch(start),
                    "ended_at": _epoch(ts[-1] + _dt.timedelta(seconds=3)), "title": s["title"],
                    "messages": msgs})
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)


def render_D(name, sessions, think=True):
    rng = random.Random(name)
    pre = THINK if think else ""
    out = []
    for s, start in zip(sessions, _session_starts(name, len(sessions))):
        conv = [{"from": "system", "value": SHAREGPT_SYSTEM}]
        n = 0
        for it in s["items"]:
            if it[0] == "u":
                conv.append({"from": "human", "value": it[1]})
            elif it[0] == "a":
                conv.append({"from": "gpt", "value": pre + it[1]})
            elif it[0] == "t":
                n += 1
                conv.append({"from": "gpt", "value": pre + "<tool_call>\n" + json.dumps(
                    {"name": "terminal", "arguments": {"command": it[1]}}) + "\n</tool_call>"})
                conv.append({"from": "tool", "value": "<tool_response>\n" + json.dumps(
                    {"tool_call_id": "call_%d" % n, "name": "terminal",
                     "content": {"output": it[2], "exit_code": it[3]}}) + "\n</tool_response>"})
            else:
                raise ValueError(it[0])
        ts = _times(s["items"], start, rng)
        last = ts[-1][1] if isinstance(ts[-1], tuple) else ts[-1]
        out.append({"conversations": conv, "timestamp": _iso(last), "model": "hermes3:8b",
                    "completed": s["items"][-1][0] == "a"})
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)


def render_E(name, sessions, role="timmy"):
    (s,) = sessions
    rng = random.Random(name)
    start = _start(name) + _dt.timedelta(hours=rng.uniform(0, 12), seconds=rng.uniform(0, 3000))
    ts = _times(s["items"], start, rng)
    lines = []
    for it, t in zip(s["items"], ts):
        if it[0] == "u":
            lines.append({"type": "message", "role": "user", "content": it[1], "timestamp": _iso(t)})
        elif it[0] == "a":
            lines.append({"type": "message", "role": role, "content": it[1], "timestamp": _iso(t)})
        elif it[0] == "t":
            lines.append({"type": "tool_call", "tool": "terminal", "args": {"command": it[1]},
                          "result": _tool_result(it[2], it[3]), "timestamp": _iso(t[1])})
        elif it[0] == "dec":
            lines.append({"type": "decision", "decision": it[1], "rationale": it[2], "timestamp": _iso(t)})
        elif it[0] == "err":
            lines.append({"type": "error", "error": it[1], "context": it[2], "timestamp": _iso(t)})
    return "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)


RENDER = {"A": render_A, "B": render_B, "C": render_C, "D": render_D, "E": render_E}


def main():
    names = [f[1] for f in FILES]
    assert len(names) == len(set(names)), "duplicate file names"
    for fn in os.listdir(HERE):
        if fn.endswith((".json", ".jsonl")) and fn != "labels.jsonl" and fn not in names:
            os.remove(os.path.join(HERE, fn))
    labels = []
    for fmt, name, sessions, opts in sorted(FILES, key=lambda f: f[1]):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
            fh.write(RENDER[fmt](name, sessions, **opts))
        for i, s in enumerate(sessions):
            labels.extend(derive_labels(name, i, s))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    fmt_of = {f[1]: f[0] for f in FILES}
    print("files", len(FILES), "sessions", sum(len(f[2]) for f in FILES), "user turns", len(labels))
    for fmt in "ABCDE":
        fs = [f for f in FILES if f[0] == fmt]
        print(" ", fmt, "files", len(fs), "sessions", sum(len(f[2]) for f in fs),
              "turns", sum(1 for l in labels if fmt_of[l["file"]] == fmt))
    for k in ALL_KINDS:
        print("  %-16s %d" % (k, sum(1 for l in labels if l["kind"] == k)))
    print("  second", sum(1 for l in labels if l["second"]),
          "corrections", sum(1 for l in labels if l["correction"]),
          "pairs", sum(1 for l in labels if l["correction"] and l["chosen"] is not None))


if __name__ == "__main__":
    main()
