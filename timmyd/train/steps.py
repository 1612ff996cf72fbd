"""One optimizer step and the loop's small parts, shared by the plain run (trainer.py) and the search (search.py).

Kept apart so the search can drive many candidates through exactly the step a plain run takes, without the
trainer and the search importing each other.
"""

from __future__ import annotations

import contextlib
import math
import time

import mlx.core as mx
import mlx.nn as nn
import mlx.optimizers as optim
import numpy as np
from mlx.utils import tree_flatten, tree_map

from timmyd.train import distributed as dist
from timmyd.train.data import EncodedPair, group_batches
from timmyd.train.errors import TrainError
from timmyd.train.model import batch_for

# `opts` below is a trainer.TrainOptions (not imported: the trainer imports this module)


@contextlib.contextmanager
def checkpointing(model: nn.Module, on: bool):
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


def progress_bar(total: int, desc: str, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="step" if desc in ("train", "search") else "pair", disable=not enabled,
                dynamic_ncols=True, leave=False)


def global_norm(grads) -> mx.array:
    return mx.sqrt(sum(mx.sum(g * g) for _, g in tree_flatten(grads)))


def total_steps(n_pairs: int, opts) -> int:
    return opts.iters if opts.iters > 0 else opts.epochs * math.ceil(n_pairs / opts.batch_size)


def batches(encoded: list[EncodedPair], opts):
    epoch = 0
    while True:
        for group in group_batches(encoded, opts.batch_size, opts.seed, epoch):
            yield epoch, group
        epoch += 1


def chunks(items: list, n: int) -> list[list]:
    return [items[i:i + n] for i in range(0, len(items), n)]


def train_step(model, step_fn, optimizer, group: list[EncodedPair], refs: dict, opts,
               step: int, epoch: int) -> dict:
    """One optimizer step over `group` (gradients accumulated over its micro-batches); its metrics record.

    In a group of processes (`timmyd.train.distributed`) each rank takes its share of `group`
    (`rank::size`), weights its gradients by its share of the GLOBAL batch and the ranks' gradients are
    summed before the update, so every rank applies the update one process would; the metrics are the
    global batch's. Raises TrainError on a non-finite loss or gradient norm."""
    t0 = time.perf_counter()
    b = len(group)  # the global batch
    mine = dist.share(group)
    loss, grads, parts, seq_tokens = mx.array(0.0), None, [], 0
    for micro in chunks(mine, opts.forward_pairs):  # gradient accumulation: same maths, less memory
        batch = batch_for(model, micro)
        if opts.method == "dpo":
            ref_c = mx.array([refs[k][0] for k in batch.keys])
            ref_r = mx.array([refs[k][1] for k in batch.keys])
        else:
            ref_c = ref_r = mx.zeros((len(micro),))
        (mloss, aux), mgrads = step_fn(model, batch, ref_c, ref_r)
        w = len(micro) / b  # the step's loss is the mean over the global batch's pairs
        loss = loss + mloss * w
        mgrads = tree_map(lambda g, w=w: g * w, mgrads)
        grads = mgrads if grads is None else tree_map(mx.add, grads, mgrads)
        parts.append(aux)
        seq_tokens += batch.seq_tokens
        mx.eval(loss, grads, aux)
    if grads is None:  # this rank's share of a short last batch is empty: it still joins the sums
        grads = dist.zeros_like_tree(model.trainable_parameters())
    t_comm = time.perf_counter()
    grads = dist.sum_gradients(grads)
    t_comm = time.perf_counter() - t_comm
    if opts.max_grad_norm > 0:
        grads, gnorm = optim.clip_grad_norm(grads, opts.max_grad_norm)
    else:
        gnorm = global_norm(grads)
    optimizer.update(model, grads)
    if parts:
        rc, rr, pc, pr = (mx.concatenate([p[i] for p in parts]) for i in range(4))
        local = mx.stack([loss, mx.sum(rc > rr).astype(mx.float32), mx.sum(rc - rr), mx.sum(rc), mx.sum(rr),
                          mx.sum(pc), mx.sum(pr)])
    else:
        local = mx.concatenate([loss.reshape(1), mx.zeros((6,))])
    mx.eval(model.parameters(), optimizer.state, local, gnorm)
    sums = dist.sum_array(np.concatenate([np.asarray(local, dtype=np.float64), [seq_tokens]]))
    dt = time.perf_counter() - t0
    loss_v, gnorm_v = float(sums[0]), float(gnorm.item())
    if not math.isfinite(loss_v) or not math.isfinite(gnorm_v):
        raise TrainError(f"step {step}: loss {loss_v}, gradient norm {gnorm_v} is not finite; "
                         "lower the learning rate")
    acc, margin, c_rew, r_rew, c_lp, r_lp = (float(v) / b for v in sums[1:7])
    seq_tokens = int(sums[7])
    rec = {"step": step, "epoch": epoch, "loss": loss_v, "accuracy": acc, "margin": margin,
           "chosen_reward": c_rew, "rejected_reward": r_rew, "chosen_logps": c_lp, "rejected_logps": r_lp,
           "grad_norm": gnorm_v, "learning_rate": float(optimizer.learning_rate.item()), "pairs": b,
           "tokens": seq_tokens, "seconds": round(dt, 4),
           "tokens_per_sec": round(seq_tokens / dt, 2) if dt > 0 else None,
           "peak_memory_mb": round(mx.get_peak_memory() / 1e6, 2)}
    if dist.size() > 1:
        rec["comm_seconds"] = round(t_comm, 4)  # the gradient sum, waiting for the slowest rank included
    return rec


def trainable_snapshot(model) -> dict[str, mx.array]:
    """A copy of the LoRA weights (to compare, restore or keep as a checkpoint)."""
    snap = {k: mx.array(v) for k, v in tree_flatten(model.trainable_parameters())}
    mx.eval(snap)
    return snap


def check_learned(metrics: list[dict], initial: dict, final: dict) -> None:
    """Refuse a run that learned nothing: every step's gradient zero, or the weights unchanged."""
    if not any(r["grad_norm"] > 0.0 for r in metrics):
        raise TrainError(f"all {len(metrics)} steps had zero gradients: nothing was learned "
                         "(check that the pairs' replies differ and the learning setup)")
    if all(bool(mx.array_equal(initial[k], final[k]).item()) for k in initial):
        raise TrainError("the adapter weights did not change during training (learning rate too small?)")
