"""timmyd: teach a personal assistant its owner's preferences (DPO/SimPO LoRA on MLX -> Ollama).

One package per stage of the data flow: ingest/ -> ledger/ -> train/ -> evaluate/ -> gguf/ -> ollama/,
run by service/ and driven from cli/. Imports go downwards only (the table is in docs/architecture.md
and tests/test_architecture.py): cli -> service -> the stages -> ledger -> config, pairs.

`config.py` (the TOML file) and `pairs.py` (the `Pair` type every stage shares) sit at the bottom.
"""

__version__ = "0.1.0"
