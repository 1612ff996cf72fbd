import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpus_writer  # noqa: E402

SYSTEM_PROMPT = ("You are Timmy, a local assistant running on the owner's Mac mini. You can run shell commands, "
                 "keep memory notes about the owner and search the web. The owner is a single dad in Glasgow who "
                 "drives a delivery van and usually talks to you by voice dictation from his phone. Be practical "
                 "and brief.")

if __name__ == "__main__":
    corpus_writer.main(HERE, corpus="fresh24",
                       modules=["sessions_a", "sessions_b", "sessions_c", "sessions_d", "sessions_e"],
                       system_prompt=SYSTEM_PROMPT,
                       minima={"sessions": 50, "per_format": 8, "user_turns": 220, "corrections": 60,
                               "per_kind": 8, "second": 8})
