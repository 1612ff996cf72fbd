"""Generate the fresh6 preference-pair mining corpus (blind author G).

Every session lives as hand-written data in ``fresh6_sessions_1.py`` (formats A, B, C)
and ``fresh6_sessions_2.py`` (formats D, E). This script lays the sessions out in the
five export formats, derives ``labels.jsonl`` from the same data, and then re-reads the
written files to check them. Standard library only; the output is deterministic.

Run:  python bench/mining_corpus/fresh6/make_fresh6.py
"""

import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

import fresh6_sessions_1
import fresh6_sessions_2

HERE = Path(__file__).resolve().parent
MODEL = "hermes3:8b"
BASE_URL = "http://127.0.0.1:11434/v1"
THINK = "<think>\n\n</think>\n"

CORRECTION_KINDS = ("explicit", "repeat_narrow", "echo", "instead", "reject_approach", "partial")
NEGATIVE_KINDS = ("decline_offer", "followup", "new_task", "clarify_answer", "acceptance", "plain")

SYSTEM_PROMPT = (
    "You are Timmy, a personal AI assistant that runs on your owner's own computer through "
    "Hermes Agent. You may use the tools you are given when they genuinely help. Be useful "
    "with everyday questions, errands and projects."
)

TOOL_SPECS = {
    "terminal": {
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
    "memory": {
        "description": "Save durable notes about the owner or the environment for future sessions.",
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
    "web_search": {
        "description": "Search the web and return the top results with titles, urls and snippets.",
        "parameters": {
            "type": "object",
            "properties": {"query": {"type": "string", "description": "What to search for."}},
            "required": ["query"],
        },
    },
    "calendar": {
        "description": "List, add or delete events in the owner's calendar.",
        "parameters": {
            "type": "object",
            "properties": {
                "action": {"type": "string", "enum": ["list", "add", "delete"]},
                "title": {"type": "string"},
                "start": {"type": "string", "description": "ISO date-time."},
                "end": {"type": "string", "description": "ISO date-time."},
                "repeat": {"type": "string", "enum": ["none", "weekly", "monthly"]},
            },
            "required": ["action"],
        },
    },
}


# --------------------------------------------------------------------------- helpers


def tool_defs(names):
    return [{"type": "function", "function": {"name": n, **TOOL_SPECS[n]}} for n in names]


def tools_used(session):
    names = []
    for item in session["turns"]:
        if item[0] == "t" and item[1] not in names:
            names.append(item[1])
    return names


class Clock:
    """Deterministic clock: advances by an amount that depends on the text only."""

    def __init__(self, start):
        self.now = dt.datetime.fromisoformat(start)
        self.tick = 0

    def advance(self, seconds):
        self.tick += 1
        micro = (self.tick * 381967 + len(str(seconds)) * 7919) % 1000000
        self.now = self.now.replace(microsecond=0) + dt.timedelta(seconds=seconds, microseconds=micro)
        return self.now

    def iso(self):
        return self.now.isoformat(timespec="microseconds")

    def epoch(self):
        return round(self.now.replace(tzinfo=dt.UTC).timestamp(), 2)


def step(clock, item):
    kind = item[0]
    if kind == "u":
        clock.advance(14 + len(item[1]) // 6)
    elif kind == "a":
        clock.advance(3 + len(item[1]) // 110)
    elif kind == "w":
        clock.advance(item[1] * 60)
    else:
        clock.advance(2)


# --------------------------------------------------------------------------- formats


def openai_messages(session, with_ts):
    """Messages for formats A, B and C (with_ts: None, 'iso' or 'epoch')."""
    clock = Clock(session["start"])
    out = []
    call_no = 0
    for item in session["turns"]:
        step(clock, item)
        stamp = {}
        if with_ts == "iso":
            stamp = {"timestamp": clock.iso()}
        elif with_ts == "epoch":
            stamp = {"timestamp": clock.epoch()}
        if item[0] == "u":
            out.append({"role": "user", "content": item[1], **stamp})
        elif item[0] == "a":
            out.append({"role": "assistant", "content": item[1], "reasoning": None,
                        "finish_reason": "stop", **stamp})
        elif item[0] == "t":
            call_no += 1
            cid = f"call_{call_no}"
            out.append({"role": "assistant", "content": "", "reasoning": None,
                        "finish_reason": "tool_calls",
                        "tool_calls": [{"id": cid, "type": "function",
                                        "function": {"name": item[1],
                                                     "arguments": json.dumps(item[2], ensure_ascii=False)}}],
                        **stamp})
            out.append({"role": "tool", "tool_call_id": cid, "tool_name": item[1],
                        "content": json.dumps(item[3], ensure_ascii=False), **stamp})
    return out, clock


def render_a(session):
    messages, clock = openai_messages(session, None)
    doc = {
        "session_id": session["id"],
        "model": MODEL,
        "base_url": BASE_URL,
        "platform": session.get("platform", "cli"),
        "session_start": dt.datetime.fromisoformat(session["start"]).isoformat(timespec="microseconds"),
        "last_updated": clock.iso(),
        "system_prompt": SYSTEM_PROMPT,
        "tools": tool_defs(tools_used(session)),
        "message_count": len(messages),
        "messages": messages,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def render_b(session):
    messages, _ = openai_messages(session, "iso")
    meta = {"role": "session_meta", "tools": tool_defs(tools_used(session)), "model": MODEL,
            "platform": session.get("platform", "telegram"),
            "timestamp": dt.datetime.fromisoformat(session["start"]).isoformat(timespec="microseconds")}
    lines = [meta, *messages]
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)


def render_c_line(session):
    messages, clock = openai_messages(session, "epoch")
    start = Clock(session["start"])
    doc = {"id": session["id"], "source": session.get("platform", "cli"), "model": MODEL,
           "started_at": start.epoch(), "ended_at": clock.epoch(), "title": session["title"],
           "messages": messages}
    return json.dumps(doc, ensure_ascii=False) + "\n"


def d_system(names):
    tools = [{"name": n, **TOOL_SPECS[n]} for n in names]
    return (
        SYSTEM_PROMPT
        + "\n\nYou are a function calling AI model. You are provided with function signatures within "
        "<tools> </tools> XML tags. You may call one or more functions to assist with the user query. "
        "Don't make assumptions about what values to plug into functions.\n<tools>\n"
        + json.dumps(tools, ensure_ascii=False)
        + "\n</tools>\nFor each function call return a JSON object with the function name and "
        "arguments within <tool_call> </tool_call> XML tags."
    )


def render_d_line(session):
    names = tools_used(session) or ["terminal"]
    conv = [{"from": "system", "value": d_system(names)}]
    call_no = 0
    for item in session["turns"]:
        if item[0] == "u":
            conv.append({"from": "human", "value": item[1]})
        elif item[0] == "a":
            conv.append({"from": "gpt", "value": THINK + item[1]})
        elif item[0] == "t":
            call_no += 1
            call = json.dumps({"name": item[1], "arguments": item[2]}, ensure_ascii=False)
            conv.append({"from": "gpt", "value": THINK + "<tool_call>\n" + call + "\n</tool_call>"})
            resp = json.dumps({"tool_call_id": f"call_{call_no}", "name": item[1], "content": item[3]},
                              ensure_ascii=False)
            conv.append({"from": "tool", "value": "<tool_response>\n" + resp + "\n</tool_response>"})
    doc = {"conversations": conv,
           "timestamp": dt.datetime.fromisoformat(session["start"]).isoformat(timespec="microseconds"),
           "model": MODEL, "completed": conv[-1]["from"] == "gpt"}
    return json.dumps(doc, ensure_ascii=False) + "\n"


def render_e(session):
    clock = Clock(session["start"])
    role = session.get("role", "timmy")
    lines = []
    for item in session["turns"]:
        step(clock, item)
        if item[0] == "u":
            lines.append({"type": "message", "role": "user", "content": item[1], "timestamp": clock.iso()})
        elif item[0] == "a":
            lines.append({"type": "message", "role": role, "content": item[1], "timestamp": clock.iso()})
        elif item[0] == "t":
            lines.append({"type": "tool_call", "tool": item[1], "args": item[2],
                          "result": json.dumps(item[3], ensure_ascii=False), "timestamp": clock.iso()})
        elif item[0] == "d":
            lines.append({"type": "decision", "decision": item[1], "rationale": item[2],
                          "timestamp": clock.iso()})
        elif item[0] == "e":
            lines.append({"type": "error", "error": item[1], "context": item[2], "timestamp": clock.iso()})
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)


# --------------------------------------------------------------------------- labels


def derive_labels(session, file_name, index):
    """One label per user turn, derived from the session data."""
    turns = session["turns"]
    users = [i for i, it in enumerate(turns) if it[0] == "u"]

    def reply_before(pos):
        """Last non-empty assistant text between the previous user turn and pos."""
        prev = max([u for u in users if u < pos], default=-1)
        texts = [turns[j][1] for j in range(prev + 1, pos) if turns[j][0] == "a" and turns[j][1]]
        return texts[-1] if texts else None

    labels = []
    for n, pos in enumerate(users):
        text, kind = turns[pos][1], turns[pos][2]
        assert kind in CORRECTION_KINDS + NEGATIVE_KINDS, kind
        lab = {"file": file_name, "session": index, "turn": text, "kind": kind,
               "correction": kind in CORRECTION_KINDS, "second": False}
        if lab["correction"]:
            rejected = reply_before(pos)
            assert rejected, (file_name, text)
            prev = labels[-1] if labels else None
            if prev is not None and prev["correction"]:
                lab["second"] = True
                lab["prompt_last_user"] = prev["prompt_last_user"]
            else:
                prev_user = users[n - 1]
                lab["prompt_last_user"] = turns[prev_user][1]
            lab["rejected"] = rejected
            lab["chosen"] = None
        labels.append(lab)

    # chosen: the reply to the last correction of a run, if a non-correction user turn follows it
    n = 0
    while n < len(users):
        if not labels[n]["correction"]:
            n += 1
            continue
        end = n
        while end + 1 < len(users) and labels[end + 1]["correction"]:
            end += 1
        chosen = None
        if end + 1 < len(users):
            chosen = reply_before(users[end + 1])
        else:
            tail = [it for it in turns[users[end] + 1:] if it[0] == "a" and it[1]]
            assert not tail, f"session ends on a retry right after a correction: {file_name}"
        for k in range(n, end + 1):
            labels[k]["chosen"] = chosen
        n = end + 1
    return labels


# --------------------------------------------------------------------------- build


def all_sessions():
    sessions = list(fresh6_sessions_1.SESSIONS) + list(fresh6_sessions_2.SESSIONS)
    for s in sessions:
        assert s["fmt"] in "ABCDE", s
    return sessions


def file_name_of(s):
    return s["file"]


def build():
    sessions = all_sessions()
    files = {}
    order = []
    for s in sessions:
        name = file_name_of(s)
        if name not in files:
            files[name] = []
            order.append(name)
        files[name].append(s)
    labels = []
    written = {}
    for name in order:
        group = files[name]
        fmt = group[0]["fmt"]
        assert all(s["fmt"] == fmt for s in group), name
        if fmt == "A":
            assert len(group) == 1 and name.startswith("session_") and name.endswith(".json")
            text = render_a(group[0])
        elif fmt == "B":
            assert len(group) == 1 and name.endswith(".jsonl") and not name.startswith("session_")
            text = render_b(group[0])
        elif fmt == "C":
            assert 2 <= len(group) <= 4 and name.startswith("hermes_export_")
            text = "".join(render_c_line(s) for s in group)
        elif fmt == "D":
            assert 2 <= len(group) <= 4 and name.startswith("trajectories_")
            text = "".join(render_d_line(s) for s in group)
        else:
            assert len(group) == 1 and name.startswith("session_") and name.endswith(".jsonl")
            text = render_e(group[0])
        written[name] = text
        for index, s in enumerate(group):
            labels.extend(derive_labels(s, name, index))
    for name, text in written.items():
        (HERE / name).write_text(text, encoding="utf-8")
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    return order, files


# --------------------------------------------------------------------------- re-check


def parse_file(name):
    """Re-read a written file independently: a list of sessions, each a list of
    ('u', text) / ('a', text) / ('x', None) events (x = tool call or other event)."""
    path = HERE / name
    raw = path.read_text(encoding="utf-8")
    sessions = []
    if name.startswith("hermes_export_"):
        for line in raw.splitlines():
            sessions.append(openai_events(json.loads(line)["messages"]))
    elif name.startswith("trajectories_"):
        for line in raw.splitlines():
            conv = json.loads(line)["conversations"]
            assert conv[0]["from"] == "system"
            events = []
            for m in conv[1:]:
                if m["from"] == "human":
                    events.append(("u", m["value"]))
                elif m["from"] == "gpt":
                    assert m["value"].startswith(THINK), name
                    body = m["value"][len(THINK):]
                    events.append(("x", None) if body.startswith("<tool_call>") else ("a", body))
                else:
                    assert m["from"] == "tool" and m["value"].startswith("<tool_response>")
                    events.append(("x", None))
            sessions.append(events)
    elif name.endswith(".json"):
        sessions.append(openai_events(json.loads(raw)["messages"]))
    elif name.startswith("session_"):
        events = []
        for line in raw.splitlines():
            ev = json.loads(line)
            if ev["type"] == "message" and ev["role"] == "user":
                events.append(("u", ev["content"]))
            elif ev["type"] == "message":
                assert ev["role"] in ("timmy", "assistant")
                events.append(("a", ev["content"]))
            else:
                assert ev["type"] in ("tool_call", "decision", "error")
                events.append(("x", None))
        sessions.append(events)
    else:
        lines = [json.loads(x) for x in raw.splitlines()]
        assert lines[0]["role"] == "session_meta"
        sessions.append(openai_events(lines[1:]))
    return sessions, raw


def openai_events(messages):
    events = []
    for m in messages:
        if m["role"] == "user":
            events.append(("u", m["content"]))
        elif m["role"] == "assistant" and m.get("tool_calls"):
            assert m["content"] == ""
            events.append(("x", None))
        elif m["role"] == "assistant":
            events.append(("a", m["content"]))
        else:
            assert m["role"] == "tool"
            events.append(("x", None))
    return events


def check(order, files):
    labels = [json.loads(x) for x in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    by_file = {}
    for lab in labels:
        by_file.setdefault(lab["file"], []).append(lab)
    assert list(by_file) == order, "labels are not in file order"
    for name in order:
        sessions, raw = parse_file(name)
        assert len(sessions) == len(files[name])
        labs = by_file[name]
        k = 0
        for index, events in enumerate(sessions):
            users = [i for i, e in enumerate(events) if e[0] == "u"]
            assert users and users[0] == 0, f"{name}/{index} must open with a user turn"

            def reply_before(pos, events=events):
                texts = []
                for j in range(pos - 1, -1, -1):
                    if events[j][0] == "u":
                        break
                    if events[j][0] == "a" and events[j][1]:
                        texts.append(events[j][1])
                return texts[0] if texts else None

            sess_labs = labs[k:k + len(users)]
            k += len(users)
            assert len(sess_labs) == len(users), name
            for n, (pos, lab) in enumerate(zip(users, sess_labs, strict=True)):
                assert lab["session"] == index and lab["turn"] == events[pos][1], (name, lab["turn"])
                assert lab["correction"] == (lab["kind"] in CORRECTION_KINDS)
                assert set(lab) >= {"file", "session", "turn", "kind", "correction", "second"}
                if not lab["correction"]:
                    assert not lab["second"] and "rejected" not in lab
                    continue
                assert lab["rejected"] == reply_before(pos), (name, lab["turn"])
                assert lab["rejected"] in raw or json.dumps(lab["rejected"], ensure_ascii=False)[1:-1] in raw
                if lab["second"]:
                    prev = sess_labs[n - 1]
                    assert prev["correction"]
                    assert prev["prompt_last_user"] == lab["prompt_last_user"]
                    assert prev["chosen"] == lab["chosen"]
                else:
                    assert n == 0 or not sess_labs[n - 1]["correction"]
                    assert lab["prompt_last_user"] == events[users[n - 1]][1]
                if lab["chosen"] is not None:
                    # the chosen reply answers the last correction of the run and is followed
                    # by a user turn that is not a correction
                    m = n
                    while m + 1 < len(users) and sess_labs[m + 1]["correction"]:
                        m += 1
                    assert m + 1 < len(users), name
                    assert not sess_labs[m + 1]["correction"]
                    assert lab["chosen"] == reply_before(users[m + 1])
                else:
                    m = n
                    while m + 1 < len(users) and sess_labs[m + 1]["correction"]:
                        m += 1
                    assert m + 1 == len(users), (name, lab["turn"])
                    assert all(e[0] != "a" or not e[1] for e in events[users[m] + 1:])
                for key in ("prompt_last_user", "rejected", "chosen"):
                    if lab[key] is not None:
                        enc = json.dumps(lab[key], ensure_ascii=False)[1:-1]
                        assert enc in raw, (name, key)
        assert k == len(labs), name
    return labels


def report(labels, files):
    fmt_of = {name: group[0]["fmt"] for name, group in files.items()}
    kinds = Counter(lab["kind"] for lab in labels)
    n_sessions = Counter()
    for name, group in files.items():
        n_sessions[fmt_of[name]] += len(group)
    per_fmt_turns = Counter(fmt_of[lab["file"]] for lab in labels)
    per_fmt_corr = Counter(fmt_of[lab["file"]] for lab in labels if lab["correction"])
    seconds = sum(lab["second"] for lab in labels)
    corrections = sum(lab["correction"] for lab in labels)
    nulls = sum(1 for lab in labels if lab["correction"] and lab["chosen"] is None)
    print(f"sessions {sum(n_sessions.values())}, files {len(files)}, user turns {len(labels)}, "
          f"corrections {corrections} (second {seconds}, chosen null {nulls})")
    for fmt in "ABCDE":
        files_n = sum(1 for f in fmt_of.values() if f == fmt)
        print(f"  format {fmt}: {files_n:2d} files, {n_sessions[fmt]:2d} sessions, "
              f"{per_fmt_turns[fmt]:3d} user turns, {per_fmt_corr[fmt]:2d} corrections")
    for kind in CORRECTION_KINDS + NEGATIVE_KINDS:
        print(f"  {kind:<16s} {kinds[kind]:3d}")
    problems = []
    if sum(n_sessions.values()) < 64:
        problems.append("fewer than 64 sessions")
    for fmt in "ABCDE":
        if n_sessions[fmt] < 10:
            problems.append(f"format {fmt} has fewer than 10 sessions")
    if len(labels) < 280:
        problems.append("fewer than 280 user turns")
    if corrections < 80:
        problems.append("fewer than 80 corrections")
    if seconds < 12:
        problems.append("fewer than 12 second corrections")
    for kind in CORRECTION_KINDS + NEGATIVE_KINDS:
        if kinds[kind] < 12:
            problems.append(f"kind {kind} below 12")
    return problems


def main():
    order, files = build()
    labels = check(order, files)
    problems = report(labels, files)
    if problems:
        print("PROBLEMS:", *problems, sep="\n  ")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
