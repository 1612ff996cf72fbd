"""Session readers and mining rules: the sample exports must give exactly what EXPECTED.md lists."""

import dataclasses
import json
from pathlib import Path

import pytest

from timmyd import config
from timmyd.ingest.mining import Rules, is_correction, mine
from timmyd.ingest.pipeline import ingest_paths, mining, sessions
from timmyd.ingest.sessions import Session, Turn
from timmyd.ledger.store import Ledger
from timmyd.pairs import Message

DEMO = Path(__file__).resolve().parent.parent / "timmyd" / "demo_data" / "sessions"

# EXPECTED.md (../shared/data/sessions): file -> (format, start of each pair's last user turn).
MERKLE = "explain what a merkle tree is, I keep seeing it in bitcoin s"
EXPECTED = {
    "session_20260420_211037_de8721.json": ("hermes_json", ["something is already using port 8080 and my dev server won't"]),
    "session_20260422_083015_4b1c9e.json": ("hermes_json", ["how much free space do I have on the main disk?"]),
    "session_20260425_194402_a3f0d7.json": ("hermes_json", ["ok so where do I put the plist so it runs as me and not root"]),
    "session_20260428_071250_9e52ab.json": ("hermes_json", []),
    "session_20260430_163322_1d7e6f.json": ("hermes_json", ["ModuleNotFoundError: No module named 'yaml' — and `pip insta"]),
    "20260502_080112_5c3e1a.jsonl": ("gateway", ["what's the cron line to run ~/bin/bins-reminder.sh every tue",
                                                 "can you draft a short email to my landlord Martin saying the"]),
    "20260504_121530_7f09b2.jsonl": ("gateway", [MERKLE, MERKLE]),
    "20260506_221845_0ad4c7.jsonl": ("gateway", ["what should I use to transcribe my voice memos? about 20 a w",
                                                 "nice, trying that tonight. different thing: how do I check m"]),
    "hermes_export_2026-05-08.jsonl": ("hermes_export", ["why does this blow up with KeyError: 'port'?  ```python cfg ",
                                                         "I want to keep track of the books I've read with a rating an",
                                                         "explain DNS like I'm smart but not a network person"]),
    "hermes_export_2026-05-12.jsonl": ("hermes_export", ["summarise this note for me:  Photo library move — notes from",
                                                         "my pi-hole keeps getting a new IP address every few days. wh"]),
    "trajectory_samples.jsonl": ("sharegpt", ["what's the ffmpeg command to turn a .mov screen recording in",
                                              "worked, 9MB. and how do I cut off the first 5 seconds?",
                                              "how long do I boil eggs for jammy yolks? large eggs straight",
                                              "I want a small LLM on my mac to summarise emails. what's the"]),
    "failed_trajectories.jsonl": ("sharegpt", []),
    "session_2026-05-10.jsonl": ("chatlog", ["what's a good substitute for buttermilk in pancakes?",
                                             "I need to summarise a 40 page PDF contract. what's the best ",
                                             "how many ml in a US cup?"]),
    "session_2026-05-11.jsonl": ("chatlog", ["git: how do I delete a local branch that's already been merg",
                                             "my wifi drops every evening around 8. how do I figure out wh",
                                             "how much is 1.5 lbs of chicken thighs in grams, and how long"]),
}


def _start(text: str) -> str:
    return text[:60].replace("\n", " ")


def _check_folder(folder: Path, tmp_path: Path) -> list:
    cfg = config.Config()
    with Ledger.open(tmp_path / "led") as led:
        res = ingest_paths([folder], led, cfg)
        assert res.files == 14 and res.quarantined == 0
        assert res.pairs_added == 25 and res.duplicates == 0
        formats = {Path(r.path).name: r.format for r in res.reports}
        rows = led.pair_rows()
        pairs = led.pairs()
    for name, (fmt, starts) in EXPECTED.items():
        assert formats[name] == fmt, name
        got = [_start(p.last_user) for p, r in zip(pairs, rows, strict=True) if Path(r["source_file"]).name == name]
        assert got == starts, name
    return pairs


def test_demo_copy_matches_expected(tmp_path):
    pairs = _check_folder(DEMO, tmp_path)
    merkle = [p for p in pairs if p.last_user.startswith("explain what a merkle")]
    assert merkle[0].prompt == merkle[1].prompt and merkle[0].chosen == merkle[1].chosen
    assert merkle[0].rejected.startswith("Great question! A Merkle tree") and merkle[1].rejected.startswith("Certainly!")


def test_shared_sample_matches_expected(shared_data, tmp_path):
    assert "Total: **14 files, 25 genuine pairs.**" in (shared_data / "sessions" / "EXPECTED.md").read_text()
    _check_folder(shared_data / "sessions", tmp_path)


def _session_pairs(name: str, rules: Rules = mining.DEFAULT_RULES):
    data = json.loads((DEMO / name).read_text())
    return mine(sessions.hermes_session(data), rules)[0]


def test_hermes_json_pair_content_and_system_first():
    (m,) = _session_pairs("session_20260420_211037_de8721.json")
    p = m.pair
    assert p.prompt[0].role == "system" and p.prompt[0].content.startswith("You are Timmy")
    assert [x.role for x in p.prompt] == ["system", "user"]
    assert p.rejected.startswith("Great question! Port conflicts")
    assert p.chosen.startswith("`lsof -nP -iTCP:8080 -sTCP:LISTEN`")
    assert m.position == "messages[1]"


def test_tool_call_before_rejected_reply_is_skipped_and_compaction_dropped():
    (m,) = _session_pairs("session_20260422_083015_4b1c9e.json")
    assert m.pair.rejected.startswith("Certainly! I ran `df -h`")  # the text answer after the tool call
    (m,) = _session_pairs("session_20260425_194402_a3f0d7.json")
    assert [x.role for x in m.pair.prompt] == ["system", "user"]  # [CONTEXT COMPACTION] is not in the prompt
    assert m.pair.chosen.startswith("Put it in `~/Library/LaunchAgents")


def _chat(*turns) -> Session:
    out = []
    for i, t in enumerate(turns):
        if isinstance(t, Turn):
            out.append(t)
        else:
            role, text = t
            out.append(Turn(role, text, (), f"messages[{i}]"))
    return Session(out)


def test_tool_turns_compact_and_drop_in_later_prompts():
    s = _chat(("system", "sys"), ("user", "disk space?"),
              Turn("assistant", "", ("terminal: df -h",), "m2"), Turn("tool", "118Gi free", (), "m3"),
              ("assistant", "118 GB free."), ("user", "and RAM?"), ("assistant", "A long essay about RAM."),
              ("user", "too long"), ("assistant", "36 GB."), ("user", "thanks"))
    (compact,), _ = mine(s, Rules(tool_turns="compact"))
    assert compact.pair.prompt == (Message("system", "sys"), Message("user", "disk space?"),
                                   Message("assistant", "[tool] terminal: df -h -> 118Gi free\n118 GB free."),
                                   Message("user", "and RAM?"))
    (drop,), _ = mine(s, Rules(tool_turns="drop"))
    assert drop.pair.prompt[2] == Message("assistant", "118 GB free.")
    assert (drop.pair.chosen, drop.pair.rejected) == ("36 GB.", "A long essay about RAM.")


def test_mining_rules_on_constructed_sessions():
    # a correction with no reply yet, and a reply not yet accepted, give nothing until the session grows
    base = [("user", "q"), ("assistant", "verbose"), ("user", "too long")]
    assert mine(_chat(*base))[0] == []
    assert mine(_chat(*base, ("assistant", "short")))[0] == []
    (m,), _ = mine(_chat(*base, ("assistant", "short"), ("user", "next question")))
    assert (m.pair.chosen, m.pair.rejected, m.pair.prompt) == ("short", "verbose", (Message("user", "q"),))
    # correcting the "fix" again: both replies rejected for the first prompt; the last one chosen
    pairs, _ = mine(_chat(*base, ("assistant", "medium"), ("user", "still too long"), ("assistant", "s"),
                          ("user", "perfect")))
    assert [(p.pair.rejected, p.pair.chosen) for p in pairs] == [("verbose", "s"), ("medium", "s")]
    assert pairs[0].pair.prompt == pairs[1].pair.prompt == (Message("user", "q"),)
    # injected text and the replies to it are removed; an owner's acceptance after it still counts
    pairs, _ = mine(_chat(*base, ("assistant", "short"),
                          ("user", "Review the conversation above and consider saving to memory."),
                          ("assistant", "Nothing to save."), ("user", "[CONTEXT SUMMARY]: stuff"), ("user", "great")))
    assert [(p.pair.rejected, p.pair.chosen) for p in pairs] == [("verbose", "short")]
    # custom skip prefix and correction phrase from the config
    rules = Rules.from_config(dataclasses.replace(config.MiningConfig(), correction_phrases=["meh"],
                                                  skip_prefixes=["<<bot>>"]))
    s = _chat(("user", "q"), ("assistant", "a1"), ("user", "meh, try again"), ("assistant", "a2"),
              ("user", "<<bot>> injected"), ("assistant", "reply to bot"), ("user", "ok"))
    assert [(p.pair.rejected, p.pair.chosen) for p in mine(s, rules)[0]] == [("a1", "a2")]
    assert mine(s)[0] == []  # without the phrase "meh" is no correction
    # two owner turns in a row are one turn; a reply identical to the rejected one is not a pair
    s = _chat(("user", "q"), ("user", "(on macOS)"), ("assistant", "x"), ("user", "that's wrong"),
              ("assistant", "x"), ("user", "ok"))
    assert mine(s)[0] == []
    assert mining.exchanges(s)[1][0].user == "q\n\n(on macOS)"


def test_accepted_replies_are_candidates_for_base_rejected():
    _, acc = mine(_chat(("user", "q1"), ("assistant", "a1"), ("user", "q2"), ("assistant", "bad"),
                        ("user", "wrong"), ("assistant", "good"), ("user", "thanks"), ("assistant", "np")))
    assert [(a.prompt[-1].content, a.chosen) for a in acc] == [("q1", "a1")]  # 'good' already has a pair


@pytest.mark.parametrize("text, expected", [
    ("Too long, just give me the command.", True),
    ("way too much. just tell me the number", True),
    ("That's wrong, LaunchDaemons run as root.", True),
    ("10 minutes is hard boiled, that's wrong", True),
    ("560 is wrong, a pound is 454 g", True),
    ("not what I asked. I said on my mac", True),
    ("I know what a KeyError is. just fix the line", True),
    ("skip the history lesson, shorter please", True),
    ("that's longer than the note itself lol. 2 sentences", True),
    ("No, I meant on the router side", True),
    ("No, -D is force delete. I want the safe one", True),
    ("Actually, I want something that runs on the mac.", True),
    ("still too much, and drop the 'certainly'", True),
    ("it didn't work", True),
    ("No, that's too long", True),
    ("You’re wrong about that", True),
    ("No, thanks, that's all", False),
    ("Actually, let's also add tests", False),
    ("Actually, can you also make it skip .git folders?", False),
    ("Actually, add a test too.", False),
    ("nope, all good", False),
    ("no worries", False),
    ("what's wrong with my wifi? it drops at 8", False),
    ("what is wrong with this regex", False),
    ("my commute is long, any podcast tips?", False),
    ("worked, 9MB. and how do I cut off the first 5 seconds?", False),
    ("nice, trying that tonight. different thing: how do I check my node is fully synced?", False),
    ("perfect, thanks", False),
    ("summarise this note:\n\nthe old answer was wrong and too long", False),  # pasted text is not the owner's verdict
    ("that's not it", True),
    ("still getting the same error", True),
    ("you didn't answer my question", True),
    ("I didn't ask for a history of DNS", True),
    ("can you make it shorter", True),
    ("tl;dr please", True),
    ("Not quite, the flag goes first", True),
    ("it's not working", True),
    ("that didn't help", True),
    ("try again", True),
    ("hmm, no. I need the arm64 build", True),
    ("ugh, nope, that's the old syntax", True),
    ("my wifi is not working since this morning, ideas?", False),
    ("oh no, thanks, I'm fine", False),
    ("No.", False),  # declines an offer ("want me to ...?")
    ("is it wrong to use sudo pip?", False),
    ("No, that's fine", False),
    ("Actually, one more thing: how do I undo it?", False),
    ("no, but can you also check the logs?", False),
    ("", False),
])
def test_correction_classifier(text, expected):
    assert is_correction(text) is expected


def test_readers_normalise_each_format():
    gw = [sessions.openai_turns(json.loads(line), f"line {i}")
          for i, line in enumerate((DEMO / "20260502_080112_5c3e1a.jsonl").read_text().splitlines(), 1)]
    assert gw[0] == [] and gw[1][0].role == "user" and gw[2][0].role == "assistant"
    log = [json.loads(line) for line in (DEMO / "session_2026-05-10.jsonl").read_text().splitlines()]
    assert sessions.openai_turns(log[1], "l2") == []  # decision line
    call = sessions.openai_turns(log[12], "l13")  # tool_call line -> call + result
    assert [t.role for t in call] == ["assistant", "tool"] and call[0].tool_calls[0].startswith("terminal: pdftotext")
    assert call[1].content == "   14382"
    traj = json.loads((DEMO / "trajectory_samples.jsonl").read_text().splitlines()[2])
    s = sessions.sharegpt_session(traj, "line 3")
    tool_turn = [t for t in s.turns if t.tool_calls][0]
    assert tool_turn.content == "" and tool_turn.tool_calls == ("terminal: ls ~/Mail/export | head -3",)
    assert not any("<think>" in t.content for t in s.turns)
    with pytest.raises(sessions.SessionError, match="unknown role 'robot'"):
        sessions.openai_turns({"role": "robot", "content": "x"}, "line 4")
    with pytest.raises(sessions.SessionError, match="line 5: 'content' must be text"):
        sessions.openai_turns({"role": "user", "content": 5}, "line 5")


def test_detect_formats():
    assert sessions.detect({"messages": []}, ".json") == "hermes_json"
    assert sessions.detect({"role": "session_meta"}, ".jsonl") == "gateway"
    assert sessions.detect({"id": 1, "messages": []}, ".jsonl") == "hermes_export"
    assert sessions.detect({"conversations": []}, ".jsonl") == "sharegpt"
    assert sessions.detect({"conversations": [], "chosen": {}, "rejected": {}}, ".jsonl") is None  # a pair
    assert sessions.detect({"type": "decision"}, ".jsonl") == "chatlog"
    assert sessions.detect({"prompt": "q", "chosen": "a", "rejected": "b"}, ".jsonl") is None


def test_long_sessions_keep_only_recent_history_in_prompts():
    turns = [("system", "sys")]
    for i in range(50):
        turns += [("user", f"q{i:02d}"), ("assistant", "x" * 100), ("user", "too long"), ("assistant", f"a{i}")]
    turns.append(("user", "thanks"))
    s = _chat(*turns)
    pairs, _ = mine(s, Rules(max_prompt_chars=500))
    assert len(pairs) == 50
    last = pairs[-1].pair.prompt
    # exchanges are 'q..'+'x'*100 (104 chars) and 'too long'+'a..' (10-11): whole ones that fit in 500 - 3
    kept = last[1:-1]
    assert last[0] == Message("system", "sys") and last[-1] == Message("user", "q49")
    assert sum(len(m.content) for m in kept) <= 497 and len(kept) % 2 == 0
    assert sum(len(m.content) for m in kept) + 104 + 11 > 497  # one more exchange would not fit
    assert [m.role for m in kept[:2]] == ["user", "assistant"]
    # unbounded: everything since the start, identical to the one-shot helper
    pairs, _ = mine(s, Rules(max_prompt_chars=10**9))
    assert len(pairs[-1].pair.prompt) == 1 + 2 * 98 + 1
    assert pairs[-1].pair.prompt == mining.prompt_for("sys", mining.exchanges(s)[1], 98, Rules(max_prompt_chars=10**9))
    assert mine(s, Rules(max_prompt_chars=0))[0][-1].pair.prompt == (Message("system", "sys"), Message("user", "q49"))
