"""Crash points: kill -9 and Ollama outages at every stage of a cycle (harness: tests/faults.py).

The default run tries the three cells that once lost data or served the wrong model (a power cut during
promotion, a daemon killed just after it started a worker, an outage between pointing the served name
and the last smoke test). The whole matrix — process x stage and outage x promotion step, 5 trials
each at random moments — is slow:

    bash scripts/test.sh -m slow tests/test_faults.py -s
"""

from __future__ import annotations

import random
import time
from collections import Counter

import pytest
from faults import (
    Trial,
    cells,
    check_recovered,
    check_rollback,
    kill,
    promotion_step_recorded,
    run_cell,
    wait_for,
)


def _ok(res: dict) -> None:
    assert res["hit"], f"the fault did not land where it was meant to: {res['info']}"
    assert not res["problems"], "\n".join(res["problems"])


def test_power_cut_during_promotion_promotes_the_winner_at_the_next_start(tmp_path):
    """Daemon and promotion worker die together once the run's tag exists on the server (pairs
    consumed, nothing served yet): the next start resumes that promotion instead of stranding it."""
    res = run_cell(tmp_path, "kill:both", "promote", random.Random(1),
                   when=lambda t: promotion_step_recorded(t, "create"), hold=("POST", "/api/generate", 5.0))
    _ok(res)


def test_outage_between_pointing_and_the_last_smoke_test_keeps_rollback_exact(tmp_path):
    _ok(run_cell(tmp_path, "outage", "smoke-served", random.Random(2)))


def test_a_worker_started_just_before_its_daemon_died_does_not_train_on(tmp_path):
    """The daemon dies ~0.1 s after starting the training worker, while the worker is still importing:
    the worker must exit on its own, and the next daemon trains alone and promotes."""
    t = Trial(tmp_path)
    try:
        d = t.start_daemon()
        w = wait_for(lambda: t.worker_of("train"), 180)
        assert w is not None
        time.sleep(0.1)
        assert kill(d)
        d.wait(10)
        t0 = time.monotonic()
        assert wait_for(lambda: not t.workers(), 5.0), "the worker outlived its daemon"
        gone_after = time.monotonic() - t0
        assert not (t.cfg.state_path / "adapters" / "1-simpo" / "adapters.safetensors").exists()
        assert t.run_once() == 0
        assert check_recovered(t) == [] and check_rollback(t) == []
        assert gone_after < 3.0
    finally:
        t.close()


@pytest.mark.slow
def test_fault_matrix(tmp_path, capsys):
    """Every cell, 5 trials at random moments; prints the count of each cell."""
    reps = 5
    rng = random.Random(2026)
    counts: Counter = Counter()
    missed: Counter = Counter()
    failures = []
    for kind, where in cells():
        for i in range(reps):
            for attempt in range(4):  # a kill drawn after the stage had ended tests nothing: draw again, sooner
                res = run_cell(tmp_path / f"{kind.replace(':', '-')}-{where}-{i}-{attempt}", kind, where, rng,
                               scale=0.5 ** attempt)
                if res["hit"] or res["problems"]:
                    break
                missed[(kind, where)] += 1
            if not res["hit"] and not res["problems"]:
                res["problems"] = ["the fault never landed while the stage was running"]
            if res["problems"]:
                failures.append(f"{kind} @ {where} #{i}: " + "; ".join(res["problems"]))
            else:
                counts[(kind, where)] += 1
    with capsys.disabled():
        print("\nfault matrix (trials passed / trials, each with the fault landing while the stage ran):")
        for kind, where in cells():
            print(f"  {kind:12} {where:13} {counts[(kind, where)]}/{reps}"
                  + (f"  ({missed[(kind, where)]} draws came after the stage ended and were drawn again)"
                     if missed[(kind, where)] else ""))
        print(f"  total {sum(counts.values())}/{reps * len(cells())}")
    assert not failures, "\n".join(failures)
