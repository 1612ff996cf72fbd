"""Small GGUF reading/writing helpers shared by the exporter and the importer.

Kept apart from `gguf_arch` (pure family facts) so that both directions use the same code to read
metadata, dequantize, copy tokenizer fields and write files atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import gguf
import numpy as np

# The GGML types the importer promises to read (others go through gguf.quants too when it can).
SUPPORTED_QTYPES = ("F32", "F16", "BF16", "Q8_0", "Q4_0", "Q4_1", "Q5_0", "Q5_1", "Q2_K", "Q3_K", "Q4_K",
                    "Q5_K", "Q6_K")


class GGUFFormatError(ValueError):
    """A GGUF file that cannot be read or lacks what we need; the message names the file."""


_SCALAR = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_NP = {0: "<u1", 1: "<i1", 2: "<u2", 3: "<i2", 4: "<u4", 5: "<i4", 6: "<f4", 7: "?", 10: "<u8", 11: "<i8", 12: "<f8"}


@dataclass
class Tensor:
    name: str
    ne: list[int]  # GGUF order: ne[0] is the row length
    qtype: gguf.GGMLQuantizationType
    data: np.ndarray  # raw bytes, shaped (rows..., row bytes), memory-mapped

    @property
    def shape(self) -> tuple[int, ...]:
        """numpy (HF) order."""
        return tuple(reversed(self.ne))


@dataclass
class GGUFFile:
    """A GGUF's metadata (`kv`, with each key's GGUF value types in `types`) and its tensors."""
    path: Path
    kv: dict = field(default_factory=dict)
    types: dict = field(default_factory=dict)  # key -> (value type, array item type or None)
    tensors: list[Tensor] = field(default_factory=list)


def read_gguf(path: str | os.PathLike) -> GGUFFile:
    """Parse a GGUF (v2/v3, little-endian) without gguf-py's per-string memmap views.

    gguf.GGUFReader spends ~15-40 s on a 262k-token vocabulary (Gemma 3) building numpy views for
    every string; this reads the same fields in about a second. Tensor data stays memory-mapped.
    """
    p = Path(path)
    if not p.is_file():
        raise GGUFFormatError(f"{p}: no such GGUF file")
    mm = np.memmap(p, dtype=np.uint8, mode="r")
    buf = memoryview(mm)
    out = GGUFFile(p)
    pos = 0

    def take(fmt: str):
        nonlocal pos
        v = struct.unpack_from(fmt, buf, pos)[0]
        pos += struct.calcsize(fmt)
        return v

    def string() -> str:
        nonlocal pos
        n = take("<Q")
        raw = bytes(buf[pos:pos + n])
        pos += n
        return raw.decode("utf-8", errors="surrogateescape")

    def value(vtype: int):
        nonlocal pos
        if vtype == 8:
            return string()
        if vtype in _SCALAR:
            return take(_SCALAR[vtype])
        raise GGUFFormatError(f"{p}: unknown metadata value type {vtype} at byte {pos}")

    try:
        if bytes(buf[:4]) != b"GGUF":
            raise GGUFFormatError(f"{p}: not a GGUF file (bad magic)")
        pos = 4
        version = take("<I")
        if version not in (2, 3):
            raise GGUFFormatError(f"{p}: GGUF version {version} is not supported")
        n_tensors, n_kv = take("<Q"), take("<Q")
        for _ in range(n_kv):
            key, vtype = string(), take("<I")
            if vtype == 9:
                itype, n = take("<I"), take("<Q")
                if itype in _NP:
                    arr = np.frombuffer(buf, dtype=_NP[itype], count=n, offset=pos)
                    pos += arr.nbytes
                    out.kv[key] = arr.tolist()
                else:
                    out.kv[key] = [value(itype) for _ in range(n)]
                out.types[key] = (gguf.GGUFValueType(9), gguf.GGUFValueType(itype))
            else:
                out.kv[key] = value(vtype)
                out.types[key] = (gguf.GGUFValueType(vtype), None)
        infos = []
        for _ in range(n_tensors):
            name = string()
            ne = [take("<Q") for _ in range(take("<I"))]
            infos.append((name, ne, gguf.GGMLQuantizationType(take("<I")), take("<Q")))
        align = int(out.kv.get("general.alignment", 32))
        start = (pos + align - 1) // align * align
        for name, ne, qtype, offset in infos:
            shape = tuple(reversed(ne))
            byte_shape = gguf.quants.quant_shape_to_byte_shape(shape, qtype)
            nbytes = int(np.prod(byte_shape))
            data = mm[start + offset: start + offset + nbytes]
            if data.size != nbytes:
                raise GGUFFormatError(f"{p}: tensor {name} runs past the end of the file")
            out.tensors.append(Tensor(name, ne, qtype, data.reshape(byte_shape)))
    except (struct.error, ValueError) as e:
        if isinstance(e, GGUFFormatError):
            raise
        raise GGUFFormatError(f"{p}: not a readable GGUF file ({e})") from e
    return out


def copy_fields(src: GGUFFile, writer: gguf.GGUFWriter, prefix: str) -> int:
    """Copy every metadata field whose key starts with `prefix`, keeping its exact GGUF types."""
    n = 0
    for key, value in src.kv.items():
        if not key.startswith(prefix):
            continue
        main, sub = src.types[key]
        if main == gguf.GGUFValueType.ARRAY and not value:
            continue
        writer.add_key_value(key, value, main, sub_type=sub)
        n += 1
    return n


def dequantize_tensor(t: Tensor | gguf.ReaderTensor) -> np.ndarray:
    """One tensor (ours or gguf-py's) as float32 in numpy (row-major, HF) orientation."""
    if isinstance(t, Tensor):
        shape, qtype = t.shape, t.qtype
    else:
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
