#!/usr/bin/env python3
"""Build the fresh5 mining corpus (blind author F) from hand-written session data.

    python3 bench/mining_corpus/fresh5/make_fresh5.py

Reads the sessions in sessions_ab.py and sessions_cde.py, lays them out in the five
export formats (A-E), writes labels.jsonl and README.md next to this script, then
re-reads everything it wrote and checks it (parsing, verbatim texts, labelling
conventions, minimum counts). Standard library only; output is deterministic.
"""

import calendar
import collections
import datetime
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the corpus folder
sys.path.insert(0, HERE)

from sessions_ab import SESSIONS_A, SESSIONS_B  # noqa: E402
from sessions_cde import SESSIONS_C, SESSIONS_D, SESSIONS_E  # noqa: E402

MODEL = "hermes3:8b"
BASE_URL = "http://127.0.0.1:11434/v1"
THINK = "<think>\n\n</think>\n"

CORRECTION_KINDS = ["explicit", "repeat_narrow", "echo", "instead", "reject_approach", "partial"]
NEGATIVE_KINDS = ["decline_offer", "followup", "new_task", "clarify_answer", "acceptance", "plain"]
ALL_KINDS = CORRECTION_KINDS + NEGATIVE_KINDS

MIN_SESSIONS = 64
MIN_PER_FORMAT = 10
MIN_USER_TURNS = 280
MIN_CORRECTIONS = 80
MIN_PER_KIND = 12
MIN_SECOND = 12

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


# ---------------------------------------------------------------------------
# labels


def derive_labels(user_turns):
    """user_turns: list of (text, kind, reply) where reply is the last non-empty
    assistant text before the next user turn (None if there is none).
    Returns label dicts without file/session."""
    out = []
    n = len(user_turns)
    chain_start = None
    for i, (text, kind, _reply) in enumerate(user_turns):
        if kind not in ALL_KINDS:
            raise ValueError("unknown kind %r" % kind)
        lab = {"turn": text, "kind": kind, "correction": kind in CORRECTION_KINDS, "second": False}
        if lab["correction"]:
            if i == 0:
                raise ValueError("correction as first turn: %r" % text)
            second = user_turns[i - 1][1] in CORRECTION_KINDS
            if not second:
                chain_start = i
            elif i - chain_start >= 2:
                raise ValueError("chains longer than two corrections are not used: %r" % text)
            lab["second"] = second
            lab["prompt_last_user"] = user_turns[chain_start - 1][0]
            rejected = user_turns[i - 1][2]
            if not rejected:
                raise ValueError("correction with no reply before it: %r" % text)
            lab["rejected"] = rejected
            j = i
            while j + 1 < n and user_turns[j + 1][1] in CORRECTION_KINDS:
                j += 1
            if j + 1 < n:
                chosen = user_turns[j][2]
                if not chosen:
                    raise ValueError("no reply between correction and next turn: %r" % text)
            else:
                if user_turns[j][2] is not None:
                    raise ValueError("session ends on a retry after a correction: %r" % text)
                chosen = None
            lab["chosen"] = chosen
        out.append(lab)
    return out


def abstract_user_turns(sess):
    users = []
    for t in sess["turns"]:
        if t[0] == "user":
            users.append([t[2], t[1], None])
        elif t[0] == "asst" and t[1].strip() and users:
            users[-1][2] = t[1]
    return [tuple(u) for u in users]


def build():
    all_sessions = SESSIONS_A + SESSIONS_B + SESSIONS_C + SESSIONS_D + SESSIONS_E
    files = {}
    files.update(write_a(SESSIONS_A))
    files.update(write_b(SESSIONS_B))
    files.update(write_c(SESSIONS_C))
    files.update(write_d(SESSIONS_D))
    files.update(write_e(SESSIONS_E))

    # where each session lives: (file, index within file)
    where = {}
    for s in SESSIONS_A + SESSIONS_B:
        sid = session_id(s)
        where[id(s)] = ("session_%s.json" % sid if s["fmt"] == "A" else "%s.jsonl" % sid, 0)
    for group_src in (SESSIONS_C, SESSIONS_D):
        for fname, group in grouped(group_src).items():
            for k, s in enumerate(group):
                where[id(s)] = (fname, k)
    for s in SESSIONS_E:
        where[id(s)] = (s["file"], 0)

    labels = []
    for s in all_sessions:
        fname, k = where[id(s)]
        for lab in derive_labels(abstract_user_turns(s)):
            row = {"file": fname, "session": k}
            row.update(lab)
            labels.append(row)
    order = {name: i for i, name in enumerate(sorted(files))}
    labels.sort(key=lambda r: (order[r["file"]], r["session"]))  # stable: keeps turn order
    files["labels.jsonl"] = "".join(dumps_line(r) for r in labels)
    files["README.md"] = readme(all_sessions, files, labels)
    return files, all_sessions, labels


# ---------------------------------------------------------------------------
# README


def fmt_of(fname):
    if fname.startswith("hermes_export_"):
        return "C"
    if fname.startswith("trajectories_"):
        return "D"
    if fname.startswith("session_") and fname.endswith(".json"):
        return "A"
    if fname.startswith("session_") and fname.endswith(".jsonl"):
        return "E"
    return "B"


def counts(files, labels):
    data_files = [f for f in files if f not in ("labels.jsonl", "README.md")]
    per_fmt = {f: {"files": 0, "sessions": set(), "user": 0, "corr": 0, "second": 0, "null": 0}
               for f in "ABCDE"}
    for f in data_files:
        per_fmt[fmt_of(f)]["files"] += 1
    kinds = collections.Counter()
    kinds_fmt = collections.defaultdict(collections.Counter)
    for r in labels:
        p = per_fmt[fmt_of(r["file"])]
        p["sessions"].add((r["file"], r["session"]))
        p["user"] += 1
        kinds[r["kind"]] += 1
        kinds_fmt[r["kind"]][fmt_of(r["file"])] += 1
        if r["correction"]:
            p["corr"] += 1
            p["second"] += r["second"]
            p["null"] += r["chosen"] is None
    return per_fmt, kinds, kinds_fmt


def readme(all_sessions, files, labels):
    per_fmt, kinds, kinds_fmt = counts(files, labels)
    tot = lambda key: sum((len(v["sessions"]) if key == "sessions" else v[key]) for v in per_fmt.values())  # noqa: E731
    n_second = sum(1 for r in labels if r.get("second"))
    n_pairs = sum(1 for r in labels if r["correction"] and r["chosen"] is not None)
    lines = [
        "# fresh5: blind hand-labelled mining corpus (author F)",
        "",
        "Written by a blind corpus author (**author F**), a helper session that had not seen",
        "the mining tool. Every session, user turn, assistant reply, tool call and label here",
        "was written by hand for this folder, in the author's own words.",
        "",
        "## What the author read",
        "",
        "- `bench/mining_corpus/README.md`, only the sections *Definition used for the labels*,",
        "  *Kinds*, *Formats* and *Label schema*.",
        "- The sample exports in `/work/shared/data/sessions/` (except `EXPECTED.md`), for the",
        "  file layouts only; no topics or phrasings were taken from them.",
        "",
        "Not read: anything under `timmyd/`, `tests/`, `bench/*.py`, the other corpus folders",
        "(`dev`, `heldout`, `fresh`, `fresh2`, `fresh3`, `fresh4`) or `make_corpus.py`. The",
        "project's code was never run, and git was not used.",
        "",
        "## Files",
        "",
        "- `make_fresh5.py` - the generator and checker (standard library only).",
        "- `sessions_ab.py`, `sessions_cde.py` - the hand-written sessions with a kind for each",
        "  user turn; `second`, `prompt_last_user`, `rejected` and `chosen` are derived from the",
        "  same data, so label texts cannot drift from the files.",
        "- The exports in formats A-E and `labels.jsonl` (schema as in the main README: one",
        "  object per user turn, in sorted file order, then session order, then turn order).",
        "",
        "## Regenerate",
        "",
        "```",
        "python3 bench/mining_corpus/fresh5/make_fresh5.py",
        "```",
        "",
        "It writes the files, then re-reads them and checks: every file parses; each label's",
        "turn is the matching user turn; `rejected`/`chosen` are re-derived from the written",
        "file (last non-empty assistant text before the next user turn, text after the",
        "`<think>` block in D) and occur verbatim in it; a double correction shares",
        "`prompt_last_user` and `chosen`; every `chosen` is followed by a non-correction user",
        "turn; no session ends on a retry right after a correction; the minimum counts hold.",
        "Output is deterministic: running it twice gives identical files.",
        "",
        "## Counts",
        "",
        "| format | files | sessions | user turns | corrections | second | chosen null |",
        "|---|---|---|---|---|---|---|",
    ]
    for f in "ABCDE":
        v = per_fmt[f]
        lines.append("| %s | %d | %d | %d | %d | %d | %d |" % (
            f, v["files"], len(v["sessions"]), v["user"], v["corr"], v["second"], v["null"]))
    lines.append("| **all** | %d | %d | %d | %d | %d | %d |" % (
        tot("files"), tot("sessions"), tot("user"), tot("corr"), tot("second"), tot("null")))
    lines += [
        "",
        "Pairs with a chosen reply (correction with `chosen` not null): %d; second corrections"
        " in a row (`\"second\": true`): %d." % (n_pairs, n_second),
        "",
        "| kind | correction | A | B | C | D | E | total |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for k in ALL_KINDS:
        row = kinds_fmt[k]
        lines.append("| %s | %s | %s | %d |" % (
            k, "yes" if k in CORRECTION_KINDS else "no",
            " | ".join(str(row[f]) for f in "ABCDE"), kinds[k]))
    lines += [
        "",
        "## Labelling notes",
        "",
        "- A correction that points out a circumstance the reply ignored (\"I'm on the Steam",
        "  Deck though\", \"we've got a dog and a toddler on that lawn\") is `reject_approach` when",
        "  it rules out the method, `instead` when it says what would work; one that restates",
        "  the owner's own earlier words (\"no slime trails though, I said\") is `echo`.",
        "- \"too long\" / \"way over the top\" / \"that doesn't add up\" are `explicit`; bare",
        "  narrowing (\"just the number\", \"a time, please\", \"so yes or no\") is `repeat_narrow`.",
        "- New constraints on work the owner has just accepted (\"works. now only the weekdays\",",
        "  \"show a blank instead of 'not found'\") are `followup`, not corrections. A turn that",
        "  declines an offer and asks for something in the same message is `decline_offer`.",
        "- Answering the assistant's own question is `clarify_answer`, even when it starts with",
        "  \"no\"; a correction may follow a clarify answer, which is then its `prompt_last_user`.",
        "- Every chain has at most two corrections. Sessions that end on a correction with no",
        "  retry, or on retry + second correction, give `chosen: null`.",
        "- Formats: A one session per `session_<id>.json`; B one per `<id>.jsonl`; C 3-4 per",
        "  `hermes_export_<date>.jsonl`; D 3-4 per `trajectories_<date>.jsonl` (D `completed`",
        "  is false only where the trajectory ends on an unanswered correction); E one per",
        "  `session_<date>.jsonl`, assistant role `timmy` except 3 files that use `assistant`.",
        "",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# re-read and check what was written


def parse_back(fname, text):
    """Return a list of sessions; each a list of ('user', text) / ('asst', text) items
    (only non-empty assistant texts), plus the set of decoded strings in the file."""
    fmt = fmt_of(fname)
    strings = set()
    sessions = []
    if fmt == "A":
        obj = json.loads(text)
        assert obj["message_count"] == len(obj["messages"]), fname
        raws = [obj["messages"]]
    elif fmt == "B":
        rows = [json.loads(l) for l in text.splitlines()]
        assert rows[0]["role"] == "session_meta", fname
        raws = [rows[1:]]
    elif fmt == "C":
        raws = [json.loads(l)["messages"] for l in text.splitlines()]
        assert 2 <= len(raws) <= 4, fname
    elif fmt == "D":
        raws = []
        for l in text.splitlines():
            conv = json.loads(l)["conversations"]
            assert conv[0]["from"] == "system", fname
            raws.append(conv)
        assert 2 <= len(raws) <= 4, fname
    else:
        raws = [[json.loads(l) for l in text.splitlines()]]
    for raw in raws:
        items = []
        for m in raw:
            if fmt in "ABC":
                if m["role"] == "user":
                    items.append(("user", m["content"]))
                elif m["role"] == "assistant":
                    if m.get("tool_calls"):
                        assert m["content"] == "", fname
                    elif m["content"].strip():
                        items.append(("asst", m["content"]))
                else:
                    assert m["role"] == "tool", fname
            elif fmt == "D":
                if m["from"] == "human":
                    items.append(("user", m["value"]))
                elif m["from"] == "gpt":
                    assert m["value"].startswith(THINK), fname
                    body = m["value"][len(THINK):]
                    if not body.startswith("<tool_call>") and body.strip():
                        items.append(("asst", body))
                else:
                    assert m["from"] in ("system", "tool"), fname
            else:
                assert m["type"] in ("message", "tool_call", "decision", "error"), fname
                if m["type"] == "message":
                    if m["role"] == "user":
                        items.append(("user", m["content"]))
                    else:
                        assert m["role"] in ("timmy", "assistant"), fname
                        if m["content"].strip():
                            items.append(("asst", m["content"]))
        for _kind, t in items:
            strings.add(t)
        sessions.append(items)
    return sessions, strings


def check(files, all_sessions, labels):
    problems = []
    by_file = collections.defaultdict(list)
    for r in labels:
        by_file[r["file"]].append(r)
    data_files = sorted(f for f in files if f not in ("labels.jsonl", "README.md"))
    if sorted(by_file) != data_files:
        problems.append("labels do not cover exactly the data files")
    # labels.jsonl parses and is in file order, session order
    reread = [json.loads(l) for l in files["labels.jsonl"].splitlines()]
    if reread != labels:
        problems.append("labels.jsonl does not round-trip")
    keys = [(data_files.index(r["file"]), r["session"]) for r in reread]
    if keys != sorted(keys):
        problems.append("labels not in file/session order")
    for fname in data_files:
        try:
            sessions, strings = parse_back(fname, files[fname])
        except (AssertionError, ValueError, KeyError) as e:
            problems.append("%s does not parse as format %s (%r)" % (fname, fmt_of(fname), e))
            continue
        rows = by_file[fname]
        flat = []
        for k, items in enumerate(sessions):
            users = []
            for kind, t in items:
                if kind == "user":
                    users.append([t, None, None])
                elif users:
                    users[-1][2] = t
            srows = [r for r in rows if r["session"] == k]
            if len(srows) != len(users):
                problems.append("%s#%d: %d labels for %d user turns" % (fname, k, len(srows), len(users)))
                continue
            for u, r in zip(users, srows):
                if u[0] != r["turn"]:
                    problems.append("%s#%d: turn mismatch %r" % (fname, k, r["turn"][:40]))
                u[1] = r["kind"]
            try:
                again = derive_labels([tuple(u) for u in users])
            except ValueError as e:
                problems.append("%s#%d: %s" % (fname, k, e))
                continue
            for a, r in zip(again, srows):
                ref = {x: r[x] for x in r if x not in ("file", "session")}
                if a != ref:
                    problems.append("%s#%d: label differs from file for %r" % (fname, k, r["turn"][:40]))
            flat.extend(srows)
        if len(flat) != len(rows):
            problems.append("%s: labels point at missing sessions" % fname)
        for r in rows:
            fields = ["turn"] + (["prompt_last_user", "rejected", "chosen"] if r["correction"] else [])
            for f in fields:
                if r.get(f) is not None and r[f] not in strings:
                    problems.append("%s: %s not verbatim in file: %r" % (fname, f, r[f][:40]))
            if fmt_of(fname) == "D" and r["correction"]:
                for f in ("rejected", "chosen"):
                    if r[f] is not None and (THINK + r[f]) not in files[fname] and \
                            json.dumps(THINK + r[f], ensure_ascii=False)[1:-1] not in files[fname]:
                        problems.append("%s: %s is not a suffix of a gpt value" % (fname, f))
            if not r["correction"]:
                for f in ("prompt_last_user", "rejected", "chosen"):
                    if f in r:
                        problems.append("%s: non-correction carries %s" % (fname, f))
    # double corrections share prompt and chosen; chosen differs from rejected
    for a, b in zip(labels, labels[1:]):
        if b.get("second"):
            if not (a["correction"] and a["file"] == b["file"] and a["session"] == b["session"]):
                problems.append("second correction without a first: %r" % b["turn"][:40])
            elif a["prompt_last_user"] != b["prompt_last_user"] or a["chosen"] != b["chosen"]:
                problems.append("double correction disagrees: %r" % b["turn"][:40])
    for r in labels:
        if r["correction"] and r["chosen"] == r["rejected"]:
            problems.append("chosen equals rejected: %r" % r["turn"][:40])
    # counts
    per_fmt, kinds, _ = counts(files, labels)
    n_sessions = sum(len(v["sessions"]) for v in per_fmt.values())
    if n_sessions != len(all_sessions) or n_sessions < MIN_SESSIONS:
        problems.append("sessions: %d" % n_sessions)
    for f, v in per_fmt.items():
        if len(v["sessions"]) < MIN_PER_FORMAT:
            problems.append("format %s has %d sessions" % (f, len(v["sessions"])))
    if len(labels) < MIN_USER_TURNS:
        problems.append("user turns: %d" % len(labels))
    n_corr = sum(r["correction"] for r in labels)
    if n_corr < MIN_CORRECTIONS:
        problems.append("corrections: %d" % n_corr)
    for k in ALL_KINDS:
        if kinds[k] < MIN_PER_KIND:
            problems.append("kind %s: %d" % (k, kinds[k]))
    n_second = sum(1 for r in labels if r.get("second"))
    if n_second < MIN_SECOND:
        problems.append("second corrections: %d" % n_second)
    e_roles = collections.Counter(s["role"] for s in SESSIONS_E)
    if e_roles["assistant"] != 3:
        problems.append("E files using role 'assistant': %d" % e_roles["assistant"])
    return problems


def main():
    files, all_sessions, labels = build()
    files2, _, _ = build()
    if files != files2:
        sys.exit("build is not deterministic")
    problems = check(files, all_sessions, labels)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    # remove stale generated outputs, then write
    keep = set(files) | {"make_fresh5.py", "sessions_ab.py", "sessions_cde.py"}
    for name in os.listdir(HERE):
        path = os.path.join(HERE, name)
        if name not in keep and os.path.isfile(path) and (name.endswith(".json") or name.endswith(".jsonl")):
            os.remove(path)
    for name, text in sorted(files.items()):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    # re-read from disk and check again
    on_disk = {}
    for name in files:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            on_disk[name] = fh.read()
    if on_disk != files:
        sys.exit("files on disk differ from what was built")
    labels_disk = [json.loads(l) for l in on_disk["labels.jsonl"].splitlines()]
    problems = check(on_disk, all_sessions, labels_disk)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    per_fmt, kinds, _ = counts(files, labels)
    print("wrote %d files: %d sessions, %d user turns, %d corrections (%d second), kinds: %s" % (
        len(files), sum(len(v["sessions"]) for v in per_fmt.values()), len(labels),
        sum(r["correction"] for r in labels), sum(1 for r in labels if r.get("second")),
        ", ".join("%s=%d" % (k, kinds[k]) for k in ALL_KINDS)))


if __name__ == "__main__":
    main()
