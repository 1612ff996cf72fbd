"""The verdict rule: should a candidate adapter replace the one in service?

A daemon that promotes on its own must never swap a good adapter for a worse one, so the rule is a
conjunction of tests, each reported with its numbers and a one-line reason:

- `evidence`:   at least `[verdict].min_pairs` held-out pairs were evaluated.
- `comparable`: candidate and current were measured on the same held-out pairs (same digest) -
                accuracies on different sets say nothing about each other.
- `accuracy`:   candidate accuracy > current accuracy + `min_accuracy_gain`. Which accuracy is
                `[verdict].accuracy`: "per_token" (default; per-token log-prob of chosen > rejected,
                no reference) or "reward" (implicit reward (pi - base) of chosen > rejected).
                Why per-token by default: the summed and reward accuracies saturate at 100 % on data
                whose rejected replies are long (FINDINGS), and the base model scores 0 on the reward
                accuracy by construction, so neither separates a good adapter from a bad one.
                Ceiling rule: accuracy cannot exceed 1.0, so when the current side is already at 100 %
                a candidate that also scores 100 % passes if its mean margin (same family as the
                accuracy) is larger - a tie at the ceiling must not block every promotion forever.
- `chosen_logp`: the mean per-token log-prob of the chosen replies fell by at most
                `max_chosen_logp_drop` nats vs the BASE (DPO's likelihood displacement). Measured
                against the base, not the current adapter, so small drops cannot compound cycle by cycle.
- `length`:     mean greedy generation length grew by at most `max_length_growth` (a fraction) vs the
                BASE model's generations on the same prompts (again: no ratchet across cycles). Passes
                as "not measured" when generation was switched off (`[eval].gen_prompts = 0`).
- `judge`:      only when a pairwise judge ran: the candidate must not lose more often than it wins.

`current` is the metrics dict of the adapter in service, or None when nothing serves; then the base
model's numbers (which `evaluate` records next to every adapter's) are the bar.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from timmyd.config import VerdictConfig

CEILING = 1.0 - 1e-9

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


def check_accuracy(candidate: dict, current: dict | None, cfg: VerdictConfig) -> Check:
    acc_key, margin_key, _, _ = FAMILIES[cfg.accuracy]
    cand_acc, cand_margin = float(candidate[acc_key]), float(candidate[margin_key])
    cur_acc, cur_margin = _side(current, candidate, cfg.accuracy)
    gain = cand_acc - cur_acc
    nums = {"metric": acc_key, "candidate": cand_acc, "current": cur_acc, "gain": gain,
            "min_gain": cfg.min_accuracy_gain, "candidate_margin": cand_margin, "current_margin": cur_margin}
    if gain > cfg.min_accuracy_gain:
        return Check("accuracy", True, f"{acc_key} {cand_acc:.3f} vs {cur_acc:.3f} (+{gain:.3f} > "
                     f"{cfg.min_accuracy_gain:.3f})", nums)
    if cur_acc >= CEILING and cand_acc >= CEILING:
        ok = cand_margin > cur_margin
        return Check("accuracy", ok, f"both at {acc_key} 1.000; mean margin {cand_margin:.4f} vs "
                     f"{cur_margin:.4f} ({'larger' if ok else 'not larger'})", nums)
    return Check("accuracy", False, f"{acc_key} {cand_acc:.3f} vs {cur_acc:.3f} (gain {gain:+.3f} is not > "
                 f"{cfg.min_accuracy_gain:.3f})", nums)


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
               check_length(candidate, cfg)]
    if candidate.get("judge"):
        checks.append(check_judge(candidate["judge"]))
    return Verdict(all(c.passed for c in checks), "current" if current is not None else "base", tuple(checks))
