"""Write the DPO reference log-probs this rank ends with (tests only).

    python tests/rank_refs.py MODEL PAIRS OUT_DIR

Each rank of a group (or one plain process) writes `OUT_DIR/rank<R>.json`: pair key -> [ref chosen, ref
rejected] as `timmyd.train.trainer.dpo_references` leaves them, with the trainer's own options and batches.
"""

import json
import sys
from pathlib import Path

from timmyd.pairs import read_pairs
from timmyd.train import distributed
from timmyd.train.data import encode_pairs
from timmyd.train.model import apply_lora, load_model
from timmyd.train.trainer import TrainOptions, dpo_references


def main() -> None:
    model_dir, pairs, out = sys.argv[1:4]
    opts = TrainOptions(method="dpo", batch_size=2, micro_batch_size=1)
    model, tok = load_model(model_dir)
    apply_lora(model, len(model.layers), opts.rank, opts.scale, opts.dropout, opts.seed)
    refs, _ = dpo_references(model, encode_pairs(read_pairs(pairs), tok, opts.max_seq_length), opts, None, False)
    Path(out, f"rank{distributed.rank()}.json").write_text(json.dumps(refs))


if __name__ == "__main__":
    main()
