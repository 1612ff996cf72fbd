#!/usr/bin/env python3
"""Build the fresh5 mining corpus (blind author F) from hand-written session data.

    python3 bench/mining_corpus/fresh5/make_fresh5.py

Reads the sessions in sessions_ab.py and sessions_c/_d/_e.py, lays them out in the five
export formats (A-E), writes labels.jsonl and README.md next to this script, then
re-reads everything it wrote and checks it (parsing, verbatim texts, labelling
conventions, minimum counts). Standard library only; output is deterministic.
"""

import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep __pycache__ out of the corpus folder
sys.path.insert(0, HERE)

from layout_fresh5 import (  # noqa: E402  (the five formats' layout)
    ALL_KINDS,
    CORRECTION_KINDS,
    THINK,
    dumps_line,
    grouped,
    session_id,
    write_a,
    write_b,
    write_c,
    write_d,
    write_e,
)
from readme_fresh5 import counts, fmt_of, readme  # noqa: E402
from sessions_ab import SESSIONS_A, SESSIONS_B  # noqa: E402
from sessions_c import SESSIONS_C  # noqa: E402
from sessions_d import SESSIONS_D  # noqa: E402
from sessions_e import SESSIONS_E  # noqa: E402

MIN_SESSIONS = 64
MIN_PER_FORMAT = 10
MIN_USER_TURNS = 280
MIN_CORRECTIONS = 80
MIN_PER_KIND = 12
MIN_SECOND = 12

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
    keep = set(files) | {"make_fresh5.py", "layout_fresh5.py", "readme_fresh5.py", "sessions_ab.py", "sessions_c.py",
                         "sessions_d.py", "sessions_e.py"}
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
