#!/usr/bin/env python3
"""Generate the "fresh" preference-mining evaluation corpus.

Written blind by a second author who was given only the definition of a
preference pair (see README.md).  Every session below was written by hand as
data; this script only serialises it into five export formats, derives the
label records from the hand-assigned turn kinds, and checks the result.

Standard library only, deterministic: running it twice gives identical files.

    python3 make_fresh.py     # (re)write all files next to this script, then
                              # re-parse them and verify labels and minimum counts
"""

import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ beside the corpus

from sessions_fresh import ALL_KINDS, CORRECTION_KINDS  # noqa: E402  (the hand-written sessions, by format)
from sessions_fresh_a import SESSIONS as _A  # noqa: E402
from sessions_fresh_b import SESSIONS as _B  # noqa: E402
from sessions_fresh_c import SESSIONS as _C  # noqa: E402
from sessions_fresh_d import SESSIONS as _D  # noqa: E402
from sessions_fresh_d import THINK_FILES  # noqa: E402
from sessions_fresh_e import SESSIONS as _E  # noqa: E402

SESSIONS = _A + _B + _C + _D + _E

from layout_fresh import c_session, d_session, write_A, write_B, write_E  # noqa: E402

# ==========================================================================
# labels: derived mechanically from the hand-assigned kinds + the definition
# ==========================================================================

def chat_turns(session):
    """user/assistant turns only (decision/error lines are format-E decoration)."""
    return [t for t in session["turns"] if t["t"] in ("user", "assistant")]


def derive_labels(session):
    turns = chat_turns(session)
    labels = [None] * len(turns)
    info = {}  # index of correction turn -> dict(prompt_last_user, rejected, chosen_idx)

    def next_index(start, role):
        for j in range(start, len(turns)):
            if turns[j]["t"] == role:
                return j
        return None

    for i, t in enumerate(turns):
        if t["t"] != "user":
            continue
        if t["kind"] not in CORRECTION_KINDS:
            assert not t["second"], ("second on a non-correction", t["text"])
            continue
        # the corrected reply is the assistant turn right before this user turn
        assert i > 0 and turns[i - 1]["t"] == "assistant", ("correction without a reply to correct", t["text"])
        rej = i - 1
        answered = rej - 1
        assert answered >= 0 and turns[answered]["t"] == "user"
        if answered in info:          # the rejected reply was itself a retry
            assert t["second"], ("should be marked second", t["text"])
            prompt_last_user = info[answered]["prompt_last_user"]
        else:
            assert not t["second"], ("wrongly marked second", t["text"])
            prompt_last_user = turns[answered]["text"]
        info[i] = {"prompt_last_user": prompt_last_user, "rejected": turns[rej]["text"]}

    def chosen_for(i):
        reply = next_index(i + 1, "assistant")
        if reply is None or reply != i + 1:
            return None               # corrected, but never answered again
        after = next_index(reply + 1, "user")
        assert after is not None, ("session ends right after a retry", turns[reply]["text"][:60])
        if after in info:             # the retry got corrected too
            return chosen_for(after)
        return turns[reply]["text"]

    for i, t in enumerate(turns):
        if t["t"] != "user":
            continue
        rec = {"turn": t["text"], "kind": t["kind"],
               "correction": t["kind"] in CORRECTION_KINDS, "second": t["second"]}
        if i in info:
            rec["prompt_last_user"] = info[i]["prompt_last_user"]
            rec["rejected"] = info[i]["rejected"]
            rec["chosen"] = chosen_for(i)
        labels[i] = rec
    return [r for r in labels if r is not None]


def build():
    """Return {file name: text} and the ordered label list."""
    by_file = collections.OrderedDict()
    for s in SESSIONS:
        by_file.setdefault(s["file"], []).append(s)
    for f, group in by_file.items():
        assert len({s["fmt"] for s in group}) == 1, f
        fmt = group[0]["fmt"]
        if fmt in ("A", "B", "E"):
            assert len(group) == 1, ("one session per file", f)
        if fmt == "C":
            assert 2 <= len(group) <= 4, f

    files, labels = collections.OrderedDict(), []
    for f, group in by_file.items():
        fmt = group[0]["fmt"]
        if fmt == "A":
            files[f] = write_A(group[0])
        elif fmt == "B":
            files[f] = write_B(group[0])
        elif fmt == "C":
            files[f] = "".join(json.dumps(c_session(s), ensure_ascii=False) + "\n" for s in group)
        elif fmt == "D":
            files[f] = "".join(json.dumps(d_session(s, f in THINK_FILES), ensure_ascii=False) + "\n"
                               for s in group)
        elif fmt == "E":
            files[f] = write_E(group[0])
        for idx, s in enumerate(group):
            for rec in derive_labels(s):
                out = {"file": f, "session": idx}
                out.update(rec)
                labels.append(out)
    return files, labels


# ==========================================================================
# independent re-parse of the written files
# ==========================================================================

def read_sessions(path):
    """Return a list of sessions, each a list of (role, text) with role user/assistant."""
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if name.endswith(".json"):                                 # A
        doc = json.loads(raw)
        return [[(m["role"], m["content"]) for m in doc["messages"]
                 if m["role"] == "user" or (m["role"] == "assistant" and not m.get("tool_calls"))]]
    rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
    first = rows[0]
    if first.get("role") == "session_meta":                    # B
        return [[(m["role"], m["content"]) for m in rows[1:]
                 if m["role"] == "user" or (m["role"] == "assistant" and not m.get("tool_calls"))]]
    if "conversations" in first:                               # D
        out = []
        for r in rows:
            sess = []
            for m in r["conversations"]:
                v = m["value"]
                if m["from"] == "human":
                    sess.append(("user", v))
                elif m["from"] == "gpt":
                    if v.startswith("<think>"):
                        v = v[v.index("</think>") + len("</think>"):].lstrip("\n")
                    if not v.startswith("<tool_call>"):
                        sess.append(("assistant", v))
            out.append(sess)
        return out
    if "messages" in first:                                    # C
        return [[(m["role"], m["content"]) for m in r["messages"]
                 if m["role"] in ("user", "assistant")] for r in rows]
    if "type" in first:                                        # E
        sess = []
        for r in rows:
            if r["type"] == "message":
                sess.append(("user" if r["role"] == "user" else "assistant", r["content"]))
        return [sess]
    raise ValueError("unknown format: " + name)


def check(outdir, files, labels):
    problems = []
    parsed = {f: read_sessions(os.path.join(outdir, f)) for f in files}

    # labels cover every user turn, in order, exactly
    per = collections.defaultdict(list)
    for rec in labels:
        per[(rec["file"], rec["session"])].append(rec)
    n_sessions = 0
    for f, sessions in parsed.items():
        for si, sess in enumerate(sessions):
            n_sessions += 1
            users = [t for r, t in sess if r == "user"]
            got = [rec["turn"] for rec in per[(f, si)]]
            if users != got:
                problems.append("user turns / labels differ in %s #%d" % (f, si))
            assistants = [t for r, t in sess if r == "assistant"]
            for rec in per[(f, si)]:
                if not rec["correction"]:
                    continue
                ui = [k for k, (r, t) in enumerate(sess) if r == "user" and t == rec["turn"]][0]
                if rec["prompt_last_user"] not in users:
                    problems.append("prompt_last_user missing: " + rec["turn"])
                if rec["rejected"] not in [t for r, t in sess[:ui] if r == "assistant"]:
                    problems.append("rejected missing before correction: " + rec["turn"])
                if rec["chosen"] is not None and rec["chosen"] not in [t for r, t in sess[ui:] if r == "assistant"]:
                    problems.append("chosen missing after correction: " + rec["turn"])
                for key in ("rejected", "chosen"):
                    if rec[key] is not None and rec[key] not in assistants:
                        problems.append(key + " not an assistant reply: " + rec["turn"])
            if sess and sess[-1][0] == "assistant":
                # never end right after a retry that follows a correction
                lab = per[(f, si)]
                if lab and lab[-1]["correction"]:
                    problems.append("session ends right after a retry: %s #%d" % (f, si))

    # verbatim: every label text is in the file (after JSON decoding)
    for rec in labels:
        texts = [t for s in parsed[rec["file"]] for _, t in s]
        for key in ("turn", "prompt_last_user", "rejected", "chosen"):
            v = rec.get(key)
            if v is not None and v not in texts:
                problems.append("not verbatim (%s): %s" % (key, v[:60]))

    # minimum counts
    kinds = collections.Counter(rec["kind"] for rec in labels)
    fmts = collections.Counter(s["fmt"] for s in SESSIONS)
    if n_sessions < 40:
        problems.append("fewer than 40 sessions")
    if len(labels) < 110:
        problems.append("fewer than 110 labelled user turns")
    for k in CORRECTION_KINDS:
        if kinds[k] < 5:
            problems.append("fewer than 5 %s" % k)
    for k in ("decline_offer", "followup", "new_task", "clarify_answer"):
        if kinds[k] < 5:
            problems.append("fewer than 5 %s" % k)
    if sum(1 for r in labels if r["second"]) < 5:
        problems.append("fewer than 5 second corrections")
    if sum(1 for r in labels if r["correction"] and r["chosen"] is None) < 3:
        problems.append("fewer than 3 corrections without a later reply")
    for fmt in "ABCDE":
        if fmts[fmt] < 8:
            problems.append("format %s has fewer than 8 sessions" % fmt)
    return problems, n_sessions, kinds, fmts


def main():
    files, labels = build()
    for f, text in files.items():
        with open(os.path.join(HERE, f), "w", encoding="utf-8") as fh:
            fh.write(text)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for rec in labels:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    problems, n_sessions, kinds, fmts = check(HERE, files, labels)
    corr = [r for r in labels if r["correction"]]
    print("files: %d   sessions: %d   labelled user turns: %d" % (len(files), n_sessions, len(labels)))
    print("sessions per format: " + ", ".join("%s=%d" % (k, fmts[k]) for k in "ABCDE"))
    print("corrections: %d (second: %d, no later reply: %d, pairs: %d)" % (
        len(corr), sum(r["second"] for r in corr), sum(r["chosen"] is None for r in corr),
        sum(r["chosen"] is not None for r in corr)))
    for k in ALL_KINDS:
        print("  %-16s %3d" % (k, kinds[k]))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  - " + p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
