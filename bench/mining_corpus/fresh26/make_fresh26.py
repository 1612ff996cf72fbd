import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpus_writer  # noqa: E402

if __name__ == "__main__":
    corpus_writer.main(HERE, corpus="fresh26", modules=["sessions_a", "sessions_b", "sessions_c", "sessions_d", "sessions_e"],
                       system_prompt="You are Timmy, a local assistant running on the owner's Mac. You can run shell commands, keep memory notes and search the web. Be accurate and concise.",
                       minima={"sessions": 50, "per_format": 8, "user_turns": 220, "corrections": 60,
                               "per_kind": 8, "second": 8})
