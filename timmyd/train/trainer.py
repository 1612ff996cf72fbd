"""The DPO / SimPO training loop: reference pass once, then LoRA steps, then the adapter dir.

DPO's reference log-probs come from the SAME weights with the LoRA switched off (or, with an initial
adapter, the model exactly as loaded), computed for every pair before the first update and cached by
pair key: no second model in memory and one extra forward per pair in total. The reference runs the
training forward itself (same function, same fastmath tier, the first epoch's micro-batches), so at
step 1, where the policy IS the reference, the rewards are exactly 0 on every machine. SimPO needs no
reference and runs none. Chosen and rejected of a batch go through the model in one forward.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import mlx.core as mx
import mlx.nn as nn
import mlx.optimizers as optim
import numpy as np
from loguru import logger
from mlx.utils import tree_flatten

from timmyd.pairs import Pair
from timmyd.train import adapter as adapter_io
from timmyd.train import distributed as dist
from timmyd.train import fastmath, steps
from timmyd.train.data import (
    EncodedPair,
    encode_pairs,
    group_batches,
    truncation_counts,
)
from timmyd.train.errors import no_candidate_path
from timmyd.train.losses import DPO_LOSS_TYPES, chosen_nll, dpo_loss, simpo_loss
from timmyd.train.model import (
    TrainError,
    apply_lora,
    batch_for,
    load_model,
    lora_disabled,
    make_trainable,
    probe_fast_paths,
    sequence_logps,
)

METHODS = ("dpo", "simpo")


@dataclass(frozen=True)
class TrainOptions:
    """One run's settings; defaults mirror config.TrainConfig (`from_config` copies the file's)."""

    method: str = "simpo"
    loss_type: str = "sigmoid"
    beta: float = 0.1
    simpo_beta: float = 2.0
    gamma: float = 0.5
    learning_rate: float = 5e-6
    batch_size: int = 2
    epochs: int = 2
    iters: int = 0
    num_layers: int = 16
    rank: int = 8
    scale: float = 20.0
    dropout: float = 0.0
    max_seq_length: int = 1024
    seed: int = 0
    grad_checkpoint: bool = False
    max_grad_norm: float = 1.0
    micro_batch_size: int = 1  # pairs per forward pass; gradients accumulate up to batch_size (0 = all)
    final_eval: bool = True  # score every training pair once more after training (final accuracy)
    fastmath: str = "auto"  # auto (on exactly on MLX's CPU backend) | on | off; see timmyd.train.fastmath
    nll_weight: float = 0.5  # weight of the chosen reply's NLL per token added to the loss (RPO / CPO)
    dpop_lambda: float = 0.0  # DPO-Positive penalty when the chosen log-ratio falls below 0 (DPO sigmoid)

    @classmethod
    def from_config(cls, train_cfg, **overrides) -> TrainOptions:
        names = {f.name for f in dataclasses.fields(cls)}
        base = {k: v for k, v in dataclasses.asdict(train_cfg).items() if k in names}
        base.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**base)

    def validate(self) -> None:
        if self.method not in METHODS:
            raise TrainError(f"method must be one of {METHODS}, got {self.method!r}")
        if self.method == "dpo" and self.loss_type not in DPO_LOSS_TYPES:
            raise TrainError(f"loss_type must be one of {DPO_LOSS_TYPES}, got {self.loss_type!r}")
        for k in ("beta", "simpo_beta", "learning_rate", "batch_size", "rank", "max_seq_length"):
            if getattr(self, k) <= 0:
                raise TrainError(f"{k} must be > 0, got {getattr(self, k)}")
        if self.iters < 0 or self.epochs < 1 and self.iters == 0:
            raise TrainError("need iters > 0 or epochs >= 1")
        if self.micro_batch_size < 0:
            raise TrainError(f"micro_batch_size must be >= 0, got {self.micro_batch_size}")
        if not 0 <= self.dropout < 1:
            raise TrainError(f"dropout must be in [0, 1), got {self.dropout}")
        if self.nll_weight < 0 or self.dpop_lambda < 0:
            raise TrainError(f"nll_weight and dpop_lambda must be >= 0, got {self.nll_weight}, {self.dpop_lambda}")
        if self.dpop_lambda and (self.method != "dpo" or self.loss_type != "sigmoid"):
            raise TrainError("dpop_lambda (DPO-Positive) needs method = \"dpo\" with loss_type = \"sigmoid\"")
        if self.fastmath not in fastmath.MODES:
            raise TrainError(f"fastmath ([train].fastmath) must be one of {fastmath.MODES}, got {self.fastmath!r}")

    @property
    def method_beta(self) -> float:
        return self.simpo_beta if self.method == "simpo" else self.beta

    @property
    def forward_pairs(self) -> int:
        """Pairs per forward pass."""
        mb = self.micro_batch_size
        return self.batch_size if mb <= 0 else min(mb, self.batch_size)


def reference_logps(model: nn.Module, encoded: list[EncodedPair], batch_size: int, lora_off: bool,
                    progress: bool = False, groups: list[list[EncodedPair]] | None = None,
                    ) -> dict[str, tuple[float, float]]:
    """pair key -> (ref chosen, ref rejected) summed log-probs, with the LoRA off unless told otherwise.

    Computed by the training forward itself (`sequence_logps` without `scoring`: fastmath's train
    tier where it is on, not the numpy scoring tier, whose rounding differs by ~1e-6), in `groups` when
    given (the trainer passes its first epoch's micro-batches), else `encoded` sorted by length in
    groups of `batch_size`: the same function on the same batches gives the same bits, so step 1's
    rewards are exactly 0. Measured on the 27 M bench model (16 pairs, 1 BLAS thread, CPU-seconds):
    5.4 s against 4.5 s with the numpy tier and 6.6 s without fastmath.
    """
    out: dict[str, tuple[float, float]] = {}
    if groups is None:
        order = sorted(encoded, key=lambda e: (e.length, e.key))  # the training groups
        groups = steps.chunks(order, batch_size)
    ctx = lora_disabled(model) if lora_off else contextlib.nullcontext()
    with ctx, steps.progress_bar(sum(len(g) for g in groups), "reference", progress) as bar:
        for group in groups:
            lp, _ = sequence_logps(model, batch_for(model, group))
            lp = np.asarray(lp)
            b = len(group)
            for j, e in enumerate(group):
                out[e.key] = (float(lp[j]), float(lp[b + j]))
            bar.update(b)
    return out


def _loss_fn(opts: TrainOptions):
    def fn(model, batch, ref_c, ref_r):
        lp, n = sequence_logps(model, batch)
        b = batch.n_pairs
        pi_c, pi_r = lp[:b], lp[b:]
        if opts.method == "dpo":
            losses, rc, rr = dpo_loss(pi_c, pi_r, ref_c, ref_r, opts.beta, opts.loss_type, opts.dpop_lambda)
        else:
            losses, rc, rr = simpo_loss(pi_c, pi_r, n[:b], n[b:], opts.simpo_beta, opts.gamma)
        if opts.nll_weight:
            losses = losses + opts.nll_weight * chosen_nll(pi_c, n[:b])
        return mx.mean(losses), (rc, rr, mx.stop_gradient(pi_c), mx.stop_gradient(pi_r))
    return fn


def _policy_accuracy(model, encoded, opts, refs) -> float:
    """Per-pair accuracy of the trained policy on the training pairs (reward as in the loss); the
    batches are shared out over the group and the wins summed."""
    model.eval()
    order = sorted(encoded, key=lambda e: (e.length, e.key))  # the training groups

    def wins_of(group: list[EncodedPair]) -> np.ndarray:
        lp, n = sequence_logps(model, batch_for(model, group), scoring=True)
        lp, n = np.asarray(lp), np.asarray(n)
        b = len(group)
        if opts.method == "dpo":
            won = [(lp[j] - refs[e.key][0]) > (lp[b + j] - refs[e.key][1]) for j, e in enumerate(group)]
        else:
            won = [lp[j] / n[j] > lp[b + j] / n[b + j] for j in range(b)]
        return np.array([[float(sum(won))]])

    groups = list(range(0, len(order), opts.forward_pairs))
    wins = dist.spread(groups, lambda i: wins_of(order[i:i + opts.forward_pairs]), lambda i: [i // opts.forward_pairs],
                       (len(groups), 1))
    return float(wins.sum()) / len(order)


def _prompt_text(p: Pair) -> str:
    return json.dumps([[m.role, m.content] for m in p.prompt], ensure_ascii=False)


def train(pairs: list[Pair], model_dir: str | Path, out_dir: str | Path, options: TrainOptions, *,
          init_adapter: str | Path | None = None, progress: bool = True, search=None) -> dict:
    """Train a LoRA adapter on `pairs` and write it to `out_dir` atomically; returns the summary.

    `search` (a `timmyd.train.search.SearchOptions`): find the learning rate on validation pairs carved
    out of `pairs` (successive halving, best checkpoint kept; `options.learning_rate` is then ignored);
    None trains one configuration. Too few pairs to spare validation pairs: one configuration, and the
    summary's `search_skipped` says why.
    Raises TrainError when the run cannot start or learned nothing (all-zero gradients, unchanged
    weights, non-finite loss), `search.NoCandidate` when no checkpoint kept the chosen replies likely;
    the previous contents of `out_dir` then stay as they were.
    """
    options.validate()
    dist.check_batch(options.batch_size)
    if not pairs:
        raise TrainError("no training pairs")
    val_pairs: list[Pair] = []
    skipped = None
    if search is not None:
        from timmyd.train.search import validation_split

        search.validate()
        pairs, val_pairs = validation_split(pairs, _prompt_text, search.validation_fraction,
                                            search.min_validation_pairs)
        if not val_pairs:
            skipped = (f"{len(pairs)} pairs are too few to hold out {search.min_validation_pairs} validation "
                       f"pairs and train on as many; trained at learning_rate {options.learning_rate:g}")
            logger.warning("search skipped: {}", skipped)
    t_start = time.perf_counter()
    out = Path(out_dir).expanduser().resolve()
    main = dist.is_main()  # in a group, rank 0 alone writes; the others keep their records in a scratch dir
    if main:
        out.parent.mkdir(parents=True, exist_ok=True)
    model, tokenizer = load_model(model_dir, init_adapter)
    opts = options
    if init_adapter is not None:  # the adapter's own shape wins over the options
        lp = adapter_io.read_adapter_config(init_adapter)
        num_layers = int(lp["num_layers"])
        lora = lp["lora_parameters"]
        opts = dataclasses.replace(opts, rank=int(lora["rank"]), scale=float(lora["scale"]),
                                   dropout=float(lora.get("dropout", 0.0)))
    else:
        num_layers = len(model.layers) if opts.num_layers < 0 else min(opts.num_layers, len(model.layers))
        apply_lora(model, num_layers, opts.rank, opts.scale, opts.dropout, opts.seed)
    n_trainable = make_trainable(model)
    model.eval()

    try:
        encoded = encode_pairs(pairs, tokenizer, opts.max_seq_length)
        val_encoded = encode_pairs(val_pairs, tokenizer, opts.max_seq_length) if val_pairs else []
    except ValueError as e:
        raise TrainError(str(e)) from e
    trunc = truncation_counts(encoded)
    # short slices of the two shortest pairs: the check needs a few tokens, not the vocab-sized full logits
    probe = [EncodedPair(e.key, e.prompt[-32:], e.chosen[:32], e.rejected[:32])
             for e in sorted(encoded, key=lambda e: e.length)[:2]]
    fast = probe_fast_paths(model, probe, fastmath_mode=opts.fastmath)
    logger.info("train {}: {} pairs, fast paths {}, {} trainable parameters", opts.method, len(encoded),
                fast, n_trainable)

    tmp = adapter_io.temp_dir_for(out) if main else Path(tempfile.mkdtemp(prefix="timmyd-rank-"))
    try:
        if val_encoded:
            summary = _search_run(model, encoded, val_encoded, opts, search, init_adapter, tmp, progress)
            opts = dataclasses.replace(opts, learning_rate=summary["search"]["winner"]["learning_rate"])
        else:
            summary = _run(model, encoded, opts, init_adapter, tmp, progress)
            if skipped:
                summary["search_skipped"] = skipped
        summary.update(trunc)
        summary.update(model=str(model_dir), init_adapter=None if init_adapter is None else str(init_adapter),
                       adapter_path=str(out), trainable_parameters=int(n_trainable), fast_paths=fast,
                       num_layers=num_layers, rank=opts.rank, scale=opts.scale, dropout=opts.dropout,
                       learning_rate=opts.learning_rate, batch_size=opts.batch_size, seed=opts.seed,
                       max_seq_length=opts.max_seq_length, grad_checkpoint=opts.grad_checkpoint,
                       max_grad_norm=opts.max_grad_norm, micro_batch_size=opts.forward_pairs,
                       fastmath=opts.fastmath,
                       total_seconds=round(time.perf_counter() - t_start, 3))
        weights = dict(tree_flatten(model.trainable_parameters()))
        summary.update(dist.record(), ranks_in_sync=dist.in_sync(weights))
        summary["ranks_finished"] = dist.barrier()
        if not summary["ranks_in_sync"]:
            raise TrainError(f"the {summary['world_size']} ranks ended with different weights; no adapter written")
        if not main:
            shutil.rmtree(tmp, ignore_errors=True)
            return summary
        adapter_io.save_weights(tmp, weights)
        extra = dict(method=opts.method, loss_type=summary["loss_type"], beta=summary["beta"],
                     gamma=summary["gamma"], iters=summary["steps"], batch_size=opts.batch_size,
                     learning_rate=opts.learning_rate, seed=opts.seed, max_seq_length=opts.max_seq_length,
                     grad_checkpoint=opts.grad_checkpoint, pairs=len(encoded), init_adapter=summary["init_adapter"])
        adapter_io.write_json(tmp / adapter_io.CONFIG_FILE, adapter_io.adapter_config(
            str(model_dir), num_layers, opts.rank, opts.scale, opts.dropout, extra))
        adapter_io.write_json(tmp / adapter_io.SUMMARY_FILE, summary)
        adapter_io.commit(tmp, out)
    except BaseException as e:
        shutil.rmtree(tmp, ignore_errors=True)
        if hasattr(e, "record") and main:  # search.NoCandidate: what was tried stays readable (no adapter is written)
            adapter_io.write_json(no_candidate_path(out), e.record)
        raise
    return summary



def dpo_references(model, encoded, opts: TrainOptions, init_adapter, progress: bool) -> tuple[dict, float]:
    """The DPO reference log-probs of every pair (empty for SimPO) and the seconds they took.

    In a group each rank computes its own share of the first epoch's batches, in exactly the
    micro-batches its training step 1 will run (so the rewards there are exactly 0 on every rank), and
    the shares are summed: every rank ends with every pair's reference (training hands a pair to the
    same rank every epoch, but the final re-scoring shares the pairs out differently)."""
    if opts.method != "dpo":
        return {}, 0.0
    t0 = time.perf_counter()
    first_epoch = [micro for group in group_batches(encoded, opts.batch_size, opts.seed, 0)
                   for micro in steps.chunks(dist.share(group), opts.forward_pairs)]  # step 1's forwards among them
    mine = reference_logps(model, encoded, opts.forward_pairs, lora_off=init_adapter is None,
                           progress=progress, groups=first_epoch)
    if dist.size() == 1:
        return mine, time.perf_counter() - t0
    index = {e.key: i for i, e in enumerate(encoded)}
    table = np.zeros((len(encoded), 2))
    for k, v in mine.items():
        table[index[k]] = v
    table = dist.sum_array(table)
    refs = {e.key: (float(table[i, 0]), float(table[i, 1])) for i, e in enumerate(encoded)}
    return refs, time.perf_counter() - t0


def run_summary(model, encoded, opts: TrainOptions, metrics: list[dict], refs: dict, ref_seconds: float) -> dict:
    """The summary of a finished run whose final weights are in `model` (`metrics`: its step records)."""
    final_acc = _policy_accuracy(model, encoded, opts, refs) if opts.final_eval else None
    model.eval()
    first, last = metrics[0], metrics[-1]
    tokens = sum(r["tokens"] for r in metrics)
    train_seconds = sum(r["seconds"] for r in metrics)
    return {"method": opts.method, "loss_type": opts.loss_type if opts.method == "dpo" else None,
            "beta": opts.method_beta, "gamma": opts.gamma if opts.method == "simpo" else None,
            "nll_weight": opts.nll_weight, "dpop_lambda": opts.dpop_lambda,
            "pairs": len(encoded), "steps": len(metrics),
            "epochs": round(len(metrics) * opts.batch_size / len(encoded), 3), "tokens": int(tokens),
            "seconds": round(train_seconds, 3),
            "tokens_per_sec": round(tokens / train_seconds, 2) if train_seconds else None,
            "peak_memory_mb": round(mx.get_peak_memory() / 1e6, 2),
            "first_loss": first["loss"], "last_loss": last["loss"],
            "first_accuracy": first["accuracy"], "last_accuracy": last["accuracy"],
            "final_train_accuracy": final_acc, "ref_pass_seconds": round(ref_seconds, 3),
            "reference_pairs": len(refs)}


def _search_run(model, encoded, val, opts: TrainOptions, sopts, init_adapter, tmp: Path, progress: bool) -> dict:
    """`_run` with a learning-rate search (timmyd.train.search); the winner's best checkpoint stays in `model`."""
    from timmyd.train.search import run_search

    mx.random.seed(opts.seed)
    mx.reset_peak_memory()
    refs, ref_seconds = dpo_references(model, encoded, opts, init_adapter, progress)
    initial = steps.trainable_snapshot(model)
    with (tmp / adapter_io.METRICS_FILE).open("w", encoding="utf-8") as mfile:
        step_fn = nn.value_and_grad(model, _loss_fn(opts))
        record, winner = run_search(model, step_fn, encoded, val, opts, sopts, refs, ref_seconds, mfile, progress)
    metrics = winner.metrics[:winner.best_step]
    steps.check_learned(metrics, initial, dict(tree_flatten(model.trainable_parameters())))
    win_opts = dataclasses.replace(opts, learning_rate=winner.learning_rate)
    summary = run_summary(model, encoded, win_opts, metrics, refs, ref_seconds)
    summary["search"] = record
    return summary


def _run(model, encoded, opts: TrainOptions, init_adapter, tmp: Path, progress: bool) -> dict:
    mx.random.seed(opts.seed)
    mx.reset_peak_memory()
    refs, ref_seconds = dpo_references(model, encoded, opts, init_adapter, progress)
    initial = steps.trainable_snapshot(model)
    optimizer = optim.Adam(learning_rate=opts.learning_rate)
    step_fn = nn.value_and_grad(model, _loss_fn(opts))
    total = steps.total_steps(len(encoded), opts)
    metrics = []
    model.train()
    groups = steps.batches(encoded, opts)
    with steps.checkpointing(model, opts.grad_checkpoint), steps.progress_bar(total, "train", progress) as bar, \
            (tmp / adapter_io.METRICS_FILE).open("w", encoding="utf-8") as mfile:
        for step in range(1, total + 1):
            epoch, group = next(groups)
            rec = steps.train_step(model, step_fn, optimizer, group, refs, opts, step, epoch)
            metrics.append(rec)
            mfile.write(json.dumps(rec) + "\n")
            mfile.flush()
            bar.set_postfix(loss=f"{rec['loss']:.4f}", acc=f"{rec['accuracy']:.2f}")
            bar.update(1)
    steps.check_learned(metrics, initial, dict(tree_flatten(model.trainable_parameters())))
    return run_summary(model, encoded, opts, metrics, refs, ref_seconds)
