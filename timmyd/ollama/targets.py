"""What to promote: a run id from the ledger or an adapter directory, and the base model it was
trained on (for `timmyd promote TARGET` and the daemon's promotion job)."""

from __future__ import annotations

from pathlib import Path


class TargetError(ValueError):
    """A promotion target that is neither a known run nor an adapter directory."""


def resolve_target(ledger, target: str) -> tuple[Path, int | None]:
    """A run id from the ledger or an adapter directory -> (adapter dir, run id or None)."""
    p = Path(target).expanduser()
    if target.isdigit() and not p.is_dir():
        run = ledger.run(int(target))
        if run is None:
            raise TargetError(f"no run {target} in the ledger (see `timmyd status`)")
        summary = run.get("summary") if isinstance(run.get("summary"), dict) else {}
        adapter = run.get("adapter_dir") or summary.get("adapter_dir")
        if not adapter:
            raise TargetError(f"run {target} has no adapter directory recorded")
        return Path(adapter), int(target)
    if not p.is_dir():
        raise TargetError(f"{target}: neither a run id nor an adapter directory")
    for run in ledger.runs(limit=None):
        if run.get("adapter_dir") and Path(run["adapter_dir"]).resolve() == p.resolve():
            return p, int(run["id"])
    return p, None


def model_of(adapter_dir: str | Path) -> str | None:
    """The base model directory an adapter says it was trained on (summary.json or adapter_config.json)."""
    import json

    for name in ("summary.json", "adapter_config.json"):
        f = Path(adapter_dir) / name
        try:
            val = json.loads(f.read_text()).get("model")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(val, str) and Path(val).is_dir():
            return val
    return None
