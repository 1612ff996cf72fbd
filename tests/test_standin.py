"""The Ollama stand-in speaks Ollama's protocol: checked with raw HTTP, independent of our client."""

from __future__ import annotations

import hashlib
import json

import httpx
import numpy as np
import pytest
from _ollama_helpers import adapter_gguf, base_gguf

from timmyd.ollama.standin.gguf import AdapterLoadError, check_adapter, read_gguf
from timmyd.ollama.standin.server import StandIn, serve


def sha(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


@pytest.fixture
def srv(tmp_path):
    with StandIn(version="0.33.0") as s:
        s.add_model("base", base_gguf(tmp_path / "base.gguf"))
        yield s


@pytest.fixture
def http(srv):
    with httpx.Client(base_url=srv.url, timeout=10) as c:
        yield c


def ndjson(resp: httpx.Response) -> list[dict]:
    return [json.loads(line) for line in resp.text.splitlines() if line.strip()]


def upload(http, path) -> str:
    data = path.read_bytes()
    d = sha(data)
    assert http.post(f"/api/blobs/{d}", content=data).status_code == 201
    return d


def test_root_version_tags_and_name_normalisation(http, srv):
    assert http.get("/").text == "Ollama is running"
    assert http.get("/api/version").json() == {"version": "0.33.0"}
    (entry,) = http.get("/api/tags").json()["models"]
    assert entry["name"] == entry["model"] == "base:latest"
    assert entry["details"]["family"] == "llama" and entry["details"]["format"] == "gguf"
    assert len(entry["digest"]) == 64 and entry["size"] == (srv.blob_path(srv.models["base:latest"].model_digest)
                                                            .stat().st_size)
    # names resolve like Ollama's: no tag means :latest, case does not matter
    assert http.post("/api/show", json={"model": "BASE"}).status_code == 200
    assert http.post("/api/show", json={"model": "base:latest"}).json()["details"]["family"] == "llama"


def test_show_errors(http):
    r = http.post("/api/show", json={})
    assert (r.status_code, r.json()) == (400, {"error": "model is required"})
    r = http.post("/api/show", json={"model": "nope"})
    assert (r.status_code, r.json()) == (404, {"error": "model 'nope' not found"})
    r = http.post("/api/show", content=b"")
    assert (r.status_code, r.json()) == (400, {"error": "missing request body"})


def test_blob_head_and_push_status_codes(http, srv):
    data = b"hello blob"
    d = sha(data)
    assert http.head(f"/api/blobs/{d}").status_code == 404
    assert http.head("/api/blobs/sha256:xyz").status_code == 400
    r = http.post("/api/blobs/md5:1234", content=data)
    assert (r.status_code, r.json()) == (400, {"error": "invalid digest format"})
    wrong = sha(b"something else")
    r = http.post(f"/api/blobs/{wrong}", content=data)
    assert r.status_code == 400
    assert r.json()["error"] == f'digest mismatch, expected "{wrong}", got "{d}"'
    assert http.head(f"/api/blobs/{wrong}").status_code == 404  # a mismatched upload leaves nothing behind
    assert http.post(f"/api/blobs/{d}", content=data).status_code == 201
    assert http.post(f"/api/blobs/{d}", content=data).status_code == 200  # exists
    assert http.head(f"/api/blobs/{d}").status_code == 200
    assert srv.blob_path(d).read_bytes() == data


def test_chunked_upload_is_accepted(http, srv):
    parts = [b"a" * 1000, b"b" * 3000, b"c"]
    d = sha(b"".join(parts))
    r = http.post(f"/api/blobs/{d}", content=iter(parts))  # no length: chunked transfer encoding
    assert r.status_code == 201 and srv.blob_path(d).read_bytes() == b"".join(parts)


def test_create_validation_before_the_stream(http, tmp_path):
    r = http.post("/api/create", json={"model": "x"})
    assert (r.status_code, r.json()) == (400, {"error": "neither 'from' or 'files' was specified"})
    r = http.post("/api/create", json={"model": "x", "files": {"../m.gguf": sha(b"1")}})
    assert (r.status_code, r.json()) == (400, {"error": "file path must be relative"})
    r = http.post("/api/create", json={"model": "x", "files": {"m.gguf": "sha256:bad"}})
    assert (r.status_code, r.json()) == (400, {"error": "invalid digest format"})
    r = http.post("/api/create", json={"model": "bad name!", "from": "base"})
    assert (r.status_code, r.json()) == (400, {"error": "invalid model name"})
    # adapters without a base: nothing to put them on
    d = upload(http, adapter_gguf(tmp_path / "a.gguf"))
    r = http.post("/api/create", json={"model": "x", "adapters": {"a.gguf": d}})
    assert (r.status_code, r.json()) == (400, {"error": "neither 'from' or 'files' was specified"})
    r = http.post("/api/create", json={"model": "x", "from": "base", "adapters": {"a.gguf": d, "b.gguf": d}})
    assert (r.status_code, r.json()) == (400, {"error": "only one adapter is currently supported"})


def test_create_errors_inside_a_200_stream(http, tmp_path):
    r = http.post("/api/create", json={"model": "x", "from": "unknown-model"})
    assert r.status_code == 200
    assert ndjson(r) == [{"status": "pulling manifest"}, {"error": "pull model manifest: file does not exist"}]
    missing = sha(b"never uploaded")
    r = http.post("/api/create", json={"model": "x", "files": {"m.gguf": missing}})
    assert r.status_code == 200
    lines = ndjson(r)
    assert lines[0] == {"status": "parsing GGUF"} and "no such file or directory" in lines[-1]["error"]
    junk = upload_bytes(http, b"not a gguf at all")
    r = http.post("/api/create", json={"model": "x", "files": {"m.gguf": junk}})
    assert ndjson(r)[-1] == {"error": "supplied file was not in GGUF format"}
    assert http.post("/api/show", json={"model": "x"}).status_code == 404  # nothing half-created


def upload_bytes(http, data: bytes) -> str:
    d = sha(data)
    http.post(f"/api/blobs/{d}", content=data)
    return d


def test_create_success_only_at_the_end_and_non_streamed(http, tmp_path):
    d = upload(http, adapter_gguf(tmp_path / "a.gguf"))
    r = http.post("/api/create", json={"model": "timmy:r1", "from": "base", "adapters": {"adapter.gguf": d}})
    lines = ndjson(r)
    assert r.headers["content-type"] == "application/x-ndjson"
    assert lines[-1] == {"status": "success"} and lines[-2] == {"status": "writing manifest"}
    assert {"status": f"using existing layer {d}"} in lines
    shown = http.post("/api/show", json={"model": "timmy:r1"}).json()
    assert "ADAPTER " in shown["modelfile"] and shown["details"]["parent_model"] == "base:latest"
    r = http.post("/api/create", json={"model": "timmy:r2", "from": "base", "stream": False})
    assert (r.status_code, r.json()) == (200, {"status": "success"})
    r = http.post("/api/create", json={"model": "x", "from": "unknown", "stream": False})
    assert (r.status_code, r.json()) == (500, {"error": "pull model manifest: file does not exist"})


@pytest.mark.parametrize("version, refusal, refused", [
    ("0.33.0", "http", False), ("0.34.0", "http", False),
    ("0.34.1", "http", True), ("0.35.2", "http", True), ("0.34.1", "stream", True),
])
def test_version_switch_refuses_new_adapter_models(tmp_path, version, refusal, refused):
    with StandIn(version=version, adapter_refusal=refusal) as s, httpx.Client(base_url=s.url) as http:
        s.add_model("base", base_gguf(tmp_path / "base.gguf"))
        old = s.add_blob(adapter_gguf(tmp_path / "a.gguf"))
        s.models["old:latest"] = type(s.models["base:latest"])("old:latest", s.models["base:latest"].model_digest,
                                                              [old])
        r = http.post("/api/create", json={"model": "t", "from": "base", "adapters": {"a.gguf": old}})
        if not refused:
            assert ndjson(r)[-1] == {"status": "success"}
        elif refusal == "http":
            assert (r.status_code, r.json()) == (400, {"error": "LoRA adapters are no longer supported"})
        else:
            assert r.status_code == 200 and ndjson(r)[-1] == {"error": "LoRA adapters are no longer supported"}
        # nor can an adapter come in as a model file
        r = http.post("/api/create", json={"model": "t", "files": {"a.gguf": old}})
        if refused:
            assert ndjson(r)[-1] == {"error": "LoRA adapters are no longer supported: a.gguf is a LoRA adapter"}
        # a fused model (files) is still accepted, and an adapter model made earlier still serves
        f = s.add_blob(base_gguf(tmp_path / "fused.gguf", seed=3))
        r = http.post("/api/create", json={"model": "fused", "files": {"model.gguf": f}})
        assert ndjson(r)[-1] == {"status": "success"}
        assert http.post("/api/generate", json={"model": "old", "prompt": "hi", "stream": False}).status_code == 200


def test_copy_and_delete(http):
    r = http.post("/api/copy", json={"source": "nope", "destination": "x"})
    assert (r.status_code, r.json()) == (404, {"error": 'model "nope" not found'})
    assert http.post("/api/copy", json={"source": "base", "destination": "timmy:latest"}).status_code == 200
    tags = {m["name"]: m["digest"] for m in http.get("/api/tags").json()["models"]}
    assert tags["timmy:latest"] == tags["base:latest"]
    r = http.request("DELETE", "/api/delete", json={"model": "timmy"})
    assert r.status_code == 200
    r = http.request("DELETE", "/api/delete", json={"model": "timmy"})
    assert (r.status_code, r.json()) == (404, {"error": "model 'timmy' not found"})


def test_generate_and_chat_deterministic(http):
    r = http.post("/api/generate", json={"model": "base", "prompt": "one two three", "stream": False})
    body = r.json()
    assert body["response"] == "Hello from base:latest. one two three" and body["done"] is True
    assert body["done_reason"] == "stop" and body["eval_count"] == 6
    r = http.post("/api/generate", json={"model": "base", "prompt": "one two", "options": {"num_predict": 2}})
    lines = ndjson(r)
    assert [x["response"] for x in lines[:-1]] == ["Hello", " from"]
    assert lines[-1]["done"] is True and lines[-1]["done_reason"] == "length"
    r = http.post("/api/chat", json={"model": "base", "stream": False,
                                     "messages": [{"role": "user", "content": "hey"}]})
    assert r.json()["message"] == {"role": "assistant", "content": "Hello from base:latest. hey"}
    r = http.post("/api/generate", json={"model": "nope", "prompt": "x"})
    assert (r.status_code, r.json()) == (404, {"error": "model 'nope' not found"})
    r = http.post("/api/generate", json={"model": "base"})  # no prompt: load only
    assert r.json()["done_reason"] == "load"


def test_injected_faults(http, srv):
    srv.fail("GET", "/api/version", status=503, times=1, message="busy")
    r = http.get("/api/version")
    assert (r.status_code, r.json()) == (503, {"error": "busy"})
    assert http.get("/api/version").status_code == 200
    srv.break_stream("POST", "/api/generate", after=2)
    lines = ndjson(http.post("/api/generate", json={"model": "base", "prompt": "a b c"}))
    assert len(lines) == 3 and lines[-1] == {"error": "an error was encountered while running the model"}
    srv.drop("GET", "/api/tags")
    with pytest.raises(httpx.TransportError):
        http.get("/api/tags")


def test_serve_yields_a_url(tmp_path):
    with serve(version="0.34.1") as url:
        assert httpx.get(url + "/api/version").json() == {"version": "0.34.1"}


# --- llama.cpp's adapter checks, on load (generate) -------------------------------------------------

BAD_ADAPTERS = {
    "wrong general.type": (dict(gtype="model"), "expect general.type to be 'adapter', but got: model"),
    "wrong arch": (dict(arch="qwen2"), "model arch and LoRA arch mismatch"),
    "wrong adapter.type": (dict(atype="ia3"), "expect adapter.type to be 'lora', but got: ia3"),
    "no alpha": (dict(alpha=None), "adapter.lora.alpha is missing"),
    "float64 alpha": (dict(alpha=("float64", 4.0)), "adapter.lora.alpha must be FLOAT32, got FLOAT64"),
    "unknown tensor": (dict(targets=("blk.0.attn_v.weight",)),
                       "LoRA tensor 'blk.0.attn_v.weight' does not exist in base model"),
    "lora_b missing": (dict(targets=("blk.0.attn_q.weight",), shapes={"blk.0.attn_q.weight": ((2, 16), None)}),
                       "LoRA tensor pair for 'blk.0.attn_q.weight' is missing one component"),
    # A given as [in, r] (mlx-lm orientation) instead of [r, in]: in != base in -> wrong shape
    "A not transposed": (dict(targets=("blk.0.ffn_down.weight",),
                              shapes={"blk.0.ffn_down.weight": ((24, 2), (16, 2))}),
                         "tensor 'blk.0.ffn_down.weight' has incorrect shape"),
    # B for k ([8,16]) written as [16, r]: out rows disagree with the base
    "B rows wrong": (dict(targets=("blk.0.attn_k.weight",), shapes={"blk.0.attn_k.weight": ((2, 16), (16, 2))}),
                     "tensor 'blk.0.attn_k.weight' has incorrect shape"),
    "ranks differ": (dict(targets=("blk.0.attn_q.weight",), shapes={"blk.0.attn_q.weight": ((2, 16), (16, 3))}),
                     "lora_a tensor is not transposed"),
    "odd suffix": (dict(extra={"blk.0.attn_q.weight.delta": np.zeros((2, 2), np.float32)}),
                   "LoRA tensor 'blk.0.attn_q.weight.delta' has unexpected suffix"),
}


@pytest.mark.parametrize("case", sorted(BAD_ADAPTERS))
def test_bad_adapter_fails_to_load_like_llama_cpp(http, srv, tmp_path, case):
    kw, message = BAD_ADAPTERS[case]
    d = upload(http, adapter_gguf(tmp_path / "bad.gguf", **kw))
    r = http.post("/api/create", json={"model": "bad", "from": "base", "adapters": {"a.gguf": d}})
    assert ndjson(r)[-1] == {"status": "success"}  # Ollama accepts it; llama.cpp refuses it at load
    r = http.post("/api/generate", json={"model": "bad", "prompt": "hi", "stream": False})
    assert r.status_code == 500 and message in r.json()["error"]
    assert r.json()["error"].startswith("llama runner process has terminated")


def test_good_adapter_loads_and_norm_vectors_are_ignored(http, tmp_path):
    extra = {"blk.0.attn_norm_norm.weight": np.zeros((16,), np.float32)}
    d = upload(http, adapter_gguf(tmp_path / "good.gguf", extra=extra))
    ndjson(http.post("/api/create", json={"model": "good", "from": "base", "adapters": {"a.gguf": d}}))
    r = http.post("/api/generate", json={"model": "good", "prompt": "hi", "stream": False})
    assert r.status_code == 200 and r.json()["response"].startswith("Hello from good:latest.")


def test_check_at_create_option_and_token_embd_orientation(tmp_path):
    base = read_gguf(base_gguf(tmp_path / "b.gguf"))
    # token_embd is numpy [vocab 32, hidden 16] = ne (16, 32); llama.cpp flips A and B for it and wants
    # ne: base[0] == b[1] (hidden) and base[1] == a[1] (vocab), i.e. numpy a (32, r) and b (16, r)
    ok = adapter_gguf(tmp_path / "e.gguf", targets=("token_embd.weight",),
                      shapes={"token_embd.weight": ((32, 2), (16, 2))})
    assert check_adapter(base, read_gguf(ok)) == 1
    bad = adapter_gguf(tmp_path / "e2.gguf", targets=("token_embd.weight",),
                       shapes={"token_embd.weight": ((2, 16), (32, 2))})
    with pytest.raises(AdapterLoadError, match="incorrect shape"):
        check_adapter(base, read_gguf(bad))
    with StandIn(check_adapters_at_create=True) as s, httpx.Client(base_url=s.url) as http:
        s.add_model("base", tmp_path / "b.gguf")
        d = s.add_blob(adapter_gguf(tmp_path / "w.gguf", arch="gemma3"))
        r = http.post("/api/create", json={"model": "t", "from": "base", "adapters": {"a.gguf": d}})
        assert r.status_code == 200 and "model arch and LoRA arch mismatch" in ndjson(r)[-1]["error"]


def test_models_survive_a_restart_on_the_same_root(tmp_path):
    root = tmp_path / "root"
    with StandIn(root=root) as s:
        s.add_model("base", base_gguf(tmp_path / "b.gguf"))
        assert httpx.post(s.url + "/api/copy", json={"source": "base", "destination": "t"}).status_code == 200
        digest = s.models["t:latest"].digest()
    assert root.is_dir()  # a given root is the caller's: kept
    with StandIn(root=root) as s:
        assert set(s.models) == {"base:latest", "t:latest"} and s.models["t:latest"].digest() == digest
        tags = httpx.get(s.url + "/api/tags").json()["models"]
        assert {m["name"] for m in tags} == {"base:latest", "t:latest"}


def test_unknown_routes_and_methods(http):
    r = http.get("/api/nope")
    assert (r.status_code, r.text) == (404, "404 page not found")
    assert http.get("/api/create").status_code == 405


def test_reply_fn_answers_instead_of_the_greeting(tmp_path):
    with StandIn(reply_fn=lambda model, prompt: f"B wins over {prompt}") as s:
        s.add_model("judge", base_gguf(tmp_path / "b.gguf"))
        r = httpx.post(s.url + "/api/chat", json={"model": "judge", "stream": False, "options": {"num_predict": 2},
                                                   "messages": [{"role": "user", "content": "A"}]})
        assert r.json()["message"]["content"] == "B wins" and r.json()["done_reason"] == "length"
