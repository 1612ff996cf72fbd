"""httpx client for the Ollama HTTP API, and nothing else (no adapter or promotion logic here).

Faithful to Ollama's server (server/routes.go, create.go): errors come back as `{"error": "..."}`
with a 4xx/5xx status, EXCEPT when a streamed response has already started: then the status stays
200 and the error is one NDJSON line. So a create is successful only when its stream ends with
`{"status": "success"}`; an `error` line anywhere, or a stream that stops early, is a failure.

Retries (exponential backoff) cover connection errors and 5xx answers that arrive before any body
was consumed; 4xx is the caller's fault and is never retried. A stream cut off half way is not
replayed (callbacks have already seen part of it): it raises `OllamaUnreachable` so the caller can
retry the whole operation later.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from loguru import logger

DEFAULT_HOST = "http://127.0.0.1:11434"
DIGEST_RE = re.compile(r"^sha256[:-][0-9a-fA-F]{64}$")
CHUNK = 1 << 20
_PART = r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,79}"
NAME_RE = re.compile(rf"^(?:{_PART}/){{0,2}}{_PART}(?::[A-Za-z0-9_][A-Za-z0-9_.\-]{{0,127}})?$")


def parse_version(v: str) -> tuple[int, int, int] | None:
    """'0.34.1-rc2' -> (0, 34, 1); None when the string is not a version."""
    m = re.match(r"^v?(\d+)\.(\d+)\.(\d+)", (v or "").strip())
    return (int(m[1]), int(m[2]), int(m[3])) if m else None


def normalize_name(name: str) -> str | None:
    """`timmy` -> `timmy:latest` as Ollama resolves names; None when Ollama would call it invalid."""
    if not name or not NAME_RE.match(name):
        return None
    return name if ":" in name.rsplit("/", 1)[-1] else f"{name}:latest"


class OllamaError(RuntimeError):
    """The server answered with an error; `status` is the HTTP status (200 for in-stream errors)."""

    def __init__(self, endpoint: str, message: str, status: int | None = None):
        self.endpoint = endpoint
        self.message = message
        self.status = status
        where = f"HTTP {status}" if status is not None else "no answer"
        super().__init__(f"ollama {endpoint}: {message} ({where})")


class OllamaUnreachable(OllamaError):
    """No usable answer at all (connection refused, timeout, stream cut off): retry later."""

    def __init__(self, endpoint: str, host: str, reason: str):
        self.host = host
        super().__init__(endpoint, f"ollama unreachable at {host}: {reason}", None)


def resolve_host(host: str | None = None) -> str:
    """`$OLLAMA_HOST` wins over the configured host; accept Ollama's short forms (`:11434`, `0.0.0.0`).

    Mirrors Ollama's envconfig.Host: scheme defaults to http, port to 11434 (80/443 when a scheme
    without port is given explicitly), and a bind-all address is reached through loopback.
    """
    raw = (os.environ.get("OLLAMA_HOST") or host or DEFAULT_HOST).strip().rstrip("/")
    scheme, sep, rest = raw.partition("://")
    if not sep:
        scheme, rest = "http", raw
    hostport, _, path = rest.partition("/")
    name, colon, port = hostport.rpartition(":")
    if not colon or "]" in port:  # no port given (or a bare IPv6 literal)
        name = hostport
        port = "11434" if not sep else ("443" if scheme == "https" else "80")
    name = name or "127.0.0.1"
    if name in ("0.0.0.0", "[::]"):
        name = "127.0.0.1"
    return f"{scheme}://{name}:{port}" + (f"/{path}" if path else "")


def file_digest(path: str | os.PathLike) -> str:
    """`sha256:<hex>` of a file, read in chunks (model files are gigabytes)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(CHUNK):
            h.update(block)
    return "sha256:" + h.hexdigest()


def _error_message(resp: httpx.Response) -> str:
    try:
        body = resp.json()
        if isinstance(body, dict) and "error" in body:
            return str(body["error"])
    except (ValueError, UnicodeDecodeError):
        pass
    text = resp.text.strip()  # e.g. a proxy's HTML error page: keep the start, it names the problem
    return (text[:300] + (" ..." if len(text) > 300 else "")) or resp.reason_phrase or "no message"


class OllamaClient:
    """One client per host; cheap to create. Use as a context manager or call `close()`."""

    def __init__(self, host: str | None = None, timeout: float = 600.0, retries: int = 3,
                 backoff: float = 0.5, transport: httpx.BaseTransport | None = None):
        self.host = resolve_host(host)
        self.retries = max(0, int(retries))
        self.backoff = backoff
        connect = min(10.0, timeout)
        self._http = httpx.Client(base_url=self.host, transport=transport,
                                  timeout=httpx.Timeout(timeout, connect=connect))

    @classmethod
    def from_config(cls, cfg) -> OllamaClient:
        o = cfg.ollama
        return cls(o.host, timeout=o.timeout_s, retries=o.retries, backoff=getattr(o, "backoff_s", 0.5))

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> OllamaClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transport ---------------------------------------------------------------------------------

    def _sleep(self, attempt: int) -> None:
        time.sleep(self.backoff * (2 ** attempt))

    def _send(self, method: str, path: str, *, stream: bool = False,
              body_factory: Callable[[], dict[str, Any]] | None = None, **kw) -> httpx.Response:
        """Send with retries; returns a response with status < 400 (streamed responses left open)."""
        endpoint = f"{method} {path}"
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            if body_factory is not None:
                kw.update(body_factory())
            try:
                req = self._http.build_request(method, path, **kw)
                resp = self._http.send(req, stream=stream)
            except httpx.TransportError as e:
                reason = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
                if last:
                    raise OllamaUnreachable(endpoint, self.host, reason) from e
                logger.debug("ollama {}: {} (attempt {}), retrying", endpoint, reason, attempt + 1)
                self._sleep(attempt)
                continue
            if resp.status_code < 400:
                return resp
            if stream:
                resp.read()
                resp.close()
            msg = _error_message(resp)
            if resp.status_code >= 500 and not last:
                logger.debug("ollama {}: HTTP {} {} (attempt {}), retrying", endpoint, resp.status_code,
                             msg, attempt + 1)
                self._sleep(attempt)
                continue
            raise OllamaError(endpoint, msg, resp.status_code)
        raise AssertionError("unreachable")  # pragma: no cover

    def _json(self, method: str, path: str, payload: dict | None = None) -> Any:
        resp = self._send(method, path, json=payload) if payload is not None else self._send(method, path)
        if not resp.content:
            return {}
        try:
            return resp.json()
        except ValueError as e:
            raise OllamaError(f"{method} {path}", f"answer is not JSON: {resp.text[:200]!r}",
                              resp.status_code) from e

    def _ndjson(self, method: str, path: str, payload: dict) -> Iterator[dict]:
        """Yield each NDJSON object; an `error` object raises OllamaError with status 200."""
        endpoint = f"{method} {path}"
        resp = self._send(method, path, json=payload, stream=True)
        try:
            for line in resp.iter_lines():
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as e:
                    raise OllamaError(endpoint, f"bad stream line: {line[:200]!r}", resp.status_code) from e
                if isinstance(obj, dict) and "error" in obj:
                    raise OllamaError(endpoint, str(obj["error"]), resp.status_code)
                yield obj
        except httpx.TransportError as e:
            raise OllamaUnreachable(endpoint, self.host, f"stream cut off: {type(e).__name__}: {e}") from e
        finally:
            resp.close()

    # -- endpoints ---------------------------------------------------------------------------------

    def version(self) -> str:
        return str(self._json("GET", "/api/version").get("version", ""))

    def tags(self) -> list[dict]:
        return list(self._json("GET", "/api/tags").get("models") or [])

    def show(self, model: str, verbose: bool = False) -> dict:
        payload: dict[str, Any] = {"model": model}
        if verbose:
            payload["verbose"] = True
        return self._json("POST", "/api/show", payload)

    def exists(self, model: str) -> bool:
        """True when `show` finds the model, False on 404 (other errors propagate)."""
        try:
            self.show(model)
            return True
        except OllamaError as e:
            if e.status == 404:
                return False
            raise

    def blob_exists(self, digest: str) -> bool:
        """HEAD answers carry no body, so a 400 (bad digest) is just 'not there'; POST says why."""
        try:
            self._send("HEAD", f"/api/blobs/{digest}")
            return True
        except OllamaError as e:
            if e.status in (400, 404):
                return False
            raise

    def push_blob(self, path: str | os.PathLike, digest: str | None = None) -> str:
        """Upload a file as a blob unless the server has it; returns its `sha256:<hex>` digest.

        The body is streamed from disk (never read whole into memory) with its Content-Length;
        201 = created, 200 = already there; 400 = bad digest or mismatch (raised).
        """
        p = Path(path)
        digest = digest or file_digest(p)
        if self.blob_exists(digest):
            logger.debug("blob {} already on the server", digest)
            return digest
        size = p.stat().st_size

        def body() -> dict[str, Any]:
            def chunks() -> Iterator[bytes]:
                with open(p, "rb") as f:
                    while block := f.read(CHUNK):
                        yield block
            return {"content": chunks(), "headers": {"Content-Length": str(size)}}

        resp = self._send("POST", f"/api/blobs/{digest}", body_factory=body)
        logger.debug("blob {} uploaded ({} bytes, HTTP {})", digest, size, resp.status_code)
        return digest

    def create(self, model: str, *, from_: str | None = None, files: dict[str, str] | None = None,
               adapters: dict[str, str] | None = None, template: str | None = None,
               system: str | None = None, parameters: dict[str, Any] | None = None,
               quantize: str | None = None, stream: bool = True,
               on_progress: Callable[[dict], None] | None = None) -> list[dict]:
        """Create `model`; returns the progress objects. Success only on a final `success` status."""
        payload: dict[str, Any] = {"model": model, "stream": stream}
        for key, val in (("from", from_), ("files", files), ("adapters", adapters), ("template", template),
                         ("system", system), ("parameters", parameters), ("quantize", quantize)):
            if val is not None:
                payload[key] = val
        endpoint = "POST /api/create"
        if not stream:
            obj = self._json("POST", "/api/create", payload)
            if obj.get("status") != "success":
                raise OllamaError(endpoint, f"create did not report success: {obj}", 200)
            return [obj]
        seen: list[dict] = []
        for obj in self._ndjson("POST", "/api/create", payload):
            seen.append(obj)
            if on_progress:
                on_progress(obj)
        if not seen or seen[-1].get("status") != "success":
            last = seen[-1].get("status") if seen else "nothing"
            raise OllamaError(endpoint, f"stream ended without success (last status: {last!r})", 200)
        return seen

    def copy(self, source: str, destination: str) -> None:
        self._json("POST", "/api/copy", {"source": source, "destination": destination})

    def delete(self, model: str) -> None:
        self._json("DELETE", "/api/delete", {"model": model})

    def generate(self, model: str, prompt: str, *, stream: bool = False, options: dict | None = None,
                 on_chunk: Callable[[str], None] | None = None, **extra) -> dict:
        """Complete `prompt`; streamed or not, returns the final object with the whole `response`."""
        payload: dict[str, Any] = {"model": model, "prompt": prompt, "stream": stream, **extra}
        if options:
            payload["options"] = options
        if not stream:
            return self._json("POST", "/api/generate", payload)
        return self._collect("/api/generate", payload, on_chunk, lambda o: o.get("response", ""), "response")

    def chat(self, model: str, messages: list[dict], *, stream: bool = False, options: dict | None = None,
             on_chunk: Callable[[str], None] | None = None, format: dict | str | None = None, **extra) -> dict:
        """Chat; streamed or not, returns the final object with the whole assistant `message`.
        `format`: "json" or a JSON schema the answer must follow (Ollama's structured outputs)."""
        payload: dict[str, Any] = {"model": model, "messages": messages, "stream": stream, **extra}
        if options:
            payload["options"] = options
        if format is not None:
            payload["format"] = format
        if not stream:
            return self._json("POST", "/api/chat", payload)
        final = self._collect("/api/chat", payload, on_chunk,
                              lambda o: (o.get("message") or {}).get("content", ""), "content")
        text = final.pop("content")
        final["message"] = {**(final.get("message") or {}), "role": "assistant", "content": text}
        return final

    def _collect(self, path: str, payload: dict, on_chunk, piece, key: str) -> dict:
        parts: list[str] = []
        final: dict | None = None
        for obj in self._ndjson("POST", path, payload):
            text = piece(obj)
            if text:
                parts.append(text)
                if on_chunk:
                    on_chunk(text)
            if obj.get("done"):
                final = obj
        if final is None:
            raise OllamaError(f"POST {path}", "stream ended before done", 200)
        return {**final, key: "".join(parts)}
