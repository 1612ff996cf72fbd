"""Does a learned text model add to the hand cues? Nested leave-one-author-out over the seven authors (issue 14, round 8).

    python bench/fit_mining_text.py [--corpus bench/mining_corpus] [--quick]

The same examples as `fit_mining.py` (every labelled follow-up, the chain read as labelled), and one L2 logistic
regression over the hand cues (`features.py`) plus text features of the owner's turn:

- words: lower-cased word unigrams and bigrams of the turn (`w:only`, `l:too_long`), each content word also marked by
  where it comes from (`req:simple` when the request or the chain's complaints hold it, `rep:...` when only the reply
  does), the turn's word sequence with content words abstracted to `<REQ>` / `<REP>` / `<NEW>` as bigrams
  (`b:just_<REQ>`), and relational bins (turn length, the shares of its content words in the request / the reply /
  neither, the reply's and the next reply's size);
- chars: hashed character 3-5-grams of the turn (crc32 into 2**16 buckets, each row L2-normalised);
- words + chars, and the average of the words and the chars models' probabilities (a small ensemble).

The fit is exact L2 logistic regression solved in its dual (w = X^T a / l2 per feature group, Newton steps on a; the
Gram matrices of the groups are computed once over all examples, so a fit on any set of authors is an index into
them). The decision is the shipped one (`mining.judge`): the rules; a soft rules' correction dropped below VETO; a
turn the rules left open a correction above THRESHOLD; the model's probability replaces the cue score.

Nested selection: for each held-out author, every (feature set, penalties, THRESHOLD, VETO) is scored by the
turn-level leave-one-author-out F1 of the shipped decision over the other six (fit on five, measure the sixth); the
best is refitted on the six and measured on the held-out author, at turn level and at pair level (the bench's exact
matching, `bench_mining.measure`, with `mining.judge` swapped for the model's). The held-out author never chooses.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
import zlib
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import fit_mining  # noqa: E402
from bench_mining import measure  # noqa: E402

from timmyd import config  # noqa: E402
from timmyd.ingest import mining, score  # noqa: E402
from timmyd.ingest.features import features  # noqa: E402
from timmyd.ingest.phrases import _head  # noqa: E402
from timmyd.ingest.words import _STOP, _content, _stem, _tokens  # noqa: E402

BUCKETS = 2 ** 16
# round 8's decision (rounds 5-9 shipped it): the rules decide, the score adds corrections where the rules left a turn
# open (not one of these) and drops a soft rules' correction below VETO
_SETTLED = frozenset({"acceptance", "new_task", "clarify_answer", "decline_offer", "followup"})
AUTHORS = fit_mining.AUTHORS


def _bin(x: float, edges: tuple[float, ...]) -> int:
    return sum(x >= e for e in edges)


def word_features(follow: str, reply: str, request: str, next_reply: str | None, complaints=()) -> list[str]:
    head = _head(follow)
    toks = _tokens(head)
    asked = _content("\n".join([request, *complaints]))
    rep = _content(reply)
    out = {f"w:{t}" for t in toks}
    seq = ["^"]
    for t in toks:
        if t in _STOP or not (len(t) > 1 or t.isdigit()):
            seq.append(t)
            continue
        s = _stem(t)
        if s in asked:
            out.add(f"req:{t}")
            seq.append("<REQ>")
        elif s in rep:
            out.add(f"rep:{t}")
            seq.append("<REP>")
        else:
            seq.append("<NEW>")
    seq.append("$")
    out.update(f"b:{a}_{b}" for a, b in itertools.pairwise(seq))
    lit = ["^", *toks, "$"]
    out.update(f"l:{a}_{b}" for a, b in itertools.pairwise(lit))
    hw = _content(head)
    out.add(f"len:{_bin(len(toks), (3, 6, 10, 20, 40))}")
    if hw:
        n = len(hw)
        out.add(f"in_req:{_bin(len(hw & asked) / n, (0.01, 0.34, 0.67))}")
        out.add(f"in_rep:{_bin(len(hw & rep) / n, (0.01, 0.34, 0.67))}")
        out.add(f"new:{_bin(len(hw - asked - rep) / n, (0.01, 0.34, 0.67))}")
    out.add(f"rlen:{_bin(len(reply), (100, 300, 800, 2000))}")
    if next_reply is None:
        out.add("nxt:none")
    else:
        out.add(f"nxt:{_bin(len(next_reply) / max(len(reply), 1), (0.3, 0.7, 1.4, 3))}")
    if "?" in head:
        out.add("has_q")
    if "!" in head:
        out.add("has_bang")
    if complaints:
        out.add("chain")
    return sorted(out)


def char_features(follow: str) -> np.ndarray:
    """Hashed character 3-5-grams of the turn's head, as bucket indices (each once)."""
    t = f" {_head(follow)} "
    grams = {t[i:i + n] for n in (3, 4, 5) for i in range(len(t) - n + 1)}
    return np.unique(np.array([zlib.crc32(g.encode()) % BUCKETS for g in grams], dtype=np.int64))


# ------------------------------------------------------------------------------------------------------------------
def matrices(rows: list[dict]) -> dict[str, tuple[np.ndarray, list[str] | None]]:
    """Per feature group: the example matrix (rows) and its column names (None for hashed chars)."""
    cue_names = sorted({n for r in rows for n in r["features"]})
    xc = fit_mining.design(rows, cue_names)[:, :-1]
    wf = [word_features(*r["text"]) for r in rows]
    vocab = sorted({f for fs in wf for f in fs})
    index = {f: j for j, f in enumerate(vocab)}
    xw = np.zeros((len(rows), len(vocab)), np.float32)
    for i, fs in enumerate(wf):
        xw[i, [index[f] for f in fs]] = 1.0
    xh = np.zeros((len(rows), BUCKETS), np.float32)
    for i, r in enumerate(rows):
        xh[i, char_features(r["text"][0])] = 1.0
    xh /= np.maximum(np.linalg.norm(xh, axis=1, keepdims=True), 1e-9)
    return {"cues": (xc, cue_names), "words": (xw, vocab), "chars": (xh, None)}


fit_dual = fit_mining.fit_dual  # the shipped fitter since round 10
BIAS_SCALE = fit_mining.BIAS_SCALE


def kernel(grams: dict[str, np.ndarray], l2: dict[str, float]) -> np.ndarray:
    return sum(grams[g] / v for g, v in l2.items()) + BIAS_SCALE ** 2


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def shipped(rows: list[dict], p: np.ndarray, threshold: float, veto: float) -> np.ndarray:
    rules = np.array([r["rules"] for r in rows])
    open_ = np.array([r["rule_kind"] not in _SETTLED for r in rows])
    sure = np.array([r["sure"] for r in rows])
    return (rules & (sure | (p >= veto))) | ((p > threshold) & open_)


def turn_f1(rows, p, threshold, veto) -> float:
    gold = np.array([r["gold"] for r in rows])
    pr_, rc, _, _ = fit_mining.pr(shipped(rows, p, threshold, veto), gold)
    return f1(pr_, rc)


# the model configurations tried: feature groups with their L2 penalties; "avg" averages two models' probabilities
CONFIGS: list[tuple[str, dict]] = [("cues", {"cues": 0.3})]
for lw in (1.0, 3.0):
    CONFIGS.append((f"cues+words {lw:g}", {"cues": 0.3, "words": lw}))
for lh in (0.01, 0.03, 0.1, 0.3):
    CONFIGS.append((f"cues+chars {lh:g}", {"cues": 0.3, "chars": lh}))
for lh in (0.03, 0.1):
    CONFIGS.append((f"cues+words 3+chars {lh:g}", {"cues": 0.3, "words": 3.0, "chars": lh}))
THRESHOLDS = (0.4, 0.5, 0.6, 0.7)
VETOES = (0.1, 0.2, 0.3)


class Model:
    """A fitted configuration, as primal weights, for `judge` at pair level (the same features as the fit)."""

    def __init__(self, parts: list[tuple[dict, dict]]):
        self.parts = parts  # per averaged member: {"cues": {name: w}, "words": {name: w}, "chars": array, "bias": b}

    def probability(self, follow, reply, request, next_reply, complaints, cues) -> float:
        ps = []
        for m in self.parts:
            z = m["bias"] + sum(m["cues"].get(n, 0.0) for n in cues)
            if "words" in m:
                z += sum(m["words"].get(f, 0.0) for f in word_features(follow, reply, request, next_reply, complaints))
            if "chars" in m:
                h = char_features(follow)
                v = m["chars"][h]
                z += float(v.sum() / max(np.sqrt(len(h)), 1e-9))
            ps.append(1 / (1 + np.exp(-z)))
        return float(np.mean(ps))


def primal(mats, idx, a, l2) -> dict:
    m = {"bias": float(BIAS_SCALE ** 2 * a.sum())}
    for g, v in l2.items():
        x, names = mats[g]
        w = x[idx].T.astype(np.float64) @ a / v
        m[g] = w if names is None else {n: float(x_) for n, x_ in zip(names, w, strict=True) if x_ != 0.0}
    return m


def pair_level(corpus: Path, held: str, model: Model, threshold: float, veto: float) -> tuple[int, int, int]:
    saved = mining.judge

    def judge(follow, reply=None, request="", next_reply=None, rules=mining.DEFAULT_RULES, complaints=()):
        v = mining.rule_verdict(follow, reply, request, next_reply, rules, complaints)
        if reply is None or (not v.correction and v.kind in _SETTLED) or v.sure:
            return v
        cues = features(follow, reply, request, next_reply, complaints, rules._extra)
        p = model.probability(follow, reply, request, next_reply, complaints, cues)
        if v.correction and p < veto:
            return mining.Verdict(False, v.kind, ambiguous=True)
        if not v.correction and p > threshold:
            return mining.Verdict(True, score.kind_of(cues), ambiguous=True)
        return v

    mining.judge = judge
    try:
        rs = [measure(corpus / split, config.Config()) for split in AUTHORS[held]]
    finally:
        mining.judge = saved
    return sum(r["true"] for r in rs), sum(r["mined"] for r in rs), sum(r["expected"] for r in rs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(HERE / "mining_corpus"))
    ap.add_argument("--quick", action="store_true", help="turn level only (no pair-level pass)")
    ap.add_argument("--all-pairs", action="store_true", help="also every configuration at pair level, each with its "
                    "thresholds chosen on the inner authors (for the write-up: choosing among these on the held-out "
                    "author would not be leave-one-author-out)")
    args = ap.parse_args(argv)
    t0 = time.time()
    data = fit_mining.load(Path(args.corpus))
    rows = [r for a in AUTHORS for r in data[a]]
    author = np.array([a for a in AUTHORS for _ in data[a]])
    y = np.array([r["gold"] for r in rows], float)
    mats = matrices(rows)
    grams = {g: (x @ x.T).astype(np.float64) for g, (x, _) in mats.items()}
    print(f"{len(rows)} examples, {len(mats['cues'][1])} cues, {len(mats['words'][1])} word features, "
          f"{BUCKETS} char buckets ({time.time() - t0:.0f} s)")

    def predict(train: np.ndarray, test: np.ndarray, l2: dict) -> tuple[np.ndarray, np.ndarray]:
        k = kernel(grams, l2)
        a = fit_dual(k[np.ix_(train, train)], y[train])
        return 1 / (1 + np.exp(-(k[np.ix_(test, train)] @ a))), a

    names = [c for c, _ in CONFIGS] + ["avg(words 3, chars 0.3)"]

    def probs(train, test) -> dict[str, np.ndarray]:
        out = {c: predict(train, test, l2)[0] for c, l2 in CONFIGS}
        out["avg(words 3, chars 0.3)"] = (out["cues+words 3"] + out["cues+chars 0.3"]) / 2
        return out

    report = []
    for held in AUTHORS:
        inner = [a for a in AUTHORS if a != held]
        score_of = {}  # (config, threshold, veto) -> mean inner F1
        inner_p = {}
        for i in inner:
            train = np.flatnonzero((author != held) & (author != i))
            test = np.flatnonzero(author == i)
            inner_p[i] = (test, probs(train, test))
        for c in names:
            for t, v in itertools.product(THRESHOLDS, VETOES):
                score_of[(c, t, v)] = np.mean([turn_f1([rows[j] for j in inner_p[i][0]], inner_p[i][1][c], t, v)
                                               for i in inner])
        best = max(score_of, key=score_of.get)
        best_cues = max((k for k in score_of if k[0] == "cues"), key=score_of.get)
        train, test = np.flatnonzero(author != held), np.flatnonzero(author == held)
        outer = probs(train, test)
        test_rows = [rows[j] for j in test]
        line = {"held": held, "best": best, "inner": score_of[best], "best_cues": best_cues,
                "inner_cues": score_of[best_cues], "inner_ship": score_of[("cues", 0.6, 0.2)]}
        for tag, (c, t, v) in (("ship", ("cues", 0.6, 0.2)), ("cues_nested", best_cues), ("text", best)):
            gold = np.array([r["gold"] for r in test_rows])
            line[tag] = fit_mining.pr(shipped(test_rows, outer[c], t, v), gold)
        # every config at the shipped thresholds and at its own inner-best thresholds, for the write-up
        line["all"] = {c: turn_f1(test_rows, outer[c], *max(((t, v) for t, v in itertools.product(THRESHOLDS, VETOES)),
                                                            key=lambda tv, c=c: score_of[(c, *tv)])) for c in names}
        if not args.quick:
            for tag, (c, t, v) in (("ship", ("cues", 0.6, 0.2)), ("cues_nested", best_cues), ("text", best)):
                members = ([("cues+words 3", dict(CONFIGS)["cues+words 3"]), ("cues+chars 0.3", dict(CONFIGS)["cues+chars 0.3"])]
                           if c.startswith("avg") else [(c, dict(CONFIGS)[c])])
                parts = []
                for _, l2 in members:
                    _, a = predict(train, test, l2)
                    parts.append(primal(mats, train, a, l2))
                tp, mined, exp = pair_level(Path(args.corpus), held, Model(parts), t, v)
                line[f"pair_{tag}"] = (tp / max(mined, 1), tp / max(exp, 1), mined, exp)
        if args.all_pairs:
            line["all_pairs"] = {}
            for c in names:
                t, v = max(itertools.product(THRESHOLDS, VETOES), key=lambda tv, c=c: score_of[(c, *tv)])
                members = ([dict(CONFIGS)["cues+words 3"], dict(CONFIGS)["cues+chars 0.3"]] if c.startswith("avg")
                           else [dict(CONFIGS)[c]])
                parts = [primal(mats, train, predict(train, test, l2)[1], l2) for l2 in members]
                tp, mined, exp = pair_level(Path(args.corpus), held, Model(parts), t, v)
                line["all_pairs"][c] = f1(tp / max(mined, 1), tp / max(exp, 1))
        report.append(line)
        print(f"{held}: chosen {best} (inner F1 {score_of[best]:.3f}; cues nested {best_cues} {score_of[best_cues]:.3f}; "
              f"shipped cues 0.6/0.2 {line['inner_ship']:.3f})  [{time.time() - t0:.0f} s]", flush=True)

    print("\nturn level, held-out author (P / R / F1): shipped cues (l2 0.3, 0.6 / 0.2) | cues, nested choice | text model, nested choice")
    for line in report:
        cells = []
        for tag in ("ship", "cues_nested", "text"):
            p, r, _, _ = line[tag]
            cells.append(f"{p:.2f} / {r:.2f} / {f1(p, r):.3f}")
        print(f"{line['held']:<3}" + " | ".join(cells))
    print("\nturn-level F1 of every configuration (its thresholds chosen on the inner authors)")
    print(f"{'config':<32}" + "".join(f"{a:>7}" for a in AUTHORS) + f"{'B..G':>7}")
    for c in names:
        vals = [line["all"][c] for line in report]
        print(f"{c:<32}" + "".join(f"{v:>7.3f}" for v in vals) + f"{np.mean(vals[1:]):>7.3f}")
    if not args.quick:
        print("\npair level, held-out author (P / R / F1, mined / labelled)")
        for tag in ("ship", "cues_nested", "text"):
            vals = []
            print(f"-- {tag}")
            for line in report:
                p, r, m, e = line[f"pair_{tag}"]
                vals.append(f1(p, r))
                print(f"{line['held']:<3} {p:.2f} / {r:.2f} / {f1(p, r):.3f}  ({m} / {e})"
                      + (f"  config {line['best']}" if tag == "text" else ""))
            print(f"mean F1 B..G {np.mean(vals[1:]):.3f}, A..G {np.mean(vals):.3f}")
    if args.all_pairs:
        print("\npair-level F1 of every configuration (its thresholds chosen on the inner authors)")
        print(f"{'config':<32}" + "".join(f"{a:>7}" for a in AUTHORS) + f"{'B..G':>7}")
        for c in names:
            vals = [line["all_pairs"][c] for line in report]
            print(f"{c:<32}" + "".join(f"{v:>7.3f}" for v in vals) + f"{np.mean(vals[1:]):>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
