"""Stage 1, sessions -> pairs: read the export folder, detect each file's format (pair files and
session exports), mine corrections into (prompt, chosen, rejected) pairs, split them into train and
held-out by prompt, and hand them to the ledger exactly once.

Start at `pipeline.py` (one ingest pass over files) -> `files.py` (discovery, decoding) ->
`sessions.py` (session formats -> turns) -> `mining.py` (turns -> pairs) -> `split.py`.
`basegen.py` asks the base model for a reply when `[mining] rejected_from_base` is on.

`classify.py` asks a local model about the turns the rules find ambiguous when `[mining] classifier` is set.

May import: `timmyd.config`, `timmyd.pairs`, `timmyd.ledger`, `timmyd.train` (base-model replies),
`timmyd.ollama.client` (the classifier's `/api/chat`; ollama never imports ingest).
"""
