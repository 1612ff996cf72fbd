"""Reading one file: what it holds (pairs, mined sessions, bad lines) and the state to record, with no ledger
in sight, so that many files can be read at once in worker processes (`scan_many`) while the ledger work stays
in the one process that owns it (`pipeline._Pass`).

Mining reads every follow-up turn against its conversation (`mining.judge`), which costs far more than
parsing: a backlog of thousands of session files (a first run, a rules change) is read by `[ingest].workers`
processes, in order, and committed file by file exactly as a serial pass would.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from loguru import logger

from timmyd.ingest import mining, sessions
from timmyd.ingest.files import decode_line, sha, split_lines, truncated
from timmyd.ingest.split import split_of
from timmyd.ledger.store import FileState, NewPair
from timmyd.pairs import Pair, PairError, detect_format, parse_record

PAIR_FORMAT = "pairs"
RESUMABLE = {PAIR_FORMAT} | sessions.LINE_FORMATS
WRITE_GRACE_S = 120.0  # a .json cut off mid-way and this recent is taken as still being written
PARALLEL_MIN_FILES = 256  # fewer files to read than this: one process (starting workers costs ~0.3 s each)
CHUNK = 32  # files handed to a worker at a time


@dataclass
class FileReport:
    path: str
    format: str = ""
    pairs_added: int = 0
    duplicates: int = 0
    quarantined: int = 0
    pairs_removed: int = 0  # unused pairs a re-mine under new rules no longer yields (replaced)
    status: str = "ingested"  # ingested | unchanged | quarantined | pending (incomplete last line) | empty
    reason: str = ""  # why a file gave nothing (empty, pending), for `timmyd ingest --details`


@dataclass
class _Found:
    pairs: list[NewPair] = field(default_factory=list)
    bad: list[tuple[int | None, str]] = field(default_factory=list)  # (line, reason)
    accepted: list[tuple[mining.Accepted, str]] = field(default_factory=list)
    replies: set[str] = field(default_factory=set)  # every assistant text the file holds (see _Pass._commit)


def _file_format(first: object, suffix: str) -> str | None:
    fmt = sessions.detect(first, suffix)
    if fmt:
        return fmt
    if isinstance(first, dict):
        try:
            detect_format(first)
            return PAIR_FORMAT
        except PairError:
            return None
    if isinstance(first, list) and suffix == ".json":  # a JSON array of pairs or sessions
        return _file_format(first[0], suffix) if first else None
    return None


class _Miner:
    """Collects pairs, accepted replies and bad lines while a file is read."""

    def __init__(self, path: str, rules: mining.Rules, fraction: float, want_accepted: bool, want_replies: bool = False):
        self.path, self.rules, self.fraction, self.want_accepted = path, rules, fraction, want_accepted
        self.want_replies = want_replies  # re-mined after a rule change: which replies the file holds
        self.found = _Found()

    def pair(self, pair: Pair, position: str, origin: str, anchor: str | None = None) -> None:
        self.found.pairs.append(NewPair(pair, split_of(pair, self.fraction), self.path, position, origin, anchor))

    def session(self, s: sessions.Session) -> None:
        for t in s.turns:  # said, not silently dropped: the owner can see why a turn gave no pair
            if t.role == "user" and not t.content.strip():
                where = " ".join(w for w in (s.where, t.where) if w) or "session"
                line = int(t.where[5:]) if t.where.startswith("line ") and t.where[5:].isdigit() else None
                self.bad(line, f"empty user message ({where}): skipped, no pair can come from it")
        if self.want_replies:
            self.found.replies.update(mining.strip_think(t.content) for t in s.turns if t.role == "assistant" and t.content)
        mined, accepted = mining.mine(s, self.rules, accepted_too=self.want_accepted)
        for m in mined:
            self.pair(m.pair, m.position, "session")
        if self.want_accepted:
            self.found.accepted.extend((a, a.position) for a in accepted)

    def bad(self, line: int | None, reason: str) -> None:
        self.found.bad.append((line, reason))


def _read_json_file(data: bytes, suffix: str, m: _Miner) -> str:
    try:
        obj = decode_line(data)
    except ValueError as e:
        m.bad(None, str(e))
        return "unknown"
    fmt = _file_format(obj, suffix)
    if fmt is None:
        m.bad(None, "not a pair or session file (no messages, conversations, or chosen/rejected keys)")
        return "unknown"
    items = obj if isinstance(obj, list) else [obj]
    for i, rec in enumerate(items, 1):
        where = f"item {i}" if isinstance(obj, list) else ""
        try:
            if fmt == PAIR_FORMAT:
                p = parse_record(rec)
                m.pair(p, where or "1", "file")
            elif fmt == "hermes_json":
                m.session(sessions.hermes_session(rec, where))
            else:
                m.session(sessions.sharegpt_session(rec, where))
        except (ValueError, TypeError, AttributeError, KeyError) as e:  # PairError/SessionError are ValueErrors
            m.bad(i if isinstance(obj, list) else None, getattr(e, "reason", None) or str(e))
    return fmt


def _read_jsonl(lines: list[tuple[int, bytes]], fmt: str | None, m: _Miner) -> str | None:
    chat = sessions.Session()
    for lineno, raw in lines:
        if not raw.strip():
            continue
        try:
            rec = decode_line(raw)
            if fmt is None:
                fmt = _file_format(rec, ".jsonl")
                if fmt is None:
                    raise ValueError("not a pair or session record (no messages, conversations, role, "
                                     "or chosen/rejected keys)")
            if fmt == PAIR_FORMAT:
                m.pair(parse_record(rec), str(lineno), "file")
            elif fmt in sessions.LINE_FORMATS:
                m.session(sessions.line_session(fmt, rec, f"line {lineno}"))
            else:
                chat.turns.extend(sessions.openai_turns(rec, f"line {lineno}"))
        except (ValueError, TypeError, AttributeError, KeyError) as e:  # PairError/SessionError are ValueErrors
            m.bad(lineno, getattr(e, "reason", None) or str(e))
    if fmt in sessions.FILE_FORMATS and chat.turns:
        m.session(chat)
    return fmt



@dataclass
class Scanned:
    """One file read: its report, what it holds and the state to record; or the reason to quarantine it whole
    (`reject`, with its size and mtime), or an unexpected error; nothing of it is written yet."""
    rep: FileReport
    found: _Found | None = None
    state: FileState | None = None
    replacing: bool = False  # re-mined under new rules: its stale unused pairs are replaced
    reject: str = ""
    stat: tuple[int, float] = (0, 0.0)
    error: str = ""


@dataclass(frozen=True)
class Reader:
    """How files are read in this pass (from the config); picklable, so a worker process gets its own copy."""
    rules: mining.Rules
    fraction: float
    max_bytes: int
    max_file_mb: float
    want_accepted: bool

    def unchanged(self, path: Path, prev: FileState | None) -> Scanned | None:
        """The file as the ledger last saw it (same size and mtime, mined under these rules), or gone: nothing to
        read (None: it must be read)."""
        try:
            st = path.stat()
        except FileNotFoundError:
            return Scanned(FileReport(str(path), status="unchanged"))  # vanished between listing and reading
        if (prev is not None and prev.size == st.st_size and prev.mtime == st.st_mtime
                and not (prev.format in sessions.SESSION_FORMATS and prev.rules != self.rules.version)):
            return Scanned(FileReport(str(path), prev.format, status="unchanged"))
        return None

    def scan(self, path: Path, prev: FileState | None) -> Scanned:
        """Read `path` (its ledger state `prev`): unchanged, pending, rejected, or what it holds."""
        done = self.unchanged(path, prev)
        if done is not None:
            return done
        rep = FileReport(str(path))
        st = path.stat()
        version = self.rules.version
        remine = prev is not None and prev.format in sessions.SESSION_FORMATS and prev.rules != version
        stat = (st.st_size, st.st_mtime)
        if st.st_size > self.max_bytes:
            mb = st.st_size / 2**20
            return Scanned(rep, reject=f"file is {mb:.1f} MB, over [ingest].max_file_mb = {self.max_file_mb:g}",
                           stat=stat)
        try:
            with path.open("rb") as fh:
                data = fh.read(self.max_bytes + 1)
        except OSError as e:
            return Scanned(rep, reject=f"cannot read: {e.strerror or e}", stat=stat)
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return Scanned(rep, reject="UTF-16 text; save the file as UTF-8", stat=stat)
        if b"\x00" in data[:8192]:
            return Scanned(rep, reject="binary file (NUL bytes): not a pair or session file", stat=stat)
        bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        m = _Miner(rep.path, self.rules, self.fraction, self.want_accepted, remine)
        if path.suffix == ".json":
            body = data[bom:]
            if not body.strip():
                fmt, consumed = "empty", 0  # just created; its content comes later
            else:
                fmt, consumed = _read_json_file(body, ".json", m), len(data)
                if fmt == "unknown" and truncated(body) and time.time() - st.st_mtime < WRITE_GRACE_S:
                    rep.status, rep.format = "pending", fmt  # being written: look again later
                    return Scanned(rep)
        else:
            start, fmt = bom, None
            if (prev is not None and prev.status == "ok" and prev.format in RESUMABLE and not remine
                    and len(data) >= prev.bytes_consumed and sha(data[:prev.bytes_consumed]) == prev.content_hash):
                start, fmt = max(prev.bytes_consumed, bom), prev.format
            lines, consumed = split_lines(data, start)
            fmt = _read_jsonl(lines, fmt, m) or ("unknown" if m.found.bad else "empty")
            if consumed < len(data):
                rep.status = "pending"
        rep.format = fmt
        if fmt == "empty":
            rep.status = "empty"
            rep.reason = (f"empty file ({st.st_size} bytes, nothing to read yet): read again once it is written"
                          if st.st_size == 0 or not data.strip() else "no records in it: read again once it changes")
        session_file = fmt in sessions.SESSION_FORMATS
        state = FileState(rep.path, st.st_size, st.st_mtime, sha(data[:consumed]), consumed, fmt,
                          "quarantined" if fmt == "unknown" else "ok", rules=version if session_file else "")
        return Scanned(rep, m.found, state, replacing=remine and session_file)


# errors a file's content can raise while it is read; anything else is a bug and stops the pass
READ_ERRORS = (OSError, ValueError, TypeError, AttributeError, KeyError, IndexError, RecursionError, MemoryError)

_WORKER_READER: Reader | None = None


def _init_worker(reader: Reader) -> None:
    global _WORKER_READER
    _WORKER_READER = reader


def scan_one(reader: Reader, job: tuple[Path, FileState | None]) -> Scanned:
    """`reader.scan` of one job; an error the file's content raised is that file's result, not the pass's end."""
    path, prev = job
    try:
        return reader.scan(path, prev)
    except READ_ERRORS as e:
        logger.opt(exception=e).debug("reading {} failed", path)
        return Scanned(FileReport(str(path), "unknown", status="quarantined"), error=f"{type(e).__name__}: {e}")


def _scan_job(job: tuple[Path, FileState | None]) -> Scanned:
    return scan_one(_WORKER_READER, job)


def workers_for(setting: int, files: int) -> int:
    """Worker processes for `files` files to read: `[ingest].workers` (0: one per core, at most 8), and one
    (this process) for a small batch, where starting workers costs more than it saves."""
    if files < PARALLEL_MIN_FILES:
        return 1
    n = setting or min(8, os.cpu_count() or 1)
    return max(1, min(n, files // CHUNK))


def _context():
    """Workers forked from a server process that imported only this module (not the caller's threads, locks or
    ledger, nor its main script); fresh interpreters where there is no fork server."""
    try:
        ctx = get_context("forkserver")
    except ValueError:  # pragma: no cover - platforms without fork
        return get_context("spawn")
    ctx.set_forkserver_preload([__name__])
    return ctx


def scan_many(reader: Reader, jobs: Iterable[tuple[Path, FileState | None]], workers: int) -> Iterator[Scanned]:
    """`reader.scan` over `jobs` in `workers` processes, yielding in the jobs' order (the commit order of a
    serial pass)."""
    with ProcessPoolExecutor(workers, mp_context=_context(), initializer=_init_worker,
                             initargs=(reader,)) as pool:
        yield from pool.map(_scan_job, jobs, chunksize=CHUNK)
