"""What the Ollama stand-in's state (standin.py) and its HTTP side (standin_http.py) both speak:
error texts, injected faults, the stream-abort signal, Go's path rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

INVALID_NAME = "invalid model name"


def now() -> str:
    return datetime.now(UTC).isoformat()


def valid_rel_path(p: str) -> bool:
    """Go's fs.ValidPath: relative, slash-separated, no '.', '..' or empty elements."""
    if p == ".":
        return True
    if not p or p.startswith("/") or p.endswith("/"):
        return False
    return all(e not in ("", ".", "..") for e in p.split("/"))


class StreamAbort(Exception):
    """Raised inside a create/generate emulation to end the stream with an error."""

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass
class Fault:
    method: str
    path: str
    kind: str  # status | drop | stream | outage | hold
    times: int
    status: int = 500
    message: str | None = "stand-in: injected failure"
    after: int = 1
    seconds: float = 0.0  # hold: how long the answer waits
