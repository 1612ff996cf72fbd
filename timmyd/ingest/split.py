"""The train/held-out split: deterministic by the hash of a pair's prompt.

One rule for the ledger (ingest), `timmyd compare` and anything else that holds pairs out, so a pair
exported from the ledger splits exactly as the daemon split it, adding pairs never moves an old one,
and pairs sharing a prompt (a double correction) never straddle train and held-out.
"""

from __future__ import annotations

import hashlib
import json

from timmyd.pairs import Pair


def split_for(key: str, heldout_fraction: float) -> str:
    """Deterministic split of a hex hash: its first 64 bits as a fraction of 2**64."""
    return "heldout" if int(key[:16], 16) / 2.0**64 < heldout_fraction else "train"


def prompt_key(pair: Pair) -> str:
    """Hash of the prompt alone: pairs that share a prompt (a double correction, several rejected
    replies for one question) share a split, so no held-out prompt and chosen reply were trained on."""
    blob = json.dumps([[m.role, m.content] for m in pair.prompt], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def split_of(pair: Pair, heldout_fraction: float) -> str:
    """The ledger's split of a pair: by its prompt (see `prompt_key`), fixed once it is stored."""
    return split_for(prompt_key(pair), heldout_fraction)
