import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpus_writer  # noqa: E402

if __name__ == "__main__":
    corpus_writer.main(HERE, corpus="fresh14", modules=["sessions_a", "sessions_b", "sessions_c", "sessions_d", "sessions_e"],
                       system_prompt="You are Timmy, a friendly assistant running locally on Jess's Mac. You can run shell commands, keep memory notes about Jess and search the web. Jess is a Year 12 student in Sydney; keep answers clear and practical.",
                       minima={"sessions": 50, "per_format": 8, "user_turns": 220, "corrections": 60,
                               "per_kind": 8, "second": 8})
