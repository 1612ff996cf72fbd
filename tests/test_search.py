"""The learning-rate search: validation split, successive halving, best checkpoint, "no candidate"."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest
from mlx.utils import tree_flatten

from timmyd import config as config_mod
from timmyd.pairs import Message, Pair, write_pairs
from timmyd.service.jobs import train_job
from timmyd.train import search as search_mod
from timmyd.train.search import NoCandidate, SearchOptions, rungs, scoring_steps, validation_split
from timmyd.train.trainer import TrainOptions, train

QUESTIONS = ["List files?", "Python version?", "Git changes?", "Free disk?", "Who is on?", "Where am I?",
             "Count lines?", "Big files?", "Kernel version?", "Open ports?", "Uptime?", "Env vars?"]
ANSWERS = ["`ls -la`", "`python3 -V`", "`git status`", "`df -h`", "`who`", "`pwd`", "`wc -l f`",
           "`du -sh *`", "`uname -r`", "`ss -tln`", "`uptime`", "`env`"]


def make_pairs(n: int = 12) -> list[Pair]:
    sys_msg = Message("system", "You are Timmy.")
    return [Pair((sys_msg, Message("user", q)), a, f"Great question! There are many ways. Try {a}, it depends.")
            for q, a in list(zip(QUESTIONS, ANSWERS, strict=True))[:n]]


def _prompt(p: Pair) -> str:
    return p.last_user


def test_validation_split_takes_the_lowest_hashes_and_keeps_prompts_together():
    pairs = make_pairs() + [Pair(make_pairs()[0].prompt, "`ls`", "Sure! `ls` lists files.")]  # a shared prompt
    fit, val = validation_split(pairs, _prompt, 0.25, 2)
    # independently: the prompts ordered by sha256("timmyd-validation-v1\0" + prompt), taken until 25 % of 13
    # pairs (round(3.25) = 3) are covered
    order = sorted({p.last_user for p in pairs},
                   key=lambda t: hashlib.sha256(f"timmyd-validation-v1\0{t}".encode()).digest()[:8])
    want, n = set(), 0
    for t in order:
        if n >= 3:
            break
        want.add(t)
        n += sum(p.last_user == t for p in pairs)
    assert {p.last_user for p in val} == want
    assert not {p.last_user for p in val} & {p.last_user for p in fit}
    assert sorted(map(id, fit + val)) == sorted(map(id, pairs))
    assert validation_split(pairs, _prompt, 0.25, 2) == (fit, val)  # deterministic
    assert validation_split(make_pairs(7), _prompt, 0.2, 4) == (make_pairs(7), [])  # 7 - 4 < 4: no split


def test_rungs_halve_the_field_by_hand():
    assert rungs(50, 4) == [(13, 4), (25, 2), (50, 1)]  # 4*13 + 2*12 + 1*25 = 101 steps ~ 2 x 50
    assert rungs(8, 3) == [(2, 3), (4, 2), (8, 1)]
    assert rungs(10, 2) == [(5, 2), (10, 1)]
    assert rungs(10, 1) == [(10, 1)]
    assert rungs(2, 4) == [(1, 4), (1, 2), (2, 1)]  # a repeated end only ranks


def test_learning_rates_are_log_spaced():
    assert SearchOptions(lr_min=1e-6, lr_max=8e-6, candidates=4).learning_rates() == [1e-6, 2e-6, 4e-6, 8e-6]
    assert SearchOptions(lr_min=3e-6, lr_max=3e-5, candidates=1).learning_rates() == [3e-6]


def _planted(monkeypatch, quality):
    """Replace the validation scorer: candidate (by learning rate) and step -> (accuracy, drift); record the
    LoRA weights at every scoring, so a test can tell which checkpoint ended up in the model."""
    seen: dict[tuple[float, int], dict] = {}

    def score(model, c, val, base, n_tok, batch_size, max_drop):
        acc, drift = quality(c.learning_rate, c.step)
        seen[(c.learning_rate, c.step)] = {k: np.array(v) for k, v in tree_flatten(model.trainable_parameters())}
        return {"accuracy": acc, "margin": acc - 0.5, "chosen_delta": drift, "feasible": drift >= -max_drop}

    monkeypatch.setattr(search_mod, "score_candidate", score)
    return seen


OPTS = dict(method="simpo", batch_size=2, epochs=2, num_layers=-1, final_eval=False)  # 8 fit pairs: T = 8 steps


def test_successive_halving_keeps_the_best_planted_candidate_at_its_best_step(tiny_model, tmp_path, monkeypatch):
    """Planted: 1e-4 is flat at 0.6; 2e-4 rises to 0.9 at step 4, then falls (the best checkpoint is not the
    last); 4e-4 always beyond the drift limit; 8e-4 flat at 0.3. Rungs for T = 8, K = 4: (2, 4), (4, 2), (8, 1):
    after step 2 the two best (2e-4 and 1e-4, the infeasible one last) go on; after step 4 only 2e-4."""
    def quality(lr, step):
        if lr == 2e-4:
            return {2: 0.7, 4: 0.9, 6: 0.8, 8: 0.75}[step], 0.0
        return {1e-4: (0.6, 0.0), 4e-4: (1.0, -5.0), 8e-4: (0.3, 0.0)}[lr]

    seen = _planted(monkeypatch, quality)
    so = SearchOptions(lr_min=1e-4, lr_max=8e-4, candidates=4, evals_per_epoch=2, min_validation_pairs=4)
    s = train(make_pairs(), tiny_model, tmp_path / "a", TrainOptions(**OPTS), progress=False, search=so)
    rec = s["search"]
    by = {c["learning_rate"]: c for c in rec["candidates"]}
    assert [by[lr]["steps"] for lr in (1e-4, 2e-4, 4e-4, 8e-4)] == [4, 8, 2, 2]
    assert [by[lr]["dropped_at_step"] for lr in (1e-4, 2e-4, 4e-4, 8e-4)] == [4, None, 2, 2]
    assert rec["winner"] == {"name": "lr=0.0002", "learning_rate": 2e-4, "step": 4, "accuracy": 0.9,
                             "margin": pytest.approx(0.4), "chosen_delta": 0.0}
    assert s["learning_rate"] == 2e-4 and s["steps"] == 4
    # the adapter holds step 4's weights, not step 8's
    from safetensors.numpy import load_file
    saved = load_file(str(tmp_path / "a" / "adapters.safetensors"))
    assert all(np.array_equal(saved[k], v) for k, v in seen[(2e-4, 4)].items())
    assert not all(np.array_equal(saved[k], v) for k, v in seen[(2e-4, 8)].items())
    # every step of every candidate is in metrics.jsonl, tagged; scorings carry the validation numbers
    lines = [json.loads(x) for x in (tmp_path / "a" / "metrics.jsonl").read_text().splitlines()]
    assert len(lines) == 4 + 8 + 2 + 2 == sum(c["steps"] for c in rec["candidates"])
    assert {x["candidate"] for x in lines} == {c["name"] for c in rec["candidates"]}
    scored = [x for x in lines if "val_accuracy" in x and x["candidate"] == "lr=0.0002"]
    assert [(x["step"], x["val_accuracy"]) for x in scored] == [(2, 0.7), (4, 0.9), (6, 0.8), (8, 0.75)]
    assert 16 <= sum(c["steps"] for c in rec["candidates"]) <= 2 * 8  # the budget: about 2 plain runs' steps
    assert rec["plain_run_steps"] == 12  # a plain run trains on all 12 pairs: 2 epochs of 6 steps


def test_no_feasible_checkpoint_is_no_candidate_and_keeps_the_old_adapter(tiny_model, tmp_path, monkeypatch):
    _planted(monkeypatch, lambda lr, step: (1.0, -1.0))
    out = tmp_path / "a"
    out.mkdir()
    (out / "marker").write_text("old")
    so = SearchOptions(lr_min=1e-4, lr_max=8e-4, candidates=2, min_validation_pairs=4)
    with pytest.raises(NoCandidate, match=r"^no candidate: every checkpoint .* 2 learning rates") as e:
        train(make_pairs(), tiny_model, out, TrainOptions(**OPTS), progress=False, search=so)
    assert e.value.record["winner"] is None and len(e.value.record["candidates"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "a.no-candidate.json"]
    assert (out / "marker").read_text() == "old"
    assert json.loads((tmp_path / "a.no-candidate.json").read_text()) == json.loads(json.dumps(e.value.record))


def test_real_search_on_a_tiny_model_writes_the_winner(tiny_model, tmp_path):
    so = SearchOptions(lr_min=1e-4, lr_max=3e-3, candidates=3, min_validation_pairs=4)
    s = train(make_pairs(), tiny_model, tmp_path / "a", TrainOptions(**OPTS), progress=False, search=so)
    rec = s["search"]
    assert rec["validation_pairs"] == 4 and rec["fit_pairs"] == 8 == s["pairs"]
    assert len(set(rec["validation_keys"])) == 4 and set(rec["validation_keys"]) < {p.key for p in make_pairs()}
    cfg = json.loads((tmp_path / "a" / "adapter_config.json").read_text())
    assert cfg["learning_rate"] == rec["winner"]["learning_rate"] == s["learning_rate"]
    assert rec["winner"]["step"] == s["steps"] and rec["budget_ratio"] > 0


def _cfg(tmp_path, tiny_model, extra: str = "") -> str:
    p = tmp_path / "t.toml"
    p.write_text(f'model = "{tiny_model}"\nstate_dir = "{tmp_path / "state"}"\n[search]\nlr_min = 1e-4\n'
                 f'lr_max = 1e-3\ncandidates = 2\n{extra}')
    config_mod.load(p)
    return str(p)


def test_flags_that_pin_the_rate_switch_the_search_off_and_others_do_not(tiny_model, tmp_path):
    data = tmp_path / "pairs.jsonl"
    write_pairs(data, make_pairs())
    cfg = _cfg(tmp_path, tiny_model)
    kw = dict(iters=2, num_layers=-1, final_eval=False)
    s = train_job(str(data), str(tmp_path / "a"), config=cfg, method="simpo", **kw)
    assert len(s["search"]["candidates"]) == 2  # --method, --model, --out do not switch it off
    s = train_job(str(data), str(tmp_path / "b"), config=cfg, learning_rate=5e-4, **kw)
    assert "search" not in s and s["learning_rate"] == 5e-4 and s["pairs"] == 12
    s = train_job(str(data), str(tmp_path / "c"), config=cfg, no_search=True, **kw)
    assert "search" not in s and s["pairs"] == 12
    off = _cfg(tmp_path, tiny_model, "enabled = false\n")
    assert "search" not in train_job(str(data), str(tmp_path / "d"), config=off, **kw)


def test_search_section_errors_name_the_key(tmp_path):
    p = tmp_path / "bad.toml"
    for body, key in [("lr_min = 1e-3\nlr_max = 1e-4", "search.lr_min"), ("candidates = 0", "search.candidates"),
                      ("validation_fraction = 1.0", "search.validation_fraction"), ("lr_mni = 1e-3", "search.lr_mni")]:
        p.write_text(f"[search]\n{body}\n")
        with pytest.raises(config_mod.ConfigError, match=key.replace(".", r"\.")):
            config_mod.load(p)


def test_scoring_steps_by_hand():
    assert scoring_steps(0, 13, 12) == {13}  # 1 would be 1 step in: too early to tell anything
    assert scoring_steps(0, 25, 12) == {25, 13}
    assert scoring_steps(13, 25, 6) == {25, 19}  # 13 is the rung before's last scoring
    assert scoring_steps(25, 50, 12) == {50, 38, 26} - {26}  # 26 - 25 = 1 < 6
    assert scoring_steps(0, 8, 2) == {8, 6, 4, 2}
    assert scoring_steps(4, 4, 2) == set()
