import sqlite3
import threading

import pytest

from timmyd.ledger.store import FILENAME, MIGRATIONS, FileState, Ledger, LedgerError, NewPair
from timmyd.pairs import Message, Pair


def _pair(i: int, turns: int = 1) -> Pair:
    prompt = [Message("system", "sys")]
    for t in range(turns - 1):
        prompt += [Message("user", f"u{t}"), Message("assistant", f"a{t}")]
    prompt.append(Message("user", f"question {i}"))
    return Pair(tuple(prompt), f"short {i}", f"long answer {i}")


def _new(i: int, split: str = "train", turns: int = 1) -> NewPair:
    return NewPair(_pair(i, turns), split, "/x/f.jsonl", str(i))


@pytest.fixture
def led(tmp_path):
    with Ledger.open(tmp_path) as led:
        yield led


def test_open_creates_wal_database_with_current_schema(tmp_path):
    with Ledger.open(tmp_path / "state") as led:
        assert led.path == tmp_path / "state" / FILENAME
        assert led.schema_version == len(MIGRATIONS)
    db = sqlite3.connect(tmp_path / "state" / FILENAME)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"files", "pairs", "quarantine", "runs", "promotions"} <= tables


def test_reopen_keeps_data_and_newer_schema_is_refused(tmp_path):
    with Ledger.open(tmp_path) as led:
        led.add_pairs([_new(1)])
    with Ledger.open(tmp_path) as led:
        assert led.count_pairs() == 1
    db = sqlite3.connect(tmp_path / FILENAME)
    db.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(LedgerError, match="newer"):
        Ledger.open(tmp_path)


def test_not_a_database_is_a_clear_error(tmp_path):
    (tmp_path / FILENAME).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LedgerError, match=FILENAME):
        Ledger.open(tmp_path)


def test_pairs_roundtrip_dedupe_and_counts(led):
    added, dup = led.add_pairs([_new(1), _new(2, "heldout"), _new(3, turns=3), _new(1)])
    assert (added, dup) == (3, 1)
    assert led.add_pairs([_new(2, "heldout")]) == (0, 1)
    got = led.pairs()
    assert got == [_pair(1), _pair(2), _pair(3, turns=3)]  # insertion order, multi-turn prompt intact
    assert got[0].source == "/x/f.jsonl:1"
    assert led.pairs(split="heldout") == [_pair(2)]
    assert led.count_pairs() == 3 and led.count_pairs("train") == 2 and led.count_pairs("heldout") == 1
    assert led.has_pair(_pair(3, turns=3).key) and not led.has_pair(_pair(9).key)
    with pytest.raises(ValueError):
        led.add_pairs([_new(5, "test")])


def test_mark_used_and_release(led):
    led.add_pairs([_new(i) for i in range(5)])
    run = led.start_run("train", "dpo")
    assert led.mark_used([_pair(0).key, _pair(1).key, "nope"], run) == 2
    assert led.count_pairs("train", unused_only=True) == 3
    assert led.pairs(unused_only=True) == [_pair(2), _pair(3), _pair(4)]
    assert {r["run_id"] for r in led.pair_rows() if r["key"] == _pair(0).key} == {run}
    assert led.release_pairs(run) == 2
    assert led.count_pairs(unused_only=True) == 5


def test_pair_counts_group_by_split_and_source(led):
    led.add_pairs([NewPair(_pair(1), "train", "a", "1"), NewPair(_pair(2), "train", "a", "2"),
                   NewPair(_pair(3), "heldout", "b", "1")])
    counts = {(r["split"], r["source_file"]): (r["n"], r["unused"]) for r in led.pair_counts()}
    assert counts == {("train", "a"): (2, 2), ("heldout", "b"): (1, 1)}


def test_transaction_rolls_back_everything(led):
    st = FileState("/x/f.jsonl", 10, 1.0, "h", 10, "pairs")
    with pytest.raises(RuntimeError):
        with led.transaction():
            led.add_pairs([_new(1)])
            led.save_file_state(st, added_pairs=1)
            raise RuntimeError("crash")
    assert led.count_pairs() == 0 and led.file_state("/x/f.jsonl") is None
    with led.transaction():
        led.add_pairs([_new(1)])
        led.save_file_state(st, added_pairs=1)
    assert led.count_pairs() == 1 and led.file_state("/x/f.jsonl") == FileState(**{**st.__dict__, "pairs": 1})


def test_file_state_upsert_accumulates_pairs(led):
    led.save_file_state(FileState("/f", 5, 1.0, "a", 5, "pairs"), added_pairs=2)
    led.save_file_state(FileState("/f", 9, 2.0, "b", 9, "pairs"), added_pairs=3)
    st = led.file_state("/f")
    assert (st.size, st.mtime, st.content_hash, st.bytes_consumed, st.pairs) == (9, 2.0, "b", 9, 5)
    assert [f["path"] for f in led.files()] == ["/f"]


def test_quarantine_is_deduplicated(led):
    assert led.quarantine("/a", "binary file")
    assert led.quarantine("/a", "not valid JSON", line=3)
    assert not led.quarantine("/a", "binary file")
    q = led.quarantined()
    assert [(r["path"], r["line"], r["reason"]) for r in q] == [("/a", 3, "not valid JSON"), ("/a", None, "binary file")]
    assert led.count_quarantined() == 2


def test_runs_lifecycle_and_stale_recovery(led):
    r1 = led.start_run("cycle", "dpo", {"pairs": 50})
    r2 = led.start_run("cycle", "simpo")
    led.finish_run(r1, "succeeded", adapter_dir="/s/adapters/1", pairs_used=50,
                   summary={"loss": 0.5}, verdict={"promote": True, "reasons": []})
    run = led.run(r1)
    assert run["status"] == "succeeded" and run["finished"] >= run["started"]
    assert run["info"] == {"pairs": 50} and run["summary"] == {"loss": 0.5}
    assert run["verdict"]["promote"] is True and run["pairs_used"] == 50
    led.update_run(r1, status="promoted")
    assert led.run(r1)["status"] == "promoted"
    assert led.fail_stale_runs("daemon restarted") == 1
    assert led.run(r2)["status"] == "failed" and led.run(r2)["error"] == "daemon restarted"
    assert led.fail_stale_runs("again") == 0
    assert [r["id"] for r in led.runs()] == [r2, r1] and led.last_run()["id"] == r2
    assert led.last_run(kind="nothing") is None and led.run(999) is None
    with pytest.raises(ValueError):
        led.finish_run(r1, "running")
    with pytest.raises(ValueError):
        led.update_run(r1, status="exploded")
    with pytest.raises(ValueError):
        led.update_run(r1, colour="red")
    with pytest.raises(KeyError):
        led.update_run(999, error="x")


def test_promotions_current_and_rollback(led):
    r = led.start_run("cycle")
    assert led.current_promotion() is None
    p1 = led.record_promotion(r, "timmy:run-1", "timmy:latest", "adapter", "promoted", {"digest": "a"})
    led.record_promotion(r, "timmy:run-2", "timmy:latest", "adapter", "failed", "smoke test failed")
    assert led.current_promotion()["id"] == p1
    p3 = led.record_promotion(r, "timmy:run-3", "timmy:latest", "fused", "promoted")
    assert led.current_promotion("timmy:latest")["id"] == p3
    led.update_promotion(p3, "rolled_back", {"why": "owner"})
    cur = led.current_promotion()
    assert cur["id"] == p1 and cur["detail"] == {"digest": "a"}
    assert [p["status"] for p in led.promotions()] == ["rolled_back", "failed", "promoted"]
    assert led.current_promotion("other:latest") is None


def test_concurrent_writers_threads_and_second_connection(tmp_path):
    led = Ledger.open(tmp_path)
    other = Ledger.open(tmp_path)

    def work(base: int, target: Ledger):
        for i in range(base, base + 40):
            target.add_pairs([_new(i)])

    ts = [threading.Thread(target=work, args=(b, led if b % 2 else other)) for b in (0, 40, 80, 120)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert led.count_pairs() == 160 and other.count_pairs() == 160
    led.close()
    other.close()


def test_migrates_an_older_ledger_keeping_its_data(tmp_path):
    db = sqlite3.connect(tmp_path / FILENAME)
    for stmt in MIGRATIONS[0].split(";"):
        if stmt.strip():
            db.execute(stmt)
    db.execute("INSERT INTO runs (kind, method, status, started) VALUES ('cycle', 'dpo', 'succeeded', 1.0)")
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    with Ledger.open(tmp_path) as led:
        assert led.schema_version == len(MIGRATIONS) >= 2
        assert led.run(1)["method"] == "dpo"
        assert led.count_candidates() == 0


def test_candidates_queue(led):
    prompt = (Message("system", "s"), Message("user", "q"))
    assert led.add_candidates([("a1", prompt, "yes", "/f", "line 2"), ("a2", prompt, "no", "/f", "line 4")]) == 2
    assert led.add_candidates([("a1", prompt, "yes", "/f", "line 2")]) == 0
    todo = led.pending_candidates(limit=1)
    assert [(c["anchor"], c["prompt"], c["chosen"]) for c in todo] == [("a1", prompt, "yes")]
    led.finish_candidate("a1", "done")
    led.finish_candidate("a2", "skipped", "echo")
    assert led.pending_candidates() == [] and led.count_candidates("done") == 1 and led.count_candidates("skipped") == 1


def test_run_and_promotion_records_hold_exactly_what_was_said(led, tmp_path):
    """Each transition's record, field by field, as the status, the report and crash recovery read it."""
    from pathlib import Path

    r = led.start_run("cycle")
    assert led.run(r)["method"] == "" and led.run(r)["info"] is None  # nothing said: empty, not made up
    # JSON fields keep non-ASCII text as text and store what JSON cannot say (a path) as its string
    led.update_run(r, summary={"reply": "café ✓", "adapter": Path("/s/a")}, info=None)
    raw = led._q("SELECT summary, info FROM runs WHERE id = ?", (r,))[0]
    assert raw["summary"] == '{"reply": "café ✓", "adapter": "/s/a"}' and raw["info"] is None
    assert led.run(r)["summary"] == {"reply": "café ✓", "adapter": "/s/a"}
    # refusals say what was wrong
    with pytest.raises(ValueError) as e:
        led.update_run(r, colour="red", size=1)
    assert str(e.value) == ("unknown run field(s) ['colour', 'size']; known: ['adapter_dir', 'error', 'finished', "
                            "'info', 'method', 'metrics', 'pairs_used', 'status', 'summary', 'verdict']")
    with pytest.raises(ValueError) as e:
        led.update_run(r, status="exploded")
    assert str(e.value) == ("run status must be one of ('running', 'succeeded', 'failed', 'rejected', 'promoted'), "
                            "got 'exploded'")
    with pytest.raises(KeyError) as e:
        led.update_run(999, error="x")
    assert e.value.args == ("no run with id 999",)
    with pytest.raises(ValueError) as e:
        led.finish_run(r, "running")
    assert str(e.value) == "finish_run needs a final status, not 'running'"
    with pytest.raises(ValueError) as e:
        led.conclude_run(r, "promoted", [])
    assert str(e.value) == "a run is concluded as 'rejected' or 'succeeded', not 'promoted'"
    # runs(limit), newest first
    r2, r3 = led.start_run("cycle"), led.start_run("import")
    assert [x["id"] for x in led.runs(limit=2)] == [r3, r2] and [x["id"] for x in led.runs(limit=None)] == [r3, r2, r]
    assert [x["id"] for x in led.runs(kind="cycle")] == [r2, r]
    for _ in range(18):
        led.start_run("cycle")
    assert len(led.runs(limit=None)) == 21 and len(led.runs()) == 20  # `timmyd status` lists the newest 20


def test_promotion_updates_and_crash_settlement_by_hand(led):
    r = led.start_run("cycle")
    p = led.record_promotion(r, "timmy:run-1", "timmy", "adapter", "in_progress", {"steps": ["blob"]})
    # an attempt learns its tag and strategy as it goes; detail replaces the old one only when given
    led.update_promotion(p, "in_progress", tag="timmy:run-1b", strategy="fused")
    row = led.promotions()[0]
    assert (row["tag"], row["strategy"], row["detail"]) == ("timmy:run-1b", "fused", {"steps": ["blob"]})
    led.update_promotion(p, "in_progress", {"steps": ["blob", "create"], "message": "creating"})
    assert led.promotions()[0]["detail"] == {"steps": ["blob", "create"], "message": "creating"}
    with pytest.raises(ValueError) as e:
        led.update_promotion(p, "promoted", digest="x")
    assert str(e.value) == "unknown promotion field 'digest'"
    with pytest.raises(KeyError) as e:
        led.update_promotion(999, "promoted")
    assert e.value.args == ("no promotion with id 999",)
    # crash settlement: each in-progress attempt's note, whatever its detail was (a dict with or without a
    # message, a plain string, nothing)
    p2 = led.record_promotion(r, "t2", "timmy", "adapter", "in_progress", "uploading blob")
    p3 = led.record_promotion(r, "t3", "timmy", "adapter", "in_progress")
    p4 = led.record_promotion(r, "t4", "timmy", "adapter", "in_progress", {"steps": []})
    assert led.settle_promotions("daemon died") == {"interrupted_promotions": 4, "runs_marked_promoted": 0}
    detail = {x["id"]: x["detail"] for x in led.promotions()}
    assert detail == {p: {"steps": ["blob", "create"], "message": "daemon died (creating)"},
                      p2: {"message": "daemon died (uploading blob)"}, p3: {"message": "daemon died"},
                      p4: {"steps": [], "message": "daemon died"}}
    assert {x["status"] for x in led.promotions()} == {"interrupted"}
    assert [x["id"] for x in led.promotions(limit=1)] == [p4]
