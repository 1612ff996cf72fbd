"""`model` as the owner knows it (issue 15): an Ollama model name (local store, or the server's /api/show),
a GGUF path or an MLX directory; the daemon imports a name or GGUF itself in a guarded worker into
<state>/models/<digest prefix>/, reuses it while the digest is unchanged and re-imports a new version;
[promote] base_name defaults to the model's name and a base of another digest is refused; `timmyd status`
names every missing piece on a fresh install."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import pytest

from timmyd import config as config_mod
from timmyd.service import basemodel
from timmyd.service.daemon import Daemon
from timmyd.service.status import gather, render

FAKE = Path(__file__).parent / "daemon_fakes.py"
DEAD_HOST = "http://127.0.0.1:9"  # nothing listens there: Ollama "not reachable" at once


@pytest.fixture(scope="module")
def ggufs(tiny_model, tmp_path_factory):
    """Two GGUFs of the tiny model: two 'versions' of one Ollama model (different bytes, same shapes)."""
    from timmyd.gguf.export import export_fused_gguf
    root = tmp_path_factory.mktemp("basemodel_gguf")
    return (export_fused_gguf(tiny_model, None, root / "v1.gguf", outtype="f16"),
            export_fused_gguf(tiny_model, None, root / "v2.gguf", outtype="f32"))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def store_model(root: Path, name: str, tag: str, gguf: Path) -> str:
    """Ollama's local store layout: blobs/sha256-<hex>, manifests/registry.ollama.ai/library/<name>/<tag>."""
    digest = sha(gguf)
    (root / "blobs").mkdir(parents=True, exist_ok=True)
    (root / "blobs" / f"sha256-{digest}").write_bytes(gguf.read_bytes())
    man = root / "manifests" / "registry.ollama.ai" / "library" / name / tag
    man.parent.mkdir(parents=True, exist_ok=True)
    man.write_text(json.dumps({"schemaVersion": 2, "layers": [
        {"mediaType": "application/vnd.ollama.image.model", "digest": f"sha256:{digest}", "size": 1}]}))
    return digest


def make_cfg(tmp_path: Path, model: str, host: str = DEAD_HOST, export: bool = True, base_name: str = "",
             **daemon) -> config_mod.Config:
    if export:
        (tmp_path / "export").mkdir(exist_ok=True)
    d = {"threshold": 3, "cooldown_minutes": 0.0, "debounce_seconds": 0.2, "rescan_minutes": 60.0, **daemon}
    lines = [f'state_dir = "{tmp_path / "state"}"', f'export_dir = "{tmp_path / "export"}"', f'model = "{model}"',
             "[daemon]", *[f"{k} = {json.dumps(v)}" for k, v in d.items()],
             "[memory]", "budget_gb = 4.0", "reserve_gb = 0.0", "poll_seconds = 0.05",
             "[ollama]", f'host = "{host}"', "retries = 0", "[promote]", f'base_name = "{base_name}"']
    p = tmp_path / "timmyd.toml"
    p.write_text("\n".join(lines) + "\n")
    os.environ.pop("TIMMYD_STATE", None)
    return config_mod.load(p)


class Launcher:
    """The real worker for the `import` job (counted), the fakes of tests/daemon_fakes.py for the rest."""

    def __init__(self):
        self.imports = 0

    def __call__(self, args):
        if args[0] == "import":
            self.imports += 1
            from timmyd.service.worker import worker_command
            return worker_command(args)
        return [sys.executable, str(FAKE), *args]


@pytest.fixture(autouse=True)
def _no_ollama_env(monkeypatch, tmp_path):
    monkeypatch.delenv("OLLAMA_HOST", raising=False)
    monkeypatch.setenv("OLLAMA_MODELS", str(tmp_path / "ollama"))


def test_config_accepts_the_three_forms_and_names_the_key(tmp_path, tiny_model):
    cfg = make_cfg(tmp_path, "gemma3:270m")
    assert config_mod.model_kind(cfg.model) == "ollama"
    assert cfg.promote.base_name == "gemma3:270m"  # serving base = training base unless said otherwise
    assert make_cfg(tmp_path, "gemma3:270m", base_name="other:1b").promote.base_name == "other:1b"
    assert config_mod.model_kind(str(tiny_model)) == "mlx"
    assert config_mod.model_kind(str(tmp_path / "m.gguf")) == "gguf"
    assert config_mod.model_kind("library/gemma3") == "ollama"
    with pytest.raises(config_mod.ConfigError, match="key 'model' = 'Gemma 3!' is neither an Ollama model name"):
        make_cfg(tmp_path, "Gemma 3!")
    assert make_cfg(tmp_path, str(tiny_model)).promote.base_name == ""  # an MLX dir names no Ollama model


def test_ollama_name_from_the_local_store_imported_once_reused_then_reimported(tmp_path, ggufs, capsys):
    v1, v2 = ggufs
    store = tmp_path / "ollama"
    d1 = store_model(store, "tinyq", "1b", v1)
    cfg = make_cfg(tmp_path, "tinyq:1b")
    base = basemodel.resolve(cfg)
    assert (base.kind, base.state, base.digest) == ("ollama", "import", d1)
    assert base.found_in.startswith("ollama store") and base.target == str(cfg.state_path / "models" / d1[:16])
    assert "not imported yet" in base.detail and "timmyd import-base tinyq:1b" in base.detail

    launcher = Launcher()
    d = Daemon(cfg, launcher=launcher)
    run_cfg = d.resolve_model(need=True)
    assert run_cfg is not None and launcher.imports == 1
    assert run_cfg.model == base.target and run_cfg.promote.base_name == "tinyq:1b"
    rec = json.loads((Path(base.target) / "timmyd_import.json").read_text())
    assert rec["sha256"] == d1 and rec["source"] == "tinyq:1b"
    assert d.status["model"]["state"] == "ready"

    # the same digest: reused, no second worker
    assert d.resolve_model(need=True).model == base.target and launcher.imports == 1

    # the owner pulls a new version: the blob digest changes -> status says so, the next need re-imports
    d2 = store_model(store, "tinyq", "1b", v2)
    again = basemodel.resolve(cfg)
    assert again.state == "reimport" and again.previous == base.target and again.digest == d2
    s = gather(cfg)
    assert any("a new version of tinyq:1b" in line and d2[:12] in line and d1[:12] in line for line in s["todo"])
    assert d.resolve_model(need=False) is None and launcher.imports == 1  # only imported when needed
    run_cfg = d.resolve_model(need=True)
    assert launcher.imports == 2 and run_cfg.model == str(cfg.state_path / "models" / d2[:16])
    assert json.loads((Path(run_cfg.model) / "timmyd_import.json").read_text())["sha256"] == d2


def test_ollama_name_through_the_server_and_a_cycle_trains_on_the_import(tmp_path, ggufs, monkeypatch):
    """Not in the local store: /api/show's FROM names the blob; the cycle's workers get the imported dir."""
    standin = pytest.importorskip("timmyd.ollama.standin.server")
    from test_daemon import _seed

    v1, _ = ggufs
    with standin.StandIn(root=tmp_path / "srv") as srv:
        srv.add_model("tinyq:f16", v1)
        cfg = make_cfg(tmp_path, "tinyq:f16", host=srv.url)
        base = basemodel.resolve(cfg)
        assert base.state == "import" and base.found_in == f"ollama server {srv.url}" and base.digest == sha(v1)
        _seed(cfg.state_path, 4)
        log = tmp_path / "eval.jsonl"
        monkeypatch.setenv("FAKE_EVAL_LOG", str(log))
        monkeypatch.setenv("FAKE_EVAL_ACC", json.dumps({"-dpo": 0.4, "-simpo": 0.4}))  # rejected: no promotion needed
        launcher = Launcher()
        d = Daemon(cfg, launcher=launcher)
        assert d.run(once=True) == 0
        assert launcher.imports == 1
        run = d.last_record
        assert run["status"] == "rejected", run
        spec = json.loads(log.read_text().splitlines()[0])
        assert spec["model"] == base.target  # evaluation (and training) ran on the imported directory
        assert json.loads((Path(base.target) / "timmyd_import.json").read_text())["found_in"] == f"ollama server {srv.url}"


def test_gguf_path_is_hashed_once_and_imported(tmp_path, ggufs):
    v1, _ = ggufs
    cfg = make_cfg(tmp_path, str(v1))
    quick = basemodel.resolve(cfg, hash_files=False)  # status' view: no hashing of a multi-GB file
    assert quick.state == "import" and quick.digest is None and "before the first cycle" in quick.detail
    launcher = Launcher()
    run_cfg = Daemon(cfg, launcher=launcher).resolve_model(need=True)
    assert run_cfg is not None and run_cfg.model == str(cfg.state_path / "models" / sha(v1)[:16])
    assert basemodel.resolve(cfg, hash_files=False).ready  # the digest cache answers from now on
    assert json.loads((cfg.state_path / "models" / "gguf-digests.json").read_text())[str(v1.resolve())]["sha256"] == sha(v1)
    assert Daemon(cfg, launcher=launcher).resolve_model(need=True).model == run_cfg.model and launcher.imports == 1


def test_base_name_of_another_digest_is_refused_with_both_digests(tmp_path, ggufs, capsys):
    standin = pytest.importorskip("timmyd.ollama.standin.server")
    from timmyd.cli import main

    v1, v2 = ggufs
    with standin.StandIn(root=tmp_path / "srv") as srv:
        srv.add_model("tinyq:a", v1)
        srv.add_model("tinyq:b", v2)
        srv.add_model("alias:a", v1)
        cfg = make_cfg(tmp_path, "tinyq:a", host=srv.url, base_name="tinyq:b")
        launcher = Launcher()
        d = Daemon(cfg, launcher=launcher)
        assert d.resolve_model(need=True) is None and launcher.imports == 0  # refused before importing
        why = d.status["model"]["detail"]
        assert d.status["model"]["state"] == "mismatch"
        assert f"sha256:{sha(v2)}" in why and f"sha256:{sha(v1)}" in why and "base_name = 'tinyq:b'" in why
        assert main(["config", "check", "--config", cfg.source]) == 1
        out = capsys.readouterr().out
        assert "config error" in out and sha(v1) in out and sha(v2) in out
        assert any(sha(v2) in line for line in gather(cfg)["todo"])
        # the same blob under another name is the same base
        ok = make_cfg(tmp_path, "tinyq:a", host=srv.url, base_name="alias:a")
        assert basemodel.base_mismatch(ok, basemodel.resolve(ok)) is None
        assert main(["config", "check", "--config", ok.source]) == 0


def test_fresh_install_status_names_each_missing_piece(tmp_path, capsys):
    from timmyd.cli import main

    cfg = make_cfg(tmp_path, "", export=False)
    s = gather(cfg)
    todo = "\n".join(s["todo"])
    assert "the daemon is not running: start it with `timmyd run`" in todo and "timmyd launchd install" in todo
    assert f"no export folder {tmp_path / 'export'}: set export_dir in {cfg.source}" in todo
    assert "Ollama is not reachable" in todo and DEAD_HOST in todo and "[ollama] host" in todo
    assert "key 'model' is empty: set model = " in todo
    assert "waiting for pairs: 0 of 3 new training pairs" in todo and "[daemon] threshold = 3" in todo
    assert "no held-out pairs yet" in todo
    assert len(s["todo"]) == 6
    text = render(s)
    assert all(f"todo       {line}" in text for line in s["todo"])
    assert not (cfg.state_path / "ledger.sqlite3").exists()  # status writes nothing
    # a name Ollama does not have (not in the store, server down): says both and how to fix each
    cfg = make_cfg(tmp_path, "tinyq:1b")
    line = next(x for x in gather(cfg)["todo"] if x.startswith("model 'tinyq:1b'"))
    assert "not in the Ollama store" in line and "ollama serve" in line
    assert main(["config", "check", "--config", cfg.source]) == 1
    assert "is an Ollama model name (missing)" in capsys.readouterr().out
    # pulled but not imported yet: says the daemon will, and where
    (tmp_path / "g.gguf").write_bytes(b"GGUF not really")
    digest = store_model(tmp_path / "ollama", "tinyq", "1b", tmp_path / "g.gguf")
    line = next(x for x in gather(cfg)["todo"] if x.startswith("model tinyq:1b"))
    assert "not imported yet" in line and str(cfg.state_path / "models" / digest[:16]) in line


def test_run_refuses_an_unusable_model_but_waits_for_an_ollama_name(tmp_path):
    from timmyd.cli.common import UserError
    from timmyd.cli.service import _need_model

    with pytest.raises(UserError, match="key 'model' is empty"):
        _need_model(make_cfg(tmp_path, ""))
    with pytest.raises(UserError, match="no such GGUF file"):
        _need_model(make_cfg(tmp_path, str(tmp_path / "none.gguf")))
    with pytest.raises(UserError, match="not an MLX model directory"):
        _need_model(make_cfg(tmp_path, str(tmp_path / "nodir")))
    _need_model(make_cfg(tmp_path, "tinyq:1b"))  # Ollama may start after the daemon: it waits, status says why


def test_launchd_install_checks_what_launchd_needs_first(tmp_path, monkeypatch, capsys):
    from timmyd.cli import main
    from timmyd.service import launchd

    cfg = make_cfg(tmp_path, "tinyq:1b", export=False)
    problems = launchd.preflight(cfg, executable=sys.executable)
    assert len(problems) == 1 and "export folder" in problems[0] and "export_dir" in problems[0]
    assert any("not an absolute path" in p for p in launchd.preflight(cfg, executable="bin/timmyd"))
    with pytest.raises(launchd.LaunchdError, match="export folder"):
        launchd.install(cfg, dry_run=False)  # refused before anything is written or run
    assert not launchd.plist_path().exists() or "pytest" not in launchd.plist_path().read_text()
    monkeypatch.setattr(launchd.platform, "system", lambda: "Linux")
    (tmp_path / "export").mkdir()
    assert main(["launchd", "install", "--config", cfg.source]) == 0
    out = capsys.readouterr().out
    assert "<plist" in out and "has no launchd: nothing was written or run" in out and "launchctl bootstrap" in out
    assert "# problem" not in out
