"""The group of processes a run trains and evaluates with: MLX's own distributed layer, never a transport of ours.

Why one module: every place that touches the group (the step's gradient and metric sums, the DPO reference
pass, the validation and evaluation scoring, who writes files) goes through these few functions, so a run
started by `mlx.launch` and a plain process share one code path. Without a launcher `mx.distributed.init()`
gives a group of size 1 whose collectives are skipped here (no-op, no copy), so one machine is unchanged.

Rules the callers rely on (they are what keeps a group from hanging or drifting apart):
- Every rank calls every collective, in the same order, with the same shapes. Work is split by handing
  out whole units (`share`: items `rank::size`), and results come back by summing arrays in which each
  rank filled only its own rows (x + 0 = x: exact), so every rank ends with identical numbers.
- The same seed on every rank and the same LoRA initialisation; gradients are summed with MLX's
  `nn.average_gradients` (it packs the small LoRA tensors into a few large messages), so the weights stay
  identical on every rank without any broadcast.
- A collective that waits longer than `timeout` seconds for the rest of the group ends the process with
  a clear message (`faulthandler`'s timer runs in its own C thread, so it fires even while MLX blocks in
  a socket read without releasing the GIL): a rank that died or a cut network fails the run instead of
  hanging it forever. A peer that closes its sockets (a crash) makes MLX raise at once.
"""

from __future__ import annotations

import faulthandler
import socket
import sys
from collections.abc import Callable

import mlx.core as mx
import mlx.nn as nn
import numpy as np
from mlx.utils import tree_map

from timmyd.config import launcher_rank
from timmyd.train.errors import TrainError

DEFAULT_TIMEOUT = 600.0
_state: dict = {"group": None, "timeout": DEFAULT_TIMEOUT}


def launched() -> bool:
    """True when a launcher (`mlx.launch`, mpirun) started this process as one rank of a group."""
    return launcher_rank() is not None


def set_timeout(seconds: float) -> None:
    """How long a collective may wait for the rest of the group ([distributed] timeout_s)."""
    _state["timeout"] = float(seconds)


def group():
    """The group of this process (initialised once; size 1 without a launcher)."""
    if _state["group"] is None:
        with _guard():
            _state["group"] = mx.distributed.init(strict=launched())
    return _state["group"]


def rank() -> int:
    return group().rank()


def size() -> int:
    return group().size()


def is_main() -> bool:
    """Rank 0 alone writes files and prints results."""
    return rank() == 0


class _guard:
    """Arm the timeout around one wait for the group (no-op outside a launched group)."""

    def __init__(self):
        self.on = launched()

    def __enter__(self):
        if self.on:
            # on expiry: "Timeout (h:mm:ss)!", every thread's stack (naming the waiting caller), exit 1
            faulthandler.dump_traceback_later(_state["timeout"], exit=True, file=sys.stderr)
        return self

    def __exit__(self, *exc):
        if self.on:
            faulthandler.cancel_dump_traceback_later()
        return False


def _sum(x: mx.array) -> mx.array:
    with _guard():
        out = mx.distributed.all_sum(x, group=group())
        mx.eval(out)
    return out


def sum_array(x: np.ndarray) -> np.ndarray:
    """The elementwise sum of `x` over the group (itself at size 1). Sent as float32 (int32 for integer
    arrays): the log-probs it carries are float32 to begin with, so nothing is rounded."""
    if size() == 1:
        return x
    out = _sum(mx.array(x, dtype=mx.int32 if np.issubdtype(x.dtype, np.integer) else mx.float32))
    return np.asarray(out).astype(x.dtype)


def share(items: list) -> list:
    """This rank's share of `items` (every size-th item from its rank): all of them at size 1."""
    n = size()
    return list(items) if n == 1 else list(items)[rank()::n]


def spread(units: list, compute: Callable[[object], np.ndarray], rows_of: Callable[[object], list[int]],
           shape: tuple[int, ...]) -> np.ndarray:
    """Fill an array of `shape` unit by unit, each unit computed by one rank, then summed over the group.

    `compute(unit)` returns the rows for `rows_of(unit)` (indexes into the result). Every rank ends with
    the whole array, identical to computing every unit in one process (a unit is computed the same way
    wherever it runs)."""
    out = np.zeros(shape)
    for u in share(units):
        out[rows_of(u)] = compute(u)
    return sum_array(out)


def sum_gradients(grads):
    """Sum the ranks' gradients (each rank's already weighted by its share of the global batch)."""
    n = size()
    if n == 1:
        return grads
    with _guard():
        out = nn.average_gradients(tree_map(lambda g: g * n, grads), group=group())
        mx.eval(out)
    return out


def zeros_like_tree(tree):
    """Gradients of zero for a rank whose share of a batch is empty (a short last batch)."""
    return tree_map(mx.zeros_like, tree)


def barrier() -> int:
    """Wait until every rank is here; returns how many arrived (the group's size)."""
    if size() == 1:
        return 1
    return int(_sum(mx.array([1], dtype=mx.int32)).item())


def check_batch(batch_size: int) -> None:
    """Refuse, before any training, a global batch the ranks cannot share evenly."""
    n = size()
    if batch_size % n:
        raise TrainError(f"batch_size {batch_size} is not divisible by the {n} ranks of the group: every "
                         f"rank takes an equal share of each batch (use a multiple of {n})")


def hosts() -> list[str]:
    """Every rank's host name, in rank order (gathered as fixed-width byte rows)."""
    name = socket.gethostname()
    n = size()
    if n == 1:
        return [name]
    rows = np.zeros((n, 64), dtype=np.int32)
    raw = name.encode()[:64]
    rows[rank(), :len(raw)] = list(raw)
    got = sum_array(rows)
    return [bytes(int(v) for v in row if v).decode(errors="replace") for row in got]


def in_sync(weights: dict[str, mx.array]) -> bool:
    """Whether every rank holds the same weights (their checksums agree): ranks that drifted apart
    would train and save different adapters without any error."""
    n = size()
    if n == 1:
        return True
    total = float(sum(float(mx.sum(mx.abs(v)).item()) for v in weights.values()))
    sums = np.zeros(n)
    sums[rank()] = total
    got = sum_array(sums)
    return bool(np.all(got == got[0]))


def record() -> dict:
    """What a run's summary says about the group."""
    return {"world_size": size(), "rank_hosts": hosts()}


def available_backends() -> list[str]:
    """The distributed backends this MLX build has (the ring backend is in every wheel)."""
    return [b for b in ("ring", "mpi", "jaccl", "nccl") if mx.distributed.is_available(backend=b)]


def main() -> int:
    """`python -m timmyd.train.distributed` under a launcher: every rank adds 1 (`timmyd doctor`'s check
    that every host answers); rank 0 prints {world_size, sum, rank_hosts} as one JSON line."""
    import json

    set_timeout(float(sys.argv[1]) if len(sys.argv) > 1 else 30.0)
    total = barrier()
    names = hosts()
    if is_main():
        print(json.dumps({"world_size": size(), "sum": total, "rank_hosts": names}), flush=True)
    return 0 if total == size() else 1


if __name__ == "__main__":
    sys.exit(main())
