"""A faithful local stand-in of the Ollama HTTP API (tests, and `timmyd demo` when no Ollama answers).

Written from Ollama's docs/api.md and server code (server/routes.go, create.go, model.go): the same
routes, status codes and error bodies, NDJSON streams whose errors become an HTTP status only while
nothing has been written yet and an in-stream `{"error": ...}` line afterwards, sha256 blob checks,
create validation, model-name normalisation (`name` -> `name:latest`, case-insensitive lookup), and
the checks llama.cpp makes when it loads a model with a LoRA adapter (see standin_gguf.py).

Version switch: from Ollama 0.34.1 (ollama/ollama#14969) creating a model with `adapters` is refused
with HTTP 400 "LoRA adapters are no longer supported" before any stream starts (`adapter_refusal=
"http"`, the default); `adapter_refusal="stream"` refuses inside a 200 stream instead, as some users
reported. Models that already carry an adapter keep loading.

Not emulated: pulling from a registry (an unknown `from` fails the way an offline pull fails),
safetensors imports and quantization (refused with 400), real inference (generate/chat answer with a
deterministic canned reply: "Hello from <model>." followed by the prompt's words, cut at
`num_predict`), templates beyond storing them, /api/ps, /api/pull, /api/push, /api/embed, the
OpenAI-compatible routes, and keep-alive model unloading. Test hooks that Ollama lacks: `fail()`,
`drop()`, `break_stream()` inject faults; `requests` records what was asked.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from loguru import logger

from timmyd.ollama import DIGEST_RE, normalize_name, parse_version
from timmyd.standin_gguf import AdapterLoadError, GGUFInfo, check_adapter, check_model, is_gguf, read_gguf

ADAPTER_CUTOFF = (0, 34, 1)
INVALID_NAME = "invalid model name"


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _valid_rel_path(p: str) -> bool:
    """Go's fs.ValidPath: relative, slash-separated, no '.', '..' or empty elements."""
    if p == ".":
        return True
    if not p or p.startswith("/") or p.endswith("/"):
        return False
    return all(e not in ("", ".", "..") for e in p.split("/"))


@dataclass
class Model:
    name: str
    model_digest: str
    adapters: list[str] = field(default_factory=list)
    template: str = ""
    system: str = ""
    parameters: dict[str, Any] = field(default_factory=dict)
    parent: str = ""
    modified_at: str = field(default_factory=_now)

    def layers(self) -> list[str]:
        out = [self.model_digest, *self.adapters]
        for extra in (self.template, self.system, json.dumps(self.parameters, sort_keys=True)):
            if extra and extra != "{}":
                out.append("sha256:" + hashlib.sha256(extra.encode()).hexdigest())
        return out

    def digest(self) -> str:
        return hashlib.sha256(json.dumps(self.layers()).encode()).hexdigest()


class _StreamAbort(Exception):
    """Raised inside a create/generate emulation to end the stream with an error."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass
class _Fault:
    method: str
    path: str
    kind: str  # status | drop | stream
    times: int
    status: int = 500
    message: str | None = "stand-in: injected failure"
    after: int = 1


class StandIn:
    """The server and its state. Use `with StandIn(...) as s:` and talk to `s.url`."""

    def __init__(self, port: int = 0, version: str = "0.33.0", root: str | os.PathLike | None = None,
                 adapter_refusal: str = "http", check_adapters_at_create: bool = False,
                 refuse_adapters: bool | None = None, host: str = "127.0.0.1"):
        if adapter_refusal not in ("http", "stream"):
            raise ValueError("adapter_refusal must be 'http' or 'stream'")
        self.version = version
        self.adapter_refusal = adapter_refusal
        self.refuse_adapters = refuse_adapters  # None: decided by the version
        self.check_adapters_at_create = check_adapters_at_create
        self._tmp = None if root else tempfile.mkdtemp(prefix="timmyd-standin-")
        self.root = Path(root or self._tmp)
        self.blobs = self.root / "blobs"
        self.blobs.mkdir(parents=True, exist_ok=True)
        self.models: dict[str, Model] = {}
        self.requests: list[tuple[str, str, Any]] = []
        self._faults: list[_Fault] = []
        self._gguf_cache: dict[str, GGUFInfo] = {}
        self._lock = threading.RLock()
        self._load_manifests()
        self._server = ThreadingHTTPServer((host, port), _make_handler(self))
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
        self._faults.append(_Fault(method, path, "status", times, status=status, message=message))

    def drop(self, method: str, path: str, times: int = 1) -> None:
        """Close the connection without an answer on the next `times` matching requests."""
        self._faults.append(_Fault(method, path, "drop", times))

    def break_stream(self, method: str, path: str, after: int = 1, times: int = 1,
                     message: str | None = "an error was encountered while running the model") -> None:
        """End the next streamed answers after `after` objects: with an in-stream error line, or
        (message=None) by just ending the stream early, as a server that dies mid-answer would."""
        self._faults.append(_Fault(method, path, "stream", times, message=message, after=after))

    def _take_fault(self, method: str, path: str, kinds: tuple[str, ...]) -> _Fault | None:
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
        words = f"Hello from {m.name}.".split() + prompt.split()
        reason = "stop"
        if num_predict is not None and 0 <= num_predict < len(words):
            words, reason = words[:num_predict], "length"
        return [w if i == 0 else " " + w for i, w in enumerate(words)], reason

    # -- create ------------------------------------------------------------------------------------

    def create_events(self, r: dict) -> Iterator[dict]:
        """The progress objects of a create; raises _StreamAbort like the Go goroutine sends errors."""
        full = normalize_name(str(r.get("model") or r.get("name") or ""))
        files: dict[str, str] | None = r.get("files")
        adapters: dict[str, str] | None = r.get("adapters")
        frm = r.get("from") or ""
        model: Model | None = None
        if frm:
            base_name = normalize_name(frm)
            if base_name is None:
                raise _StreamAbort(INVALID_NAME, 400)
            base = self.get(base_name)
            if base is None:
                yield {"status": "pulling manifest"}
                raise _StreamAbort("pull model manifest: file does not exist")
            model = Model(full, base.model_digest, list(base.adapters), base.template, base.system,
                          dict(base.parameters), parent=base.name)
        elif files is not None:
            if not files:
                raise _StreamAbort("no files provided to convert", 400)
            digest = None
            for fname in sorted(files):
                if fname.endswith(".safetensors"):
                    raise _StreamAbort("stand-in: safetensors import is not emulated", 400)
                digest = files[fname]
                yield {"status": "parsing GGUF"}
                self._need_gguf(digest)
            model = Model(full, digest)
        else:
            raise _StreamAbort("neither 'from' or 'files' was specified", 400)

        if adapters:
            if self.adapters_refused():
                yield {"status": "parsing GGUF"}
                raise _StreamAbort("LoRA adapters are no longer supported", 400)
            if len(adapters) > 1:
                raise _StreamAbort("only one adapter is currently supported", 400)
            (digest,) = adapters.values()
            yield {"status": "parsing GGUF"}
            self._need_gguf(digest, status=400)
            if self.check_adapters_at_create:
                try:
                    check_adapter(self._info(model.model_digest), self._info(digest))
                except AdapterLoadError as e:
                    raise _StreamAbort(f"invalid adapter: {e}", 400) from e
            model.adapters = [*model.adapters, digest]
        if r.get("quantize") or r.get("quantization"):
            raise _StreamAbort("stand-in: quantization is not emulated", 400)
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
            raise _StreamAbort(f"open {p}: no such file or directory", status)
        if not is_gguf(p):
            raise _StreamAbort("supplied file was not in GGUF format", 400)

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


def _make_handler(state: StandIn):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "ollama-standin"

        def setup(self) -> None:
            super().setup()  # no Nagle: headers and body go out as separate small writes
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, fmt, *args):  # route http.server's stderr chatter to loguru
            logger.trace("standin: " + fmt, *args)

        # -- low level -----------------------------------------------------------------------------

        def _body_chunks(self) -> Iterator[bytes]:
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        while self.rfile.readline().strip():
                            pass
                        return
                    left = size
                    while left:
                        block = self.rfile.read(min(left, 1 << 20))
                        if not block:
                            return
                        left -= len(block)
                        yield block
                    self.rfile.readline()
            else:
                left = int(self.headers.get("Content-Length") or 0)
                while left > 0:
                    block = self.rfile.read(min(left, 1 << 20))
                    if not block:
                        return
                    left -= len(block)
                    yield block

        def _read_json(self) -> tuple[dict | None, str | None]:
            raw = b"".join(self._body_chunks())
            if not raw.strip():
                return None, "missing request body"
            try:
                obj = json.loads(raw)
            except ValueError as e:
                return None, str(e)
            if not isinstance(obj, dict):
                return None, "json: cannot unmarshal into Go value of type api.Request"
            return obj, None

        def _send(self, status: int, obj: Any = None, head_only: bool = False) -> None:
            body = b"" if obj is None else json.dumps(obj).encode()
            self.send_response(status)
            if obj is not None:
                self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head_only:
                self.wfile.write(body)

        def _error(self, status: int, message: str) -> None:
            self._send(status, {"error": message}, head_only=self.command == "HEAD")

        def _stream(self, events: Iterator[dict], stream: bool, fault: _Fault | None) -> None:
            """Go's streamResponse / waitForStream over an event iterator that may raise _StreamAbort."""
            if not stream:
                latest: dict = {}
                try:
                    for ev in events:
                        latest = ev
                except _StreamAbort as e:
                    self._error(e.status or 500, e.message)
                    return
                self._send(200, latest)
                return
            written = 0
            try:
                for ev in events:
                    if fault and written >= fault.after:
                        if fault.message is None:
                            break
                        raise _StreamAbort(fault.message)
                    if not written:
                        self.send_response(200)
                        self.send_header("Content-Type", "application/x-ndjson")
                        self.send_header("Transfer-Encoding", "chunked")
                        self.end_headers()
                    self._chunk(json.dumps(ev).encode() + b"\n")
                    written += 1
            except _StreamAbort as e:
                if not written:
                    self._error(e.status or 500, e.message)
                    return
                self._chunk(json.dumps({"error": e.message}).encode() + b"\n")
            if written:
                self.wfile.write(b"0\r\n\r\n")

        def _chunk(self, data: bytes) -> None:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()

        # -- dispatch ------------------------------------------------------------------------------

        def _dispatch(self) -> None:
            path = self.path.split("?", 1)[0]
            method = self.command
            fault = state._take_fault(method, path, ("status", "drop"))
            if fault and fault.kind == "drop":
                for _ in self._body_chunks():
                    pass
                state.requests.append((method, path, "dropped"))
                self.close_connection = True
                return
            if fault:
                for _ in self._body_chunks():
                    pass
                state.requests.append((method, path, f"fault {fault.status}"))
                self._error(fault.status, fault.message)
                return
            routes = {
                ("GET", "/"): self.h_root, ("HEAD", "/"): self.h_root,
                ("GET", "/api/version"): self.h_version, ("HEAD", "/api/version"): self.h_version,
                ("GET", "/api/tags"): self.h_tags, ("HEAD", "/api/tags"): self.h_tags,
                ("POST", "/api/show"): self.h_show, ("POST", "/api/create"): self.h_create,
                ("POST", "/api/copy"): self.h_copy, ("DELETE", "/api/delete"): self.h_delete,
                ("POST", "/api/generate"): self.h_generate, ("POST", "/api/chat"): self.h_chat,
            }
            if path.startswith("/api/blobs/") and method in ("HEAD", "POST"):
                digest = path[len("/api/blobs/"):]
                state.requests.append((method, path, None))
                (self.h_head_blob if method == "HEAD" else self.h_post_blob)(digest)
                return
            handler = routes.get((method, path))
            if handler is None:
                for _ in self._body_chunks():
                    pass
                state.requests.append((method, path, None))
                known = any(p == path for _, p in routes)
                body = b"405 method not allowed" if known else b"404 page not found"  # gin's plain text
                self.send_response(405 if known else 404)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            handler()

        do_GET = do_POST = do_HEAD = do_DELETE = _dispatch

        # -- handlers ------------------------------------------------------------------------------

        def _json_request(self) -> dict | None:
            body, err = self._read_json()
            state.requests.append((self.command, self.path, body))
            if err:
                self._error(400, err)
                return None
            return body

        def h_root(self) -> None:
            state.requests.append((self.command, self.path, None))
            body = b"Ollama is running"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def h_version(self) -> None:
            state.requests.append((self.command, self.path, None))
            self._send(200, {"version": state.version}, head_only=self.command == "HEAD")

        def h_tags(self) -> None:
            state.requests.append((self.command, self.path, None))
            with state._lock:
                models = [state.tag_entry(m) for m in state.models.values()]
            models.sort(key=lambda e: e["modified_at"], reverse=True)
            self._send(200, {"models": models}, head_only=self.command == "HEAD")

        def h_show(self) -> None:
            r = self._json_request()
            if r is None:
                return
            name = r.get("model") or r.get("name")
            if not name:
                self._error(400, "model is required")
                return
            m = state.get(name)
            if m is None:
                self._error(404, f"model '{name}' not found")
                return
            self._send(200, state.show_doc(m))

        def h_head_blob(self, digest: str) -> None:
            if not DIGEST_RE.match(digest):
                self._error(400, "invalid digest format")
            elif not state.blob_path(digest).exists():
                self._error(404, f'blob "{digest}" not found')
            else:
                self._send(200, None, head_only=True)

        def h_post_blob(self, digest: str) -> None:
            if not DIGEST_RE.match(digest):
                for _ in self._body_chunks():
                    pass
                self._error(400, "invalid digest format")
                return
            dst = state.blob_path(digest)
            if dst.exists():
                for _ in self._body_chunks():
                    pass
                self._send(200, None)
                return
            h = hashlib.sha256()
            fd, tmp = tempfile.mkstemp(dir=state.blobs, prefix=".upload-")
            with os.fdopen(fd, "wb") as f:
                for block in self._body_chunks():
                    h.update(block)
                    f.write(block)
            got = "sha256:" + h.hexdigest()
            if got != digest.replace("-", ":", 1):
                os.unlink(tmp)
                self._error(400, f'digest mismatch, expected "{digest}", got "{got}"')
                return
            os.replace(tmp, dst)
            self._send(201, None)

        def h_create(self) -> None:
            r = self._json_request()
            if r is None:
                return
            for group in ("files", "adapters"):
                val = r.get(group)
                if val is not None and not isinstance(val, dict):
                    self._error(400, f"json: cannot unmarshal {type(val).__name__} into map[string]string")
                    return
                for fname, digest in (val or {}).items():
                    if group == "files" and not _valid_rel_path(fname):
                        self._error(400, "file path must be relative")
                        return
                    if not digest or not DIGEST_RE.match(str(digest)):
                        self._error(400, "invalid digest format")
                        return
            if r.get("adapters") and state.adapters_refused() and state.adapter_refusal == "http":
                self._error(400, "LoRA adapters are no longer supported")
                return
            if normalize_name(str(r.get("model") or r.get("name") or "")) is None:
                self._error(400, INVALID_NAME)
                return
            fault = state._take_fault("POST", "/api/create", ("stream",))
            self._stream(state.create_events(r), r.get("stream") is not False, fault)

        def h_copy(self) -> None:
            r = self._json_request()
            if r is None:
                return
            src, dst = str(r.get("source") or ""), str(r.get("destination") or "")
            if normalize_name(src) is None:
                self._error(400, f"source {json.dumps(src)} is invalid")
                return
            if normalize_name(dst) is None:
                self._error(400, f"destination {json.dumps(dst)} is invalid")
                return
            with state._lock:
                m = state.get(src)
                if m is None:
                    self._error(404, f"model {json.dumps(src)} not found")
                    return
                full = normalize_name(dst)
                state.models[full.lower()] = Model(full, m.model_digest, list(m.adapters), m.template,
                                                   m.system, dict(m.parameters), m.parent)
                state.save_manifests()
            self._send(200, None)

        def h_delete(self) -> None:
            r = self._json_request()
            if r is None:
                return
            name = str(r.get("model") or r.get("name") or "")
            full = normalize_name(name)
            if full is None:
                self._error(400, f"name {json.dumps(name)} is invalid")
                return
            with state._lock:
                if state.models.pop(full.lower(), None) is None:
                    self._error(404, f"model '{name}' not found")
                    return
                state.save_manifests()
            self._send(200, None)

        def _inference(self, chat: bool) -> None:
            r = self._json_request()
            if r is None:
                return
            name = str(r.get("model") or "")
            m = state.get(name) if name else None
            if m is None:
                self._error(404, f"model '{name}' not found")
                return
            try:
                state.load_check(m)
            except (AdapterLoadError, ValueError) as e:
                self._error(500, f"llama runner process has terminated: error loading model: {e}")
                return
            if chat:
                msgs = r.get("messages") or []
                if not isinstance(msgs, list):
                    self._error(400, "messages must be a list")
                    return
                prompt = next((str(x.get("content", "")) for x in reversed(msgs)
                               if isinstance(x, dict) and x.get("role") == "user"), "")
            else:
                prompt = str(r.get("prompt") or "")
            opts = r.get("options") or {}
            base = {"model": m.name}
            if (not chat and not prompt) or (chat and not r.get("messages")):
                done = {**base, "created_at": _now(), "done": True, "done_reason": "load"}
                done.update({"message": {"role": "assistant", "content": ""}} if chat else {"response": ""})
                self._send(200, done)
                return
            pieces, reason = state.reply(m, prompt, opts.get("num_predict"))
            stats = {"total_duration": 1000, "load_duration": 100, "prompt_eval_count": len(prompt.split()),
                     "prompt_eval_duration": 100, "eval_count": len(pieces), "eval_duration": 100}

            def piece(text: str) -> dict:
                if chat:
                    return {"message": {"role": "assistant", "content": text}}
                return {"response": text}

            if r.get("stream") is False:
                self._send(200, {**base, "created_at": _now(), **piece("".join(pieces)), "done": True,
                                 "done_reason": reason, **stats})
                return
            fault = state._take_fault("POST", self.path, ("stream",))

            def events() -> Iterator[dict]:
                for p in pieces:
                    yield {**base, "created_at": _now(), **piece(p), "done": False}
                yield {**base, "created_at": _now(), **piece(""), "done": True, "done_reason": reason, **stats}

            self._stream(events(), True, fault)

        def h_generate(self) -> None:
            self._inference(chat=False)

        def h_chat(self) -> None:
            self._inference(chat=True)

    return Handler


@contextlib.contextmanager
def serve(port: int = 0, **kw) -> Iterator[str]:
    """`with serve() as url:` runs a stand-in in a background thread for the block's duration."""
    with StandIn(port=port, **kw) as s:
        yield s.url


def main(argv: list[str] | None = None) -> int:
    """`python -m timmyd.standin --port 11434 --model base=path.gguf` for trying things by hand."""
    import argparse

    p = argparse.ArgumentParser(prog="python -m timmyd.standin", description=__doc__.splitlines()[0])
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
