"""Small GGUF reading/writing helpers shared by the exporter and the importer.

Kept apart from `gguf_arch` (pure family facts) so that both directions use the same code to read
metadata, dequantize, copy tokenizer fields and write files atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import gguf
import numpy as np

# The GGML types the importer promises to read (others go through gguf.quants too when it can).
SUPPORTED_QTYPES = ("F32", "F16", "BF16", "Q8_0", "Q4_0", "Q4_1", "Q5_0", "Q5_1", "Q2_K", "Q3_K", "Q4_K",
                    "Q5_K", "Q6_K")


class GGUFFormatError(ValueError):
    """A GGUF file that cannot be read or lacks what we need; the message names the file."""


def open_reader(path: str | os.PathLike) -> gguf.GGUFReader:
    p = Path(path)
    if not p.is_file():
        raise GGUFFormatError(f"{p}: no such GGUF file")
    try:
        return gguf.GGUFReader(p)
    except Exception as e:  # the reader raises ValueError/struct errors on bad files
        raise GGUFFormatError(f"{p}: not a readable GGUF file ({e})") from e


def field_value(field: gguf.ReaderField):
    """A metadata field as a plain Python value (str, int, float, bool or list)."""
    return field.contents()


def read_kv(reader: gguf.GGUFReader, skip_prefixes: tuple[str, ...] = ()) -> dict:
    """All metadata as a dict; big arrays under `skip_prefixes` are left out (speed)."""
    out = {}
    for key, field in reader.fields.items():
        if key.startswith("GGUF.") or (skip_prefixes and key.startswith(skip_prefixes)):
            continue
        out[key] = field_value(field)
    return out


def copy_fields(reader: gguf.GGUFReader, writer: gguf.GGUFWriter, prefix: str) -> int:
    """Copy every metadata field whose key starts with `prefix`, keeping its exact GGUF types."""
    n = 0
    for key, field in reader.fields.items():
        if not key.startswith(prefix):
            continue
        main = field.types[0]
        sub = field.types[-1] if main == gguf.GGUFValueType.ARRAY else None
        value = field.contents()
        if main == gguf.GGUFValueType.ARRAY and not value:
            continue
        writer.add_key_value(key, value, main, sub_type=sub)
        n += 1
    return n


def dequantize_tensor(t: gguf.ReaderTensor) -> np.ndarray:
    """One tensor as float32 in numpy (row-major, HF) orientation: shape = reversed GGUF ne."""
    shape = tuple(int(x) for x in reversed(t.shape.tolist()))
    qtype = gguf.GGMLQuantizationType(t.tensor_type)
    try:
        arr = gguf.quants.dequantize(np.asarray(t.data), qtype)
    except NotImplementedError as e:
        raise GGUFFormatError(f"tensor {t.name}: quantization {qtype.name} cannot be dequantized ({e})") from e
    return np.ascontiguousarray(arr, dtype=np.float32).reshape(shape)


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


@contextmanager
def atomic_path(out: Path) -> Iterator[Path]:
    """Yield a temp path beside `out`; it replaces `out` only if the block finishes."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_gguf(writer: gguf.GGUFWriter) -> None:
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def read_json(path: Path, what: str) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise GGUFFormatError(f"{path}: missing ({what})") from e
    except json.JSONDecodeError as e:
        raise GGUFFormatError(f"{path}: not valid JSON ({e})") from e
