"""Files for ingest: finding them (symlink and hidden-file rules) and splitting their bytes into lines.

Kept apart from `ingest` so the rules about *which bytes count* (a last line still being written, a
JSON file cut off mid-way, a consumed prefix that changed) are small and testable on their own.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

SUFFIXES = {".json", ".jsonl"}


def inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def iter_files(root: Path, follow_outside: bool, on_bad: Callable[[Path, str], None]) -> Iterable[Path]:
    """Candidate files under `root` (sorted; hidden names and other suffixes skipped).

    A symlink whose target is inside `root` is skipped (the target is found on its own); one leading
    outside is reported to `on_bad` unless `follow_outside`; a broken one is reported too.
    """
    real_root = root.resolve()
    seen: set[Path] = set()
    stack = [root]
    while stack:
        d = stack.pop()
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as e:
            on_bad(d, f"cannot list folder: {e.strerror or e}")
            continue
        subdirs = []
        for e in entries:
            if e.name.startswith("."):
                continue
            p = Path(e.path)
            if e.is_symlink():
                target = p.resolve()
                if not target.exists():
                    if p.suffix in SUFFIXES:
                        on_bad(p, f"broken symlink (points to {os.readlink(p)})")
                    continue
                if inside(target, real_root):
                    continue
                if not follow_outside:
                    on_bad(p, f"symlink leads outside {root} (to {target}); set [ingest] "
                              "follow_symlinks_outside = true to read it")
                    continue
                if target in seen:
                    continue
                seen.add(target)
            if e.is_dir():
                subdirs.append(p)
            elif e.is_file() and p.suffix in SUFFIXES:
                yield p
        stack.extend(reversed(subdirs))


def outside_export(link: Path, cfg) -> str | None:
    """A file named directly (the daemon passes changed files) that links outside the export folder
    it sits in gets the same treatment as one found by walking that folder."""
    export = cfg.export_path
    if cfg.ingest.follow_symlinks_outside or not inside(link.parent.absolute(), export.absolute()):
        return None
    target = link.resolve()
    if not target.exists() or inside(target, export.resolve()):
        return None
    return (f"symlink leads outside {export} (to {target}); set [ingest] follow_symlinks_outside = true "
            "to read it")


def split_lines(data: bytes, start: int) -> tuple[list[tuple[int, bytes]], int]:
    """(lineno, raw) for complete lines from `start`, and the offset consumed.

    The last line without a newline counts only when it already parses as JSON; otherwise it is
    still being written and is left for the next pass.
    """
    lineno = data.count(b"\n", 0, start) + 1
    out = []
    pos = start
    while pos < len(data):
        nl = data.find(b"\n", pos)
        if nl < 0:
            tail = data[pos:]
            try:
                json.loads(tail.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                if tail.strip():
                    return out, pos
            out.append((lineno, tail))
            return out, len(data)
        out.append((lineno, data[pos:nl]))
        pos, lineno = nl + 1, lineno + 1
    return out, pos


def decode_line(raw: bytes) -> object:
    """JSON of one line; ValueError with a readable reason."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"not UTF-8 text (byte 0x{raw[e.start]:02x} at column {e.start + 1}); "
                         "save the file as UTF-8") from None
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError(f"not valid JSON: {e.msg} at column {e.colno}") from None
    if "\\ud" in text or "\\uD" in text:  # escapes of UTF-16 halves: fine in pairs, not alone
        try:
            json.dumps(obj, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("contains an unpaired UTF-16 surrogate escape (\\ud800-\\udfff): "
                             "not valid Unicode text") from None
    return obj


def truncated(body: bytes) -> bool:
    """Does this JSON stop in the middle (a writer is still at it) rather than being malformed?"""
    text = body.decode("utf-8", errors="replace")
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        rest = text[e.pos:].strip()
        return (e.msg.startswith("Unterminated string") or not rest
                or (e.msg == "Expecting value" and all(c.isalnum() or c in ".+-" for c in rest)))
    return False


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
