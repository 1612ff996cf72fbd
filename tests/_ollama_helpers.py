"""Tiny GGUF files (a base model and LoRA adapters, good or broken on purpose) for the Ollama tests."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from gguf import GGUFWriter

# numpy shapes [out, in], as GGUFWriter takes them (ggml ne is the reverse)
BASE_TENSORS = {
    "token_embd.weight": (32, 16),
    "blk.0.attn_q.weight": (16, 16),
    "blk.0.attn_k.weight": (8, 16),
    "blk.0.ffn_down.weight": (16, 24),
    "blk.0.attn_norm.weight": (16,),
    "output_norm.weight": (16,),
}


def write_gguf(path: Path, arch: str, kv: dict, tensors: dict[str, np.ndarray]) -> Path:
    w = GGUFWriter(str(path), arch)
    for key, (kind, val) in kv.items():
        getattr(w, f"add_{kind}")(key, val)
    for name, arr in tensors.items():
        w.add_tensor(name, arr)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


def base_gguf(path: Path, arch: str = "llama", seed: int = 0) -> Path:
    rng = np.random.default_rng(seed)
    tensors = {k: rng.normal(0, 1, s).astype(np.float32) for k, s in BASE_TENSORS.items()}
    return write_gguf(path, arch, {"llama.block_count": ("uint32", 1)}, tensors)


def adapter_gguf(path: Path, arch: str = "llama", rank: int = 2, alpha=("float32", 4.0),
                 gtype: str = "adapter", atype: str = "lora", targets=("blk.0.attn_q.weight", "blk.0.ffn_down.weight"),
                 shapes: dict | None = None, extra: dict | None = None, seed: int = 1) -> Path:
    """A LoRA GGUF like llama.cpp's convert_lora_to_gguf writes: lora_a [r, in], lora_b [out, r]."""
    rng = np.random.default_rng(seed)
    kv = {"general.type": ("string", gtype), "adapter.type": ("string", atype)}
    if alpha is not None:
        kv["adapter.lora.alpha"] = alpha
    tensors = {}
    for t in targets:
        out, inp = BASE_TENSORS.get(t, (16, 16))
        a_shape, b_shape = (shapes or {}).get(t, ((rank, inp), (out, rank)))
        if a_shape is not None:
            tensors[f"{t}.lora_a"] = rng.normal(0, 0.1, a_shape).astype(np.float32)
        if b_shape is not None:
            tensors[f"{t}.lora_b"] = rng.normal(0, 0.1, b_shape).astype(np.float32)
    tensors.update(extra or {})
    return write_gguf(path, arch, kv, tensors)


def fake_adapter_dir(path: Path) -> Path:
    """An adapter directory as the trainer leaves it (the fake exporter below ignores its weights)."""
    path.mkdir(parents=True, exist_ok=True)
    (path / "adapter_config.json").write_text(json.dumps(
        {"fine_tune_type": "lora", "num_layers": 1, "lora_parameters": {"rank": 2, "scale": 2.0, "dropout": 0.0}}))
    (path / "adapters.safetensors").write_bytes(b"")
    return path


class FakeExporter:
    """Stands in for timmyd.gguf.export with the same two functions; `adapter_kw` can break the adapter."""

    def __init__(self, arch: str = "llama", seed: int = 7, **adapter_kw):
        self.arch, self.seed, self.adapter_kw = arch, seed, adapter_kw
        self.calls: list[tuple[str, str]] = []

    def export_adapter_gguf(self, model_dir, adapter_dir, out_path) -> Path:
        self.calls.append(("adapter", str(adapter_dir)))
        kw = {"arch": self.arch, "seed": self.seed, **self.adapter_kw}
        return adapter_gguf(Path(out_path), **kw)

    def export_fused_gguf(self, model_dir, adapter_dir, out_path, outtype="f16") -> Path:
        self.calls.append(("fused:" + outtype, str(adapter_dir)))
        # a different seed per adapter dir -> a different fused model, as merging would give
        return base_gguf(Path(out_path), arch=self.arch, seed=self.seed + len(str(adapter_dir)))
