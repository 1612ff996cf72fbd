"""A backlog read by worker processes (`[ingest].workers`) ends in the same ledger, reports and order as one
process reading it: the workers only read; every commit happens in the pass, in listing order."""

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest

from timmyd import config
from timmyd.ingest import scan
from timmyd.ingest.pipeline import ingest_paths
from timmyd.ledger.store import FILENAME, Ledger

DEMO = Path(__file__).resolve().parent.parent / "timmyd" / "demo_data" / "sessions"


def _cfg(workers: int) -> config.Config:
    cfg = config.Config()
    return dataclasses.replace(cfg, ingest=dataclasses.replace(cfg.ingest, workers=workers, max_file_mb=0.05))


def _backlog(folder: Path) -> None:
    """The demo sessions copied many times over (each copy its own file), plus files that must be quarantined."""
    folder.mkdir()
    demo = sorted(p for p in DEMO.iterdir() if p.is_file())
    for k in range(22):  # 22 x 14 demo files: over PARALLEL_MIN_FILES
        for p in demo:
            text = p.read_text(encoding="utf-8").replace("?", f" (copy {k})?")  # other prompts: other pairs
            (folder / f"{k:02d}_{p.name}").write_text(text, encoding="utf-8")
    (folder / "zz_binary.jsonl").write_bytes(b"\x00\x01garbage")
    (folder / "zz_bad_lines.jsonl").write_text('{"prompt": "a", "chosen": "b", "rejected": "c"}\n{not json\n')
    (folder / "zz_huge.json").write_text(json.dumps({"messages": [{"role": "user", "content": "x" * 60000}]}))
    (folder / "zz_utf16.json").write_bytes("{}".encode("utf-16"))


def _snapshot(state: Path) -> dict:
    db = sqlite3.connect(state / FILENAME)
    out = {
        "pairs": db.execute("SELECT key, record, split, source_file, position, origin FROM pairs ORDER BY rowid").fetchall(),
        "files": db.execute("SELECT path, size, content_hash, bytes_consumed, format, status, pairs, rules "
                            "FROM files ORDER BY path").fetchall(),
        "quarantine": db.execute("SELECT path, line, reason FROM quarantine ORDER BY rowid").fetchall(),
    }
    db.close()
    return out


def _ingest(tmp_path: Path, folder: Path, workers: int, name: str):
    with Ledger.open(tmp_path / name) as led:
        result = ingest_paths([folder], led, _cfg(workers))
    return result, _snapshot(tmp_path / name)


def test_workers_give_the_same_ledger_reports_and_order_as_one_process(tmp_path, monkeypatch):
    folder = tmp_path / "exports"
    _backlog(folder)
    used = []
    real = scan.scan_many
    monkeypatch.setattr("timmyd.ingest.pipeline.scan_many",
                        lambda reader, jobs, workers: used.append(workers) or real(reader, jobs, workers))
    serial, serial_db = _ingest(tmp_path, folder, 1, "one")
    assert used == []  # workers = 1: no process started
    parallel, parallel_db = _ingest(tmp_path, folder, 2, "two")
    assert used == [2]
    assert serial.pairs_added > 300 and serial.quarantined >= 4
    assert parallel.to_dict(details=True) == serial.to_dict(details=True)
    assert parallel_db == serial_db
    # a second pass finds every file unchanged without starting a worker
    with Ledger.open(tmp_path / "two") as led:
        again = ingest_paths([folder], led, _cfg(2))
    assert (again.unchanged, again.pairs_added, used) == (len(list(folder.iterdir())), 0, [2])


def test_small_batches_and_the_classifier_stay_in_this_process():
    assert scan.workers_for(0, scan.PARALLEL_MIN_FILES - 1) == 1
    assert scan.workers_for(1, 10_000) == 1
    assert scan.workers_for(3, 10_000) == 3
    assert scan.workers_for(8, scan.PARALLEL_MIN_FILES) == scan.PARALLEL_MIN_FILES // scan.CHUNK


def test_workers_setting_is_checked(tmp_path):
    bad = tmp_path / "t.toml"
    bad.write_text("[ingest]\nworkers = -1\n")
    with pytest.raises(config.ConfigError, match="ingest.workers"):
        config.load(bad)


def test_a_file_that_breaks_in_a_worker_is_quarantined_and_the_rest_go_on(tmp_path, monkeypatch):
    """A worker's unexpected error in one file comes back as that file's quarantine reason (run in-process here:
    the same `_scan_job` a worker runs)."""
    folder = tmp_path / "exports"
    _backlog(folder)
    real_scan = scan.Reader.scan

    def scan_or_fail(self, path, prev):
        if path.name == "03_trajectory_samples.jsonl":
            raise ValueError("boom")
        return real_scan(self, path, prev)

    def in_process(reader, jobs, workers):
        scan._init_worker(reader)
        return map(scan._scan_job, jobs)

    monkeypatch.setattr(scan.Reader, "scan", scan_or_fail)
    monkeypatch.setattr("timmyd.ingest.pipeline.scan_many", in_process)
    with Ledger.open(tmp_path / "two") as led:
        result = ingest_paths([folder], led, _cfg(2))
        broken = [r for r in result.reports if r.path.endswith("03_trajectory_samples.jsonl")]
        assert [(r.status, r.quarantined) for r in broken] == [("quarantined", 1)]
    db = _snapshot(tmp_path / "two")
    assert any(p.endswith("03_trajectory_samples.jsonl") and reason == "could not be read: ValueError: boom"
               for p, _, reason in db["quarantine"])
    assert sum(r.pairs_added for r in result.reports) > 300  # every other file was read and committed
