"""GGUF -> MLX import: each family's names and transforms round-trip, every quant type dequantizes
like gguf-py's reference (and, for Q8_0/Q4_K/Q6_K, like our own reading of ggml's block layouts),
and Ollama model names resolve through the local store's manifests."""

from __future__ import annotations

import hashlib
import json

import gguf
import numpy as np
import pytest
from _gguf_helpers import FAMILY_CONFIGS, build_family_model

from timmyd.gguf.export import export_adapter_gguf, export_fused_gguf
from timmyd.gguf.importer import BaseImportError, import_record
from timmyd.gguf.io import dequantize_tensor
from timmyd.ollama.models import blob_from_store, import_base

Q = gguf.GGMLQuantizationType
TEXT = "Use `git status` to see changes. Sure! Here is a short answer."


@pytest.fixture(scope="module")
def family_bases(tiny_model, tmp_path_factory):
    root = tmp_path_factory.mktemp("import_families")
    return {mt: tiny_model if mt == "llama" else build_family_model(root / mt, mt, tiny_model, seed=5)
            for mt in FAMILY_CONFIGS}


def _weights(model_dir):
    import mlx.core as mx
    out = {}
    for f in sorted(model_dir.glob("*.safetensors")):
        out.update({k: np.array(v) for k, v in mx.load(str(f)).items()})
    return out


def _logits(model_dir, ids):
    import mlx.core as mx
    from mlx_lm import load
    model, tok = load(str(model_dir))
    return np.array(model(mx.array([ids]))[0]), tok


@pytest.mark.parametrize("mt", list(FAMILY_CONFIGS))
def test_family_roundtrip(family_bases, tmp_path, mt):
    """MLX model -> f32 GGUF (llama.cpp's layout) -> import: same weights, config, tokenizer, logits."""
    src = family_bases[mt]
    gg = export_fused_gguf(src, None, tmp_path / "m.gguf", outtype="f32")
    rec = import_base(gg, tmp_path / "imported")
    out = tmp_path / "imported"
    orig, back = _weights(src), _weights(out)
    cfg0 = json.loads((src / "config.json").read_text())
    cfg1 = json.loads((out / "config.json").read_text())
    if cfg0.get("tie_word_embeddings"):
        orig.pop("lm_head.weight", None)
    assert set(back) == set(orig)
    for k in orig:  # the permutation is undone exactly; Gemma's (w + 1) - 1 costs one float32 ulp of 1
        np.testing.assert_allclose(back[k], orig[k], rtol=0, atol=1.2e-7 if k.endswith("norm.weight") else 0,
                                   err_msg=k)
    assert cfg1["model_type"] == mt
    for key in ("hidden_size", "num_hidden_layers", "intermediate_size", "num_attention_heads",
                "num_key_value_heads", "rms_norm_eps", "vocab_size"):
        assert cfg1[key] == pytest.approx(cfg0[key]), key
    assert cfg1["rope_theta"] == pytest.approx(cfg0["rope_theta"])
    assert rec["sha256"] == hashlib.sha256(gg.read_bytes()).hexdigest()
    assert import_record(out)["architecture"] == rec["architecture"]
    ids = list(range(3, 40))
    l0, tok0 = _logits(src, ids)
    l1, tok1 = _logits(out, ids)
    np.testing.assert_allclose(l1, l0, atol=1e-4, rtol=1e-4)
    assert tok1.encode(TEXT) == tok0.encode(TEXT)


def _random_kquant(qtype, rows: int, seed: int) -> np.ndarray:
    """Random K-quant blocks with finite f16 scales (gguf-py cannot quantize K-quants)."""
    block, nbytes = gguf.GGML_QUANT_SIZES[qtype]
    rng = np.random.default_rng(seed)
    raw = rng.integers(0, 256, size=(rows, 256 // block * nbytes), dtype=np.uint8)
    blocks = raw.reshape(-1, nbytes)
    scales = rng.uniform(0.001, 0.02, size=(blocks.shape[0], 2)).astype(np.float16).view(np.uint8)
    if qtype in (Q.Q4_K, Q.Q5_K):  # d, dmin first
        blocks[:, :4] = scales
    elif qtype == Q.Q2_K:  # scales[16], qs[64], d, dmin
        blocks[:, 80:84] = scales
    else:  # Q3_K, Q6_K: d last
        blocks[:, -2:] = scales[:, :2]
    return raw


def _ref_q8_0(raw):
    b = raw.reshape(-1, 34)
    d = b[:, :2].copy().view(np.float16).astype(np.float32)
    return (d * b[:, 2:].view(np.int8).astype(np.float32)).reshape(-1)


def _ref_q4_k(raw):
    """ggml's dequantize_row_q4_K, written out from the block layout."""
    out = []
    for blk in raw.reshape(-1, 144):
        d, dmin = blk[:4].copy().view(np.float16).astype(np.float32)
        s, qs = blk[4:16].astype(np.int32), blk[16:]
        sc = [s[j] & 63 if j < 4 else (s[j + 4] & 15) | ((s[j - 4] >> 6) << 4) for j in range(8)]
        mn = [s[j + 4] & 63 if j < 4 else (s[j + 4] >> 4) | ((s[j] >> 6) << 4) for j in range(8)]
        for c in range(4):
            q = qs[32 * c: 32 * c + 32].astype(np.int32)
            out.append(d * sc[2 * c] * (q & 15) - dmin * mn[2 * c])
            out.append(d * sc[2 * c + 1] * (q >> 4) - dmin * mn[2 * c + 1])
    return np.concatenate(out).astype(np.float32)


def _ref_q6_k(raw):
    """ggml's dequantize_row_q6_K, written out from the block layout."""
    out = []
    for blk in raw.reshape(-1, 210):
        ql, qh = blk[:128].astype(np.int32), blk[128:192].astype(np.int32)
        sc = blk[192:208].view(np.int8).astype(np.float32)
        d = blk[208:210].copy().view(np.float16).astype(np.float32)[0]
        y = np.zeros(256, np.float32)
        for half in range(2):
            L, H, S = ql[64 * half:], qh[32 * half:], sc[8 * half:]
            for lane in range(32):
                i = lane // 16
                q1 = ((L[lane] & 15) | ((H[lane] >> 0 & 3) << 4)) - 32
                q2 = ((L[lane + 32] & 15) | ((H[lane] >> 2 & 3) << 4)) - 32
                q3 = ((L[lane] >> 4) | ((H[lane] >> 4 & 3) << 4)) - 32
                q4 = ((L[lane + 32] >> 4) | ((H[lane] >> 6 & 3) << 4)) - 32
                base = 128 * half + lane
                y[base], y[base + 32] = d * S[i] * q1, d * S[i + 2] * q2
                y[base + 64], y[base + 96] = d * S[i + 4] * q3, d * S[i + 6] * q4
        out.append(y)
    return np.concatenate(out)


def _f16(b) -> float:
    return float(np.asarray(b, np.uint8).copy().view(np.float16)[0])


def _ref_q_legacy(raw, qtype):
    """ggml's dequantize_row_q4_0/q4_1/q5_0/q5_1 (32 values a block), from the block layouts:
    q4_0 {d; qs[16]}, q4_1 {d, m; qs[16]}, q5_0 {d; qh u32; qs[16]}, q5_1 {d, m; qh u32; qs[16]};
    value j is the low nibble of qs[j], value j + 16 the high nibble; q5's fifth bit of value j is bit j of qh."""
    nbytes = {Q.Q4_0: 18, Q.Q4_1: 20, Q.Q5_0: 22, Q.Q5_1: 24}[qtype]
    has_m, five = qtype in (Q.Q4_1, Q.Q5_1), qtype in (Q.Q5_0, Q.Q5_1)
    out = []
    for blk in raw.reshape(-1, nbytes):
        d = _f16(blk[0:2])
        m = _f16(blk[2:4]) if has_m else 0.0
        pos = 4 if has_m else 2
        qh = int.from_bytes(bytes(blk[pos:pos + 4]), "little") if five else 0
        qs = blk[pos + 4:] if five else blk[pos:]
        y = np.zeros(32, np.float64)
        for j in range(16):
            lo, hi = int(qs[j]) & 15, int(qs[j]) >> 4
            if five:
                lo, hi = lo | ((qh >> j) & 1) << 4, hi | ((qh >> (j + 16)) & 1) << 4
            offset = 0 if has_m else (16 if five else 8)
            y[j], y[j + 16] = d * (lo - offset) + m, d * (hi - offset) + m
        out.append(y)
    return np.concatenate(out).astype(np.float32)


def _ref_q2_k(raw):
    """ggml's dequantize_row_q2_K: block {scales[16] (low nibble scale, high nibble min), qs[64], d, dmin};
    each 128 values read 32 bytes of qs four times at shifts 0, 2, 4, 6, 16 values per scale."""
    out = []
    for blk in raw.reshape(-1, 84):
        sc, qs = blk[:16].astype(np.int32), blk[16:80].astype(np.int32)
        d, dmin = _f16(blk[80:82]), _f16(blk[82:84])
        y, k = [], 0
        for half in range(2):
            q = qs[32 * half: 32 * half + 32]
            for shift in (0, 2, 4, 6):
                for part in (q[:16], q[16:]):
                    y.append(d * (sc[k] & 15) * ((part >> shift) & 3) - dmin * (sc[k] >> 4))
                    k += 1
        out.append(np.concatenate(y))
    return np.concatenate(out).astype(np.float32)


def _ref_q3_k(raw):
    """ggml's dequantize_row_q3_K: block {hmask[32], qs[64], scales[12], d}; 16 six-bit scales (low 4 bits:
    nibble j % 8 of bytes 0-7, low nibbles first; high 2 bits: bits 2*(j // 4) of byte 8 + j % 4) minus 32;
    a value is its 2 bits of qs minus 4 unless its bit of hmask is set."""
    out = []
    for blk in raw.reshape(-1, 110):
        hm, qs, s = blk[:32].astype(np.int32), blk[32:96].astype(np.int32), blk[96:108].astype(np.int32)
        d = _f16(blk[108:110])
        scales = [((s[j % 8] & 15) if j < 8 else (s[j % 8] >> 4)) | (((s[8 + j % 4] >> (2 * (j // 4))) & 3) << 4)
                  for j in range(16)]
        y, k, bit = [], 0, 0
        for half in range(2):
            q = qs[32 * half: 32 * half + 32]
            for shift in (0, 2, 4, 6):
                for lo in (0, 16):
                    vals = ((q[lo:lo + 16] >> shift) & 3) - np.where(hm[lo:lo + 16] & (1 << bit), 0, 4)
                    y.append(d * (scales[k] - 32) * vals)
                    k += 1
                bit += 1
        out.append(np.concatenate(y))
    return np.concatenate(out).astype(np.float32)


def _ref_q5_k(raw):
    """ggml's dequantize_row_q5_K: block {d, dmin, scales[12] (as q4_K), qh[32], qs[128]}; per 64 values,
    32 low nibbles then 32 high nibbles of qs, the fifth bit from qh at bits 2c and 2c + 1."""
    out = []
    for blk in raw.reshape(-1, 176):
        d, dmin = _f16(blk[0:2]), _f16(blk[2:4])
        s, qh, qs = blk[4:16].astype(np.int32), blk[16:48].astype(np.int32), blk[48:].astype(np.int32)
        sc = [s[j] & 63 if j < 4 else (s[j + 4] & 15) | ((s[j - 4] >> 6) << 4) for j in range(8)]
        mn = [s[j + 4] & 63 if j < 4 else (s[j + 4] >> 4) | ((s[j] >> 6) << 4) for j in range(8)]
        for c in range(4):
            q = qs[32 * c: 32 * c + 32]
            out.append(d * sc[2 * c] * ((q & 15) + ((qh >> (2 * c)) & 1) * 16) - dmin * mn[2 * c])
            out.append(d * sc[2 * c + 1] * ((q >> 4) + ((qh >> (2 * c + 1)) & 1) * 16) - dmin * mn[2 * c + 1])
    return np.concatenate(out).astype(np.float32)


def _ref_bf16(x):
    """float32 -> bfloat16 (round to nearest even) -> float32, with integer bit operations."""
    u = x.view(np.uint32).astype(np.uint64)
    return (((u + 0x7FFF + ((u >> 16) & 1)) >> 16) << 16).astype(np.uint32).view(np.float32)


def test_dequantize_every_supported_type(tmp_path):
    rng = np.random.default_rng(0)
    rows, cols = 3, 256
    x = rng.normal(0, 1, (rows, cols)).astype(np.float32)
    path = tmp_path / "q.gguf"
    w = gguf.GGUFWriter(str(path), "llama")
    raws = {}
    for qt in (Q.F32, Q.F16, Q.BF16, Q.Q8_0, Q.Q4_0, Q.Q4_1, Q.Q5_0, Q.Q5_1):
        raws[qt] = gguf.quants.quantize(x, qt)
    for i, qt in enumerate((Q.Q2_K, Q.Q3_K, Q.Q4_K, Q.Q5_K, Q.Q6_K)):
        raws[qt] = _random_kquant(qt, rows, i)
    for qt, raw in raws.items():
        w.add_tensor(f"t.{qt.name}", raw, raw_dtype=None if qt in (Q.F32, Q.F16) else qt)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    tensors = {t.name: t for t in gguf.GGUFReader(path).tensors}
    for qt in raws:
        got = dequantize_tensor(tensors[f"t.{qt.name}"])
        assert got.shape == (rows, cols) and got.dtype == np.float32, qt.name
        assert np.isfinite(got).all()
        if qt.name in ("F32", "F16", "BF16", "Q8_0", "Q4_0", "Q4_1", "Q5_0", "Q5_1"):
            bits = {"F32": 24, "F16": 11, "BF16": 8, "Q8_0": 8, "Q5_0": 5, "Q5_1": 5, "Q4_0": 4, "Q4_1": 4}[qt.name]
            assert np.abs(got - x).max() <= np.abs(x).max() * 2.0 ** (1 - bits) * 1.1, qt.name
    # every type against a reference written here from ggml's block layouts (not gguf-py's dequantize,
    # which the importer calls): exact for the float types, to float32 rounding for the quantized ones
    refs = {Q.F32: x, Q.F16: x.astype(np.float16).astype(np.float32), Q.BF16: _ref_bf16(x),
            Q.Q8_0: _ref_q8_0(raws[Q.Q8_0]), Q.Q2_K: _ref_q2_k(raws[Q.Q2_K]), Q.Q3_K: _ref_q3_k(raws[Q.Q3_K]),
            Q.Q4_K: _ref_q4_k(raws[Q.Q4_K]), Q.Q5_K: _ref_q5_k(raws[Q.Q5_K]), Q.Q6_K: _ref_q6_k(raws[Q.Q6_K]),
            **{qt: _ref_q_legacy(raws[qt], qt) for qt in (Q.Q4_0, Q.Q4_1, Q.Q5_0, Q.Q5_1)}}
    assert set(refs) == set(raws)
    for qt, ref in refs.items():
        got = dequantize_tensor(tensors[f"t.{qt.name}"])
        tol = 0 if qt in (Q.F32, Q.F16, Q.BF16) else 1e-5
        np.testing.assert_allclose(got, np.asarray(ref).reshape(rows, cols), rtol=tol, atol=tol, err_msg=qt.name)


def _ollama_store(root, name, tag, blob_src):
    digest = "sha256:" + hashlib.sha256(blob_src.read_bytes()).hexdigest()
    (root / "blobs").mkdir(parents=True)
    (root / "blobs" / digest.replace(":", "-")).write_bytes(blob_src.read_bytes())
    man = root / "manifests" / "registry.ollama.ai" / "library" / name / tag
    man.parent.mkdir(parents=True)
    man.write_text(json.dumps({"schemaVersion": 2, "layers": [
        {"mediaType": "application/vnd.ollama.image.template", "digest": "sha256:" + "0" * 64, "size": 1},
        {"mediaType": "application/vnd.ollama.image.model", "digest": digest, "size": blob_src.stat().st_size}]}))
    return digest


def test_import_from_ollama_store_and_export_keeps_its_tokenizer(family_bases, tmp_path, monkeypatch):
    src = family_bases["qwen3"]
    gg = export_fused_gguf(src, None, tmp_path / "q.gguf", outtype="q8_0")
    store = tmp_path / "ollama"
    digest = _ollama_store(store, "tinyq", "1b", gg)
    monkeypatch.setenv("OLLAMA_MODELS", str(store))
    assert blob_from_store("tinyq:1b").name == digest.replace(":", "-")
    assert blob_from_store("tinyq") is None  # tag latest is not there
    rec = import_base("tinyq:1b", tmp_path / "imp")
    assert rec["found_in"].startswith("ollama store") and rec["sha256"] == digest.split(":")[1]
    assert rec["tensor_types"]["Q8_0"] > 0
    # an adapter for the imported base names the GGUF it belongs on
    from _gguf_helpers import make_random_adapter

    from timmyd.gguf.export import read_gguf_adapter_info
    ad = export_adapter_gguf(tmp_path / "imp", make_random_adapter(tmp_path / "imp", tmp_path / "ad"), tmp_path / "a.gguf")
    assert read_gguf_adapter_info(ad)["base_sha256"] == digest.split(":")[1]
    # the imported model exports again with the source's exact tokenizer metadata
    again = export_fused_gguf(tmp_path / "imp", None, tmp_path / "again.gguf", outtype="f16")
    a, b = gguf.GGUFReader(gg), gguf.GGUFReader(again)
    for key in ("tokenizer.ggml.tokens", "tokenizer.ggml.merges", "tokenizer.ggml.token_type",
                "tokenizer.ggml.eos_token_id", "tokenizer.chat_template"):
        assert a.fields[key].contents() == b.fields[key].contents(), key
    # and its weights are the q8_0 values, not the originals: training happens on what Ollama serves
    orig = _weights(src)["model.layers.0.mlp.up_proj.weight"]
    got = _weights(tmp_path / "imp")["model.layers.0.mlp.up_proj.weight"]
    assert 0 < np.abs(got - orig).max() < np.abs(orig).max() / 100


def test_refusals(family_bases, tmp_path, monkeypatch):
    monkeypatch.setenv("OLLAMA_MODELS", str(tmp_path / "empty"))
    with pytest.raises(BaseImportError, match="not in the Ollama store"):
        import_base("nosuch:7b", tmp_path / "o1")
    with pytest.raises(BaseImportError, match="no such GGUF"):
        import_base(str(tmp_path / "missing.gguf"), tmp_path / "o1")
    src = family_bases["llama"]
    gg = export_fused_gguf(src, None, tmp_path / "m.gguf", outtype="f16")
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    with pytest.raises(BaseImportError, match="not empty"):
        import_base(gg, tmp_path / "full")
    with pytest.raises(BaseImportError, match="not a model directory"):
        import_base(gg, tmp_path / "full", force=True)  # --force never wipes a folder that is not an import
    assert (tmp_path / "full" / "keep.txt").read_text() == "mine"
    import_base(gg, tmp_path / "again")
    import_base(gg, tmp_path / "again", force=True)  # an earlier import is replaced
    assert (tmp_path / "again" / "config.json").is_file()
    from _gguf_helpers import make_random_adapter
    ad = export_adapter_gguf(src, make_random_adapter(src, tmp_path / "ad"), tmp_path / "ad.gguf")
    with pytest.raises(BaseImportError, match="adapter"):
        import_base(ad, tmp_path / "o2")
    w = gguf.GGUFWriter(str(tmp_path / "phi.gguf"), "phi3")
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    from timmyd.gguf.arch import UnsupportedModelError
    with pytest.raises(UnsupportedModelError, match="phi3"):
        import_base(tmp_path / "phi.gguf", tmp_path / "o3")
    assert not (tmp_path / "o2").exists() and not (tmp_path / "o3").exists()


def test_cli_import_base(family_bases, tmp_path, capsys):
    from timmyd.cli import main

    gg = export_fused_gguf(family_bases["gemma3_text"], None, tmp_path / "g.gguf", outtype="f16")
    assert main(["import-base", str(gg), "--out", str(tmp_path / "g"), "--json"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["architecture"] == "gemma3" and obj["model_type"] == "gemma3_text"
    cfg = json.loads((tmp_path / "g" / "config.json").read_text())
    assert cfg["tie_word_embeddings"] is True and cfg["sliding_window"] == 16
    assert main(["import-base", str(gg), "--out", str(tmp_path / "g")]) == 2
    assert "--force" in capsys.readouterr().err


def test_import_through_ollama_server(family_bases, tmp_path, monkeypatch):
    """Not in the local store: the server's /api/show names the blob (its Modelfile's FROM line)."""
    standin = pytest.importorskip("timmyd.ollama.standin.server")
    gg = export_fused_gguf(family_bases["qwen2"], None, tmp_path / "q.gguf", outtype="f16")
    monkeypatch.setenv("OLLAMA_MODELS", str(tmp_path / "nothing-here"))
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    with standin.StandIn(root=tmp_path / "srv") as srv:
        srv.add_model("tinyq:f16", gg)
        rec = import_base("tinyq:f16", tmp_path / "imp", ollama_host=srv.url)
        assert rec["found_in"] == f"ollama server {srv.url}"
        assert rec["sha256"] == hashlib.sha256(gg.read_bytes()).hexdigest()
        with pytest.raises(BaseImportError, match="does not know it"):
            import_base("other:1b", tmp_path / "imp2", ollama_host=srv.url)


def test_large_models_are_sharded(family_bases, tmp_path, monkeypatch):
    import timmyd.gguf.importer as importer

    monkeypatch.setattr(importer, "SHARD_BYTES", 64 * 1024)  # a few tensors per shard
    gg = export_fused_gguf(family_bases["llama"], None, tmp_path / "m.gguf", outtype="f32")
    rec = import_base(gg, tmp_path / "imp")
    assert len(rec["files"]) > 2
    index = json.loads((tmp_path / "imp" / "model.safetensors.index.json").read_text())
    back = _weights(tmp_path / "imp")
    assert set(index["weight_map"]) == set(back) == set(_weights(family_bases["llama"]))
    assert set(index["weight_map"].values()) == set(rec["files"])
    l0, _ = _logits(family_bases["llama"], [3, 4, 5, 6])
    l1, _ = _logits(tmp_path / "imp", [3, 4, 5, 6])
    np.testing.assert_allclose(l1, l0, atol=1e-5)


def test_doctor_reports_model_blas_llamacpp_and_ollama(family_bases, tmp_path, capsys):
    from timmyd.cli import main

    gg = export_fused_gguf(family_bases["llama"], None, tmp_path / "m.gguf", outtype="f16")
    import_base(gg, tmp_path / "base")
    cfg = tmp_path / "timmyd.toml"
    cfg.write_text(f'model = "{tmp_path / "base"}"\n[ollama]\nhost = "http://127.0.0.1:9"\n')
    assert main(["doctor", "--json", "--config", str(cfg)]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["mlx"]["ok"] and rep["mlx"]["device"].startswith("Device(")
    # the config says "auto": on exactly when MLX runs on its CPU backend (decided, never timed)
    import mlx.core as mx
    assert rep["mlx"]["fastmath"] is (mx.default_device() == mx.cpu) and rep["mlx"]["fastmath_mode"] == "auto"
    assert rep["model"]["exists"] and rep["model"]["imported_from"]["sha256"] == hashlib.sha256(gg.read_bytes()).hexdigest()
    assert rep["ollama"]["reachable"] is False and any("Ollama" in p for p in rep["problems"])
    try:
        import llama_cpp  # noqa: F401
        assert rep["llama_cpp"]["available"] is True
    except ImportError:
        assert rep["llama_cpp"]["available"] is False
    from timmyd.service import blas
    assert (blas.find_openblas() is None) == ("openblas" not in rep["blas"]["training_worker"])
    assert main(["doctor", "--config", str(cfg)]) == 0
    text = capsys.readouterr().out
    assert "ollama" in text and "fastmath " + ("on" if rep["mlx"]["fastmath"] else "off") in text


LLAMA3_ROPE = {"rope_type": "llama3", "factor": 32.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
               "original_max_position_embeddings": 8192}


def test_llama3_rope_scaling_roundtrip(tmp_path):
    """Llama 3.x GGUFs carry their rope scaling as a `rope_freqs` tensor; it comes back as config."""
    from timmyd.gguf import arch as gguf_arch
    from timmyd.service.tiny import build_model

    src = build_model(tmp_path / "l3", size="tiny", seed=2, rope_theta=500000.0, rope_scaling=LLAMA3_ROPE)
    gg = export_fused_gguf(src, None, tmp_path / "l3.gguf", outtype="f32")
    freqs = {t.name: dequantize_tensor(t) for t in gguf.GGUFReader(gg).tensors}["rope_freqs.weight"]
    # by hand for head_dim 16, theta 5e5: wavelength 2*pi*theta^(i/16); < 2048 -> 1, > 8192 -> 32, else smooth
    wl = 2 * np.pi * 500000.0 ** (np.arange(0, 16, 2) / 16)
    assert freqs[wl < 2048].tolist() == [1.0] * int((wl < 2048).sum()) and (wl > 8192).any()
    assert np.all(freqs[wl > 8192] == 32.0)
    mid = (wl >= 2048) & (wl <= 8192)
    s = (8192 / wl[mid] - 1) / 3
    np.testing.assert_allclose(freqs[mid], 1 / ((1 - s) / 32 + s), rtol=1e-6)
    import_base(gg, tmp_path / "imp")
    cfg = json.loads((tmp_path / "imp" / "config.json").read_text())
    assert cfg["rope_scaling"] == LLAMA3_ROPE and cfg["rope_theta"] == 500000.0
    assert "rope_freqs.weight" not in _weights(tmp_path / "imp")
    ids = list(range(3, 30))
    np.testing.assert_allclose(_logits(tmp_path / "imp", ids)[0], _logits(src, ids)[0], atol=1e-4)
    # factors that no known parameter set produces are refused rather than guessed
    assert gguf_arch.llama3_scaling_from_factors(freqs * 1.5, 16, 500000.0) is None


def test_fast_reader_matches_gguf_py(family_bases, tmp_path):
    """Our metadata/tensor reader agrees with gguf.GGUFReader field by field, and refuses junk clearly."""
    from timmyd.gguf.io import GGUFFormatError, read_gguf

    gg = export_fused_gguf(family_bases["gemma3_text"], None, tmp_path / "g.gguf", outtype="q8_0")
    ours, ref = read_gguf(gg), gguf.GGUFReader(gg)
    keys = [k for k in ref.fields if not k.startswith("GGUF.")]
    assert list(ours.kv) == keys
    for k in keys:
        assert ours.kv[k] == ref.fields[k].contents(), k
        assert ours.types[k][0] == ref.fields[k].types[0], k
    assert [(t.name, t.ne, t.qtype) for t in ours.tensors] == [
        (t.name, t.shape.tolist(), t.tensor_type) for t in ref.tensors]
    for a, b in zip(ours.tensors, ref.tensors, strict=True):
        np.testing.assert_array_equal(dequantize_tensor(a), dequantize_tensor(b))
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(b"GGML" + gg.read_bytes()[4:])
    with pytest.raises(GGUFFormatError, match="bad magic"):
        read_gguf(bad)
    bad.write_bytes(gg.read_bytes()[:-1000])
    with pytest.raises(GGUFFormatError, match="past the end"):
        read_gguf(bad)
