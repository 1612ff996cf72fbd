"""Precision and recall of timmyd's session mining on a hand-labelled corpus, overall and per kind.

    python bench/bench_mining.py [--split dev|heldout] [--corpus bench/mining_corpus] [--config TOML]
                                 [--show] [--json OUT] [--weights JSON]

The measuring stick, kept apart from the rules: it runs the real ingest pass (`ingest_paths` into a
fresh temporary ledger, the config's `[mining]` section, classifier included when one is set) over
`<corpus>/<split>/` and compares the pairs in the ledger with `<corpus>/<split>/labels.jsonl` (schema:
`bench/mining_corpus/README.md`). It knows nothing of how the rules decide.

- A mined pair is a **true positive** only when its rejected reply, its chosen reply and its prompt's
  last user turn all equal one labelled correction of the same file (each label matches once).
  Texts are compared after dropping `<think>` blocks and surrounding whitespace.
- **Recall** per correction kind: labelled corrections with a chosen reply that were mined exactly.
  `double` is the corrections marked `"second": true`, whatever their kind.
- **False pairs** are attributed to the kind of the user turn that triggered them: the first user
  turn after the rejected reply in that session (found by reading the file with the session readers,
  which only parse formats). Per kind, precision = true pairs / all pairs that kind triggered.
- The pair-level check splits every mined pair by what matched: all three, or the rejected reply is a
  labelled correction's but the chosen reply or the prompt's last user turn is wrong, or nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from loguru import logger

from timmyd import config
from timmyd.ingest import score, sessions
from timmyd.ingest.pipeline import ingest_paths
from timmyd.ledger.store import Ledger

HERE = Path(__file__).resolve().parent
CORRECTION_KINDS = ("explicit", "repeat_narrow", "echo", "instead", "reject_approach", "partial")
NEGATIVE_KINDS = ("decline_offer", "followup", "new_task", "clarify_answer", "acceptance", "plain")
_THINK = re.compile(r"<think>.*?</think>", re.S)


def norm(text: str | None) -> str:
    return _THINK.sub("", text or "").strip()


def file_sessions(path: Path) -> list[list[tuple[str, str]]]:
    """Each session of a file as (role, text) turns, user and assistant text only (tool turns and
    empty tool-call turns left out). Session order is the labels' `session` index."""
    data = path.read_bytes().decode("utf-8")
    if path.suffix == ".json":
        raw = [sessions.hermes_session(json.loads(data))]
    else:
        lines = [json.loads(x) for x in data.splitlines() if x.strip()]
        fmt = sessions.detect(lines[0], ".jsonl")
        if fmt in sessions.LINE_FORMATS:
            raw = [sessions.line_session(fmt, rec, f"line {i}") for i, rec in enumerate(lines, 1)]
        else:
            s = sessions.Session()
            for i, rec in enumerate(lines, 1):
                s.turns.extend(sessions.openai_turns(rec, f"line {i}"))
            raw = [s]
    return [[(t.role, norm(t.content)) for t in s.turns if t.role in ("user", "assistant") and norm(t.content)]
            for s in raw]


def trigger_turn(turns: list[tuple[str, str]], rejected: str) -> str | None:
    """The first user turn after the assistant reply `rejected` (what made the miner reject it)."""
    for i, (role, text) in enumerate(turns):
        if role == "assistant" and text == rejected:
            for role2, text2 in turns[i + 1:]:
                if role2 == "user":
                    return text2
    return None


def mined_pairs(folder: Path, names: list[str], cfg) -> list[tuple[str, object]]:
    """(file name, Pair) for every pair one ingest pass of the session files `names` stores (copied
    to a scratch folder first, so that `labels.jsonl` is not read as an export)."""
    with tempfile.TemporaryDirectory() as tmp:
        exports = Path(tmp) / "exports"
        exports.mkdir()
        for name in names:
            shutil.copyfile(folder / name, exports / name)
        with Ledger.open(Path(tmp) / "state") as led:
            ingest_paths([exports], led, cfg)
            rows = led.pair_rows()
            pairs = led.pairs()
    return [(Path(r["source_file"]).name, p) for r, p in zip(rows, pairs, strict=True)]


def measure(folder: Path, cfg) -> dict:
    labels = [json.loads(x) for x in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    by_file: dict[str, list[dict]] = defaultdict(list)
    for lab in labels:
        by_file[lab["file"]].append(lab)
    mined = mined_pairs(folder, sorted(by_file), cfg)
    turns_of = {name: file_sessions(folder / name) for name in by_file}

    expected = [lab for lab in labels if lab["correction"] and lab.get("chosen") is not None]
    matched: set[int] = set()  # id() of labels matched by a mined pair
    check = Counter()
    true_by_kind, false_by_kind = Counter(), Counter()
    false_pairs, wrong_pairs = [], []
    for name, p in mined:
        rej, cho, last = norm(p.rejected), norm(p.chosen), norm(p.last_user)
        labs = [lab for lab in by_file.get(name, []) if lab["correction"]]
        exact = next((lab for lab in labs if id(lab) not in matched and norm(lab["rejected"]) == rej
                      and norm(lab.get("chosen")) == cho and norm(lab["prompt_last_user"]) == last
                      and lab.get("chosen") is not None), None)
        if exact is not None:
            matched.add(id(exact))
            check["exact"] += 1
            true_by_kind[exact["kind"]] += 1
            continue
        same_rej = [lab for lab in labs if norm(lab["rejected"]) == rej]
        if same_rej:
            lab = same_rej[0]
            check["rejected right, chosen wrong" if norm(lab.get("chosen")) != cho else "rejected right, prompt wrong"] += 1
            if norm(lab.get("chosen")) != cho and norm(lab["prompt_last_user"]) != last:
                check["rejected right, chosen and prompt wrong"] += 1
        else:
            check["rejected not a labelled correction"] += 1
        trig = kind = None
        for i, turns in enumerate(turns_of.get(name, [])):
            trig = trigger_turn(turns, rej)
            if trig is not None:
                kind = next((lab["kind"] for lab in by_file[name] if lab["session"] == i and norm(lab["turn"]) == trig),
                            "unlabelled")
                break
        kind = kind or "unknown"
        false_by_kind[kind] += 1
        (wrong_pairs if same_rej else false_pairs).append({"file": name, "kind": kind, "trigger": trig,
                                                           "last_user": last[:100], "rejected": rej[:100],
                                                           "chosen": cho[:100]})
    missed = [lab for lab in expected if id(lab) not in matched]
    kinds = {}
    for k in CORRECTION_KINDS + ("double",):
        exp = [lab for lab in expected if (lab.get("second") if k == "double" else lab["kind"] == k)]
        found = sum(id(lab) in matched for lab in exp)
        tp = found if k == "double" else true_by_kind[k]
        fp = 0 if k == "double" else false_by_kind[k]
        kinds[k] = {"expected": len(exp), "found": found, "recall": found / len(exp) if exp else None,
                    "false": fp, "precision": tp / (tp + fp) if tp + fp else None}
    for k in NEGATIVE_KINDS:
        n = sum(lab["kind"] == k for lab in labels)
        kinds[k] = {"turns": n, "false": false_by_kind[k], "clean": (n - false_by_kind[k]) / n if n else None}
    for k in sorted(set(false_by_kind) - set(kinds)):
        kinds[k] = {"turns": 0, "false": false_by_kind[k], "clean": None}
    tp = check["exact"]
    return {"split": folder.name, "files": len(by_file), "labels": len(labels), "mined": len(mined),
            "expected": len(expected), "true": tp, "precision": tp / len(mined) if mined else None,
            "recall": tp / len(expected) if expected else None, "check": dict(check), "kinds": kinds,
            "missed": [{"file": lab["file"], "kind": lab["kind"], "turn": lab["turn"][:100],
                        "prompt_last_user": lab["prompt_last_user"][:100]} for lab in missed],
            "false_pairs": false_pairs, "wrong_pairs": wrong_pairs}


def _f(x) -> str:
    return "-" if x is None else f"{x:.2f}"


def report(r: dict, show: bool = False) -> str:
    out = [f"split {r['split']}: {r['files']} files, {r['labels']} labelled user turns, {r['expected']} labelled pairs",
           f"mined {r['mined']} pairs, {r['true']} exact: precision {_f(r['precision'])}, recall {_f(r['recall'])}",
           "pair-level check (prompt's last user turn, rejected and chosen all as labelled): "
           + ", ".join(f"{k} {v}" for k, v in sorted(r["check"].items())), "",
           f"{'correction kind':<18}{'labelled':>9}{'found':>7}{'recall':>8}{'false':>7}{'precision':>11}"]
    for k in CORRECTION_KINDS + ("double",):
        d = r["kinds"][k]
        out.append(f"{k:<18}{d['expected']:>9}{d['found']:>7}{_f(d['recall']):>8}{d['false']:>7}{_f(d['precision']):>11}")
    out += ["", f"{'non-correction':<18}{'turns':>9}{'false pairs':>13}{'clean':>8}"]
    for k, d in r["kinds"].items():
        if "turns" in d:
            out.append(f"{k:<18}{d['turns']:>9}{d['false']:>13}{_f(d['clean']):>8}")
    if show:
        for title, rows in (("missed", r["missed"]), ("false pairs", r["false_pairs"]), ("wrong pairs", r["wrong_pairs"])):
            out += ["", f"{title}: {len(rows)}"] + [f"  {json.dumps(x, ensure_ascii=False)}" for x in rows]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev", help="dev (tune here) or heldout (measure once)")
    ap.add_argument("--corpus", default=str(HERE / "mining_corpus"), help="folder holding <split>/labels.jsonl")
    ap.add_argument("--config", help="a timmyd TOML file (its [mining] section is used; default: built-in defaults)")
    ap.add_argument("--show", action="store_true", help="list missed corrections and false or wrong pairs")
    ap.add_argument("--json", help="also write the full result as JSON here")
    ap.add_argument("--weights", help="a JSON table of score weights to use instead of the shipped ones "
                    "(`fit_mining.py --save`: leave-one-author-out at pair level)")
    args = ap.parse_args(argv)
    folder = Path(args.corpus) / args.split
    if not (folder / "labels.jsonl").is_file():
        print(f"{folder}: no labels.jsonl", file=sys.stderr)
        return 2
    cfg = config.load(args.config) if args.config else config.Config()
    logger.remove()
    logger.add(sys.stderr, level="ERROR")
    if args.weights:
        score.WEIGHTS = json.loads(Path(args.weights).read_text(encoding="utf-8"))
    r = measure(folder, cfg)
    print(report(r, args.show))
    if args.json:
        Path(args.json).write_text(json.dumps(r, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
