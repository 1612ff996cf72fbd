"""The shared writer of the blind authors' mining corpora (fresh7 on): lays hand-written sessions out in the
five export formats, derives one label per user turn from the kinds, writes labels.jsonl, then parses every
file back from disk and re-checks it. Standard library only; the sessions live in each corpus's own data
modules (see a corpus's make_<name>.py and README), so an author writes data, never layout.

A session is a dict with "steps": ("u", kind, text) a user turn and its label, ("a", text) a reply,
("t", tool, args, output, exit_code) a tool call, and in format E ("d", decision, rationale) and
("e", error, context). Data modules define FORMAT_A / FORMAT_B (lists of sessions with date, time, title,
platform), FORMAT_C / FORMAT_D (date -> 2-4 sessions with time, title) and FORMAT_E (date -> session with
role "timmy" or "assistant").
"""

import collections
import hashlib
import importlib
import json
import os
import sys
from datetime import UTC, datetime, timedelta

sys.dont_write_bytecode = True

CORRECTION_KINDS = ("explicit", "repeat_narrow", "echo", "instead", "reject_approach", "partial")
NEGATIVE_KINDS = ("decline_offer", "followup", "new_task", "clarify_answer", "acceptance", "plain")
LABELS = "labels.jsonl"

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


class Corpus:
    """One corpus: its folder, name (salts the session ids), data modules, system prompt and minimum counts."""

    def __init__(self, here, name, modules, system_prompt, minima, model):
        self.here, self.name, self.modules = here, name, list(modules)
        self.system_prompt, self.minima, self.model = system_prompt, minima, model
        self.source_files = {"make_%s.py" % name, "README.md"} | {m + ".py" for m in self.modules}

    def data(self):
        """Every format's sessions, gathered over the data modules (A/B lists appended, C/D/E dates merged)."""
        if self.here not in sys.path:
            sys.path.insert(0, self.here)
        out = {"A": [], "B": [], "C": {}, "D": {}, "E": {}}
        for name in self.modules:
            mod = importlib.import_module(name)
            for f in "AB":
                out[f].extend(getattr(mod, "FORMAT_" + f, []))
            for f in "CDE":
                for date, value in getattr(mod, "FORMAT_" + f, {}).items():
                    assert date not in out[f], "format %s: date %s given twice" % (f, date)
                    out[f][date] = value
        return out


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


# ------------------------------------------------------------------ labels


def turns_of(steps):
    """(kinds, user texts, reply_before) where reply_before[k] is the last assistant text before user k,
    and a final entry for the reply after the last user turn (None when there is none)."""
    kinds, users, replies, last = [], [], [], None
    for st in steps:
        if st[0] == "u":
            replies.append(last)
            kinds.append(st[1])
            users.append(st[2])
            last = None
        elif st[0] == "a":
            last = st[1]
    replies.append(last)
    return kinds, users, replies


def derive_labels(fname, sidx, kinds, users, replies):
    """Apply the README definition to one session; returns its label dicts in turn order."""
    out = []
    for k, (kind, text) in enumerate(zip(kinds, users)):
        is_corr = kind in CORRECTION_KINDS
        assert is_corr or kind in NEGATIVE_KINDS, (fname, kind)
        lab = {"file": fname, "session": sidx, "turn": text, "kind": kind, "correction": is_corr, "second": False}
        if is_corr:
            assert k > 0 and replies[k], (fname, text)
            second = kinds[k - 1] in CORRECTION_KINDS
            if second:
                assert k > 1 and kinds[k - 2] not in CORRECTION_KINDS, ("more than two corrections in a row", fname, text)
                prompt = users[k - 2]
            else:
                prompt = users[k - 1]
            j = k
            while j + 1 < len(kinds) and kinds[j + 1] in CORRECTION_KINDS:
                j += 1
            if j + 1 < len(kinds):
                chosen = replies[j + 1]
                assert chosen, ("no retry after a correction", fname, text)
            else:
                assert replies[j + 1] is None, ("session ends on a retry after a correction", fname, text)
                chosen = None
            lab.update(second=second, prompt_last_user=prompt, rejected=replies[k], chosen=chosen)
        out.append(lab)
    return out


# ------------------------------------------------------------------ build


def build(c):
    """Return ({file name: text}, [labels], {file name: format letter}) in file order."""
    entries = []  # (file name, text, format, [session steps])
    data = c.data()
    for sess in data["A"]:
        name, text = build_a(c, sess)
        entries.append((name, text, "A", [sess["steps"]]))
    for sess in data["B"]:
        name, text = build_b(c, sess)
        entries.append((name, text, "B", [sess["steps"]]))
    for date, group in data["C"].items():
        name, text = build_c(c, date, group)
        entries.append((name, text, "C", [s["steps"] for s in group]))
    for date, group in data["D"].items():
        name, text = build_d(c, date, group)
        entries.append((name, text, "D", [s["steps"] for s in group]))
    for date, sess in data["E"].items():
        name, text = build_e(c, date, sess)
        entries.append((name, text, "E", [sess["steps"]]))
    entries.sort(key=lambda e: e[0])
    files, labels, formats = {}, [], {}
    for name, text, fmt, groups in entries:
        assert name not in files, name
        files[name] = text
        formats[name] = fmt
        for sidx, steps in enumerate(groups):
            for i, st in enumerate(steps):  # every tool call is followed (eventually) by a text reply
                if st[0] == "t":
                    rest = [x[0] for x in steps[i + 1:]]
                    assert "a" in rest and (("u" not in rest) or rest.index("a") < rest.index("u")), (name, st)
            labels.extend(derive_labels(name, sidx, *turns_of(steps)))
    files[LABELS] = "".join(json.dumps(lab, ensure_ascii=False) + "\n" for lab in labels)
    return files, labels, formats


# ------------------------------------------------------------------ re-check from disk


def parse_file(path, fmt):
    """Parse a written file back into sessions of [(role, text)] with role 'user' or 'reply'."""
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    sessions = []
    if fmt == "A":
        doc = json.loads(raw)
        sessions.append([("user" if m["role"] == "user" else "reply", m["content"]) for m in doc["messages"]
                         if m["role"] == "user" or (m["role"] == "assistant" and m["content"])])
    elif fmt == "B":
        rows = [json.loads(x) for x in raw.splitlines()]
        assert rows[0]["role"] == "session_meta"
        sessions.append([("user" if m["role"] == "user" else "reply", m["content"]) for m in rows[1:]
                         if m["role"] == "user" or (m["role"] == "assistant" and m["content"])])
    elif fmt == "C":
        for line in raw.splitlines():
            doc = json.loads(line)
            sessions.append([("user" if m["role"] == "user" else "reply", m["content"]) for m in doc["messages"]
                             if m["role"] == "user" or (m["role"] == "assistant" and m["content"])])
    elif fmt == "D":
        for line in raw.splitlines():
            items = []
            for c in json.loads(line)["conversations"]:
                if c["from"] == "human":
                    items.append(("user", c["value"]))
                elif c["from"] == "gpt":
                    assert c["value"].startswith(THINK), path
                    body = c["value"][len(THINK):]
                    if not body.startswith("<tool_call>") and body:
                        items.append(("reply", body))
                else:
                    assert c["from"] in ("system", "tool"), c["from"]
            sessions.append(items)
    elif fmt == "E":
        items = []
        for line in raw.splitlines():
            ev = json.loads(line)
            assert ev["type"] in ("message", "tool_call", "decision", "error"), ev["type"]
            if ev["type"] == "message":
                assert ev["role"] in ("user", "timmy", "assistant"), ev["role"]
                if ev["role"] == "user":
                    items.append(("user", ev["content"]))
                elif ev["content"]:
                    items.append(("reply", ev["content"]))
        sessions.append(items)
    return raw, sessions


def recheck(c, labels_expected, formats):
    problems = []

    def check(cond, msg):
        if not cond:
            problems.append(msg)

    with open(os.path.join(c.here, LABELS), encoding="utf-8") as f:
        labels = [json.loads(x) for x in f.read().splitlines()]
    check(labels == labels_expected, "labels.jsonl on disk differs from the labels built in memory")

    on_disk = {n for n in os.listdir(c.here) if not n.startswith(".") and n != "__pycache__"}
    expected = set(formats) | {LABELS} | c.source_files
    check(on_disk <= expected, "unexpected files in %s: %s" % (c.name, sorted(on_disk - expected)))
    check(set(formats) <= on_disk, "missing files: %s" % sorted(set(formats) - on_disk))

    by_file = collections.defaultdict(list)
    for lab in labels:
        by_file[lab["file"]].append(lab)
    check(list(by_file) == sorted(by_file), "labels are not in file order")
    check(set(by_file) == set(formats), "every file must have labels and every label a file")

    session_counts = collections.Counter()
    for name in sorted(formats):
        fmt = formats[name]
        raw, sessions = parse_file(os.path.join(c.here, name), fmt)
        session_counts[fmt] += len(sessions)
        if fmt in "CD":
            check(2 <= len(sessions) <= 4, "%s holds %d sessions (want 2-4)" % (name, len(sessions)))
        rederived = []
        for sidx, items in enumerate(sessions):
            file_labels = [x for x in by_file[name] if x["session"] == sidx]
            users = [t for r, t in items if r == "user"]
            check([x["turn"] for x in file_labels] == users, "%s[%d]: label turns != user turns" % (name, sidx))
            replies, last = [], None
            for role, text in items:
                if role == "user":
                    replies.append(last)
                    last = None
                else:
                    last = text
            replies.append(last)
            kinds = [x["kind"] for x in file_labels]
            check(bool(kinds) and kinds[0] == "plain", "%s[%d]: first turn is not plain" % (name, sidx))
            try:
                rederived.extend(derive_labels(name, sidx, kinds, users, replies))
            except AssertionError as exc:
                problems.append("%s[%d]: %s" % (name, sidx, exc))
            for k, kind in enumerate(kinds):  # a declined offer / answered question follows a question
                if kind in ("decline_offer", "clarify_answer"):
                    check(replies[k] is not None and "?" in replies[k],
                          "%s[%d]: %s turn without a question before it" % (name, sidx, kind))
        check(rederived == by_file[name], "%s: labels re-derived from the file differ" % name)
        for lab in by_file[name]:
            for key in ("turn", "prompt_last_user", "rejected", "chosen"):
                text = lab.get(key)
                if text is None:
                    continue
                check(json.dumps(text, ensure_ascii=False)[1:-1] in raw, "%s: %s text not verbatim" % (name, key))
                if fmt == "D" and key in ("rejected", "chosen"):
                    check(json.dumps(THINK + text, ensure_ascii=False)[1:-1] in raw,
                          "%s: %s is not a suffix of a gpt value" % (name, key))
    e_roles = collections.Counter()
    for name, fmt in formats.items():
        if fmt == "E":
            with open(os.path.join(c.here, name), encoding="utf-8") as f:
                roles = {json.loads(x).get("role") for x in f.read().splitlines()}
            e_roles["assistant" if "assistant" in roles else "timmy"] += 1
    check(e_roles["assistant"] >= 1 and e_roles["timmy"] >= 1, "format E should use both role names")
    return problems, labels, session_counts


def counts_table(labels, session_counts, formats):
    kind_counts = collections.Counter(x["kind"] for x in labels)
    corr = [x for x in labels if x["correction"]]
    per_fmt = collections.Counter(formats[x["file"]] for x in labels)
    per_fmt_corr = collections.Counter(formats[x["file"]] for x in corr)
    rows = ["sessions: %d (%s)" % (sum(session_counts.values()),
                                   ", ".join("%s %d" % (f, session_counts[f]) for f in "ABCDE")),
            "files: %d data files + labels.jsonl" % len(formats),
            "user turns: %d; corrections: %d; second: %d; pairs (chosen not null): %d; corrections with chosen null: %d"
            % (len(labels), len(corr), sum(x["second"] for x in corr), sum(x["chosen"] is not None for x in corr),
               sum(x["chosen"] is None for x in corr)),
            "per format (turns / corrections): " + ", ".join(
                "%s %d/%d" % (f, per_fmt[f], per_fmt_corr[f]) for f in "ABCDE"),
            "kinds: " + ", ".join("%s %d" % (k, kind_counts[k]) for k in CORRECTION_KINDS + NEGATIVE_KINDS)]
    return rows, kind_counts, corr, session_counts


def main(here, corpus, modules, system_prompt, minima, model=MODEL):
    """Write the corpus in `here` from its data modules and re-check it; exit 1 on any problem."""
    c = Corpus(here, corpus, modules, system_prompt, minima, model)
    files, labels, formats = build(c)
    again, labels2, _ = build(c)
    assert files == again and labels == labels2, "two builds differ"
    for name, text in files.items():
        with open(os.path.join(c.here, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    problems, labels_disk, session_counts = recheck(c, labels, formats)
    rows, kind_counts, corr, session_counts = counts_table(labels_disk, session_counts, formats)
    if sum(session_counts.values()) < c.minima["sessions"]:
        problems.append("too few sessions")
    for f in "ABCDE":
        if session_counts[f] < c.minima["per_format"]:
            problems.append("format %s has only %d sessions" % (f, session_counts[f]))
    if len(labels_disk) < c.minima["user_turns"]:
        problems.append("too few user turns")
    if len(corr) < c.minima["corrections"]:
        problems.append("too few corrections")
    if sum(x["second"] for x in corr) < c.minima["second"]:
        problems.append("too few second corrections")
    for k in CORRECTION_KINDS + NEGATIVE_KINDS:
        if kind_counts[k] < c.minima["per_kind"]:
            problems.append("kind %s only %d times" % (k, kind_counts[k]))
    for r in rows:
        print(r)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("ok: %d files written and re-checked; two builds identical" % (len(files)))

