"""The ledger: every durable fact timmyd knows, in one SQLite file (`<state>/ledger.sqlite3`, WAL).

Why SQLite: the daemon runs for months and must count every pair exactly once across crashes. A pair
and the file offset it came from are written in ONE transaction, so a crash either keeps both or
neither; the source file is still on disk and is simply read again. WAL lets `timmyd status` and the
training worker read while the daemon writes. `synchronous=NORMAL` is enough for that guarantee: a
power cut can roll back the last transactions, but pairs and offsets roll back together.

The ledger holds no business rules: which split a pair goes to, when a cycle starts, what wins a
verdict are decided by the callers; this module only stores and answers. Thread-safe (one
connection behind a lock) and safe across processes (SQLite locking, 30 s busy timeout).

Tables: files, pairs, quarantine (ingest); runs, promotions (daemon, promotion).
Times are UNIX seconds (float, UTC). JSON columns come back decoded.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from timmyd.config import make_private, tighten
from timmyd.ledger.runs import RUN_STATUSES, RunsMixin  # noqa: F401 (re-exported)
from timmyd.pairs import Message, Pair, PairError, parse_record

FILENAME = "ledger.sqlite3"
SPLITS = ("train", "heldout")

# Schema history: append a new script to change the schema, never edit an applied one.
# PRAGMA user_version holds how many scripts a database has applied.
MIGRATIONS: list[str] = [
    # 1: ingest tables + runs + promotions
    """
    CREATE TABLE files (
        path TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime REAL NOT NULL,
        content_hash TEXT NOT NULL,          -- sha256 of the consumed prefix
        bytes_consumed INTEGER NOT NULL,
        format TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'ok',   -- ok | quarantined
        pairs INTEGER NOT NULL DEFAULT 0,    -- pairs this file added, over its lifetime
        first_seen REAL NOT NULL,
        last_seen REAL NOT NULL
    );
    CREATE TABLE pairs (
        key TEXT PRIMARY KEY,                -- Pair.key (content hash)
        record TEXT NOT NULL,                -- Pair.to_record() JSON
        source_file TEXT NOT NULL,
        position TEXT NOT NULL,              -- line number, or session/turn inside a session file
        origin TEXT NOT NULL DEFAULT 'file', -- file | session | base
        anchor TEXT,                         -- for origin 'base': hash of prompt + chosen
        added REAL NOT NULL,
        split TEXT NOT NULL CHECK (split IN ('train', 'heldout')),
        run_id INTEGER REFERENCES runs(id)
    );
    CREATE INDEX pairs_split ON pairs(split, run_id);
    CREATE INDEX pairs_anchor ON pairs(anchor);
    CREATE TABLE quarantine (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        path TEXT NOT NULL,
        line INTEGER NOT NULL DEFAULT 0,     -- 0 = the whole file
        reason TEXT NOT NULL,
        time REAL NOT NULL,
        UNIQUE (path, line, reason)
    );
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL,                  -- e.g. cycle | train | eval
        method TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('running','succeeded','failed','rejected','promoted')),
        started REAL NOT NULL,
        finished REAL,
        pairs_used INTEGER,
        adapter_dir TEXT,
        info TEXT,                           -- JSON given at start
        summary TEXT,                        -- JSON
        metrics TEXT,                        -- JSON
        verdict TEXT,                        -- JSON
        error TEXT
    );
    CREATE TABLE promotions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        run_id INTEGER REFERENCES runs(id),
        tag TEXT NOT NULL,
        served_name TEXT NOT NULL,
        strategy TEXT NOT NULL,
        status TEXT NOT NULL,                -- promoted | failed | rolled_back (callers' vocabulary)
        detail TEXT,                         -- JSON
        time REAL NOT NULL
    );
    """,
    # 2: accepted replies waiting for a base-model 'rejected' reply ([mining].rejected_from_base)
    """
    CREATE TABLE candidates (
        anchor TEXT PRIMARY KEY,             -- hash of prompt + chosen
        prompt TEXT NOT NULL,                -- JSON list of {role, content}
        chosen TEXT NOT NULL,
        source_file TEXT NOT NULL,
        position TEXT NOT NULL,
        added REAL NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending', -- pending | done | skipped
        detail TEXT
    );
    CREATE INDEX candidates_status ON candidates(status, added);
    """,
    # 3: the mining rules' version each session file was last mined with (a change re-mines the file and
    # replaces its pairs no run has used yet); '' for pair files and files mined before this column
    """
    ALTER TABLE files ADD COLUMN rules TEXT NOT NULL DEFAULT '';
    CREATE INDEX pairs_source ON pairs(source_file, run_id);
    """,
]



class LedgerError(RuntimeError):
    """The ledger file is unusable (newer schema, not a database); the message names the file."""


@dataclass(frozen=True)
class FileState:
    """What ingest remembers about one file between passes."""
    path: str
    size: int
    mtime: float
    content_hash: str
    bytes_consumed: int
    format: str
    status: str = "ok"
    pairs: int = 0
    rules: str = ""  # the mining rules' version a session file was mined with ('' for pair files)


@dataclass(frozen=True)
class NewPair:
    """A pair to add, with where it came from and the split the caller decided."""
    pair: Pair
    split: str
    source_file: str
    position: str
    origin: str = "file"
    anchor: str | None = None


class Ledger(RunsMixin):
    """One ledger database. Use `Ledger.open(state_dir)` or `with Ledger.open(...) as led:`."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        make_private(self.path.parent)
        # the owner's conversations: the file is 0600 (an older one is made so) and SQLite gives its
        # -wal/-shm files the database file's mode
        if not self.path.exists():
            os.close(os.open(self.path, os.O_WRONLY | os.O_CREAT, 0o600))  # SQLite would make it 0644
        for suffix in ("", "-wal", "-shm"):
            tighten(self.path.with_name(self.path.name + suffix))
        try:
            self._db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None,
                                       check_same_thread=False)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as e:
            raise LedgerError(f"{self.path}: cannot open the ledger: {e}") from e
        self._lock = threading.RLock()
        self._depth = 0
        self._migrate()

    @classmethod
    def open(cls, state_dir: str | Path) -> Ledger:
        return cls(Path(state_dir) / FILENAME)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- plumbing ---------------------------------------------------------------------------------

    def _migrate(self) -> None:
        try:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as e:
            raise LedgerError(f"{self.path}: not a timmyd ledger: {e}") from e
        if version > len(MIGRATIONS):
            raise LedgerError(f"{self.path}: schema version {version} is newer than this timmyd "
                              f"understands ({len(MIGRATIONS)}); upgrade timmyd")
        for i in range(version, len(MIGRATIONS)):
            with self.transaction():
                # executescript would commit our transaction; run the statements one by one
                for stmt in MIGRATIONS[i].split(";"):
                    if stmt.strip():
                        self._db.execute(stmt)
                self._db.execute(f"PRAGMA user_version={i + 1}")

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All ledger calls inside commit together or not at all (nested blocks join the outer one)."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                self._db.execute("ROLLBACK")
                raise
            self._depth = 0
            self._db.execute("COMMIT")

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """`transaction`, except that inside an open one an error undoes this block's calls alone (an SQLite
        savepoint): one file's writes stay all-or-nothing when many files commit in one transaction."""
        with self._lock:
            if not self._depth:
                with self.transaction():
                    yield
                return
            self._db.execute("SAVEPOINT part")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK TO part")
                self._db.execute("RELEASE part")
                raise
            finally:
                self._depth -= 1
            self._db.execute("RELEASE part")

    def _q(self, sql: str, args: Iterable = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, tuple(args)).fetchall()

    # --- files ------------------------------------------------------------------------------------

    _FILE_COLUMNS = "path, size, mtime, content_hash, bytes_consumed, format, status, pairs, rules"

    def file_state(self, path: str | Path) -> FileState | None:
        rows = self._q(f"SELECT {self._FILE_COLUMNS} FROM files WHERE path = ?", (str(path),))
        return FileState(**dict(rows[0])) if rows else None

    def file_states(self) -> dict[str, FileState]:
        """Every file's state by path, in one query (a pass over thousands of files asks for each)."""
        return {r["path"]: FileState(**dict(r)) for r in self._q(f"SELECT {self._FILE_COLUMNS} FROM files")}

    def save_file_state(self, st: FileState, added_pairs: int = 0) -> None:
        now = time.time()
        with self.transaction():
            self._db.execute(
                "INSERT INTO files (path, size, mtime, content_hash, bytes_consumed, format, status, pairs,"
                " first_seen, last_seen, rules) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(path) DO UPDATE SET "
                "size=excluded.size, mtime=excluded.mtime, content_hash=excluded.content_hash, "
                "bytes_consumed=excluded.bytes_consumed, format=excluded.format, status=excluded.status, "
                "pairs=files.pairs + ?, last_seen=excluded.last_seen, rules=excluded.rules",
                (st.path, st.size, st.mtime, st.content_hash, st.bytes_consumed, st.format, st.status,
                 added_pairs, now, now, st.rules, added_pairs))

    def files(self) -> list[dict]:
        return [dict(r) for r in self._q("SELECT * FROM files ORDER BY path")]

    # --- pairs ------------------------------------------------------------------------------------

    def add_pairs(self, items: Iterable[NewPair]) -> tuple[int, int]:
        """Insert pairs whose key is new; returns (added, duplicates)."""
        added = dup = 0
        now = time.time()
        with self.transaction():
            for it in items:
                if it.split not in SPLITS:
                    raise ValueError(f"split must be one of {SPLITS}, got {it.split!r}")
                cur = self._db.execute(
                    "INSERT OR IGNORE INTO pairs (key, record, source_file, position, origin, anchor, added,"
                    " split) VALUES (?,?,?,?,?,?,?,?)",
                    (it.pair.key, json.dumps(it.pair.to_record(), ensure_ascii=False), it.source_file,
                     it.position, it.origin, it.anchor, now, it.split))
                if cur.rowcount:
                    added += 1
                else:
                    dup += 1
        return added, dup

    def file_pairs(self, source_file: str | Path, origin: str = "session") -> list[dict]:
        """The pairs no run has used yet that `source_file` gave (key, record, position), oldest first."""
        rows = self._q("SELECT key, record, position FROM pairs WHERE source_file = ? AND origin = ? AND run_id IS NULL "
                       "ORDER BY added, rowid", (str(source_file), origin))
        return [{**dict(r), "record": json.loads(r["record"])} for r in rows]

    def delete_unused_pairs(self, keys: Iterable[str]) -> int:
        """Remove these pairs unless a run has used them (a used pair is history: it stays); returns how many."""
        n = 0
        with self.transaction():
            for k in keys:
                n += self._db.execute("DELETE FROM pairs WHERE key = ? AND run_id IS NULL", (k,)).rowcount
        return n

    def has_pair(self, key: str) -> bool:
        return bool(self._q("SELECT 1 FROM pairs WHERE key = ?", (key,)))

    @staticmethod
    def _where(split: str | None, unused_only: bool) -> tuple[str, list]:
        clauses, args = [], []
        if split is not None:
            if split not in SPLITS:
                raise ValueError(f"split must be one of {SPLITS}, got {split!r}")
            clauses.append("split = ?")
            args.append(split)
        if unused_only:
            clauses.append("run_id IS NULL")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args

    def pair_rows(self, split: str | None = None, unused_only: bool = False,
                  limit: int | None = None) -> list[dict]:
        """Pairs with their metadata (key, record, source_file, position, origin, added, split, run_id)."""
        where, args = self._where(split, unused_only)
        sql = f"SELECT * FROM pairs{where} ORDER BY added, rowid"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        out = []
        for r in self._q(sql, args):
            d = dict(r)
            d["record"] = json.loads(d["record"])
            out.append(d)
        return out

    def pairs(self, split: str | None = None, unused_only: bool = False,
              limit: int | None = None) -> list[Pair]:
        """Pairs in insertion order, `source` set to 'file:position'."""
        out = []
        for d in self.pair_rows(split, unused_only, limit):
            try:
                p = parse_record(d["record"])
            except PairError as e:  # cannot happen for records we wrote; say which row if it does
                raise LedgerError(f"{self.path}: pair {d['key']} is unreadable: {e}") from e
            out.append(Pair(p.prompt, p.chosen, p.rejected, source=f"{d['source_file']}:{d['position']}"))
        return out

    def count_pairs(self, split: str | None = None, unused_only: bool = False) -> int:
        where, args = self._where(split, unused_only)
        return self._q(f"SELECT COUNT(*) FROM pairs{where}", args)[0][0]

    def pair_counts(self) -> list[dict]:
        """Counts grouped by split, source file and whether a run used them (for `timmyd pairs`)."""
        rows = self._q("SELECT split, source_file, origin, COUNT(*) AS n, SUM(run_id IS NULL) AS unused "
                       "FROM pairs GROUP BY split, source_file, origin ORDER BY source_file, split")
        return [dict(r) for r in rows]

    def mark_used(self, keys: Iterable[str], run_id: int) -> int:
        """Record that `run_id` trained on these pairs; returns how many rows changed."""
        n = 0
        with self.transaction():
            for k in keys:
                n += self._db.execute("UPDATE pairs SET run_id = ? WHERE key = ?", (run_id, k)).rowcount
        return n

    def release_pairs(self, run_id: int) -> int:
        """Make the pairs a (failed) run used count as unused again."""
        with self.transaction():
            return self._db.execute("UPDATE pairs SET run_id = NULL WHERE run_id = ?", (run_id,)).rowcount

    # --- candidates for base-model rejected replies ----------------------------------------------

    def add_candidates(self, items: Iterable[tuple[str, tuple[Message, ...], str, str, str]]) -> int:
        """(anchor, prompt, chosen, source_file, position) rows; returns how many were new."""
        n = 0
        now = time.time()
        with self.transaction():
            for anchor, prompt, chosen, source, position in items:
                n += self._db.execute(
                    "INSERT OR IGNORE INTO candidates (anchor, prompt, chosen, source_file, position, added) "
                    "VALUES (?,?,?,?,?,?)", (anchor, json.dumps([m.to_dict() for m in prompt], ensure_ascii=False),
                                             chosen, source, position, now)).rowcount
        return n

    def pending_candidates(self, limit: int | None = None) -> list[dict]:
        """Oldest first: {anchor, prompt (tuple of Message), chosen, source_file, position}."""
        sql = "SELECT * FROM candidates WHERE status = 'pending' ORDER BY added, rowid"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        out = []
        for r in self._q(sql):
            d = dict(r)
            d["prompt"] = tuple(Message(m["role"], m["content"]) for m in json.loads(d["prompt"]))
            out.append(d)
        return out

    def count_candidates(self, status: str = "pending") -> int:
        return self._q("SELECT COUNT(*) FROM candidates WHERE status = ?", (status,))[0][0]

    def finish_candidate(self, anchor: str, status: str, detail: str | None = None) -> None:
        with self.transaction():
            self._db.execute("UPDATE candidates SET status = ?, detail = ? WHERE anchor = ?", (status, detail, anchor))

    # --- quarantine -------------------------------------------------------------------------------

    def quarantine(self, path: str | Path, reason: str, line: int | None = None) -> bool:
        """Record bad input; returns False when this exact (path, line, reason) was already recorded."""
        with self.transaction():
            cur = self._db.execute("INSERT OR IGNORE INTO quarantine (path, line, reason, time) VALUES (?,?,?,?)",
                                   (str(path), int(line or 0), reason, time.time()))
            return bool(cur.rowcount)

    def is_quarantined(self, path: str | Path, line: int | None, reason: str) -> bool:
        return bool(self._q("SELECT 1 FROM quarantine WHERE path = ? AND line = ? AND reason = ?",
                            (str(path), int(line or 0), reason)))

    def quarantined(self, limit: int | None = None) -> list[dict]:
        """Newest first: {id, path, line (None = whole file), reason, time}."""
        sql = "SELECT * FROM quarantine ORDER BY time DESC, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        out = []
        for r in self._q(sql):
            d = dict(r)
            d["line"] = d["line"] or None
            out.append(d)
        return out

    def count_quarantined(self) -> int:
        return self._q("SELECT COUNT(*) FROM quarantine")[0][0]

def open_ledger(cfg) -> Ledger:
    """The ledger of a loaded `timmyd.config.Config` (its state directory)."""
    return Ledger.open(cfg.state_path)
