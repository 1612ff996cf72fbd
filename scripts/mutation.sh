#!/usr/bin/env bash
# Mutation testing (issue 17): mutmut over the modules where a silent mistake costs the owner most, each
# with a fast targeted test selection. Not part of the default CI run (minutes per module).
#
#   pip install -e ".[test,mutation]"
#   bash scripts/mutation.sh                 # all modules below
#   bash scripts/mutation.sh verdict losses  # some of them
#
# Each module runs in its own scratch copy of the working tree ($MUTATION_OUT/<module>, default
# ${TMPDIR:-/tmp}/timmyd-mutation): mutmut never touches the checkout, and a module's results stay
# browsable there (`cd $MUTATION_OUT/arch && mutmut results`, `mutmut show NAME`). $MUTATION_JOBS
# (default 2) mutants run at once. The summary (counts per module, then every survivor) is printed and
# written to $MUTATION_OUT/summary.txt; the baseline and what each survivor means: docs/mutation.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PYTHON:-$ROOT/.venv/bin/python}
MUTMUT=${MUTMUT:-$ROOT/.venv/bin/mutmut}
OUT=${MUTATION_OUT:-${TMPDIR:-/tmp}/timmyd-mutation}
JOBS=${MUTATION_JOBS:-2}
eval "$("$PY" -m timmyd.service.blas)"
export TIMMYD_NO_REEXEC=1

# module -> file to mutate | pytest selection | mutant names (fnmatch; the functions that decide)
declare -A FILE TESTS NAMES
FILE[verdict]=timmyd/evaluate/verdict.py
TESTS[verdict]="tests/test_verdict.py tests/test_verdict_paired.py"
NAMES[verdict]="timmyd.evaluate.verdict.*"
FILE[losses]=timmyd/train/losses.py
TESTS[losses]="tests/test_losses.py"
NAMES[losses]="timmyd.train.losses.*"
# the learning-rate search: which candidate and which checkpoint become the adapter
FILE[search]=timmyd/train/search.py
TESTS[search]="tests/test_search.py"
NAMES[search]="timmyd.train.search.*"
FILE[arch]=timmyd/gguf/arch.py
TESTS[arch]="tests/test_export.py tests/test_importer.py"
# the tensor layout (names, q/k permutation, norm offsets), not the hyper-parameter metadata
NAMES[arch]=$(printf 'timmyd.gguf.arch.x_%s__mutmut_* ' family_for_model_type family_for_arch _layer_table \
  hf_to_gguf_name gguf_to_hf_name lora_module_to_gguf permute_rows unpermute_rows qk_heads is_norm to_gguf from_gguf)
FILE[runs]=timmyd/ledger/runs.py
TESTS[runs]="tests/test_ledger.py tests/test_daemon.py"
NAMES[runs]="timmyd.ledger.runs.*"
# the cycle's decision and the pairs' consumption (not the training/evaluation ladders' plumbing, the
# promotion worker's launch, the report or pruning)
FILE[cycle]=timmyd/service/cycle.py
TESTS[cycle]="tests/test_daemon.py tests/test_verdict.py"
NAMES[cycle]=$(printf 'timmyd.service.cycle.x_%s__mutmut_* ' served_adapter run_cycle choose_method promotion_ok \
  retry_promotion)
ORDER=(verdict losses search arch runs cycle)

mods=("$@")
[ ${#mods[@]} -gt 0 ] || mods=("${ORDER[@]}")
mkdir -p "$OUT"
for m in "${mods[@]}"; do
  [ -n "${FILE[$m]:-}" ] || { echo "unknown module $m (one of: ${ORDER[*]})" >&2; exit 2; }
done
for m in "${mods[@]}"; do
  dir=$OUT/$m
  rm -rf "$dir"
  mkdir -p "$dir"
  tar -C "$ROOT" --exclude=./.venv --exclude=./.git --exclude=./state --exclude=./mutants --exclude=./.cache \
    --exclude='*.egg-info' --exclude=__pycache__ -cf - . | tar -xf - -C "$dir"
  # forkserver without warm-up: MLX's thread pool does not survive a plain fork of a process that used it
  {
    echo "[mutmut]"
    echo "source_paths = timmyd"
    echo "only_mutate = ${FILE[$m]}"
    printf 'also_copy =\n    launchd\n    etc\n'  # the daemon tests render the LaunchAgent, config tests read etc/
    echo "pytest_add_cli_args_test_selection ="
    for t in ${TESTS[$m]}; do echo "    $t"; done
    printf 'pytest_add_cli_args =\n    -p\n    no:cacheprovider\n'
    echo "process_isolation = forkserver"
    echo "forkserver_warmup = none"
  } > "$dir/setup.cfg"
  echo "== $m: ${FILE[$m]} against ${TESTS[$m]}"
  t0=$(date +%s)
  # (made before mutmut starts: a PYTHONPATH entry missing at start-up is never looked at again)
  mkdir -p "$dir/mutants"
  # shellcheck disable=SC2086 # NAMES are globs for mutmut, not for the shell
  # workers the tests start (python -m timmyd.service.worker, tests/daemon_fakes.py) must import the mutated
  # copy, not the checkout the editable install points at
  (cd "$dir" && set -f && PYTHONPATH="$dir/mutants${PYTHONPATH:+:$PYTHONPATH}" \
    "$MUTMUT" run --max-children "$JOBS" ${NAMES[$m]} > mutmut-run.log 2>&1) || true
  (cd "$dir" && "$MUTMUT" results --all true > results.txt 2>&1) || true
  echo "$(( $(date +%s) - t0 ))" > "$dir/seconds"
done
"$PY" - "$OUT" "${mods[@]}" <<'EOF' | tee "$OUT/summary.txt"
import re, sys
from collections import Counter
from pathlib import Path

out, mods = Path(sys.argv[1]), sys.argv[2:]
survivors = []
print(f"{'module':8} {'mutants':>7} {'killed':>6} {'survived':>8} {'other':>5} {'seconds':>7}  survived %")
for m in mods:
    rows = re.findall(r"^\s*(\S+): (.+)$", (out / m / "results.txt").read_text(), re.M)
    rows = [(name, status) for name, status in rows if status != "not checked"]  # outside the selection
    c = Counter(status for _, status in rows)
    killed = c["killed"] + c["timeout"]  # a mutant that hangs the tests is caught too
    bad = c["survived"] + c["no tests"]
    other = len(rows) - killed - bad
    pct = 100 * bad / len(rows) if rows else 0.0
    secs = (out / m / "seconds").read_text().strip()
    print(f"{m:8} {len(rows):7} {killed:6} {bad:8} {other:5} {secs:>7}  {pct:.1f} %")
    survivors += [f"{m}: {name} ({status})" for name, status in rows if status in ("survived", "no tests")]
print("\nsurvivors (`mutmut show NAME` in the module's folder):" if survivors else "\nno survivors")
print("\n".join(survivors))
EOF
