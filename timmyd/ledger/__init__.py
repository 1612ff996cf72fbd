"""Stage 2, the ledger: the one SQLite database (`<state>/ledger.sqlite3`) that every other stage
records itself in. Pairs (ingested once, marked used by exactly one run), the files they came from
and the quarantine; runs (`runs.py`) and promotions. It holds state transitions, not business rules.

May import: `timmyd.config`, `timmyd.pairs`. Everything above may import it.
"""

from timmyd.ledger.store import FileState, Ledger, NewPair, open_ledger

__all__ = ["FileState", "Ledger", "NewPair", "open_ledger"]
