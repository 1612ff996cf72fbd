"""The shared writer of the blind authors' mining corpora (fresh7 on): an author writes only sessions, as data; this
lays them out in the five export formats (`corpus_layout.py`), derives one label per user turn from the kinds, writes
labels.jsonl, then parses every file back from disk and re-checks it (`corpus_check.py`). Standard library only.

A session is a dict with "steps", made with the constructors below: `user(kind, text)` a user turn and its label,
`reply(text)`, `tool(name, args, output, exit_code)`, and in format E `decision(text, rationale)` and
`error(text, context)`. Data modules define FORMAT_A / FORMAT_B (lists of sessions with date, time, title,
platform), FORMAT_C / FORMAT_D (date -> 2-4 sessions with time, title) and FORMAT_E (date -> session with role
"timmy" or "assistant"); a corpus's make_<name>.py calls `main`.
"""

import importlib
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))  # the layout and check modules beside this one

from corpus_check import (  # noqa: E402
    CORRECTION_KINDS,
    LABELS,
    NEGATIVE_KINDS,
    counts_table,
    derive_labels,
    recheck,
    turns_of,
)
from corpus_layout import MODEL, build_a, build_b, build_c, build_d, build_e  # noqa: E402


def user(kind, text):
    """A user turn and its hand label (one of the kinds)."""
    return ("u", kind, text)


def reply(text):
    """An assistant reply."""
    return ("a", text)


def tool(name, args, output, exit_code=0):
    """A tool call and its result (before a reply)."""
    return ("t", name, args, output, exit_code)


def decision(text, rationale):
    """Format E only: a decision event."""
    return ("d", text, rationale)


def error(text, context):
    """Format E only: an error event."""
    return ("e", text, context)


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

