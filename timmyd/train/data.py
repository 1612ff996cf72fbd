"""Pairs -> token ids -> length-grouped, packed batches with exact response masks.

Tokenization keeps the prompt/response boundary exact by construction: the prompt is rendered with
the tokenizer's chat template (`add_generation_prompt=True`) and tokenized on its own, the response is
tokenized on its own and followed by the template's end-of-turn marker. The loss sees response tokens
only. Base models without a chat template get a plain, documented fallback (`PLAIN_*` below).

Truncation (per pair, so chosen and rejected share one prompt): keep both whole replies and the END of
the prompt; only when a reply alone does not fit, keep the last `max_seq_length // 4` prompt tokens and
cut the reply's end. Every cut is counted and reported.

Batches: pairs are sorted by length and cut into groups of `batch_size`, and the group order is
shuffled each epoch, which keeps padding small. In the default "packed" layout each batch row holds a
pair's chosen and rejected sequences end to end, separated by a block-diagonal causal mask; with
rotary position embeddings attention depends only on relative positions, so this is exact and spares
the padding a short chosen reply would need next to a long rejected one. The "shared" layout goes
further: one row is prompt + chosen + rejected, the rejected reply attends to the prompt but not to
the chosen one, and its rotary positions restart right after the prompt (`rope_segments`), so the
prompt is computed once for both replies (prefix sharing).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import numpy as np

from timmyd.pairs import Pair

# Plain fallback for tokenizers without a chat template (base models):
#   "System: <system>\n\nUser: <text>\n\nAssistant: <text>\n\n...Assistant: " + reply + EOS
PLAIN_ROLES = {"system": "System", "user": "User", "assistant": "Assistant", "tool": "Tool"}
PLAIN_SEP = "\n\n"
_SENTINEL = "\u2063TIMMYD_SENTINEL\u2063"


@dataclass(frozen=True)
class EncodedPair:
    key: str
    prompt: tuple[int, ...]
    chosen: tuple[int, ...]
    rejected: tuple[int, ...]
    prompt_truncated: bool = False
    chosen_truncated: bool = False
    rejected_truncated: bool = False

    @property
    def length(self) -> int:
        """Tokens of the pair's two sequences together (the throughput unit used everywhere)."""
        return 2 * len(self.prompt) + len(self.chosen) + len(self.rejected)


@dataclass
class Batch:
    """One training batch: B pairs = 2B sequences (chosen first, then rejected, in pair order).

    `tokens` is (rows, T) int32; `positions` are flat indices (row * (T-1) + t) of the inputs whose
    next token is a response token, `targets` those tokens, `segments` the sequence (0..2B-1) each
    belongs to. `mask` is None for one sequence per row (plain causal), else a (rows, 1, T-1, T-1)
    boolean block-diagonal causal mask.
    """

    keys: list[str]
    tokens: np.ndarray
    positions: np.ndarray
    targets: np.ndarray
    segments: np.ndarray
    n_tokens: np.ndarray  # response tokens per sequence, (2B,)
    seq_tokens: int  # prompt + response tokens of all 2B sequences (no padding)
    mask: np.ndarray | None = None
    starts: list[list[int]] = field(default_factory=list)  # per row, the start of each packed sequence
    # shared layout only: per row, (start, end, rotary offset) spans of the inputs, and true positions
    rope_segments: list[list[tuple[int, int, int]]] | None = None
    position_ids: np.ndarray | None = None

    @property
    def n_pairs(self) -> int:
        return len(self.keys)


def _tok(tokenizer):
    """The Hugging Face tokenizer inside mlx-lm's TokenizerWrapper (or the object itself)."""
    return getattr(tokenizer, "_tokenizer", tokenizer)


def has_chat_template(tokenizer) -> bool:
    return bool(getattr(_tok(tokenizer), "chat_template", None))


def _encode(tokenizer, text: str, special: bool = False) -> list[int]:
    return list(_tok(tokenizer).encode(text, add_special_tokens=special))


def _eos_id(tokenizer) -> int | None:
    eos = getattr(_tok(tokenizer), "eos_token_id", None)
    return eos if isinstance(eos, int) else None


def end_of_turn_ids(tokenizer) -> list[int]:
    """Tokens that close an assistant reply: the template's marker after the content, else EOS.

    Rendering a conversation with a sentinel reply and reading what follows it finds `<|im_end|>`,
    `<end_of_turn>`, `<|eot_id|>` ... without a per-family table.
    """
    eos = _eos_id(tokenizer)
    if has_chat_template(tokenizer):
        msgs = [{"role": "user", "content": "hi"}, {"role": "assistant", "content": _SENTINEL}]
        try:
            text = _tok(tokenizer).apply_chat_template(msgs, tokenize=False)
        except Exception:  # templates that reject this shape: fall back to EOS
            text = ""
        if _SENTINEL in text:
            tail = _encode(tokenizer, text.split(_SENTINEL, 1)[1])
            special = set(getattr(_tok(tokenizer), "all_special_ids", []) or [])
            for i, t in enumerate(tail):
                if t in special:
                    return tail[: i + 1]
    return [eos] if eos is not None else []


def prompt_ids(tokenizer, pair: Pair) -> list[int]:
    msgs = [m.to_dict() for m in pair.prompt]
    if has_chat_template(tokenizer):
        text = _tok(tokenizer).apply_chat_template(msgs, tokenize=False, add_generation_prompt=True)
        return _encode(tokenizer, text)
    text = "".join(f"{PLAIN_ROLES[m['role']]}: {m['content']}{PLAIN_SEP}" for m in msgs) + "Assistant: "
    return _encode(tokenizer, text, special=True)  # adds BOS where the tokenizer is set up to


def encode_pair(pair: Pair, tokenizer, max_seq_length: int, eot: list[int] | None = None) -> EncodedPair:
    eot = end_of_turn_ids(tokenizer) if eot is None else eot
    prompt = prompt_ids(tokenizer, pair)
    chosen = _encode(tokenizer, pair.chosen) + eot
    rejected = _encode(tokenizer, pair.rejected) + eot
    return truncate(pair.key, prompt, chosen, rejected, max_seq_length, bos=_tok(tokenizer).bos_token_id)


def truncate(key: str, prompt: list[int], chosen: list[int], rejected: list[int], max_len: int,
             bos: int | None = None) -> EncodedPair:
    """Apply the truncation policy (see module docstring); a leading BOS survives prompt cuts."""
    longest = max(len(chosen), len(rejected))
    p_cut = c_cut = r_cut = False
    if len(prompt) + longest > max_len:
        keep = max_len - longest
        if keep < min(len(prompt), max_len // 4):  # a reply alone is too long: cut replies' ends
            keep = min(len(prompt), max_len // 4)
            room = max_len - keep
            c_cut, r_cut = len(chosen) > room, len(rejected) > room
            chosen, rejected = chosen[:room], rejected[:room]
        if keep < len(prompt):
            p_cut = True
            lead = [bos] if bos is not None and prompt and prompt[0] == bos and keep > 1 else []
            prompt = lead + (prompt[len(prompt) - (keep - len(lead)):] if keep - len(lead) > 0 else [])
    if not chosen or not rejected or not prompt:
        raise ValueError(f"max_seq_length {max_len} leaves no room for the pair {key[:12]}")
    return EncodedPair(key, tuple(prompt), tuple(chosen), tuple(rejected), p_cut, c_cut, r_cut)


def encode_pairs(pairs: list[Pair], tokenizer, max_seq_length: int) -> list[EncodedPair]:
    """Tokenize every pair (see the module docstring for the template and truncation policy)."""
    eot = end_of_turn_ids(tokenizer)
    return [encode_pair(p, tokenizer, max_seq_length, eot) for p in pairs]


def truncation_counts(encoded: list[EncodedPair]) -> dict:
    return {"prompts_truncated": sum(e.prompt_truncated for e in encoded),
            "responses_truncated": sum(e.chosen_truncated + e.rejected_truncated for e in encoded)}


def group_batches(encoded: list[EncodedPair], batch_size: int, seed: int, epoch: int) -> list[list[EncodedPair]]:
    """Sort by length, cut into groups, shuffle the group order (different per epoch, reproducible)."""
    order = sorted(encoded, key=lambda e: (e.length, e.key))
    groups = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    random.Random(seed * 1000003 + epoch).shuffle(groups)
    return groups


def make_shared_batch(pairs: list[EncodedPair], pad_id: int = 0) -> Batch:
    """One row per pair: prompt + chosen + rejected, the prompt computed once (see module docstring)."""
    b = len(pairs)
    row_len = [len(e.prompt) + len(e.chosen) + len(e.rejected) for e in pairs]
    t_max = max(row_len)
    n_in = t_max - 1
    tokens = np.full((b, t_max), pad_id, dtype=np.int32)
    mask = np.zeros((b, 1, n_in, n_in), dtype=bool)
    pos_ids = np.zeros((b, n_in), dtype=np.int32)
    pos_c, pos_r, segs, starts = [], [], [], []
    for r, e in enumerate(pairs):
        p, c, k = len(e.prompt), len(e.chosen), len(e.rejected)
        tokens[r, :row_len[r]] = e.prompt + e.chosen + e.rejected
        end = row_len[r] - 1  # inputs of this row: [0, end)
        tri = np.tril(np.ones((n_in, n_in), dtype=bool))
        mask[r, 0, :p + c, :p + c] = tri[:p + c, :p + c]  # prompt and chosen: plain causal
        mask[r, 0, p + c:end, :p] = True  # rejected sees the whole prompt ...
        mask[r, 0, p + c:end, p + c:end] = tri[:end - p - c, :end - p - c]  # ... and itself, not chosen
        idx = np.arange(end, n_in)
        mask[r, 0, idx, idx] = True  # padding attends to itself (never read)
        pos_ids[r, :p + c] = np.arange(p + c)
        pos_ids[r, p + c:] = np.arange(p, p + n_in - p - c)  # rejected (and padding) restart after the prompt
        segs.append([(0, p + c, 0), (p + c, n_in, p)])
        pos_c.append(r * n_in + np.arange(p - 1, p + c - 1))
        # the last prompt position predicts the first token of BOTH replies
        pos_r.append(r * n_in + np.concatenate([[p - 1], np.arange(p + c, p + c + k - 1)]))
        starts.append([0, p + c])
    targets = [np.asarray(e.chosen, np.int32) for e in pairs] + [np.asarray(e.rejected, np.int32) for e in pairs]
    resp = [len(e.chosen) for e in pairs] + [len(e.rejected) for e in pairs]
    return Batch(keys=[e.key for e in pairs], tokens=tokens, positions=np.concatenate(pos_c + pos_r),
                 targets=np.concatenate(targets),
                 segments=np.concatenate([np.full(n, s, np.int32) for s, n in enumerate(resp)]),
                 n_tokens=np.asarray(resp, dtype=np.int32),
                 seq_tokens=sum(2 * len(e.prompt) + len(e.chosen) + len(e.rejected) for e in pairs),
                 mask=mask, starts=starts, rope_segments=segs, position_ids=pos_ids)


def make_batch(pairs: list[EncodedPair], packed: bool = True, pad_id: int = 0, shared: bool = False) -> Batch:
    """Lay out 2B sequences; inputs are tokens[:, :-1], the target of input t is tokens[:, t+1]."""
    if shared:
        return make_shared_batch(pairs, pad_id)
    seqs = [e.prompt + e.chosen for e in pairs] + [e.prompt + e.rejected for e in pairs]
    resp = [len(e.chosen) for e in pairs] + [len(e.rejected) for e in pairs]
    b = len(pairs)
    rows = [[i, b + i] for i in range(b)] if packed else [[i] for i in range(2 * b)]
    row_len = [sum(len(seqs[s]) for s in r) for r in rows]
    t_max = max(row_len)
    tokens = np.full((len(rows), t_max), pad_id, dtype=np.int32)
    positions, targets, segments, starts = [], [], [], []
    mask = np.zeros((len(rows), 1, t_max - 1, t_max - 1), dtype=bool) if packed else None
    for r, members in enumerate(rows):
        off, row_starts = 0, []
        for s in members:
            seq = seqs[s]
            n = len(seq)
            tokens[r, off:off + n] = seq
            first = off + n - resp[s] - 1  # input position predicting the first response token
            pos = np.arange(first, off + n - 1)
            positions.append(r * (t_max - 1) + pos)
            targets.append(np.asarray(seq[n - resp[s]:], dtype=np.int32))
            segments.append(np.full(resp[s], s, dtype=np.int32))
            if mask is not None:
                hi = min(off + n, t_max - 1)
                mask[r, 0, off:hi, off:hi] = np.tril(np.ones((hi - off, hi - off), dtype=bool))
            row_starts.append(off)
            off += n
        if mask is not None and off < t_max - 1:  # padding rows attend to themselves (never read)
            idx = np.arange(off, t_max - 1)
            mask[r, 0, idx, idx] = True
        starts.append(row_starts)
    return Batch(keys=[e.key for e in pairs], tokens=tokens, positions=np.concatenate(positions),
                 targets=np.concatenate(targets), segments=np.concatenate(segments),
                 n_tokens=np.asarray(resp, dtype=np.int32), seq_tokens=sum(len(s) for s in seqs),
                 mask=mask, starts=starts)
