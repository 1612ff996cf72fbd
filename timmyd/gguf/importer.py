"""GGUF file -> MLX model directory that `mlx_lm.load` loads.

Owners keep their base in Ollama, and a LoRA trained on a different copy of the base is quietly wrong,
so we train on exactly the weights Ollama serves: dequantize every tensor to float32, undo what
llama.cpp's converter did (names, llama q/k row permutation, Gemma's norm +1; see `gguf_arch`), and
rebuild the tokenizer from the GGUF's own metadata. The source path and sha256 are recorded in the
output (`timmyd_import.json`) and its tokenizer metadata kept (`tokenizer.gguf`), so a later export
writes a GGUF for the very same base.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import shutil
import tempfile
from pathlib import Path

import gguf
import numpy as np
from loguru import logger

from timmyd.gguf import arch
from timmyd.gguf.export import IMPORT_RECORD, TOKENIZER_GGUF
from timmyd.gguf.io import (
    GGUFFile,
    GGUFFormatError,
    copy_fields,
    dequantize_tensor,
    read_gguf,
    sha256_file,
    write_gguf,
)

SHARD_BYTES = 2 << 30  # float32 safetensors shards of about 2 GiB keep peak memory bounded
NON_WEIGHTS = ("rope_freqs.weight",)  # GGUF tensors that are configuration, not weights

# Gemma's turn format (no system role: a system message is folded into the first user turn).
GEMMA_CHAT_TEMPLATE = (
    "{{ bos_token }}"
    "{%- if messages and messages[0]['role'] == 'system' -%}"
    "{%- set first_prefix = messages[0]['content'] + '\n\n' -%}{%- set loop_messages = messages[1:] -%}"
    "{%- else -%}{%- set first_prefix = '' -%}{%- set loop_messages = messages -%}{%- endif -%}"
    "{%- for message in loop_messages -%}"
    "{%- set role = 'model' if message['role'] == 'assistant' else message['role'] -%}"
    "{{ '<start_of_turn>' + role + '\n' + (first_prefix if loop.first else '') + (message['content'] | trim)"
    " + '<end_of_turn>\n' }}"
    "{%- endfor -%}"
    "{%- if add_generation_prompt -%}{{ '<start_of_turn>model\n' }}{%- endif -%}"
)


class BaseImportError(ValueError):
    """A source that cannot be imported; the message names the file, model or key."""


# --- tokenizer -------------------------------------------------------------------------------------

def _gguf_tokenizer_fields(reader: GGUFFile) -> tuple[dict, dict]:
    """transformers' `get_gguf_tokenizer`, minus its torch import: metadata grouped the way
    `convert_gguf_tokenizer` wants it."""
    from transformers.integrations.gguf.gguf_tokenizer_mapping import GGUF_TOKENIZER_MAPPING

    meta = {k: v for k, v in reader.kv.items() if k.startswith("tokenizer.")}
    grouped = {group: {name: meta[f"tokenizer.{key}"] for key, name in renames.items() if f"tokenizer.{key}" in meta}
               for group, renames in GGUF_TOKENIZER_MAPPING.items()}
    tok, tok_config = grouped["tokenizer"], grouped["tokenizer_config"]
    if "tokens" not in tok:
        raise GGUFFormatError("no tokenizer.ggml.tokens in the file")
    if tok.get("tokenizer_type") == "llama":
        tok_config.setdefault("add_bos_token", True)  # llama.cpp's default for sentencepiece vocabularies
    for name, key in (("bos_token", "bos_token_id"), ("eos_token", "eos_token_id"),
                      ("unk_token", "unknown_token_id"), ("pad_token", "padding_token_id")):
        token_id = meta.get(f"tokenizer.ggml.{key}")
        tok_config[name] = tok["tokens"][token_id] if token_id is not None else None
    return tok, tok_config


def build_tokenizer(reader: GGUFFile, gguf_path: Path, out: Path, family: arch.Family, kv: dict) -> dict:
    """Write a transformers fast tokenizer rebuilt from the GGUF metadata; returns extra config."""
    from transformers import PreTrainedTokenizerFast
    from transformers.integrations.gguf.gguf_tokenizer_mapping import convert_gguf_tokenizer

    try:
        tok_dict, tok_config = _gguf_tokenizer_fields(reader)
        backend, extra = convert_gguf_tokenizer(family.arch, tok_dict)
    except Exception as e:  # transformers raises many kinds here
        raise BaseImportError(f"{gguf_path}: cannot rebuild the tokenizer from its metadata ({e})") from e
    kwargs = {k: v for k, v in {**tok_config, **extra}.items() if v is not None and k != "chat_template"}
    tok = PreTrainedTokenizerFast(tokenizer_object=backend, **kwargs)
    template = kv.get("tokenizer.chat_template")
    if not template and family.arch.startswith("gemma"):
        template = GEMMA_CHAT_TEMPLATE
    if template:
        tok.chat_template = template
    tok.save_pretrained(str(out))
    cfg_extra = {}
    end_turn = tok.convert_tokens_to_ids("<end_of_turn>") if family.arch.startswith("gemma") else None
    eos = kv.get("tokenizer.ggml.eos_token_id")
    if end_turn is not None and end_turn != tok.unk_token_id and eos is not None and end_turn != eos:
        cfg_extra["eos_token_id"] = [int(eos), int(end_turn)]  # chat replies end with <end_of_turn>
    return cfg_extra


def keep_tokenizer_gguf(reader: GGUFFile, arch_name: str, out: Path) -> None:
    """A tensor-less GGUF holding only the source's tokenizer metadata, for a later fused export."""
    w = gguf.GGUFWriter(str(out), arch_name)
    copy_fields(reader, w, "tokenizer.")
    write_gguf(w)


# --- weights ---------------------------------------------------------------------------------------

def _save_shards(tensors, out: Path) -> list[str]:
    import mlx.core as mx

    shards: list[dict[str, np.ndarray]] = [{}]
    size = 0
    files = []

    def flush():
        if shards[-1]:
            name = f"model-{len(files) + 1:05d}.safetensors"
            mx.save_safetensors(str(out / name), {k: mx.array(v) for k, v in shards[-1].items()},
                                metadata={"format": "mlx"})
            files.append((name, list(shards[-1])))
            shards[-1] = {}

    for name, w in tensors:
        if size and size + w.nbytes > SHARD_BYTES:
            flush()
            size = 0
        shards[-1][name] = w
        size += w.nbytes
    flush()
    if len(files) == 1:
        (out / files[0][0]).rename(out / "model.safetensors")
        return ["model.safetensors"]
    index = {"metadata": {}, "weight_map": {k: f for f, keys in files for k in keys}}
    (out / "model.safetensors.index.json").write_text(json.dumps(index, indent=1))
    return [f for f, _ in files]


def import_base(source: str | os.PathLike, out_dir: str | os.PathLike, force: bool = False,
                found: str = "file", gguf_path: str | os.PathLike | None = None) -> dict:
    """Import a GGUF file into an MLX model dir; returns the import record. An Ollama model name is
    resolved to its GGUF first by `timmyd.ollama.models.import_base`, which passes the name as
    `source`, the blob as `gguf_path` and where it found it as `found`."""
    from tqdm import tqdm

    out = Path(out_dir).expanduser()
    if out.exists() and not out.is_dir():
        raise BaseImportError(f"{out}: exists and is not a directory")
    if out.exists() and any(out.iterdir()):
        if not force:
            raise BaseImportError(f"{out}: exists and is not empty (pass --force to replace it)")
        if not ((out / IMPORT_RECORD).is_file() or (out / "config.json").is_file()):
            raise BaseImportError(f"{out}: not a model directory; --force only replaces an earlier import")
    path = Path(gguf_path if gguf_path is not None else source).expanduser()
    if not path.is_file():
        raise BaseImportError(f"{path}: no such GGUF file")
    reader = read_gguf(path)
    kv = reader.kv
    if kv.get("general.type", "model") != "model":
        raise BaseImportError(f"{path}: general.type is {kv['general.type']!r}, not a model")
    arch_name = kv.get("general.architecture")
    if not arch_name:
        raise BaseImportError(f"{path}: no general.architecture")
    family = arch.family_for_arch(arch_name)
    names = {t.name for t in reader.tensors}
    extra = {t.name: dequantize_tensor(t) for t in reader.tensors if t.name in NON_WEIGHTS}
    cfg = arch.config_from_gguf(kv, names, rope_freqs=extra.get("rope_freqs.weight"))
    qtypes: dict[str, int] = {}

    def tensors():
        for t in tqdm(reader.tensors, desc="dequantize", unit="tensor", leave=False):
            qtypes[t.qtype.name] = qtypes.get(t.qtype.name, 0) + 1
            if t.name in NON_WEIGHTS:  # folded into config.json above
                continue
            hf = arch.gguf_to_hf_name(t.name, family)
            yield hf, arch.from_gguf(hf, dequantize_tensor(t), family, cfg)

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        files = _save_shards(tensors(), tmp)
        cfg.update(build_tokenizer(reader, path, tmp, family, kv))
        keep_tokenizer_gguf(reader, arch_name, tmp / TOKENIZER_GGUF)
        (tmp / "config.json").write_text(json.dumps(cfg, indent=2))
        record = {
            "source": str(source), "source_path": str(path.resolve()), "found_in": found,
            "sha256": sha256_file(path), "size_bytes": path.stat().st_size, "architecture": arch_name,
            "model_type": cfg["model_type"], "name": kv.get("general.name"), "tensor_types": qtypes,
            "files": files, "imported_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        }
        (tmp / IMPORT_RECORD).write_text(json.dumps(record, indent=2))
        tmp.chmod(0o755)
        old = None
        if out.exists():  # --force: keep the old copy until the new one is in place
            old = out.with_name(f".{out.name}.old-{os.getpid()}")
            os.replace(out, old)
        os.replace(tmp, out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    logger.info("imported {} ({}) into {}", path, arch_name, out)
    return dict(record, out=str(out))


def import_record(model_dir: str | os.PathLike) -> dict | None:
    """The record import-base left in `model_dir`, or None for a model that was not imported."""
    p = Path(model_dir) / IMPORT_RECORD
    return json.loads(p.read_text(encoding="utf-8")) if p.is_file() else None


__all__ = ["import_base", "import_record", "GGUFFormatError", "BaseImportError"]
