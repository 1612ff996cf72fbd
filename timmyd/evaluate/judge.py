"""Optional pairwise judge: ask a model served by Ollama which of two replies is better.

LLM judges favour a position (often the first reply), so every comparison is asked twice with the
replies swapped. The candidate wins only when both orders pick it, loses only when both orders pick
the other reply, and anything else - disagreement, an unreadable answer - is a tie. A judge that
always answers "A" therefore produces only ties, never a fake win.

The model call is a seam (`ChatFn`: messages -> reply text) so tests and other servers plug in;
`ollama_chat(cfg)` builds the default one on Ollama's `/api/chat` via `timmyd.ollama.client` (non-streamed,
temperature 0, at most 8 tokens).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from loguru import logger

ChatFn = Callable[[list[dict]], str]

SYSTEM = (
    "You judge which of two assistant replies better serves the user who wrote the request. "
    "The user prefers replies that are correct, direct and concise, without filler. "
    "Answer with exactly one letter: A or B."
)
_ANSWER = re.compile(r"\b([AB])\b")


class JudgeError(RuntimeError):
    """The judge is misconfigured (no model) or its server cannot be reached."""


@dataclass(frozen=True)
class Item:
    prompt: str  # the user request as shown to the judge
    candidate: str
    current: str


def build_messages(prompt: str, reply_a: str, reply_b: str) -> list[dict]:
    user = (f"User request:\n{prompt}\n\n[Reply A]\n{reply_a}\n[End of reply A]\n\n"
            f"[Reply B]\n{reply_b}\n[End of reply B]\n\nWhich reply is better? Answer A or B.")
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user}]


def parse_answer(text: str) -> str | None:
    """'A' or 'B' from the judge's reply (first standalone letter), None when it chose neither."""
    m = _ANSWER.search(text.strip().upper()) if text else None
    return m.group(1) if m else None


def outcome(first: str | None, second: str | None) -> str:
    """first: answer with (candidate=A, current=B); second: with the order swapped (current=A, candidate=B)."""
    if first == "A" and second == "B":
        return "win"
    if first == "B" and second == "A":
        return "loss"
    return "tie"


def judge_items(items: list[Item], chat: ChatFn, max_pairs: int | None = None) -> dict:
    """Judge each item in both orders; returns counts, rates and per-item answers."""
    chosen = items[:max_pairs] if max_pairs else items
    rows, counts = [], {"win": 0, "tie": 0, "loss": 0}
    invalid = 0
    for it in chosen:
        first = parse_answer(chat(build_messages(it.prompt, it.candidate, it.current)))
        second = parse_answer(chat(build_messages(it.prompt, it.current, it.candidate)))
        invalid += (first is None) + (second is None)
        res = outcome(first, second)
        counts[res] += 1
        rows.append({"prompt": it.prompt, "first": first, "second": second, "outcome": res})
    n = len(rows)
    rate = (lambda k: counts[k] / n) if n else (lambda k: 0.0)
    return {"n": n, "wins": counts["win"], "ties": counts["tie"], "losses": counts["loss"],
            "win_rate": rate("win"), "tie_rate": rate("tie"), "loss_rate": rate("loss"),
            "invalid_answers": invalid, "items": rows}


def ollama_chat(cfg) -> ChatFn:
    """A ChatFn on Ollama's /api/chat for `cfg.judge.model` through `timmyd.ollama.client.OllamaClient`
    (host from $OLLAMA_HOST or `[ollama].host`, its timeouts and retries)."""
    from timmyd.ollama.client import OllamaClient, OllamaError

    if not cfg.judge.model:
        raise JudgeError("[judge].model is empty: name an Ollama model to judge with, or set enabled = false")
    client = OllamaClient.from_config(cfg)

    def chat(messages: list[dict]) -> str:
        try:
            r = client.chat(cfg.judge.model, messages, options={"temperature": 0, "num_predict": 8})
        except OllamaError as e:
            raise JudgeError(f"judge ({cfg.judge.model}): {e}") from e
        text = (r.get("message") or {}).get("content", "")
        logger.debug("judge answered {!r}", text)
        return text

    return chat
