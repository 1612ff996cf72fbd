"""MLX LoRA adapter -> GGUF LoRA adapter that llama.cpp/Ollama load; fused model -> full GGUF.

mlx-lm's `LoRALinear` computes `y = W x + scale * (x @ A) @ B` with A [in, r], B [r, out], and stores
only `scale`. llama.cpp computes `y = W x + (alpha / r) * B' (A' x)` with GGUF `lora_a` of ne [in, r]
(numpy (r, in) = A.T) and `lora_b` of ne [r, out] (numpy (out, r) = B.T), so alpha = scale * r.
For llama-family bases llama.cpp stores q/k rows permuted, so B.T's rows get the same permutation;
A (the input side) never does. Every file is written to a temp file and renamed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import gguf
import numpy as np
from loguru import logger

from timmyd.gguf import arch
from timmyd.gguf.io import GGUFFormatError, atomic_path, copy_fields, read_gguf, read_json, write_gguf

IMPORT_RECORD = "timmyd_import.json"  # written by import-base: where the base came from
TOKENIZER_GGUF = "tokenizer.gguf"  # the source GGUF's tokenizer metadata, kept by import-base
OUTTYPES = ("f32", "f16", "q8_0")
BASE_SHA_KEY, BASE_SOURCE_KEY = "timmyd.base.sha256", "timmyd.base.source"  # in adapters of imported bases
_LORA_KEY = re.compile(r"^(.+)\.lora_([ab])$")


class ExportError(ValueError):
    """An adapter or model that cannot be exported; the message names the file or tensor."""


def model_config(model_dir: str | Path) -> dict:
    return read_json(Path(model_dir) / "config.json", "the base model's config")


def _to_numpy(x) -> np.ndarray:
    import mlx.core as mx
    return np.array(x.astype(mx.float32), copy=False)


def load_adapter(adapter_dir: str | Path) -> tuple[dict[str, tuple[np.ndarray, np.ndarray]], float, int]:
    """(module path -> (A [in, r], B [r, out])) plus scale and rank, from an mlx-lm adapter dir."""
    import mlx.core as mx

    d = Path(adapter_dir)
    cfg = read_json(d / "adapter_config.json", "the adapter's config")
    kind = cfg.get("fine_tune_type", "lora")
    if kind != "lora":
        raise ExportError(f"{d / 'adapter_config.json'}: fine_tune_type {kind!r} cannot be a GGUF LoRA (only 'lora')")
    params = cfg.get("lora_parameters") or {}
    try:
        rank, scale = int(params["rank"]), float(params["scale"])
    except (KeyError, TypeError, ValueError) as e:
        raise ExportError(f"{d / 'adapter_config.json'}: lora_parameters needs rank and scale ({e})") from e
    wfile = d / "adapters.safetensors"
    if not wfile.is_file():
        raise ExportError(f"{wfile}: missing (the adapter's weights)")
    weights = mx.load(str(wfile))
    pairs: dict[str, dict[str, np.ndarray]] = {}
    for key, value in weights.items():
        m = _LORA_KEY.match(key)
        if not m:
            raise ExportError(f"{wfile}: tensor {key!r} is not a LoRA matrix (lora_a/lora_b)")
        pairs.setdefault(m.group(1), {})[m.group(2)] = _to_numpy(value)
    out = {}
    for module, ab in sorted(pairs.items()):
        if set(ab) != {"a", "b"}:
            raise ExportError(f"{wfile}: {module} has lora_{''.join(ab)} without its partner")
        a, b = ab["a"], ab["b"]
        if a.ndim != 2 or b.ndim != 2 or a.shape[1] != b.shape[0]:
            raise ExportError(f"{wfile}: {module} has shapes {a.shape} and {b.shape}; expected [in, r] and [r, out] "
                              "(mixture-of-experts LoRA is not supported)")
        if a.shape[1] != rank:
            raise ExportError(f"{wfile}: {module} has rank {a.shape[1]} but adapter_config says {rank}")
        out[module] = (a, b)
    if not out:
        raise ExportError(f"{wfile}: no LoRA tensors")
    return out, scale, rank


def _base_shapes(model_dir: Path) -> dict[str, tuple[int, ...]]:
    from safetensors import safe_open

    shapes = {}
    for f in sorted(model_dir.glob("*.safetensors")):
        with safe_open(str(f), framework="numpy") as sf:
            for k in sf.keys():
                shapes[k] = tuple(sf.get_slice(k).get_shape())
    return shapes


def _family(cfg: dict, model_dir: Path) -> arch.Family:
    if cfg.get("quantization") or cfg.get("quantization_config"):
        raise ExportError(f"{model_dir / 'config.json'}: the base is quantized; export needs a float base "
                          "(import it with `timmyd import-base`)")
    try:
        return arch.family_for_model_type(cfg.get("model_type", "?"))
    except arch.UnsupportedModelError as e:
        raise ExportError(f"{model_dir / 'config.json'}: {e}") from e


def export_adapter_gguf(model_dir: str | Path, adapter_dir: str | Path, out_path: str | Path) -> Path:
    """Write the adapter as a GGUF LoRA for the base in `model_dir`; returns the output path."""
    model_dir, out = Path(model_dir), Path(out_path)
    cfg = model_config(model_dir)
    family = _family(cfg, model_dir)
    lora, scale, rank = load_adapter(adapter_dir)
    shapes = _base_shapes(model_dir)
    writer_tensors = []
    for module, (a, b) in lora.items():
        try:
            gname = arch.lora_module_to_gguf(module, family)
        except arch.UnsupportedModelError as e:
            raise ExportError(f"{adapter_dir}: {e}") from e
        base = shapes.get(module + ".weight")
        if base is None:
            raise ExportError(f"{adapter_dir}: {module} has no base weight in {model_dir}: adapter trained on another base?")
        if base != (b.shape[1], a.shape[0]):
            raise ExportError(f"{adapter_dir}: {module} is [in {a.shape[0]}, out {b.shape[1]}] but the base weight "
                              f"in {model_dir} is {base} (out, in): adapter trained on another base?")
        lora_a = np.ascontiguousarray(a.T, dtype=np.float32)  # (r, in)  -> GGUF ne [in, r]
        lora_b = np.ascontiguousarray(b.T, dtype=np.float32)  # (out, r) -> GGUF ne [r, out]
        if family.permute_qk and (heads := arch.qk_heads(module + ".weight", cfg)):
            lora_b = arch.permute_rows(lora_b, heads)  # B's rows are the output rows llama.cpp permuted
        writer_tensors.append((gname, lora_a, lora_b))
    with atomic_path(out) as tmp:
        w = gguf.GGUFWriter(str(tmp), family.arch)
        w.add_type(gguf.GGUFType.ADAPTER)
        w.add_name(f"{model_dir.name} LoRA")
        w.add_string(gguf.Keys.Adapter.TYPE, "lora")
        w.add_float32(gguf.Keys.Adapter.LORA_ALPHA, float(scale * rank))
        rec = model_dir / IMPORT_RECORD
        if rec.is_file():  # which GGUF this adapter belongs on (llama.cpp ignores unknown keys)
            base = read_json(rec, "import record")
            w.add_string(BASE_SHA_KEY, str(base.get("sha256", "")))
            w.add_string(BASE_SOURCE_KEY, str(base.get("source", "")))
        for gname, la, lb in writer_tensors:
            stem = gname.removesuffix(".weight")
            w.add_tensor(f"{stem}.weight.lora_a", la)
            w.add_tensor(f"{stem}.weight.lora_b", lb)
        write_gguf(w)
    logger.info("exported {} LoRA pairs (rank {}, alpha {}) to {}", len(writer_tensors), rank, scale * rank, out)
    return out


def read_gguf_adapter_info(path: str | Path) -> dict:
    """What llama.cpp checks when it loads an adapter: types, arch, alpha (and its GGUF type), tensors.

    `tensors` maps names to {"ne": [...], "type": "F32"} (ne is GGUF order: reversed numpy shape).
    """
    r = read_gguf(path)
    alpha_type = r.types.get(gguf.Keys.Adapter.LORA_ALPHA)
    return {
        "general.type": r.kv.get(gguf.Keys.General.TYPE),
        "general.architecture": r.kv.get(gguf.Keys.General.ARCHITECTURE),
        "adapter.type": r.kv.get(gguf.Keys.Adapter.TYPE),
        "adapter.lora.alpha": r.kv.get(gguf.Keys.Adapter.LORA_ALPHA),
        "alpha_type": None if alpha_type is None else alpha_type[0].name,
        "base_sha256": r.kv.get(BASE_SHA_KEY),
        "tensors": {t.name: {"ne": list(t.ne), "type": t.qtype.name} for t in r.tensors},
    }


# --- fused export ----------------------------------------------------------------------------------

def load_base_weights(model_dir: Path) -> dict:
    """Name -> lazy MLX array: nothing is read until a tensor is written, so memory stays bounded."""
    import mlx.core as mx

    files = sorted(model_dir.glob("*.safetensors"))
    if not files:
        raise ExportError(f"{model_dir}: no *.safetensors weights")
    out = {}
    for f in files:
        out.update(mx.load(str(f)))
    return out


def fuse_weight(w: np.ndarray, a: np.ndarray, b: np.ndarray, scale: float) -> np.ndarray:
    """W' = W + scale * B.T @ A.T: the same merge as mlx-lm's `LoRALinear.fuse`."""
    return w + scale * (b.T @ a.T)


def _plan_dtype(shape: tuple[int, ...], outtype: str):
    """(numpy dtype, GGML raw type or None, shape as handed to the writer, bytes) of one output tensor."""
    n = int(np.prod(shape))
    if outtype == "f32" or len(shape) < 2:  # 1-D tensors stay float32, as llama.cpp's converter keeps them
        return np.float32, None, shape, 4 * n
    if outtype == "q8_0" and shape[-1] % 32 == 0:
        byte_shape = (*shape[:-1], shape[-1] // 32 * 34)
        return np.uint8, gguf.GGMLQuantizationType.Q8_0, byte_shape, int(np.prod(byte_shape))
    return np.float16, None, shape, 2 * n


def _convert(w: np.ndarray, dtype, raw) -> np.ndarray:
    if raw is not None:
        return gguf.quants.quantize(w.astype(np.float32), raw)
    return w.astype(dtype)


_FILE_TYPE = {"f32": gguf.LlamaFileType.ALL_F32, "f16": gguf.LlamaFileType.MOSTLY_F16,
              "q8_0": gguf.LlamaFileType.MOSTLY_Q8_0}


def _tokenizer_source(model_dir: Path) -> Path | None:
    """The GGUF whose tokenizer metadata this (imported) base must carry, if any."""
    kept = model_dir / TOKENIZER_GGUF
    if kept.is_file():
        return kept
    rec = model_dir / IMPORT_RECORD
    if rec.is_file():
        src = Path(read_json(rec, "import record").get("source_path", ""))
        if src.is_file():
            return src
    return None


def _add_hf_tokenizer(w: gguf.GGUFWriter, model_dir: Path, n_vocab: int) -> None:
    """Tokenizer metadata from a byte-level BPE `tokenizer.json` (our tiny models, GPT-2 style)."""
    try:
        vocab = gguf.vocab.BpeVocab(model_dir)
    except (FileNotFoundError, ValueError, KeyError) as e:
        raise ExportError(f"{model_dir}: only byte-level BPE tokenizer.json can be converted here ({e}); "
                          "import the base from its GGUF with `timmyd import-base` instead") from e
    tj = json.loads((model_dir / "tokenizer.json").read_text(encoding="utf-8"))
    control = {t["id"] for t in tj.get("added_tokens") or () if t.get("special")}
    tokens, types = [], []
    for text, _score, ttype in vocab.all_tokens():
        tokens.append(text if isinstance(text, str) else text.decode("utf-8"))
        types.append(int(gguf.TokenType.CONTROL) if len(types) in control else int(ttype))
    if len(tokens) > n_vocab:
        raise ExportError(f"{model_dir}: tokenizer has {len(tokens)} tokens but the model only {n_vocab} rows")
    for i in range(len(tokens), n_vocab):  # llama.cpp needs one token per embedding row
        tokens.append(f"[PAD{i}]")
        types.append(int(gguf.TokenType.UNUSED))
    pre = tj.get("pre_tokenizer") or {}
    if pre.get("type") == "ByteLevel" and pre.get("use_regex", True):
        pre_name = "gpt-2"
    else:
        logger.warning("{}: pre-tokenizer {} not recognised; llama.cpp will use its default split", model_dir,
                       pre.get("type"))
        pre_name = "default"
    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre(pre_name)
    w.add_token_list(tokens)
    w.add_token_types(types)
    special = gguf.SpecialVocab(model_dir, load_merges=True, n_vocab=n_vocab)
    special.add_to_gguf(w)
    if "bos" not in special.add_special_token:
        w.add_add_bos_token(_hf_adds_bos(model_dir))
    tpl = model_dir / "chat_template.jinja"
    if special.chat_template is None and tpl.is_file():
        w.add_chat_template(tpl.read_text(encoding="utf-8"))


def _hf_adds_bos(model_dir: Path) -> bool:
    """Whether the HF tokenizer puts BOS in front of plain text (llama.cpp must do the same)."""
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(model_dir))
    ids = tok("a")["input_ids"]
    return bool(ids) and tok.bos_token_id is not None and ids[0] == tok.bos_token_id


def export_fused_gguf(model_dir: str | Path, adapter_dir: str | Path | None, out_path: str | Path,
                      outtype: str = "f16") -> Path:
    """Merge the adapter (None: none) into the base and write a full-model GGUF llama.cpp can run.

    Tensors are streamed: the header is written from shapes alone, then each tensor is read, merged,
    converted and written in turn, so peak memory is about one tensor, not the model.
    """
    if outtype not in OUTTYPES:
        raise ExportError(f"outtype must be one of {', '.join(OUTTYPES)}, got {outtype!r}")
    model_dir, out = Path(model_dir), Path(out_path)
    cfg = model_config(model_dir)
    family = _family(cfg, model_dir)
    weights = load_base_weights(model_dir)
    lora, scale = ({}, 0.0) if adapter_dir is None else load_adapter(adapter_dir)[:2]
    for module in lora:
        if module + ".weight" not in weights:
            raise ExportError(f"{adapter_dir}: {module} has no base weight in {model_dir}: adapter trained on another base?")
    if cfg.get("tie_word_embeddings") and "lm_head.weight" in weights:
        weights.pop("lm_head.weight")  # llama.cpp reads the tied head from token_embd
    n_vocab = weights["model.embed_tokens.weight"].shape[0]
    plan = []
    for name in sorted(weights, key=_tensor_order):
        try:
            plan.append((name, arch.hf_to_gguf_name(name, family), _plan_dtype(tuple(weights[name].shape), outtype)))
        except arch.UnsupportedModelError as e:
            raise ExportError(f"{model_dir}: {e}") from e
    with atomic_path(out) as tmp:
        w = gguf.GGUFWriter(str(tmp), family.arch)
        w.add_type(gguf.GGUFType.MODEL)
        w.add_name(model_dir.name)
        for key, value in arch.gguf_hparams(dict(cfg, vocab_size=n_vocab), family).items():
            _add_kv(w, key, value)
        w.add_file_type(_FILE_TYPE[outtype])
        w.add_quantization_version(gguf.GGML_QUANT_VERSION)
        src = _tokenizer_source(model_dir)
        if src is not None:
            copy_fields(read_gguf(src), w, "tokenizer.")
        else:
            _add_hf_tokenizer(w, model_dir, n_vocab)
        extra = arch.extra_gguf_tensors(cfg, family)
        for gname, t in extra.items():
            w.add_tensor_info(gname, t.shape, t.dtype, t.nbytes)
        for _, gname, (dtype, raw, shape, nbytes) in plan:
            w.add_tensor_info(gname, shape, np.dtype(dtype), nbytes, raw_dtype=raw)
        w.write_header_to_file()
        w.write_kv_data_to_file()
        w.write_ti_data_to_file()
        for t in extra.values():
            w.write_tensor_data(t)
        for name, _, (dtype, raw, shape, nbytes) in plan:
            data = _to_numpy(weights.pop(name))
            module = name.removesuffix(".weight")
            if module in lora:
                data = fuse_weight(data, *lora[module], scale)
            data = _convert(arch.to_gguf(name, data, family, cfg), dtype, raw)
            assert data.nbytes == nbytes and data.shape == shape, name
            w.write_tensor_data(data)
        w.close()
    logger.info("exported fused {} model ({}) to {}", family.arch, outtype, out)
    return out


def _tensor_order(name: str):
    m = re.match(r"model\.layers\.(\d+)\.", name)
    return (1, int(m.group(1)), name) if m else (0 if "embed" in name else 2, 0, name)


def _add_kv(w: gguf.GGUFWriter, key: str, value) -> None:
    if isinstance(value, bool):
        w.add_bool(key, value)
    elif isinstance(value, int):
        w.add_uint32(key, value)
    elif isinstance(value, float):
        w.add_float32(key, value)
    elif isinstance(value, str):
        w.add_string(key, value)
    else:
        raise GGUFFormatError(f"cannot write metadata {key}={value!r}")
