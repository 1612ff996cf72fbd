"""The configured `model` as the MLX directory training loads, whatever form the owner gave.

`model` may be an Ollama model name (`gemma3:270m`: its GGUF blob is found in the local Ollama store,
else through the server's `/api/show`), a GGUF file, or an MLX model directory (`config.model_kind`).
A name or a GGUF is imported by the daemon itself, in a guarded worker (the `import` job), into
`<state>/models/<first 16 hex digits of the source's sha256>/`; the import record there
(`timmyd_import.json`) holds the full digest. While the source's digest is unchanged that directory is
reused; when the owner pulls a new version (the blob's digest changes) the next need imports it again
into a new directory, and status says so. The daemon resolves once per check (`resolve`) and hands the
cycle a Config whose `model` is the resolved directory, so no other module resolves names.

This module never loads MLX: `timmyd status` calls `resolve` too (with `hash_files=False` and a short
Ollama timeout).
"""

from __future__ import annotations

import dataclasses
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from loguru import logger

from timmyd.config import Config, model_kind

IMPORTS = "models"  # <state>/models/<digest prefix>/
DIGEST_CACHE = "gguf-digests.json"  # <state>/models/: sha256 of GGUF files by (path, size, mtime)
PREFIX = 16


@dataclass
class BaseModel:
    """What `model` resolves to now. `state`: ready | import (never imported) | reimport (a new version
    of an imported source) | missing (cannot be found: `detail` says why and how to fix it) | unset."""

    kind: str  # ollama | gguf | mlx | ""
    source: str  # `model` as configured
    state: str
    detail: str  # one line, with the command or key that fixes it
    model_dir: str | None = None  # the MLX directory to train on (state ready)
    target: str | None = None  # where an import goes
    digest: str | None = None  # sha256 hex of the source GGUF
    found_in: str = ""
    previous: str | None = None  # the earlier import of the same source (state reimport)

    @property
    def ready(self) -> bool:
        return self.state == "ready"

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


def imports_dir(cfg: Config) -> Path:
    return cfg.state_path / IMPORTS


def _record(model_dir: Path) -> dict | None:
    p = Path(model_dir) / "timmyd_import.json"
    try:
        return json.loads(p.read_text(encoding="utf-8")) if p.is_file() else None
    except (OSError, ValueError):
        return None


def blob_digest(path: Path) -> str | None:
    """The sha256 an Ollama blob's file name carries (`sha256-<hex>`), else None."""
    name = Path(path).name
    if name.startswith("sha256-") and len(name) == 71:
        return name[7:]
    return None


def file_sha256(cfg: Config, path: Path, compute: bool = True) -> str | None:
    """sha256 of a GGUF file, cached in `<state>/models/gguf-digests.json` by path, size and mtime (a
    multi-GB base is hashed once, not at every check); None when not cached and `compute` is False."""
    path = Path(path).resolve()
    st = path.stat()
    key = [st.st_size, st.st_mtime_ns]
    cache_file = imports_dir(cfg) / DIGEST_CACHE
    try:
        cache = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cache = {}
    hit = cache.get(str(path))
    if isinstance(hit, dict) and hit.get("key") == key:
        return hit.get("sha256")
    if not compute:
        return None
    from timmyd.ollama.client import file_digest
    digest = file_digest(path).split(":", 1)[1]
    cache[str(path)] = {"key": key, "sha256": digest}
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache_file.with_name(f".{DIGEST_CACHE}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(cache, indent=1), encoding="utf-8")
    os.replace(tmp, cache_file)
    return digest


def ollama_reachable(cfg: Config, timeout: float = 2.0) -> str | None:
    """None when the Ollama server answers, else why not (one line)."""
    from timmyd.ollama.client import OllamaClient, OllamaError
    try:
        with OllamaClient(cfg.ollama.host, timeout=timeout, retries=0) as client:
            client.version()
        return None
    except OllamaError as e:
        return str(e)


def locate_ollama(cfg: Config, name: str, timeout: float = 5.0) -> tuple[Path | None, str | None, str]:
    """(GGUF blob, its sha256, where it was found), or (None, None, why not with the fix)."""
    from timmyd.gguf.importer import BaseImportError
    from timmyd.ollama.models import blob_from_server, blob_from_store, ollama_models_dir

    try:
        blob = blob_from_store(name)
    except BaseImportError as e:
        return None, None, f"{e}; run `ollama pull {name}`"
    found = f"ollama store ({ollama_models_dir()})"
    if blob is None:
        blob = blob_from_server(name, cfg.ollama.host, timeout=timeout)
        found = f"ollama server {cfg.ollama.host}"
    if blob is None:
        down = ollama_reachable(cfg, timeout=min(timeout, 2.0))
        where = f"not in the Ollama store {ollama_models_dir()}"
        if down:
            return None, None, (f"{where}, and {down}: start Ollama (`ollama serve`) or set [ollama] host "
                                "(or $OLLAMA_MODELS to the store)")
        return None, None, f"{where} and the server at {cfg.ollama.host} does not know it: run `ollama pull {name}`"
    digest = blob_digest(blob) or file_sha256(cfg, blob)
    return blob, digest, found


def _previous_import(cfg: Config, source: str, gguf: Path | None, skip: Path) -> Path | None:
    """The newest earlier import of the same source (another digest), for the re-import message."""
    root = imports_dir(cfg)
    if not root.is_dir():
        return None
    found = []
    for d in root.iterdir():
        rec = _record(d) if d.is_dir() and d != skip and not d.name.startswith(".") else None
        if rec and (rec.get("source") == source or (gguf and rec.get("source_path") == str(gguf.resolve()))):
            found.append((str(rec.get("imported_at") or ""), d))
    return max(found)[1] if found else None


def resolve(cfg: Config, timeout: float = 5.0, hash_files: bool = True) -> BaseModel:
    """What `model` is now, and whether its import is ready (no import is started here)."""
    value = cfg.model
    kind = model_kind(value)
    where = cfg.source or "the config"
    if not kind:
        return BaseModel("", value, "unset", (
            f"key 'model' is empty: set model = \"NAME\" in {where} to the Ollama model your assistant runs "
            "(e.g. \"gemma3:270m\"), or to a .gguf file or an MLX model directory"))
    if kind == "mlx":
        p = Path(value).expanduser()
        if not (p / "config.json").is_file():
            return BaseModel(kind, value, "missing", (
                f"key 'model' = {value!r} is not an MLX model directory (no config.json): set model in {where} "
                "to the Ollama model your assistant runs (e.g. \"gemma3:270m\") or a .gguf file"))
        rec = _record(p) or {}
        return BaseModel(kind, value, "ready", f"MLX model directory {p}", model_dir=str(p),
                         digest=rec.get("sha256"), found_in="directory")
    if kind == "gguf":
        gguf = Path(value).expanduser()
        if not gguf.is_file():
            return BaseModel(kind, value, "missing", f"key 'model' = {value!r}: no such GGUF file (fix model in {where})")
        digest, found = file_sha256(cfg, gguf, compute=hash_files), "file"
        if digest is None:
            return BaseModel(kind, value, "import", (
                f"model {value} is not imported yet: the daemon hashes and imports it into {imports_dir(cfg)}/ "
                "before the first cycle"), found_in=found)
    else:
        gguf, digest, found = locate_ollama(cfg, value, timeout=timeout)
        if gguf is None:
            return BaseModel(kind, value, "missing", f"model {value!r}: {found}")
    target = imports_dir(cfg) / digest[:PREFIX]
    rec = _record(target)
    if rec and rec.get("sha256") == digest and (target / "config.json").is_file():
        return BaseModel(kind, value, "ready", f"{value} (sha256:{digest[:12]}) imported in {target}",
                         model_dir=str(target), target=str(target), digest=digest, found_in=found)
    prev = _previous_import(cfg, value, gguf, target)
    if prev is not None:
        old = (_record(prev) or {}).get("sha256", "?")
        return BaseModel(kind, value, "reimport", (
            f"a new version of {value} (sha256:{digest[:12]}) replaces the imported sha256:{old[:12]} "
            f"({prev}): the daemon re-imports it into {target} before the next cycle"),
            target=str(target), digest=digest, found_in=found, previous=str(prev))
    return BaseModel(kind, value, "import", (
        f"model {value} (sha256:{digest[:12]}, from the {found}) is not imported yet: the daemon imports it into "
        f"{target} before the first cycle (or now: `timmyd import-base {value} --out {target}`)"),
        target=str(target), digest=digest, found_in=found)


def base_mismatch(cfg: Config, base: BaseModel, timeout: float = 5.0) -> str | None:
    """Why `[promote] base_name` is not the model training uses (both digests named), else None. Only an
    explicit base_name other than `model` is checked; one whose digest cannot be found is let through
    (the promotion itself still checks that the server has it)."""
    name = cfg.promote.base_name
    if not name or name == cfg.model or not base.digest:
        return None
    _, digest, _ = locate_ollama(cfg, name, timeout=timeout)
    if digest is None or digest == base.digest:
        return None
    return (f"[promote] base_name = {name!r} is sha256:{digest} but model = {cfg.model!r} is sha256:{base.digest}: "
            "the adapter would serve on another base than it was trained on; remove base_name (it defaults to "
            "model when model is an Ollama name) or set it to the same model")


def import_now(cfg: Config, base: BaseModel, stop: threading.Event | None = None, launcher=None) -> BaseModel:
    """Run the `import` job (`timmyd import-base`) in a guarded worker for a base in state import or
    reimport; returns the base resolved again (ready, or with the failure in `detail`)."""
    from timmyd.service.jobs import job_args
    from timmyd.service.worker import command_for, run_guarded

    if base.state not in ("import", "reimport"):
        return base
    if base.target is None:  # a GGUF not hashed yet (status' view): hash it now
        base = resolve(cfg)
        if base.state not in ("import", "reimport"):
            return base
    target = Path(base.target)
    logger.info("importing the base model {} (sha256:{}) into {}{}", base.source, base.digest, target,
                f" (replaces {base.previous})" if base.previous else "")
    args = job_args("import", source=base.source, out=str(target), config=cfg.source or None,
                    force=target.exists() or None)
    log = cfg.state_path / "logs" / "import-worker.log"
    res = run_guarded(command_for(args, cfg.memory, launcher), cfg.memory, log, stop_event=stop)
    after = resolve(cfg)
    if res.ok and after.ready:
        return after
    why = res.reason if not res.ok else (
        f"the imported file's sha256 {(res.output or {}).get('sha256', '?')[:12]} is not {base.digest[:12]} "
        "(the model changed during the import); retried at the next check")
    logger.error("import of the base model {} failed: {}", base.source, why)
    return dataclasses.replace(after, state="failed" if after.state != "missing" else after.state,
                               detail=f"import of {base.source} into {target} failed: {why} (log: {log})")


__all__ = ["BaseModel", "base_mismatch", "blob_digest", "file_sha256", "import_now", "imports_dir",
           "locate_ollama", "ollama_reachable", "resolve"]


def view(base) -> dict:
    """What status.json says about the base model."""
    return {k: getattr(base, k) for k in ("source", "kind", "state", "model_dir", "digest", "detail", "previous")}
