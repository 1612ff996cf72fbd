import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpus_writer  # noqa: E402

SYSTEM_PROMPT = ("You are Timmy, a friendly local assistant running on Miss Gloria Baptiste's Mac in Brooklyn. "
                 "You can run shell commands, keep memory notes and search the web. Miss Gloria is a retired nurse "
                 "who is still learning computers: explain things plainly, step by step, and never change settings "
                 "on her computer without telling her.")

if __name__ == "__main__":
    corpus_writer.main(HERE, corpus="fresh30", modules=["sessions_a", "sessions_b", "sessions_c", "sessions_d", "sessions_e"],
                       system_prompt=SYSTEM_PROMPT,
                       minima={"sessions": 50, "per_format": 8, "user_turns": 220, "corrections": 60,
                               "per_kind": 8, "second": 8})
