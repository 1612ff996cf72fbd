"""The fresh5 corpus README and its counts, as make_fresh5.py writes them."""

import collections

from layout_fresh5 import ALL_KINDS, CORRECTION_KINDS

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
        "- `make_fresh5.py` - the generator and checker (standard library only), with `layout_fresh5.py` (the five",
        "  formats' layout) and `readme_fresh5.py` (writes this README).",
        "- `sessions_ab.py`, `sessions_c.py`, `sessions_d.py`, `sessions_e.py` - the hand-written sessions with a kind for each",
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
