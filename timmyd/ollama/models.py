"""Where the GGUF of an Ollama model name lies: the local model store's manifest, else the server's
`/api/show` (its Modelfile's FROM). This lookup belongs to the Ollama side (it reads Ollama's store and
talks to its server); `timmyd.gguf.importer` only ever sees a GGUF file. `import_base` composes the two
for `timmyd import-base NAME_OR_FILE`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from loguru import logger

from timmyd.gguf.importer import BaseImportError
from timmyd.gguf.importer import import_base as import_gguf

MODEL_MEDIA_TYPE = "application/vnd.ollama.image.model"


def ollama_models_dir() -> Path:
    return Path(os.environ.get("OLLAMA_MODELS") or Path.home() / ".ollama" / "models").expanduser()


def _split_name(name: str) -> tuple[str, str, str, str]:
    """'gemma3:270m' -> (registry, namespace, model, tag), Ollama's defaults filled in."""
    base, _, tag = name.partition(":")
    parts = base.split("/")
    if len(parts) == 1:
        parts = ["registry.ollama.ai", "library", parts[0]]
    elif len(parts) == 2:
        parts = ["registry.ollama.ai", *parts]
    if len(parts) != 3 or not all(parts):
        raise BaseImportError(f"{name!r} is neither a GGUF file nor an Ollama model name")
    return parts[0], parts[1], parts[2], tag or "latest"


def blob_from_store(name: str, models_dir: Path | None = None) -> Path | None:
    """The model blob of an Ollama model from the local store's manifest, or None if not there."""
    root = models_dir or ollama_models_dir()
    registry, ns, model, tag = _split_name(name)
    manifest = root / "manifests" / registry / ns / model / tag
    if not manifest.is_file():
        return None
    try:
        layers = json.loads(manifest.read_text(encoding="utf-8")).get("layers", [])
    except json.JSONDecodeError as e:
        raise BaseImportError(f"{manifest}: not valid JSON ({e})") from e
    for layer in layers:
        if layer.get("mediaType") == MODEL_MEDIA_TYPE:
            blob = root / "blobs" / layer["digest"].replace(":", "-")
            if not blob.is_file():
                raise BaseImportError(f"{manifest}: model blob {blob} is missing")
            return blob
    raise BaseImportError(f"{manifest}: no layer of type {MODEL_MEDIA_TYPE}")


def blob_from_server(name: str, host: str, timeout: float = 30.0) -> Path | None:
    """Ask a local Ollama server (`/api/show`) where the model's GGUF lies (its Modelfile's FROM)."""
    from timmyd.ollama.client import OllamaClient, OllamaError

    try:
        with OllamaClient(host, timeout=timeout, retries=0) as client:
            info = client.show(name)
    except OllamaError as e:
        logger.debug("ollama at {} cannot show {}: {}", host, name, e)
        return None
    for line in (info.get("modelfile") or "").splitlines():
        if line.startswith("FROM "):
            p = Path(line[5:].strip())
            if p.is_file():
                return p
    return None


def resolve_source(source: str, ollama_host: str | None = None) -> tuple[Path, str]:
    """(GGUF path, how it was found) for a file path or an Ollama model name."""
    p = Path(source).expanduser()
    if p.is_file():
        return p, "file"
    if p.suffix == ".gguf" or source.startswith(("/", ".", "~")):
        raise BaseImportError(f"{p}: no such GGUF file")
    blob = blob_from_store(source)
    if blob is not None:
        return blob, f"ollama store ({ollama_models_dir()})"
    if ollama_host:
        blob = blob_from_server(source, ollama_host)
        if blob is not None:
            return blob, f"ollama server {ollama_host}"
    raise BaseImportError(f"{source!r}: not a file, not in the Ollama store {ollama_models_dir()}"
                       + (f", and {ollama_host} does not know it" if ollama_host else ""))


def import_base(source: str | os.PathLike, out_dir: str | os.PathLike, ollama_host: str | None = None,
                force: bool = False) -> dict:
    """Import a GGUF file or an Ollama model (local store, else the server at `ollama_host`) into an
    MLX model directory; returns the import record (`found_in` says where the GGUF came from)."""
    path, found = resolve_source(str(source), ollama_host)
    return import_gguf(source, out_dir, force=force, found=found, gguf_path=path)


__all__ = ["MODEL_MEDIA_TYPE", "blob_from_server", "blob_from_store", "import_base", "ollama_models_dir",
           "resolve_source"]
