"""Pair formats -> identical token sequences; template boundary; plain fallback; truncation; batching."""

from __future__ import annotations

import json

import mlx_lm
import numpy as np
import pytest

from timmyd.pairs import PairError, parse_record, read_pairs
from timmyd.train.data import (
    EncodedPair,
    encode_pair,
    encode_pairs,
    end_of_turn_ids,
    group_batches,
    make_batch,
    truncate,
    truncation_counts,
)

SYSTEM = "You are Timmy."
USER = "How do I list files?"
CHOSEN = "`ls -la`."
REJECTED = "Great question! There are many ways to list files. The most common is `ls`."

ONE_PAIR_ALL_FORMATS = [
    {"prompt": USER, "chosen": CHOSEN, "rejected": REJECTED, "system": SYSTEM},
    {"prompt": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": USER}],
     "chosen": [{"role": "assistant", "content": CHOSEN}],
     "rejected": [{"role": "assistant", "content": REJECTED}]},
    {"chosen": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": USER},
                {"role": "assistant", "content": CHOSEN}],
     "rejected": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": USER},
                  {"role": "assistant", "content": REJECTED}]},
    {"input": {"messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": USER}]},
     "preferred_output": [{"role": "assistant", "content": CHOSEN}],
     "non_preferred_output": [{"role": "assistant", "content": REJECTED}]},
    {"conversations": [{"from": "system", "value": SYSTEM}, {"from": "human", "value": USER}],
     "chosen": {"from": "gpt", "value": CHOSEN}, "rejected": {"from": "gpt", "value": REJECTED}},
]


@pytest.fixture(scope="module")
def tok(tiny_model):
    return mlx_lm.load(str(tiny_model))[1]


@pytest.fixture(scope="module")
def base_tok(tiny_base_model):
    return mlx_lm.load(str(tiny_base_model))[1]


def test_every_format_gives_the_same_tokens(tmp_path, tok):
    f = tmp_path / "mixed.jsonl"
    f.write_text("".join(json.dumps(r) + "\n" for r in ONE_PAIR_ALL_FORMATS))
    pairs = read_pairs(f)
    assert len(pairs) == 5 and len({p.key for p in pairs}) == 1
    encoded = encode_pairs(pairs, tok, 1024)
    assert len({(e.prompt, e.chosen, e.rejected) for e in encoded}) == 1


def test_chat_template_boundary_is_exact(tok):
    pair = parse_record(ONE_PAIR_ALL_FORMATS[0])
    e = encode_pair(pair, tok, 1024)
    msgs = [m.to_dict() for m in pair.prompt] + [{"role": "assistant", "content": CHOSEN}]
    full = tok.encode(tok.apply_chat_template(msgs, tokenize=False), add_special_tokens=False)
    # the template closes the turn with "<|end|>\n": our reply ends at the end-of-turn token
    assert list(e.prompt + e.chosen) == full[:len(e.prompt) + len(e.chosen)]
    assert tok.decode(list(e.chosen)) == CHOSEN + "<|end|>"
    assert end_of_turn_ids(tok) == [tok.convert_tokens_to_ids("<|end|>")]
    assert tok.decode(list(e.prompt)).endswith("<|assistant|>\n")


def test_plain_fallback_for_base_models(base_tok):
    pair = parse_record(ONE_PAIR_ALL_FORMATS[0])
    e = encode_pair(pair, base_tok, 1024)
    assert base_tok.decode(list(e.prompt)) == f"System: {SYSTEM}\n\nUser: {USER}\n\nAssistant: "
    assert e.chosen[-1] == base_tok.eos_token_id
    assert base_tok.decode(list(e.chosen[:-1])) == CHOSEN


def test_truncation_keeps_replies_and_prompt_end():
    e = truncate("k", list(range(100, 110)), [1, 2, 3], [4, 5, 6, 7, 8], 12)
    assert e.prompt == tuple(range(103, 110)) and e.chosen == (1, 2, 3) and e.rejected == (4, 5, 6, 7, 8)
    assert e.prompt_truncated and not e.chosen_truncated and not e.rejected_truncated
    # a leading BOS survives
    e = truncate("k", [9] + list(range(100, 109)), [1, 2, 3], [4, 5, 6, 7, 8], 12, bos=9)
    assert e.prompt == (9, 104, 105, 106, 107, 108)[:1] + tuple(range(103, 109))
    # a reply too long for any prompt: keep max_len // 4 of the prompt's end, cut the reply's end
    e = truncate("k", list(range(100, 110)), [1, 2], list(range(20)), 12)
    assert e.prompt == (107, 108, 109) and e.rejected == tuple(range(9)) and e.chosen == (1, 2)
    assert e.prompt_truncated and e.rejected_truncated and not e.chosen_truncated
    assert truncation_counts([e, truncate("j", [1], [2], [3], 12)]) == {"prompts_truncated": 1,
                                                                          "responses_truncated": 1}
    fits = truncate("k", [1, 2, 3], [4], [5, 6], 5)
    assert fits == EncodedPair("k", (1, 2, 3), (4,), (5, 6))


def test_groups_by_length_and_shuffles_reproducibly():
    enc = [EncodedPair(str(i), (1,) * (i + 1), (2,), (3,)) for i in range(10)]
    g0 = group_batches(enc, 3, seed=0, epoch=0)
    assert sorted(e.key for g in g0 for e in g) == sorted(e.key for e in enc)
    for g in g0:  # each group holds neighbours in length
        lens = [e.length for e in g]
        assert max(lens) - min(lens) <= 2 * (len(g) - 1)
    assert [[e.key for e in g] for g in g0] == [[e.key for e in g] for g in group_batches(enc, 3, 0, 0)]
    orders = {tuple(g[0].key for g in group_batches(enc, 3, 0, ep)) for ep in range(6)}
    assert len(orders) > 1  # epochs visit the groups in different orders


def test_make_batch_layouts():
    pairs = [EncodedPair("a", (1, 2), (3,), (4, 5, 6)), EncodedPair("b", (7,), (8, 9), (10,))]
    packed = make_batch(pairs, packed=True)
    # row 0: [1 2 3 | 1 2 4 5 6], row 1: [7 8 9 | 7 10] + padding
    assert packed.tokens.tolist() == [[1, 2, 3, 1, 2, 4, 5, 6], [7, 8, 9, 7, 10, 0, 0, 0]]
    assert packed.targets.tolist() == [3, 4, 5, 6, 8, 9, 10]  # row by row
    assert packed.segments.tolist() == [0, 2, 2, 2, 1, 1, 3]  # sequence ids: chosen 0..1, rejected 2..3
    assert packed.n_tokens.tolist() == [1, 2, 3, 1] and packed.seq_tokens == 3 + 3 + 5 + 2
    m = packed.mask[0, 0]
    assert m[4, 3] and not m[4, 2] and m[2, 0] and not m[0, 1]  # second sequence cannot see the first
    flat = packed.tokens[:, :-1].reshape(-1)
    nxt = packed.tokens[:, 1:].reshape(-1)
    assert np.array_equal(nxt[packed.positions], packed.targets)
    assert flat[packed.positions].tolist() == [2, 2, 4, 5, 7, 8, 7]
    plain = make_batch(pairs, packed=False)
    assert plain.mask is None and plain.tokens.shape == (4, 5)
    assert np.array_equal(plain.tokens[:, 1:].reshape(-1)[plain.positions], plain.targets)


def test_shared_prompt_layout():
    pairs = [EncodedPair("a", (1, 2), (3,), (4, 5, 6)), EncodedPair("b", (7,), (8, 9), (10,))]
    sh = make_batch(pairs, shared=True)
    # one row per pair: prompt + chosen + rejected; the prompt appears once
    assert sh.tokens.tolist() == [[1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 0, 0]]
    assert sh.seq_tokens == (2 + 1 + 2 + 3) + (1 + 2 + 1 + 1)  # logical tokens: both sequences
    nxt = sh.tokens[:, 1:].reshape(-1)
    inp = sh.tokens[:, :-1].reshape(-1)
    # chosen a, chosen b, rejected a, rejected b: the last prompt token predicts both first tokens
    assert inp[sh.positions].tolist() == [2, 7, 8, 2, 4, 5, 7]
    assert sh.targets.tolist() == [3, 8, 9, 4, 5, 6, 10]
    assert np.array_equal(nxt[sh.positions][[0, 1, 2, 4, 5]], sh.targets[[0, 1, 2, 4, 5]])
    m = sh.mask[0, 0]  # row a inputs: 1 2 | 3 | 4 5
    assert m[3, 0] and m[3, 1] and not m[3, 2] and m[4, 3] and m[2, 1]  # rejected skips chosen
    assert sh.position_ids[0].tolist() == [0, 1, 2, 2, 3]  # rejected restarts after the prompt
    assert sh.rope_segments[0] == [(0, 3, 0), (3, 5, 2)]


def test_bad_line_names_file_and_line(tmp_path):
    f = tmp_path / "bad.jsonl"
    good = json.dumps(ONE_PAIR_ALL_FORMATS[0])
    f.write_text(good + "\n\n" + '{"prompt": "x", "chosen": "a"}\n')
    with pytest.raises(PairError, match=rf"{f}:3: missing key 'rejected'"):
        read_pairs(f)
    f.write_text(good + "\n{not json\n")
    with pytest.raises(PairError, match=rf"{f}:2: not valid JSON"):
        read_pairs(f)
    f.write_text("\n")
    with pytest.raises(PairError, match="no pairs"):
        read_pairs(f)
