"""Fit the weights of the scored correction decision (`timmyd/ingest/score.py`) and measure them leave-one-author-out.

    python bench/fit_mining.py [--corpus bench/mining_corpus] [--write]

Every labelled follow-up turn of the corpus (a user turn that reacts to an assistant reply) becomes one example:
its cues (`features.features`, read with the chain of corrections as labelled, the way `mine` reads it) and whether
it is a correction. The corpus has seven authors, each written blind to the rules: A = dev + heldout, B = fresh,
C = fresh2, D = fresh3, E = fresh4, F = fresh5, G = fresh6 (fresh7 is never read here: it is the next blind measure). The table
printed is leave-one-author-out: weights fitted on six authors, turn-level precision and recall on the seventh, for the hand
rules alone (tuned on A and B: C and D are unseen by them), the score alone and the shipped decision (`judge`);
`--pairs` adds the same at pair level (the bench's own measure). Only that table predicts an unseen author, so the
L2 penalty, `score.THRESHOLD` and `score.VETO` are chosen on it, never on the in-sample fit. `--write` prints the
table fitted on `SHIPPED_AUTHORS` (A-F: round 8 added G to the tables and shipped no refit) as the Python literal to paste into `score.py` (`WEIGHTS`).

The model is plain logistic regression on 0/1 features (numpy, L2-penalised, Newton steps), so each weight reads as
"this cue adds w to the log-odds of a correction", and a verdict lists the cues that made it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_mining import file_sessions, measure  # noqa: E402,F401  (same readers and measure as the bench)

from timmyd.ingest import (  # noqa: E402
    mining,
    score,  # noqa: E402
    sessions,
)
from timmyd.ingest.exchanges import exchanges  # noqa: E402
from timmyd.ingest.features import features  # noqa: E402

AUTHORS = {"A": ("dev", "heldout"), "B": ("fresh",), "C": ("fresh2",), "D": ("fresh3",), "E": ("fresh4",),
           "F": ("fresh5",), "G": ("fresh6",), "H": ("fresh7",), "I": ("fresh8",), "J": ("fresh9",), "K": ("fresh10",),
           "L": ("fresh11",), "M": ("fresh12",)}
# chosen by the pair-level leave-one-author-out table (round 5: l2 0.3 / 1, threshold 0.6 / 0.7, veto 0.2 / 0.3 tried;
# 0.3 with score.THRESHOLD 0.6 and score.VETO 0.2 had the best mean F1 over the four held-out authors; round 6, five
# authors: l2 0.3 / 1 / 3, threshold 0.4 / 0.5 / 0.6, veto 0.2 / 0.3 within 0.01 of each other at best, kept; round 7,
# six authors: l2 0.3 / 1 x threshold 0.5 / 0.6 / 0.7 x veto 0.2 / 0.3 / 0.4, 0.3 / 0.6 / 0.2 best mean F1 again;
# round 9, eleven authors: l2 0.3 / 1 x threshold 0.5 / 0.6 / 0.7 x veto 0.2 / 0.3 x sure veto 0 / 0.1 under the ship
# rule "mean pair F1 up, no author more than 0.02 below round 7": 1 / 0.6 / 0.2 / 0.1 (threshold 0.5 had a higher mean
# but cost author K 0.036)
L2 = 1.0


def read_sessions(path: Path) -> list[sessions.Session]:
    data = path.read_bytes().decode("utf-8")
    if path.suffix == ".json":
        return [sessions.hermes_session(json.loads(data))]
    lines = [json.loads(x) for x in data.splitlines() if x.strip()]
    fmt = sessions.detect(lines[0], ".jsonl")
    if fmt in sessions.LINE_FORMATS:
        return [sessions.line_session(fmt, rec, f"line {i}") for i, rec in enumerate(lines, 1)]
    s = sessions.Session()
    for i, rec in enumerate(lines, 1):
        s.turns.extend(sessions.openai_turns(rec, f"line {i}"))
    return [s]


def examples(folder: Path) -> list[dict]:
    """One dict per labelled follow-up: features, gold label, the shipped rules' verdict, where it is."""
    labels = [json.loads(x) for x in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    by = defaultdict(list)
    for lab in labels:
        by[(lab["file"], lab["session"])].append(lab)
    out = []
    for file in sorted({lab["file"] for lab in labels}):
        for si, s in enumerate(read_sessions(folder / file)):
            labs = {lab["turn"].strip(): lab for lab in by[(file, si)]}
            _, exs = exchanges(s)
            anchor, said = None, []
            for i, ex in enumerate(exs[:-1]):
                nxt = exs[i + 1]
                lab = labs.get(nxt.user.strip())
                if ex.reply is None:
                    anchor, said = None, []
                    continue
                request = mining._request(exs, i if anchor is None else anchor)
                gold = bool(lab and lab["correction"])
                if lab is not None:
                    f = features(nxt.user, ex.reply, request, nxt.reply, tuple(said))
                    v = mining.rule_verdict(nxt.user, ex.reply, request, nxt.reply, complaints=tuple(said))
                    out.append({"file": file, "session": si, "turn": nxt.user[:100], "kind": lab["kind"],
                                "gold": gold, "rules": v.correction, "features": f,
                                "ambiguous": v.ambiguous, "rule_kind": v.kind, "sure": v.sure,
                                "text": (nxt.user, ex.reply, request, nxt.reply, tuple(said))})  # fit_mining_text.py
                if gold:  # the chain as labelled (teacher forcing)
                    anchor = i if anchor is None else anchor
                    said.append(nxt.user)
                else:
                    anchor, said = None, []
    return out


def design(rows: list[dict], names: list[str]) -> np.ndarray:
    x = np.zeros((len(rows), len(names) + 1))
    x[:, -1] = 1.0  # bias
    index = {n: j for j, n in enumerate(names)}
    for i, r in enumerate(rows):
        for n in r["features"]:
            if n in index:
                x[i, index[n]] = 1.0
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, iters: int = 50) -> np.ndarray:
    """L2-penalised logistic regression by Newton's method (the bias is not penalised)."""
    w = np.zeros(x.shape[1])
    pen = np.full(x.shape[1], l2)
    pen[-1] = 1e-6
    for _ in range(iters):
        p = 1 / (1 + np.exp(-(x @ w)))
        g = x.T @ (p - y) + pen * w
        h = (x * (p * (1 - p))[:, None]).T @ x + np.diag(pen)
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def pr(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, int, int]:
    tp = int((pred & gold).sum())
    fp = int((pred & ~gold).sum())
    fn = int((~pred & gold).sum())
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), fp, fn


def load(corpus: Path = HERE / "mining_corpus") -> dict[str, list[dict]]:
    return {a: [r for split in splits for r in examples(corpus / split)] for a, splits in AUTHORS.items()}


# the authors `score.WEIGHTS` is fitted on (round 7); G (fresh6) is in the leave-one-author-out tables since round 8,
# which shipped no new weights (`fit_mining_text.py`: the learned text model was tried and dropped)
SHIPPED_AUTHORS = ("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K")


def weights(corpus: Path = HERE / "mining_corpus", l2: float = L2,
            authors: tuple[str, ...] = SHIPPED_AUTHORS) -> dict[str, float]:
    """The table shipped in `score.WEIGHTS`: fitted on `authors` (all of them that it was fitted on)."""
    data = {a: rows for a, rows in load(corpus).items() if a in authors}
    names = sorted({n for rows in data.values() for r in rows for n in r["features"]})
    rows = [r for rs in data.values() for r in rs]
    w = fit(design(rows, names), np.array([r["gold"] for r in rows], float), l2)
    return dict(zip([*names, "bias"], w.tolist(), strict=True))


def pair_level(corpus: Path, held: str, w: dict[str, float], mode: str) -> tuple[int, int, int]:
    """(true pairs, mined pairs, labelled pairs) of one ingest pass over the held-out author's splits (the bench's
    own measure), with the rules alone (`mode` "rules": no weights), the score alone ("score": every follow-up the
    score decides) or the shipped decision ("shipped", `judge`) under the weights `w` fitted without that author."""
    from timmyd import config
    saved, saved_judge = score.WEIGHTS, mining.judge
    score.WEIGHTS = {} if mode == "rules" else w
    if mode == "score":
        def by_score(follow, reply=None, request="", next_reply=None, rules=mining.DEFAULT_RULES, complaints=()):
            if reply is None or not mining._head(follow):
                return mining.Verdict(False, "plain")
            p = score.probability(features(follow, reply, request, next_reply, complaints))
            return mining.Verdict(p > score.THRESHOLD, "scored")
        mining.judge = by_score
    try:
        rs = [measure(corpus / split, config.Config()) for split in AUTHORS[held]]
    finally:
        score.WEIGHTS, mining.judge = saved, saved_judge
    return sum(r["true"] for r in rs), sum(r["mined"] for r in rs), sum(r["expected"] for r in rs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(HERE / "mining_corpus"))
    ap.add_argument("--l2", type=float, default=L2, help="L2 penalty (chosen leave-one-author-out)")
    ap.add_argument("--threshold", type=float, default=score.THRESHOLD, help="probability above which a turn is a correction")
    ap.add_argument("--veto", type=float, default=score.VETO, help="probability below which a rules' correction "
                    "resting on soft cues only is dropped")
    ap.add_argument("--sure-veto", type=float, default=score.SURE_VETO, help="probability below which even a sure "
                    "rules' correction is dropped")
    ap.add_argument("--save", help="write the weights fitted without each author to <dir>/without_<author>.json "
                    "(for `bench_mining.py --weights`: pair-level leave-one-author-out)")
    ap.add_argument("--write", action="store_true", help="print the weight table for score.py (SHIPPED_AUTHORS)")
    ap.add_argument("--pairs", action="store_true", help="also the pair-level leave-one-author-out table (the bench's "
                    "measure over each held-out author's splits: slower)")
    ap.add_argument("--errors", action="store_true", help="list the held-out author's wrong turns")
    args = ap.parse_args(argv)
    data = load(Path(args.corpus))
    names = sorted({n for rows in data.values() for r in rows for n in r["features"]})
    print(f"turn level; rules = the hand rules alone (`rule_verdict`); score = the fitted score alone; shipped = "
          f"rules (soft ones only with score >= {args.veto}), or score above {args.threshold} (`judge`); l2 = {args.l2}")
    print(f"{'author':<8}{'turns':>6}{'corr':>6}" + "".join(f"   {c:>8}{'R':>6}{'FP':>4}{'FN':>4}"
                                                         for c in ("rules P", "score P", "shipped P")))
    fitted = {}
    for held in AUTHORS:
        train = [r for a, rows in data.items() if a != held for r in rows]
        w = fit(design(train, names), np.array([r["gold"] for r in train], float), args.l2)
        fitted[held] = dict(zip([*names, "bias"], w.tolist(), strict=True))
        if args.save:
            Path(args.save).mkdir(parents=True, exist_ok=True)
            (Path(args.save) / f"without_{held}.json").write_text(json.dumps(dict(zip([*names, "bias"], w.tolist(),
                                                                                       strict=True)), indent=1))
        test = data[held]
        gold = np.array([r["gold"] for r in test])
        pred = (1 / (1 + np.exp(-(design(test, names) @ w)))) > args.threshold
        rules = np.array([r["rules"] for r in test])
        open_ = np.array([r["rule_kind"] not in mining._SETTLED for r in test])  # where `judge` consults the score
        sure = np.array([r["sure"] for r in test])  # rules' corrections the score never drops
        p = 1 / (1 + np.exp(-(design(test, names) @ w)))
        verdict = np.array([r["sure"] and r["rule_kind"] == "explicit" for r in test])  # never dropped
        shipped = (rules & (verdict | (sure & (p >= args.sure_veto)) | (p >= args.veto))) | (pred & open_)
        cols = [pr(rules, gold), pr(pred, gold), pr(shipped, gold)]
        print(f"{held:<8}{len(test):>6}{int(gold.sum()):>6}"
              + "".join(f"   {p:>8.2f}{r:>6.2f}{fp:>4}{fn:>4}" for p, r, fp, fn in cols))
        if args.errors:
            for r, p, g in zip(test, shipped, gold, strict=True):
                if p != g:
                    print(f"   {'FP' if p else 'FN'} {r['kind']:<16} {r['turn'][:70]!r} {sorted(r['features'])}")
    if args.pairs:
        print("\npair level (exact prompt/rejected/chosen, `bench_mining.py`), weights fitted without the author")
        print(f"{'author':<8}{'pairs':>6}" + "".join(f"   {c:>8}{'R':>6}{'mined':>6}" for c in ("rules P", "score P", "shipped P")))
        score.THRESHOLD, score.VETO, score.SURE_VETO = args.threshold, args.veto, args.sure_veto
        for held in AUTHORS:
            cols = [pair_level(Path(args.corpus), held, fitted[held], m) for m in ("rules", "score", "shipped")]
            print(f"{held:<8}{cols[0][2]:>6}" + "".join(f"   {t / max(m, 1):>8.2f}{t / max(e, 1):>6.2f}{m:>6}"
                                                       for t, m, e in cols))
    if args.write:
        print("WEIGHTS = {")
        for n, v in sorted(weights(Path(args.corpus), args.l2).items(), key=lambda t: -t[1]):
            print(f"    {n!r}: {v:.2f},")
        print("}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
