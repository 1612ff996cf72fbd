"""Ingest throughput over ten thousand generated sessions in every session format.

    python bench/bench_ingest.py [--sessions 10000] [--keep DIR]

Writes the sessions to a temp folder (a fifth of them in each format: Hermes session JSON, gateway
JSONL, plain chat logs, `hermes sessions export` with 100 sessions per file, ShareGPT trajectories
with 100 per file), ingests them into a fresh ledger and prints pairs/s and files/s, then a re-ingest
pass (nothing changed), a pass after appending to every line-per-session file, and the same folder
read by a parse-only baseline (read every file and json-parse it, nothing else) as the reference the
ratios are against: no other tool mines pairs from sessions, so the floor is plain JSON parsing.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from timmyd import config
from timmyd.ingest.pipeline import ingest_paths
from timmyd.ledger.store import Ledger

SYSTEM = "You are Timmy, a personal AI assistant running on your owner's Mac."
CORRECTIONS = ["Too long, just give me the command.", "That's wrong, it's the other flag.", "not what I asked",
               "No, I meant on the router side", "way too formal. 2 sentences"]
ACCEPTS = ["perfect, thanks", "great", "works", "ok. and how do I undo it?", "nice. different thing: what's DNS?"]


def _turns(rng: random.Random, i: int) -> list[tuple[str, str]]:
    """user/assistant turns: a request, a verbose reply, a correction, a fix, an acceptance, a follow-up."""
    q = f"how do I do task {i} with tool {rng.randint(0, 10**6)}?"
    verbose = "Great question! " + " ".join(f"Consider point {k} about task {i}." for k in range(rng.randint(8, 30)))
    return [("user", q), ("assistant", verbose), ("user", rng.choice(CORRECTIONS)),
            ("assistant", f"`tool{i} --do-it`"), ("user", rng.choice(ACCEPTS)),
            ("assistant", f"Done for {i}."), ("user", f"and task {i}b?"), ("assistant", f"`tool{i} --b`")]


def _msgs(turns):
    return [{"role": r, "content": c} for r, c in turns]


def generate(folder: Path, n: int, seed: int = 0) -> dict:
    rng = random.Random(seed)
    per = n // 5
    counts = {}
    for i in range(per):
        (folder / f"session_{i:06d}.json").write_text(json.dumps(
            {"session_id": str(i), "system_prompt": SYSTEM, "messages": _msgs(_turns(rng, i))}))
    counts["hermes_json"] = per
    for i in range(per, 2 * per):
        lines = [{"role": "session_meta", "platform": "telegram"}] + _msgs(_turns(rng, i))
        (folder / f"2026_{i:06d}.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    counts["gateway"] = per
    for i in range(2 * per, 3 * per):
        lines = [{"type": "message", "role": "timmy" if r == "assistant" else r, "content": c} for r, c in _turns(rng, i)]
        lines.insert(1, {"type": "decision", "decision": "answer directly"})
        (folder / f"log_{i:06d}.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    counts["chatlog"] = per
    for start in range(3 * per, 4 * per, 100):
        with (folder / f"hermes_export_{start:06d}.jsonl").open("w") as fh:
            for i in range(start, min(start + 100, 4 * per)):
                fh.write(json.dumps({"id": str(i), "messages": _msgs(_turns(rng, i))}) + "\n")
    counts["hermes_export"] = per
    for start in range(4 * per, 5 * per, 100):
        with (folder / f"trajectories_{start:06d}.jsonl").open("w") as fh:
            for i in range(start, min(start + 100, 5 * per)):
                conv = [{"from": "system", "value": SYSTEM}] + [
                    {"from": "human" if r == "user" else "gpt", "value": c} for r, c in _turns(rng, i)]
                fh.write(json.dumps({"conversations": conv, "completed": True}) + "\n")
    counts["sharegpt"] = per
    return counts


def parse_only(folder: Path) -> float:
    t = time.perf_counter()
    for f in sorted(folder.iterdir()):
        data = f.read_bytes()
        if f.suffix == ".json":
            json.loads(data)
        else:
            for line in data.splitlines():
                json.loads(line)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sessions", type=int, default=10000)
    ap.add_argument("--keep", help="generate into this folder instead of a temp dir")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp) / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        counts = generate(folder, args.sessions)
        files = sum(1 for _ in folder.iterdir())
        print(f"generated {sum(counts.values())} sessions in {files} files ({counts}) in {time.perf_counter() - t:.1f} s")
        cfg = config.Config()
        base = parse_only(folder)
        with Ledger.open(Path(tmp) / "state") as led:
            t = time.perf_counter()
            res = ingest_paths([folder], led, cfg)
            first = time.perf_counter() - t
            t = time.perf_counter()
            again = ingest_paths([folder], led, cfg)
            second = time.perf_counter() - t
            appended = 0
            for f in sorted(folder.glob("hermes_export_*.jsonl")):
                with f.open("a") as fh:
                    i = 10**7 + appended
                    fh.write(json.dumps({"id": str(i), "messages": _msgs(_turns(random.Random(i), i))}) + "\n")
                appended += 1
            t = time.perf_counter()
            third = ingest_paths([folder], led, cfg)
            append_s = time.perf_counter() - t
            total = led.count_pairs()
        print(f"parse-only baseline (read + json.loads every file): {base:.2f} s")
        print(f"ingest:    {res.files} files, {res.pairs_added} pairs in {first:.2f} s = "
              f"{res.pairs_added / first:,.0f} pairs/s, {res.files / first:,.0f} files/s, "
              f"{args.sessions / first:,.0f} sessions/s  ({first / base:.1f}x the parse-only time)")
        print(f"re-ingest: {again.unchanged} of {again.files} files unchanged, {again.pairs_added} pairs added, "
              f"{second:.2f} s = {again.files / second:,.0f} files/s ({second / base:.2f}x the parse-only time)")
        print(f"append:    1 session appended to each of {appended} export files: {third.pairs_added} pairs added, "
              f"{third.duplicates} duplicates in {append_s:.2f} s")
        print(f"ledger holds {total} pairs; quarantined {res.quarantined}")


if __name__ == "__main__":
    main()
