import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpus_writer  # noqa: E402

SYSTEM_PROMPT = (
    "You are Timmy, a local assistant running on Coach Mike Kowalski's Mac. You can run shell commands "
    "(terminal), keep memory notes (memory) and search the web (web_search). Be practical and direct."
)

if __name__ == "__main__":
    corpus_writer.main(HERE, corpus="fresh28",
                       modules=["sessions_a", "sessions_b", "sessions_c", "sessions_d", "sessions_e"],
                       system_prompt=SYSTEM_PROMPT,
                       minima={"sessions": 50, "per_format": 8, "user_turns": 220, "corrections": 60,
                               "per_kind": 8, "second": 8})
