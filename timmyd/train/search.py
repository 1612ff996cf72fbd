"""The learning-rate search inside a training run: successive halving on validation pairs, best checkpoint kept.

Why: the learning rates that teach a model sit in a narrow window that depends on the model, the data
size and the method (on Gemma 3 270M: 1e-6 learns nothing, 1e-5 for two epochs collapses it), so no
fixed default is right. The run finds it instead:

- Validation pairs are carved out of the TRAINING pairs by a hash of the prompt (pairs sharing a prompt
  share a side; a salt of its own, so the cut is independent of ingest's held-out split). The cycle only
  ever passes train-split pairs, so the verdict's held-out pairs are never among them.
- Candidates are learning rates log-spaced over [lr_min, lr_max]. All start from the same LoRA weights
  and see the same batches. Successive halving: every candidate trains to the first rung (a quarter of
  the full run for 4 candidates), the better half continues to the next rung, and so on until one
  candidate has trained the full `epochs`. Full run = T steps, K = 4: 4*T/4 + 2*T/4 + 1*T/2 = 2T steps.
- At each rung's end, and every `eval_every` steps before it (counted back from the end, none closer than
  half that to the rung's start), a candidate is scored on the validation pairs with the
  no-gradient scorer: per-token accuracy and mean per-token margin (the verdict's accuracy family) and the
  chosen replies' per-token log-prob against the base (the verdict's chosen-drift limit). A checkpoint
  is feasible when that drift is within `max_chosen_logp_drop`. Candidates and checkpoints are ranked
  by (feasible, accuracy, margin); each candidate keeps its best checkpoint (early stopping), and the
  winner is the best checkpoint of all. The DPO reference pass and the base's validation log-probs are
  computed once, shared by every candidate.
- `budget_ratio` in the record: the search's seconds (the reference pass, the base's validation pass, every
  step and scoring of every candidate) over a plain run's estimated seconds (its reference pass and its
  steps on ALL the pairs, validation ones included, at the steps' measured mean time); loading the model
  and the final scoring pass are the same in both and left out. bench/bench_search.py measures whole runs.
- No feasible checkpoint at all: `NoCandidate` (a TrainError); the cycle records "no candidate" and
  promotes nothing. The greedy-length limit is not checked here (generation is too slow to run at
  every checkpoint); the verdict checks it on the held-out prompts.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import time
from dataclasses import dataclass, field

import mlx.nn as nn
import mlx.optimizers as optim
import numpy as np
from loguru import logger
from mlx.utils import tree_unflatten

from timmyd.train import distributed as dist
from timmyd.train import steps
from timmyd.train.data import EncodedPair
from timmyd.train.errors import NO_CANDIDATE, TrainError
from timmyd.train.model import batch_for, lora_disabled, sequence_logps

SALT = "timmyd-validation-v1"


class NoCandidate(TrainError):
    """Every checkpoint of every candidate let the chosen replies' likelihood fall beyond the limit."""

    def __init__(self, message: str, record: dict):
        super().__init__(message)
        self.record = record


@dataclass(frozen=True)
class SearchOptions:
    """The search's settings; `from_config` reads `[search]` and the verdict's chosen-drift limit."""

    lr_min: float = 2e-6
    lr_max: float = 1.6e-5
    candidates: int = 4
    validation_fraction: float = 0.2
    min_validation_pairs: int = 4
    evals_per_epoch: int = 2
    max_chosen_logp_drop: float = 0.1

    @classmethod
    def from_config(cls, search_cfg, verdict_cfg) -> SearchOptions:
        names = {f.name for f in dataclasses.fields(cls)}
        vals = {k: v for k, v in dataclasses.asdict(search_cfg).items() if k in names}
        return cls(**vals, max_chosen_logp_drop=verdict_cfg.max_chosen_logp_drop)

    def validate(self) -> None:
        if not 0 < self.lr_min <= self.lr_max:
            raise TrainError(f"[search] needs 0 < lr_min <= lr_max, got {self.lr_min}, {self.lr_max}")
        if self.candidates < 1:
            raise TrainError(f"[search] candidates must be >= 1, got {self.candidates}")
        if not 0 < self.validation_fraction < 1:
            raise TrainError(f"[search] validation_fraction must be in (0, 1), got {self.validation_fraction}")
        if self.min_validation_pairs < 1 or self.evals_per_epoch < 1:
            raise TrainError("[search] min_validation_pairs and evals_per_epoch must be >= 1")

    def learning_rates(self) -> list[float]:
        k = self.candidates
        if k == 1:
            return [self.lr_min]
        ratio = math.log(self.lr_max / self.lr_min) / (k - 1)
        return [float(f"{self.lr_min * math.exp(i * ratio):.3g}") for i in range(k)]


def prompt_bucket(prompt: str) -> float:
    """A number in [0, 1) fixed by the prompt text (and this module's salt)."""
    h = hashlib.sha256(f"{SALT}\0{prompt}".encode()).digest()
    return int.from_bytes(h[:8], "big") / 2**64


def validation_split(items: list, prompt_of, fraction: float, min_pairs: int) -> tuple[list, list]:
    """(fit, validation) by prompt hash; ([...all], []) when the pairs are too few to spare `min_pairs`.

    The `round(fraction * n)` prompts with the smallest buckets go to validation (at least `min_pairs`
    pairs), so the share is exact rather than a hash lottery on small sets."""
    prompts = sorted({prompt_of(x) for x in items}, key=prompt_bucket)
    want = max(min_pairs, round(fraction * len(items)))
    if len(items) - want < min_pairs:
        return list(items), []
    chosen: set[str] = set()
    count = 0
    for p in prompts:
        if count >= want:
            break
        chosen.add(p)
        count += sum(1 for x in items if prompt_of(x) == p)
    return [x for x in items if prompt_of(x) not in chosen], [x for x in items if prompt_of(x) in chosen]


def score_pairs(model: nn.Module, encoded: list[EncodedPair], batch_size: int) -> np.ndarray:
    """(n, 2) summed log-probs of chosen and rejected, no gradient, in `encoded`'s order; in a group the
    batches are shared out over the ranks and every rank gets the whole table."""
    def compute(i: int) -> np.ndarray:
        group = encoded[i:i + batch_size]
        lp, _ = sequence_logps(model, batch_for(model, group), scoring=True)
        lp = np.asarray(lp)
        return np.stack([lp[:len(group)], lp[len(group):]], axis=1)

    return dist.spread(list(range(0, len(encoded), batch_size)), compute,
                       lambda i: list(range(i, min(i + batch_size, len(encoded)))), (len(encoded), 2))


def validation_score(pol: np.ndarray, base: np.ndarray, n_tok: np.ndarray, max_drop: float) -> dict:
    """The verdict's numbers on the validation pairs: per-token accuracy and margin, chosen drift vs base."""
    pt = pol / n_tok
    drift = float(np.mean(pt[:, 0] - base[:, 0] / n_tok[:, 0]))
    return {"accuracy": float(np.mean(pt[:, 0] > pt[:, 1])), "margin": float(np.mean(pt[:, 0] - pt[:, 1])),
            "chosen_delta": drift, "feasible": drift >= -max_drop}


def score_candidate(model: nn.Module, c: Candidate, val: list[EncodedPair], base: np.ndarray, n_tok: np.ndarray,
                    batch_size: int, max_drop: float) -> dict:
    """Candidate `c`'s current checkpoint (the weights in `model`) on the validation pairs."""
    return validation_score(score_pairs(model, val, batch_size), base, n_tok, max_drop)


def scoring_steps(start: int, end: int, every: int) -> set[int]:
    """The steps in (start, end] where a candidate is scored: `end`, then back from it every `every` steps,
    none closer than `every / 2` to `start` (a checkpoint one step after the last one tells little)."""
    out, s = set(), end
    while s > start and (s == end or s - start >= every / 2):
        out.add(s)
        s -= every
    return out


def rank_key(score: dict | None) -> tuple:
    """Higher is better: feasible first, then accuracy, then margin; no score at all ranks last."""
    if score is None:
        return (False, -1.0, -math.inf)
    return (bool(score["feasible"]), score["accuracy"], score["margin"])


def rungs(total_steps: int, k: int) -> list[tuple[int, int]]:
    """[(end step, candidates trained to it), ...]: halve the field at each rung, the last at total_steps
    (a short run can repeat an end step: that rung only ranks)."""
    n_rungs = max(1, math.ceil(math.log2(k)) + 1) if k > 1 else 1
    out, alive = [], k
    for i in range(n_rungs):
        out.append((max(1, math.ceil(total_steps / 2 ** (n_rungs - 1 - i))), alive))
        alive = max(1, math.ceil(alive / 2))
    return out


@dataclass
class Candidate:
    name: str
    learning_rate: float
    optimizer: optim.Optimizer
    weights: dict
    groups: object
    step: int = 0
    curve: list[dict] = field(default_factory=list)
    metrics: list[dict] = field(default_factory=list)
    best: dict | None = None
    best_step: int | None = None
    best_weights: dict | None = None
    dropped_at_step: int | None = None

    def record(self) -> dict:
        return {"name": self.name, "learning_rate": self.learning_rate, "steps": self.step,
                "dropped_at_step": self.dropped_at_step, "best_step": self.best_step, "best": self.best,
                "curve": self.curve}


def _load(model: nn.Module, weights: dict) -> None:
    model.update(tree_unflatten(list(weights.items())))


def run_search(model: nn.Module, step_fn, encoded: list[EncodedPair], val: list[EncodedPair], opts,
               sopts: SearchOptions, refs: dict, ref_seconds: float, mfile, progress: bool) -> tuple[dict, Candidate]:
    """Train the candidates with successive halving; leaves the winner's best checkpoint in `model`.

    Returns (the summary's "search" record, the winning candidate). `opts` are the run's TrainOptions
    (its learning rate is ignored), `step_fn` its loss's value_and_grad; `mfile` receives every step record, tagged with its candidate."""
    t0 = time.perf_counter()
    n_tok = np.array([[len(e.chosen), len(e.rejected)] for e in val], dtype=np.float64)
    with lora_disabled(model):  # the base, also when an adapter in service was loaded to train on
        base = score_pairs(model, val, opts.forward_pairs)
    initial = steps.trainable_snapshot(model)
    steps_per_epoch = math.ceil(len(encoded) / opts.batch_size)
    total = steps.total_steps(len(encoded), opts)
    eval_every = max(1, round(steps_per_epoch / sopts.evals_per_epoch))
    plan = rungs(total, sopts.candidates)
    cands = [Candidate(f"lr={lr:g}", lr, optim.Adam(learning_rate=lr), dict(initial),
                       steps.batches(encoded, opts))  # same batches for every candidate
             for lr in sopts.learning_rates()]
    step_total = sum((end - (plan[i - 1][0] if i else 0)) * alive for i, (end, alive) in enumerate(plan))
    alive = list(cands)
    with steps.progress_bar(step_total, "search", progress) as bar:
        for r, (end, n_alive) in enumerate(plan):
            alive = sorted(alive, key=lambda c: rank_key(c.best), reverse=True)[:n_alive] if r else alive
            for c in cands:
                if c not in alive and c.dropped_at_step is None:
                    c.dropped_at_step = c.step
            for c in alive:
                _train_to(model, c, end, step_fn, refs, opts, eval_every, val, base, n_tok, sopts, mfile, bar)
    for c in cands:
        c.weights = {}  # the last weights are not needed past here; the best checkpoints are
    winner = max(cands, key=lambda c: rank_key(c.best))
    seconds = time.perf_counter() - t0 + ref_seconds
    step_seconds = [r["seconds"] for c in cands for r in c.metrics]
    # a plain run of the same epochs trains on ALL the pairs (these and the validation ones): its reference pass
    # and its steps grow with them
    n_all = len(encoded) + len(val)
    plain_steps = steps.total_steps(n_all, opts)
    plain = (ref_seconds * n_all / len(encoded) + plain_steps * float(np.mean(step_seconds))
             if step_seconds else None)
    record = {"validation_pairs": len(val), "validation_keys": sorted(e.key for e in val),
              "fit_pairs": len(encoded), "steps_per_candidate": total, "eval_every": eval_every,
              "rungs": [{"end_step": e, "candidates": a} for e, a in plan],
              "max_chosen_logp_drop": sopts.max_chosen_logp_drop,
              "base": validation_score(base, base, n_tok, sopts.max_chosen_logp_drop),
              "candidates": [c.record() for c in cands], "winner": None,
              "seconds": round(seconds, 3), "plain_run_steps": plain_steps,
              "plain_run_seconds": None if plain is None else round(plain, 3),
              "budget_ratio": None if not plain else round(seconds / plain, 3)}
    if winner.best is None or not winner.best["feasible"]:
        raise NoCandidate(f"{NO_CANDIDATE}: every checkpoint of the {len(cands)} learning rates tried "
                          f"({', '.join(c.name for c in cands)}) lowered the chosen replies' log-prob by more "
                          f"than {sopts.max_chosen_logp_drop} nats/token vs the base on {len(val)} validation pairs",
                          record)
    _load(model, winner.best_weights)
    record["winner"] = {"name": winner.name, "learning_rate": winner.learning_rate, "step": winner.best_step,
                        **{k: winner.best[k] for k in ("accuracy", "margin", "chosen_delta")}}
    logger.info("search: {} wins at step {} (validation accuracy {:.3f}, margin {:+.3f}, chosen {:+.3f}); "
                "{:.0f}s, {}x a plain run", winner.name, winner.best_step, winner.best["accuracy"],
                winner.best["margin"], winner.best["chosen_delta"], seconds, record["budget_ratio"])
    return record, winner


def _train_to(model, c: Candidate, end: int, step_fn, refs, opts, eval_every, val, base, n_tok, sopts, mfile,
              bar) -> None:
    """Continue candidate `c` to step `end`, scoring it at `scoring_steps`."""
    if c.step >= end:
        return
    todo = scoring_steps(c.step, end, eval_every)
    _load(model, c.weights)
    model.train()
    with steps.checkpointing(model, opts.grad_checkpoint):
        while c.step < end:
            epoch, group = next(c.groups)
            c.step += 1
            rec = steps.train_step(model, step_fn, c.optimizer, group, refs, opts, c.step, epoch)  # the rate is the optimizer's
            rec["candidate"] = c.name
            if c.step in todo:
                model.eval()
                score = score_candidate(model, c, val, base, n_tok, opts.forward_pairs, sopts.max_chosen_logp_drop)
                model.train()
                c.curve.append({"step": c.step, **score})
                rec.update({f"val_{k}": v for k, v in score.items()})
                if rank_key(score) > rank_key(c.best):
                    c.best, c.best_step, c.best_weights = score, c.step, steps.trainable_snapshot(model)
            c.metrics.append(rec)
            mfile.write(json.dumps(rec) + "\n")
            mfile.flush()
            bar.set_postfix(cand=c.name, loss=f"{rec['loss']:.4f}")
            bar.update(1)
    model.eval()
    c.weights = steps.trainable_snapshot(model)


def options_for(cfg, *, no_search: bool = False, learning_rate: float | None = None) -> SearchOptions | None:
    """The search a run gets from the full Config: None when `[search].enabled` is off, `no_search` is
    asked for, or a learning rate is pinned explicitly (an owner who names one gets exactly that)."""
    if no_search or learning_rate is not None or not cfg.search.enabled:
        return None
    return SearchOptions.from_config(cfg.search, cfg.verdict)
