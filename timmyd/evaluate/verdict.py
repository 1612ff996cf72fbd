"""The verdict rule: should a candidate adapter replace the one in service?

A daemon that promotes on its own must never swap a good adapter for a worse one, so the rule is a
conjunction of tests, each reported with its numbers and a one-line reason:

- `evidence`:   at least `[verdict].min_pairs` held-out pairs were evaluated.
- `comparable`: candidate and current were measured on the same held-out pairs (same digest) -
                accuracies on different sets say nothing about each other.
- `accuracy`:   a consistent shift, judged PAIR BY PAIR. Held-out sets are small (16 pairs: accuracy
                moves in steps of 1/16), so a raw difference of two accuracies promotes on one flipped
                pair. Instead, for every held-out pair, the change in its margin (candidate minus current;
                the base when nothing serves) in the family `[verdict].accuracy` names: "per_token"
                (default; c/|c| - r/|r|, no reference) or "reward" (implicit reward (pi - base); the base's
                is 0). Why per-token by default: the summed and reward accuracies saturate at 100 % on data
                whose rejected replies are long (FINDINGS), and the base scores 0 on the reward accuracy
                by construction. The check passes when all three hold:
                1. the paired bootstrap `[verdict].interval` (default 0.90; 2000 resamples, fixed seed) of
                   the mean change lies above 0 - a one-sided 5 % test that the mean shift is real;
                2. the exact one-sided sign test (ties dropped) gives p <= `[verdict].max_sign_p` (default
                   0.05): most pairs moved up, not a few outliers (16 pairs: >= 12 up; 40: >= 26 up;
                   fewer than 5 untied pairs can never pass - they cannot show consistency);
                3. the accuracy did not fall: candidate >= current + `min_accuracy_gain` (default 0).
                At the ceiling (current at 100 %) 3 only asks the candidate to stay at 100 % - the margins
                still have to rise, so a tie at the ceiling neither blocks every promotion nor promotes.
                Fallback: records without per-pair rows (older runs) keep the old rule - accuracy greater
                than current + `min_accuracy_gain`, at the ceiling the larger mean margin - and the reason
                says so.
- `chosen_logp`: the mean per-token log-prob of the chosen replies fell by at most
                `max_chosen_logp_drop` nats vs the BASE (DPO's likelihood displacement). Measured
                against the base, not the current adapter, so small drops cannot compound cycle by cycle.
- `length`:     mean greedy generation length grew by at most `max_length_growth` (a fraction) vs the
                BASE model's generations on the same prompts (again: no ratchet across cycles). Passes
                as "not measured" when generation was switched off (`[eval].gen_prompts = 0`).
- `boilerplate`: the share of greedy replies opening with a learned boilerplate opener (`gen_boilerplate`,
                phrases the owner corrected away, learned from the TRAINING pairs' rejected replies by
                `metrics.learn_openers`) rose by at most `max_boilerplate_rise` vs the current side (the
                base when nothing serves). Passes as "not measured" without generations or openers.
                The other reply measures (`gen_ended`, `gen_len_ratio`) are reported, not gated: the
                length check already refuses replies that grow.
- `judge`:      only when a pairwise judge ran: the candidate must not lose more often than it wins.

`current` is the metrics dict of the adapter in service, or None when nothing serves; then the base
model's numbers (which `evaluate` records next to every adapter's) are the bar.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field

import numpy as np

from timmyd.config import VerdictConfig

CEILING = 1.0 - 1e-9
TIE = 1e-9  # a per-pair change this small is a tie (identical adapters give exactly 0)
BOOTSTRAP_SAMPLES = 2000
BOOTSTRAP_SEED = 0

# accuracy family -> (accuracy key, margin key, the base model's accuracy key, base margin key)
FAMILIES = {
    "per_token": ("accuracy_per_token", "per_token_margin", "base_accuracy_per_token", "base_per_token_margin"),
    "reward": ("accuracy_reward", "reward_margin", None, None),  # the base has reward 0: accuracy 0, margin 0
}


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool
    reason: str
    numbers: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Verdict:
    promote: bool
    against: str  # "current" or "base"
    checks: tuple[Check, ...]

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if not c.passed]

    @property
    def summary(self) -> str:
        if self.promote:
            return f"promote: passed all {len(self.checks)} checks against the {self.against}"
        return "keep current: " + "; ".join(f"{c.name}: {c.reason}" for c in self.failed)

    def to_dict(self) -> dict:
        return {"promote": self.promote, "against": self.against, "summary": self.summary,
                "checks": [asdict(c) for c in self.checks]}


def _side(metrics: dict | None, candidate: dict, family: str) -> tuple[float, float]:
    """(accuracy, margin) of the current side; the base model's when nothing serves."""
    acc_key, margin_key, base_acc_key, base_margin_key = FAMILIES[family]
    if metrics is not None:
        return float(metrics[acc_key]), float(metrics[margin_key])
    if base_acc_key is None:
        return 0.0, 0.0
    return float(candidate[base_acc_key]), float(candidate[base_margin_key])


# --- the statistics (plain functions, so tests can check them against independent computations) -------

def sign_test(changes) -> dict:
    """Exact one-sided sign test that pairs move UP more often than chance: ties (|d| <= TIE) dropped,
    p = P(X >= ups) for X ~ Binomial(untied, 1/2); p = 1 when every pair tied."""
    d = [float(x) for x in changes]
    up, down = sum(x > TIE for x in d), sum(x < -TIE for x in d)
    n = up + down
    p = sum(math.comb(n, i) for i in range(up, n + 1)) / 2 ** n if n else 1.0
    return {"up": up, "down": down, "ties": len(d) - n, "p": p}


def bootstrap_interval(changes, level: float, samples: int = BOOTSTRAP_SAMPLES,
                       seed: int = BOOTSTRAP_SEED) -> tuple[float, float]:
    """Percentile interval of the mean change over `samples` resamples of the pairs (with replacement);
    a fixed seed so the same evaluation always gets the same verdict."""
    d = np.asarray(changes, dtype=np.float64)
    if not len(d):
        return 0.0, 0.0
    idx = np.random.default_rng(seed).integers(0, len(d), size=(samples, len(d)))
    means = d[idx].mean(axis=1)
    tail = (1.0 - level) / 2
    return float(np.quantile(means, tail)), float(np.quantile(means, 1.0 - tail))


def pair_margins(m: dict, family: str, base: bool = False) -> dict[str, float] | None:
    """key -> this pair's margin (of the base with base=True) in the accuracy family; None for a record
    without per-pair data. Reads `pair_margins` (kept in the ledger) or else the full `per_pair` rows."""
    compact = m.get("pair_margins")
    if isinstance(compact, dict) and compact:
        col = 1 if base else (0 if family == "per_token" else 2)
        if base and family == "reward":
            return {k: 0.0 for k in compact}
        try:
            return {k: float(v[col]) for k, v in compact.items()}
        except (TypeError, IndexError, ValueError):
            return None
    rows = m.get("per_pair")
    if not isinstance(rows, list) or not rows or not all(isinstance(r, dict) for r in rows):
        return None
    try:
        if family == "reward":
            return {r["key"]: 0.0 if base else (r["chosen_logp"] - r["base_chosen_logp"])
                    - (r["rejected_logp"] - r["base_rejected_logp"]) for r in rows}
        pre = "base_" if base else ""
        return {r["key"]: r[f"{pre}chosen_logp"] / r["chosen_tokens"] - r[f"{pre}rejected_logp"] / r["rejected_tokens"]
                for r in rows}
    except (KeyError, TypeError, ZeroDivisionError):
        return None


def margin_changes(candidate: dict, current: dict | None, family: str) -> list[float] | None:
    """Per-pair margin change, candidate minus current (the base when None), in key order; None when
    either side has no per-pair data or they share no pair."""
    cand = pair_margins(candidate, family)
    cur = pair_margins(current, family) if current is not None else pair_margins(candidate, family, base=True)
    if cand is None or cur is None:
        return None
    keys = sorted(set(cand) & set(cur))
    return [cand[k] - cur[k] for k in keys] or None


def check_accuracy(candidate: dict, current: dict | None, cfg: VerdictConfig) -> Check:
    acc_key, margin_key, _, _ = FAMILIES[cfg.accuracy]
    cand_acc, cand_margin = float(candidate[acc_key]), float(candidate[margin_key])
    cur_acc, cur_margin = _side(current, candidate, cfg.accuracy)
    gain = cand_acc - cur_acc
    nums = {"metric": acc_key, "candidate": cand_acc, "current": cur_acc, "gain": gain,
            "min_gain": cfg.min_accuracy_gain, "candidate_margin": cand_margin, "current_margin": cur_margin}
    changes = margin_changes(candidate, current, cfg.accuracy)
    if changes is not None:
        return _paired(changes, nums, cfg)
    old = "no per-pair data (older record): raw accuracies - "
    if gain > cfg.min_accuracy_gain:
        return Check("accuracy", True, f"{old}{acc_key} {cand_acc:.3f} vs {cur_acc:.3f} (+{gain:.3f} > "
                     f"{cfg.min_accuracy_gain:.3f})", nums)
    if cur_acc >= CEILING and cand_acc >= CEILING:
        ok = cand_margin > cur_margin
        return Check("accuracy", ok, f"{old}both at {acc_key} 1.000; mean margin {cand_margin:.4f} vs "
                     f"{cur_margin:.4f} ({'larger' if ok else 'not larger'})", nums)
    return Check("accuracy", False, f"{old}{acc_key} {cand_acc:.3f} vs {cur_acc:.3f} (gain {gain:+.3f} is not > "
                 f"{cfg.min_accuracy_gain:.3f})", nums)


def _paired(changes: list[float], nums: dict, cfg: VerdictConfig) -> Check:
    """The pair-by-pair rule (module doc): interval above 0, sign test, accuracy not fallen."""
    lo, hi = bootstrap_interval(changes, cfg.interval)
    sign = sign_test(changes)
    mean = float(np.mean(changes))
    cand_acc, cur_acc, gain = nums["candidate"], nums["current"], nums["gain"]
    acc_ok = gain >= cfg.min_accuracy_gain - 1e-12 or (cur_acc >= CEILING and cand_acc >= CEILING)
    fails = []
    if not lo > 0:
        fails.append("the interval reaches 0")
    if sign["p"] > cfg.max_sign_p:
        fails.append(f"sign test p {sign['p']:.3g} > {cfg.max_sign_p:g}")
    if not acc_ok:
        fails.append(f"accuracy fell ({gain:+.3f} < {cfg.min_accuracy_gain:+.3f})")
    nums |= {"rule": "paired", "pairs": len(changes), "mean_change": mean, "interval": [lo, hi],
             "level": cfg.interval, "up": sign["up"], "down": sign["down"], "ties": sign["ties"],
             "sign_p": sign["p"], "max_sign_p": cfg.max_sign_p}
    reason = (f"{cfg.accuracy.replace('_', '-')} margin change {mean:+.4f} nats, {cfg.interval:.0%} interval "
              f"[{lo:+.4f}, {hi:+.4f}] over {len(changes)} pairs; {sign['up']} up, {sign['down']} down, "
              f"{sign['ties']} tied (sign test p {sign['p']:.3g}); {nums['metric']} {cand_acc:.3f} vs {cur_acc:.3f}")
    return Check("accuracy", not fails, reason + (" - " + "; ".join(fails) if fails else " - a consistent shift"), nums)


def check_chosen_logp(candidate: dict, cfg: VerdictConfig) -> Check:
    delta = float(candidate["delta_chosen_logp_per_token"])
    nums = {"delta_per_token": delta, "limit": -cfg.max_chosen_logp_drop,
            "candidate": candidate["chosen_logp_per_token"], "base": candidate["base_chosen_logp_per_token"]}
    ok = delta >= -cfg.max_chosen_logp_drop
    word = "within" if ok else "beyond"
    return Check("chosen_logp", ok, f"chosen log-prob per token moved {delta:+.4f} nats vs base ({word} the "
                 f"allowed drop of {cfg.max_chosen_logp_drop:.4f})", nums)


def check_length(candidate: dict, cfg: VerdictConfig) -> Check:
    cand, base = candidate.get("gen_mean_tokens"), candidate.get("base_gen_mean_tokens")
    if cand is None or base is None or not candidate.get("gen_prompts"):
        return Check("length", True, "not measured (no generations)", {})
    growth = (cand - base) / base if base > 0 else (0.0 if cand == 0 else float("inf"))
    nums = {"candidate_tokens": cand, "base_tokens": base, "growth": growth, "limit": cfg.max_length_growth}
    ok = growth <= cfg.max_length_growth
    return Check("length", ok, f"mean generation {cand:.1f} tokens vs base {base:.1f} ({growth:+.1%}; limit "
                 f"+{cfg.max_length_growth:.0%})", nums)


def check_boilerplate(candidate: dict, current: dict | None, cfg: VerdictConfig) -> Check:
    """Share of replies opening with a learned boilerplate opener: not up vs the current side (base if None)."""
    cand = candidate.get("gen_boilerplate")
    cur = candidate.get("base_gen_boilerplate") if current is None else current.get("gen_boilerplate")
    if cand is None or cur is None:
        return Check("boilerplate", True, "not measured (no generations or no learned openers)", {})
    nums = {"candidate": cand, "current": cur, "limit": cfg.max_boilerplate_rise}
    ok = cand <= cur + cfg.max_boilerplate_rise + 1e-12
    side = "current" if current is not None else "base"
    return Check("boilerplate", ok, f"replies opening with learned boilerplate {cand:.0%} vs {side} {cur:.0%} "
                 f"({'not more' if ok else 'more'}; allowed rise {cfg.max_boilerplate_rise:.0%})", nums)


def check_judge(judge: dict) -> Check:
    wins, losses, ties = judge["wins"], judge["losses"], judge["ties"]
    ok = wins >= losses
    return Check("judge", ok, f"judge: {wins} wins, {ties} ties, {losses} losses "
                 f"({'not worse' if ok else 'loses more than it wins'})",
                 {"wins": wins, "ties": ties, "losses": losses})


def decide(candidate: dict, current: dict | None, cfg: VerdictConfig) -> Verdict:
    """Apply every test; promote only when all pass. `current` None = nothing serves (base is the bar)."""
    n = int(candidate["n_pairs"])
    checks = [Check("evidence", n >= cfg.min_pairs, f"{n} held-out pairs (minimum {cfg.min_pairs})",
                    {"pairs": n, "min_pairs": cfg.min_pairs})]
    if current is not None:
        same = candidate.get("pairs_digest") == current.get("pairs_digest")
        checks.append(Check("comparable", same, "same held-out pairs" if same else
                            "candidate and current were evaluated on different held-out pairs; "
                            "re-evaluate both on one set", {"candidate": candidate.get("pairs_digest"),
                                                            "current": current.get("pairs_digest")}))
    checks += [check_accuracy(candidate, current, cfg), check_chosen_logp(candidate, cfg),
               check_length(candidate, cfg), check_boilerplate(candidate, current, cfg)]
    if candidate.get("judge"):
        checks.append(check_judge(candidate["judge"]))
    return Verdict(all(c.passed for c in checks), "current" if current is not None else "base", tuple(checks))
