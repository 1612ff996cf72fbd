#!/usr/bin/env python3
"""Generate the fresh4 mining corpus (author E) and its labels.

Standard library only.  Run from anywhere:

    python3 bench/mining_corpus/fresh4/make_fresh4.py

The hand-written sessions live in sessions_fresh4.py (formats A, B) and
sessions_fresh4_c/_d/_e.py (formats C, D, E); layout_fresh4.py holds the five
formats' layout.  This script lays them out in the five export formats, derives labels.jsonl from the same data, then re-reads
every written file and re-derives the labels from the parsed files to check
that the two agree, that every label text occurs verbatim, and that the
required counts hold.
"""

import json
import os
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from layout_fresh4 import THINK, c_line, d_line, write_a, write_b, write_e  # noqa: E402  (the five formats' layout)
from sessions_fresh4 import CORRECTION_KINDS, NEGATIVE_KINDS, SESSIONS_A, SESSIONS_B  # noqa: E402
from sessions_fresh4_c import SESSIONS_C  # noqa: E402
from sessions_fresh4_d import SESSIONS_D  # noqa: E402
from sessions_fresh4_e import SESSIONS_E  # noqa: E402

MIN = {"sessions": 64, "per_format": 10, "user_turns": 280, "corrections": 80,
       "per_kind": 12, "second": 12}


# ------------------------------------------------------------------ labels
def derive_labels(seq):
    """seq: list of events (role, text, kind, second) in one session, where role is
    'user' or 'assistant' ('assistant' only for non-empty reply texts; tool calls
    are left out).  Returns one label dict per user turn (without file/session)."""
    users = [i for i, e in enumerate(seq) if e[0] == "user"]
    labels = []

    def reply_after(k):  # last non-empty assistant text after user turn k, before next user
        start = users[k] + 1
        end = users[k + 1] if k + 1 < len(users) else len(seq)
        texts = [seq[j][1] for j in range(start, end) if seq[j][0] == "assistant"]
        return texts[-1] if texts else None

    for k, idx in enumerate(users):
        _, text, kind, second = seq[idx]
        corr = kind in CORRECTION_KINDS
        lab = OrderedDict(turn=text, kind=kind, correction=corr, second=bool(second))
        if corr:
            assert k > 0, "correction as first turn: %r" % text
            rejected = reply_after(k - 1)
            assert rejected is not None, "correction without a reply before it: %r" % text
            prev = labels[k - 1]
            if second:
                assert prev["correction"], "second correction after a non-correction: %r" % text
                plu = prev["prompt_last_user"]
            else:
                assert not prev["correction"], "unmarked second correction: %r" % text
                plu = seq[users[k - 1]][1]
            lab["prompt_last_user"] = plu
            lab["rejected"] = rejected
            lab["chosen"] = None
        else:
            assert not second, "second on a non-correction: %r" % text
        labels.append(lab)

    # chosen: walk backwards so a first correction can take its second's chosen
    for k in range(len(users) - 1, -1, -1):
        lab = labels[k]
        if not lab["correction"]:
            continue
        nxt = labels[k + 1] if k + 1 < len(users) else None
        if nxt is not None and nxt["correction"]:
            assert nxt["second"], "two corrections in a row without second"
            assert not (k + 2 < len(users) and labels[k + 2]["correction"]), "three corrections in a row"
            lab["chosen"] = nxt["chosen"]
            continue
        reply = reply_after(k)
        if reply is None:
            assert nxt is None, "correction with no reply but a later user turn"
            lab["chosen"] = None
        else:
            assert nxt is not None, "session ends on a retry right after a correction: %r" % lab["turn"]
            lab["chosen"] = reply
    return labels


def items_to_seq(items):
    seq = []
    for it in items:
        if it[0] == "u":
            seq.append(("user", it[1], it[2], it[3]))
        elif it[0] == "a":
            assert it[1].strip(), "empty assistant text in data"
            seq.append(("assistant", it[1], None, False))
    return seq


def build():
    """Returns {file name: (text, [sessions in file order])}."""
    files = {}
    for s in SESSIONS_A:
        name, text = write_a(s)
        files[name] = (text, [s], "A")
    for s in SESSIONS_B:
        name, text = write_b(s)
        files[name] = (text, [s], "B")
    for fmt, group, prefix, line_fn in (("C", SESSIONS_C, "hermes_export_", c_line),
                                        ("D", SESSIONS_D, "trajectories_", d_line)):
        by_file = OrderedDict()
        for s in group:
            by_file.setdefault(prefix + s["file_date"] + ".jsonl", []).append(s)
        for name, sess in by_file.items():
            files[name] = ("\n".join(line_fn(s) for s in sess) + "\n", sess, fmt)
    for s in SESSIONS_E:
        name, text = write_e(s)
        assert name not in files, name
        files[name] = (text, [s], "E")
    return files


# ------------------------------------------------------------------ re-reading
def parse_file(name, text):
    """Independent reader: returns a list of sessions, each a list of (role, text)
    with role 'user' or 'assistant' (non-empty assistant texts only)."""
    def from_openai(msgs):
        out = []
        for m in msgs:
            if m["role"] == "user":
                out.append(("user", m["content"]))
            elif m["role"] == "assistant" and m.get("content"):
                out.append(("assistant", m["content"]))
            else:
                assert m["role"] in ("assistant", "tool"), m["role"]
                if m["role"] == "assistant":
                    assert m["tool_calls"]
        return out

    if name.endswith(".json"):
        return [from_openai(json.loads(text)["messages"])]
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    if name.startswith("hermes_export_"):
        return [from_openai(r["messages"]) for r in rows]
    if name.startswith("trajectories_"):
        out = []
        for r in rows:
            seq = []
            for c in r["conversations"]:
                if c["from"] == "human":
                    seq.append(("user", c["value"]))
                elif c["from"] == "gpt":
                    assert c["value"].startswith(THINK)
                    body = c["value"][len(THINK):]
                    if body.strip() and not body.startswith("<tool_call>"):
                        seq.append(("assistant", body))
                else:
                    assert c["from"] in ("system", "tool")
            out.append(seq)
        return out
    if name.startswith("session_"):  # format E
        seq = []
        for r in rows:
            if r["type"] == "message":
                if r["role"] == "user":
                    seq.append(("user", r["content"]))
                elif r["content"].strip():
                    assert r["role"] in ("timmy", "assistant")
                    seq.append(("assistant", r["content"]))
            else:
                assert r["type"] in ("tool_call", "decision", "error")
        return [seq]
    # format B
    assert rows[0]["role"] == "session_meta"
    return [from_openai(rows[1:])]


def main():
    files = build()
    labels = []
    for name in sorted(files):
        _, sessions, _ = files[name]
        for si, s in enumerate(sessions):
            for lab in derive_labels(items_to_seq(s["items"])):
                row = OrderedDict([("file", name), ("session", si)])
                row.update(lab)
                labels.append(row)

    # write
    for old in os.listdir(HERE):
        if old.endswith((".json", ".jsonl")) and old != "labels.jsonl":
            os.remove(os.path.join(HERE, old))
    for name, (text, _, _) in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for row in labels:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")

    # ---- re-check from disk
    with open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") as f:
        disk_labels = [json.loads(line) for line in f]
    assert disk_labels == [json.loads(json.dumps(r)) for r in labels]
    fmt_of = {name: fmt for name, (_, _, fmt) in files.items()}
    parsed = {}
    for name in sorted(files):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            raw = f.read()
        parsed[name] = (raw, parse_file(name, raw))
    # re-derive from the parsed files, taking only the hand kinds from the labels
    pos = 0
    for name in sorted(parsed):
        raw, sessions = parsed[name]
        assert len(sessions) == len(files[name][1])
        if fmt_of[name] in "CD":
            assert 2 <= len(sessions) <= 4, (name, len(sessions))
        for si, seq in enumerate(sessions):
            n_users = sum(1 for r, _ in seq if r == "user")
            mine = disk_labels[pos:pos + n_users]
            pos += n_users
            assert [(l["file"], l["session"]) for l in mine] == [(name, si)] * n_users
            it = iter(mine)
            seq2 = []
            for role, text in seq:
                if role == "user":
                    l = next(it)
                    assert l["turn"] == text
                    seq2.append(("user", text, l["kind"], l["second"]))
                else:
                    seq2.append(("assistant", text, None, False))
            again = derive_labels(seq2)
            for a, l in zip(again, mine):
                for key, val in a.items():
                    assert l[key] == val, (name, si, key, l["turn"][:40])
            # verbatim: every label text occurs in the raw file
            for l in mine:
                for key in ("turn", "prompt_last_user", "rejected", "chosen"):
                    v = l.get(key)
                    if v is None:
                        continue
                    enc = json.dumps(v, ensure_ascii=False)[1:-1]
                    assert enc in raw, (name, key, v[:40])
                    if fmt_of[name] == "D" and key in ("rejected", "chosen"):
                        assert json.dumps(THINK + v, ensure_ascii=False)[1:-1] in raw
    assert pos == len(disk_labels)

    # ---- counts
    kinds = Counter(l["kind"] for l in disk_labels)
    n_corr = sum(l["correction"] for l in disk_labels)
    n_second = sum(l["second"] for l in disk_labels)
    n_sessions = sum(len(s) for _, s in parsed.values())
    per_fmt_sessions = Counter()
    per_fmt_files = Counter()
    per_fmt_turns = Counter()
    per_fmt_corr = Counter()
    for name, (_, sessions) in parsed.items():
        per_fmt_files[fmt_of[name]] += 1
        per_fmt_sessions[fmt_of[name]] += len(sessions)
    for l in disk_labels:
        per_fmt_turns[fmt_of[l["file"]]] += 1
        per_fmt_corr[fmt_of[l["file"]]] += l["correction"]
    n_null = sum(1 for l in disk_labels if l["correction"] and l["chosen"] is None)
    n_pairs = sum(1 for l in disk_labels if l["correction"] and l["chosen"] is not None)

    problems = []
    if n_sessions < MIN["sessions"]:
        problems.append("sessions %d" % n_sessions)
    for f in "ABCDE":
        if per_fmt_sessions[f] < MIN["per_format"]:
            problems.append("format %s sessions %d" % (f, per_fmt_sessions[f]))
    if len(disk_labels) < MIN["user_turns"]:
        problems.append("user turns %d" % len(disk_labels))
    if n_corr < MIN["corrections"]:
        problems.append("corrections %d" % n_corr)
    if n_second < MIN["second"]:
        problems.append("second %d" % n_second)
    for k in CORRECTION_KINDS + NEGATIVE_KINDS:
        if kinds[k] < MIN["per_kind"]:
            problems.append("kind %s %d" % (k, kinds[k]))

    print("files %d, sessions %d, user turns %d, corrections %d (second %d, pairs %d, chosen null %d)"
          % (len(parsed), n_sessions, len(disk_labels), n_corr, n_second, n_pairs, n_null))
    print("per format: " + ", ".join("%s %d files / %d sessions / %d turns / %d corrections"
                                      % (f, per_fmt_files[f], per_fmt_sessions[f], per_fmt_turns[f],
                                         per_fmt_corr[f]) for f in "ABCDE"))
    print("kinds: " + ", ".join("%s %d" % (k, kinds[k]) for k in CORRECTION_KINDS + NEGATIVE_KINDS))
    if problems:
        print("COUNT CHECK FAILED: " + "; ".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
