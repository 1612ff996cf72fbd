"""Stand-in worker jobs for guard/ladder/daemon tests: the `train` job's memory grows with the pairs per
forward pass.

Run as `python daemon_fakes.py JOB SPEC_JSON` (the worker's arguments, `timmyd.service.jobs.job_args`);
SPEC is the job's keyword arguments. The train job creates the
trainer's temp dir `<out>.tmp-<pid>` (like the real atomic writer), holds `B * $FAKE_MB_PER_PAIR` MiB
of touched memory (B = --micro-batch-size), and either exits 0 after writing an adapter (when
B <= $FAKE_MAX_OK_BATCH) or keeps
running until it is stopped. With $FAKE_SLEEP it just sleeps (for kill tests).
"""

import json
import os
import sys
import time
from pathlib import Path


def spec_of(argv) -> dict:
    return json.loads(argv[1])


def main(argv):
    args = spec_of(argv)
    out = Path(args["out"])
    batch = int(args.get("micro_batch_size") or args.get("batch_size") or 1)  # pairs per forward pass
    tmp = out.parent / f"{out.name}.tmp-{os.getpid()}"
    tmp.mkdir(parents=True)
    (tmp / "adapters.safetensors").write_bytes(b"partial")
    mb = int(os.environ.get("FAKE_MB_PER_PAIR", "200"))
    hog = b"\x01" * (batch * mb * 1024 * 1024)  # every page written: counts in RSS
    time.sleep(float(os.environ.get("FAKE_SLEEP", "0")))
    if os.environ.get("FAKE_NO_CANDIDATE"):  # a search whose every checkpoint broke the chosen-drift limit
        import shutil
        shutil.rmtree(tmp)
        (out.parent / f"{out.name}.no-candidate.json").write_text(json.dumps({"winner": None, "candidates": [
            {"name": "lr=2e-06", "best": {"feasible": False}}]}))
        print("timmyd worker: error: NoCandidate: no candidate: every checkpoint of the 1 learning rates tried "
              "lowered the chosen replies' log-prob", file=sys.stderr)
        return 1
    if batch > int(os.environ.get("FAKE_MAX_OK_BATCH", "1")):
        time.sleep(60)  # would keep growing in real life; the guard must stop it before this ends
        return 3
    (tmp / "adapter_config.json").write_text(json.dumps({"fine_tune_type": "lora"}))
    summary = {"method": args.get("method"), "batch_size": batch, "peak_memory_mb": len(hog) / 2**20}
    (tmp / "summary.json").write_text(json.dumps(summary))
    os.replace(tmp, out)
    print(json.dumps(summary))
    return 0




def fake_eval(argv):
    """`eval {adapter: A, against: B?, batch_size?, gen_prompts?, max_new_tokens?}`: accuracy from the
    adapter's name (…-dpo 0.6, …-simpo 0.8, anything else 0.5), so the cycle's choices can be checked.
    Memory like the fake train job: holds `batch_size * $FAKE_EVAL_MB_PER_PAIR` MiB (default 0) and
    keeps running (until the guard stops it) when batch_size > $FAKE_EVAL_MAX_OK_BATCH (default 64).
    The [eval] settings it was given come back in each side's metrics (`settings`).
    Knobs: $FAKE_EVAL_ACC, a JSON object {name suffix: accuracy} checked before the defaults (e.g.
    '{"-dpo": 0.4}' makes a DPO candidate fail its verdict against the base's 0.5); $FAKE_EVAL_LOG, a
    file each spec received is appended to (one JSON line), so a test can see what it was asked."""
    args = spec_of(argv)
    if os.environ.get("FAKE_EVAL_LOG"):
        with open(os.environ["FAKE_EVAL_LOG"], "a") as fh:
            fh.write(json.dumps(args) + "\n")
    knob = json.loads(os.environ.get("FAKE_EVAL_ACC") or "{}")
    batch = int(args.get("batch_size") or 4)  # pairs per forward pass ([eval] batch_size default)
    hog = b"\x01" * (batch * int(os.environ.get("FAKE_EVAL_MB_PER_PAIR", "0")) * 1024 * 1024)
    if batch > int(os.environ.get("FAKE_EVAL_MAX_OK_BATCH", "64")):
        time.sleep(60)  # would keep growing in real life; the guard must stop it before this ends
        return 3
    settings = {k: args.get(k) for k in ("batch_size", "gen_prompts", "max_new_tokens")}

    def metrics(adapter):
        name = Path(adapter).name if adapter else ""
        acc = next((float(a) for suffix, a in knob.items() if name.endswith(suffix)), None)
        if acc is None:
            acc = 0.6 if name.endswith("-dpo") else 0.8 if name.endswith("-simpo") else 0.5
        return {"adapter": adapter, "n_pairs": 5, "pairs_digest": "d", "accuracy_per_token": acc,
                "per_token_margin": acc - 0.5, "base_accuracy_per_token": 0.5, "base_per_token_margin": 0.0,
                "delta_chosen_logp_per_token": -0.01, "chosen_logp_per_token": -2.0,
                "base_chosen_logp_per_token": -1.99, "gen_prompts": 0, "per_pair": [1, 2, 3],
                "settings": settings, "held_mb": len(hog) >> 20}

    cur = args.get("against")
    print(json.dumps({"candidate": metrics(args["adapter"]), "current": metrics(cur) if cur else None}))
    return 0


def fake_promote(argv):
    """`promote {target: RUN, config: CFG}`: records a promotion like the real one ($FAKE_PROMOTE =
    promoted | unreachable) and logs the call to <state>/fake-promote.jsonl."""
    from timmyd import config
    from timmyd.ledger.store import Ledger

    args = spec_of(argv)
    cfg = config.load(args["config"])
    run_id = int(args["target"])
    status = os.environ.get("FAKE_PROMOTE", "promoted")
    tag = f"timmy:run-{run_id}"
    with Ledger.open(cfg.state_path) as led:
        adapter = led.run(run_id)["adapter_dir"]
        led.record_promotion(run_id, tag, cfg.promote.served_name, "adapter", status)
    with open(cfg.state_path / "fake-promote.jsonl", "a") as fh:
        fh.write(json.dumps({"run_id": run_id, "adapter": adapter, "status": status}) + "\n")
    print(json.dumps({"status": status, "tag": tag, "strategy": "adapter", "detail": f"fake {status}"}))
    return 0 if status == "promoted" else 3


def fake_report(argv):
    """`report {runs: [ADAPTER...]}`: names a report next to the first adapter."""
    runs = spec_of(argv)["runs"]
    first = Path(runs[0])
    print(json.dumps({"report": {"html": str(first / "report.html"), "markdown": str(first / "report.md")},
                      "runs": runs}))
    return 0


def fake_ingest(argv):
    """`ingest {paths: [...]}`: reports the paths it was given."""
    print(json.dumps({"files": 0, "pairs_added": 0, "paths": spec_of(argv)["paths"]}))
    return 0


def dispatch():
    argv = sys.argv[1:]
    fakes = {"eval": fake_eval, "promote": fake_promote, "report": fake_report, "ingest": fake_ingest}
    return fakes.get(argv[0], main)(argv)


if __name__ == "__main__":
    sys.exit(dispatch())
