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
import math
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import mlx.core as mx
import mlx.nn as nn
import mlx.optimizers as optim
import numpy as np
from loguru import logger
from mlx.utils import tree_flatten, tree_map

from timmyd.pairs import Pair
from timmyd.train import adapter as adapter_io
from timmyd.train import fastmath
from timmyd.train.data import (
    EncodedPair,
    encode_pairs,
    group_batches,
    truncation_counts,
)
from timmyd.train.losses import DPO_LOSS_TYPES, dpo_loss, pair_accuracy, simpo_loss
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

    method: str = "dpo"
    loss_type: str = "sigmoid"
    beta: float = 0.1
    simpo_beta: float = 2.0
    gamma: float = 0.5
    learning_rate: float = 1e-6
    batch_size: int = 2
    epochs: int = 1
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


@contextlib.contextmanager
def _checkpointing(model: nn.Module, on: bool):
    """mlx-lm's gradient checkpointing patches the layer CLASS; undo it so other models are unaffected."""
    if not on:
        yield
        return
    from mlx_lm.tuner.trainer import grad_checkpoint

    cls = type(model.layers[0])
    original = cls.__call__
    grad_checkpoint(model.layers[0])
    try:
        yield
    finally:
        cls.__call__ = original


def _progress(total: int, desc: str, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="step" if desc == "train" else "pair", disable=not enabled,
                dynamic_ncols=True, leave=False)


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
        groups = _chunks(order, batch_size)
    ctx = lora_disabled(model) if lora_off else contextlib.nullcontext()
    with ctx, _progress(sum(len(g) for g in groups), "reference", progress) as bar:
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
            losses, rc, rr = dpo_loss(pi_c, pi_r, ref_c, ref_r, opts.beta, opts.loss_type)
        else:
            losses, rc, rr = simpo_loss(pi_c, pi_r, n[:b], n[b:], opts.simpo_beta, opts.gamma)
        return mx.mean(losses), (rc, rr, mx.stop_gradient(pi_c), mx.stop_gradient(pi_r))
    return fn


def _global_norm(grads) -> mx.array:
    return mx.sqrt(sum(mx.sum(g * g) for _, g in tree_flatten(grads)))


def _steps(n_pairs: int, opts: TrainOptions) -> int:
    return opts.iters if opts.iters > 0 else opts.epochs * math.ceil(n_pairs / opts.batch_size)


def _groups(encoded: list[EncodedPair], opts: TrainOptions):
    epoch = 0
    while True:
        for group in group_batches(encoded, opts.batch_size, opts.seed, epoch):
            yield epoch, group
        epoch += 1


def _chunks(items: list, n: int) -> list[list]:
    return [items[i:i + n] for i in range(0, len(items), n)]


def _policy_accuracy(model, encoded, opts, refs) -> float:
    """Per-pair accuracy of the trained policy on the training pairs (reward as in the loss)."""
    wins = 0
    model.eval()
    order = sorted(encoded, key=lambda e: (e.length, e.key))  # the training groups
    for i in range(0, len(order), opts.forward_pairs):
        group = order[i:i + opts.forward_pairs]
        lp, n = sequence_logps(model, batch_for(model, group), scoring=True)
        lp, n = np.asarray(lp), np.asarray(n)
        b = len(group)
        for j, e in enumerate(group):
            if opts.method == "dpo":
                wins += (lp[j] - refs[e.key][0]) > (lp[b + j] - refs[e.key][1])
            else:
                wins += lp[j] / n[j] > lp[b + j] / n[b + j]
    return wins / len(order)


def train(pairs: list[Pair], model_dir: str | Path, out_dir: str | Path, options: TrainOptions, *,
          init_adapter: str | Path | None = None, progress: bool = True) -> dict:
    """Train a LoRA adapter on `pairs` and write it to `out_dir` atomically; returns the summary.

    Raises TrainError when the run cannot start or learned nothing (all-zero gradients, unchanged
    weights, non-finite loss); the previous contents of `out_dir` then stay as they were.
    """
    options.validate()
    if not pairs:
        raise TrainError("no training pairs")
    t_start = time.perf_counter()
    out = Path(out_dir).expanduser().resolve()
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
    except ValueError as e:
        raise TrainError(str(e)) from e
    trunc = truncation_counts(encoded)
    # short slices of the two shortest pairs: the check needs a few tokens, not the vocab-sized full logits
    probe = [EncodedPair(e.key, e.prompt[-32:], e.chosen[:32], e.rejected[:32])
             for e in sorted(encoded, key=lambda e: e.length)[:2]]
    fast = probe_fast_paths(model, probe, fastmath_mode=opts.fastmath)
    logger.info("train {}: {} pairs, fast paths {}, {} trainable parameters", opts.method, len(encoded),
                fast, n_trainable)

    tmp = adapter_io.temp_dir_for(out)
    try:
        summary = _run(model, encoded, opts, init_adapter, tmp, progress)
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
        adapter_io.save_weights(tmp, weights)
        extra = dict(method=opts.method, loss_type=summary["loss_type"], beta=summary["beta"],
                     gamma=summary["gamma"], iters=summary["steps"], batch_size=opts.batch_size,
                     learning_rate=opts.learning_rate, seed=opts.seed, max_seq_length=opts.max_seq_length,
                     grad_checkpoint=opts.grad_checkpoint, pairs=len(encoded), init_adapter=summary["init_adapter"])
        adapter_io.write_json(tmp / adapter_io.CONFIG_FILE, adapter_io.adapter_config(
            str(model_dir), num_layers, opts.rank, opts.scale, opts.dropout, extra))
        adapter_io.write_json(tmp / adapter_io.SUMMARY_FILE, summary)
        adapter_io.commit(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return summary


def _run(model, encoded, opts: TrainOptions, init_adapter, tmp: Path, progress: bool) -> dict:
    mx.random.seed(opts.seed)
    mx.reset_peak_memory()
    refs: dict[str, tuple[float, float]] = {}
    ref_seconds = 0.0
    if opts.method == "dpo":
        t0 = time.perf_counter()
        first_epoch = [micro for group in group_batches(encoded, opts.batch_size, opts.seed, 0)
                       for micro in _chunks(group, opts.forward_pairs)]  # step 1's forwards among them
        refs = reference_logps(model, encoded, opts.forward_pairs, lora_off=init_adapter is None,
                               progress=progress, groups=first_epoch)
        ref_seconds = time.perf_counter() - t0

    initial = {k: mx.array(v) for k, v in tree_flatten(model.trainable_parameters())}
    optimizer = optim.Adam(learning_rate=opts.learning_rate)
    step_fn = nn.value_and_grad(model, _loss_fn(opts))
    total = _steps(len(encoded), opts)
    metrics, nonzero, tokens, train_seconds = [], False, 0, 0.0
    model.train()
    groups = _groups(encoded, opts)
    with _checkpointing(model, opts.grad_checkpoint), _progress(total, "train", progress) as bar, \
            (tmp / adapter_io.METRICS_FILE).open("w", encoding="utf-8") as mfile:
        for step in range(1, total + 1):
            epoch, group = next(groups)
            t0 = time.perf_counter()
            b = len(group)
            loss, grads, parts, seq_tokens = 0.0, None, [], 0
            for micro in _chunks(group, opts.forward_pairs):  # gradient accumulation: same maths, less memory
                batch = batch_for(model, micro)
                if opts.method == "dpo":
                    ref_c = mx.array([refs[k][0] for k in batch.keys])
                    ref_r = mx.array([refs[k][1] for k in batch.keys])
                else:
                    ref_c = ref_r = mx.zeros((len(micro),))
                (mloss, aux), mgrads = step_fn(model, batch, ref_c, ref_r)
                w = len(micro) / b  # the step's loss is the mean over its pairs
                loss = loss + mloss * w
                mgrads = tree_map(lambda g, w=w: g * w, mgrads)
                grads = mgrads if grads is None else tree_map(mx.add, grads, mgrads)
                parts.append(aux)
                seq_tokens += batch.seq_tokens
                mx.eval(loss, grads, aux)
            rc, rr, pc, pr = (mx.concatenate([p[i] for p in parts]) for i in range(4))
            if opts.max_grad_norm > 0:
                grads, gnorm = optim.clip_grad_norm(grads, opts.max_grad_norm)
            else:
                gnorm = _global_norm(grads)
            optimizer.update(model, grads)
            mx.eval(model.parameters(), optimizer.state, loss, rc, rr, pc, pr, gnorm)
            dt = time.perf_counter() - t0
            train_seconds += dt
            tokens += seq_tokens
            loss_v, gnorm_v = float(loss.item()), float(gnorm.item())
            if not math.isfinite(loss_v) or not math.isfinite(gnorm_v):
                raise TrainError(f"step {step}: loss {loss_v}, gradient norm {gnorm_v} is not finite; "
                                 "lower the learning rate")
            nonzero = nonzero or gnorm_v > 0.0
            rec = {"step": step, "epoch": epoch, "loss": loss_v,
                   "accuracy": float(pair_accuracy(rc, rr).item()),
                   "margin": float(mx.mean(rc - rr).item()),
                   "chosen_reward": float(mx.mean(rc).item()), "rejected_reward": float(mx.mean(rr).item()),
                   "chosen_logps": float(mx.mean(pc).item()), "rejected_logps": float(mx.mean(pr).item()),
                   "grad_norm": gnorm_v, "learning_rate": opts.learning_rate, "pairs": b,
                   "tokens": int(seq_tokens), "seconds": round(dt, 4),
                   "tokens_per_sec": round(seq_tokens / dt, 2) if dt > 0 else None,
                   "peak_memory_mb": round(mx.get_peak_memory() / 1e6, 2)}
            metrics.append(rec)
            mfile.write(json.dumps(rec) + "\n")
            mfile.flush()
            bar.set_postfix(loss=f"{loss_v:.4f}", acc=f"{rec['accuracy']:.2f}")
            bar.update(1)
    if not nonzero:
        raise TrainError(f"all {total} steps had zero gradients: nothing was learned "
                         "(check that the pairs' replies differ and the learning setup)")
    final = dict(tree_flatten(model.trainable_parameters()))
    if all(bool(mx.array_equal(initial[k], final[k]).item()) for k in initial):
        raise TrainError("the adapter weights did not change during training (learning rate too small?)")
    final_acc = _policy_accuracy(model, encoded, opts, refs) if opts.final_eval else None
    model.eval()
    first, last = metrics[0], metrics[-1]
    return {"method": opts.method, "loss_type": opts.loss_type if opts.method == "dpo" else None,
            "beta": opts.method_beta, "gamma": opts.gamma if opts.method == "simpo" else None,
            "pairs": len(encoded), "steps": total,
            "epochs": round(total * opts.batch_size / len(encoded), 3), "tokens": int(tokens),
            "seconds": round(train_seconds, 3),
            "tokens_per_sec": round(tokens / train_seconds, 2) if train_seconds else None,
            "peak_memory_mb": round(mx.get_peak_memory() / 1e6, 2),
            "first_loss": first["loss"], "last_loss": last["loss"],
            "first_accuracy": first["accuracy"], "last_accuracy": last["accuracy"],
            "final_train_accuracy": final_acc, "ref_pass_seconds": round(ref_seconds, 3),
            "reference_pairs": len(refs)}
