"""A faithful local stand-in of the Ollama HTTP API (tests, and `timmyd demo` when no Ollama answers).

Written from Ollama's docs/api.md and server code (server/routes.go, create.go, model.go): the same
routes, status codes and error bodies, NDJSON streams whose errors become an HTTP status only while
nothing has been written yet and an in-stream `{"error": ...}` line afterwards, sha256 blob checks,
create validation, model-name normalisation (`name` -> `name:latest`, case-insensitive lookup), and
the checks llama.cpp makes when it loads a model with a LoRA adapter (see standin_gguf.py).

Version switch: from Ollama 0.34.1 (ollama/ollama#14969) creating a model with `adapters` is refused
with HTTP 400 "LoRA adapters are no longer supported" before any stream starts (`adapter_refusal=
"http"`, the default); `adapter_refusal="stream"` refuses inside a 200 stream instead, as some users
reported; an adapter GGUF passed as a model file is refused in-stream ("... is a LoRA adapter").
Models that already carry an adapter keep loading.

Not emulated: pulling from a registry (an unknown `from` fails like pulling a name the registry lacks),
safetensors imports and quantization (refused with 400), real inference (generate/chat answer with a
deterministic canned reply: "Hello from <model>." followed by the prompt's words, cut at
`num_predict`; `reply_fn` replaces the text; a chat with `format` gets `chat_fn`'s answer or a canned JSON
value that follows the schema, see `schema_example`), templates beyond storing them, /api/ps, /api/pull, /api/push, /api/embed, the
OpenAI-compatible routes, and keep-alive model unloading. Test hooks that Ollama lacks: `fail()`,
`drop()`, `break_stream()`, `go_down()`/`come_back()` (an outage from a given request on) inject faults; `requests` records what was asked.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

from loguru import logger

from timmyd.ollama.client import normalize_name, parse_version
from timmyd.ollama.standin.gguf import (
    AdapterLoadError,
    GGUFInfo,
    check_adapter,
    check_model,
    is_gguf,
    read_gguf,
)
from timmyd.ollama.standin.http import make_handler
from timmyd.ollama.standin.types import INVALID_NAME, Fault, StreamAbort, now

ADAPTER_CUTOFF = (0, 34, 1)


@dataclass
class Model:
    name: str
    model_digest: str
    adapters: list[str] = field(default_factory=list)
    template: str = ""
    system: str = ""
    parameters: dict[str, Any] = field(default_factory=dict)
    parent: str = ""
    modified_at: str = field(default_factory=now)

    def layers(self) -> list[str]:
        out = [self.model_digest, *self.adapters]
        for extra in (self.template, self.system, json.dumps(self.parameters, sort_keys=True)):
            if extra and extra != "{}":
                out.append("sha256:" + hashlib.sha256(extra.encode()).hexdigest())
        return out

    def digest(self) -> str:
        return hashlib.sha256(json.dumps(self.layers()).encode()).hexdigest()



class _QuietServer(ThreadingHTTPServer):
    """Client disconnects (a test dropping a stream, a timed-out client) are logged, not printed."""

    def handle_error(self, request, client_address) -> None:
        import sys
        logger.debug("stand-in: request from {} ended with {!r}", client_address, sys.exc_info()[1])

class StandIn:
    """The server and its state. Use `with StandIn(...) as s:` and talk to `s.url`."""

    def __init__(self, port: int = 0, version: str = "0.33.0", root: str | os.PathLike | None = None,
                 adapter_refusal: str = "http", check_adapters_at_create: bool = False,
                 refuse_adapters: bool | None = None, host: str = "127.0.0.1",
                 reply_fn: Callable[[str, str], str] | None = None,
                 chat_fn: Callable[[str, list, Any], str] | None = None):
        if adapter_refusal not in ("http", "stream"):
            raise ValueError("adapter_refusal must be 'http' or 'stream'")
        self.version = version
        self.adapter_refusal = adapter_refusal
        self.refuse_adapters = refuse_adapters  # None: decided by the version
        self.reply_fn = reply_fn  # (model name, prompt) -> reply text; None: the canned greeting
        self.chat_fn = chat_fn  # (model name, messages, format) -> answer of a /api/chat with `format`; None: canned JSON
        self.check_adapters_at_create = check_adapters_at_create
        self._tmp = None if root else tempfile.mkdtemp(prefix="timmyd-standin-")
        self.root = Path(root or self._tmp)
        self.blobs = self.root / "blobs"
        self.blobs.mkdir(parents=True, exist_ok=True)
        self.models: dict[str, Model] = {}
        self.requests: list[tuple[str, str, Any]] = []
        self._faults: list[Fault] = []
        self._down = False  # an outage (go_down) is on
        self._gguf_cache: dict[str, GGUFInfo] = {}
        self._lock = threading.RLock()
        self._load_manifests()
        self._server = _QuietServer((host, port), make_handler(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> StandIn:
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="ollama-standin", daemon=True)
        self._thread.start()
        logger.debug("ollama stand-in {} listening on {}", self.version, self.url)
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread:
            self._thread.join(timeout=5)
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def __enter__(self) -> StandIn:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- test hooks and seeding --------------------------------------------------------------------

    def fail(self, method: str, path: str, status: int = 500, times: int = 1,
             message: str = "stand-in: injected failure") -> None:
        """Answer the next `times` matching requests with `status` and `{"error": message}`."""
        self._faults.append(Fault(method, path, "status", times, status=status, message=message))

    def drop(self, method: str, path: str, times: int = 1) -> None:
        """Close the connection without an answer on the next `times` matching requests."""
        self._faults.append(Fault(method, path, "drop", times))

    def break_stream(self, method: str, path: str, after: int = 1, times: int = 1,
                     message: str | None = "an error was encountered while running the model") -> None:
        """End the next streamed answers after `after` objects: with an in-stream error line, or
        (message=None) by just ending the stream early, as a server that dies mid-answer would."""
        self._faults.append(Fault(method, path, "stream", times, message=message, after=after))

    def hold(self, method: str, path: str, seconds: float, times: int = 1) -> None:
        """Answer the next `times` matching requests only after `seconds` (a slow server): a moment a
        test wants to act in lasts at least that long."""
        self._faults.append(Fault(method, path, "hold", times, seconds=seconds))

    def go_down(self, method: str, path: str, nth: int = 1) -> None:
        """An outage: the `nth` matching request from now on, and every request after it (any route),
        get their connection closed without an answer, until `come_back()`, as a server that was
        killed or lost its network at that moment."""
        self._faults.append(Fault(method, path, "outage", nth))

    def come_back(self) -> None:
        with self._lock:
            self._down = False
            self._faults = [f for f in self._faults if f.kind != "outage"]

    def is_down(self, method: str, path: str) -> bool:
        """True when this request falls into an outage (the trigger itself included)."""
        with self._lock:
            if self._down:
                return True
            for f in self._faults:
                if f.kind == "outage" and f.method == method and path.startswith(f.path) and f.times > 0:
                    f.times -= 1
                    if f.times == 0:
                        self._down = True
                        return True
            return False

    def _take_fault(self, method: str, path: str, kinds: tuple[str, ...]) -> Fault | None:
        with self._lock:
            for f in self._faults:
                if f.method == method and path.startswith(f.path) and f.kind in kinds and f.times > 0:
                    f.times -= 1
                    return f
        return None

    def add_blob(self, path: str | os.PathLike) -> str:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            while block := f.read(1 << 20):
                h.update(block)
        digest = "sha256:" + h.hexdigest()
        dst = self.blob_path(digest)
        if not dst.exists():
            shutil.copyfile(path, dst)
        return digest

    def add_model(self, name: str, gguf_path: str | os.PathLike, template: str = "", system: str = "",
                  parameters: dict | None = None) -> str:
        """Seed a model (what `ollama pull`/`create` would have left behind); returns its full name."""
        full = normalize_name(name)
        if full is None:
            raise ValueError(f"invalid model name {name!r}")
        digest = self.add_blob(gguf_path)
        check_model(self._info(digest))
        with self._lock:
            self.models[full.lower()] = Model(full, digest, template=template, system=system,
                                              parameters=dict(parameters or {}))
            self.save_manifests()
        return full

    # -- state helpers -----------------------------------------------------------------------------

    def _load_manifests(self) -> None:
        """Models survive a restart on the same root, as Ollama's manifests do."""
        f = self.root / "manifests.json"
        if f.is_file():
            for d in json.loads(f.read_text()):
                m = Model(**d)
                if all(self.blob_path(x).exists() for x in (m.model_digest, *m.adapters)):
                    self.models[m.name.lower()] = m

    def save_manifests(self) -> None:
        with self._lock:
            data = [dataclasses.asdict(m) for m in self.models.values()]
            tmp = self.root / "manifests.json.tmp"
            tmp.write_text(json.dumps(data, indent=1))
            os.replace(tmp, self.root / "manifests.json")

    def blob_path(self, digest: str) -> Path:
        return self.blobs / digest.replace(":", "-")

    def _info(self, digest: str) -> GGUFInfo:
        if digest not in self._gguf_cache:
            self._gguf_cache[digest] = read_gguf(self.blob_path(digest))
        return self._gguf_cache[digest]

    def get(self, name: str) -> Model | None:
        full = normalize_name(name)
        return self.models.get(full.lower()) if full else None

    def adapters_refused(self) -> bool:
        if self.refuse_adapters is not None:
            return self.refuse_adapters
        v = parse_version(self.version)
        return v is not None and v >= ADAPTER_CUTOFF

    def copy_model(self, src: Model, dst_full: str) -> None:
        with self._lock:
            self.models[dst_full.lower()] = dataclasses.replace(
                src, name=dst_full, adapters=list(src.adapters), parameters=dict(src.parameters), modified_at=now())
            self.save_manifests()

    def delete_model(self, full: str) -> bool:
        with self._lock:
            if self.models.pop(full.lower(), None) is None:
                return False
            self.save_manifests()
            return True

    def load_check(self, m: Model) -> None:
        """What llama.cpp checks when the runner loads this model (raises AdapterLoadError)."""
        base = self._info(m.model_digest)
        check_model(base)
        if len(m.adapters) > 1:
            raise AdapterLoadError("only one adapter is currently supported")
        for d in m.adapters:
            check_adapter(base, self._info(d))

    def reply(self, m: Model, prompt: str, num_predict: int | None) -> tuple[list[str], str]:
        """Deterministic canned reply split into stream pieces, and the done_reason."""
        text = self.reply_fn(m.name, prompt) if self.reply_fn else f"Hello from {m.name}. {prompt}"
        words = text.split()
        reason = "stop"
        if num_predict is not None and 0 <= num_predict < len(words):
            words, reason = words[:num_predict], "length"
        return [w if i == 0 else " " + w for i, w in enumerate(words)], reason

    def structured(self, m: Model, messages: list, fmt) -> str:
        """The answer to a chat with `format` (structured output): `chat_fn`'s, else a deterministic JSON
        value that follows the schema (first enum value, "", false, 0, [] and nested objects)."""
        if self.chat_fn is not None:
            return self.chat_fn(m.name, messages, fmt)
        return json.dumps(schema_example(fmt if isinstance(fmt, dict) else {}))

    # -- create ------------------------------------------------------------------------------------

    def create_events(self, r: dict) -> Iterator[dict]:
        """The progress objects of a create; raises StreamAbort like the Go goroutine sends errors."""
        full = normalize_name(str(r.get("model") or r.get("name") or ""))
        files: dict[str, str] | None = r.get("files")
        adapters: dict[str, str] | None = r.get("adapters")
        frm = r.get("from") or ""
        model: Model | None = None
        if frm:
            base_name = normalize_name(frm)
            if base_name is None:
                raise StreamAbort(INVALID_NAME, 400)
            base = self.get(base_name)
            if base is None:
                yield {"status": "pulling manifest"}
                raise StreamAbort("pull model manifest: file does not exist")
            model = Model(full, base.model_digest, list(base.adapters), base.template, base.system,
                          dict(base.parameters), parent=base.name)
        elif files is not None:
            if not files:
                raise StreamAbort("no files provided to convert", 400)
            digest = None
            for fname in sorted(files):
                if fname.endswith(".safetensors"):
                    raise StreamAbort("stand-in: safetensors import is not emulated", 400)
                digest = files[fname]
                yield {"status": "parsing GGUF"}
                self._need_gguf(digest)
                if self.adapters_refused() and self._info(digest).kind == "adapter":  # no back door
                    raise StreamAbort(f"LoRA adapters are no longer supported: {fname} is a LoRA adapter", 400)
            model = Model(full, digest)
        else:
            raise StreamAbort("neither 'from' or 'files' was specified", 400)

        if adapters:
            if self.adapters_refused():
                yield {"status": "parsing GGUF"}
                raise StreamAbort("LoRA adapters are no longer supported", 400)
            if len(adapters) > 1:
                raise StreamAbort("only one adapter is currently supported", 400)
            (digest,) = adapters.values()
            yield {"status": "parsing GGUF"}
            self._need_gguf(digest, status=400)
            if self.check_adapters_at_create:
                try:
                    check_adapter(self._info(model.model_digest), self._info(digest))
                except AdapterLoadError as e:
                    raise StreamAbort(f"invalid adapter: {e}", 400) from e
            model.adapters = [*model.adapters, digest]
        if r.get("quantize") or r.get("quantization"):
            raise StreamAbort("stand-in: quantization is not emulated", 400)
        if r.get("template") is not None:
            model.template = str(r["template"])
        if r.get("system") is not None:
            model.system = str(r["system"])
        if r.get("parameters"):
            model.parameters.update(r["parameters"])
        for d in model.layers():
            yield {"status": f"using existing layer {d}"}
        yield {"status": "writing manifest"}
        with self._lock:
            self.models[full.lower()] = model
            self.save_manifests()
        yield {"status": "success"}

    def _need_gguf(self, digest: str, status: int | None = None) -> None:
        p = self.blob_path(digest)
        if not p.exists():
            raise StreamAbort(f"open {p}: no such file or directory", status)
        if not is_gguf(p):
            raise StreamAbort("supplied file was not in GGUF format", 400)

    # -- documents ---------------------------------------------------------------------------------

    def details(self, m: Model) -> dict:
        info = self._info(m.model_digest)
        n = info.n_params
        size = f"{n / 1e9:.1f}B" if n >= 1e9 else f"{n / 1e6:.2f}M"
        ftypes = sorted(set(info.tensor_types.values()))
        return {"parent_model": m.parent, "format": "gguf", "family": info.arch, "families": [info.arch],
                "parameter_size": size, "quantization_level": "/".join(ftypes)}

    def tag_entry(self, m: Model) -> dict:
        size = sum(self.blob_path(d).stat().st_size for d in (m.model_digest, *m.adapters)
                   if self.blob_path(d).exists())
        return {"name": m.name, "model": m.name, "modified_at": m.modified_at, "size": size,
                "digest": m.digest(), "details": self.details(m)}

    def show_doc(self, m: Model) -> dict:
        info = self._info(m.model_digest)
        lines = [f"FROM {self.blob_path(m.model_digest)}"]
        lines += [f"ADAPTER {self.blob_path(d)}" for d in m.adapters]
        if m.template:
            lines.append(f'TEMPLATE """{m.template}"""')
        if m.system:
            lines.append(f'SYSTEM """{m.system}"""')
        params = []
        for k, v in m.parameters.items():
            for item in v if isinstance(v, list) else [v]:
                params.append(f"{k:<30} {json.dumps(item) if isinstance(item, str) else item}")
        lines += [f"PARAMETER {p.split(None, 1)[0]} {p.split(None, 1)[1]}" for p in params]
        model_info = {k: v for k, v in info.kv.items() if not k.startswith("tokenizer.")}
        return {"modelfile": "\n".join(lines), "parameters": "\n".join(params), "template": m.template,
                "system": m.system, "details": self.details(m), "model_info": model_info,
                "capabilities": ["completion"], "modified_at": m.modified_at}


def schema_example(schema: dict):
    """The canned value of a JSON schema: what the stand-in answers to `format` when no `chat_fn` is set
    (`format: "json"` gets `{}`)."""
    if "enum" in schema and schema["enum"]:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    kind = kind[0] if isinstance(kind, list) and kind else kind
    if kind == "object":
        return {k: schema_example(v if isinstance(v, dict) else {}) for k, v in (schema.get("properties") or {}).items()}
    return {"string": "", "boolean": False, "integer": 0, "number": 0, "array": [], "null": None}.get(kind, None)


@contextlib.contextmanager
def serve(port: int = 0, **kw) -> Iterator[str]:
    """`with serve() as url:` runs a stand-in in a background thread for the block's duration."""
    with StandIn(port=port, **kw) as s:
        yield s.url


def main(argv: list[str] | None = None) -> int:
    """`python -m timmyd.ollama.standin.server --port 11434 --model base=path.gguf` for trying things by hand."""
    import argparse

    p = argparse.ArgumentParser(prog="python -m timmyd.ollama.standin.server", description=__doc__.splitlines()[0])
    p.add_argument("--port", type=int, default=11434)
    p.add_argument("--version", default="0.33.0", help="reported server version (>= 0.34.1 refuses adapters)")
    p.add_argument("--root", help="directory for blobs (default: a temporary one)")
    p.add_argument("--model", action="append", default=[], metavar="NAME=GGUF", help="seed a model")
    args = p.parse_args(argv)
    with StandIn(port=args.port, version=args.version, root=args.root) as s:
        for spec in args.model:
            name, _, path = spec.partition("=")
            print(f"seeded {s.add_model(name, path)}")
        print(f"ollama stand-in {s.version} on {s.url} (Ctrl-C stops)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
