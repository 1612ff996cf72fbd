"""Stage 4, evaluation and verdict: held-out metrics of any adapter against the base and against the
adapter in service (`metrics.py`, cached in `cache.py`), the promotion rule (`verdict.py`), the
optional pairwise judge (`judge.py`), and the DPO-vs-SimPO comparison and report (`compare.py`,
`report.py`, `plots.py`).

May import: `timmyd.config`, `timmyd.pairs`, `timmyd.train` (models, log-probs, training for
`compare`), `timmyd.ingest.split` (the train/held-out rule), `timmyd.ollama.client` (the judge's chat).
"""
