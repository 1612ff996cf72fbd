"""GGUF export: names, metadata, shapes, orientation and numbers, for every supported family.

The reference for names is gguf-py's own `TensorNameMap` (what llama.cpp's converter uses); the
reference for numbers is mlx-lm's `LoRALinear.fuse()` and our own numpy re-implementation of how
llama.cpp applies a LoRA (W + alpha/r * B @ A on the GGUF tensors), undone back to HF layout.
"""

from __future__ import annotations

import json

import gguf
import numpy as np
import pytest
from _gguf_helpers import FAMILY_CONFIGS, build_family_model, make_random_adapter

from timmyd.gguf import arch
from timmyd.gguf.export import (
    ExportError,
    export_adapter_gguf,
    export_fused_gguf,
    read_gguf_adapter_info,
)
from timmyd.gguf.io import dequantize_tensor

FAMILIES = list(FAMILY_CONFIGS)
GGUF_ARCH = {"llama": gguf.MODEL_ARCH.LLAMA, "qwen2": gguf.MODEL_ARCH.QWEN2, "qwen3": gguf.MODEL_ARCH.QWEN3,
             "gemma": gguf.MODEL_ARCH.GEMMA, "gemma2": gguf.MODEL_ARCH.GEMMA2, "gemma3_text": gguf.MODEL_ARCH.GEMMA3}


@pytest.fixture(scope="module")
def family_models(tiny_model, tmp_path_factory):
    """model dir + random adapter dir for each family (the llama is the shared tiny model)."""
    root = tmp_path_factory.mktemp("families")
    out = {}
    for mt in FAMILIES:
        model = tiny_model if mt == "llama" else build_family_model(root / mt, mt, tiny_model, seed=3)
        out[mt] = (model, make_random_adapter(model, root / f"{mt}_adapter", rank=4, scale=2.5, seed=7))
    return out


def _weights(model_dir):
    import mlx.core as mx
    return {k: np.array(v) for k, v in mx.load(str(model_dir / "model.safetensors")).items()}


def _reader_tensors(path):
    r = gguf.GGUFReader(path)
    return {t.name: dequantize_tensor(t) for t in r.tensors}


def test_permutation_by_hand():
    # one head of dim 4: rotate-half rows [r0 r1 | r2 r3] -> interleaved [r0 r2 r1 r3]
    w = np.arange(8, dtype=np.float32).reshape(4, 2)
    p = arch.permute_rows(w, 1)
    assert p[:, 0].tolist() == [0, 4, 2, 6]
    assert np.array_equal(arch.unpermute_rows(p, 1), w)
    # two heads permute independently; a bias (1-D) takes the same row order
    b = np.arange(8, dtype=np.float32)
    assert arch.permute_rows(b, 2).tolist() == [0, 2, 1, 3, 4, 6, 5, 7]


# llama.cpp's converter (convert_hf_to_gguf.py): LlamaModel permutes q_proj with (n_head, n_head) and k_proj
# with (n_head, n_head_kv); Qwen2/Qwen3/Gemma* keep HF's order (NeoX rope); every Gemma `*norm.weight` is
# stored + 1 (Gemma's RMSNorm scales by 1 + w, llama.cpp's by w).
PERMUTED_QK = {"llama", "mistral"}
NORM_PLUS_ONE = {"gemma", "gemma2", "gemma3_text"}
SMALL = {"num_attention_heads": 4, "num_key_value_heads": 2, "hidden_size": 16}  # head_dim 4


def _llama_cpp_rows(n_rows: int, n_head: int) -> list[int]:
    """Which HF row each GGUF row of a permuted q/k tensor holds, written from the rope conventions:
    llama.cpp rotates ADJACENT dims (2j, 2j+1) of a head, HF's rotate-half rotates (j, j + d/2), so
    GGUF row 2j + k of head h is HF row h*d + k*d/2 + j."""
    d = n_rows // n_head
    return [h * d + k * (d // 2) + j for h in range(n_head) for j in range(d // 2) for k in range(2)]


def test_llama_cpp_row_order_by_hand_and_by_mlx_lms_port():
    assert _llama_cpp_rows(8, 2) == [0, 2, 1, 3, 4, 6, 5, 7]  # heads of dim 4: [r0 r1 | r2 r3] -> [r0 r2 r1 r3]
    import mlx.core as mx
    from mlx_lm.gguf import permute_weights  # mlx-lm's copy of llama.cpp's LlamaModel.permute

    w = np.arange(16 * 3, dtype=np.float32).reshape(16, 3)
    assert np.array_equal(np.array(permute_weights(mx.array(w), 4, 4)), w[_llama_cpp_rows(16, 4)])
    assert np.array_equal(np.array(permute_weights(mx.array(w[:8]), 4, 2)), w[:8][_llama_cpp_rows(8, 2)])


def _norm_names(mt: str) -> list[str]:
    names = ["model.norm.weight", "model.layers.0.input_layernorm.weight",
             "model.layers.0.post_attention_layernorm.weight"]
    if mt in ("gemma2", "gemma3_text"):
        names += ["model.layers.0.pre_feedforward_layernorm.weight", "model.layers.0.post_feedforward_layernorm.weight"]
    if mt in ("qwen3", "gemma3_text"):
        names += ["model.layers.0.self_attn.q_norm.weight", "model.layers.0.self_attn.k_norm.weight"]
    return names


@pytest.mark.parametrize("mt", arch.SUPPORTED_MODEL_TYPES)
def test_to_gguf_writes_llama_cpps_layout(mt):
    """Each family's q/k rows and norm weights against the layout llama.cpp's converter writes (not
    against our own inverse): permuted rows for llama/mistral only, norms + 1 for the Gemmas only."""
    fam = arch.family_for_model_type(mt)
    rng = np.random.default_rng(0)
    q, k = rng.normal(size=(16, 3)).astype(np.float32), rng.normal(size=(8, 3)).astype(np.float32)
    qb, v = rng.normal(size=16).astype(np.float32), rng.normal(size=(8, 3)).astype(np.float32)
    pre = "model.layers.0.self_attn."
    got = {n: arch.to_gguf(pre + n, w, fam, SMALL) for n, w in
           (("q_proj.weight", q), ("k_proj.weight", k), ("q_proj.bias", qb), ("v_proj.weight", v))}
    if mt in PERMUTED_QK:
        want = {"q_proj.weight": q[_llama_cpp_rows(16, 4)], "k_proj.weight": k[_llama_cpp_rows(8, 2)],
                "q_proj.bias": qb[_llama_cpp_rows(16, 4)]}
    else:
        want = {"q_proj.weight": q, "k_proj.weight": k, "q_proj.bias": qb}
    want["v_proj.weight"] = v  # never permuted
    for n in want:
        assert np.array_equal(got[n], want[n]), n
        assert np.array_equal(arch.from_gguf(pre + n, got[n], fam, SMALL), {"q_proj.weight": q, "k_proj.weight": k,
                                                                          "q_proj.bias": qb, "v_proj.weight": v}[n])
    w = rng.normal(size=16).astype(np.float32)
    for name in _norm_names(mt):
        stored = arch.to_gguf(name, w, fam, SMALL)
        assert np.array_equal(stored, w + 1 if mt in NORM_PLUS_ONE else w), name
        np.testing.assert_allclose(arch.from_gguf(name, stored, fam, SMALL), w, rtol=0, atol=2e-7, err_msg=name)
    assert np.array_equal(arch.to_gguf("model.layers.0.mlp.up_proj.weight", q, fam, SMALL), q)


def test_layout_edges_and_refusals():
    llama, gemma = arch.family_for_model_type("llama"), arch.family_for_model_type("gemma3_text")
    # an older llama config without num_key_value_heads: k has as many heads as q (HF's default)
    k = np.arange(16 * 2, dtype=np.float32).reshape(16, 2)
    no_kv = {"num_attention_heads": 4, "hidden_size": 16}
    assert np.array_equal(arch.to_gguf("model.layers.1.self_attn.k_proj.weight", k, llama, no_kv),
                          k[_llama_cpp_rows(16, 4)])
    # a global bias has llama.cpp's name too (gguf-py's map: lm_head -> output)
    ref = gguf.get_tensor_name_map(gguf.MODEL_ARCH.LLAMA, 1)
    assert arch.hf_to_gguf_name("lm_head.bias", llama) == ref.get_name("lm_head.bias", try_suffixes=(".bias",)) \
        == "output.bias"
    # a Gemma norm read back keeps its dtype (an f16 GGUF stays f16 until the importer widens it)
    w16 = np.array([0.5, 1.5, 2.0], np.float16)
    back = arch.from_gguf("model.norm.weight", w16, gemma, {})
    assert back.dtype == np.float16 and back.tolist() == [-0.5, 0.5, 1.0]
    # refusals name what is unknown and what would work (the owner reads these from import-base/export-gguf)
    with pytest.raises(arch.UnsupportedModelError) as e:
        arch.family_for_model_type("phi3")
    assert str(e.value) == ("model_type 'phi3' is not supported for GGUF (supported: llama, mistral, qwen2, qwen3, "
                            "gemma, gemma2, gemma3_text)")
    with pytest.raises(arch.UnsupportedModelError) as e:
        arch.family_for_arch("phi3")
    assert str(e.value) == ("GGUF architecture 'phi3' is not supported (supported: llama, qwen2, qwen3, gemma, "
                            "gemma2, gemma3)")
    for bad in ("model.rotary_emb.weight", "model.norm.inv_freq", "model.layers.0.mlp.experts.weight"):
        with pytest.raises(arch.UnsupportedModelError) as e:
            arch.hf_to_gguf_name(bad, llama)
        assert str(e.value) == f"tensor {bad!r} has no llama.cpp name for the llama family"
    with pytest.raises(arch.UnsupportedModelError) as e:
        arch.gguf_to_hf_name("blk.0.ssm_in.weight", gemma)
    assert str(e.value) == "GGUF tensor 'blk.0.ssm_in.weight' has no known meaning for the gemma3 family"


@pytest.mark.parametrize("mt", sorted(FAMILY_CONFIGS))
def test_stored_norm_is_what_llama_cpps_plain_rms_norm_needs(mt):
    """llama.cpp applies every family's norm as rms_norm(x) * stored weight; the family's own mlx-lm
    RMSNorm (Gemma: x * (1 + w)) must equal that with the weight `to_gguf` stores."""
    import importlib

    import mlx.core as mx
    import mlx.nn as nn

    fam = arch.family_for_model_type(mt)
    norm = getattr(importlib.import_module(f"mlx_lm.models.{mt}"), "RMSNorm", nn.RMSNorm)(16, eps=1e-6)
    rng = np.random.default_rng(1)
    w = rng.normal(size=16).astype(np.float32)
    norm.weight = mx.array(w)
    x = rng.normal(size=(3, 16)).astype(np.float32)
    plain = x / np.sqrt((x.astype(np.float64) ** 2).mean(-1, keepdims=True) + 1e-6)
    stored = arch.to_gguf("model.layers.0.input_layernorm.weight", w, fam, FAMILY_CONFIGS[mt])
    np.testing.assert_allclose(np.array(norm(mx.array(x))), plain * stored, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("mt", ["llama", "gemma3_text"])
def test_exported_file_holds_llama_cpps_layout(family_models, tmp_path, mt):
    """The fused f32 GGUF on disk, read with gguf-py, against the model's safetensors rearranged by hand."""
    model, _ = family_models[mt]
    cfg = json.loads((model / "config.json").read_text())
    hf = _weights(model)
    got = _reader_tensors(export_fused_gguf(model, None, tmp_path / "m.gguf", outtype="f32"))
    q, k = hf["model.layers.0.self_attn.q_proj.weight"], hf["model.layers.0.self_attn.k_proj.weight"]
    heads, kv = cfg["num_attention_heads"], cfg["num_key_value_heads"]
    if mt in PERMUTED_QK:
        q, k = q[_llama_cpp_rows(q.shape[0], heads)], k[_llama_cpp_rows(k.shape[0], kv)]
    np.testing.assert_array_equal(got["blk.0.attn_q.weight"], q)
    np.testing.assert_array_equal(got["blk.0.attn_k.weight"], k)
    plus = 1.0 if mt in NORM_PLUS_ONE else 0.0
    np.testing.assert_array_equal(got["blk.0.attn_norm.weight"], hf["model.layers.0.input_layernorm.weight"] + plus)
    np.testing.assert_array_equal(got["output_norm.weight"], hf["model.norm.weight"] + plus)


@pytest.mark.parametrize("mt", FAMILIES)
def test_names_match_gguf_tensor_map(family_models, mt):
    """Every base tensor maps to the name llama.cpp's converter gives it, and back."""
    model, _ = family_models[mt]
    fam = arch.family_for_model_type(mt)
    n_layers = json.loads((model / "config.json").read_text())["num_hidden_layers"]
    ref = gguf.get_tensor_name_map(GGUF_ARCH[mt], n_layers)
    for name in _weights(model):
        expected = ref.get_name(name, try_suffixes=(".weight", ".bias"))
        assert arch.hf_to_gguf_name(name, fam) == expected, name
        assert arch.gguf_to_hf_name(expected, fam) == name


@pytest.mark.parametrize("mt", FAMILIES)
def test_adapter_metadata_names_shapes(family_models, tmp_path, mt):
    model, adapter = family_models[mt]
    out = export_adapter_gguf(model, adapter, tmp_path / "a.gguf")
    info = read_gguf_adapter_info(out)
    fam = arch.family_for_model_type(mt)
    assert info["general.type"] == "adapter"
    assert info["adapter.type"] == "lora"
    assert info["general.architecture"] == fam.arch
    assert info["alpha_type"] == "FLOAT32" and info["adapter.lora.alpha"] == pytest.approx(2.5 * 4)
    # llama.cpp's load checks against the base: a.ne[0] == W.ne[0] (in), b.ne[1] == W.ne[1] (out), ranks agree
    base = tmp_path / "base.gguf"
    export_fused_gguf(model, None, base, outtype="f32")
    base_ne = {t.name: [int(x) for x in t.shape] for t in gguf.GGUFReader(base).tensors}
    import mlx.core as mx
    lora = mx.load(str(adapter / "adapters.safetensors"))
    assert len(info["tensors"]) == len(lora)
    for key, value in lora.items():
        module, ab = key.rsplit(".lora_", 1)
        gname = arch.lora_module_to_gguf(module, fam) + f".lora_{ab}"
        t = info["tensors"][gname]
        assert t["type"] == "F32"
        w_ne = base_ne[gname.rsplit(".lora_", 1)[0]]
        if ab == "a":  # mlx [in, r] -> GGUF ne [in, r]
            assert t["ne"] == [value.shape[0], 4] and t["ne"][0] == w_ne[0]
        else:  # mlx [r, out] -> GGUF ne [r, out]
            assert t["ne"] == [4, value.shape[1]] and t["ne"][1] == w_ne[1]


def _mlx_fused(model, adapter) -> dict[str, np.ndarray]:
    """Merged weights computed by mlx-lm itself (LoRALinear.fuse), as the independent reference."""
    from mlx.utils import tree_flatten, tree_unflatten
    from mlx_lm import load
    from mlx_lm.tuner.lora import LoRALinear

    m, _ = load(str(model), adapter_path=str(adapter))
    fused = [(n, mod.fuse()) for n, mod in m.named_modules() if isinstance(mod, LoRALinear)]
    m.update_modules(tree_unflatten(fused))
    return {k: np.array(v) for k, v in tree_flatten(m.parameters())}


@pytest.mark.parametrize("mt", FAMILIES)
def test_llamacpp_style_application_reproduces_mlx(family_models, tmp_path, mt):
    """base GGUF + (alpha/r) * B @ A from the adapter GGUF, mapped back to HF layout == mlx-lm's fuse."""
    model, adapter = family_models[mt]
    fam = arch.family_for_model_type(mt)
    cfg = json.loads((model / "config.json").read_text())
    base = _reader_tensors(export_fused_gguf(model, None, tmp_path / "base.gguf", outtype="f32"))
    ad_path = export_adapter_gguf(model, adapter, tmp_path / "a.gguf")
    r = gguf.GGUFReader(ad_path)
    alpha = float(r.fields["adapter.lora.alpha"].contents())
    lora = {t.name: dequantize_tensor(t) for t in r.tensors}
    merged = dict(base)
    for name in {n.rsplit(".lora_", 1)[0] for n in lora}:
        a, b = lora[name + ".lora_a"], lora[name + ".lora_b"]  # numpy (r, in), (out, r)
        merged[name] = base[name] + (alpha / a.shape[0]) * (b @ a)
    ref = _mlx_fused(model, adapter)
    changed = 0
    for gname, w in merged.items():
        hf = arch.gguf_to_hf_name(gname, fam)
        back = arch.from_gguf(hf, w, fam, cfg)
        np.testing.assert_allclose(back, ref[hf], rtol=1e-5, atol=1e-5, err_msg=hf)
        changed += gname in {n.rsplit(".lora_", 1)[0] for n in lora}
    assert changed == len(lora) // 2 > 0
    if fam.permute_qk:  # the permutation matters: unpermuted B would not reproduce q_proj
        q = "blk.0.attn_q.weight"
        a, b = lora[q + ".lora_a"], lora[q + ".lora_b"]
        wrong = base[q] + (alpha / a.shape[0]) * (arch.unpermute_rows(b, cfg["num_attention_heads"]) @ a)
        assert not np.allclose(arch.from_gguf("model.layers.0.self_attn.q_proj.weight", wrong, fam, cfg),
                               ref["model.layers.0.self_attn.q_proj.weight"], atol=1e-4)


@pytest.mark.parametrize("mt", ["llama", "gemma3_text"])
def test_fused_gguf_types_and_values(family_models, tmp_path, mt):
    model, adapter = family_models[mt]
    fam = arch.family_for_model_type(mt)
    cfg = json.loads((model / "config.json").read_text())
    ref = _mlx_fused(model, adapter)
    for outtype, tol in (("f16", 2e-3), ("q8_0", None)):
        path = export_fused_gguf(model, adapter, tmp_path / f"{outtype}.gguf", outtype=outtype)
        r = gguf.GGUFReader(path)
        assert r.fields["general.file_type"].contents() == {"f16": 1, "q8_0": 7}[outtype]
        for t in r.tensors:
            hf = arch.gguf_to_hf_name(t.name, fam)
            w = arch.from_gguf(hf, dequantize_tensor(t), fam, cfg)
            expect_type = "F32" if w.ndim == 1 else {"f16": "F16", "q8_0": "Q8_0"}[outtype]
            assert t.tensor_type.name == expect_type, t.name
            # q8_0: within half a step (d = max|x|/127) plus the f16 rounding of d (127 * d * 2**-11)
            bound = tol if tol else np.abs(ref[hf]).max() / 127 * 0.57 + 1e-7
            np.testing.assert_allclose(w, ref[hf], atol=bound, rtol=0 if not tol else 1e-3, err_msg=hf)
        if cfg.get("tie_word_embeddings"):
            assert "output.weight" not in {t.name for t in r.tensors}


def test_fused_tokenizer_metadata_from_hf(tiny_model, tmp_path):
    from transformers import AutoTokenizer

    path = export_fused_gguf(tiny_model, None, tmp_path / "m.gguf", outtype="f16")
    r = gguf.GGUFReader(path)
    f = {k: r.fields[k].contents() for k in r.fields if k.startswith("tokenizer.")}
    tok = AutoTokenizer.from_pretrained(str(tiny_model))
    n_vocab = json.loads((tiny_model / "config.json").read_text())["vocab_size"]
    assert f["tokenizer.ggml.model"] == "gpt2" and f["tokenizer.ggml.pre"] == "gpt-2"
    assert len(f["tokenizer.ggml.tokens"]) == n_vocab
    vocab = tok.get_vocab()
    for text, i in list(vocab.items())[:50]:
        assert f["tokenizer.ggml.tokens"][i] == text
    assert f["tokenizer.ggml.token_type"][tok.convert_tokens_to_ids("<|end|>")] == gguf.TokenType.CONTROL
    assert f["tokenizer.ggml.eos_token_id"] == tok.eos_token_id
    assert f["tokenizer.ggml.add_bos_token"] is False  # the HF tokenizer adds no BOS either
    assert len(f["tokenizer.ggml.merges"]) > 100
    assert "<|assistant|>" in f["tokenizer.chat_template"]


def test_refusals(family_models, tiny_model, tmp_path):
    model, adapter = family_models["llama"]
    # an unsupported family
    other = tmp_path / "phi"
    other.mkdir()
    (other / "config.json").write_text(json.dumps({"model_type": "phi3"}))
    with pytest.raises(ExportError, match="phi3.*not supported"):
        export_adapter_gguf(other, adapter, tmp_path / "x.gguf")
    # DoRA cannot be a GGUF LoRA
    dora = tmp_path / "dora"
    dora.mkdir()
    (dora / "adapter_config.json").write_text(json.dumps({"fine_tune_type": "dora",
                                                          "lora_parameters": {"rank": 4, "scale": 1.0}}))
    with pytest.raises(ExportError, match="dora"):
        export_adapter_gguf(model, dora, tmp_path / "x.gguf")
    # an adapter trained on another base (different widths)
    q3, _ = family_models["qwen3"]
    with pytest.raises(ExportError, match="another base"):
        export_adapter_gguf(q3, family_models["gemma3_text"][1], tmp_path / "x.gguf")
    assert not (tmp_path / "x.gguf").exists()  # nothing half-written
    with pytest.raises(ExportError, match="outtype"):
        export_fused_gguf(model, adapter, tmp_path / "x.gguf", outtype="q4_k")


def test_cli_export_gguf(family_models, tmp_path, capsys):
    from timmyd.cli import main

    model, adapter = family_models["qwen2"]
    out = tmp_path / "cli.gguf"
    assert main(["export-gguf", "--model", str(model), "--adapter", str(adapter), "--out", str(out), "--json"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["ok"] and obj["architecture"] == "qwen2" and obj["tensors"] == 28 and obj["alpha"] == 10.0
    assert main(["export-gguf", "--model", str(model), "--adapter", str(tmp_path / "none"), "--out", str(out)]) == 2
    assert "adapter_config.json" in capsys.readouterr().err
