"""The labels the shared corpus writer derives from the kinds (the README's definition), and the re-check of every
written file as parsed back from disk: labels re-derived, texts verbatim, the conventions, the counts."""

import collections
import json
import os

from corpus_layout import THINK

CORRECTION_KINDS = ("explicit", "repeat_narrow", "echo", "instead", "reject_approach", "partial")
NEGATIVE_KINDS = ("decline_offer", "followup", "new_task", "clarify_answer", "acceptance", "plain")
LABELS = "labels.jsonl"


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
