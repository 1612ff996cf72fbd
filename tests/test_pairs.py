import json

import pytest

from timmyd.pairs import Message, Pair, PairError, iter_pair_file, parse_record, read_pairs, write_pairs

SYS = "You are Timmy."
EXPECTED = Pair((Message("system", SYS), Message("user", "Q?")), "short", "long answer")

SAME_PAIR = {
    "standard": {"prompt": "Q?", "chosen": "short", "rejected": "long answer", "system": SYS},
    "conversational": {"prompt": [{"role": "system", "content": SYS}, {"role": "user", "content": "Q?"}],
                       "chosen": [{"role": "assistant", "content": "short"}],
                       "rejected": [{"role": "assistant", "content": "long answer"}]},
    "implicit": {"chosen": [{"role": "system", "content": SYS}, {"role": "user", "content": "Q?"},
                            {"role": "assistant", "content": "short"}],
                 "rejected": [{"role": "system", "content": SYS}, {"role": "user", "content": "Q?"},
                              {"role": "assistant", "content": "long answer"}]},
    "openai": {"input": {"messages": [{"role": "system", "content": SYS}, {"role": "user", "content": "Q?"}]},
               "preferred_output": [{"role": "assistant", "content": "short"}],
               "non_preferred_output": [{"role": "assistant", "content": "long answer"}]},
    "sharegpt": {"conversations": [{"from": "system", "value": SYS}, {"from": "human", "value": "Q?"}],
                 "chosen": {"from": "gpt", "value": "short"}, "rejected": {"from": "gpt", "value": "long answer"}},
}


@pytest.mark.parametrize("fmt", sorted(SAME_PAIR))
def test_every_format_parses_to_the_same_pair(fmt):
    pair = parse_record(SAME_PAIR[fmt])
    assert pair == EXPECTED
    assert pair.key == EXPECTED.key


def test_record_roundtrip(tmp_path):
    multi = Pair((Message("user", "a"), Message("assistant", "b"), Message("user", "c")), "x", "y")
    f = tmp_path / "p.jsonl"
    write_pairs(f, [EXPECTED, multi])
    assert read_pairs(f) == [EXPECTED, multi]
    assert "system" in json.loads(f.read_text().splitlines()[0])


@pytest.mark.parametrize("rec, needle", [
    ({"prompt": "q", "chosen": "a"}, "missing key 'rejected'"),
    ({"prompt": "q", "chosen": "a", "rejected": "a"}, "identical"),
    ({"prompt": "q", "chosen": "", "rejected": "b"}, "'chosen' is empty"),
    ({"prompt": 3, "chosen": "a", "rejected": "b"}, "'prompt'"),
    ({"foo": 1}, "unknown pair format"),
    ({"conversations": [{"from": "alien", "value": "x"}], "chosen": {"from": "gpt", "value": "a"},
      "rejected": {"from": "gpt", "value": "b"}}, "conversations[0].from"),
    ([1, 2], "JSON object"),
])
def test_bad_records(rec, needle):
    with pytest.raises(PairError) as e:
        parse_record(rec)
    assert needle in str(e.value)


def test_bad_lines_name_file_and_line(tmp_path):
    f = tmp_path / "p.jsonl"
    good = json.dumps(SAME_PAIR["standard"])
    f.write_text(good + "\n\n{not json\n" + json.dumps({"prompt": "q"}) + "\n" + good + "\n")
    items = list(iter_pair_file(f))
    assert [n for n, _ in items] == [1, 3, 4, 5]
    assert isinstance(items[1][1], PairError) and f"{f}:3" in str(items[1][1])
    assert f"{f}:4" in str(items[2][1])
    with pytest.raises(PairError, match=f"{f}:3"):
        read_pairs(f)


def test_empty_file_is_an_error(tmp_path):
    f = tmp_path / "e.jsonl"
    f.write_text("\n")
    with pytest.raises(PairError, match="empty"):
        read_pairs(f)


def test_shared_pair_files(shared_data):
    for f in sorted((shared_data / "pairs").glob("*.jsonl")):
        pairs = read_pairs(f)
        assert len(pairs) == 5, f
        assert all(p.chosen and p.rejected and p.last_user for p in pairs)
