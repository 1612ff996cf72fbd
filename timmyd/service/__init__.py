"""Stage 7, the service: what turns the stages into a daemon you can forget about. The service loop
(`daemon.py`: watchdog, APScheduler, signals, the one-daemon `lock.py`), one cycle (`cycle.py`:
train -> evaluate -> verdict -> report -> promote), guarded subprocesses (`worker.py` runs the
library functions of `jobs.py`), the memory guard (`memory.py`) and the estimates and ladders it works from (`estimate.py` for
training, `stage_estimates.py` for evaluation, report and export), `status.py`, the
LaunchAgent (`launchd.py`), `demo.py` (+ `tiny.py`, the locally built demo model), `doctor.py` and
`blas.py` (OpenBLAS for MLX's CPU backend).

May import: every stage (`ingest`, `ledger`, `train`, `evaluate`, `gguf`, `ollama`), `config`, `pairs`.
Never `timmyd.cli`: the worker runs library functions, not the command line.
"""
