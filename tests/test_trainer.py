"""The trainer on a tiny locally built llama: exact log-probs, reference = LoRA off, learning, outputs."""

from __future__ import annotations

import json
import shutil

import mlx.core as mx
import mlx.optimizers as optim
import mlx_lm
import numpy as np
import pytest
from mlx.utils import tree_flatten, tree_map

from timmyd import cli
from timmyd.pairs import Message, Pair, write_pairs
from timmyd.train import trainer as trainer_mod
from timmyd.train.data import encode_pairs, make_batch
from timmyd.train.losses import dpo_loss, pair_accuracy, simpo_loss
from timmyd.train.model import (
    apply_lora,
    batch_for,
    install_segment_rope,
    load_model,
    lora_disabled,
    naive_sequence_logps,
    probe_fast_paths,
    sequence_logps,
    set_fast_paths,
)
from timmyd.train.trainer import TrainError, TrainOptions, reference_logps, train

QUESTIONS = ["How do I list files?", "Check my Python version?", "Show git changes?", "Free disk space?",
             "Who is logged in?", "Current directory?", "Count lines in a file?", "Find big files?"]
ANSWERS = ["`ls -la`.", "`python3 --version`.", "`git status`.", "`df -h`.", "`who`.", "`pwd`.",
           "`wc -l file`.", "`du -sh * | sort -h`."]


def make_pairs() -> list[Pair]:
    sys_msg = Message("system", "You are Timmy.")
    return [Pair((sys_msg, Message("user", q)), a,
                 f"Great question! There are many ways to do that. Usually you could try {a} but it depends.")
            for q, a in zip(QUESTIONS, ANSWERS, strict=True)]


def _opts(**kw) -> TrainOptions:
    """The options these tests were written for: DPO without the NLL term unless a test says otherwise
    (the shipped defaults, SimPO + NLL, are chosen by experiment and may change)."""
    return TrainOptions(**{"method": "dpo", "nll_weight": 0.0, **kw})


FAST = dict(learning_rate=3e-3, batch_size=2, iters=8, num_layers=-1, final_eval=True)


def _randomize_lora(model, seed=1):
    rng = np.random.default_rng(seed)
    new = [(k, mx.array(rng.normal(scale=0.05, size=v.shape).astype(np.float32)))
           for k, v in tree_flatten(model.parameters()) if k.endswith("lora_b")]
    model.load_weights(new, strict=False)


@pytest.fixture(scope="module")
def lora_model(tiny_model):
    model, tok = load_model(tiny_model)
    apply_lora(model, -1, 4, 10.0, 0.0, seed=0)
    _randomize_lora(model)
    return model, tok


@pytest.mark.parametrize("layout", ["padded", "packed", "shared"])
def test_optimized_logps_equal_naive_full_logits(lora_model, layout):
    model, tok = lora_model
    pairs = make_pairs()[:3]
    pairs[1] = Pair(pairs[1].prompt + (Message("assistant", "Which one?"), Message("user", "The first.")),
                    pairs[1].chosen, pairs[1].rejected)  # prompts of different lengths in one batch
    enc = encode_pairs(pairs, tok, 1024)
    install_segment_rope(model)
    set_fast_paths(model, {"head": True, "pack": layout != "padded", "share": layout == "shared"})
    batch = make_batch(enc, packed=layout != "padded", shared=layout == "shared")
    lp, n = sequence_logps(model, batch)
    assert np.allclose(np.asarray(lp), naive_sequence_logps(model, enc), rtol=1e-4, atol=1e-3)
    assert np.asarray(n).tolist() == [len(e.chosen) for e in enc] + [len(e.rejected) for e in enc]
    assert probe_fast_paths(model, enc[:2], fastmath_mode="off") == {"head": True, "pack": True, "share": True,
                                                                "math": False}


def test_probe_rejects_the_shortcuts_that_are_not_exact_on_gemma2(tiny_model, tmp_path):
    """gemma2 soft-caps its final logits (cap * tanh(logits / cap)), so the LM head applied to hidden
    states is not the model's output, and its attention scores are 5-D (kv heads x repeats), which the
    packed rows' block mask does not broadcast to: the probe must turn off head, pack and share (share
    needs pack), and what it keeps must be exact on pairs it never saw."""
    from _gguf_helpers import build_family_model

    model_dir = build_family_model(tmp_path / "gemma2", "gemma2", tiny_model, seed=3)
    model, tok = load_model(model_dir)
    enc = encode_pairs(make_pairs(), tok, 1024)
    # the reason for "head", shown on the model itself: its logits are the soft-capped head output
    cap = float(model.args.final_logit_softcapping)
    ids = mx.array([list(enc[0].prompt + enc[0].chosen)])
    raw = np.asarray(model.model.embed_tokens.as_linear(model.model(ids)), dtype=np.float64)
    full = np.asarray(model(ids), dtype=np.float64)
    assert np.allclose(full, cap * np.tanh(raw / cap), atol=1e-3) and not np.allclose(full, raw, atol=1.0)
    flags = probe_fast_paths(model, enc[:2], fastmath_mode="on")
    assert flags == {"head": False, "pack": False, "share": False, "math": True}
    c, r = _hand_logps(model_dir, enc[2:6])
    for scoring in (True, False):
        got = np.asarray(sequence_logps(model, batch_for(model, enc[2:6]), scoring=scoring)[0])
        np.testing.assert_allclose(got, np.concatenate([c, r]), rtol=1e-4, atol=1e-3)


def test_reference_is_base_model_with_lora_off(tiny_model, lora_model):
    model, tok = lora_model
    enc = encode_pairs(make_pairs()[:2], tok, 1024)
    base, _ = load_model(tiny_model)
    set_fast_paths(base, {"head": True, "pack": True, "share": False})
    batch = make_batch(enc)
    want = np.asarray(sequence_logps(base, batch)[0])
    with lora_disabled(model):
        off = np.asarray(sequence_logps(model, batch)[0])
    on = np.asarray(sequence_logps(model, batch)[0])
    assert np.array_equal(off, want)  # bit for bit
    assert not np.allclose(on, want)  # and the LoRA is back on afterwards
    refs = reference_logps(model, enc, 2, lora_off=True)
    assert np.allclose([refs[e.key][0] for e in enc] + [refs[e.key][1] for e in enc], want, rtol=1e-5, atol=1e-3)


def _count_calls(monkeypatch):
    calls = {"logps": 0, "lora_off": 0}
    real_logps, real_off = trainer_mod.sequence_logps, trainer_mod.lora_disabled

    def logps(*a, **k):
        calls["logps"] += 1
        return real_logps(*a, **k)

    def off(*a, **k):
        calls["lora_off"] += 1
        return real_off(*a, **k)

    monkeypatch.setattr(trainer_mod, "sequence_logps", logps)
    monkeypatch.setattr(trainer_mod, "lora_disabled", off)
    return calls


def _metrics(out):
    return [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]


def _full_set(model_dir, adapter=None):
    """Per-pair (chosen, rejected) summed log-probs and reply lengths of every training pair."""
    model, tok = load_model(model_dir, adapter)
    enc = encode_pairs(make_pairs(), tok, 1024)
    lp = reference_logps(model, enc, 1, lora_off=False)  # the model as loaded
    c, r = (mx.array([lp[e.key][i] for e in enc]) for i in (0, 1))
    return c, r, mx.array([len(e.chosen) for e in enc]), mx.array([len(e.rejected) for e in enc])


def _full_set_loss(method, base, tuned):
    """Mean loss over ALL training pairs (per-step batch losses are too noisy to compare)."""
    if method == "dpo":
        losses, rc, rr = dpo_loss(tuned[0], tuned[1], base[0], base[1], 0.1)
    else:
        losses, rc, rr = simpo_loss(tuned[0], tuned[1], tuned[2], tuned[3], 2.0, 0.5)
    return float(mx.mean(losses)), float(pair_accuracy(rc, rr))


def test_dpo_learns_and_writes_a_loadable_adapter(tiny_model, tmp_path, monkeypatch):
    calls = _count_calls(monkeypatch)
    out = tmp_path / "dpo"
    s = train(make_pairs(), tiny_model, out, _opts(method="dpo", beta=0.1, **FAST), progress=False)
    # one reference forward per pair (once, cached), one per pair and step, one final scoring pass
    assert calls == {"logps": 8 + 8 * 2 + 8, "lora_off": 1} and s["reference_pairs"] == 8
    m = _metrics(out)
    assert len(m) == 8 and m[0]["loss"] == pytest.approx(np.log(2), abs=1e-6)  # policy == reference
    assert m[0]["chosen_reward"] == 0.0 == m[0]["rejected_reward"]  # same function, same batches: same bits
    assert {"step", "loss", "accuracy", "margin", "chosen_reward", "rejected_reward", "chosen_logps",
            "rejected_logps", "grad_norm", "tokens_per_sec", "peak_memory_mb"} <= set(m[0])
    base, tuned = _full_set(tiny_model), _full_set(tiny_model, out)
    loss0, acc0 = _full_set_loss("dpo", base, base)
    loss1, acc1 = _full_set_loss("dpo", base, tuned)
    assert loss0 == pytest.approx(np.log(2)) and acc0 == 0.0  # rewards are all 0 before training
    assert loss1 < 0.8 * loss0 and acc1 == 1.0 == s["final_train_accuracy"]
    assert s["tokens"] == sum(r["tokens"] for r in m) and s["steps"] == 8
    cfg = json.loads((out / "adapter_config.json").read_text())
    assert cfg["fine_tune_type"] == "lora" and cfg["num_layers"] == 2
    assert cfg["lora_parameters"] == {"rank": 8, "scale": 20.0, "dropout": 0.0}
    assert not list(tmp_path.glob("dpo.tmp-*"))
    # mlx-lm loads it unchanged and its logits differ from the base model's
    ids = mx.array([[5, 40, 41, 42, 43]])
    base, _ = mlx_lm.load(str(tiny_model))
    tuned, _ = mlx_lm.load(str(tiny_model), adapter_path=str(out))
    assert float(mx.abs(tuned(ids) - base(ids)).max()) > 1e-3


def test_simpo_learns_without_any_reference_pass(tiny_model, tmp_path, monkeypatch):
    calls = _count_calls(monkeypatch)

    def no_reference(*a, **k):
        raise AssertionError("SimPO ran a reference pass")

    monkeypatch.setattr(trainer_mod, "reference_logps", no_reference)
    out = tmp_path / "simpo"
    s = train(make_pairs(), tiny_model, out, _opts(method="simpo", simpo_beta=2.0, gamma=0.5, **FAST),
              progress=False)
    assert calls == {"logps": 8 * 2 + 8, "lora_off": 0}  # the steps and the final scoring, nothing else
    assert s["reference_pairs"] == 0 and s["ref_pass_seconds"] == 0 and s["beta"] == 2.0
    m = _metrics(out)
    loss0, acc0 = _full_set_loss("simpo", None, _full_set(tiny_model))
    loss1, acc1 = _full_set_loss("simpo", None, _full_set(tiny_model, out))
    assert loss1 < 0.8 * loss0 and acc1 >= acc0 and acc1 == s["final_train_accuracy"]
    # SimPO's reported reward is beta * mean token log-prob
    assert m[0]["chosen_reward"] < 0 and m[0]["chosen_logps"] < m[0]["chosen_reward"] / 2.0


def test_init_adapter_is_start_point_and_reference(tiny_model, tmp_path):
    """Also the step-1 agreement check: fastmath forced on, so the reference and the training step both
    go through its tiers on any backend; they must use the same one (the numpy scoring tier rounds
    differently: rewards ~1e-6, a loss off ln 2 by more than 1e-6 on some machines)."""
    first = tmp_path / "first"
    train(make_pairs(), tiny_model, first, _opts(method="simpo", **dict(FAST, iters=3, final_eval=False)),
          progress=False)
    model, tok = load_model(tiny_model, first)
    enc = encode_pairs(make_pairs(), tok, 1024)
    with_adapter = reference_logps(model, enc, 2, lora_off=False)
    with_base = reference_logps(model, enc, 2, lora_off=True)
    assert any(abs(with_adapter[k][0] - with_base[k][0]) > 1e-3 for k in with_adapter)
    out = tmp_path / "second"
    s = train(make_pairs(), tiny_model, out,
              _opts(method="dpo", rank=16, fastmath="on", **dict(FAST, iters=2)),
              init_adapter=first, progress=False)
    m = _metrics(out)
    assert s["fast_paths"]["math"] is True and s["fastmath"] == "on"
    # step 1's policy IS the loaded adapter, so the rewards against the reference are exactly 0
    assert m[0]["chosen_reward"] == 0.0 == m[0]["rejected_reward"]
    assert m[0]["loss"] == pytest.approx(np.log(2), abs=1e-6)
    assert s["rank"] == 8 and s["init_adapter"] == str(first)  # the adapter's shape wins over --rank
    mlx_lm.load(str(tiny_model), adapter_path=str(out))


@pytest.mark.parametrize("batch_size, micro", [(5, 2), (3, 2)])
def test_step_one_rewards_are_exactly_zero_with_micro_batches(tiny_model, tmp_path, batch_size, micro):
    """The reference runs the first epoch's own micro-batches: other groupings pad differently, and
    padding alone moves the log-probs by float32 rounding. Seed 3 puts a group whose micro-batches are
    not the length-sorted pairs cut in twos first (e.g. pairs 5-7 of 8 as [5, 6], [7])."""
    out = tmp_path / "dpo"
    train(make_pairs(), tiny_model, out, _opts(method="dpo", fastmath="on", **dict(
        FAST, batch_size=batch_size, micro_batch_size=micro, iters=1, seed=3, final_eval=False)), progress=False)
    m = _metrics(out)[0]
    assert m["chosen_reward"] == 0.0 == m["rejected_reward"] and m["loss"] == pytest.approx(np.log(2), abs=1e-6)


@pytest.mark.parametrize("loss_type, step_one_loss", [("ipo", (1 / (2 * 0.25)) ** 2), ("hinge", 1.0)])
def test_other_dpo_losses_train(tiny_model, tmp_path, loss_type, step_one_loss):
    """At step 1 the policy is the reference, so h = 0 exactly and each loss is its value at 0 with the
    configured beta (0.25, not the default 0.1): IPO (h - 1/(2 beta))^2 = 4, hinge max(0, 1 - beta h) = 1
    (sigmoid's ln 2 is pinned by the DPO test above)."""
    s = train(make_pairs(), tiny_model, tmp_path / loss_type,
              _opts(method="dpo", loss_type=loss_type, beta=0.25, **dict(FAST, iters=6, final_eval=False)),
              progress=False)
    m = _metrics(tmp_path / loss_type)
    assert m[0]["chosen_reward"] == 0.0 == m[0]["rejected_reward"]
    assert m[0]["loss"] == pytest.approx(step_one_loss, rel=1e-6)
    assert s["loss_type"] == loss_type and s["last_loss"] < s["first_loss"]


def _hand_logps(model_dir, enc) -> tuple[np.ndarray, np.ndarray]:
    """Summed reply log-probs (chosen, rejected) per pair, computed here: mlx-lm's own model, one
    sequence at a time, full logits, log-softmax in float64 numpy."""
    model, _ = mlx_lm.load(str(model_dir))
    out = []
    for side in ("chosen", "rejected"):
        vals = []
        for e in enc:
            reply = list(getattr(e, side))
            ids = list(e.prompt) + reply
            logits = np.asarray(model(mx.array([ids[:-1]]))[0].astype(mx.float32), dtype=np.float64)
            logits -= logits.max(axis=-1, keepdims=True)
            logp = logits - np.log(np.exp(logits).sum(axis=-1, keepdims=True))
            first = len(e.prompt) - 1  # the position whose next token is the reply's first
            vals.append(sum(logp[first + i, t] for i, t in enumerate(reply)))
        out.append(np.asarray(vals))
    return out[0], out[1]


def test_simpo_step_one_loss_is_the_hand_computed_one(tiny_model, tmp_path):
    """SimPO at step 1 (LoRA B = 0: the policy is the base) over all 8 pairs in one batch:
    mean softplus(-(beta (logp_c/|c| - logp_r/|r|) - gamma)) with the configured beta 3.0 and gamma 1.2,
    from log-probs computed independently of the trainer."""
    beta, gamma = 3.0, 1.2
    out = tmp_path / "simpo"
    train(make_pairs(), tiny_model, out, _opts(method="simpo", simpo_beta=beta, gamma=gamma, **dict(
        FAST, batch_size=8, iters=1, final_eval=False)), progress=False)
    _, tok = load_model(tiny_model)
    enc = encode_pairs(make_pairs(), tok, TrainOptions().max_seq_length)
    c, r = _hand_logps(tiny_model, enc)
    z = beta * (c / [len(e.chosen) for e in enc] - r / [len(e.rejected) for e in enc]) - gamma
    want = float(np.mean(np.log1p(np.exp(-z))))
    m = _metrics(out)[0]
    assert m["loss"] == pytest.approx(want, rel=1e-4)
    assert m["chosen_reward"] == pytest.approx(float(np.mean(beta * c / [len(e.chosen) for e in enc])), rel=1e-4)


def test_nll_term_reaches_the_loss_with_its_weight(tiny_model, tmp_path):
    """SimPO + 0.7 x the chosen reply's NLL per token at step 1, from independent log-probs; and DPO-Positive
    at step 1 adds nothing (the policy is the reference: max(0, ref_c - pi_c) = 0), so its loss is ln 2."""
    beta, gamma, w = 2.0, 0.5, 0.7
    out = tmp_path / "nll"
    s = train(make_pairs(), tiny_model, out, _opts(method="simpo", simpo_beta=beta, gamma=gamma, nll_weight=w,
                                                         **dict(FAST, batch_size=8, iters=1, final_eval=False)),
              progress=False)
    _, tok = load_model(tiny_model)
    enc = encode_pairs(make_pairs(), tok, TrainOptions().max_seq_length)
    c, r = _hand_logps(tiny_model, enc)
    nc, nr = np.array([len(e.chosen) for e in enc]), np.array([len(e.rejected) for e in enc])
    z = beta * (c / nc - r / nr) - gamma
    want = float(np.mean(np.log1p(np.exp(-z)) + w * (-c / nc)))
    assert _metrics(out)[0]["loss"] == pytest.approx(want, rel=1e-4)
    assert s["nll_weight"] == w
    out2 = tmp_path / "dpop"
    train(make_pairs(), tiny_model, out2, _opts(method="dpo", dpop_lambda=50.0, **dict(
        FAST, iters=3, final_eval=False)), progress=False)
    m = _metrics(out2)
    assert m[0]["loss"] == pytest.approx(np.log(2), abs=1e-6)
    with pytest.raises(TrainError, match="dpop_lambda"):
        train(make_pairs(), tiny_model, tmp_path / "x", _opts(method="simpo", dpop_lambda=1.0, **FAST),
              progress=False)


@pytest.mark.parametrize("variant", [dict(grad_checkpoint=True), dict(micro_batch_size=0)])
def test_checkpointing_and_micro_batching_give_the_same_steps(tiny_model, tmp_path, variant):
    o = dict(FAST, iters=2, batch_size=4, final_eval=False)
    train(make_pairs(), tiny_model, tmp_path / "a", _opts(**o), progress=False)
    b = train(make_pairs(), tiny_model, tmp_path / "b", _opts(**variant, **o), progress=False)
    assert b["micro_batch_size"] == (4 if variant.get("micro_batch_size") == 0 else 1)
    # (weights are not compared: Adam's first steps are ~lr * sign(g), which rounding flips where g ~ 0)
    ma, mb = _metrics(tmp_path / "a"), _metrics(tmp_path / "b")
    for key in ("loss", "grad_norm", "chosen_logps", "rejected_logps"):
        assert [r[key] for r in ma] == pytest.approx([r[key] for r in mb], rel=1e-4)


def test_accumulated_micro_batch_gradients_equal_the_whole_batch(lora_model):
    import mlx.nn as nn

    model, tok = lora_model
    enc = encode_pairs(make_pairs()[:4], tok, 1024)
    probe_fast_paths(model, enc[:2])
    opts = _opts(method="dpo", beta=0.1)
    vg = nn.value_and_grad(model, trainer_mod._loss_fn(opts))
    ref_c, ref_r = mx.array([-50.0, -60.0, -70.0, -80.0]), mx.array([-90.0, -95.0, -99.0, -120.0])
    (_, _), whole = vg(model, batch_for(model, enc), ref_c, ref_r)
    acc = None
    for i in range(4):
        (_, _), g = vg(model, batch_for(model, enc[i:i + 1]), ref_c[i:i + 1], ref_r[i:i + 1])
        acc = g if acc is None else tree_map(mx.add, acc, g)
    for (k, w), (_, a) in zip(tree_flatten(whole), tree_flatten(acc), strict=True):
        scale = float(mx.abs(w).max()) + 1e-12
        assert np.allclose(np.asarray(a) / 4, np.asarray(w), atol=1e-4 * scale), k


def test_zero_gradients_and_unchanged_weights_fail_and_keep_old_adapter(tiny_model, tmp_path, monkeypatch):
    out = tmp_path / "ad"
    train(make_pairs(), tiny_model, out, _opts(**dict(FAST, iters=1, final_eval=False)), progress=False)
    before = (out / "adapters.safetensors").read_bytes()

    real = trainer_mod._loss_fn

    def zero_grad_loss(opts):
        fn = real(opts)

        def wrapped(model, batch, ref_c, ref_r):
            loss, aux = fn(model, batch, ref_c, ref_r)
            return mx.stop_gradient(loss), aux
        return wrapped

    monkeypatch.setattr(trainer_mod, "_loss_fn", zero_grad_loss)
    with pytest.raises(TrainError, match="zero gradients"):
        train(make_pairs(), tiny_model, out, _opts(**dict(FAST, iters=2)), progress=False)
    monkeypatch.undo()

    class Frozen(optim.Adam):
        def apply_single(self, gradient, parameter, state):
            super().apply_single(gradient, parameter, state)
            return parameter

    monkeypatch.setattr(trainer_mod.optim, "Adam", Frozen)
    with pytest.raises(TrainError, match="did not change"):
        train(make_pairs(), tiny_model, out, _opts(**dict(FAST, iters=2)), progress=False)
    assert (out / "adapters.safetensors").read_bytes() == before
    assert not list(tmp_path.glob("ad.tmp-*"))


def test_bad_model_dir_is_a_clear_error(tmp_path, tiny_model):
    with pytest.raises(TrainError, match="no config.json"):
        train(make_pairs(), tmp_path, tmp_path / "out", _opts(), progress=False)
    broken = tmp_path / "broken"
    shutil.copytree(tiny_model, broken)
    (broken / "config.json").write_text("{nope")
    with pytest.raises(TrainError, match="not valid JSON"):
        load_model(broken)


def test_cli_train_json_and_bad_line(tiny_model, tmp_path, capsys):
    data = tmp_path / "pairs.jsonl"
    write_pairs(data, make_pairs())
    out = tmp_path / "cli"
    rc = cli.main(["train", str(data), "--model", str(tiny_model), "--out", str(out), "--method", "simpo",
                   "--learning-rate", "3e-3", "--iters", "2", "--batch-size", "4", "--num-layers", "1",
                   "--beta", "2.5", "--no-final-eval", "--json"])
    s = json.loads(capsys.readouterr().out)
    assert rc == 0 and s["method"] == "simpo" and s["beta"] == 2.5 and s["steps"] == 2 and s["pairs"] == 8
    assert json.loads((out / "summary.json").read_text())["tokens"] == s["tokens"]
    assert json.loads((out / "adapter_config.json").read_text())["num_layers"] == 1
    data.write_text(data.read_text() + '{"prompt": "x"}\n')
    rc = cli.main(["train", str(data), "--model", str(tiny_model), "--out", str(out), "--json"])
    assert rc == 2 and f"{data}:9" in capsys.readouterr().err


def test_base_model_without_chat_template_trains(tiny_base_model, tmp_path):
    s = train(make_pairs()[:4], tiny_base_model, tmp_path / "base",
              _opts(method="dpo", **dict(FAST, iters=3, final_eval=False)), progress=False)
    assert s["last_loss"] < s["first_loss"]
    assert {k: s["fast_paths"][k] for k in ("head", "pack", "share")} == {"head": True, "pack": True, "share": True}
    mlx_lm.load(str(tiny_base_model), adapter_path=str(tmp_path / "base"))


def test_options_come_from_the_config_file():
    from timmyd import config

    cfg = config.load()
    o = TrainOptions.from_config(cfg.train, method="simpo", learning_rate=None, iters=3)
    assert o.learning_rate == cfg.train.learning_rate and o.method == "simpo" and o.iters == 3
    assert o.micro_batch_size == cfg.train.micro_batch_size and o.final_eval is True
    with pytest.raises(TrainError, match="method"):
        _opts(method="both").validate()


def _no_timing(monkeypatch):
    from timmyd.train import fastmath

    def timed(*a, **k):
        raise AssertionError("fastmath was decided by a stopwatch")

    monkeypatch.setattr(fastmath, "faster_than_builtin", timed)
    monkeypatch.setattr(fastmath, "exp_slowdown", timed)


def test_fastmath_mode_decides_the_probe_without_timing(lora_model, monkeypatch):
    model, tok = lora_model
    _no_timing(monkeypatch)
    enc = encode_pairs(make_pairs()[:2], tok, 1024)
    on_cpu = mx.default_device() == mx.cpu
    assert probe_fast_paths(model, enc, fastmath_mode="auto")["math"] is on_cpu  # from the backend alone
    assert probe_fast_paths(model, enc)["math"] is on_cpu  # "auto" is the default
    assert probe_fast_paths(model, enc, fastmath_mode="on")["math"] is True
    assert probe_fast_paths(model, enc, fastmath_mode="off")["math"] is False
    with pytest.raises(ValueError, match=r"\[train\]\.fastmath"):
        probe_fast_paths(model, enc, fastmath_mode="fast")


def test_fastmath_option_reaches_the_trainer_and_is_validated(tiny_model, tmp_path, monkeypatch):
    from timmyd import config

    _no_timing(monkeypatch)
    s = train(make_pairs()[:4], tiny_model, tmp_path / "off",
              _opts(fastmath="off", **dict(FAST, iters=1, final_eval=False)), progress=False)
    assert s["fastmath"] == "off" and s["fast_paths"]["math"] is False
    assert _opts().fastmath == config.TrainConfig().fastmath == "auto"
    p = tmp_path / "timmyd.toml"
    p.write_text('[train]\nfastmath = "off"\n')
    assert TrainOptions.from_config(config.load(p).train).fastmath == "off"
    p.write_text('[train]\nfastmath = "fast"\n')
    with pytest.raises(config.ConfigError, match=r"'train\.fastmath' must be one of \['auto', 'off', 'on'\]"):
        config.load(p)
    with pytest.raises(TrainError, match=r"\[train\]\.fastmath"):
        _opts(fastmath="fast").validate()


def test_evaluation_probes_with_the_configs_fastmath(tiny_model, monkeypatch):
    import dataclasses

    import timmyd.train as train_pkg
    from timmyd import config
    from timmyd.evaluate import metrics as ev

    seen = []

    class Probed(Exception):
        pass

    def probe(model, enc, **k):
        seen.append(k)
        raise Probed

    monkeypatch.setattr(train_pkg, "probe_fast_paths", probe)
    cfg = config.Config()
    cfg = dataclasses.replace(cfg, train=dataclasses.replace(cfg.train, fastmath="off"))
    with pytest.raises(Probed):
        ev.evaluate(tiny_model, None, make_pairs()[:2], cfg)
    assert seen == [{"fastmath_mode": "off"}]
