"""DPO and SimPO LoRA training on MLX. The stable Python API (evaluation and the daemon use it):

- `load_model(model_dir, adapter_dir=None) -> (model, tokenizer)`: `mlx_lm.load` plus clear errors
  (`TrainError`) for a directory that is not a model or an adapter.
- `lora_disabled(model)`: context manager; every LoRA layer's scale is 0 inside, so the model IS the
  base model (the DPO reference), bit for bit.
- `encode_pairs(pairs, tokenizer, max_seq_length) -> list[EncodedPair]`: chat template (or the plain
  fallback, see `data.PLAIN_ROLES`), reply + end-of-turn token, truncation keeping replies and the
  prompt's end; `truncation_counts(encoded)`.
- `make_batch(encoded_pairs, packed=True) -> Batch`: B pairs -> 2B sequences (chosen first).
- `sequence_logps(model, batch) -> (logp_sum, n_tokens)`: summed log-prob and token count of the
  response tokens of each of the 2B sequences (chosen 0..B-1, rejected B..2B-1), logits only at
  response positions. Call `probe_fast_paths(model, some_encoded_pairs)` once after loading a model
  of a family other than llama/qwen/gemma-style, and build batches with `packed=flags["pack"]`.
- `dpo_loss`, `simpo_loss`, `pair_accuracy`: pure loss functions (see `losses.py` for the maths).
- `TrainOptions.from_config(cfg.train, **overrides)` and
  `train(pairs, model_dir, out_dir, options, init_adapter=None, progress=True) -> summary dict`:
  writes `out_dir` (adapters.safetensors, adapter_config.json, metrics.jsonl, summary.json) atomically.
"""

from timmyd.train.data import Batch, EncodedPair, encode_pairs, make_batch, truncation_counts
from timmyd.train.losses import dpo_loss, pair_accuracy, simpo_loss
from timmyd.train.model import (
    TrainError,
    load_model,
    lora_disabled,
    naive_sequence_logps,
    probe_fast_paths,
    sequence_logps,
)
from timmyd.train.trainer import TrainOptions, reference_logps, train

__all__ = [
    "Batch", "EncodedPair", "TrainError", "TrainOptions", "dpo_loss", "encode_pairs", "load_model",
    "lora_disabled", "make_batch", "naive_sequence_logps", "pair_accuracy", "probe_fast_paths",
    "reference_logps", "sequence_logps", "simpo_loss", "train", "truncation_counts",
]
