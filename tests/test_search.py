"""The learning-rate search: validation split, successive halving, best checkpoint, "no candidate"."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time

import numpy as np
import pytest
from loguru import logger
from mlx.utils import tree_flatten

from timmyd import config as config_mod
from timmyd.pairs import Message, Pair, write_pairs
from timmyd.service.jobs import train_job
from timmyd.train import search as search_mod
from timmyd.train.errors import TrainError
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
    fit, val = validation_split(make_pairs(8), _prompt, 0.2, 4)  # 8 - 4 = 4: just enough to hold out 4, train on 4
    assert len(fit) == len(val) == 4


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
    with pytest.raises(NoCandidate) as e:
        train(make_pairs(), tiny_model, out, TrainOptions(**OPTS), progress=False, search=so)
    assert str(e.value) == ("no candidate: every checkpoint of the 2 learning rates tried (lr=0.0001, lr=0.0008) "
                            "lowered the chosen replies' log-prob by more than 0.1 nats/token vs the base on 4 "
                            "validation pairs")
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
    assert scoring_steps(0, 9, 6) == {9, 3}  # 3 is exactly every / 2 from the start: not closer, kept
    assert scoring_steps(0, 8, 6) == {8}  # 2 is closer than 3


def test_prompt_bucket_is_the_first_8_bytes_of_the_salted_sha256_as_a_fraction():
    for prompt in ("", "List files?", "Größe?"):
        digest = hashlib.sha256(("timmyd-validation-v1\0" + prompt).encode("utf-8")).hexdigest()
        assert search_mod.prompt_bucket(prompt) == int(digest[:16], 16) / 2 ** 64
        assert 0 <= search_mod.prompt_bucket(prompt) < 1


# --- edges the mutation run found (docs/mutation.md) ----------------------------------------------------

def test_options_from_config_copy_every_search_key_and_the_verdicts_drift_limit():
    s = config_mod.SearchConfig(enabled=True, lr_min=1e-6, lr_max=9e-6, candidates=3, validation_fraction=0.3,
                                min_validation_pairs=5, evals_per_epoch=3)
    v = config_mod.VerdictConfig(max_chosen_logp_drop=0.35)
    assert SearchOptions.from_config(s, v) == SearchOptions(lr_min=1e-6, lr_max=9e-6, candidates=3,
                                                            validation_fraction=0.3, min_validation_pairs=5,
                                                            evals_per_epoch=3, max_chosen_logp_drop=0.35)


@pytest.mark.parametrize("kw, message", [
    (dict(lr_min=0.0, lr_max=1e-5), "[search] needs 0 < lr_min <= lr_max, got 0.0, 1e-05"),
    (dict(lr_min=2e-5, lr_max=1e-5), "[search] needs 0 < lr_min <= lr_max, got 2e-05, 1e-05"),
    (dict(candidates=0), "[search] candidates must be >= 1, got 0"),
    (dict(validation_fraction=0.0), "[search] validation_fraction must be in (0, 1), got 0.0"),
    (dict(validation_fraction=1.0), "[search] validation_fraction must be in (0, 1), got 1.0"),
    (dict(min_validation_pairs=0), "[search] min_validation_pairs and evals_per_epoch must be >= 1"),
    (dict(evals_per_epoch=0), "[search] min_validation_pairs and evals_per_epoch must be >= 1"),
])
def test_options_refuse_what_the_config_refuses(kw, message):
    """A library caller that builds SearchOptions itself (not through the config file) gets the same refusals."""
    with pytest.raises(TrainError) as e:
        SearchOptions(**kw).validate()
    assert str(e.value) == message


def test_options_at_their_edges_are_accepted():
    for kw in (dict(lr_min=1e-5, lr_max=1e-5), dict(candidates=1), dict(validation_fraction=0.999),
               dict(min_validation_pairs=1, evals_per_epoch=1)):
        SearchOptions(**kw).validate()


def test_score_pairs_equals_the_textbook_log_probs_in_pair_order(tiny_model, monkeypatch):
    """5 pairs in batches of 2 (the last one short): column 0 the chosen replies', column 1 the rejected
    replies' summed log-probs, each as `naive_sequence_logps` computes it one sequence at a time; 3 forward
    passes, each pair in exactly one."""
    from timmyd.train.data import encode_pairs
    from timmyd.train.model import load_model, naive_sequence_logps

    model, tok = load_model(tiny_model)
    enc = encode_pairs(make_pairs(5), tok, 1024)
    naive = naive_sequence_logps(model, enc)  # the 5 chosen, then the 5 rejected
    passes = []
    real = search_mod.sequence_logps
    monkeypatch.setattr(search_mod, "sequence_logps", lambda m, b, **kw: passes.append(len(b.n_tokens)) or real(m, b, **kw))
    got = search_mod.score_pairs(model, enc, 2)
    assert got.shape == (5, 2) and passes == [4, 4, 2]  # 2 sequences per pair
    assert np.allclose(got, np.stack([naive[:5], naive[5:]], axis=1), rtol=1e-4, atol=1e-3)


def test_validation_score_by_hand():
    # per-token log-probs, chosen vs rejected: -8/4 = -2 vs -24/8 = -3 (right); -6/2 = -3 vs -4/4 = -1 (wrong);
    # -4/2 = -2 vs -8/4 = -2 (a tie: wrong); -2/2 = -1 vs -12/4 = -3 (right)
    pol = np.array([[-8.0, -24.0], [-6.0, -4.0], [-4.0, -8.0], [-2.0, -12.0]])
    n_tok = np.array([[4.0, 8.0], [2.0, 4.0], [2.0, 4.0], [2.0, 4.0]])
    base = np.array([[-9.0, -15.0], [-5.0, -9.0], [-4.0, -1.0], [-2.0, -3.0]])  # chosen per token: -2.25, -2.5, -2, -1
    # accuracy 2/4; margin (1 - 2 + 0 + 2) / 4 = 0.25; chosen drift (0.25 - 0.5 + 0 + 0) / 4 = -0.0625
    assert search_mod.validation_score(pol, base, n_tok, 0.0625) == {
        "accuracy": 0.5, "margin": 0.25, "chosen_delta": -0.0625, "feasible": True}  # exactly at the limit
    assert search_mod.validation_score(pol, base, n_tok, 0.05)["feasible"] is False


def test_rank_key_orders_feasible_then_accuracy_then_margin_and_unscored_last():
    def s(feasible, acc, margin):
        return {"feasible": feasible, "accuracy": acc, "margin": margin, "chosen_delta": 0.0}
    want = [None, s(False, 0.0, -9.0), s(False, 0.9, 0.0), s(True, 0.5, 0.1), s(True, 0.5, 0.2), s(True, 0.6, -1.0)]
    for perm in (want[::-1], want[3:] + want[:3]):
        assert sorted(perm, key=search_mod.rank_key) == want


def test_options_for_reads_the_config_unless_the_run_pins_its_rate_or_says_no():
    cfg = config_mod.Config()
    assert search_mod.options_for(cfg) == SearchOptions.from_config(cfg.search, cfg.verdict)  # on by default
    assert search_mod.options_for(cfg, no_search=True) is None
    assert search_mod.options_for(cfg, learning_rate=1e-5) is None
    off = dataclasses.replace(cfg, search=dataclasses.replace(cfg.search, enabled=False))
    assert search_mod.options_for(off) is None


def test_the_search_record_by_hand(tiny_model, tmp_path, monkeypatch):
    """T = 8 steps (8 fit pairs, batches of 2, 2 epochs), K = 2, 4 scorings an epoch: a scoring every step
    (round(4 / 4) = 1), rungs (4, 2), (8, 1). Planted: 1e-4 peaks at step 3 (0.7), 4e-4 at step 6 (0.9),
    so 1e-4 is dropped at step 4 and 4e-4 wins at step 6. DPO, so every step needs the shared reference
    pass; that pass is said to take 10 s more than it did, so the plain run's estimate is about
    10 * 12 / 8 (it grows with the pairs) + 12 steps. The progress bar counts the 4 + 8 steps trained."""
    from timmyd.train import steps as steps_mod
    from timmyd.train import trainer as trainer_mod

    table = {1e-4: {1: 0.5, 2: 0.6, 3: 0.7, 4: 0.65},
             4e-4: {1: 0.55, 2: 0.6, 3: 0.625, 4: 0.75, 5: 0.8, 6: 0.9, 7: 0.85, 8: 0.9}}  # 8 ties 6: 6 stays
    _planted(monkeypatch, lambda lr, step: (table[lr][step], -0.125 if lr == 1e-4 else 0.0))
    real_refs = trainer_mod.dpo_references
    monkeypatch.setattr(trainer_mod, "dpo_references", lambda *a: (lambda r: (r[0], r[1] + 10.0))(real_refs(*a)))
    so = SearchOptions(lr_min=1e-4, lr_max=4e-4, candidates=2, evals_per_epoch=4, min_validation_pairs=4,
                       max_chosen_logp_drop=0.25)
    bars, shown = [], []

    class Bar:  # the search's progress bar, recorded
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def set_postfix(self, **kw):
            shown.append(kw)

        def update(self, n):
            shown.append(n)

    real_bar = steps_mod.progress_bar
    monkeypatch.setattr(steps_mod, "progress_bar", lambda *a: bars.append(a) or (Bar() if a[1] == "search" else real_bar(*a)))
    pairs = make_pairs()
    logged = []
    sink = logger.add(lambda m: logged.append(m.record["message"]), format="{message}")
    t0 = time.perf_counter()
    try:
        s = train(pairs, tiny_model, tmp_path / "a", TrainOptions(**{**OPTS, "method": "dpo", "grad_checkpoint": True}),
                  progress=True, search=so)
    finally:
        logger.remove(sink)
    wall = time.perf_counter() - t0
    rec = s["search"]
    assert [b for b in bars if b[1] == "search"] == [(12, "search", True)]

    def score(lr, k):
        return {"accuracy": table[lr][k], "margin": pytest.approx(table[lr][k] - 0.5),
                "chosen_delta": -0.125 if lr == 1e-4 else 0.0, "feasible": True}

    def curve(lr, steps):
        return [{"step": k, **score(lr, k)} for k in steps]
    val = validation_split(pairs, trainer_mod._prompt_text, 0.2, 4)[1]
    assert rec["candidates"] == [
        {"name": "lr=0.0001", "learning_rate": 1e-4, "steps": 4, "dropped_at_step": 4, "best_step": 3,
         "best": score(1e-4, 3), "curve": curve(1e-4, range(1, 5))},
        {"name": "lr=0.0004", "learning_rate": 4e-4, "steps": 8, "dropped_at_step": None, "best_step": 6,
         "best": score(4e-4, 6), "curve": curve(4e-4, range(1, 9))}]
    assert {k: v for k, v in rec.items() if k not in ("candidates", "base", "seconds", "plain_run_seconds",
                                                          "budget_ratio")} == {
        "validation_pairs": 4, "validation_keys": sorted(p.key for p in val), "fit_pairs": 8,
        "steps_per_candidate": 8, "eval_every": 1, "rungs": [{"end_step": 4, "candidates": 2},
                                                             {"end_step": 8, "candidates": 1}],
        "max_chosen_logp_drop": 0.25, "plain_run_steps": 12,
        "winner": {"name": "lr=0.0004", "learning_rate": 4e-4, "step": 6, "accuracy": 0.9,
                   "margin": pytest.approx(0.4), "chosen_delta": 0.0}}
    # the base against itself: no drift, feasible; its accuracy and margin are the tiny model's own
    assert rec["base"]["chosen_delta"] == 0.0 and rec["base"]["feasible"] is True
    assert set(rec["base"]) == {"accuracy", "margin", "chosen_delta", "feasible"}
    lines = [json.loads(x) for x in (tmp_path / "a" / "metrics.jsonl").read_text().splitlines()]
    step_mean = np.mean([x["seconds"] for x in lines])
    assert [x["epoch"] for x in lines if x["candidate"] == "lr=0.0004"] == [0] * 4 + [1] * 4  # 4 steps an epoch
    assert shown == [y for x in lines for y in ({"cand": x["candidate"], "loss": f"{x['loss']:.4f}"}, 1)]
    assert len(lines) == 4 + 8 and s["ref_pass_seconds"] + wall >= rec["seconds"] >= s["ref_pass_seconds"] >= 10.0
    assert rec["plain_run_seconds"] == pytest.approx(s["ref_pass_seconds"] * 12 / 8 + 12 * step_mean, abs=0.01)
    assert rec["budget_ratio"] == pytest.approx(rec["seconds"] / rec["plain_run_seconds"], abs=0.002)
    assert all(round(rec[k], 3) == rec[k] for k in ("seconds", "plain_run_seconds", "budget_ratio"))  # to the ms
    assert (f"search: lr=0.0004 wins at step 6 (validation accuracy 0.900, margin +0.400, chosen +0.000); "
            f"{rec['seconds']:.0f}s, {rec['budget_ratio']}x a plain run") in logged
