"""The training estimate and its ladder: predict a training worker's peak before it starts.

`estimate()` reads only the model's `config.json` and safetensors headers (no weights): float32
weights, LoRA parameters + gradients + Adam moments, activations kept for the backward pass for the
pairs in one forward pass (chosen and rejected in one batch), logits only at response positions, and
the DPO reference pass (run without gradients before training, so it is a max, not a sum).
`ladder()` lists progressively leaner settings (fewer pairs per forward pass, gradient checkpointing,
shorter sequences, SimPO instead of DPO); `preflight()` keeps the rungs under `memory.limit_bytes()`.
"""


from __future__ import annotations

import json
import math
import os
import struct
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from timmyd.config import MemoryConfig
from timmyd.service.memory import GB, MB, limit_bytes

F32 = 4
RUNTIME_OVERHEAD = 350 * MB  # python + mlx + transformers + tokenizer: a tiny-model worker peaks at ~175 MB RSS
MIN_SEQ = 128  # the ladder never cuts sequences below this many tokens


@dataclass(frozen=True)
class Rung:
    """One set of training settings the ladder can try; `step` says what changed from the one before.

    `forward_pairs` is how many pairs go through the model at once (the trainer's micro-batch): that,
    not the optimizer's `batch_size`, sets activation memory. Gradients accumulate up to `batch_size`,
    so stepping `forward_pairs` down changes memory and speed, never the maths."""

    method: str
    batch_size: int
    max_seq_length: int
    grad_checkpoint: bool
    forward_pairs: int = 0  # 0 = the whole batch in one forward
    step: str = "configured"

    def __post_init__(self) -> None:
        fp = self.forward_pairs
        object.__setattr__(self, "forward_pairs", self.batch_size if fp <= 0 or fp > self.batch_size else fp)

    def overrides(self) -> dict:
        """The training options this rung sets (`jobs.train_job` keywords, `timmyd train` flags)."""
        return {"method": self.method, "batch_size": self.batch_size, "micro_batch_size": self.forward_pairs,
                "max_seq_length": self.max_seq_length, "grad_checkpoint": self.grad_checkpoint}

    def args(self) -> list[str]:
        """The same as `timmyd train` flags (for running a rung by hand)."""
        o = self.overrides()
        out = ["--method", o["method"], "--batch-size", str(o["batch_size"]),
               "--micro-batch-size", str(o["micro_batch_size"]), "--max-seq-length", str(o["max_seq_length"])]
        if o["grad_checkpoint"]:
            out.append("--grad-checkpoint")
        return out

    def to_dict(self) -> dict:
        return asdict(self)


def ladder(method: str, batch_size: int, max_seq_length: int, grad_checkpoint: bool,
           forward_pairs: int = 0, allow_simpo: bool = True) -> list[Rung]:
    """Configured settings first, then: halve the pairs per forward pass down to 1 (gradient
    accumulation keeps the batch), turn on gradient checkpointing, halve the sequence length down to
    MIN_SEQ, and finally (DPO only) switch to SimPO (no reference pass)."""
    r = Rung(method, batch_size, max_seq_length, grad_checkpoint, forward_pairs)
    out = [r]
    while r.forward_pairs > 1:
        new = r.forward_pairs // 2
        r = replace(r, forward_pairs=new, step=f"pairs per forward pass {r.forward_pairs} -> {new} "
                                               f"(gradients accumulate to batch {r.batch_size})")
        out.append(r)
    if not r.grad_checkpoint:
        r = replace(r, grad_checkpoint=True, step="gradient checkpointing on")
        out.append(r)
    while r.max_seq_length > MIN_SEQ:
        new = max(MIN_SEQ, r.max_seq_length // 2)
        r = replace(r, max_seq_length=new, step=f"max sequence length {r.max_seq_length} -> {new}")
        out.append(r)
    if allow_simpo and r.method == "dpo":
        out.append(replace(r, method="simpo", step="SimPO instead of DPO (no reference pass)"))
    return out


# --- preflight estimate ----------------------------------------------------------------------------

_DTYPE_BYTES = {"F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1, "U8": 1,
                "U32": 4, "BOOL": 1}


def _safetensors_params(model_dir: Path) -> tuple[int, int]:
    """(parameter count, bytes on disk) from the safetensors headers only; quantized tensors count
    their packed elements, which under-counts params but the bytes stay right."""
    n = size = 0
    for f in sorted(model_dir.glob("*.safetensors")):
        with f.open("rb") as fh:
            (hlen,) = struct.unpack("<Q", fh.read(8))
            header = json.loads(fh.read(hlen))
        for k, v in header.items():
            if k == "__metadata__":
                continue
            count = 1
            for d in v["shape"]:
                count *= d
            n += count
            size += count * _DTYPE_BYTES.get(v["dtype"], 4)
    return n, size


def _dims(cfg: dict) -> dict:
    """The few model dimensions the estimate needs, with the usual HF config names and fallbacks."""
    c = cfg.get("text_config", cfg)
    h = int(c["hidden_size"])
    heads = int(c.get("num_attention_heads", max(1, h // 64)))
    head_dim = int(c.get("head_dim") or h // heads)
    return dict(hidden=h, layers=int(c["num_hidden_layers"]), ff=int(c.get("intermediate_size", 4 * h)),
                heads=heads, kv_heads=int(c.get("num_key_value_heads", heads)), head_dim=head_dim,
                vocab=int(c["vocab_size"]))


def _config_tensors(cfg: dict, d: dict) -> list[tuple[str, tuple[int, ...], int]]:
    """(name, shape, float32 bytes) of the weight matrices the config implies (norms left out): for a
    model directory without safetensors."""
    h, ff, v, qd, kvd = d["hidden"], d["ff"], d["vocab"], d["heads"] * d["head_dim"], d["kv_heads"] * d["head_dim"]
    tied = cfg.get("tie_word_embeddings", cfg.get("text_config", {}).get("tie_word_embeddings", False))
    out = [("model.embed_tokens.weight", (v, h))] + ([] if tied else [("lm_head.weight", (v, h))])
    for i in range(d["layers"]):
        pre = f"model.layers.{i}."
        out += [(pre + "self_attn.q_proj.weight", (qd, h)), (pre + "self_attn.k_proj.weight", (kvd, h)),
                (pre + "self_attn.v_proj.weight", (kvd, h)), (pre + "self_attn.o_proj.weight", (h, qd)),
                (pre + "mlp.gate_proj.weight", (ff, h)), (pre + "mlp.up_proj.weight", (ff, h)),
                (pre + "mlp.down_proj.weight", (h, ff))]
    return [(n, shape, math.prod(shape) * F32) for n, shape in out]


def _lora_params(d: dict, num_layers: int, rank: int) -> int:
    """LoRA parameters (A and B) on q, k, v, o, gate, up, down of the last `num_layers` layers."""
    L = d["layers"] if num_layers < 0 else min(num_layers, d["layers"])
    h, ff, qd, kvd = d["hidden"], d["ff"], d["heads"] * d["head_dim"], d["kv_heads"] * d["head_dim"]
    return L * rank * ((h + qd) + 2 * (h + kvd) + (qd + h) + 2 * (h + ff) + (ff + h))


@dataclass
class Estimate:
    """Bytes per component; `total` is what is compared with the limit."""

    weights: int
    lora_and_optimizer: int
    activations: int
    logits: int
    reference_pass: int
    runtime: int
    total: int = 0
    detail: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        train = self.activations + self.logits
        # the reference pass runs before training (no gradients), so the peak is the larger of the two
        self.total = (self.weights + self.lora_and_optimizer + max(train, self.reference_pass) + self.runtime)

    def to_dict(self) -> dict:
        d = {k: round(v / GB, 3) for k, v in asdict(self).items() if isinstance(v, int)}
        d["detail"] = self.detail
        return d


@dataclass(frozen=True)
class DataShape:
    """Token sizes of the training data that drive activation memory (estimated, not tokenized: the
    daemon never loads a tokenizer). `longest`: the longest single sequence (prompt + reply);
    `pair`: the largest chosen + rejected sequence total of one pair; `pair_reply`: the largest
    chosen + rejected reply total of one pair (where logits are computed)."""

    longest: int
    pair: int
    pair_reply: int

    def to_dict(self) -> dict:
        return asdict(self)


CHARS_PER_TOKEN = 3  # BPE on English/code gives 3-4; erring short keeps the estimate conservative


def _pair_tokens(p) -> tuple[int, int, int]:
    """(prompt, chosen, rejected) tokens of one `Pair` at CHARS_PER_TOKEN, plus a little chat-template
    overhead per message and the end-of-turn token of each reply."""
    prompt = sum(len(m.content) + 12 for m in p.prompt) // CHARS_PER_TOKEN
    return prompt, len(p.chosen) // CHARS_PER_TOKEN + 2, len(p.rejected) // CHARS_PER_TOKEN + 2


def shape_of(pairs) -> DataShape:
    """DataShape from `Pair`s at CHARS_PER_TOKEN, plus a little chat-template overhead per message."""
    longest = pair = reply = 1
    for p in pairs:
        prompt, c, r = _pair_tokens(p)
        longest = max(longest, prompt + max(c, r))
        pair = max(pair, 2 * prompt + c + r)
        reply = max(reply, c + r)
    return DataShape(longest, pair, reply)


def estimate(model_dir: str | os.PathLike, rung: Rung, num_layers: int = 16, rank: int = 8,
             shape: DataShape | None = None, candidates: int = 1) -> Estimate:
    """Predict the worker's peak memory for one rung.

    Without a `shape`, the worst case for the rung's `max_seq_length` L: every sequence L tokens long,
    half of it reply. A forward pass holds `forward_pairs` pairs (2 x forward_pairs sequences, packed
    without padding, so tokens add up per pair rather than pairs x longest).
    """
    model_dir = Path(model_dir)
    cfg = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    d = _dims(cfg)
    n_params, _ = _safetensors_params(model_dir)
    if n_params == 0:  # no safetensors (unusual): count from the config
        n_params = sum(math.prod(shape) for _, shape, _ in _config_tensors(cfg, d))
    weights = n_params * F32  # timmyd trains in float32 (MLX CPU); quantized inputs are dequantized

    L = d["layers"] if num_layers < 0 else min(num_layers, d["layers"])
    h, ff, qd = d["hidden"], d["ff"], d["heads"] * d["head_dim"]
    # weights, gradients, Adam m and v; a learning-rate search (timmyd.train.search) keeps, per candidate, its
    # weights, Adam m and v and its best checkpoint, plus the shared gradient and the initial weights
    copies = 4 if candidates <= 1 else 2 + 4 * candidates
    lora = _lora_params(d, num_layers, rank) * F32 * copies

    msl = rung.max_seq_length
    shape = shape or DataShape(msl, 2 * msl, msl)
    S = min(msl, shape.longest)  # attention span
    pair_tok = min(2 * msl, shape.pair)
    tok = rung.forward_pairs * pair_tok
    resp = rung.forward_pairs * min(pair_tok, shape.pair_reply)
    # saved for backward per token and layer: norms, q/k/v/o, MLP in/out/gates (~10 h + 3 ff) floats,
    # plus the attention probabilities (heads x S per token) when attention is materialised.
    layer_act = tok * (10 * h + 3 * ff + 2 * qd + 2 * d["heads"] * S) * F32
    n_layers = d["layers"]
    if rung.grad_checkpoint:
        activations = n_layers * tok * h * F32 + layer_act  # layer inputs + one layer recomputed
    else:
        activations = n_layers * layer_act
    logits = resp * d["vocab"] * F32 * 3  # logits, log-softmax, their gradient: reply rows only
    reference = 0
    if rung.method == "dpo":  # no gradients: one layer's activations live at a time, plus logits
        reference = layer_act + resp * d["vocab"] * F32 * 2
    return Estimate(weights, lora, activations, logits, reference, RUNTIME_OVERHEAD,
                    detail=dict(params=n_params, tokens_per_batch=tok, reply_tokens_per_batch=resp,
                                attention_span=S, lora_layers=L, **d))


def preflight(model_dir, rungs: list[Rung], mem: MemoryConfig, num_layers: int, rank: int,
              shape: DataShape | None = None, available: int | None = None,
              candidates: int = 1) -> tuple[list[Rung], list[dict]]:
    """Drop the rungs whose estimate does not fit; returns (rungs that fit, a record per rung)."""
    limit = limit_bytes(mem, available)
    fit, records = [], []
    for r in rungs:
        try:
            est = estimate(model_dir, r, num_layers, rank, shape, candidates)
        except (OSError, ValueError, KeyError, TypeError, struct.error) as e:
            # an unusual config.json must not block training: the runtime guard still watches it
            records.append({"rung": r.to_dict(), "estimate_gb": None, "limit_gb": round(limit / GB, 3),
                            "fits": True, "estimate": f"unavailable: {type(e).__name__}: {e}"})
            fit.append(r)
            continue
        ok = est.total <= limit
        records.append({"rung": r.to_dict(), "estimate_gb": round(est.total / GB, 3),
                        "limit_gb": round(limit / GB, 3), "fits": ok, "estimate": est.to_dict()})
        if ok:
            fit.append(r)
    return fit, records


