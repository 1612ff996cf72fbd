import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import corpus_writer  # noqa: E402

SYSTEM_PROMPT = ("You are Timmy, a personal AI assistant running locally on your owner's Mac. You can run shell "
                 "commands with the terminal tool, keep memory notes with the memory tool and search the web with "
                 "web_search. Your owner is Tomasz, an electrician running TN Electrical in Dublin. Help him with "
                 "his work and day-to-day tasks.")

if __name__ == "__main__":
    corpus_writer.main(HERE, corpus="fresh25",
                       modules=["sessions_a", "sessions_b", "sessions_c", "sessions_c2",
                                "sessions_d", "sessions_d2", "sessions_e", "sessions_e2"],
                       system_prompt=SYSTEM_PROMPT,
                       minima={"sessions": 50, "per_format": 8, "user_turns": 220, "corrections": 60,
                               "per_kind": 8, "second": 8})
