#!/usr/bin/env bash
# Set up timmyd in ./.venv on a fresh machine: Python deps (pinned in pyproject.toml) and, on Linux,
# Debian's OpenBLAS unpacked into .cache/openblas (the mlx-cpu wheel's bundled BLAS is ~20x slower;
# timmyd preloads OpenBLAS into its training worker when it finds it). Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q -e ".[test]" 2>&1 | grep -v -E "^WARNING: Location|^$" || true
.venv/bin/python -c "import mlx.core, mlx_lm, timmyd" || { echo "setup: install failed" >&2; exit 1; }

if [ "$(uname -s)" = "Linux" ] && [ ! -e .cache/openblas/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0 ]; then
  (
    set +e
    mkdir -p .cache/openblas/debs && cd .cache/openblas/debs
    apt-get download libopenblas0-pthread libgfortran5 >/dev/null 2>&1 \
      || { [ "$(id -u)" = 0 ] && apt-get update -qq >/dev/null 2>&1 && apt-get download libopenblas0-pthread libgfortran5 >/dev/null 2>&1; }
    for d in *.deb; do [ -e "$d" ] && dpkg -x "$d" ..; done
  ) || true
  if [ -e .cache/openblas/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0 ]; then
    echo "setup: OpenBLAS ready in .cache/openblas"
  else
    echo "setup: OpenBLAS not available; training uses MLX's bundled BLAS (slower)"
  fi
fi
echo "setup: done (.venv)"
