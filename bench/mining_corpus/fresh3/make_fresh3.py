#!/usr/bin/env python3
"""Generate the `fresh3` hand-labelled preference-mining corpus.

Written blind (without the miner's code, its tests, or the other corpora's
session files) on 2026-12-02.  Every user turn, assistant reply and tool call
below is hand-written data, and every user turn carries a hand-given kind.
The script only lays the sessions out in the five export formats and derives
labels.jsonl from the same data (prompt_last_user / rejected / chosen follow
from where the corrections are), so texts and labels cannot drift.

Standard library only, deterministic:

    python3 bench/mining_corpus/fresh3/make_fresh3.py
"""

import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))

CORRECTION_KINDS = ["explicit", "repeat_narrow", "echo", "instead", "reject_approach", "partial"]
NEGATIVE_KINDS = ["decline_offer", "followup", "new_task", "clarify_answer", "acceptance", "plain"]
ALL_KINDS = CORRECTION_KINDS + NEGATIVE_KINDS

from layout_fresh3 import RENDER, THINK  # noqa: E402  (the five formats' layout)


def U(text, kind):
    assert kind in ALL_KINDS, kind
    return ("u", text, kind)


def A(text):
    return ("a", text)


def T(command, output, rc=0):
    return ("t", command, output, rc)


def DEC(decision, rationale):
    return ("dec", decision, rationale)


def ERR(error, context):
    return ("err", error, context)


def S(title, *items):
    return {"title": title, "items": list(items)}


FILES = []  # (format, file name, [sessions], options)


def add(fmt, name, sessions, **opts):
    FILES.append((fmt, name, sessions, opts))


from sessions_fresh3 import build  # noqa: E402  (the hand-written data)

build(add, S, U, A, T, DEC, ERR)




# ---------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------

def derive_labels(name, idx, session):
    items = session["items"]
    users, replies = [], []
    for it in items:
        if it[0] == "u":
            users.append(it)
            replies.append(None)
        elif it[0] == "a":
            assert users, "%s[%d]: assistant before any user turn" % (name, idx)
            assert it[1].strip(), "%s[%d]: empty assistant text" % (name, idx)
            replies[-1] = it[1]
    n = len(users)
    corr = [u[2] in CORRECTION_KINDS for u in users]
    for j in range(n - 1):
        assert replies[j] is not None, "%s[%d]: user turn %d gets no reply" % (name, idx, j)
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
            raise AssertionError("%s[%d]: retry is the last message" % (name, idx))
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


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def check_file(path, fmt, labels):
    raw = open(path, encoding="utf-8").read()
    docs = [json.loads(raw)] if fmt == "A" else [json.loads(x) for x in raw.splitlines() if x.strip()]
    strings = set()
    for d in docs:
        for s in _strings(d):
            strings.add(s)
            if s.startswith(THINK):
                strings.add(s[len(THINK):])
    for l in labels:
        for key in ("turn", "prompt_last_user", "rejected", "chosen"):
            v = l.get(key)
            if v is not None:
                assert v in strings, "%s: %s not found verbatim: %r" % (path, key, v[:60])
    return len(docs)


def main():
    names = [f[1] for f in FILES]
    assert len(names) == len(set(names)), "duplicate file names"
    all_labels = []
    per_fmt = {}
    texts = set()
    for fmt, name, sessions, opts in FILES:
        body = RENDER[fmt](name, sessions, **opts)
        path = os.path.join(HERE, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(body)
        labels = []
        for i, s in enumerate(sessions):
            labels.extend(derive_labels(name, i, s))
        for it in (x for s in sessions for x in s["items"] if x[0] in ("u", "a")):
            texts.add(it[1])
        ndocs = check_file(path, fmt, labels)
        if fmt in "CD":
            assert ndocs == len(sessions), name
        all_labels.extend(labels)
        f_ = per_fmt.setdefault(fmt, [0, 0, 0])
        f_[0] += 1
        f_[1] += len(sessions)
        f_[2] += len(labels)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in all_labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    kinds = {k: 0 for k in ALL_KINDS}
    for l in all_labels:
        kinds[l["kind"]] += 1
    n_files = sum(v[0] for v in per_fmt.values())
    n_sess = sum(v[1] for v in per_fmt.values())
    assert n_files >= 40 and n_sess >= 60 and len(all_labels) >= 180, (n_files, n_sess, len(all_labels))
    assert set(per_fmt) == set("ABCDE")
    print("format files sessions user_turns")
    for fmt in "ABCDE":
        print(fmt, *per_fmt[fmt])
    print("total", n_files, n_sess, len(all_labels))
    for k in ALL_KINDS:
        print("%-16s %d" % (k, kinds[k]))
    corr = [l for l in all_labels if l["correction"]]
    print("corrections", len(corr), "second", sum(l["second"] for l in corr),
          "chosen null", sum(l["chosen"] is None for l in corr))
    first = sum(1 for fmt, name, ss, o in FILES for s in ss)
    print("hard negatives (non-correction, not the opening request)",
          len(all_labels) - len(corr) - first, "of", len(all_labels))


if __name__ == "__main__":
    main()
