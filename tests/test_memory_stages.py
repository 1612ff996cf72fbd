"""Memory guard beyond training: the evaluation ladder, the estimates of evaluation, report and export, the
preflight of each stage in a cycle, a guard stop during evaluation, and a budget too small for any rung."""

from __future__ import annotations

import dataclasses
import json
import struct
import sys
import threading
from pathlib import Path

import pytest

from timmyd import config as config_mod
from timmyd.ledger.store import Ledger, NewPair
from timmyd.pairs import Message, Pair, write_pairs
from timmyd.service.estimate import estimate, ladder
from timmyd.service.memory import GB, MB
from timmyd.service.stage_estimates import (
    EvalRung,
    budget_to_fit,
    estimate_eval,
    estimate_export,
    eval_ladder,
    eval_shape_of,
    fastmath_probed,
    refusal,
)

FAKE = Path(__file__).parent / "daemon_fakes.py"
WIDE = 32768  # a vocabulary large enough for the scoring pass's logits to drive the evaluation estimate


def fake_launcher(args):
    return [sys.executable, str(FAKE), *args]


def test_eval_ladder_order():
    rungs = eval_ladder(4, 8, 64)
    got = [(r.forward_pairs, r.gen_prompts, r.max_new_tokens) for r in rungs]
    assert got == [(4, 8, 64), (2, 8, 64), (1, 8, 64), (1, 8, 32), (1, 8, 16), (1, 4, 16), (1, 2, 16), (1, 1, 16)]
    assert [r.step for r in rungs[:2]] == ["configured", "held-out pairs per forward pass 4 -> 2"]
    assert rungs[3].step == "greedy replies 64 -> 32 tokens" and rungs[5].step == "generation prompts 8 -> 4"
    assert rungs[-1].overrides() == {"batch_size": 1, "gen_prompts": 1, "max_new_tokens": 16}
    assert rungs[-1].args() == ["--batch-size", "1", "--gen-prompts", "1", "--max-new-tokens", "16"]
    # generation off: only the pairs per forward pass step down; short replies are not cut further
    assert [(r.forward_pairs, r.gen_prompts) for r in eval_ladder(2, 0, 64)] == [(2, 0), (1, 0)]
    assert [r.step for r in eval_ladder(1, 3, 12)] == ["configured", "generation prompts 3 -> 1"]


def _wide_model(tmp_path: Path, vocab: int = WIDE) -> Path:
    """config.json plus a safetensors file whose header alone describes the weights (the estimates
    read headers only, so no weight bytes need to exist)."""
    d = tmp_path / "wide-model"
    d.mkdir()
    cfg = {"model_type": "llama", "hidden_size": 64, "num_hidden_layers": 2, "intermediate_size": 128,
           "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": vocab, "tie_word_embeddings": False}
    (d / "config.json").write_text(json.dumps(cfg))
    shapes = {"model.embed_tokens.weight": [vocab, 64], "lm_head.weight": [vocab, 64], "model.norm.weight": [64]}
    for i in range(2):
        p = f"model.layers.{i}."
        shapes |= {p + "self_attn.q_proj.weight": [64, 64], p + "self_attn.k_proj.weight": [32, 64],
                   p + "self_attn.v_proj.weight": [32, 64], p + "self_attn.o_proj.weight": [64, 64],
                   p + "mlp.gate_proj.weight": [128, 64], p + "mlp.up_proj.weight": [128, 64],
                   p + "mlp.down_proj.weight": [64, 128]}
    off, header = 0, {}
    for k, s in shapes.items():
        n = 4 * int(__import__("math").prod(s))
        header[k] = {"dtype": "F32", "shape": s, "data_offsets": [off, off + n]}
        off += n
    raw = json.dumps(header).encode()
    (d / "model.safetensors").write_bytes(struct.pack("<Q", len(raw)) + raw)
    return d


def _pairs(n_short: int, n_long: int, tag: str = "q") -> list[Pair]:
    short = [Pair((Message("user", f"{tag}{i}"),), f"ok {i}", f"no {i}") for i in range(n_short)]
    long = [Pair((Message("user", f"{tag}long{i}"),), f"ok {i}", "waffle " * 200 + str(i)) for i in range(n_long)]
    return short + long


def test_eval_estimate_steps_down_with_the_ladder_and_counts_the_right_pieces(tmp_path):
    d = _wide_model(tmp_path)
    shape = eval_shape_of(_pairs(2, 3))
    assert shape.n == 5 and shape.probe_reply < shape.pairs.pair_reply * 2  # the probe takes the two short ones
    rungs = eval_ladder(4, 8, 64)
    ests = [estimate_eval(d, r, 1024, shape, num_layers=16, rank=8) for r in rungs]
    totals = [e.total for e in ests]
    assert all(b <= a for a, b in zip(totals, totals[1:], strict=False)) and totals[-1] < totals[0]
    e4, e1 = ests[0], ests[2]
    assert e4.fixed["weights"] == 4 * (2 * WIDE * 64 + 64 + 2 * (2 * 64 * 64 + 2 * 32 * 64 + 3 * 64 * 128))
    # scoring: logits at the reply rows of the pairs in one forward pass (float32 model: 6 bytes per logit)
    rows = min(2048, shape.pairs.pair_reply)
    assert e4.detail["scoring_reply_rows"] == 4 * rows and e1.detail["scoring_reply_rows"] == rows
    assert e4.phases["scoring"] - e1.phases["scoring"] >= 3 * rows * WIDE * 6
    assert max(e4.phases, key=e4.phases.get) == "scoring"
    # without a data shape: the worst case for max_seq_length, never less than with one
    assert estimate_eval(d, rungs[0], 1024).total >= e4.total


def test_the_fast_path_probe_counts_until_the_base_cache_holds_it(tmp_path):
    from timmyd.evaluate.cache import BaseCache
    from timmyd.service.cycle import eval_preflight

    held = _pairs(1, 1, "h")  # the probe takes the two shortest pairs: here the long one too
    cfg = make_cfg(tmp_path, _wide_model(tmp_path), 64.0)
    write_pairs(tmp_path / "held.jsonl", held)
    phases = lambda: eval_preflight(cfg, tmp_path / "held.jsonl")[1][-1]["estimate"]["phases"]  # noqa: E731
    assert phases()["probe"] > phases()["scoring"]
    cache = BaseCache.for_model(cfg.state_path, cfg.model)
    cache.put_probe({"head": True, "pack": True, "share": False, "math": True,
                     "fastmath": fastmath_probed(cfg.train.fastmath)})
    cache.save()
    assert phases()["probe"] == 0
    off = dataclasses.replace(cfg, eval=dataclasses.replace(cfg.eval, cache_base=False))  # no cache: probes each time
    assert eval_preflight(off, tmp_path / "held.jsonl")[1][-1]["estimate"]["phases"]["probe"] > 0


def test_export_estimates(tmp_path):
    d = _wide_model(tmp_path)
    lora = estimate_export(d, "adapter")
    fused = estimate_export(d, "fused", "q8_0")
    assert lora.total < fused.total
    n = WIDE * 64  # the largest tensor (embedding / head, float32): as stored, a float32 copy, q8_0 blocks
    assert fused.phases["largest tensor"] == int(4 * n + n * (4 + 2 * 34 / 32))
    assert estimate_export(d, "fused", "f16").total < fused.total


def test_refusal_names_the_smallest_budget_that_would_work():
    mem = config_mod.MemoryConfig(budget_gb=2.5, reserve_gb=1.0)
    need = int(2.86 * GB)
    assert budget_to_fit(need, mem) == 3.2  # 2.86 / 0.9 = 3.18: the guard stops a worker at 90 % of the limit
    msg = refusal("evaluation", need, mem, available=64 * GB)
    assert msg == ("memory guard: evaluation needs ~2.9 GB at its smallest rung; [memory] budget_gb = 2.5 "
                   "(raise it to at least 3.2)")
    # `also`: one raise covers the cycle's other stages; a machine short of memory is named too
    assert "raise it to at least 4.5" in refusal("evaluation", need, mem, available=64 * GB, also=4 * GB)
    short = refusal("evaluation", need, dataclasses.replace(mem, budget_gb=8.0), available=3 * GB)
    assert "budget_gb" not in short and "the machine can give 2.0 GB now" in short


# --- the cycle -------------------------------------------------------------------------------------------

def make_cfg(tmp_path: Path, model: Path, budget_gb: float, eval_batch: int = 4, promote: dict | None = None,
             **train) -> config_mod.Config:
    lines = [f'state_dir = "{tmp_path / "state"}"', f'export_dir = "{tmp_path / "export"}"', f'model = "{model}"',
             "[daemon]", "threshold = 3", "cooldown_minutes = 0.0", "report = true",
             "[memory]", f"budget_gb = {budget_gb}", "reserve_gb = 0.0", "poll_seconds = 0.05",
             "[eval]", f"batch_size = {eval_batch}",
             "[train]", *[f"{k} = {json.dumps(v)}" for k, v in {"method": "dpo", **train}.items()],
             "[promote]", *[f"{k} = {json.dumps(v)}" for k, v in (promote or {}).items()]]
    p = tmp_path / "timmyd.toml"
    p.write_text("\n".join(lines) + "\n")
    return config_mod.load(p)


def seed(state: Path, train: list[Pair], held: list[Pair]) -> None:
    with Ledger.open(state) as led:
        led.add_pairs([NewPair(p, "train", "f", str(i)) for i, p in enumerate(train)]
                      + [NewPair(p, "heldout", "f", f"h{i}") for i, p in enumerate(held)])


def eval_totals(cfg, held: list[Pair]) -> list[int]:
    """The estimates the cycle's preflight makes (no base cache yet: the fast-path probe counts)."""
    t = cfg.train
    return [estimate_eval(cfg.model, r, t.max_seq_length, eval_shape_of(held), t.num_layers, t.rank,
                          probe_fastmath=fastmath_probed(t.fastmath)).total
            for r in eval_ladder(cfg.eval.batch_size, cfg.eval.gen_prompts, cfg.eval.max_new_tokens)]


def train_min(cfg, train: list[Pair]) -> int:
    from timmyd.service.estimate import shape_of
    t = cfg.train
    return min(estimate(cfg.model, r, t.num_layers, t.rank, shape_of(train)).total
               for r in ladder(t.method, t.batch_size, t.max_seq_length, t.grad_checkpoint, t.micro_batch_size))


def test_preflight_skips_eval_rungs_and_the_run_record_lists_them(tmp_path, monkeypatch):
    from timmyd.service.daemon import Daemon
    from timmyd.service.status import gather

    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "8")
    train, held = _pairs(3, 0, "t"), _pairs(2, 3, "h")
    cfg = make_cfg(tmp_path, _wide_model(tmp_path), 8.0)
    totals = eval_totals(cfg, held)
    budget = (totals[1] + totals[2]) / 2 / GB  # pairs per forward 4 and 2 are over it, 1 fits
    assert train_min(cfg, train) < budget * GB
    cfg = make_cfg(tmp_path, Path(cfg.model), round(budget, 4))
    seed(cfg.state_path, train, held)
    launched = []
    assert Daemon(cfg, launcher=lambda a: launched.append((a[0], json.loads(a[1]))) or fake_launcher(a)).run(once=True) == 0
    evals = [spec for job, spec in launched if job == "eval"]
    assert [(s["batch_size"], s["gen_prompts"], s["max_new_tokens"]) for s in evals] == [(1, 8, 64)]
    with Ledger.open(cfg.state_path) as led:
        run = led.last_run()
    assert run["status"] == "promoted", run.get("error")
    ev = run["summary"]["eval"]["dpo"]
    assert ev["rung"]["forward_pairs"] == 1 and ev["settings"]["batch_size"] == 1
    att = ev["attempts"]
    assert [a["rung"]["forward_pairs"] for a in att] == [4, 2, 1]
    assert [a.get("fits") for a in att[:2]] == [False, False] and all(a["estimate_gb"] > a["limit_gb"] for a in att[:2])
    assert att[2]["ok"] and att[2]["stage"] == "evaluation"
    assert json.loads((cfg.state_path / "runs" / str(run["id"]) / "eval-dpo.ladder.json").read_text())["attempts"]
    ladder_lines = gather(cfg)["last_run"]["ladder"]
    assert len(ladder_lines) == 2 and ladder_lines[0].startswith("dpo evaluation [configured]: preflight estimate")


def test_guard_stop_during_evaluation_steps_down_and_the_cycle_completes(tmp_path, monkeypatch):
    """2 pairs per forward pass hold 2 x 250 MiB, over the 0.45 GiB budget's stop line: the guard stops
    the eval worker, the ladder steps down to 1 pair (250 MiB), which completes; candidate and current
    are evaluated in that one worker with the same settings; the run is promoted."""
    from timmyd.service.daemon import Daemon

    monkeypatch.setenv("FAKE_MB_PER_PAIR", "1")
    monkeypatch.setenv("FAKE_MAX_OK_BATCH", "8")
    monkeypatch.setenv("FAKE_EVAL_MB_PER_PAIR", "250")
    monkeypatch.setenv("FAKE_EVAL_MAX_OK_BATCH", "1")
    model = tmp_path / "model"
    model.mkdir()
    (model / "config.json").write_text(json.dumps({"hidden_size": 64, "num_hidden_layers": 2, "vocab_size": 512,
                                                   "intermediate_size": 128}))
    cfg = make_cfg(tmp_path, model, 0.45, eval_batch=2)
    train, held = _pairs(3, 0, "t"), _pairs(2, 0, "h")
    assert max(eval_totals(cfg, held)) < 0.45 * GB  # every rung passes the preflight: only the guard steps down
    seed(cfg.state_path, train, held)
    served = tmp_path / "served"  # an adapter in service, so the worker evaluates two adapters
    served.mkdir()
    (served / "adapter_config.json").write_text("{}")
    with Ledger.open(cfg.state_path) as led:
        rid0 = led.start_run("cycle", "dpo")
        led.finish_run(rid0, "promoted", adapter_dir=str(served), finished=0.0)
        led.record_promotion(rid0, "timmy:run-0", cfg.promote.served_name, "adapter", "promoted")
    assert Daemon(cfg, launcher=fake_launcher).run(once=True) == 0
    with Ledger.open(cfg.state_path) as led:
        run = led.last_run()
    assert run["status"] == "promoted", run.get("error")
    s = run["summary"]
    att = s["eval"]["dpo"]["attempts"]
    assert [a["rung"]["forward_pairs"] for a in att] == [2, 1]
    assert att[0]["guard"]["stopped"] and att[0]["reason"].startswith("memory guard")
    assert att[1]["ok"]  # (the fake takes its memory in one step: how far RSS overshoots depends on the load)
    assert s["eval"]["dpo"]["settings"] == s["eval"]["current"]["settings"] == \
        {"batch_size": 1, "gen_prompts": 8, "max_new_tokens": 64}
    assert s["eval"]["current"]["adapter"] == str(served) and s["verdict"]["against"] == "current"


def test_a_budget_too_small_for_evaluation_is_refused_before_any_worker(tmp_path):
    from timmyd.service.cycle import eval_preflight
    from timmyd.service.daemon import Daemon

    train, held = _pairs(3, 0, "t"), _pairs(2, 3, "h")
    cfg = make_cfg(tmp_path, _wide_model(tmp_path), 8.0)
    need = eval_totals(cfg, held)[-1]
    budget = round((need + train_min(cfg, train)) / 2 / GB, 4)  # training fits, evaluation does not
    cfg = make_cfg(tmp_path, Path(cfg.model), budget)
    seed(cfg.state_path, train, held)
    started = []
    assert Daemon(cfg, launcher=lambda a: started.append(a) or fake_launcher(a)).run(once=True) == 1
    assert started == []  # refused up front: no training worker either
    want = budget_to_fit(need, cfg.memory)
    with Ledger.open(cfg.state_path) as led:
        run = led.last_run()
        assert run["status"] == "failed"
        assert run["error"] == (f"dpo: memory guard: evaluation needs ~{need / GB:.1f} GB at its smallest rung; "
                                f"[memory] budget_gb = {budget:g} (raise it to at least {want:.1f})")
        att = run["summary"]["methods"]["dpo"]["attempts"]
        assert {a["stage"] for a in att} == {"evaluation"} and len(att) == len(eval_ladder(4, 8, 64))
        assert led.count_pairs(split="train", unused_only=True) == 3
    # the budget it names is enough: the preflight lets the smallest rung through
    fit, _ = eval_preflight(dataclasses.replace(cfg, memory=dataclasses.replace(cfg.memory, budget_gb=want)),
                            cfg.state_path / "runs" / str(run["id"]) / "heldout.jsonl")
    assert fit


def test_a_budget_too_small_for_training_names_the_minimum(tmp_path):
    from timmyd.service.daemon import Daemon

    cfg = make_cfg(tmp_path, _wide_model(tmp_path), 0.05)
    seed(cfg.state_path, _pairs(3, 0, "t"), _pairs(2, 0, "h"))
    assert Daemon(cfg, launcher=lambda a: pytest.fail("no worker may start")).run(once=True) == 1
    with Ledger.open(cfg.state_path) as led:
        err = led.last_run()["error"]
    assert err.startswith("dpo: memory guard: no rung of the ladder fits the memory budget: dpo training needs ~")
    assert "[memory] budget_gb = 0.05 (raise it to at least " in err


def test_report_skipped_and_fused_export_refused_or_replaced_when_they_cannot_fit(tmp_path):
    from timmyd.service.cycle import do_promote, write_report

    model = _wide_model(tmp_path, vocab=1 << 20)  # a 1 M-token embedding: the fused export needs ~1.4 GB
    fused = estimate_export(model, "fused", "q8_0").total
    cfg = make_cfg(tmp_path, model, round(fused / GB / 2, 3), promote={"strategy": "fused"})
    started = []
    launcher = lambda a: started.append(a) or fake_launcher(a)  # noqa: E731
    out = write_report(dataclasses.replace(cfg, memory=dataclasses.replace(cfg.memory, budget_gb=0.1)),
                       ["a"], tmp_path, threading.Event(), launcher)
    assert out["error"].startswith("memory guard: the report needs ~0.2 GB; [memory] budget_gb = 0.1") and not started
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    with Ledger.open(cfg.state_path) as led:
        rid = led.start_run("cycle", "dpo")
        res = do_promote(cfg, led, str(adapter), rid, launcher=launcher)
        assert res["status"] == "failed" and not started
        assert res["detail"].startswith(f"memory guard: the fused export for promotion needs ~{fused / GB:.1f} GB; ")
        # "auto" with an Ollama base model: the LoRA adapter export instead, and the record says so
        auto = make_cfg(tmp_path, model, cfg.memory.budget_gb, promote={"strategy": "auto", "base_name": "b:1"})
        res = do_promote(auto, led, str(adapter), rid, launcher=launcher)
    assert json.loads(started[-1][1])["strategy"] == "adapter"
    assert res["status"] == "promoted" and res["memory"]["strategy"] == "adapter"
    assert res["memory"]["fused_export_gb"] > res["memory"]["limit_gb"] > res["memory"]["adapter_export_gb"]


# --- the estimate against a real eval worker ---------------------------------------------------------------

def _adapter(model_dir: Path, out: Path, seed: int) -> Path:
    import mlx.core as mx
    from mlx.utils import tree_flatten
    from mlx_lm.tuner.utils import linear_to_lora_layers

    from timmyd.train import load_model

    model, _ = load_model(model_dir)
    model.freeze()
    mx.random.seed(seed)
    linear_to_lora_layers(model, 2, {"rank": 8, "scale": 20.0, "dropout": 0.0})
    w = {k: (mx.random.normal(v.shape) * 0.01 if k.endswith("lora_b") else v)
         for k, v in tree_flatten(model.trainable_parameters())}
    out.mkdir(parents=True)
    mx.save_safetensors(str(out / "adapters.safetensors"), w)
    (out / "adapter_config.json").write_text(json.dumps(
        {"fine_tune_type": "lora", "num_layers": 2, "lora_parameters": {"rank": 8, "scale": 20.0, "dropout": 0.0}}))
    return out


def test_eval_estimate_covers_a_real_eval_worker(tiny_model, tmp_path):
    """The real `eval` worker on the tiny model, candidate vs a second adapter, on the configured rung
    and with the overrides of a lower one: the estimate is >= its measured peak RSS, and not absurdly above."""
    from timmyd.service.jobs import job_args
    from timmyd.service.worker import run_guarded, worker_command

    held = [Pair((Message("system", "You are Timmy."), Message("user", f"How do I do thing {i}?")),
                 f"`cmd {i}`", "Great question! " + "Here is a long explanation of the command. " * (4 + i))
            for i in range(6)]
    data = tmp_path / "heldout.jsonl"
    write_pairs(data, held)
    a, b = _adapter(tiny_model, tmp_path / "a", 1), _adapter(tiny_model, tmp_path / "b", 2)
    cfg_path = tmp_path / "c.toml"
    cfg_path.write_text(f'state_dir = "{tmp_path / "state"}"\n[eval]\nbatch_size = 4\ngen_prompts = 4\n'
                        "max_new_tokens = 16\ncache_base = false\n")
    mem = config_mod.MemoryConfig(budget_gb=16.0, reserve_gb=0.0, poll_seconds=0.02)
    shape = eval_shape_of(held)
    for rung in (EvalRung(4, 4, 16), EvalRung(1, 2, 8)):
        args = job_args("eval", data=str(data), model=str(tiny_model), adapter=str(a), against=str(b),
                        config=str(cfg_path), **rung.overrides())
        res = run_guarded(worker_command(args, mem.budget_gb), mem, tmp_path / "eval.log")
        assert res.ok, res.reason
        cand, cur = res.output["candidate"], res.output["current"]
        assert cand["gen_prompts"] == cur["gen_prompts"] == rung.gen_prompts  # one rung for both sides
        assert cand["max_new_tokens"] == cur["max_new_tokens"] == rung.max_new_tokens
        est = estimate_eval(tiny_model, rung, 1024, shape, num_layers=16, rank=8).total
        peak = res.guard.peak_rss
        assert peak > 50 * MB
        assert peak <= est <= 4 * peak, (rung, est / MB, peak / MB)
