"""Stage 3, training: DPO and SimPO LoRA training on MLX. Where a mined pair becomes a training batch:
`data.py` (tokenize, mask, pack); `losses.py` (pure loss functions); `model.py` (log-probs, fast paths);
`trainer.py` (the loop, adapter written atomically). May import: `timmyd.config`, `timmyd.pairs`.

The stable Python API (evaluation and the daemon use it):

- `load_model(model_dir, adapter_dir=None) -> (model, tokenizer)`: `mlx_lm.load` plus clear errors
  (`TrainError`) for a directory that is not a model or an adapter.
- `lora_disabled(model)`: context manager; every LoRA layer's scale is 0 inside, so the model IS the
  base model (the DPO reference), bit for bit.
- `encode_pairs(pairs, tokenizer, max_seq_length) -> list[EncodedPair]`: chat template (or the plain
  fallback, see `data.PLAIN_ROLES`), reply + end-of-turn token, truncation keeping replies and the
  prompt's end; `truncation_counts(encoded)`.
- `make_batch(encoded_pairs, packed=True, shared=False) -> Batch`: B pairs -> 2B sequences (chosen
  first); `packed` puts a pair's two sequences in one row, `shared` also computes their prompt once.
  `batch_for(model, encoded_pairs)` picks the fastest layout the model passed `probe_fast_paths` with.
- `sequence_logps(model, batch, scoring=False) -> (logp_sum, n_tokens)`: summed log-prob and token
  count of the response tokens of each of the 2B sequences (chosen 0..B-1, rejected B..2B-1), logits
  only at response positions; `scoring=True` promises no gradient (allows fastmath's numpy tier, whose
  rounding differs from the training forward's: the DPO reference does not use it).
  `probe_fast_paths(model, a_few_short_encoded_pairs, fastmath_mode="auto")` checks every fast path
  against the naive full-logits forward once per loaded model and records which are exact (the
  shared-prompt layout wraps the model's rotary layers; plain calls pass through unchanged; "math" =
  `fastmath`, tried where `[train] fastmath` resolves to on: "auto" = MLX's CPU backend, never a timing).
- `dpo_loss`, `simpo_loss`, `pair_accuracy`: pure loss functions (see `losses.py` for the maths).
- `TrainOptions.from_config(cfg.train, **overrides)` and
  `train(pairs, model_dir, out_dir, options, init_adapter=None, progress=True) -> summary dict`:
  writes `out_dir` (adapters.safetensors, adapter_config.json, metrics.jsonl, summary.json) atomically.
  A step of `batch_size` pairs runs as forwards of `micro_batch_size` pairs (default 1) whose gradients
  are accumulated: the same update, a fraction of the activation memory, no padding at all.
  The daemon's memory ladder: smaller `batch_size`/`micro_batch_size`, `grad_checkpoint=True`,
  shorter `max_seq_length`, `method="simpo"` (no reference pass).
"""

from importlib import import_module

# Lazy exports (PEP 562): `import timmyd.train.errors` from the CLI must not pay for loading MLX.
_EXPORTS = {
    "Batch": "data", "EncodedPair": "data", "encode_pairs": "data", "make_batch": "data",
    "truncation_counts": "data", "dpo_loss": "losses", "pair_accuracy": "losses", "simpo_loss": "losses",
    "TrainError": "errors", "batch_for": "model", "load_model": "model", "lora_disabled": "model",
    "naive_sequence_logps": "model", "probe_fast_paths": "model", "sequence_logps": "model",
    "TrainOptions": "trainer", "reference_logps": "trainer", "train": "trainer",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f"timmyd.train.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module 'timmyd.train' has no attribute {name!r}")
