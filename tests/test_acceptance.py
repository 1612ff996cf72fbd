"""The acceptance run: its extra sessions mine exactly the intended pairs, and `scripts/acceptance.py
--fast` drives one whole cycle (import/build -> ingest -> DPO + SimPO -> eval -> verdict -> report ->
promote into the Ollama stand-in -> GGUF exports) and records what happened."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timmyd import config as config_mod
from timmyd.ledger.store import Ledger

REPO = Path(__file__).resolve().parent.parent
SESSIONS = REPO / "timmyd" / "demo_data" / "acceptance"
EXPECTED = json.loads((REPO / "timmyd" / "demo_data" / "acceptance_expected.json").read_text(encoding="utf-8"))
SHARED_PAIRS = 25  # ../shared/data/sessions/EXPECTED.md: "14 files, 25 genuine pairs"


def _ingest(tmp_path: Path, *roots: Path):
    from timmyd.ingest.pipeline import ingest_paths

    cfg = config_mod.load(None)
    led = Ledger.open(tmp_path / "ledger-state")
    return led, ingest_paths(list(roots), led, cfg)


def _mined(led: Ledger) -> dict[str, list[dict]]:
    got: dict[str, list[dict]] = {}
    for p in led.pairs():
        name = Path(p.source.rsplit(":", 1)[0]).name
        last_user = [m.content for m in p.prompt if m.role == "user"][-1]
        got.setdefault(name, []).append({"prompt_last": last_user, "chosen": p.chosen, "rejected": p.rejected})
    return got


def _canon(pairs: list[dict]) -> list[str]:
    return sorted(json.dumps(p, sort_keys=True) for p in pairs)


def test_miner_finds_exactly_the_intended_pairs(tmp_path):
    led, res = _ingest(tmp_path, SESSIONS)
    try:
        assert res.quarantined == 0 and res.files == len(EXPECTED["files"])
        assert res.pairs_added == EXPECTED["total"] == sum(len(v) for v in EXPECTED["files"].values())
        got = _mined(led)
        for name, pairs in EXPECTED["files"].items():
            assert _canon(got.get(name, [])) == _canon(pairs), name
        # every export format timmyd reads is represented
        formats = {r.format for r in res.reports}
        assert {"hermes_json", "gateway", "chatlog", "hermes_export", "sharegpt"} <= formats
        # a double correction gives two pairs with one prompt and one chosen
        doubles = [p for ps in EXPECTED["files"].values() for p in ps]
        prompts = [p["prompt_last"] for p in doubles]
        assert any(prompts.count(q) == 2 for q in prompts)
        # the owner's taste is consistent: every chosen reply is shorter than its rejected one or fixes it
        assert sum(len(p["chosen"]) < len(p["rejected"]) for p in doubles) >= 0.7 * len(doubles)
    finally:
        led.close()


def test_generator_reproduces_the_committed_files(tmp_path):
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import acceptance_sessions as gen
    finally:
        sys.path.pop(0)
    out = tmp_path / "acceptance"
    doc = gen.write(out)
    assert doc["files"] == EXPECTED["files"]
    names = sorted(f.name for f in out.iterdir())
    assert names == sorted(f.name for f in SESSIONS.iterdir())
    for n in names:
        assert (out / n).read_bytes() == (SESSIONS / n).read_bytes(), n


def test_with_shared_sessions_at_least_50_training_pairs(tmp_path, shared_data):
    led, res = _ingest(tmp_path, shared_data / "sessions", SESSIONS)
    try:
        assert res.pairs_added == EXPECTED["total"] + SHARED_PAIRS
        train, held = led.count_pairs(split="train"), led.count_pairs(split="heldout")
        assert train >= 50 and held >= 10 and train + held == res.pairs_added
    finally:
        led.close()


def test_fast_acceptance_run(tmp_path):
    """The whole product on a tiny model, through the daemon's own cycle (`timmyd run --once`)."""
    from timmyd.evaluate.verdict import decide
    from timmyd.gguf.export import read_gguf_adapter_info

    run_dir, out = tmp_path / "acc", tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if k not in ("TIMMYD_STATE", "TIMMYD_CONFIG", "OLLAMA_HOST")}
    llamacpp = importlib.util.find_spec("llama_cpp") is not None  # the optional `llamacpp` extra
    p = subprocess.run([sys.executable, str(REPO / "scripts" / "acceptance.py"), "--fast", "--dir", str(run_dir),
                        "--out", str(out), "--json", "--llamacpp" if llamacpp else "--no-llamacpp"],
                       capture_output=True, text=True, env=env, timeout=300)
    assert p.returncode == 0, p.stderr[-3000:]
    r = json.loads(p.stdout.strip().splitlines()[-1])
    shared = (REPO.parent / "shared" / "data" / "sessions").is_dir()
    assert r["ok"] and r["daemon_rc"] == 0 and r["run_status"] in ("promoted", "rejected")
    assert sum(r["pairs"].values()) == EXPECTED["total"] + (SHARED_PAIRS if shared else 0)
    assert r["pairs"]["heldout"] > 0 and r["pairs"]["train"] > r["pairs"]["heldout"]

    # both methods trained on the same pairs, each in a guarded worker, and evaluated on the held-out split
    assert set(r["train_summary"]) == {"dpo", "simpo"} == set(r["eval_metrics"]) - {"current"}
    stages = [s["stage"] for s in r["stages"]]
    for s in ("train 1-dpo", "train 1-simpo", "eval 1-dpo", "eval 1-simpo", "report"):
        assert s in stages
    trained = [s for s in r["stages"] if s["stage"].startswith("train ")]
    assert all(s["ok"] and s["peak_rss_mb"] > 0 and s["mlx_peak_mb"] > 0 for s in trained)
    for m in ("dpo", "simpo"):
        ev = r["eval_metrics"][m]
        assert ev["n_pairs"] == r["pairs"]["heldout"]
        ts = r["train_summary"][m]  # the search holds some training pairs out to choose the learning rate
        assert ts["pairs"] + ts["search"]["validation_pairs"] == r["pairs"]["train"]
        assert r["train_summary"][m]["method"] == m

    # the method choice and the verdict follow the rule, recomputed here from the recorded metrics
    cfg = config_mod.load(run_dir / "timmyd.toml")
    head = decide(r["eval_metrics"]["simpo"], r["eval_metrics"]["dpo"], cfg.verdict)
    assert r["candidate"] == ("simpo" if head.promote else "dpo")
    verdict = decide(r["eval_metrics"][r["candidate"]], None, cfg.verdict)
    assert verdict.promote == r["verdict"]["promote"]
    assert r["run_status"] == ("promoted" if verdict.promote else "rejected")

    # promoted into the stand-in on top of the registered base, with the adapter strategy
    if verdict.promote:
        assert "promote" in stages
        assert r["promotion"]["status"] == "promoted" and r["promotion"]["strategy"] == "adapter"
        served = r["standin"]["models"]["timmy:latest"]
        assert served["adapters"] == 1 and served["parent"] == r["standin"]["base"]["name"]

    # a llama.cpp LoRA GGUF of each method, and the published report
    for m in ("dpo", "simpo"):
        info = read_gguf_adapter_info(r["gguf_exports"][m]["out"])
        assert info["general.type"] == "adapter" and info["adapter.lora.alpha"] > 0
        assert len(info["tensors"]) == r["gguf_exports"][m]["tensors"] > 0
    for f in ("report.md", "report.html", "summary.json"):
        assert (out / f).is_file()
    md = (out / "report.md").read_text(encoding="utf-8")
    assert "1-dpo" in md and "1-simpo" in md
    assert json.loads((out / "summary.json").read_text())["candidate"] == r["candidate"]

    # llama.cpp (base GGUF + each adapter GGUF) scores the held-out replies as MLX does: the tiny base is
    # exported in f16, so the two engines agree to ~1e-4 nats and the adapters' effect is the same
    if llamacpp:
        lc = r["llamacpp"]
        assert lc["noise_base"] < 0.01
        for m in ("dpo", "simpo"):
            a = lc["adapters"][m]
            assert a["effect"] > 10 * a["diff"] and a["diff"] < 0.01 and a["corr"] > 0.99


@pytest.mark.slow
def test_fast_acceptance_run_without_shared(tmp_path):
    """Same on the package's sessions only (what a user's clone has)."""
    p = subprocess.run([sys.executable, str(REPO / "scripts" / "acceptance.py"), "--fast", "--no-shared",
                        "--dir", str(tmp_path / "acc"), "--json"], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr[-3000:]
    r = json.loads(p.stdout.strip().splitlines()[-1])
    assert sum(r["pairs"].values()) == EXPECTED["total"]
    assert r["run_status"] in ("promoted", "rejected")
