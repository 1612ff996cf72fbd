"""Runs and promotions in the ledger: what the daemon and the promotion step record about themselves.

A mixin of `timmyd.ledger.store.Ledger` (same connection, same transactions); split out only to keep the
ledger module small. Statuses of runs are checked here; everything else is the callers' vocabulary.
"""

from __future__ import annotations

import json
import sqlite3
import time

RUN_STATUSES = ("running", "succeeded", "failed", "rejected", "promoted")
_RUN_FIELDS = {"method", "status", "finished", "pairs_used", "adapter_dir", "info", "summary", "metrics",
               "verdict", "error"}
_JSON_FIELDS = {"info", "summary", "metrics", "verdict", "detail"}


def _dumps(v) -> str | None:
    return None if v is None else json.dumps(v, ensure_ascii=False, default=str)


def _row(r: sqlite3.Row | None) -> dict | None:
    if r is None:
        return None
    d = dict(r)
    for k in _JSON_FIELDS & d.keys():
        if d[k] is not None:
            try:
                d[k] = json.loads(d[k])
            except json.JSONDecodeError:
                pass  # a plain string stored by an older caller stays a string
    return d


class RunsMixin:
    """Needs `transaction()`, `_q()` and `_db` from `Ledger`."""

    # --- runs -------------------------------------------------------------------------------------

    def start_run(self, kind: str, method: str = "", info: dict | None = None) -> int:
        with self.transaction():
            cur = self._db.execute("INSERT INTO runs (kind, method, status, started, info) VALUES (?,?,?,?,?)",
                                   (kind, method, "running", time.time(), _dumps(info)))
            return int(cur.lastrowid)

    def update_run(self, run_id: int, **fields) -> None:
        """Set any of: method, status, finished, pairs_used, adapter_dir, info, summary, metrics, verdict, error."""
        bad = set(fields) - _RUN_FIELDS
        if bad:
            raise ValueError(f"unknown run field(s) {sorted(bad)}; known: {sorted(_RUN_FIELDS)}")
        if "status" in fields and fields["status"] not in RUN_STATUSES:
            raise ValueError(f"run status must be one of {RUN_STATUSES}, got {fields['status']!r}")
        if not fields:
            return
        cols = ", ".join(f"{k} = ?" for k in fields)
        vals = [_dumps(v) if k in _JSON_FIELDS else v for k, v in fields.items()]
        with self.transaction():
            cur = self._db.execute(f"UPDATE runs SET {cols} WHERE id = ?", (*vals, run_id))
            if not cur.rowcount:
                raise KeyError(f"no run with id {run_id}")

    def finish_run(self, run_id: int, status: str, **fields) -> None:
        """End a run: status succeeded|failed|rejected|promoted, `finished` stamped now."""
        if status == "running":
            raise ValueError("finish_run needs a final status, not 'running'")
        fields.setdefault("finished", time.time())
        self.update_run(run_id, status=status, **fields)

    def conclude_run(self, run_id: int, status: str, pair_keys, **fields) -> int:
        """The run's verdict is in: record its outcome (`rejected`, or `succeeded` = to be promoted) and
        consume its pairs in ONE transaction, so a crash leaves either both or neither. Returns how many
        pairs were marked used by this run."""
        if status not in ("rejected", "succeeded"):
            raise ValueError(f"a run is concluded as 'rejected' or 'succeeded', not {status!r}")
        keys = list(pair_keys)
        with self.transaction():
            n = 0
            for k in keys:
                n += self._db.execute("UPDATE pairs SET run_id = ? WHERE key = ? AND run_id IS NULL",
                                      (run_id, k)).rowcount
            self.finish_run(run_id, status, pairs_used=n, **fields)
        return n

    def fail_stale_runs(self, reason: str) -> int:
        """Crash recovery: runs still 'running' (their process is gone) become 'failed' with `reason`,
        and any pair such a run had marked used becomes unused again (same transaction): a run whose
        outcome was never recorded consumed nothing."""
        with self.transaction():
            stale = [r[0] for r in self._db.execute("SELECT id FROM runs WHERE status='running'")]
            for rid in stale:
                self._db.execute("UPDATE pairs SET run_id = NULL WHERE run_id = ?", (rid,))
            self._db.execute("UPDATE runs SET status='failed', finished=?, error=? WHERE status='running'",
                             (time.time(), reason))
            return len(stale)

    def settle_promotions(self, note: str) -> dict:
        """Crash recovery for promotions: an attempt left 'in_progress' (its process died) becomes
        'interrupted' (its steps stay recorded, so the retry can resume from them), and a 'succeeded'
        run whose promotion did complete (a 'promoted' row) is marked 'promoted'. Returns the counts."""
        with self.transaction():
            rows = self._db.execute("SELECT id, detail FROM promotions WHERE status='in_progress'").fetchall()
            for pid, detail in rows:
                d = _row({"detail": detail})["detail"] if detail else {}
                d = d if isinstance(d, dict) else {"message": str(d)}
                d["message"] = note + (f" ({d['message']})" if d.get("message") else "")
                self._db.execute("UPDATE promotions SET status='interrupted', detail=? WHERE id=?", (_dumps(d), pid))
            done = self._db.execute(
                "UPDATE runs SET status='promoted', error=NULL WHERE status='succeeded' AND id IN "
                "(SELECT run_id FROM promotions WHERE status='promoted' AND run_id IS NOT NULL)").rowcount
        return {"interrupted_promotions": len(rows), "runs_marked_promoted": done}

    def run(self, run_id: int) -> dict | None:
        return _row(next(iter(self._q("SELECT * FROM runs WHERE id = ?", (run_id,))), None))

    def runs(self, limit: int | None = 20, kind: str | None = None) -> list[dict]:
        """Newest first."""
        sql, args = "SELECT * FROM runs", []
        if kind is not None:
            sql += " WHERE kind = ?"
            args.append(kind)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_row(r) for r in self._q(sql, args)]

    def last_run(self, kind: str | None = None) -> dict | None:
        rows = self.runs(limit=1, kind=kind)
        return rows[0] if rows else None

    # --- promotions -------------------------------------------------------------------------------

    def record_promotion(self, run_id: int | None, tag: str, served_name: str, strategy: str, status: str,
                         detail=None) -> int:
        with self.transaction():
            cur = self._db.execute(
                "INSERT INTO promotions (run_id, tag, served_name, strategy, status, detail, time) "
                "VALUES (?,?,?,?,?,?,?)", (run_id, tag, served_name, strategy, status, _dumps(detail), time.time()))
            return int(cur.lastrowid)

    def update_promotion(self, promotion_id: int, status: str, detail=None, **fields) -> None:
        """E.g. mark a promotion 'rolled_back'; `detail` replaces the old one when given; `fields` may
        set `tag` or `strategy` (an attempt recorded 'in_progress' learns them as it goes)."""
        sets, vals = ["status=?"], [status]
        if detail is not None:
            sets.append("detail=?")
            vals.append(_dumps(detail))
        for k, v in fields.items():
            if k not in ("tag", "strategy"):
                raise ValueError(f"unknown promotion field {k!r}")
            sets.append(f"{k}=?")
            vals.append(v)
        with self.transaction():
            cur = self._db.execute(f"UPDATE promotions SET {', '.join(sets)} WHERE id=?", (*vals, promotion_id))
            if not cur.rowcount:
                raise KeyError(f"no promotion with id {promotion_id}")

    def promotions(self, limit: int | None = None) -> list[dict]:
        """Newest first."""
        sql = "SELECT * FROM promotions ORDER BY id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_row(r) for r in self._q(sql)]

    def current_promotion(self, served_name: str | None = None) -> dict | None:
        """The newest promotion with status 'promoted' (optionally for one served name), i.e. what
        is in service; marking it 'rolled_back' makes the one before it current again."""
        sql, args = "SELECT * FROM promotions WHERE status = 'promoted'", []
        if served_name is not None:
            sql += " AND served_name = ?"
            args.append(served_name)
        rows = self._q(sql + " ORDER BY id DESC LIMIT 1", args)
        return _row(rows[0]) if rows else None
