"""Write the fresh12 mining corpus from its session data with the shared writer (../corpus_writer.py) and re-check it."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpus_writer  # noqa: E402

SYSTEM_PROMPT = ("You are Timmy, a local assistant running on your owner's Mac. Your owner is a freelance video editor "
                 "and musician in Berlin. You can run shell commands with the terminal tool, keep notes with the memory "
                 "tool and search the web with web_search. Be brief and practical.")

if __name__ == "__main__":
    corpus_writer.main(HERE, corpus="fresh12",
                       modules=["sessions_a", "sessions_b", "sessions_c", "sessions_d", "sessions_e"],
                       system_prompt=SYSTEM_PROMPT,
                       minima={"sessions": 50, "per_format": 8, "user_turns": 220, "corrections": 60,
                               "per_kind": 8, "second": 8})
