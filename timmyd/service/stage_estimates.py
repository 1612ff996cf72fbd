"""Estimates for the other workers of a cycle: evaluation, report, promotion export.

`estimate_eval()` / `eval_ladder()` (held-out pairs per forward pass down to 1, then shorter and fewer
greedy generations), `estimate_report()` (one rung: the daemon's report re-evaluates nothing) and
`estimate_export()` (the LoRA GGUF is small; a fused export has no smaller rung). A stage whose
smallest rung does not fit is refused before any worker starts, and `refusal()` names the smallest
`[memory] budget_gb` that would work.
"""


from __future__ import annotations

import json
import math
import os
import struct
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import psutil

from timmyd.config import MemoryConfig
from timmyd.service.estimate import (
    _DTYPE_BYTES,
    F32,
    RUNTIME_OVERHEAD,
    DataShape,
    _config_tensors,
    _dims,
    _lora_params,
    _pair_tokens,
    shape_of,
)
from timmyd.service.memory import GB, MB, limit_bytes

MIN_GEN_TOKENS = 16  # the evaluation ladder never cuts greedy replies below this many tokens
KV_STEP = 256  # mlx-lm's KV cache grows in steps of this many tokens
PREFILL_STEP = 2048  # mlx-lm's BatchGenerator prefills prompts in chunks of this many tokens
LIGHT_RUNTIME = 150 * MB  # a worker that loads no model with mlx-lm: report and export workers peak at ~65-100 MB RSS
REPORT_PLOTS = 50 * MB  # matplotlib (Agg) and the report's four figures
TOKENIZER_BYTES = 512  # per vocabulary entry, for a fused GGUF that carries the tokenizer (strings, scores, types)


@dataclass(frozen=True)
class EvalRung:
    """One set of `[eval]` settings the evaluation ladder can try; `step` says what changed.

    `forward_pairs` held-out pairs go through the model at once (`[eval] batch_size`): that sets the
    scoring pass's activations and logits, never a number. `gen_prompts` greedy replies of at most
    `max_new_tokens` measure the length check. One worker evaluates the candidate, the adapter in
    service and the base with the same rung, so the verdict stays comparable on any rung."""

    forward_pairs: int
    gen_prompts: int
    max_new_tokens: int
    step: str = "configured"

    def overrides(self) -> dict:
        """The `[eval]` values this rung sets (`jobs.eval_job` keywords)."""
        return {"batch_size": self.forward_pairs, "gen_prompts": self.gen_prompts,
                "max_new_tokens": self.max_new_tokens}

    def args(self) -> list[str]:
        """The same as `timmyd eval` flags (for running a rung by hand)."""
        return ["--batch-size", str(self.forward_pairs), "--gen-prompts", str(self.gen_prompts),
                "--max-new-tokens", str(self.max_new_tokens)]

    def to_dict(self) -> dict:
        return asdict(self)


def eval_ladder(batch_size: int, gen_prompts: int, max_new_tokens: int) -> list[EvalRung]:
    """Configured settings first, then: halve the held-out pairs per forward pass down to 1, halve
    the greedy reply length down to MIN_GEN_TOKENS, halve the generation prompts down to 1. Generation
    is never switched off: the verdict's length check keeps a measurement."""
    r = EvalRung(max(1, batch_size), max(0, gen_prompts), max(0, max_new_tokens))
    out = [r]
    while r.forward_pairs > 1:
        new = r.forward_pairs // 2
        r = replace(r, forward_pairs=new, step=f"held-out pairs per forward pass {r.forward_pairs} -> {new}")
        out.append(r)
    if r.gen_prompts and r.max_new_tokens:
        while r.max_new_tokens > MIN_GEN_TOKENS:
            new = max(MIN_GEN_TOKENS, r.max_new_tokens // 2)
            r = replace(r, max_new_tokens=new, step=f"greedy replies {r.max_new_tokens} -> {new} tokens")
            out.append(r)
        while r.gen_prompts > 1:
            new = r.gen_prompts // 2
            r = replace(r, gen_prompts=new, step=f"generation prompts {r.gen_prompts} -> {new}")
            out.append(r)
    return out


@dataclass(frozen=True)
class EvalShape:
    """Token sizes of the held-out pairs that drive evaluation memory (estimated like `shape_of`).
    `pairs`: the scoring pass's shape (as training's); `chosen`: the longest chosen reply (the exact
    KL's logit rows); `prompt`: the longest prompt (generation's prefill and KV cache); `probe_seq` and
    `probe_reply`: the longest sequence and the reply tokens of the two shortest pairs (the fast-path
    probe computes full logits on them); `n`: how many pairs."""

    pairs: DataShape
    chosen: int
    prompt: int
    probe_seq: int
    probe_reply: int
    n: int

    def to_dict(self) -> dict:
        return asdict(self)


def eval_shape_of(pairs) -> EvalShape:
    """EvalShape of held-out `Pair`s."""
    pairs = list(pairs)
    rows = sorted((2 * pt + c + r, pt, c, r) for pt, c, r in map(_pair_tokens, pairs)) or [(3, 1, 1, 1)]
    probe = rows[:2]
    return EvalShape(shape_of(pairs), chosen=max(c for _, _, c, _ in rows), prompt=max(pt for _, pt, _, _ in rows),
                     probe_seq=max(pt + max(c, r) for _, pt, c, r in probe),
                     probe_reply=sum(c + r for _, _, c, r in probe), n=len(pairs))


@dataclass
class StageEstimate:
    """A worker's predicted peak for a stage other than training: the `fixed` parts (runtime, weights)
    plus the largest of its `phases` (they run one after another). `total` is compared with the limit."""

    stage: str
    fixed: dict
    phases: dict
    detail: dict = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.fixed.values()) + max(self.phases.values(), default=0)

    def to_dict(self) -> dict:
        gb = lambda v: round(v / GB, 3)  # noqa: E731
        return {"stage": self.stage, "total": gb(self.total), "fixed": {k: gb(v) for k, v in self.fixed.items()},
                "phases": {k: gb(v) for k, v in self.phases.items()},
                "peak_phase": max(self.phases, key=self.phases.get) if self.phases else None, "detail": self.detail}


def _safetensors_tensors(model_dir: Path) -> list[tuple[str, tuple[int, ...], int]]:
    """(name, shape, bytes as stored) of every tensor, from the safetensors headers only."""
    out = []
    for f in sorted(model_dir.glob("*.safetensors")):
        with f.open("rb") as fh:
            (hlen,) = struct.unpack("<Q", fh.read(8))
            header = json.loads(fh.read(hlen))
        for k, v in header.items():
            if k != "__metadata__":
                shape = tuple(int(x) for x in v["shape"])
                out.append((k, shape, math.prod(shape) * _DTYPE_BYTES.get(v["dtype"], 4)))
    return out


def _model_facts(model_dir) -> tuple[dict, dict, list[tuple[str, tuple[int, ...], int]]]:
    """(config.json, `_dims`, tensors as stored) without reading a weight; a directory without
    safetensors counts float32 matrices from the config."""
    model_dir = Path(model_dir)
    cfg = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    d = _dims(cfg)
    return cfg, d, _safetensors_tensors(model_dir) or _config_tensors(cfg, d)


def _act_per_token(d: dict) -> int:
    """Bytes one token keeps live in a forward pass without gradients (one layer at a time): the
    residual, norms, q/k/v/o, MLP in/out/gates, in float32."""
    return (10 * d["hidden"] + 3 * d["ff"] + 2 * d["heads"] * d["head_dim"]) * F32


def _attention(d: dict, rows: int, q: int, k: int) -> int:
    """Materialised attention of one layer: scores, softmax and a temporary per head, plus the mask."""
    return rows * q * k * (3 * d["heads"] * F32 + F32 + 1)


def fastmath_probed(mode: str) -> bool:
    """Whether the fast-path probe also checks fastmath's differentiable tier for a `[train] fastmath`
    mode. `timmyd.train.fastmath.resolve` decides "auto" from the MLX backend (on exactly on the CPU
    backend), which the daemon never imports: here "auto" is off only on macOS (Metal), so a CPU-less
    guess errs towards the larger estimate."""
    return mode == "on" or (mode == "auto" and sys.platform != "darwin")


def estimate_eval(model_dir: str | os.PathLike, rung: EvalRung, max_seq_length: int,
                  shape: EvalShape | None = None, num_layers: int = 16, rank: int = 8, probe: bool = True,
                  probe_fastmath: bool = True) -> StageEstimate:
    """Predict the `eval` worker's peak: the candidate, then the adapter in service, one model at a time.

    Fixed: runtime, the weights as stored (`mlx_lm.load` keeps their dtype), one adapter. Then the
    largest of the passes, which run one after another: loading (one tensor twice); the fast-path
    probe unless the base cache already holds its result (`probe` False): full logits of one of the
    two shortest pairs' sequences, then their reply rows through the fast paths (fastmath's
    differentiable tier, checked when `probe_fastmath`, keeps ~9 float32 copies of them); scoring
    `forward_pairs` pairs (one layer's activations, attention over a packed chosen + rejected row,
    logits at reply rows only: the model's dtype, float32 and a logsumexp temporary); the exact KL
    (one pair's chosen reply, ~7 copies of its logits); greedy generation (prefill of `gen_prompts`
    prompts, KV cache for prompt + `max_new_tokens`). `max_seq_length` is `[train] max_seq_length`
    (evaluation encodes pairs as training does); without `shape`, the worst case for it.
    """
    cfg, d, tensors = _model_facts(model_dir)
    V, msl = d["vocab"], max_seq_length
    n_params = sum(math.prod(shape) for _, shape, _ in tensors)
    weights = sum(b for _, _, b in tensors)
    shape = shape or EvalShape(DataShape(msl, 2 * msl, msl), chosen=msl, prompt=msl, probe_seq=msl,
                               probe_reply=2 * msl, n=max(rung.forward_pairs, rung.gen_prompts, 1))
    act = _act_per_token(d)
    logit_row = V * (6 if weights >= n_params * F32 else 8)  # bytes per reply row; bf16: + a float32 copy
    S = min(msl, shape.pairs.longest)
    T = min(2 * msl, shape.pairs.pair)  # one packed row: prompt + chosen, prompt + rejected
    R = min(T, shape.pairs.pair_reply)
    B = max(1, min(rung.forward_pairs, shape.n))
    scoring = B * T * act + _attention(d, B, T, T) + B * R * logit_row
    ps, pr = min(S, shape.probe_seq), min(2 * msl, shape.probe_reply)
    fast_row = V * F32 * 9 if probe_fastmath else logit_row
    probing = max(ps * act + _attention(d, 1, ps, ps) + ps * V * F32 * 5,  # the naive pass, one sequence
                  4 * ps * act + _attention(d, 4, ps, ps) + pr * fast_row) if probe else 0  # fast paths, two pairs
    C = min(msl, shape.chosen)
    kl_seq = min(msl, shape.prompt + C)
    kl = kl_seq * act + _attention(d, 1, kl_seq, kl_seq) + C * V * F32 * 7
    G = min(rung.gen_prompts, shape.n) if rung.max_new_tokens > 0 else 0
    P = shape.prompt  # prompts are not cut for generation
    generation = 0
    if G:
        ctx = -(-(P + rung.max_new_tokens) // KV_STEP) * KV_STEP
        kv = G * ctx * d["layers"] * 2 * d["kv_heads"] * d["head_dim"] * F32
        chunk = min(P, PREFILL_STEP)
        generation = kv + G * chunk * act + _attention(d, G, chunk, P + rung.max_new_tokens) + G * V * F32 * 2
    phases = {"load": max((b for _, _, b in tensors), default=0), "probe": probing, "scoring": scoring, "kl": kl,
              "generation": generation}
    return StageEstimate("evaluation", {"runtime": RUNTIME_OVERHEAD, "weights": weights,
                                        "adapter": _lora_params(d, num_layers, rank) * F32}, phases,
                         detail=dict(params=n_params, forward_pairs=B, scoring_tokens=B * T, scoring_reply_rows=B * R,
                                     kl_rows=C, gen_prompts=G, gen_context=P + rung.max_new_tokens if G else 0,
                                     vocab=V))


def estimate_report() -> StageEstimate:
    """The `report` job as the cycle runs it: it reads the evaluations already made (`eval-*.json`) and
    draws four figures; no model is loaded, nothing is re-evaluated or generated, so it has one rung.
    (`timmyd report --data` re-evaluates first: that part is an evaluation, see `estimate_eval`.)"""
    return StageEstimate("report", {"runtime": LIGHT_RUNTIME, "plots": REPORT_PLOTS}, {})


_LORA_TARGET = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


def estimate_export(model_dir: str | os.PathLike, strategy: str, outtype: str = "q8_0", num_layers: int = 16,
                    rank: int = 8) -> StageEstimate:
    """Predict the `promote` worker's peak for one export strategy.

    "adapter": the LoRA matrices a few times over (MLX, numpy, transposed) - small. "fused": the export
    streams tensor by tensor (`gguf.export.export_fused_gguf`), so the peak is the tokenizer metadata
    plus the largest tensor's working set: as stored and as float32 (one array when stored in float32),
    the merge W + s B^T A^T (two more float32 copies) where a LoRA applies, the q/k row permutation, and
    the conversion (f32/f16: a copy in that type; q8_0: a float32 copy, the quantized blocks and their
    concatenation). There is no smaller fused rung.
    """
    cfg, d, tensors = _model_facts(model_dir)
    lora = _lora_params(d, num_layers, rank) * F32
    if strategy != "fused":
        return StageEstimate("adapter export", {"runtime": LIGHT_RUNTIME, "adapter": 3 * lora}, {})
    convert = {"f32": F32, "f16": 2, "q8_0": F32 + 2 * 34 / 32}.get(outtype, F32)

    def working(name: str, shape: tuple[int, ...], stored: int) -> int:
        n = math.prod(shape)
        w = max(stored, n * F32) + (stored if stored < n * F32 else 0)
        if len(shape) < 2:
            return w + n * F32
        if any(t in name for t in _LORA_TARGET):
            w += 2 * n * F32
        if "q_proj" in name or "k_proj" in name:
            w += n * F32
        return int(w + n * convert)

    largest = max((working(*t) for t in tensors), default=0)
    return StageEstimate("fused export", {"runtime": LIGHT_RUNTIME, "tokenizer": d["vocab"] * TOKENIZER_BYTES,
                                          "adapter": 2 * lora}, {"largest tensor": largest},
                         detail={"outtype": outtype, "tensors": len(tensors), "vocab": d["vocab"]})


def stage_preflight(rungs: list, estimator: Callable[[object], StageEstimate], mem: MemoryConfig,
                    available: int | None = None) -> tuple[list, list[dict]]:
    """`preflight` for a stage other than training: drop the rungs whose `estimator(rung)` does not
    fit; returns (rungs that fit, a record per rung). An estimate that cannot be made (an unusual
    config.json) lets the rung through: the runtime guard still watches it."""
    limit = limit_bytes(mem, available)
    fit, records = [], []
    for r in rungs:
        rec: dict = {"rung": r.to_dict() if hasattr(r, "to_dict") else r, "limit_gb": round(limit / GB, 3)}
        try:
            est = estimator(r)
        except (OSError, ValueError, KeyError, TypeError, struct.error) as e:
            rec.update(estimate_gb=None, fits=True, estimate=f"unavailable: {type(e).__name__}: {e}")
        else:
            rec.update(estimate_gb=round(est.total / GB, 3), fits=est.total <= limit, estimate=est.to_dict())
        records.append(rec)
        if rec["fits"]:
            fit.append(r)
    return fit, records


def smallest_need(records: list[dict]) -> int | None:
    """The smallest estimate among preflight records, in bytes (None when none could be made)."""
    gbs = [r["estimate_gb"] for r in records if isinstance(r.get("estimate_gb"), int | float)]
    return int(min(gbs) * GB) if gbs else None


def budget_to_fit(need: int, mem: MemoryConfig) -> float:
    """The smallest `[memory] budget_gb` (in 0.1 GB steps) that lets a worker estimated at `need` bytes
    both pass the preflight and stay under the guard's stop line (`stop_fraction` of the limit)."""
    return math.ceil(round(need / max(mem.stop_fraction, 0.05) / GB * 10, 6)) / 10


def refusal(stage: str, need: int, mem: MemoryConfig, available: int | None = None, smallest_rung: bool = True,
            also: int = 0) -> str:
    """Why a stage cannot start, naming the smallest `[memory] budget_gb` that would work. `need`: the
    stage's estimate at its smallest rung; `also`: the largest need of the cycle's other stages, so one
    raise of the budget covers them all."""
    if available is None:
        available = psutil.virtual_memory().available
    want = budget_to_fit(max(need, also), mem)
    msg = f"memory guard: {stage} needs ~{need / GB:.1f} GB" + (" at its smallest rung" if smallest_rung else "")
    machine = available - mem.reserve_gb * GB
    fixes = []
    if mem.budget_gb < want:
        fixes.append(f"[memory] budget_gb = {mem.budget_gb:g} (raise it to at least {want:.1f})")
    if machine < max(need, also) / max(mem.stop_fraction, 0.05):
        fixes.append(f"the machine can give {max(0.0, machine) / GB:.1f} GB now ({available / GB:.1f} GB available, "
                     f"[memory] reserve_gb = {mem.reserve_gb:g}): free memory or lower the reserve")
    return msg + "; " + ("; ".join(fixes) or f"the limit is {limit_bytes(mem, available) / GB:.2f} GB")


