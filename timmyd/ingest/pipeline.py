"""Ingest: pair files and session exports -> the ledger, exactly once, never stopped by bad input.

Exactly-once rests on three things:
- a pair's identity is its content hash (`Pair.key`), the ledger's primary key;
- each file's new pairs, its quarantine records and its new byte offset are committed in ONE
  transaction, so a crash in between loses nothing and duplicates nothing;
- line-per-record files (pair files, `hermes sessions export`, ShareGPT trajectories) resume from the
  bytes already consumed, after checking that prefix's hash is unchanged (else the whole file is read
  again and the keys dedupe it); one-session-per-file formats (Hermes JSON, which Hermes rewrites
  after every turn, gateway transcripts, plain logs) are re-mined whole when they change.
A last line without a newline that is not yet valid JSON is being written: it is left for later.
A session file mined under other mining rules (`mining.Rules.version`, kept per file) is read whole again,
even when unchanged, and its pairs no run has used that the current rules no longer mine are deleted in
the same transaction that adds the new ones (`pairs_removed`); pairs a run trained on stay as they are,
and so do pairs whose rejected reply the file no longer holds (a compacted Hermes session).
An unchanged file (same size and mtime) is not even opened again.

Bad input (malformed lines, binary files, wrong encodings, files over `[ingest].max_file_mb`,
symlinks leading outside the folder) is quarantined with a readable reason; the rest goes on.

Each pair's train/held-out split is fixed when it is stored, from the hash of its prompt
(`timmyd.ingest.split.split_of`), so pairs sharing a prompt never straddle the two. With `[mining].rejected_from_base`,
accepted replies with no corrected partner are queued in the ledger and a bounded number per pass
get a greedy base-model reply as 'rejected' (`_Pass.generate`).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from loguru import logger

from timmyd.ingest import mining, sessions  # noqa: F401 (sessions: re-exported for callers of the pass)
from timmyd.ingest.files import SUFFIXES, iter_files, outside_export
from timmyd.ingest.scan import (
    READ_ERRORS,
    FileReport,
    Reader,
    Scanned,
    _Found,
    scan_many,
    scan_one,
    workers_for,
)
from timmyd.ingest.split import split_of
from timmyd.ledger.store import FileState, Ledger, NewPair
from timmyd.pairs import Pair, parse_record

Generator = Callable[[tuple], str]  # prompt messages -> a generated reply
COMMIT_EVERY = 64  # files of a pass committed in one transaction (a commit per file cost more than mining them)


class IngestError(ValueError):
    """A path given to ingest does not exist (the user's mistake, reported with the path)."""


@dataclass
class IngestResult:
    files: int = 0
    pairs_added: int = 0
    duplicates: int = 0
    quarantined: int = 0
    unchanged: int = 0
    pairs_removed: int = 0  # replaced after a change of the mining rules (never pairs a run has used)
    generated: int = 0  # base-model rejected replies made in this pass (counted in pairs_added too)
    dry_run: bool = False
    reports: list[FileReport] = field(default_factory=list)

    def add(self, rep: FileReport) -> None:
        self.files += 1
        self.pairs_added += rep.pairs_added
        self.duplicates += rep.duplicates
        self.quarantined += rep.quarantined
        self.unchanged += rep.status == "unchanged"
        self.pairs_removed += rep.pairs_removed
        self.reports.append(rep)

    def to_dict(self, details: bool = False) -> dict:
        d = {"files": self.files, "pairs_added": self.pairs_added, "duplicates": self.duplicates,
             "quarantined": self.quarantined, "unchanged": self.unchanged, "generated": self.generated,
             "pairs_removed": self.pairs_removed,
             "dry_run": self.dry_run}
        if details:
            d["by_file"] = [asdict(r) for r in self.reports]
        return d


def anchor_of(prompt: tuple, chosen: str) -> str:
    blob = json.dumps([[m.role, m.content] for m in prompt] + [chosen], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


# --- the pass --------------------------------------------------------------------------------------

class _Pass:
    def __init__(self, ledger: Ledger, cfg, dry_run: bool, generator: Generator | None):
        self.ledger, self.cfg, self.dry_run, self.generator = ledger, cfg, dry_run, generator
        self.rules = mining.Rules.from_config(cfg.mining)
        self.version = self.rules.version
        self.classifier = None
        if cfg.mining.classifier:  # a second opinion on ambiguous turns; the version already names the model
            from timmyd.ingest.classify import Classifier
            self.classifier = Classifier.from_config(cfg)
            self.rules = replace(self.rules, opinion=self.classifier)
        self.fraction = cfg.ingest.heldout_fraction
        self.reader = Reader(self.rules, self.fraction, int(cfg.ingest.max_file_mb * 1024 * 1024),
                             cfg.ingest.max_file_mb, cfg.mining.rejected_from_base and not dry_run)
        self.seen_keys: set[str] = set()  # dry run: pairs counted already in this pass
        self.seen_bad: set[tuple[str, int, str]] = set()

    def quarantine(self, path: Path | str, reason: str, line: int | None = None) -> int:
        if self.dry_run:
            k = (str(path), int(line or 0), reason)
            new = k not in self.seen_bad and not self.ledger.is_quarantined(*k)
            self.seen_bad.add(k)
            return int(new)
        new = self.ledger.quarantine(path, reason, line)
        if new:  # once: a rescan that meets the same bad input again stays quiet
            logger.warning("quarantined {}{}: {}", path, f":{line}" if line else "", reason)
        return int(new)

    def file(self, path: Path) -> FileReport:
        """One file, read here and committed (the serial pass)."""
        return self.apply(self.reader.scan(path, self.ledger.file_state(str(path))))

    def files(self, paths: list[Path]) -> Iterator[FileReport]:
        """Many files in listing order: unchanged ones skipped here, the rest read by worker processes when there
        are enough of them (`scan.workers_for`) and no classifier is asked (its client lives in this process),
        and committed here one by one, exactly as `file` would, `COMMIT_EVERY` files to a transaction (each
        file's writes still all-or-nothing: `Ledger.savepoint`; a crash loses at most that many files' commits,
        which the next pass reads again)."""
        states = self.ledger.file_states() if len(paths) > 1 else None
        jobs = [(p, states.get(str(p)) if states is not None else self.ledger.file_state(str(p))) for p in paths]
        quick = [self.reader.unchanged(p, prev) for p, prev in jobs]
        todo = [job for job, q in zip(jobs, quick, strict=True) if q is None]
        workers = 1 if self.classifier is not None else workers_for(self.cfg.ingest.workers, len(todo))
        scanned = (scan_many(self.reader, todo, workers) if workers > 1
                   else (scan_one(self.reader, job) for job in todo))
        steps = [(p, q) for (p, _), q in zip(jobs, quick, strict=True)]
        for start in range(0, len(steps), COMMIT_EVERY):
            with nullcontext() if self.dry_run else self.ledger.transaction():
                reps = [q.rep if q is not None else _safe(self, p, lambda: self.apply(next(scanned)))
                        for p, q in steps[start:start + COMMIT_EVERY]]
            yield from reps

    def apply(self, s: Scanned) -> FileReport:
        """Write what reading one file found: its pairs, quarantine records and state, in one transaction."""
        rep = s.rep
        if s.error:
            rep.quarantined = self.quarantine(rep.path, f"could not be read: {s.error}")
            return rep
        if s.reject:
            return self._reject(rep, s.stat, s.reject)
        if s.state is None:
            return rep  # unchanged, vanished, or still being written
        if rep.status == "empty":
            logger.info("{}: {}", rep.path, rep.reason)
        self._commit(rep, s.found, s.state, replacing=s.replacing)
        if rep.format == "unknown":
            rep.status = "quarantined"
        return rep

    def _reject(self, rep: FileReport, stat: tuple[int, float], reason: str) -> FileReport:
        rep.status, rep.format = "quarantined", "unknown"
        state = FileState(rep.path, stat[0], stat[1], "", 0, "unknown", "quarantined")
        self._commit(rep, _Found(bad=[(None, reason)]), state)
        return rep

    def generate(self, result: IngestResult) -> None:
        """`[mining].rejected_from_base`: a greedy base-model reply as 'rejected' for accepted replies
        that have no corrected partner, at most `base_per_pass` per pass (oldest first; the rest wait
        for the next pass, so the daemon is never stuck generating for a long history)."""
        todo = self.ledger.pending_candidates(limit=self.cfg.mining.base_per_pass or None)
        if not todo:
            return
        if self.generator is None:
            self.generator = base_generator(self.cfg)
        for c in todo:
            try:
                text = self.generator(c["prompt"]).strip()
            except Exception as e:  # noqa: BLE001 - a generation failure must not stop ingestion
                logger.warning("base-model generation failed for {}:{}: {}", c["source_file"], c["position"], e)
                self.ledger.finish_candidate(c["anchor"], "skipped", f"generation failed: {e}")
                continue
            if not text or text == c["chosen"].strip():
                self.ledger.finish_candidate(c["anchor"], "skipped", "the base model gave the accepted reply")
                continue
            pair = Pair(c["prompt"], c["chosen"], text)
            with self.ledger.transaction():  # the pair and the candidate's status together
                added, dup = self.ledger.add_pairs([NewPair(pair, split_of(pair, self.fraction), c["source_file"],
                                                            c["position"], "base", c["anchor"])])
                self.ledger.finish_candidate(c["anchor"], "done")
            result.pairs_added += added
            result.duplicates += dup
            result.generated += 1

    def _stale(self, path: str, found: _Found) -> list[str]:
        """After a change of the mining rules: the file's pairs no run has used that the new rules no longer
        mine. Only pairs whose rejected reply the file still holds are re-judged; a pair from turns the file
        lost (Hermes compacts long sessions) cannot be, and stays."""
        new = {it.pair.key for it in found.pairs}
        return [r["key"] for r in self.ledger.file_pairs(path)
                if r["key"] not in new and parse_record(r["record"]).rejected.strip() in found.replies]

    def _commit(self, rep: FileReport, found: _Found, state: FileState, replacing: bool = False) -> None:
        if self.dry_run:
            for it in found.pairs:
                new = it.pair.key not in self.seen_keys and not self.ledger.has_pair(it.pair.key)
                self.seen_keys.add(it.pair.key)
                rep.pairs_added += new
                rep.duplicates += not new
            rep.quarantined = sum(self.quarantine(rep.path, r, line) for line, r in found.bad)
            return
        with self.ledger.savepoint():  # pairs (and the ones they replace), quarantine and offset: all or nothing
            if replacing:
                rep.pairs_removed = self.ledger.delete_unused_pairs(self._stale(rep.path, found))
            rep.pairs_added, rep.duplicates = self.ledger.add_pairs(found.pairs)
            self.ledger.add_candidates((anchor_of(a.prompt, a.chosen), a.prompt, a.chosen, rep.path, pos)
                                       for a, pos in found.accepted)
            rep.quarantined = sum(self.quarantine(rep.path, r, line) for line, r in found.bad)
            self.ledger.save_file_state(state, rep.pairs_added)


def ingest_paths(paths: Iterable[str | os.PathLike], ledger: Ledger, cfg, dry_run: bool = False,
                 generator: Generator | None = None) -> IngestResult:
    """Ingest files and folders (recursively) into `ledger`; see the module docstring for the rules.

    With `[mining].rejected_from_base`, accepted replies without a corrected partner are queued in the
    ledger and up to `[mining].base_per_pass` of them get a base-model 'rejected' reply at the end of
    the pass; `generator` (prompt messages -> text) replaces the default, built from `cfg.model` on
    first use (see `base_generator`).
    """
    roots = [Path(p).expanduser() for p in paths]
    for r in roots:
        if not r.exists() and not r.is_symlink():
            raise IngestError(f"{r}: no such file or folder")
    if cfg.mining.rejected_from_base and not cfg.model and generator is None and not dry_run:
        raise IngestError("[mining].rejected_from_base needs 'model' (an MLX model directory) in the config")
    run = _Pass(ledger, cfg, dry_run, generator)
    result = IngestResult(dry_run=dry_run)
    for root in roots:
        if root.is_dir():
            bad: list[tuple[Path, str]] = []
            files = iter_files(root, cfg.ingest.follow_symlinks_outside, lambda p, why, sink=bad: sink.append((p, why)))
            for rep in run.files(list(files)):
                result.add(rep)
            for p, why in bad:
                result.add(FileReport(str(p), "unknown", quarantined=run.quarantine(p, why), status="quarantined"))
        elif root.name.startswith(".") or root.suffix not in SUFFIXES:
            continue  # editors' temp files, partial writes, other files: never an export
        elif root.is_symlink() and (why := outside_export(root, cfg)):
            result.add(FileReport(str(root), "unknown", quarantined=run.quarantine(root, why), status="quarantined"))
        elif root.is_file():
            result.add(_safe(run, root))
        else:
            result.add(FileReport(str(root), "unknown", quarantined=run.quarantine(root, "broken symlink"),
                                  status="quarantined"))
    if cfg.mining.rejected_from_base and not dry_run:
        run.generate(result)
    if run.classifier is not None:
        run.classifier.close()
    return result


def _safe(run: _Pass, path: Path, step: Callable[[], FileReport] | None = None) -> FileReport:
    """One file (`step`, by default reading and committing it); an unexpected error in it is quarantined instead
    of stopping the pass."""
    try:
        return step() if step is not None else run.file(path)
    except sqlite3.Error:
        raise  # the ledger itself is broken: that must stop the pass
    except READ_ERRORS as e:
        logger.opt(exception=e).debug("ingest of {} failed", path)
        rep = FileReport(str(path), "unknown", status="quarantined")
        rep.quarantined = run.quarantine(path, f"could not be read: {type(e).__name__}: {e}")
        return rep


def ingest(paths: Iterable[str | os.PathLike], cfg, dry_run: bool = False) -> IngestResult:
    """Convenience: open the config's ledger, ingest, close."""
    with Ledger.open(cfg.state_path) as led:
        return ingest_paths(paths, led, cfg, dry_run=dry_run)


def export_pairs(ledger: Ledger, out: str | os.PathLike, split: str | None = None) -> int:
    """Write the ledger's pairs as standard JSONL (`Pair.to_record`) that `timmyd train` reads."""
    pairs = ledger.pairs(split=split)
    out = Path(out)
    tmp = out.with_name(out.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for p in pairs:
            fh.write(json.dumps(p.to_record(), ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    return len(pairs)


def base_generator(cfg) -> Generator:
    """Greedy replies from the base model (no adapter), loaded lazily on first use."""
    from timmyd.ingest.basegen import BaseGenerator
    if not cfg.model:
        raise IngestError("[mining].rejected_from_base needs 'model' (an MLX model directory) in the config")
    return BaseGenerator(cfg.model, cfg.mining.base_max_tokens)
