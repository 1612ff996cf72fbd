"""Promotion policy against the stand-in: strategy by version, fallback to fused, tags, rollback."""

from __future__ import annotations

import dataclasses
import json
import socket

import pytest
from _ollama_helpers import FakeExporter, base_gguf, fake_adapter_dir

from timmyd.config import Config, OllamaConfig, PromoteConfig
from timmyd.ledger.store import Ledger
from timmyd.ollama import promote as P
from timmyd.ollama.client import OllamaClient, normalize_name
from timmyd.ollama.standin.server import StandIn


def make_cfg(url: str, **promote_kw) -> Config:
    pk = {"base_name": "base", **promote_kw}
    return Config(ollama=OllamaConfig(host=url, timeout_s=10, retries=1, backoff_s=0.01),
                  promote=PromoteConfig(**pk))


@pytest.fixture
def ledger(tmp_path):
    with Ledger.open(tmp_path / "state") as led:
        yield led


def server(tmp_path, version="0.33.0", **kw) -> StandIn:
    s = StandIn(version=version, **kw).start()
    s.add_model("base", base_gguf(tmp_path / "base.gguf"))
    return s


def digests(s: StandIn) -> dict[str, str]:
    return {m.name: m.digest() for m in s.models.values()}


def creates(s: StandIn) -> list[dict]:
    return [body for m, p, body in s.requests if p == "/api/create"]


@pytest.fixture(autouse=True)
def _no_env_host(monkeypatch):
    monkeypatch.delenv("OLLAMA_HOST", raising=False)


# --- pure policy -------------------------------------------------------------------------------------

@pytest.mark.parametrize("configured, version, base, want", [
    ("auto", "0.33.0", "base", ["adapter", "fused"]),
    ("auto", "0.34.0", "base", ["adapter", "fused"]),
    ("auto", "0.34.1", "base", ["fused"]),
    ("auto", "0.40.2-rc1", "base", ["fused"]),
    ("auto", "0.0.0", "base", ["adapter", "fused"]),  # dev build: try, fall back
    ("auto", "0.33.0", "", ["fused"]),  # no base to put an adapter on
    ("adapter", "0.35.0", "base", ["adapter"]),
    ("fused", "0.20.0", "base", ["fused"]),
])
def test_strategies_for(configured, version, base, want):
    assert P.strategies_for(configured, version, base) == want


def test_tags_and_parameters():
    assert P.run_tag("timmy:latest", 12) == "timmy:run-12"
    assert P.run_tag("me/timmy", "2026-05-01 dpo") == "me/timmy:2026-05-01-dpo"
    with pytest.raises(P.PromoteError):
        P.run_tag("bad name", 1)
    text = 'num_ctx                        4096\nstop                           "<eot>"\nstop "User:"\ntemperature 0.2\ntypical_p 0.7'
    assert P.parse_parameters(text) == {"num_ctx": 4096, "stop": ["<eot>", "User:"], "temperature": 0.2}


# --- promote -----------------------------------------------------------------------------------------

def test_adapter_strategy_on_old_server(tmp_path, ledger):
    s = server(tmp_path)
    try:
        run = ledger.start_run("cycle", "dpo")
        exp = FakeExporter()
        r = P.promote(make_cfg(s.url), ledger, fake_adapter_dir(tmp_path / "a1"), tmp_path, run,
                      exporter=exp, out_dir=tmp_path / "exp")
        assert (r.status, r.strategy, r.tag, r.served_name) == ("promoted", "adapter", "timmy:run-1", "timmy:latest")
        assert r.reply.startswith("Hello from timmy:latest.") and r.previous == ""
        assert [c[0] for c in exp.calls] == ["adapter"]
        d = digests(s)
        assert d["timmy:latest"] == d["timmy:run-1"]
        assert s.models["timmy:latest"].adapters and s.models["timmy:latest"].parent == "base:latest"
        (create,) = creates(s)
        assert create["from"] == "base" and list(create["adapters"]) == ["adapter.gguf"]
        cur = ledger.current_promotion("timmy:latest")
        assert (cur["tag"], cur["run_id"], cur["strategy"]) == ("timmy:run-1", run, "adapter")
        assert [st["step"] for st in cur["detail"]["steps"]] == [
            "version", "tag", "export", "upload", "create", "smoke", "point", "smoke"]
    finally:
        s.stop()


def test_fused_strategy_from_version_0_34_1(tmp_path, ledger):
    s = server(tmp_path, version="0.34.1")
    try:
        s.models["base:latest"].template = "{{ .Prompt }}"
        s.models["base:latest"].parameters = {"stop": ["<eot>"], "num_ctx": 2048}
        exp = FakeExporter()
        r = P.promote(make_cfg(s.url, fused_outtype="f16"), ledger, fake_adapter_dir(tmp_path / "a1"), tmp_path,
                      exporter=exp, out_dir=tmp_path / "exp")
        assert (r.status, r.strategy, r.tag) == ("promoted", "fused", "timmy:a1")
        assert exp.calls == [("fused:f16", str(tmp_path / "a1"))]  # no adapter attempt at all
        (create,) = creates(s)
        assert "adapters" not in create and list(create["files"]) == ["model.gguf"]
        # the fused model keeps the base's template and stop words
        assert create["template"] == "{{ .Prompt }}" and create["parameters"]["stop"] == ["<eot>"]
        assert s.models["timmy:latest"].adapters == []
    finally:
        s.stop()


@pytest.mark.parametrize("refusal", ["http", "stream"])
def test_falls_back_to_fused_when_server_refuses_adapters(tmp_path, ledger, refusal):
    s = server(tmp_path, version="0.33.0", refuse_adapters=True, adapter_refusal=refusal)
    try:
        r = P.promote(make_cfg(s.url), ledger, fake_adapter_dir(tmp_path / "a1"), tmp_path,
                      exporter=FakeExporter(), out_dir=tmp_path / "exp")
        assert (r.status, r.strategy) == ("promoted", "fused")
        assert "LoRA adapters are no longer supported" in r.detail
        tried = creates(s)
        assert "adapters" in tried[0] and "files" in tried[1] and len(tried) == 2
        assert "timmy:a1" in s.models and s.models["timmy:latest"].adapters == []
    finally:
        s.stop()


def test_adapter_that_llama_cpp_refuses_falls_back_or_fails(tmp_path, ledger):
    s = server(tmp_path)
    try:
        bad = FakeExporter(arch="qwen2")  # adapter for the wrong architecture: fails to load
        bad.export_fused_gguf = FakeExporter().export_fused_gguf  # the fused model is fine
        r = P.promote(make_cfg(s.url), ledger, fake_adapter_dir(tmp_path / "a1"), tmp_path, exporter=bad,
                      out_dir=tmp_path / "e1")
        assert (r.status, r.strategy) == ("promoted", "fused")
        assert "model arch and LoRA arch mismatch" in r.detail
        served = digests(s)["timmy:latest"]
        # explicit adapter strategy: no fallback; the failed tag is removed and the served model untouched
        r2 = P.promote(make_cfg(s.url, strategy="adapter"), ledger, fake_adapter_dir(tmp_path / "a2"), tmp_path,
                       exporter=FakeExporter(arch="qwen2"), out_dir=tmp_path / "e2")
        assert r2.status == "failed" and "mismatch" in r2.detail
        assert "timmy:a2" not in s.models and digests(s)["timmy:latest"] == served
        assert ledger.current_promotion("timmy:latest")["tag"] == "timmy:a1"
        assert ledger.promotions()[0]["status"] == "failed"
    finally:
        s.stop()


def test_missing_base_model(tmp_path, ledger):
    s = server(tmp_path)
    try:
        r = P.promote(make_cfg(s.url, base_name="other"), ledger, fake_adapter_dir(tmp_path / "a1"), tmp_path,
                      exporter=FakeExporter(), out_dir=tmp_path / "e")
        assert (r.status, r.strategy) == ("promoted", "fused")
        assert r.steps[1]["step"] == "skip-adapter"
        with pytest.raises(P.PromoteError, match="'other' is not on the Ollama server"):
            P.promote(make_cfg(s.url, base_name="other", strategy="adapter"), ledger,
                      fake_adapter_dir(tmp_path / "a2"), tmp_path, exporter=FakeExporter(), out_dir=tmp_path / "e")
        assert ledger.promotions()[0]["status"] == "failed"
    finally:
        s.stop()


def test_unreachable_is_retryable_never_promoted(tmp_path, ledger):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    r = P.promote(make_cfg(url), ledger, fake_adapter_dir(tmp_path / "a1"), tmp_path, exporter=FakeExporter(),
                  out_dir=tmp_path / "e")
    assert r.status == "unreachable" and not r.ok
    assert r.detail.startswith(f"ollama unreachable at {url}; will retry")
    assert ledger.current_promotion("timmy:latest") is None
    assert ledger.promotions()[0]["status"] == "unreachable"


def test_rollback_restores_previous_and_records(tmp_path, ledger):
    s = server(tmp_path)
    try:
        cfg = make_cfg(s.url)
        assert P.rollback(cfg, ledger).status == "nothing"
        r1 = P.promote(cfg, ledger, fake_adapter_dir(tmp_path / "a1"), tmp_path, ledger.start_run("cycle"),
                       exporter=FakeExporter(seed=1), out_dir=tmp_path / "e1")
        assert P.rollback(cfg, ledger).status == "nothing"  # only one promotion so far
        r2 = P.promote(cfg, ledger, fake_adapter_dir(tmp_path / "a2"), tmp_path, ledger.start_run("cycle"),
                       exporter=FakeExporter(seed=2), out_dir=tmp_path / "e2")
        assert r2.previous == r1.tag == "timmy:run-1" and r2.tag == "timmy:run-2"
        d = digests(s)
        assert d["timmy:latest"] == d["timmy:run-2"] != d["timmy:run-1"]
        rb = P.rollback(cfg, ledger)
        assert (rb.status, rb.tag, rb.previous) == ("rolled_back", "timmy:run-1", "timmy:run-2")
        assert digests(s)["timmy:latest"] == d["timmy:run-1"]
        assert ledger.current_promotion("timmy:latest")["tag"] == "timmy:run-1"
        statuses = [(p["tag"], p["status"]) for p in ledger.promotions()]
        assert statuses == [("timmy:run-1", "rollback"), ("timmy:run-2", "rolled_back"),
                            ("timmy:run-1", "promoted")]
        # the next promotion records run-1 as what it replaced
        r3 = P.promote(cfg, ledger, fake_adapter_dir(tmp_path / "a3"), tmp_path, ledger.start_run("cycle"),
                       exporter=FakeExporter(seed=3), out_dir=tmp_path / "e3")
        assert r3.previous == "timmy:run-1"
    finally:
        s.stop()


def test_hand_made_served_model_is_kept_for_rollback(tmp_path, ledger):
    s = server(tmp_path)
    try:
        s.models["timmy:latest"] = dataclasses.replace(s.models["base:latest"], name="timmy:latest",
                                                       system="made by hand")
        original = digests(s)["timmy:latest"]
        cfg = make_cfg(s.url)
        r = P.promote(cfg, ledger, fake_adapter_dir(tmp_path / "a1"), tmp_path, exporter=FakeExporter(),
                      out_dir=tmp_path / "e")
        assert r.status == "promoted" and r.previous.startswith("timmy:pre-timmyd-")
        assert digests(s)[r.previous] == original != digests(s)["timmy:latest"]
        rb = P.rollback(cfg, ledger)
        assert rb.status == "rolled_back" and digests(s)["timmy:latest"] == original
    finally:
        s.stop()


class EmptyOnServed(OllamaClient):
    """A client whose generations through the served name come back empty (a broken served model)."""

    def generate(self, model, prompt, **kw):
        out = super().generate(model, prompt, **kw)
        return {**out, "response": ""} if model == "timmy:latest" else out


def test_smoke_failure_through_served_name_restores_previous(tmp_path, ledger):
    s = server(tmp_path)
    try:
        cfg = make_cfg(s.url)
        P.promote(cfg, ledger, fake_adapter_dir(tmp_path / "a1"), tmp_path, exporter=FakeExporter(seed=1),
                  out_dir=tmp_path / "e1")
        before = digests(s)["timmy:latest"]
        with EmptyOnServed(s.url, retries=0) as c:
            r = P.promote(cfg, ledger, fake_adapter_dir(tmp_path / "a2"), tmp_path, client=c,
                          exporter=FakeExporter(seed=2), out_dir=tmp_path / "e2")
        assert r.status == "failed" and "empty reply" in r.detail and "restored timmy:a1" in r.detail
        assert digests(s)["timmy:latest"] == before
        assert ledger.current_promotion("timmy:latest")["tag"] == "timmy:a1"
    finally:
        s.stop()


def test_not_an_adapter_dir(tmp_path, ledger):
    with pytest.raises(P.PromoteError, match="not an adapter directory"):
        P.promote(make_cfg("http://127.0.0.1:9"), ledger, tmp_path, tmp_path, exporter=FakeExporter())


# --- end to end with the real exporter and the CLI -----------------------------------------------------

@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """The tiny MLX model, a random LoRA adapter on it, and the base exported to GGUF (as Ollama has it)."""
    from _gguf_helpers import make_random_adapter

    from timmyd.gguf.export import export_fused_gguf
    from timmyd.service.tiny import build_model

    root = tmp_path_factory.mktemp("promote-e2e")
    model = build_model(root / "model", size="tiny", seed=0)
    adapter = make_random_adapter(model, root / "adapter", rank=4, scale=2.0)
    base = export_fused_gguf(model, None, root / "base.gguf", "f16")
    return model, adapter, base


@pytest.mark.parametrize("version, strategy", [("0.33.0", "adapter"), ("0.34.1", "fused")])
def test_cli_promote_and_rollback_with_real_exports(trained, tmp_path, monkeypatch, capsys, version, strategy):
    from timmyd.cli import main

    model, adapter, base = trained
    with StandIn(version=version) as s:
        s.add_model("tiny-base", base)
        conf = tmp_path / "timmyd.toml"
        conf.write_text(f'model = "{model}"\n[ollama]\nretries = 0\n[promote]\nbase_name = "tiny-base"\n'
                        'fused_outtype = "q8_0"\n')
        monkeypatch.setenv("OLLAMA_HOST", s.url)
        assert main(["promote", str(adapter), "--config", str(conf), "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert (out["status"], out["strategy"], out["tag"]) == ("promoted", strategy, "timmy:adapter")
        # the stand-in ran llama.cpp's load checks on the real export during the smoke tests
        served = s.models["timmy:latest"]
        assert len(served.adapters) == (1 if strategy == "adapter" else 0)
        with Ledger.open(tmp_path / "state") as led:
            assert led.current_promotion("timmy:latest")["strategy"] == strategy
        assert main(["rollback", "--config", str(conf), "--json"]) == 1  # nothing earlier to go back to
        assert json.loads(capsys.readouterr().out)["status"] == "nothing"


def test_cli_unreachable_exit_code(trained, tmp_path, monkeypatch, capsys):
    from timmyd.cli import main

    model, adapter, _ = trained
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("OLLAMA_HOST", f"127.0.0.1:{port}")
    conf = tmp_path / "timmyd.toml"
    conf.write_text(f'model = "{model}"\n[ollama]\nretries = 0\n')
    assert main(["promote", str(adapter), "--config", str(conf)]) == 3
    assert f"ollama unreachable at http://127.0.0.1:{port}; will retry" in capsys.readouterr().out
    assert main(["promote", "42", "--config", str(conf)]) == 2  # no such run: a user error
    assert "no run 42 in the ledger" in capsys.readouterr().err


def test_old_run_tags_are_pruned_but_backups_and_rollback_targets_kept(tmp_path, ledger):
    s = server(tmp_path)
    try:
        s.models["timmy:latest"] = dataclasses.replace(s.models["base:latest"], name="timmy:latest", system="mine")
        cfg = make_cfg(s.url, served_name="timmy", keep_tags=2)  # no tag in the name: means timmy:latest
        for i in range(1, 5):
            r = P.promote(cfg, ledger, fake_adapter_dir(tmp_path / f"a{i}"), tmp_path, ledger.start_run("cycle"),
                          exporter=FakeExporter(seed=i), out_dir=tmp_path / f"e{i}")
            assert r.status == "promoted"
        names = set(s.models)
        backups = {n for n in names if n.startswith("timmy:pre-timmyd-")}
        assert len(backups) == 1  # the owner's model, never pruned
        assert names == {"base:latest", "timmy:latest", "timmy:run-3", "timmy:run-4"} | backups
        # Ollama 0.33.0 takes a LoRA adapter on the base: "auto" promotes that, never a fused export
        assert r.strategy == "adapter" and not list((tmp_path / "e4").glob("model-*.gguf"))
        rb = P.rollback(cfg, ledger)
        assert (rb.status, rb.tag) == ("rolled_back", "timmy:run-3")
        assert s.models["timmy:latest"].digest() == s.models["timmy:run-3"].digest()
        assert [p["status"] for p in ledger.promotions() if p["tag"] in ("timmy:run-1", "timmy:run-2")] == [
            "pruned", "pruned"]
        rb = P.rollback(cfg, ledger)  # run-1 and run-2 are gone: back to the owner's own model
        assert (rb.status, rb.tag) == ("rolled_back", backups.pop())
        assert s.models["timmy:latest"].system == "mine"
        del s.models[normalize_name(rb.tag)]  # the owner deletes the backup by hand...
        ledger.update_promotion(ledger.current_promotion("timmy")["id"], "rolled_back")
        ledger.record_promotion(None, "timmy:gone", "timmy", "fused", "promoted", None)
        ledger.record_promotion(None, "timmy:run-3", "timmy", "fused", "promoted", None)
        rb = P.rollback(cfg, ledger)  # ...a target missing on the server is refused clearly
        assert rb.status == "failed" and "timmy:gone is no longer on the Ollama server" in rb.detail
    finally:
        s.stop()


def test_fused_export_is_removed_after_upload(tmp_path, ledger):
    s = server(tmp_path, version="0.34.1")
    try:
        r = P.promote(make_cfg(s.url), ledger, fake_adapter_dir(tmp_path / "a1"), tmp_path,
                      exporter=FakeExporter(), out_dir=tmp_path / "e")
        assert r.status == "promoted" and r.strategy == "fused"
        assert not (tmp_path / "e" / "model-q8_0.gguf").exists()  # Ollama holds the blob
        assert s.blob_path(s.models["timmy:latest"].model_digest).exists()
    finally:
        s.stop()


def test_cli_promote_by_run_id_with_strategy_override(trained, tmp_path, monkeypatch, capsys):
    from timmyd.cli import main

    model, adapter, base = trained
    with StandIn(version="0.33.0") as s:
        s.add_model("tiny-base", base)
        conf = tmp_path / "timmyd.toml"
        conf.write_text(f'model = "{model}"\n[ollama]\nretries = 0\n[promote]\nbase_name = "tiny-base"\n')
        monkeypatch.setenv("OLLAMA_HOST", s.url)
        with Ledger.open(tmp_path / "state") as led:
            run = led.start_run("cycle", "dpo")
            led.finish_run(run, "succeeded", adapter_dir=str(adapter))
        assert main(["promote", str(run), "--strategy", "fused", "--config", str(conf), "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert (out["status"], out["strategy"], out["tag"]) == ("promoted", "fused", f"timmy:run-{run}")
        with Ledger.open(tmp_path / "state") as led:
            assert led.current_promotion("timmy:latest")["run_id"] == run


@pytest.mark.parametrize("model_type, layers, why", [
    ("qwen2", 1, "general.architecture = 'llama' but the adapter was trained on 'qwen2'"),
    ("llama", 2, "llama.block_count = 1 but the adapter was trained on 2"),
])
def test_adapter_skipped_when_ollama_base_is_another_model(tmp_path, ledger, model_type, layers, why):
    model_dir = tmp_path / "mlx-base"
    model_dir.mkdir()
    (model_dir / "config.json").write_text(json.dumps({
        "model_type": model_type, "num_hidden_layers": layers, "hidden_size": 16, "intermediate_size": 24,
        "num_attention_heads": 4, "vocab_size": 32}))
    s = server(tmp_path)
    try:
        exp = FakeExporter()
        r = P.promote(make_cfg(s.url), ledger, fake_adapter_dir(tmp_path / "a1"), model_dir, exporter=exp,
                      out_dir=tmp_path / "e")
        assert (r.status, r.strategy) == ("promoted", "fused") and why in r.steps[1]["reason"]
        assert [c[0] for c in exp.calls] == ["fused:q8_0"]  # nothing exported or uploaded in vain
        with pytest.raises(P.PromoteError, match="trained on"):
            P.promote(make_cfg(s.url, strategy="adapter"), ledger, fake_adapter_dir(tmp_path / "a2"), model_dir,
                      exporter=exp, out_dir=tmp_path / "e2")
    finally:
        s.stop()


def test_promoting_the_same_adapter_twice_never_overwrites_a_rollback_target(tmp_path, ledger):
    s = server(tmp_path)
    try:
        s.add_model("timmy:mine", tmp_path / "base.gguf")  # a tag timmyd did not make
        cfg = make_cfg(s.url)
        a = fake_adapter_dir(tmp_path / "mine")
        r1 = P.promote(cfg, ledger, a, tmp_path, exporter=FakeExporter(seed=1), out_dir=tmp_path / "e1")
        r2 = P.promote(make_cfg(s.url, strategy="fused"), ledger, a, tmp_path, exporter=FakeExporter(seed=2),
                       out_dir=tmp_path / "e2")
        assert (r1.tag, r2.tag, r2.previous) == ("timmy:mine-2", "timmy:mine-3", "timmy:mine-2")
        d = digests(s)
        assert len({d["timmy:mine"], d["timmy:mine-2"], d["timmy:mine-3"]}) == 3
        rb = P.rollback(cfg, ledger)
        assert rb.tag == "timmy:mine-2" and digests(s)["timmy:latest"] == d["timmy:mine-2"]
    finally:
        s.stop()


class GoneAfterCopy(OllamaClient):
    """Ollama goes away right after the served name was pointed (before its smoke test)."""

    def generate(self, model, prompt, **kw):
        if model == "timmy:latest":
            from timmyd.ollama.client import OllamaUnreachable
            raise OllamaUnreachable("POST /api/generate", self.host, "ConnectError: refused")
        return super().generate(model, prompt, **kw)


def test_unreachable_after_pointing_says_so(tmp_path, ledger):
    s = server(tmp_path)
    try:
        with GoneAfterCopy(s.url, retries=0) as c:
            r = P.promote(make_cfg(s.url), ledger, fake_adapter_dir(tmp_path / "a1"), tmp_path, client=c,
                          exporter=FakeExporter(), out_dir=tmp_path / "e")
        assert r.status == "unreachable" and r.detail.endswith("timmy:latest may already serve timmy:a1")
        assert ledger.current_promotion("timmy:latest") is None  # never a false 'promoted'
    finally:
        s.stop()
