"""The report opens with the bottom line (winner, interval, reply changes) and shows the search; the time
plot's legend stays off its bars. All from hand-made run directories."""

from __future__ import annotations

import json
from pathlib import Path

from test_report import Collect, fake_metrics

from timmyd import config
from timmyd.evaluate import plots
from timmyd.evaluate.report import load_run, render
from timmyd.evaluate.verdict import decide

SEARCH = {
    "validation_pairs": 6, "seconds": 42.0, "budget_ratio": 2.1,
    "candidates": [
        {"name": "lr=2e-06", "learning_rate": 2e-6, "steps": 4, "dropped_at_step": 4, "best_step": 4,
         "best": {"accuracy": 0.5, "margin": -0.2, "chosen_delta": 0.01, "feasible": True},
         "curve": [{"step": s, "accuracy": 0.5, "margin": -0.3 + 0.025 * s, "chosen_delta": 0.01, "feasible": True}
                   for s in (2, 4)]},
        {"name": "lr=8e-06", "learning_rate": 8e-6, "steps": 8, "dropped_at_step": None, "best_step": 6,
         "best": {"accuracy": 0.8333, "margin": 0.15, "chosen_delta": -0.04, "feasible": True},
         "curve": [{"step": s, "accuracy": 0.8333, "margin": 0.05 * s - 0.15, "chosen_delta": -0.02 * s,
                    "feasible": s < 8} for s in (2, 4, 6, 8)]},
    ],
    "winner": {"name": "lr=8e-06", "learning_rate": 8e-6, "step": 6, "accuracy": 0.8333, "margin": 0.15,
               "chosen_delta": -0.04},
}

SHIFT = [0.3, 0.25, 0.4, 0.35, 0.3, 0.45]  # every held-out pair's per-token margin up


def evaluated(acc: float) -> dict:
    m = fake_metrics(acc, -0.01, 12.0)
    m["per_pair"] = [{"key": f"k{i}", "chosen_logp": 10 * (s - 2.0), "rejected_logp": -20.0, "base_chosen_logp": -20.0,
                      "base_rejected_logp": -20.0, "chosen_tokens": 10, "rejected_tokens": 10} for i, s in enumerate(SHIFT)]
    m["base_accuracy_per_token"] = 0.25
    m["samples"] = [
        {"key": "k0", "prompt": "list files", "chosen": "`ls -la`", "reply": "`ls -la`", "tokens": 4, "chosen_tokens": 4,
         "base_reply": "Great question! Listing files is", "base_tokens": 64, "hit_cap": False, "base_hit_cap": True},
        {"key": "k1", "prompt": "python version", "chosen": "`python3 -V`", "reply": "`python3 -V`", "tokens": 6,
         "chosen_tokens": 6, "base_reply": "Great, so Python", "base_tokens": 64, "hit_cap": False, "base_hit_cap": True},
    ]
    m.update(gen_prompts=2, gen_ended=2, base_gen_ended=0, gen_hit_cap=0, base_gen_hit_cap=2, gen_len_ratio=1.0,
             base_gen_len_ratio=(64 / 4 + 64 / 6) / 2, gen_boilerplate=0.0, base_gen_boilerplate=1.0, openers=["great"])
    return m


def make_search_run(root: Path, name: str = "7-simpo", acc: float = 0.8333) -> Path:
    d = root / name
    d.mkdir(parents=True)
    (d / "summary.json").write_text(json.dumps({"method": "simpo", "pairs": 30, "steps": 6, "seconds": 20.0,
                                                "total_seconds": 31.0, "peak_memory_mb": 500.0, "search": SEARCH}))
    recs = [{"step": p["step"], "loss": 0.7 - 0.01 * p["step"], "accuracy": p["accuracy"], "margin": p["margin"],
             "candidate": c["name"]} for c in SEARCH["candidates"] for p in c["curve"]]
    (d / "metrics.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    m = evaluated(acc)
    (d / "eval.json").write_text(json.dumps({"candidate": m, "verdict": decide(m, None, config.VerdictConfig()).to_dict()}))
    return d


def parse(path) -> Collect:
    p = Collect()
    p.feed(Path(path).read_text())
    p.close()
    return p


def test_report_opens_with_the_bottom_line_then_examples(tmp_path):
    run = load_run(make_search_run(tmp_path))
    paths = render([run], tmp_path / "out", meta={"model": "tiny"})
    p = parse(paths["html"])
    assert p.heads[:3] == ["Bottom line", "Before and after", "Training"]  # before any other table
    acc = next(c for c in run["eval"]["verdict"]["checks"] if c["name"] == "accuracy")
    lo, hi = acc["numbers"]["interval"]
    md = Path(paths["markdown"]).read_text()
    bottom = md.split("## Bottom line", 1)[1].split("##", 1)[0]
    assert "7-simpo (SIMPO): PROMOTE against the base, learning rate 8e-06 chosen by the search (step 6)" in bottom
    assert f"interval [{lo:+.4f}, {hi:+.4f}]" in bottom and "6 pairs up, 0 down" in bottom
    assert "accuracy_per_token 0.250 -> 0.833" in bottom
    assert ("greedy replies (base -> candidate, 2 held-out prompts): ended on their own 0/2 -> 2/2, open with "
            "learned boilerplate 100% -> 0%, length vs the chosen reply 13.3x -> 1.0x") in bottom
    assert "Great question! Listing files is" in p.cells and "`ls -la`" in p.cells  # before and after


def test_search_section_table_and_plot(tmp_path):
    run = load_run(make_search_run(tmp_path))
    paths = render([run], tmp_path / "out")
    p = parse(paths["html"])
    head = next(h for h in p.heads if h.startswith("Search - 7-simpo: "))
    assert head == "Search - 7-simpo: 6 validation pairs, 42 s, 2.10x a plain run"
    i = p.cells.index("lr=8e-06 (winner)")
    assert p.cells[i:i + 9] == ["lr=8e-06 (winner)", "8e-06", "8", "-", "6", "0.833", "+0.1500", "-0.0400", "yes"]
    j = p.cells.index("lr=2e-06")
    assert p.cells[j:j + 9] == ["lr=2e-06", "2e-06", "4", "4", "4", "0.500", "-0.2000", "+0.0100", "yes"]
    assert "Search - 7-simpo: validation margin per step" in p.heads
    assert len(p.imgs) == 4  # training curves, cost, search, held-out bars


def test_training_curves_draw_one_line_per_search_candidate(tmp_path):
    run = load_run(make_search_run(tmp_path))
    lines = plots.curves_of([run])
    assert [(label, [m["step"] for m in rows]) for label, rows in lines] == [
        ("7-simpo lr=2e-06", [2, 4]), ("7-simpo lr=8e-06", [2, 4, 6, 8])]
    plain = {"name": "old", "metrics": [{"step": 1, "loss": 0.5}, {"step": 2, "loss": 0.4}], "summary": {}}
    assert [label for label, _ in plots.curves_of([plain])] == ["old"]


def test_time_plot_legend_is_off_the_bars():
    runs = [{"name": n, "summary": {"seconds": s, "total_seconds": t, "peak_memory_mb": 100.0}}
            for n, s, t in (("dpo", 10.0, 30.0), ("simpo", 12.0, 40.0))]
    fig = plots.cost_figure(runs)
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    ax = fig.axes[0]
    legend, area = ax.get_legend().get_window_extent(r), ax.get_window_extent(r)
    assert legend.y1 <= area.y0 and not legend.overlaps(area)


def test_a_run_without_search_or_reply_measures_still_renders(tmp_path):
    d = make_search_run(tmp_path, "old")
    summary = json.loads((d / "summary.json").read_text())
    del summary["search"]
    (d / "summary.json").write_text(json.dumps(summary))
    (d / "metrics.jsonl").write_text(json.dumps({"step": 1, "loss": 0.5}) + "\n")
    old = fake_metrics(0.5, 0.0, 30.0)  # an older record: no per_pair, no gen_ended / boilerplate
    (d / "eval.json").write_text(json.dumps({"candidate": old, "verdict": decide(old, None, config.VerdictConfig()).to_dict()}))
    paths = render([load_run(d)], tmp_path / "out")
    p = parse(paths["html"])
    assert p.heads[0] == "Bottom line" and not any(h.startswith("Search") for h in p.heads)
    md = Path(paths["markdown"]).read_text()
    assert "no per-pair data (older record): no interval" in md and "boilerplate not measured" in md
