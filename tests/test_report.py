"""The report renders: HTML parses, plots are embedded as data: URIs, tables carry the runs' numbers."""

from __future__ import annotations

import base64
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from timmyd import config
from timmyd.cli import main
from timmyd.evaluate.compare import is_heldout, split_pairs
from timmyd.evaluate.report import load_run, render
from timmyd.evaluate.verdict import decide


class Collect(HTMLParser):
    """Images, table cells and headings of a parsed HTML document."""

    def __init__(self):
        super().__init__()
        self.imgs, self.cells, self.heads, self._in = [], [], [], None
        self.links = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "img":
            self.imgs.append(a.get("src", ""))
        if tag in ("link", "script") and (a.get("href") or a.get("src")):
            self.links.append(a.get("href") or a.get("src"))
        if tag in ("td", "th", "h2"):
            self._in, self._buf = tag, ""

    def handle_data(self, data):
        if self._in:
            self._buf += data

    def handle_endtag(self, tag):
        if tag == self._in:
            (self.heads if tag == "h2" else self.cells).append(self._buf)
            self._in = None


def fake_metrics(acc: float, delta: float, gen: float) -> dict:
    return {"model": "m", "adapter": "a", "n_pairs": 6, "pairs_digest": "d",
            "accuracy_per_token": acc, "per_token_margin": 0.01, "accuracy_reward": 1.0, "reward_margin": 12.5,
            "accuracy_sum": 1.0, "base_accuracy_per_token": 0.25, "base_per_token_margin": -0.02,
            "base_accuracy_sum": 1.0, "kl_chosen_per_token": 0.0123, "chosen_logp": -50.0,
            "chosen_logp_per_token": -2.0 + delta, "base_chosen_logp_per_token": -2.0,
            "delta_chosen_logp_per_token": delta, "rejected_logp": -900.0, "rejected_logp_per_token": -2.5,
            "base_chosen_logp": -49.0, "base_rejected_logp": -880.0, "base_rejected_logp_per_token": -2.4,
            "delta_rejected_logp_per_token": -0.1, "gen_prompts": 2, "gen_mean_tokens": gen,
            "base_gen_mean_tokens": 30.0, "max_new_tokens": 64,
            "samples": [{"key": "k1", "prompt": "list files", "chosen": "`ls -la`", "reply": f"reply-{acc}",
                         "tokens": 3, "base_reply": "base says <b>hi</b> \x1b", "base_tokens": 5}]}


def make_run(root: Path, name: str, method: str, seconds: float, peak: float, acc: float, delta: float,
             gen: float) -> Path:
    d = root / name
    d.mkdir(parents=True)
    (d / "summary.json").write_text(json.dumps({
        "method": method, "pairs": 14, "steps": 3, "seconds": seconds, "tokens_per_sec": 4321.0,
        "peak_memory_mb": peak, "first_loss": 0.6931, "last_loss": 0.4321, "final_train_accuracy": 0.75}))
    (d / "metrics.jsonl").write_text("".join(json.dumps({
        "step": s, "loss": 0.7 - 0.1 * s, "accuracy": s / 3, "margin": 0.2 * s, "chosen_reward": 0.1 * s,
        "rejected_reward": -0.1 * s}) + "\n" for s in (1, 2, 3)))
    m = fake_metrics(acc, delta, gen)
    (d / "eval.json").write_text(json.dumps({"candidate": m, "verdict": decide(m, None, config.VerdictConfig()).to_dict()}))
    return d


def test_report_renders_self_contained_html_and_markdown(tmp_path):
    runs = [load_run(make_run(tmp_path, "dpo", "dpo", 12.34, 456.0, 0.625, -0.15, 31.0)),
            load_run(make_run(tmp_path, "simpo", "simpo", 8.76, 321.0, 0.875, -0.02, 29.0))]
    paths = render(runs, tmp_path / "out", title="DPO vs SimPO", meta={"model": "tiny"})
    doc = Path(paths["html"]).read_text()
    p = Collect()
    p.feed(doc)
    p.close()
    assert len(p.imgs) == 3 and not p.links  # curves, cost, held-out bars; nothing fetched from elsewhere
    for src in p.imgs:
        assert src.startswith("data:image/png;base64,")
        assert base64.b64decode(src.split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"
    cells = p.cells
    for number in ("12.3", "8.8", "456", "321", "4321", "0.6931", "0.4321"):  # training table
        assert number in cells
    for number in ("0.625", "0.875", "0.250", "-0.1500", "-0.0200", "0.01230", "31.0", "29.0", "30.0"):
        assert number in cells  # held-out table: both runs and the base column
    assert "FAIL" in cells and "pass" in cells  # dpo's chosen log-prob fell 0.15 > 0.1
    assert any("chosen log-prob per token moved -0.1500" in c for c in cells)
    assert "base says <b>hi</b> \\x1b" in cells  # escaped in HTML, control char made visible
    assert "<b>hi</b>" not in doc
    assert any(h.startswith("Verdict - dpo: KEEP CURRENT") for h in p.heads)
    assert any(h.startswith("Verdict - simpo: PROMOTE") for h in p.heads)
    md = Path(paths["markdown"]).read_text()
    assert "| accuracy, per-token log-prob | 0.250 | 0.625 | 0.875 |" in md
    for ref in [line.split("(", 1)[1].rstrip(")") for line in md.splitlines() if line.startswith("![")]:
        assert (Path(paths["dir"]) / ref).is_file()


def test_report_without_eval_still_renders(tmp_path):
    d = make_run(tmp_path, "run1", "dpo", 1.0, 10.0, 0.5, 0.0, 30.0)
    (d / "eval.json").unlink()
    paths = render([load_run(d)], tmp_path / "out")
    html = Path(paths["html"]).read_text()
    assert "not evaluated" in html and html.count("data:image/png;base64,") == 2


def test_report_cli_and_errors(tmp_path, capsys):
    a = make_run(tmp_path / "runs", "dpo", "dpo", 1.5, 100.0, 0.5, -0.01, 30.0)
    assert main(["report", str(a), "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert Path(res["report"]["html"]).is_file() and "/reports/" in res["report"]["html"]
    assert Path(res["report"]["html"]).is_relative_to(tmp_path / "state")  # TIMMYD_STATE from conftest
    assert main(["report", str(tmp_path / "missing")]) == 2
    assert "missing: run directory not found" in capsys.readouterr().err
    (a / "metrics.jsonl").write_text('{"step": 1}\n{oops\n')
    assert main(["report", str(a)]) == 2
    assert "metrics.jsonl:2" in capsys.readouterr().err


def test_split_is_deterministic_by_prompt():
    import hashlib
    import json

    from timmyd.pairs import Message, Pair
    pairs = [Pair((Message("user", f"q{i}"),), f"a{i}", f"long answer {i}") for i in range(200)]
    train, held = split_pairs(pairs + pairs[:5], 0.25)  # duplicates dropped
    assert len(train) + len(held) == 200 and 30 < len(held) < 70

    def prompt_hash(p):  # independent formula: sha256 of the prompt's [[role, content], ...] JSON
        blob = json.dumps([[m.role, m.content] for m in p.prompt], separators=(",", ":"))
        return hashlib.sha256(blob.encode()).hexdigest()
    assert held == [p for p in pairs if int(prompt_hash(p)[:16], 16) < 0.25 * 2**64]
    # two rejected replies for one prompt (a double correction) never straddle train and held-out
    twins = [Pair((Message("user", f"q{i}"),), f"a{i}", f"other wrong answer {i}") for i in range(200)]
    t2, h2 = split_pairs(pairs + twins, 0.25)
    assert {p.prompt for p in h2}.isdisjoint({p.prompt for p in t2}) and len(h2) == 2 * len(held)
    assert all(is_heldout(p, 0.25) for p in held) and not any(is_heldout(p, 0.25) for p in train)
    train2, held2 = split_pairs(list(reversed(pairs)), 0.25)
    assert {p.key for p in held2} == {p.key for p in held}


def test_compare_trains_both_methods_and_reports(tiny_model, tmp_path, capsys):
    from timmyd.pairs import Message, Pair, write_pairs

    pairs = [Pair((Message("user", f"Name a unix command number {i}"),), f"`cmd{i}`",
                  f"Great question! There are many commands, and number {i} is a fine one to learn today.")
             for i in range(12)]
    data = tmp_path / "pairs.jsonl"
    write_pairs(data, pairs)
    cfg = tmp_path / "t.toml"
    cfg.write_text("[eval]\ngen_prompts = 2\nmax_new_tokens = 4\n[train]\nnum_layers = -1\n")
    rc = main(["compare", str(data), "--model", str(tiny_model), "--methods", "dpo,simpo", "--iters", "2",
               "--learning-rate", "1e-3", "--heldout-fraction", "0.4", "--json", "--config", str(cfg)])
    assert rc == 0
    res = json.loads(capsys.readouterr().out)
    _, held = split_pairs(pairs, 0.4)
    assert res["heldout_pairs"] == len(held) and res["train_pairs"] == 12 - len(held)
    assert [r["method"] for r in res["runs"]] == ["dpo", "simpo"]
    for r in res["runs"]:
        ev = json.loads((Path(r["dir"]) / "eval.json").read_text())
        assert ev["candidate"]["n_pairs"] == len(held) and ev["verdict"]["against"] == "base"
        assert r["accuracy_per_token"] == ev["candidate"]["accuracy_per_token"]
        assert (Path(r["dir"]) / "adapters.safetensors").is_file()
    html = Path(res["report"]["html"]).read_text()
    assert html.count("data:image/png;base64,") == 3 and ">dpo<" in html and ">simpo<" in html
    heldout_file = Path(res["report"]["dir"]) / "heldout.jsonl"
    assert len(heldout_file.read_text().splitlines()) == len(held)
    # re-evaluate the same runs on a smaller held-out file: eval.json is rewritten, a new report written
    small = tmp_path / "small.jsonl"
    write_pairs(small, held[:1])
    dirs = [r["dir"] for r in res["runs"]]
    assert main(["report", *dirs, "--data", str(small), "--json", "--config", str(cfg)]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["report"]["dir"] != res["report"]["dir"]
    for d in dirs:
        assert json.loads((Path(d) / "eval.json").read_text())["candidate"]["n_pairs"] == 1


@pytest.mark.parametrize("argv, needle", [
    (["compare", "DATA", "--methods", "ppo"], "--methods"),
    (["compare", "DATA", "--heldout-fraction", "1.5"], "--heldout-fraction"),
])
def test_compare_rejects_bad_flags(tmp_path, capsys, argv, needle):
    data = tmp_path / "p.jsonl"
    data.write_text('{"prompt": "q", "chosen": "a", "rejected": "b"}\n')
    argv = [str(data) if a == "DATA" else a for a in argv] + ["--model", str(tmp_path)]
    assert main(argv) == 2
    assert needle in capsys.readouterr().err


def test_report_without_args_shows_the_daemons_newest_cycle(tmp_path, capsys):
    import os

    state = tmp_path / "state"  # TIMMYD_STATE (conftest)
    old = make_run(state / "adapters", "6-dpo", "dpo", 1.0, 10.0, 0.5, 0.0, 30.0)
    os.utime(old, (1, 1))
    new = [make_run(state / "adapters", f"7-{m}", m, 2.0, 20.0, 0.5, 0.0, 30.0) for m in ("dpo", "simpo")]
    for d in new:
        (d / "eval.json").unlink()
    doc = {"candidate": fake_metrics(0.9375, -0.01, 31.0), "current": None, "diff": None,
           "verdict": decide(fake_metrics(0.9375, -0.01, 31.0), None, config.VerdictConfig()).to_dict()}
    (state / "runs" / "7").mkdir(parents=True)
    (state / "runs" / "7" / "eval-dpo.json").write_text(json.dumps(doc))  # what the daemon's worker writes
    assert main(["report", "--json"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert sorted(Path(r).name for r in res["runs"]) == ["7-dpo", "7-simpo"]
    html = Path(res["report"]["html"]).read_text()
    assert "0.938" in html and "Verdict - 7-dpo: PROMOTE" in html and "6-dpo" not in html
