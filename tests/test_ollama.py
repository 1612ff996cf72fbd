"""The httpx client against the stand-in: every status and stream case, retries, unreachable."""

from __future__ import annotations

import hashlib
import socket
import time

import pytest
from _ollama_helpers import adapter_gguf, base_gguf

from timmyd.ollama.client import (
    OllamaClient,
    OllamaError,
    OllamaUnreachable,
    file_digest,
    normalize_name,
    parse_version,
    resolve_host,
)
from timmyd.ollama.standin.server import StandIn


@pytest.fixture
def srv(tmp_path):
    with StandIn(version="0.33.0") as s:
        s.add_model("base", base_gguf(tmp_path / "base.gguf"))
        yield s


@pytest.fixture
def client(srv):
    with OllamaClient(srv.url, timeout=10, retries=2, backoff=0.01) as c:
        yield c


def calls(srv, method, path):
    return sum(1 for m, p, _ in srv.requests if m == method and p.startswith(path))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_host_resolution(monkeypatch):
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    assert resolve_host("http://127.0.0.1:11434/") == "http://127.0.0.1:11434"
    assert resolve_host(None) == "http://127.0.0.1:11434"
    assert resolve_host("localhost") == "http://localhost:11434"
    assert resolve_host("0.0.0.0:8080") == "http://127.0.0.1:8080"
    assert resolve_host(":9999") == "http://127.0.0.1:9999"
    assert resolve_host("https://ollama.example") == "https://ollama.example:443"
    monkeypatch.setenv("OLLAMA_HOST", "10.0.0.5:1234")
    assert resolve_host("http://127.0.0.1:11434") == "http://10.0.0.5:1234"  # the env var wins


def test_names_and_versions():
    assert normalize_name("timmy") == "timmy:latest"
    assert normalize_name("me/timmy:run-3") == "me/timmy:run-3"
    assert normalize_name("bad name") is None and normalize_name("") is None
    assert parse_version("0.34.1-rc2") == (0, 34, 1) and parse_version("v0.5.10") == (0, 5, 10)
    assert parse_version("dev") is None


def test_version_tags_show_exists(client):
    assert client.version() == "0.33.0"
    assert [m["name"] for m in client.tags()] == ["base:latest"]
    assert client.show("base")["details"]["family"] == "llama"
    assert client.exists("base") and not client.exists("nope")
    with pytest.raises(OllamaError) as e:
        client.show("nope")
    assert (e.value.status, e.value.message, e.value.endpoint) == (404, "model 'nope' not found", "POST /api/show")


def test_push_blob_created_then_exists(client, srv, tmp_path):
    f = tmp_path / "blob.bin"
    f.write_bytes(b"x" * (3 << 20) + b"tail")  # several upload chunks
    want = "sha256:" + hashlib.sha256(f.read_bytes()).hexdigest()
    assert file_digest(f) == want
    assert client.push_blob(f) == want
    assert srv.blob_path(want).read_bytes() == f.read_bytes()
    posts = calls(srv, "POST", "/api/blobs/")
    assert client.push_blob(f) == want  # HEAD says 200: no second upload
    assert calls(srv, "POST", "/api/blobs/") == posts == 1
    assert client.blob_exists(want) and not client.blob_exists("sha256:" + "0" * 64)


def test_push_blob_digest_errors_are_400(client, tmp_path):
    f = tmp_path / "blob.bin"
    f.write_bytes(b"payload")
    wrong = "sha256:" + hashlib.sha256(b"other").hexdigest()
    with pytest.raises(OllamaError) as e:
        client.push_blob(f, digest=wrong)
    assert e.value.status == 400 and e.value.message.startswith(f'digest mismatch, expected "{wrong}"')
    with pytest.raises(OllamaError) as e:
        client.push_blob(f, digest="sha256:nothex")
    assert (e.value.status, e.value.message) == (400, "invalid digest format")


def test_create_success_and_progress(client, tmp_path):
    d = client.push_blob(adapter_gguf(tmp_path / "a.gguf"))
    seen = []
    out = client.create("timmy:r1", from_="base", adapters={"adapter.gguf": d}, on_progress=seen.append)
    assert out == seen and out[-1] == {"status": "success"}
    assert client.exists("timmy:r1")
    assert client.create("timmy:r2", from_="base", stream=False) == [{"status": "success"}]


def test_create_in_stream_error_is_a_failure(client, srv, tmp_path):
    with pytest.raises(OllamaError) as e:
        client.create("x", from_="unknown")
    assert e.value.status == 200 and e.value.message == "pull model manifest: file does not exist"
    assert calls(srv, "POST", "/api/create") == 1  # an in-stream error is an answer: no retry
    missing = "sha256:" + "1" * 64
    with pytest.raises(OllamaError, match="no such file or directory"):
        client.create("x", files={"model.gguf": missing})
    with pytest.raises(OllamaError) as e:  # 4xx before the stream: raised with the server's words
        client.create("x")
    assert (e.value.status, e.value.message) == (400, "neither 'from' or 'files' was specified")
    with pytest.raises(OllamaError) as e:  # non-streamed error keeps its HTTP status
        client.create("x", from_="unknown", stream=False)
    assert e.value.status == 500
    assert not client.exists("x")


def test_create_success_only_at_end(client, srv):
    srv.break_stream("POST", "/api/create", after=1, message=None)  # stream just stops, no error line
    with pytest.raises(OllamaError, match="stream ended without success"):
        client.create("x", from_="base")
    srv.break_stream("POST", "/api/create", after=2)
    with pytest.raises(OllamaError) as e:
        client.create("y", from_="base")
    assert e.value.status == 200 and "error was encountered" in e.value.message


def test_adapter_refusal_by_version(tmp_path):
    with StandIn(version="0.34.1") as s, OllamaClient(s.url, retries=0) as c:
        s.add_model("base", base_gguf(tmp_path / "b.gguf"))
        d = c.push_blob(adapter_gguf(tmp_path / "a.gguf"))
        with pytest.raises(OllamaError) as e:
            c.create("t", from_="base", adapters={"a.gguf": d})
        assert (e.value.status, e.value.message) == (400, "LoRA adapters are no longer supported")


def test_copy_delete(client):
    client.copy("base", "timmy:latest")
    assert {m["name"] for m in client.tags()} == {"base:latest", "timmy:latest"}
    client.delete("timmy")
    with pytest.raises(OllamaError) as e:
        client.delete("timmy")
    assert e.value.status == 404
    with pytest.raises(OllamaError) as e:
        client.copy("nope", "x")
    assert (e.value.status, e.value.message) == (404, 'model "nope" not found')


def test_generate_and_chat_streamed_and_not(client, srv):
    out = client.generate("base", "a b c")
    assert out["response"] == "Hello from base:latest. a b c" and out["done"]
    pieces = []
    out = client.generate("base", "a b c", stream=True, on_chunk=pieces.append, options={"num_predict": 4})
    assert pieces == ["Hello", " from", " base:latest.", " a"] and out["response"] == "Hello from base:latest. a"
    assert out["done_reason"] == "length"
    msgs = [{"role": "user", "content": "hi there"}]
    assert client.chat("base", msgs)["message"]["content"] == "Hello from base:latest. hi there"
    out = client.chat("base", msgs, stream=True)
    assert out["message"] == {"role": "assistant", "content": "Hello from base:latest. hi there"}
    srv.break_stream("POST", "/api/chat", after=2)
    with pytest.raises(OllamaError) as e:
        client.chat("base", msgs, stream=True)
    assert e.value.status == 200 and e.value.message == "an error was encountered while running the model"


def test_retry_on_5xx_then_success(client, srv):
    srv.fail("GET", "/api/version", status=500, times=2)
    assert client.version() == "0.33.0"
    assert calls(srv, "GET", "/api/version") == 3


def test_retries_exhausted_on_5xx(client, srv):
    srv.fail("GET", "/api/tags", status=503, times=5, message="overloaded")
    with pytest.raises(OllamaError) as e:
        client.tags()
    assert (e.value.status, e.value.message) == (503, "overloaded")
    assert calls(srv, "GET", "/api/tags") == 3  # 1 + retries=2


def test_no_retry_on_4xx(client, srv):
    srv.fail("POST", "/api/show", status=400, times=3, message="bad")
    with pytest.raises(OllamaError) as e:
        client.show("base")
    assert e.value.status == 400 and calls(srv, "POST", "/api/show") == 1


def test_retry_after_dropped_connection_and_streamed_upload_replayed(client, srv, tmp_path):
    srv.drop("GET", "/api/version")
    assert client.version() == "0.33.0"
    f = tmp_path / "b.bin"
    f.write_bytes(b"z" * 5000)
    srv.fail("POST", "/api/blobs/", status=500, times=1)
    d = client.push_blob(f)  # the body is re-read from disk for the retry
    assert srv.blob_path(d).read_bytes() == f.read_bytes()


def test_backoff_is_exponential(srv):
    srv.fail("GET", "/api/version", status=502, times=3)
    with OllamaClient(srv.url, retries=3, backoff=0.05) as c:
        t = time.monotonic()
        c.version()
        assert time.monotonic() - t >= 0.05 + 0.1 + 0.2 - 0.01


def test_unreachable(monkeypatch):
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    port = free_port()
    with OllamaClient(f"http://127.0.0.1:{port}", timeout=2, retries=1, backoff=0.01) as c:
        with pytest.raises(OllamaUnreachable) as e:
            c.version()
    assert e.value.status is None and f"ollama unreachable at http://127.0.0.1:{port}" in str(e.value)
    assert isinstance(e.value, OllamaError)


def test_ollama_host_env_overrides_config(srv, monkeypatch):
    from timmyd.config import Config

    monkeypatch.setenv("OLLAMA_HOST", srv.url)
    with OllamaClient.from_config(Config()) as c:
        assert c.host == srv.url and c.version() == "0.33.0"
