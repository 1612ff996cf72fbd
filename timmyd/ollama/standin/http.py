"""The HTTP side of the Ollama stand-in: routing, bodies, Go's streamResponse/waitForStream rules.

Kept apart from the state (standin.py) so each half stays readable; `make_handler(state)` builds a
`BaseHTTPRequestHandler` class bound to one `StandIn`.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import tempfile
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from typing import Any

from loguru import logger

from timmyd.ollama.client import DIGEST_RE, normalize_name
from timmyd.ollama.standin.gguf import AdapterLoadError
from timmyd.ollama.standin.types import INVALID_NAME, Fault, StreamAbort, now, valid_rel_path


def make_handler(state):
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

        def _stream(self, events: Iterator[dict], stream: bool, fault: Fault | None) -> None:
            """Go's streamResponse / waitForStream over an event iterator that may raise StreamAbort."""
            if not stream:
                latest: dict = {}
                try:
                    for ev in events:
                        latest = ev
                except StreamAbort as e:
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
                        raise StreamAbort(fault.message)
                    if not written:
                        self.send_response(200)
                        self.send_header("Content-Type", "application/x-ndjson")
                        self.send_header("Transfer-Encoding", "chunked")
                        self.end_headers()
                    self._chunk(json.dumps(ev).encode() + b"\n")
                    written += 1
            except StreamAbort as e:
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
            held = state._take_fault(method, path, ("hold",))
            if held:
                time.sleep(held.seconds)
            if state.is_down(method, path):
                fault = Fault(method, path, "drop", 1)
            else:
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
                    if group == "files" and not valid_rel_path(fname):
                        msg = "file path must be relative"  # >= 0.34.1 names the path
                        self._error(400, f"{msg}: {fname}" if state.adapters_refused() else msg)
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
            m = state.get(src)
            if m is None:
                self._error(404, f"model {json.dumps(src)} not found")
                return
            state.copy_model(m, normalize_name(dst))
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
            if not state.delete_model(full):
                self._error(404, f"model '{name}' not found")
                return
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
                done = {**base, "created_at": now(), "done": True, "done_reason": "load"}
                done.update({"message": {"role": "assistant", "content": ""}} if chat else {"response": ""})
                self._send(200, done)
                return
            if chat and r.get("format") is not None:  # structured output: one JSON answer, never cut
                pieces, reason = [state.structured(m, r.get("messages"), r.get("format"))], "stop"
            else:
                pieces, reason = state.reply(m, prompt, opts.get("num_predict"))
            stats = {"total_duration": 1000, "load_duration": 100, "prompt_eval_count": len(prompt.split()),
                     "prompt_eval_duration": 100, "eval_count": len(pieces), "eval_duration": 100}

            def piece(text: str) -> dict:
                if chat:
                    return {"message": {"role": "assistant", "content": text}}
                return {"response": text}

            if r.get("stream") is False:
                self._send(200, {**base, "created_at": now(), **piece("".join(pieces)), "done": True,
                                 "done_reason": reason, **stats})
                return
            fault = state._take_fault("POST", self.path, ("stream",))

            def events() -> Iterator[dict]:
                for p in pieces:
                    yield {**base, "created_at": now(), **piece(p), "done": False}
                yield {**base, "created_at": now(), **piece(""), "done": True, "done_reason": reason, **stats}

            self._stream(events(), True, fault)

        def h_generate(self) -> None:
            self._inference(chat=False)

        def h_chat(self) -> None:
            self._inference(chat=True)

    return Handler
