"""Run a Python module as one rank of a group, with rank 1 dying at a given training step (tests only).

    python tests/rank_fault.py STEP -m MODULE ARGS...

Why: a rank that dies mid-run must fail the run and must not hang the others; killing it from outside
at the right moment would depend on timing, so rank 1 exits (code 9, no cleanup, like a crash) when it
reaches optimizer step STEP. Every other rank runs MODULE untouched.
"""

import os
import runpy
import sys


def main() -> None:
    step, flag, module, *rest = sys.argv[1:]
    assert flag == "-m", "usage: rank_fault.py STEP -m MODULE ARGS..."
    if os.environ.get("MLX_RANK") == "1":
        from timmyd.train import steps

        real = steps.train_step

        def dying(*args, **kwargs):
            if args[6] >= int(step):  # train_step(model, step_fn, optimizer, group, refs, opts, step, epoch)
                print(f"rank 1: dying at step {args[6]}", file=sys.stderr, flush=True)
                os._exit(9)
            return real(*args, **kwargs)

        steps.train_step = dying
    sys.argv = [module, *rest]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
