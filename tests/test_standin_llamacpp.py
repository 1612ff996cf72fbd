"""Conformance: the stand-in refuses exactly the adapters real llama.cpp refuses, with its words.

Runs when llama-cpp-python is importable (`pip install "timmyd[llamacpp]"`), else skips. llama.cpp
runs in a subprocess because some bad adapters make it abort the whole process (a float64 alpha
trips a GGML_ASSERT), which is what the Ollama runner does too.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from _ollama_helpers import write_gguf

from timmyd.ollama.standin.gguf import AdapterLoadError, check_adapter, read_gguf

pytest.importorskip("llama_cpp")

PROBE = r"""
import json, os, sys
import llama_cpp
base, cases = sys.argv[1], json.loads(sys.argv[2])
for name, path in cases.items():
    os.write(2, f"\n@@CASE {name}\n".encode())
    llm = llama_cpp.Llama(base, n_ctx=32, verbose=True, n_threads=1, lora_path=path)
    ok = bool(llm._lora_adapter)  # a NULL adapter pointer is falsy (llama-cpp-python only logs the error)
    llm.close()
    os.write(2, f"\n@@RESULT {name} {'loaded' if ok else 'refused'}\n".encode())
"""


def llama_cpp_verdicts(base: Path, cases: dict[str, Path]) -> dict[str, tuple[str, str]]:
    """name -> (loaded | refused | crashed, llama.cpp's error line or '')."""
    proc = subprocess.run([sys.executable, "-c", PROBE, str(base), json.dumps({k: str(v) for k, v in cases.items()})],
                          capture_output=True, text=True, timeout=120)
    out: dict[str, tuple[str, str]] = {}
    for chunk in proc.stderr.split("\n@@CASE ")[1:]:
        name = chunk.split("\n", 1)[0].strip()
        err = next((line.split("failed to apply lora adapter: ", 1)[1] for line in chunk.splitlines()
                    if "failed to apply lora adapter: " in line), "")
        status = "crashed"
        if f"@@RESULT {name} " in chunk:
            status = chunk.split(f"@@RESULT {name} ", 1)[1].split()[0]
        out[name] = (status, err)
    return out


def variant(src: Path, dst: Path, arch: str | None = None, kv: dict | None = None, drop_kv=(), tensors=None) -> Path:
    """Rewrite an adapter GGUF with some metadata or tensors changed."""
    info = read_gguf(src)
    from gguf import GGUFReader

    r = GGUFReader(src)
    arrays = {t.name: np.array(t.data) for t in r.tensors}
    fields = {"general.type": ("string", info.kv["general.type"]), "adapter.type": ("string", info.kv["adapter.type"]),
              "adapter.lora.alpha": ("float32", float(info.kv["adapter.lora.alpha"]))}
    for k in drop_kv:
        fields.pop(k)
    fields.update(kv or {})
    if tensors:
        arrays = tensors(arrays)
    return write_gguf(dst, arch or info.arch, fields, arrays)


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    from _gguf_helpers import make_random_adapter

    from timmyd.gguf.export import export_adapter_gguf, export_fused_gguf
    from timmyd.service.tiny import build_model

    root = tmp_path_factory.mktemp("conformance")
    model = build_model(root / "model", size="tiny", seed=0)
    adapter = make_random_adapter(model, root / "adapter", rank=4, scale=2.0)
    base = export_fused_gguf(model, None, root / "base.gguf", "f16")
    fused = export_fused_gguf(model, adapter, root / "fused.gguf", "f16")
    good = export_adapter_gguf(model, adapter, root / "adapter.gguf")
    return root, base, fused, good


def test_stand_in_agrees_with_llama_cpp(real):
    root, base, fused, good = real
    q = "blk.0.attn_q.weight"

    def transpose_a(t):
        t[f"{q}.lora_a"] = np.ascontiguousarray(t[f"{q}.lora_a"].T)
        return t

    def rank_mismatch(t):
        b = t[f"{q}.lora_b"]
        t[f"{q}.lora_b"] = np.concatenate([b, b[:, :1]], axis=1)
        return t

    def drop_b(t):
        del t[f"{q}.lora_b"]
        return t

    def rename(t):
        t["blk.9.attn_q.weight.lora_a"] = t.pop(f"{q}.lora_a")
        t["blk.9.attn_q.weight.lora_b"] = t.pop(f"{q}.lora_b")
        return t

    def odd(t):
        t[f"{q}.delta"] = np.zeros((2, 2), np.float32)
        return t

    cases = {
        "good": good,
        "fused model as adapter": fused,
        "arch": variant(good, root / "arch.gguf", arch="qwen2"),
        "adapter.type": variant(good, root / "type.gguf", kv={"adapter.type": ("string", "ia3")}),
        "transposed A": variant(good, root / "ta.gguf", tensors=transpose_a),
        "rank mismatch": variant(good, root / "rm.gguf", tensors=rank_mismatch),
        "missing B": variant(good, root / "mb.gguf", tensors=drop_b),
        "unknown tensor": variant(good, root / "un.gguf", tensors=rename),
        "odd suffix": variant(good, root / "odd.gguf", tensors=odd),
    }
    verdicts = llama_cpp_verdicts(base, cases)
    base_info = read_gguf(base)
    for name, path in cases.items():
        status, llama_msg = verdicts[name]
        try:
            check_adapter(base_info, read_gguf(path))
            ours = ""
        except AdapterLoadError as e:
            ours = str(e)
        if name == "good":
            assert status == "loaded" and ours == "", name
        else:
            assert status == "refused" and llama_msg, (name, status)
            # same reason, in llama.cpp's words (ours may add a hint in parentheses)
            assert ours.split(" (")[0] == llama_msg.split(" (")[0], (name, ours, llama_msg)


def test_alpha_type_differences_are_deliberate(real):
    root, base, _, good = real
    f64 = variant(good, root / "f64.gguf", kv={"adapter.lora.alpha": ("float64", 8.0)})
    none = variant(good, root / "noalpha.gguf", drop_kv=("adapter.lora.alpha",))
    verdicts = {**llama_cpp_verdicts(base, {"f64": f64}), **llama_cpp_verdicts(base, {"no alpha": none})}
    assert verdicts["f64"][0] == "crashed"  # GGML_ASSERT in gguf_get_val_f32 takes the runner down
    assert verdicts["no alpha"][0] == "loaded"  # silently scale 1 instead of alpha/rank: we refuse it
    base_info = read_gguf(base)
    for path, msg in ((f64, "must be FLOAT32"), (none, "is missing")):
        with pytest.raises(AdapterLoadError, match=msg):
            check_adapter(base_info, read_gguf(path))
