"""Write the acceptance run's extra session exports into `timmyd/demo_data/acceptance/` (+ acceptance_expected.json).

Why generated: the sample in ../shared has 25 pairs, too few to train and hold out from; these 46
more (same owner, same assistant, new topics) are written once here as plain exchanges and rendered
into every export format timmyd reads (Hermes session JSON, gateway JSONL, `hermes sessions export`
JSONL, ShareGPT trajectories, plain chat logs), so the miner is exercised on all of them. The owner's
taste is consistent with the shared sample: short, direct, correct answers; the rejected replies are
padded, off-target or wrong. `acceptance_expected.json` (next to the folder, so ingesting the folder
never reads it) lists every pair the miner must find (prompt's last user
turn, chosen, rejected), which tests/test_acceptance.py checks. Rerunning is deterministic.

    python scripts/acceptance_sessions.py [--out DIR]
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

SYSTEM = ("You are Timmy, a personal AI assistant running on your owner's MacBook Pro (M3 Pro, 36 GB) through "
          "Hermes Agent. You can use the terminal tool to run shell commands on this machine when that helps. "
          "Help your owner with questions and day-to-day tasks.")
OUT = Path(__file__).resolve().parents[1] / "timmyd" / "demo_data" / "acceptance"

# The exchanges themselves are data, in scripts/acceptance_exchanges.json: a list of [format, exchanges].
# One exchange: q (owner), bad (corrected reply), fix (the correction), good (accepted reply),
# ok (what the owner says next: an acceptance, or null = moves straight on to the next question),
# optional bad2/fix2 (a second correction before acceptance: two pairs, one prompt, one chosen),
# plain=true: no correction at all (noise, no pair).
EXCHANGES = Path(__file__).resolve().with_name("acceptance_exchanges.json")
SESSIONS: list[tuple[str, list[dict]]] = [(fmt, exs) for fmt, exs in json.loads(EXCHANGES.read_text(encoding="utf-8"))]


def _iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f")


def turns(exchanges: list[dict]) -> list[tuple[str, str]]:
    """The conversation as (role, text); an acceptance shares nothing with the next question."""
    out: list[tuple[str, str]] = []
    for x in exchanges:
        out.append(("user", x["q"]))
        out.append(("assistant", x["bad"]))
        if x.get("plain"):
            if x["ok"]:
                out += [("user", x["ok"]), ("assistant", "👍")]
            continue
        if x.get("bad2"):
            out += [("user", x["fix"]), ("assistant", x["bad2"]), ("user", x["fix2"])]
        else:
            out.append(("user", x["fix"]))
        out.append(("assistant", x["good"]))
        if x["ok"]:
            out += [("user", x["ok"]), ("assistant", "You're welcome.")]
    if out and out[-1][0] == "assistant" and exchanges[-1]["ok"] is None:
        raise ValueError("the last exchange of a session needs an acceptance, or its pair never appears")
    return out


def expected(exchanges: list[dict]) -> list[dict]:
    """The pairs the miner must find: the prompt's last user turn, chosen, rejected."""
    pairs = []
    for x in exchanges:
        if x.get("plain"):
            continue
        pairs.append({"prompt_last": x["q"], "chosen": x["good"], "rejected": _strip_think(x["bad"])})
        if x.get("bad2"):
            pairs.append({"prompt_last": x["q"], "chosen": x["good"], "rejected": x["bad2"]})
    return pairs


def _strip_think(text: str) -> str:
    return text.split("</think>\n", 1)[1] if text.startswith("<think>") else text


def render(fmt: str, sessions: list[tuple[int, list[dict]]]) -> str:
    """One file in `fmt` holding these sessions (line formats hold several; file formats exactly one)."""
    if fmt == "hermes_export":
        return "".join(json.dumps(_hermes_export(i, ex)) + "\n" for i, ex in sessions)
    if fmt == "sharegpt":
        return "".join(json.dumps(_sharegpt(ex)) + "\n" for _, ex in sessions)
    ((i, ex),) = sessions
    t0 = START + timedelta(days=i, hours=i % 11)
    conv = turns(ex)
    if fmt == "hermes_json":
        msgs = [{"role": r, "content": c, **({"reasoning": None, "finish_reason": "stop"} if r == "assistant" else {})}
                for r, c in conv]
        doc = {"session_id": _sid(i), "model": "hermes3:8b", "base_url": "http://127.0.0.1:11434/v1",
               "platform": "cli", "session_start": _iso(t0), "last_updated": _iso(t0 + timedelta(minutes=len(conv))),
               "system_prompt": SYSTEM, "tools": [], "message_count": len(msgs), "messages": msgs}
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    if fmt == "gateway":
        lines = [{"role": "session_meta", "tools": [], "model": "hermes3:8b", "platform": "telegram",
                  "timestamp": _iso(t0)}]
        lines += [{"role": r, "content": c, "timestamp": _iso(t0 + timedelta(seconds=20 * (k + 1)))}
                  for k, (r, c) in enumerate(conv)]
        return "".join(json.dumps(x) + "\n" for x in lines)
    if fmt == "chatlog":
        lines = []
        for k, (r, c) in enumerate(conv):
            ts = _iso(t0 + timedelta(seconds=15 * (k + 1)))
            lines.append({"type": "message", "role": "user" if r == "user" else "timmy", "content": c, "timestamp": ts})
            if r == "user" and k == 0:
                lines.append({"type": "decision", "decision": "Answer directly", "rationale": "Simple request",
                              "timestamp": ts})
        return "".join(json.dumps(x) + "\n" for x in lines)
    raise ValueError(fmt)


def _sid(i: int) -> str:
    t = START + timedelta(days=i, hours=i % 11)
    return t.strftime("%Y%m%d_%H%M%S") + f"_{(i * 2654435761) % 16**6:06x}"


def _hermes_export(i: int, ex: list[dict]) -> dict:
    t0 = (START + timedelta(days=i, hours=i % 11)).timestamp()
    msgs = [{"role": r, "content": c, "timestamp": round(t0 + 20 * (k + 1), 2)} for k, (r, c) in enumerate(turns(ex))]
    return {"id": _sid(i), "source": "cli", "model": "hermes3:8b", "started_at": t0,
            "ended_at": t0 + 20 * (len(msgs) + 1), "title": ex[0]["q"][:40], "messages": msgs}


def _sharegpt(ex: list[dict]) -> dict:
    conv = [{"from": "system", "value": SYSTEM}]
    for r, c in turns(ex):
        if r == "assistant" and not c.startswith("<think>"):
            c = "<think>\n\n</think>\n" + c
        conv.append({"from": "human" if r == "user" else "gpt", "value": c})
    return {"conversations": conv, "completed": True}


START = datetime(2026, 5, 14, 8, 0, tzinfo=UTC)


def files() -> dict[str, tuple[str, list[dict]]]:
    """{file name: (content, expected pairs)}: hermes_json/gateway/chatlog one session per file;
    hermes_export and sharegpt grouped into one file each per run of consecutive sessions."""
    out: dict[str, tuple[str, list[dict]]] = {}
    groups: dict[str, list[tuple[int, list[dict]]]] = {}
    for i, (fmt, ex) in enumerate(SESSIONS):
        if fmt in ("hermes_export", "sharegpt"):
            groups.setdefault(fmt, []).append((i, ex))
            continue
        name = {"hermes_json": f"session_{_sid(i)}.json", "gateway": f"{_sid(i)}.jsonl",
                "chatlog": f"session_{(START + timedelta(days=i)).date()}.jsonl"}[fmt]
        out[name] = (render(fmt, [(i, ex)]), expected(ex))
    for fmt, sess in groups.items():
        for part in range(0, len(sess), 4):
            chunk = sess[part:part + 4]
            day = (START + timedelta(days=chunk[0][0])).date()
            name = f"hermes_export_{day}.jsonl" if fmt == "hermes_export" else f"trajectories_{day}.jsonl"
            out[name] = (render(fmt, chunk), [p for _, ex in chunk for p in expected(ex)])
    return out


def write(out: Path = OUT) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    manifest = {}
    for name, (text, pairs) in sorted(files().items()):
        (out / name).write_text(text, encoding="utf-8")
        manifest[name] = pairs
    doc = {"about": "pairs the miner must find in each file (prompt_last = the prompt's last user turn); "
                    "written by scripts/acceptance_sessions.py", "total": sum(map(len, manifest.values())),
           "files": manifest}
    (out.parent / f"{out.name}_expected.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return doc


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    d = write(ap.parse_args().out)
    print(f"{len(d['files'])} files, {d['total']} pairs -> {ap.parse_args().out}")
