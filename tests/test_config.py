import pytest

from timmyd import config
from timmyd.cli import main


def test_shipped_config_loads_and_matches_defaults():
    cfg = config.load(config.REPO_ROOT / "etc" / "timmyd.toml")
    defaults = config.Config()
    for section in ("train", "ingest", "mining", "memory", "eval", "verdict", "judge", "ollama", "promote", "daemon"):
        assert getattr(cfg, section) == getattr(defaults, section), section


@pytest.mark.parametrize("text, needle", [
    ("[train]\nbetaa = 0.2\n", "'train.betaa'"),
    ("[train]\nbeta = 'high'\n", "'train.beta'"),
    ("[train]\nmethod = 'ppo'\n", "'train.method'"),
    ("[train]\nbatch_size = 0\n", "'train.batch_size'"),
    ("[daemon]\nquiet_hours = '25:00-07:00'\n", "'daemon.quiet_hours'"),
    ("train = 3\n", "'train'"),
    ("[train\n", "not valid TOML"),
])
def test_bad_config_names_file_and_key(tmp_path, text, needle):
    p = tmp_path / "timmyd.toml"
    p.write_text(text)
    with pytest.raises(config.ConfigError) as e:
        config.load(p)
    assert needle in str(e.value) and str(p) in str(e.value)


def test_int_accepted_for_float_and_state_env(tmp_path, monkeypatch):
    p = tmp_path / "etc" / "timmyd.toml"
    p.parent.mkdir()
    p.write_text("state_dir = 'st'\n[train]\nbeta = 1\n")
    monkeypatch.delenv("TIMMYD_STATE")
    cfg = config.load(p)
    assert cfg.train.beta == 1.0 and isinstance(cfg.train.beta, float)
    assert cfg.state_path == tmp_path / "st"
    monkeypatch.setenv("TIMMYD_STATE", str(tmp_path / "elsewhere"))
    assert cfg.state_path == tmp_path / "elsewhere"


def test_config_check_cli(tmp_path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text("[memory]\nbudget = 3\n")
    assert main(["config", "check", "--config", str(bad)]) == 2
    assert "'memory.budget'" in capsys.readouterr().err
    assert main(["config", "check", "--json"]) == 0
    assert '"ok": true' in capsys.readouterr().out


def test_timmyd_config_names_the_file_for_the_library_and_the_cli(tmp_path, monkeypatch, capsys):
    import json

    p = tmp_path / "elsewhere.toml"
    p.write_text("[train]\nbeta = 0.37\n[daemon]\nthreshold = 7\n")
    monkeypatch.setenv("TIMMYD_CONFIG", str(p))
    cfg = config.load()
    assert cfg.train.beta == 0.37 and cfg.daemon.threshold == 7 and cfg.source == str(p.resolve())
    assert main(["config", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["train"]["beta"] == 0.37 and shown["source"] == str(p.resolve())
    # a file it names that is missing is an error, never silently the defaults
    monkeypatch.setenv("TIMMYD_CONFIG", str(tmp_path / "missing.toml"))
    with pytest.raises(config.ConfigError, match="config file not found"):
        config.load()
