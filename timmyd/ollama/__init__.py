"""Stage 6, Ollama: the httpx client for its HTTP API (`client.py`, nothing else talks to Ollama),
finding an Ollama model's GGUF blob (`models.py`), the promotion policy (`promote.py`: export, upload,
create, smoke test, point the served name, rollback), its history and each attempt's record
(`history.py`), and what a target names (`targets.py`: a run id or an adapter directory).
`standin/` is a test double of the Ollama server (used by the tests and `timmyd demo`), not product code.

May import: `timmyd.config`, `timmyd.ledger`, `timmyd.gguf`.
"""
