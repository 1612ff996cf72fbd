"""Tiny random models of each GGUF family and random LoRA adapters, for the export/import tests."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np

BASE = dict(hidden_size=64, num_hidden_layers=2, intermediate_size=128, num_attention_heads=4,
            max_position_embeddings=4096)

FAMILY_CONFIGS = {
    "llama": dict(BASE, model_type="llama", num_key_value_heads=2, rms_norm_eps=1e-5, rope_theta=10000.0,
                  tie_word_embeddings=False),
    "qwen2": dict(BASE, model_type="qwen2", num_key_value_heads=2, rms_norm_eps=1e-6, rope_theta=1e6,
                  tie_word_embeddings=False),
    "qwen3": dict(BASE, model_type="qwen3", num_key_value_heads=2, head_dim=32, rms_norm_eps=1e-6,
                  rope_theta=1e6, tie_word_embeddings=True),
    "gemma": dict(BASE, model_type="gemma", num_key_value_heads=1, head_dim=16, rms_norm_eps=1e-6,
                  rope_theta=10000.0),
    "gemma2": dict(BASE, model_type="gemma2", num_key_value_heads=2, head_dim=16, rms_norm_eps=1e-6,
                   rope_theta=10000.0, query_pre_attn_scalar=16, sliding_window=4096),  # mlx-lm's gemma2 has no SWA
    # six layers: llama.cpp hard-codes gemma3's 5-local-1-global pattern, and mlx-lm needs a full period
    "gemma3_text": dict(BASE, model_type="gemma3_text", num_hidden_layers=6, num_key_value_heads=1, head_dim=32, rms_norm_eps=1e-6,
                        rope_theta=1e6, rope_local_base_freq=10000.0, query_pre_attn_scalar=32,
                        sliding_window=16, sliding_window_pattern=6, tie_word_embeddings=True),
}


def build_family_model(out: Path, model_type: str, tokenizer_dir: Path, seed: int = 0) -> Path:
    """Random weights for `model_type` (norms random too, so offsets show), tokenizer copied in."""
    import importlib

    import mlx.core as mx
    from mlx.utils import tree_flatten

    out.mkdir(parents=True, exist_ok=True)
    for f in tokenizer_dir.iterdir():
        if f.name.startswith("tokenizer") or f.name in ("special_tokens_map.json", "chat_template.jinja"):
            shutil.copy(f, out / f.name)
    vocab = json.loads((tokenizer_dir / "config.json").read_text())["vocab_size"]
    cfg = dict(FAMILY_CONFIGS[model_type], vocab_size=vocab)
    mod = importlib.import_module(f"mlx_lm.models.{model_type}")
    mx.random.seed(seed)
    model = mod.Model(mod.ModelArgs.from_dict(cfg))
    rng = np.random.default_rng(seed)
    params = {}
    for k, v in tree_flatten(model.parameters()):
        if k == "lm_head.weight" and cfg.get("tie_word_embeddings", True) and model_type != "llama":
            continue
        scale = 0.3 if v.ndim > 1 else 0.2
        params[k] = mx.array(rng.normal(0, scale, v.shape).astype(np.float32))
    mx.save_safetensors(str(out / "model.safetensors"), params, metadata={"format": "mlx"})
    (out / "config.json").write_text(json.dumps(cfg, indent=2))
    return out


def make_random_adapter(model_dir: Path, out: Path, rank: int = 4, scale: float = 2.0, seed: int = 1,
                        keys: list[str] | None = None, std: float = 0.1) -> Path:
    """An mlx-lm adapter (LoRA on every linear of every layer) with random A and B."""
    import mlx.core as mx
    from mlx.utils import tree_flatten
    from mlx_lm import load
    from mlx_lm.tuner.utils import linear_to_lora_layers

    model, _ = load(str(model_dir))
    params = {"rank": rank, "scale": scale, "dropout": 0.0}
    if keys:
        params["keys"] = keys
    model.freeze()
    linear_to_lora_layers(model, -1, params)
    rng = np.random.default_rng(seed)
    weights = {}
    for k, v in tree_flatten(model.trainable_parameters()):
        weights[k] = mx.array(rng.normal(0, std, v.shape).astype(np.float32))
    out.mkdir(parents=True, exist_ok=True)
    mx.save_safetensors(str(out / "adapters.safetensors"), weights)
    cfg = {"fine_tune_type": "lora", "num_layers": -1, "lora_parameters": params}
    (out / "adapter_config.json").write_text(json.dumps(cfg))
    return out
