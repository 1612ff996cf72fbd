"""The trainer's user-fixable error, importable without loading MLX (the CLI lists it in USER_ERRORS)."""

from pathlib import Path


class TrainError(RuntimeError):
    """A training run that cannot start or did not learn; the message says what to fix."""


# the first words of a search's "no candidate" error (timmyd.train.search.NoCandidate): the cycle reads them in
# a training worker's error to record a durable "no candidate" outcome instead of a failure
NO_CANDIDATE = "no candidate"


def no_candidate_path(out_dir) -> Path:
    """Where a search that found no candidate leaves its record: beside the adapter dir it did not write."""
    out = Path(out_dir)
    return out.parent / f"{out.name}.no-candidate.json"
