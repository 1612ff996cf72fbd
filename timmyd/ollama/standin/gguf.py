"""Read GGUF headers and apply llama.cpp's LoRA-adapter load checks, without llama.cpp.

The stand-in uses this to refuse adapters exactly where a real Ollama would fail to load them
(llama.cpp src/llama-adapter.cpp, `llama_adapter_lora_init_impl`), so a promotion test catches a bad
export before a user's Ollama does. Shapes are compared in ggml order (ne[0] = columns = inputs),
which is the reverse of numpy's: base [out, in] is ne (in, out); lora_a [r, in] is ne (in, r);
lora_b [out, r] is ne (r, out).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

GGUF_MAGIC = b"GGUF"


class AdapterLoadError(ValueError):
    """llama.cpp would refuse this adapter on this base (message close to llama.cpp's own)."""


@dataclass
class GGUFInfo:
    path: Path
    kv: dict[str, object] = field(default_factory=dict)  # scalar and string keys only
    kv_types: dict[str, str] = field(default_factory=dict)  # key -> GGUF value type name
    tensors: dict[str, tuple[int, ...]] = field(default_factory=dict)  # name -> ggml ne (reversed numpy)
    tensor_types: dict[str, str] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return str(self.kv.get("general.type") or "model")

    @property
    def arch(self) -> str:
        return str(self.kv.get("general.architecture") or "")

    @property
    def n_params(self) -> int:
        n = 0
        for ne in self.tensors.values():
            c = 1
            for d in ne:
                c *= int(d)
            n += c
        return n


def is_gguf(path: str | Path) -> bool:
    with open(path, "rb") as f:
        return f.read(4) == GGUF_MAGIC


def read_gguf(path: str | Path) -> GGUFInfo:
    """Header, scalar metadata and tensor shapes of a GGUF file (tensor data stays memory-mapped)."""
    from gguf import GGUFReader, GGUFValueType

    p = Path(path)
    if not is_gguf(p):
        raise ValueError(f"{p}: not a GGUF file (bad magic)")
    reader = GGUFReader(p)
    info = GGUFInfo(path=p)
    for name, fld in reader.fields.items():
        if name.startswith("GGUF.") or not fld.types:
            continue
        vtype = fld.types[0]
        info.kv_types[name] = vtype.name
        if vtype == GGUFValueType.ARRAY:
            continue
        try:
            info.kv[name] = fld.contents()
        except (ValueError, IndexError):  # pragma: no cover - malformed field
            continue
    for t in reader.tensors:
        info.tensors[t.name] = tuple(int(d) for d in t.shape)
        info.tensor_types[t.name] = t.tensor_type.name
    return info


def check_adapter(base: GGUFInfo, adapter: GGUFInfo) -> int:
    """Raise AdapterLoadError where llama.cpp would refuse `adapter` on `base`; return #tensor pairs.

    One deliberate extra: a missing `adapter.lora.alpha` is refused. llama.cpp reads it as 0 and then
    applies the adapter at scale 1 instead of alpha/rank, which silently changes the model; the
    float32 requirement is llama.cpp's (gguf_get_val_f32 asserts the type and aborts the runner).
    """
    gtype = str(adapter.kv.get("general.type", ""))
    if gtype != "adapter":
        raise AdapterLoadError(f"expect general.type to be 'adapter', but got: {gtype}")
    if adapter.arch != base.arch:
        raise AdapterLoadError(f"model arch and LoRA arch mismatch ({base.arch!r} vs {adapter.arch!r})")
    atype = str(adapter.kv.get("adapter.type", ""))
    if atype != "lora":
        raise AdapterLoadError(f"expect adapter.type to be 'lora', but got: {atype}")
    alpha_type = adapter.kv_types.get("adapter.lora.alpha")
    if alpha_type is None:
        raise AdapterLoadError("adapter.lora.alpha is missing (llama.cpp would apply the adapter at scale 1)")
    if alpha_type != "FLOAT32":
        raise AdapterLoadError(f"adapter.lora.alpha must be FLOAT32, got {alpha_type} "
                               "(llama.cpp aborts in gguf_get_val_f32)")

    pairs: dict[str, dict[str, tuple[int, ...]]] = {}
    for name, ne in adapter.tensors.items():
        if name.endswith(".lora_a"):
            pairs.setdefault(name[: -len(".lora_a")], {})["a"] = ne
        elif name.endswith(".lora_b"):
            pairs.setdefault(name[: -len(".lora_b")], {})["b"] = ne
        elif name.endswith("_norm.weight"):
            continue  # llama.cpp skips norm vectors in adapters
        else:
            raise AdapterLoadError(f"LoRA tensor '{name}' has unexpected suffix")
    if not pairs:
        raise AdapterLoadError("adapter has no lora_a/lora_b tensors")
    for name, ab in sorted(pairs.items()):
        if "a" not in ab or "b" not in ab:
            raise AdapterLoadError(f"LoRA tensor pair for '{name}' is missing one component")
        base_ne = base.tensors.get(name)
        if base_ne is None:
            raise AdapterLoadError(f"LoRA tensor '{name}' does not exist in base model "
                                   "(hint: maybe wrong base model?)")
        a, b = _pad2(ab["a"]), _pad2(ab["b"])
        m = _pad2(base_ne)
        if name.endswith("token_embd.weight"):
            ok = m[0] == b[1] and m[1] == a[1]
        else:
            ok = m[0] == a[0] and m[1] == b[1]
        if not ok:
            raise AdapterLoadError(f"tensor '{name}' has incorrect shape (hint: maybe wrong base model?)")
        if not name.endswith("token_embd.weight") and a[1] != b[0]:
            raise AdapterLoadError("lora_a tensor is not transposed "
                                   "(hint: adapter from \"finetune\" example is no longer supported)")
    return len(pairs)


def check_model(info: GGUFInfo) -> None:
    """The least a base model GGUF needs before llama.cpp would try to load it."""
    if info.kind == "adapter":
        raise AdapterLoadError("general.type is 'adapter': a LoRA adapter cannot be loaded as a model")
    if not info.arch:
        raise AdapterLoadError("general.architecture is missing")
    if not info.tensors:
        raise AdapterLoadError("model has no tensors")


def _pad2(ne: tuple[int, ...]) -> tuple[int, int]:
    return (ne[0] if ne else 1, ne[1] if len(ne) > 1 else 1)
