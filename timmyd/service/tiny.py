"""Build small MLX models locally: random weights plus a byte-level BPE tokenizer trained on local text.

Nothing can be downloaded from a model hub in tests, CI or the demo, so every test, benchmark and the
demo cycle build their model here. The result is a normal Hugging Face style directory
(`config.json`, `model.safetensors`, `tokenizer.json`, `tokenizer_config.json`) that `mlx_lm.load`
loads, so the code under test is the same code a user runs on a real model.
"""

from __future__ import annotations

import json
from pathlib import Path

# Sizes: "tiny" for unit tests (fast), "bench" is the ~27 M-parameter llama of the benchmarks.
SIZES = {
    "tiny": dict(hidden_size=64, num_hidden_layers=2, intermediate_size=128, num_attention_heads=4,
                 num_key_value_heads=2, vocab_size=512),
    "small": dict(hidden_size=128, num_hidden_layers=4, intermediate_size=256, num_attention_heads=4,
                  num_key_value_heads=2, vocab_size=1024),
    "bench": dict(hidden_size=512, num_hidden_layers=8, intermediate_size=1408, num_attention_heads=8,
                  num_key_value_heads=4, vocab_size=8192),
}

CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>\n{{ m['content'] }}<|end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>\n{% endif %}"
)
SPECIAL = ["<|pad|>", "<|bos|>", "<|end|>", "<|system|>", "<|user|>", "<|assistant|>", "<|tool|>"]


def default_corpus() -> list[str]:
    """Text to train the tokenizer on: the demo's sample data shipped in the package, plus filler."""
    texts = []
    data = Path(__file__).parents[1] / "demo_data"
    if data.is_dir():
        for f in sorted(data.rglob("*")):
            if f.is_file() and f.suffix in {".json", ".jsonl", ".md", ".txt"}:
                texts.append(f.read_text(encoding="utf-8", errors="replace"))
    filler = ("The quick brown fox jumps over the lazy dog. Use `ls -la` to list files, `git status` to "
              "see changes, and `python3 --version` to check Python. Sure! Great question! Here is a "
              "short answer. No, that's wrong. Too long, just the command please. Thanks, perfect.")
    texts.extend([filler] * 20)
    return texts


def train_tokenizer(out_dir: Path, vocab_size: int, corpus: list[str] | None = None,
                    chat_template: bool = True) -> None:
    """Byte-level BPE (so any text round-trips) saved as a transformers fast tokenizer."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=SPECIAL,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(corpus or default_corpus(), trainer=trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<|bos|>", eos_token="<|end|>",
                                   pad_token="<|pad|>")
    if chat_template:
        fast.chat_template = CHAT_TEMPLATE
    fast.save_pretrained(str(out_dir))


def build_model(out_dir: str | Path, size: str = "tiny", seed: int = 0, chat_template: bool = True,
                corpus: list[str] | None = None, **overrides) -> Path:
    """Write a random-weight llama + trained tokenizer to `out_dir`; returns the path."""
    import mlx.core as mx
    from mlx.utils import tree_flatten
    from mlx_lm.models import llama

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    dims = dict(SIZES[size], **overrides)
    train_tokenizer(out, dims["vocab_size"], corpus, chat_template)
    from transformers import PreTrainedTokenizerFast
    vocab = len(PreTrainedTokenizerFast.from_pretrained(str(out)))
    dims["vocab_size"] = max(dims["vocab_size"], vocab)
    config = {
        "model_type": "llama", "architectures": ["LlamaForCausalLM"], "rms_norm_eps": 1e-5,
        "rope_theta": 10000.0, "max_position_embeddings": 4096, "tie_word_embeddings": False,
        "bos_token_id": 1, "eos_token_id": 2, "pad_token_id": 0, "torch_dtype": "float32", **dims,
    }
    mx.random.seed(seed)
    model = llama.Model(llama.ModelArgs.from_dict(config))
    # Small init keeps random logits near uniform, so tiny-model tests start from a sane loss.
    params = {k: (v * 0.5 if v.ndim > 1 else v) for k, v in tree_flatten(model.parameters())}
    mx.save_safetensors(str(out / "model.safetensors"), params, metadata={"format": "mlx"})
    (out / "config.json").write_text(json.dumps(config, indent=2))
    return out
