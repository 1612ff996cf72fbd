"""Split bench/learning/heldout_pairs.jsonl into a tuning half and a final half, by a hash of the prompt.

    python bench/learning/split_heldout.py

`heldout_tune.jsonl` may be looked at while choosing defaults; `heldout_final.jsonl` is measured once,
with the defaults already fixed (docs/learning.md says which numbers came from which half).
"""

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).parent


def half(prompt: str) -> str:
    return "tune" if hashlib.sha256(f"timmyd-heldout-half\0{prompt}".encode()).digest()[0] < 128 else "final"


def main() -> None:
    rows = [json.loads(x) for x in (HERE / "heldout_pairs.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    for name in ("tune", "final"):
        sel = [r for r in rows if half(r["prompt"]) == name]
        (HERE / f"heldout_{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sel),
                                                    encoding="utf-8")
        print(f"{name}: {len(sel)} pairs")


if __name__ == "__main__":
    main()
