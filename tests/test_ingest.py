"""Ingest: exactly-once under re-ingest, append, rewrite and crashes; quarantine; CLI; export."""

import dataclasses
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from timmyd import config
from timmyd.cli import main
from timmyd.ingest import pipeline
from timmyd.ingest.pipeline import IngestError, ingest_paths
from timmyd.ingest.split import prompt_key, split_for
from timmyd.ledger.store import Ledger
from timmyd.pairs import read_pairs

DEMO = Path(__file__).resolve().parent.parent / "timmyd" / "demo_data" / "sessions"
REPO = Path(__file__).resolve().parent.parent


def _cfg(**ingest) -> config.Config:
    cfg = config.Config()
    return dataclasses.replace(cfg, ingest=dataclasses.replace(cfg.ingest, **ingest)) if ingest else cfg


@pytest.fixture
def led(tmp_path):
    with Ledger.open(tmp_path / "state") as led:
        yield led


def _line(obj) -> str:
    return json.dumps(obj) + "\n"


def _std(i: int) -> dict:
    return {"prompt": f"question {i}", "chosen": f"short {i}", "rejected": f"a long answer {i}"}


def _msg(role, content):
    return {"role": role, "content": content}


def test_reingest_adds_nothing_and_skips_unchanged_files(tmp_path, led):
    folder = tmp_path / "s"
    shutil.copytree(DEMO, folder)
    first = ingest_paths([folder], led, _cfg())
    assert (first.files, first.pairs_added, first.duplicates, first.unchanged) == (14, 25, 0, 0)
    again = ingest_paths([folder], led, _cfg())
    assert (again.files, again.pairs_added, again.duplicates, again.unchanged) == (14, 0, 0, 14)
    # a touched line-per-session file resumes at its end (its consumed prefix is unchanged) ...
    os.utime(folder / "trajectory_samples.jsonl", (1, 1))
    third = ingest_paths([folder], led, _cfg())
    assert (third.pairs_added, third.duplicates, third.unchanged) == (0, 0, 13)
    # ... a touched one-session file is mined again whole: its pairs are duplicates
    os.utime(folder / "20260504_121530_7f09b2.jsonl", (1, 1))
    fourth = ingest_paths([folder], led, _cfg())
    assert (fourth.pairs_added, fourth.duplicates, fourth.unchanged) == (0, 2, 13)
    assert led.count_pairs() == 25


def test_appended_lines_are_picked_up_from_the_offset(tmp_path, led):
    f = tmp_path / "p.jsonl"
    f.write_text(_line(_std(1)) + _line(_std(2)))
    assert ingest_paths([f], led, _cfg()).pairs_added == 2
    size = f.stat().st_size
    assert led.file_state(str(f)).bytes_consumed == size
    with f.open("a") as fh:
        fh.write(_line(_std(3)))
    res = ingest_paths([f], led, _cfg())
    assert (res.pairs_added, res.duplicates) == (1, 0)  # resumed: the old lines were not read again
    # the consumed prefix changed (an editor rewrote it): whole file re-read, keys dedupe
    f.write_text(_line(_std(9)) + _line(_std(2)) + _line(_std(3)) + _line(_std(4)))
    res = ingest_paths([f], led, _cfg())
    assert (res.pairs_added, res.duplicates) == (2, 2)
    assert sorted(p.last_user for p in led.pairs()) == [f"question {i}" for i in (1, 2, 3, 4, 9)]


def test_incomplete_last_line_waits_until_complete(tmp_path, led):
    f = tmp_path / "p.jsonl"
    full = _line(_std(2))
    f.write_text(_line(_std(1)) + full[:25])  # the writer is mid-line
    res = ingest_paths([f], led, _cfg())
    assert (res.pairs_added, res.quarantined, res.reports[0].status) == (1, 0, "pending")
    assert led.file_state(str(f)).bytes_consumed == len(_line(_std(1)))
    with f.open("a") as fh:
        fh.write(full[25:])
    res = ingest_paths([f], led, _cfg())
    assert (res.pairs_added, res.quarantined, res.duplicates) == (1, 0, 0)
    # a complete last line without a trailing newline is read (it is valid JSON)
    with f.open("a") as fh:
        fh.write(json.dumps(_std(3)))
    assert ingest_paths([f], led, _cfg()).pairs_added == 1
    assert led.count_pairs() == 3 and led.count_quarantined() == 0


def test_growing_gateway_transcript_gives_the_pair_once_accepted(tmp_path, led):
    f = tmp_path / "20260601_1.jsonl"
    lines = [{"role": "session_meta", "platform": "telegram"}, _msg("user", "cron line for 7pm tuesdays?"),
             _msg("assistant", "Sure thing! `0 19 * * 3` ... long explanation"), _msg("user", "That's wrong, 3 is wednesday"),
             _msg("assistant", "`0 19 * * 2`")]
    f.write_text("".join(_line(x) for x in lines))
    assert ingest_paths([f], led, _cfg()).pairs_added == 0  # not accepted yet
    with f.open("a") as fh:
        fh.write(_line(_msg("user", "perfect")))
    res = ingest_paths([f], led, _cfg())
    assert res.pairs_added == 1 and res.reports[0].format == "gateway"
    with f.open("a") as fh:
        fh.write(_line(_msg("assistant", "It fires next Tuesday.")))
    assert ingest_paths([f], led, _cfg()).pairs_added == 0
    (p,) = led.pairs()
    assert (p.chosen, p.last_user) == ("`0 19 * * 2`", "cron line for 7pm tuesdays?")


def test_rewritten_session_json_yields_only_new_pairs(tmp_path, led):
    src = json.loads((DEMO / "session_20260420_211037_de8721.json").read_text())
    f = tmp_path / "session_x.json"
    f.write_text(json.dumps(src))
    assert ingest_paths([f], led, _cfg()).pairs_added == 1
    src["messages"] += [_msg("user", "how do I list my ssh keys?"), _msg("assistant", "Certainly! SSH keys are..."),
                        _msg("user", "too long"), _msg("assistant", "`ls ~/.ssh`"), _msg("user", "thanks")]
    f.write_text(json.dumps(src, indent=1))  # Hermes rewrites the whole file after every turn
    res = ingest_paths([f], led, _cfg())
    assert (res.pairs_added, res.duplicates) == (1, 1)
    assert [p.chosen for p in led.pairs()][-1] == "`ls ~/.ssh`"


class Crash(Exception):
    pass


def test_crash_between_reading_and_committing_loses_and_duplicates_nothing(tmp_path, led, monkeypatch):
    folder = tmp_path / "s"
    shutil.copytree(DEMO, folder)
    real = Ledger.save_file_state
    calls = {"n": 0}

    def flaky(self, st, added_pairs=0):
        calls["n"] += 1
        if calls["n"] == 3:  # the third file: its pairs are already inserted in this transaction
            raise Crash("power cut")
        return real(self, st, added_pairs)

    monkeypatch.setattr(Ledger, "save_file_state", flaky)
    monkeypatch.setattr(pipeline, "COMMIT_EVERY", 2)  # files commit two to a transaction: the first two are done
    with pytest.raises(Crash):
        ingest_paths([folder], led, _cfg())
    rows = led.pair_rows()
    done = {r["source_file"] for r in rows}
    assert len(done) == 2 and {Path(p).name for p in done} == {"20260502_080112_5c3e1a.jsonl", "20260504_121530_7f09b2.jsonl"}
    assert len(rows) == 4 and led.file_state(str(folder / "20260506_221845_0ad4c7.jsonl")) is None
    monkeypatch.setattr(Ledger, "save_file_state", real)
    res = ingest_paths([folder], led, _cfg())
    assert (res.pairs_added, res.duplicates, res.unchanged) == (21, 0, 2)
    assert led.count_pairs() == 25


def test_a_crash_undoes_the_files_of_its_transaction_and_nothing_else_is_lost(tmp_path, led, monkeypatch):
    """Files commit `COMMIT_EVERY` to a transaction: a crash in one undoes the others of its batch too (their pairs
    and offsets together), and the next pass reads them again: nothing lost, nothing twice."""
    folder = tmp_path / "s"
    shutil.copytree(DEMO, folder)
    real = Ledger.save_file_state
    calls = {"n": 0}

    def flaky(self, st, added_pairs=0):
        calls["n"] += 1
        if calls["n"] == 3:
            raise Crash("power cut")
        return real(self, st, added_pairs)

    monkeypatch.setattr(Ledger, "save_file_state", flaky)
    with pytest.raises(Crash):
        ingest_paths([folder], led, _cfg())
    assert led.pair_rows() == [] and led.files() == []
    monkeypatch.setattr(Ledger, "save_file_state", real)
    res = ingest_paths([folder], led, _cfg())
    assert (res.pairs_added, res.duplicates, res.unchanged) == (25, 0, 0)


def test_one_files_error_inside_a_batch_undoes_that_file_alone(tmp_path, led, monkeypatch):
    """An error a file's commit raises that the pass survives (quarantined) rolls back that file's writes only
    (`Ledger.savepoint`), not the files committed before it in the same transaction."""
    folder = tmp_path / "s"
    shutil.copytree(DEMO, folder)
    real = Ledger.save_file_state
    calls = {"n": 0}

    def broken(self, st, added_pairs=0):
        calls["n"] += 1
        if calls["n"] == 3:
            raise ValueError("bad state")
        return real(self, st, added_pairs)

    monkeypatch.setattr(Ledger, "save_file_state", broken)
    res = ingest_paths([folder], led, _cfg())
    third = res.reports[2]
    assert third.status == "quarantined" and third.quarantined == 1
    assert Path(third.path).name not in {Path(r["source_file"]).name for r in led.pair_rows()}  # its pairs undone
    with Ledger.open(tmp_path / "clean") as clean:  # what that file holds, read without the fault
        monkeypatch.setattr(Ledger, "save_file_state", real)
        ingest_paths([folder], clean, _cfg())
        own = sum(r["source_file"] == third.path for r in clean.pair_rows())
    assert own > 0 and len(led.files()) == 13 and led.count_pairs() == 25 - own


def test_killed_process_mid_transaction(tmp_path):
    """A real process dying (os._exit) after inserting pairs but before COMMIT leaves nothing behind."""
    f = tmp_path / "p.jsonl"
    f.write_text("".join(_line(_std(i)) for i in range(20)))
    state = tmp_path / "state"
    code = f"""
import os
from timmyd import config
from timmyd.ingest.pipeline import ingest_paths
from timmyd.ledger.store import Ledger
Ledger.save_file_state = lambda *a, **k: os._exit(9)
ingest_paths([{str(f)!r}], Ledger.open({str(state)!r}), config.Config())
"""
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    with Ledger.open(state) as led:
        assert led.count_pairs() == 0 and led.file_state(str(f)) is None
        assert ingest_paths([f], led, _cfg()).pairs_added == 20
        assert led.count_pairs() == 20


def test_bad_input_is_quarantined_and_the_rest_ingested(tmp_path, led):
    d = tmp_path / "exports"
    d.mkdir()
    shutil.copy(DEMO / "session_2026-05-10.jsonl", d / "log.jsonl")  # 3 pairs
    (d / "pairs.jsonl").write_bytes(
        (_line(_std(1)) + "{not json\n" + _line({"prompt": "q", "chosen": "same", "rejected": "same"})
         + _line(_std(2))).encode() + json.dumps(_std(3)).replace("question", "qu\u00e9stion").encode("latin-1") + b"\n"
        + _line(_std(4)).encode())
    (d / "image.jsonl").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "utf16.jsonl").write_bytes(_line(_std(5)).encode("utf-16"))
    (d / "big.jsonl").write_text(_line(_std(6)) * 2000)  # ~120 kB > 0.1 MB
    (d / "other.json").write_text(json.dumps({"hello": "world"}))
    (d / "notes.md").write_text("not an export: ignored")
    outside = tmp_path / "outside.jsonl"
    outside.write_text(_line(_std(7)))
    (d / "link.jsonl").symlink_to(outside)
    (d / "dangling.jsonl").symlink_to(tmp_path / "gone.jsonl")
    (d / "inside.jsonl").symlink_to(d / "log.jsonl")  # same file twice: skipped, not doubled
    res = ingest_paths([d], led, _cfg(max_file_mb=0.1))
    assert res.pairs_added == 3 + 3  # log + pairs lines 1, 4, 6
    reasons = {(Path(q["path"]).name, q["line"]): q["reason"] for q in led.quarantined()}
    assert reasons[("pairs.jsonl", 2)].startswith("not valid JSON")
    assert reasons[("pairs.jsonl", 3)] == "'chosen' and 'rejected' are identical"
    assert reasons[("pairs.jsonl", 5)].startswith("not UTF-8 text (byte 0xe9")
    assert reasons[("image.jsonl", None)].startswith("binary file")
    assert reasons[("utf16.jsonl", None)].startswith("UTF-16")
    assert "over [ingest].max_file_mb = 0.1" in reasons[("big.jsonl", None)]
    assert reasons[("other.json", None)].startswith("not a pair or session file")
    assert "symlink leads outside" in reasons[("link.jsonl", None)]
    assert reasons[("dangling.jsonl", None)].startswith("broken symlink")
    assert res.quarantined == len(reasons) == 9
    assert "notes.md" not in {Path(r.path).name for r in res.reports}
    # nothing is quarantined twice; fixing a file makes it count
    again = ingest_paths([d], led, _cfg(max_file_mb=0.1))
    assert (again.pairs_added, again.quarantined) == (0, 0)
    (d / "utf16.jsonl").write_text(_line(_std(5)))
    assert ingest_paths([d], led, _cfg(max_file_mb=0.1)).pairs_added == 1
    # symlinks outside are followed when the owner says so
    assert ingest_paths([d], led, _cfg(max_file_mb=0.1, follow_symlinks_outside=True)).pairs_added == 1


def test_dry_run_writes_nothing_and_counts_the_same(tmp_path, led):
    d = tmp_path / "d"
    shutil.copytree(DEMO, d)
    (d / "bad.jsonl").write_text("{oops\n")
    dry = ingest_paths([d], led, _cfg(), dry_run=True)
    assert led.count_pairs() == 0 and led.count_quarantined() == 0 and led.files() == []
    real = ingest_paths([d], led, _cfg())
    assert (dry.pairs_added, dry.quarantined, dry.files) == (real.pairs_added, real.quarantined, real.files) == (25, 1, 15)


def test_missing_path_is_a_user_error(tmp_path, led):
    with pytest.raises(IngestError, match="nope: no such file"):
        ingest_paths([tmp_path / "nope"], led, _cfg())


def test_split_is_deterministic_by_key_and_near_the_fraction():
    keys = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(4000)]
    assert split_for("0" * 64, 0.2) == "heldout" and split_for("f" * 64, 0.2) == "train"
    assert split_for("3" * 64, 0.2) == "train" and split_for("3" * 64, 0.25) == "heldout"  # 0x333.. = 0.2
    share = sum(split_for(k, 0.2) == "heldout" for k in keys) / len(keys)
    assert 0.17 < share < 0.23
    assert all(split_for(k, 0.0) == "train" for k in keys[:100])


def test_pairs_sharing_a_prompt_share_a_split(tmp_path, led):
    """A double correction gives two pairs with one prompt and one chosen: both train or both held
    out, else the held-out pair's prompt and chosen reply would have been trained on."""
    lines = [_line({"prompt": f"question {i}", "chosen": "short", "rejected": f"long {j}"})
             for i in range(60) for j in range(3)]
    f = tmp_path / "multi.jsonl"
    f.write_text("".join(lines))
    ingest_paths([f], led, _cfg(heldout_fraction=0.5))
    by_prompt: dict[str, set] = {}
    for r in led.pair_rows():
        by_prompt.setdefault(r["record"]["prompt"], set()).add(r["split"])
    assert len(by_prompt) == 60 and all(len(v) == 1 for v in by_prompt.values())
    assert 15 < sum(v == {"heldout"} for v in by_prompt.values()) < 45
    merkle = [p for p in ingest_paths([DEMO], led, _cfg(heldout_fraction=0.5)) and led.pair_rows()
              if "merkle" in json.dumps(p["record"])]
    assert len(merkle) == 2 and merkle[0]["split"] == merkle[1]["split"]
    expected = split_for(prompt_key(led.pairs()[-1]), 0.5)
    assert led.pair_rows()[-1]["split"] == expected


def test_cli_ingest_pairs_and_export(tmp_path, capsys):
    assert main(["ingest", str(DEMO), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["files"] == 14 and out["pairs_added"] == 25 and out["duplicates"] == 0 and out["quarantined"] == 0
    assert main(["ingest", str(DEMO), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pairs_added"] == 0
    assert main(["pairs", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["total"] == 25 and sum(counts["by_split"].values()) == 25
    assert sum(v["train"] + v["heldout"] for v in counts["by_source"].values()) == 25
    assert counts["by_source"][str(DEMO / "trajectory_samples.jsonl")]["train"] + \
        counts["by_source"][str(DEMO / "trajectory_samples.jsonl")]["heldout"] == 4
    out_file = tmp_path / "train.jsonl"
    assert main(["pairs", "--export", str(out_file), "--split", "train", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["exported"] == counts["by_split"]["train"]
    exported = read_pairs(out_file)  # what `timmyd train` reads
    with Ledger.open(Path(os.environ["TIMMYD_STATE"])) as led:
        assert exported == led.pairs(split="train")
    assert main(["ingest", str(tmp_path / "missing")]) == 2
    assert "missing: no such file or folder" in capsys.readouterr().err
    assert main(["pairs", "--quarantine"]) == 0 and "nothing quarantined" in capsys.readouterr().out


def test_rejected_from_base_on_tiny_model(tmp_path, led, tiny_model):
    cfg = config.Config()
    cfg = dataclasses.replace(cfg, model=str(tiny_model), mining=dataclasses.replace(
        cfg.mining, rejected_from_base=True, base_max_tokens=8, base_per_pass=3))
    f = tmp_path / "session_2026-05-11.jsonl"
    shutil.copy(DEMO / "session_2026-05-11.jsonl", f)
    res = ingest_paths([f], led, cfg)
    # 5 accepted replies no correction touched are queued; 3 are handled in this pass
    assert led.count_candidates("pending") == 2
    assert res.generated == led.count_candidates("done") and res.pairs_added == 3 + res.generated
    assert led.count_candidates("done") + led.count_candidates("skipped") == 3
    res = ingest_paths([f], led, cfg)  # the file is unchanged: only the waiting candidates are handled
    assert res.unchanged == 1 and led.count_candidates("pending") == 0
    db = sqlite3.connect(led.path)
    queued = db.execute("SELECT chosen, status FROM candidates ORDER BY added, rowid").fetchall()
    # acceptance by thanks or by moving on, oldest first
    assert [c[:22] for c, _ in queued] == [
        "`git push origin --del", "`alias big='find . -ty", "`alias big='find . -na", "Put it in ~/.zshrc to ",
        "Send me ~/wifi.log tom"]
    base = [r["record"] for r in led.pair_rows() if r["origin"] == "base"]
    assert [b["chosen"][0]["content"] for b in base] == [c for c, st in queued if st == "done"]
    assert len(base) >= 3  # the tiny model echoes or says nothing only rarely
    for b in base:  # a greedy base-model reply, different from the accepted one, for the same prompt
        assert b["rejected"][0]["content"].strip() and b["rejected"] != b["chosen"]
        assert b["prompt"][-1]["role"] == "user"
    # re-mining the (changed) file queues nothing new, so nothing is generated again
    calls = []
    os.utime(f, (1, 1))
    res = ingest_paths([f], led, cfg, generator=lambda prompt: calls.append(prompt) or "x")
    assert calls == [] and res.pairs_added == 0 and res.duplicates == 3


def test_base_generation_failures_and_echoes_are_skipped(tmp_path, led):
    cfg = config.Config()
    cfg = dataclasses.replace(cfg, mining=dataclasses.replace(cfg.mining, rejected_from_base=True, base_per_pass=0))
    f = tmp_path / "log.jsonl"
    shutil.copy(DEMO / "session_2026-05-11.jsonl", f)

    def gen(prompt):
        last = prompt[-1].content
        if last.startswith("nice. and on the remote"):
            raise RuntimeError("out of memory")
        if last.startswith("write a one-line alias"):
            return "`alias big='find . -type f -exec du -h {} + | sort -rh | head -10'`"  # = the accepted reply
        return "Certainly! Here is a long answer."

    res = ingest_paths([f], led, cfg, generator=gen)
    assert (res.generated, res.pairs_added) == (3, 3 + 3)
    assert led.count_candidates("skipped") == 2 and led.count_candidates("pending") == 0
    with pytest.raises(IngestError, match="needs 'model'"):
        ingest_paths([f], led, cfg)


def test_named_files_follow_the_export_folder_rules(tmp_path, led):
    """The daemon passes changed files one by one: the same symlink rule, temp files ignored."""
    export = tmp_path / "exports"
    export.mkdir()
    outside = tmp_path / "outside.jsonl"
    outside.write_text(_line(_std(1)))
    (export / "link.jsonl").symlink_to(outside)
    (export / ".session_1.json.tmp").write_text("{partial")
    (export / "p.jsonl").write_text(_line(_std(2)))
    cfg = dataclasses.replace(_cfg(), export_dir=str(export))
    res = ingest_paths([export / "link.jsonl", export / ".session_1.json.tmp", export / "p.jsonl"], led, cfg)
    assert (res.files, res.pairs_added, res.quarantined) == (2, 1, 1)
    assert "symlink leads outside" in led.quarantined()[0]["reason"]
    assert ingest_paths([outside], led, cfg).pairs_added == 1  # named outside the export folder: the owner's call


def test_pair_files_in_every_format(tmp_path, led, shared_data):
    res = ingest_paths([shared_data / "pairs"], led, _cfg())
    assert (res.files, res.pairs_added, res.quarantined) == (4, 20, 0)
    assert {r.format for r in res.reports} == {"pairs"}
    conv = [p for p in led.pairs() if p.source.startswith(str(shared_data / "pairs" / "conversational.jsonl"))]
    assert len(conv) == 5 and [m.role for m in conv[0].prompt] == ["system", "user", "assistant", "user"]


def test_json_files_holding_pairs_or_one_trajectory(tmp_path, led):
    (tmp_path / "one.json").write_text(json.dumps(_std(1)))
    (tmp_path / "many.json").write_text(json.dumps([_std(2), {"prompt": "q"}, _std(3)]))
    traj = json.loads((DEMO / "trajectory_samples.jsonl").read_text().splitlines()[1])
    (tmp_path / "traj.json").write_text("\ufeff" + json.dumps(traj))  # with a UTF-8 byte order mark
    res = ingest_paths([tmp_path], led, _cfg())
    assert res.pairs_added == 1 + 2 + 1
    assert {Path(r.path).name: r.format for r in res.reports} == {"one.json": "pairs", "many.json": "pairs",
                                                                  "traj.json": "sharegpt"}
    (q,) = led.quarantined()
    assert (Path(q["path"]).name, q["line"], q["reason"]) == ("many.json", 2, "missing key 'chosen' (standard format)")


def test_session_json_being_written_is_not_quarantined(tmp_path, led):
    full = (DEMO / "session_20260430_163322_1d7e6f.json").read_text()
    f = tmp_path / "session_y.json"
    f.write_text("")  # created, not written yet
    res = ingest_paths([f], led, _cfg())
    assert (res.pairs_added, res.quarantined, res.reports[0].format) == (0, 0, "empty")
    f.write_text(full[: len(full) // 2])  # half written, just now
    res = ingest_paths([f], led, _cfg())
    assert (res.pairs_added, res.quarantined, res.reports[0].status) == (0, 0, "pending")
    os.utime(f, (1, 1))  # still cut off long after its last write: it is broken, quarantine it
    res = ingest_paths([f], led, _cfg())
    assert res.quarantined == 1 and "not valid JSON" in led.quarantined()[0]["reason"]
    f.write_text(full)
    assert ingest_paths([f], led, _cfg()).pairs_added == 1


def test_unpaired_surrogates_are_quarantined_per_line(tmp_path, led):
    f = tmp_path / "chat.jsonl"
    lines = ['{"role": "user", "content": "hello \\ud83d\\ude00"}', '{"role": "user", "content": "q\\udc00"}',
             '{"role": "assistant", "content": "long"}', '{"role": "user", "content": "too long"}',
             '{"role": "assistant", "content": "short"}', '{"role": "user", "content": "ok"}']
    f.write_text("\n".join(lines) + "\n")
    res = ingest_paths([f], led, _cfg())
    assert (res.pairs_added, res.quarantined) == (1, 1)
    assert led.quarantined()[0]["line"] == 2 and "surrogate" in led.quarantined()[0]["reason"]
    assert led.pairs()[0].last_user == "hello \U0001F600"  # a proper surrogate pair is one character


def test_split_lines_and_truncation_rules():
    from timmyd.ingest.files import split_lines, truncated
    data = b'{"a": 1}\n\n{"b": 2}\n{"c": 3'
    lines, consumed = split_lines(data, 0)
    assert lines == [(1, b'{"a": 1}'), (2, b""), (3, b'{"b": 2}')] and consumed == len(data) - len(b'{"c": 3')
    lines, consumed = split_lines(data + b"}", 9)  # resume after line 1; the last line is complete JSON
    assert lines == [(2, b""), (3, b'{"b": 2}'), (4, b'{"c": 3}')] and consumed == len(data) + 1
    assert split_lines(b"", 0) == ([], 0)
    assert truncated(b'{"messages": [{"role": "us') and truncated(b'{"a": tr') and truncated(b'{"a": [1, 2')
    assert not truncated(b'{"a": 1,, "b": 2}') and not truncated(b'{"a": 1}') and not truncated(b'{"a": 1}}')


def test_mangled_exports_never_stop_ingestion(tmp_path):
    """Every value of the sample exports randomly replaced by wrong types: no exception escapes, and
    every quarantine reason is one of ours (no internal error leaking through)."""
    import random
    weird = [None, 1, 2.5, True, "str", [], {}, [1, 2], {"a": 1}, [{"x": None}], "\u0000"]
    rng = random.Random(7)

    def mutate(o):
        if rng.random() < 0.08:
            return rng.choice(weird)
        if isinstance(o, dict):
            return {k: mutate(v) for k, v in o.items() if rng.random() > 0.03}
        if isinstance(o, list):
            return [mutate(v) for v in o]
        return o

    for it in range(12):
        d = tmp_path / f"run{it}"
        d.mkdir()
        for f in DEMO.iterdir():
            if f.suffix == ".json":
                (d / f.name).write_text(json.dumps(mutate(json.loads(f.read_text()))))
            else:
                (d / f.name).write_text("".join(_line(mutate(json.loads(x))) for x in f.read_text().splitlines()))
        with Ledger.open(d / "state") as led:
            res = ingest_paths([d], led, _cfg())
            assert res.files == 14
            assert all(p.key for p in led.pairs())
            assert not [q for q in led.quarantined() if q["reason"].startswith("could not be read")]


def test_bad_input_is_logged_once_not_at_every_rescan(tmp_path, led):
    """A symlink leading outside the folder is quarantined once; later rescans stay quiet about it."""
    from loguru import logger

    d = tmp_path / "export"
    d.mkdir()
    outside = tmp_path / "elsewhere.jsonl"
    outside.write_text(_line(_std(1)))
    (d / "link.jsonl").symlink_to(outside)
    seen: list[str] = []
    sink = logger.add(lambda m: seen.append(str(m)), level="WARNING")
    try:
        for _ in range(3):
            ingest_paths([d], led, _cfg())
    finally:
        logger.remove(sink)
    assert len([m for m in seen if "symlink leads outside" in m]) == 1
    assert len(led.quarantined()) == 1


def test_empty_files_and_empty_turns_say_why_they_gave_nothing(tmp_path, led):
    """A 0-byte file is reported as empty with its reason (and read again once written); a session
    whose correction turn is an empty string records why that turn gave no pair."""
    d = tmp_path / "export"
    d.mkdir()
    (d / "session_new.json").write_bytes(b"")
    (d / "log.jsonl").write_text(
        _line(_msg("user", "how many ml in a cup?")) + _line(_msg("assistant", "A cup is a unit of volume. " * 20))
        + _line(_msg("user", "")) + _line(_msg("assistant", "240 ml.")) + _line(_msg("user", "thanks")))
    res = ingest_paths([d], led, _cfg())
    reps = {Path(r.path).name: r for r in res.reports}
    assert reps["session_new.json"].status == "empty" and "0 bytes" in reps["session_new.json"].reason
    reasons = [(Path(q["path"]).name, q["line"], q["reason"]) for q in led.quarantined()]
    assert reasons == [("log.jsonl", 3, "empty user message (line 3): skipped, no pair can come from it")]
    # once the empty file is written, it is read (nothing was lost by looking at it too early)
    (d / "session_new.json").write_text(json.dumps({"id": "x", "messages": [
        _msg("user", "what is 2+2?"), _msg("assistant", "It depends on the base. " * 10),
        _msg("user", "too long, just the number"), _msg("assistant", "4"), _msg("user", "thanks")]}))
    assert ingest_paths([d], led, _cfg()).pairs_added == 1
