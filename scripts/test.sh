#!/usr/bin/env bash
# Set up (scripts/setup.sh) and run the default test suite with OpenBLAS preloaded when available.
# Extra arguments go to pytest (e.g. `-m slow` for the long checks).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
eval "$(.venv/bin/python -m timmyd.service.blas)"
export TIMMYD_NO_REEXEC=1
exec .venv/bin/python -m pytest -q "$@"
