"""Per-family facts that link an MLX (Hugging Face style) model to its llama.cpp GGUF form.

One table serves both directions (export and import), so a name or transform cannot be right one way
and wrong the other. The facts mirror what llama.cpp's `convert_hf_to_gguf.py` does:
- tensor names: `model.layers.N.self_attn.q_proj.weight` <-> `blk.N.attn_q.weight`, ...
- llama-family bases have the rows of q_proj/k_proj permuted (llama.cpp's rope is the interleaved
  kind, HF's is rotate-half); qwen2/qwen3 and gemma use the NeoX rope and are stored unpermuted;
- Gemma's RMSNorm multiplies by `1 + w` and llama.cpp stores `w + 1` (every `*norm.weight`);
- embeddings may be tied (no `output.weight`; llama.cpp falls back to `token_embd`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np


class UnsupportedModelError(ValueError):
    """The base model's family (or a part of it) has no GGUF mapping here."""


@dataclass(frozen=True)
class Family:
    arch: str  # llama.cpp `general.architecture`
    model_types: tuple[str, ...]  # mlx-lm / HF `model_type` values of this family
    permute_qk: bool  # q/k rows permuted in GGUF (llama.cpp's "normal" rope)
    norm_offset: float  # GGUF norm weight = HF weight + norm_offset
    sandwich_norms: bool  # gemma2/3: post_attention_norm, ffn_norm = pre_feedforward, post_ffw_norm


FAMILIES: tuple[Family, ...] = (
    Family("llama", ("llama", "mistral"), True, 0.0, False),
    Family("qwen2", ("qwen2",), False, 0.0, False),
    Family("qwen3", ("qwen3",), False, 0.0, False),
    Family("gemma", ("gemma",), False, 1.0, False),
    Family("gemma2", ("gemma2",), False, 1.0, True),
    Family("gemma3", ("gemma3_text",), False, 1.0, True),
)

SUPPORTED_MODEL_TYPES = tuple(t for f in FAMILIES for t in f.model_types)

_GLOBAL = {"model.embed_tokens": "token_embd", "model.norm": "output_norm", "lm_head": "output"}
_LAYER = {
    "self_attn.q_proj": "attn_q", "self_attn.k_proj": "attn_k", "self_attn.v_proj": "attn_v",
    "self_attn.o_proj": "attn_output", "self_attn.q_norm": "attn_q_norm", "self_attn.k_norm": "attn_k_norm",
    "input_layernorm": "attn_norm", "mlp.gate_proj": "ffn_gate", "mlp.up_proj": "ffn_up",
    "mlp.down_proj": "ffn_down",
}
_LAYER_PLAIN = {"post_attention_layernorm": "ffn_norm"}
_LAYER_SANDWICH = {"post_attention_layernorm": "post_attention_norm", "pre_feedforward_layernorm": "ffn_norm",
                   "post_feedforward_layernorm": "post_ffw_norm"}

_HF_LAYER_RE = re.compile(r"^model\.layers\.(\d+)\.(.+)\.(weight|bias)$")
_GG_LAYER_RE = re.compile(r"^blk\.(\d+)\.(.+)\.(weight|bias)$")


def family_for_model_type(model_type: str) -> Family:
    for f in FAMILIES:
        if model_type in f.model_types:
            return f
    raise UnsupportedModelError(
        f"model_type {model_type!r} is not supported for GGUF (supported: {', '.join(SUPPORTED_MODEL_TYPES)})")


def family_for_arch(arch: str) -> Family:
    for f in FAMILIES:
        if f.arch == arch:
            return f
    known = ", ".join(f.arch for f in FAMILIES)
    raise UnsupportedModelError(f"GGUF architecture {arch!r} is not supported (supported: {known})")


def _layer_table(family: Family) -> dict[str, str]:
    return {**_LAYER, **(_LAYER_SANDWICH if family.sandwich_norms else _LAYER_PLAIN)}


def hf_to_gguf_name(name: str, family: Family) -> str:
    """`model.layers.3.self_attn.q_proj.weight` -> `blk.3.attn_q.weight` (raises on unknown names)."""
    m = _HF_LAYER_RE.match(name)
    if m:
        layer, module, kind = m.groups()
        table = _layer_table(family)
        if module in table:
            return f"blk.{layer}.{table[module]}.{kind}"
    else:
        module, _, kind = name.rpartition(".")
        if module in _GLOBAL and kind in ("weight", "bias"):
            return f"{_GLOBAL[module]}.{kind}"
    raise UnsupportedModelError(f"tensor {name!r} has no llama.cpp name for the {family.arch} family")


def gguf_to_hf_name(name: str, family: Family) -> str:
    """Inverse of `hf_to_gguf_name`."""
    m = _GG_LAYER_RE.match(name)
    if m:
        layer, module, kind = m.groups()
        for hf, gg in _layer_table(family).items():
            if gg == module:
                return f"model.layers.{layer}.{hf}.{kind}"
    else:
        module, _, kind = name.rpartition(".")
        for hf, gg in _GLOBAL.items():
            if gg == module:
                return f"{hf}.{kind}"
    raise UnsupportedModelError(f"GGUF tensor {name!r} has no known meaning for the {family.arch} family")


def lora_module_to_gguf(module_path: str, family: Family) -> str:
    """An adapter's module path (`model.layers.0.self_attn.q_proj`) -> GGUF base weight name."""
    return hf_to_gguf_name(module_path + ".weight", family)


# --- transforms ------------------------------------------------------------------------------------

def permute_rows(w: np.ndarray, n_head: int) -> np.ndarray:
    """HF rotate-half row order -> llama.cpp interleaved order (llama.cpp's `LlamaModel.permute`).

    Works on anything whose first axis is the heads' output rows: weights (out, in), biases (out,),
    and a LoRA B matrix (out, r), which is why the adapter's B needs it too.
    """
    rows = w.shape[0]
    return w.reshape(n_head, 2, rows // n_head // 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def unpermute_rows(w: np.ndarray, n_head: int) -> np.ndarray:
    """Inverse of `permute_rows`."""
    rows = w.shape[0]
    return w.reshape(n_head, rows // n_head // 2, 2, *w.shape[1:]).swapaxes(1, 2).reshape(w.shape)


def qk_heads(hf_name: str, config: dict) -> int | None:
    """How many heads to permute over for a q/k projection tensor; None for other tensors."""
    if ".self_attn.q_proj." in hf_name:
        return int(config["num_attention_heads"])
    if ".self_attn.k_proj." in hf_name:
        return int(config.get("num_key_value_heads") or config["num_attention_heads"])
    return None


def is_norm(hf_name: str) -> bool:
    return hf_name.endswith("norm.weight")


def to_gguf(hf_name: str, w: np.ndarray, family: Family, config: dict) -> np.ndarray:
    """Apply llama.cpp's conversion transforms to one HF-layout tensor."""
    if family.permute_qk and (h := qk_heads(hf_name, config)):
        w = permute_rows(w, h)
    if family.norm_offset and is_norm(hf_name):
        w = w + np.asarray(family.norm_offset, dtype=w.dtype)
    return w


def from_gguf(hf_name: str, w: np.ndarray, family: Family, config: dict) -> np.ndarray:
    """Undo `to_gguf` (the importer's direction)."""
    if family.permute_qk and (h := qk_heads(hf_name, config)):
        w = unpermute_rows(w, h)
    if family.norm_offset and is_norm(hf_name):
        w = w - np.asarray(family.norm_offset, dtype=w.dtype)
    return w


# --- hyper-parameters ------------------------------------------------------------------------------

def head_dim(config: dict) -> int:
    return int(config.get("head_dim") or config["hidden_size"] // config["num_attention_heads"])


def rope_theta(config: dict, default: float = 10000.0) -> float:
    theta = config.get("rope_theta")
    if theta is None:
        theta = (config.get("rope_parameters") or {}).get("rope_theta", default)
    return float(theta)


def rope_scaling(config: dict) -> dict:
    """The config's rope scaling ({} for none), from `rope_scaling` or transformers 5's `rope_parameters`."""
    scaling = dict(config.get("rope_scaling") or {})
    if not scaling:
        params = config.get("rope_parameters") or {}
        if params.get("rope_type", "default") != "default":
            scaling = dict(params)
    if scaling and "rope_type" not in scaling and "type" in scaling:
        scaling["rope_type"] = scaling["type"]
    return scaling


def llama3_rope_factors(hd: int, theta: float, factor: float, low: float = 1.0, high: float = 4.0,
                        orig: int = 8192) -> np.ndarray:
    """The `rope_freqs.weight` llama.cpp's converter writes for llama-3.1-style rope scaling."""
    freqs = 1.0 / (theta ** (np.arange(0, hd, 2, dtype=np.float64) / hd))
    wavelen = 2 * np.pi / freqs
    smooth = (orig / wavelen - low) / (high - low)
    mid = 1.0 / ((1 - smooth) / factor + smooth)
    out = np.where(wavelen < orig / high, 1.0, np.where(wavelen > orig / low, factor, mid))
    return out.astype(np.float32)


def llama3_scaling_from_factors(factors: np.ndarray, hd: int, theta: float) -> dict | None:
    """Recover llama3 rope_scaling from a GGUF's `rope_freqs`: the factor is its maximum; the other
    three parameters are tried among the values Meta's models use, and must reproduce it exactly."""
    factor = float(factors.max())
    for orig in (8192, 4096, 2048, 16384, 32768):
        for low, high in ((1.0, 4.0), (1.0, 2.0), (1.0, 8.0)):
            if np.allclose(llama3_rope_factors(hd, theta, factor, low, high, orig), factors, rtol=1e-5, atol=1e-6):
                return {"rope_type": "llama3", "factor": factor, "low_freq_factor": low, "high_freq_factor": high,
                        "original_max_position_embeddings": orig}
    return None


def extra_gguf_tensors(config: dict, family: Family) -> dict[str, np.ndarray]:
    """Tensors llama.cpp wants that are not model weights (llama3 rope factors)."""
    scaling = rope_scaling(config)
    if family.arch == "llama" and scaling.get("rope_type") == "llama3":
        return {"rope_freqs.weight": llama3_rope_factors(
            head_dim(config), rope_theta(config), float(scaling["factor"]), float(scaling.get("low_freq_factor", 1.0)),
            float(scaling.get("high_freq_factor", 4.0)), int(scaling.get("original_max_position_embeddings", 8192)))}
    return {}


def gguf_hparams(config: dict, family: Family) -> dict[str, object]:
    """The `{arch}.*` keys llama.cpp reads for this model, from its HF config (fused export)."""
    a = family.arch
    hd = head_dim(config)
    kv = {
        f"{a}.context_length": int(config.get("max_position_embeddings") or 4096),
        f"{a}.embedding_length": int(config["hidden_size"]),
        f"{a}.block_count": int(config["num_hidden_layers"]),
        f"{a}.feed_forward_length": int(config["intermediate_size"]),
        f"{a}.attention.head_count": int(config["num_attention_heads"]),
        f"{a}.attention.head_count_kv": int(config.get("num_key_value_heads") or config["num_attention_heads"]),
        f"{a}.attention.layer_norm_rms_epsilon": float(config.get("rms_norm_eps", 1e-6)),
        f"{a}.rope.freq_base": rope_theta(config, 1e6 if a == "gemma3" else 10000.0),
        f"{a}.attention.key_length": hd,
        f"{a}.attention.value_length": hd,
        f"{a}.vocab_size": int(config["vocab_size"]),
    }
    if a == "llama":
        kv[f"{a}.rope.dimension_count"] = hd
    if family.arch in ("gemma2", "gemma3"):
        kv[f"{a}.attention.sliding_window"] = int(config.get("sliding_window") or 4096)
    if a == "gemma2":
        kv[f"{a}.attn_logit_softcapping"] = float(config.get("attn_logit_softcapping") or 50.0)
        kv[f"{a}.final_logit_softcapping"] = float(config.get("final_logit_softcapping") or 30.0)
    scaling = rope_scaling(config)
    if scaling.get("rope_type") == "linear":
        kv[f"{a}.rope.scaling.type"] = "linear"
        kv[f"{a}.rope.scaling.factor"] = float(scaling["factor"])
    elif scaling and not (a == "llama" and scaling.get("rope_type") == "llama3"):  # llama3: rope_freqs tensor
        raise UnsupportedModelError(f"rope_scaling {scaling!r} is not supported for GGUF export")
    return kv


_HF_ARCHS = {"llama": "LlamaForCausalLM", "mistral": "MistralForCausalLM", "qwen2": "Qwen2ForCausalLM",
             "qwen3": "Qwen3ForCausalLM", "gemma": "GemmaForCausalLM", "gemma2": "Gemma2ForCausalLM",
             "gemma3_text": "Gemma3ForCausalLM"}


def config_from_gguf(kv: dict, tensor_names: set[str], rope_freqs: np.ndarray | None = None) -> dict:
    """An HF/mlx-lm `config.json` from GGUF metadata (the importer's direction)."""
    arch = kv["general.architecture"]
    family = family_for_arch(arch)
    if "rope_freqs.weight" in tensor_names and (arch != "llama" or rope_freqs is None):
        raise UnsupportedModelError(f"this {arch} GGUF carries rope_freqs, which the importer does not map")

    def get(key, default=None):
        return kv.get(f"{arch}.{key}", default)

    heads = int(get("attention.head_count"))
    hidden = int(get("embedding_length"))
    model_type = family.model_types[0]
    cfg: dict = {
        "model_type": model_type, "architectures": [_HF_ARCHS[model_type]],
        "hidden_size": hidden, "num_hidden_layers": int(get("block_count")),
        "intermediate_size": int(get("feed_forward_length")), "num_attention_heads": heads,
        "num_key_value_heads": int(get("attention.head_count_kv", heads)),
        "head_dim": int(get("attention.key_length", hidden // heads)),
        "rms_norm_eps": float(f'{get("attention.layer_norm_rms_epsilon", 1e-6):.6g}'),  # float32 -> 1e-06
        "rope_theta": float(get("rope.freq_base", 1e6 if arch == "gemma3" else 10000.0)),
        "max_position_embeddings": int(get("context_length", 4096)),
        "vocab_size": int(get("vocab_size", 0) or len(kv.get("tokenizer.ggml.tokens", ()))),
        "tie_word_embeddings": "output.weight" not in tensor_names,
        "torch_dtype": "float32",
    }
    if arch == "qwen2":
        cfg["rope_traditional"] = False
    if arch in ("gemma2", "gemma3"):
        cfg["sliding_window"] = int(get("attention.sliding_window", 4096))
        cfg["query_pre_attn_scalar"] = cfg["head_dim"]  # llama.cpp scales queries by 1/sqrt(head_dim)
    if arch == "gemma2":
        cfg["attn_logit_softcapping"] = float(get("attn_logit_softcapping", 50.0))
        cfg["final_logit_softcapping"] = float(get("final_logit_softcapping", 30.0))
    if arch == "gemma3":
        cfg["rope_local_base_freq"] = 10000.0  # llama.cpp hard-codes both of these for gemma3
        cfg["sliding_window_pattern"] = 6
    if get("rope.scaling.type") == "linear":
        cfg["rope_scaling"] = {"rope_type": "linear", "factor": float(get("rope.scaling.factor"))}
    if rope_freqs is not None:
        scaling = llama3_scaling_from_factors(np.asarray(rope_freqs, np.float64), cfg["head_dim"], cfg["rope_theta"])
        if scaling is None:
            raise UnsupportedModelError("rope_freqs in this GGUF matches no llama3 rope scaling the importer knows")
        cfg["rope_scaling"] = scaling
    for key, name in (("bos_token_id", "bos_token_id"), ("eos_token_id", "eos_token_id"),
                      ("padding_token_id", "pad_token_id")):
        if f"tokenizer.ggml.{key}" in kv:
            cfg[name] = int(kv[f"tokenizer.ggml.{key}"])
    return cfg
