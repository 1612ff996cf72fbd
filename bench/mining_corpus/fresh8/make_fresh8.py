"""Write the fresh8 mining corpus from its session data with the shared writer (../corpus_writer.py) and re-check it."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpus_writer  # noqa: E402

SYSTEM_PROMPT = ("You are Timmy, a personal AI assistant running on your owner's Mac mini through Hermes Agent. "
                 "Your owner is a pastry chef who runs a small bakery (Crumb & Co) in Leeds. You can run shell "
                 "commands with the terminal tool, keep notes with the memory tool and search the web with "
                 "web_search. Help with orders, staff, costs, suppliers, social posts, recipes and home life.")

if __name__ == "__main__":
    corpus_writer.main(HERE, corpus="fresh8",
                       modules=["sessions_a", "sessions_b", "sessions_c", "sessions_d", "sessions_e"],
                       system_prompt=SYSTEM_PROMPT,
                       minima={"sessions": 50, "per_format": 8, "user_turns": 220, "corrections": 60,
                               "per_kind": 8, "second": 8})
