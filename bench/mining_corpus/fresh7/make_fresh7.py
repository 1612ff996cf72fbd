"""Generate the fresh7 mining corpus (blind author H) and its labels, then re-check both.

    python bench/mining_corpus/fresh7/make_fresh7.py

Sessions are hand-written data in sessions_ab.py (formats A, B) and sessions_cde.py
(formats C, D, E); the shared writer (../corpus_writer.py) lays them out in the five export
formats, derives one label per user turn from the same data, writes labels.jsonl, then parses
every file back from disk and re-derives and compares the labels. Standard library only.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpus_writer  # noqa: E402

SYSTEM_PROMPT = (
    "You are Timmy, the household assistant that runs on your owner's home Mac mini via Hermes Agent. "
    "Be direct and practical. When a tool would give a better answer than guessing, use it. "
    "Your owner talks to you from the terminal and from Telegram."
)
MINIMA = {"sessions": 64, "user_turns": 280, "corrections": 80, "per_kind": 12, "second": 12, "per_format": 10}

if __name__ == "__main__":
    corpus_writer.main(HERE, corpus="fresh7", modules=["sessions_ab", "sessions_cde"],
                       system_prompt=SYSTEM_PROMPT, minima=MINIMA)
