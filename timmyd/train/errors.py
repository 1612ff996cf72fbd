"""The trainer's user-fixable error, importable without loading MLX (the CLI lists it in USER_ERRORS)."""


class TrainError(RuntimeError):
    """A training run that cannot start or did not learn; the message says what to fix."""
