"""What the served name points at: the ledger's promotion history and the tags on the server.

Ollama has no aliases, so the served name is a copy of a run tag; the ledger's promotions with
status 'promoted' (newest first) are the served history, and rollback walks it backwards.
"""

from __future__ import annotations

import time

from loguru import logger

from timmyd.ollama.client import OllamaClient, OllamaError, OllamaUnreachable, normalize_name


class Steps(list):
    """The steps of one promotion, logged as they happen and stored in the ledger row's detail."""

    def add(self, step: str, **info) -> None:
        entry = {"step": step, "t": round(time.time(), 3), **info}
        self.append(entry)
        logger.info("promote: {} {}", step, {k: v for k, v in info.items() if k != "t"})


def record(ledger, run_id, tag: str, served: str, strategy: str, status: str, detail: dict) -> int | None:
    if ledger is None:
        return None
    try:
        return ledger.record_promotion(run_id, tag, served, strategy, status, detail)
    except Exception as e:  # noqa: BLE001 - recording must not turn a done promotion into a crash
        logger.error("could not record promotion {} ({}) in the ledger: {}", tag, status, e)
        return None


def served_history(ledger, served: str) -> list[dict]:
    """Promotions still 'promoted' for this served name, newest first."""
    if ledger is None:
        return []
    rows = [dict(r) if not isinstance(r, dict) else r for r in ledger.promotions()]
    want = normalize_name(served)
    rows = [r for r in rows if r.get("status") == "promoted"
            and normalize_name(str(r.get("served_name") or "")) == want]
    return sorted(rows, key=lambda r: r.get("id") or 0, reverse=True)


def server_digests(client: OllamaClient) -> dict[str, str]:
    return {normalize_name(m["name"]) or m["name"]: m.get("digest", "") for m in client.tags()}


def free_tag(client: OllamaClient, ledger, served: str, tag: str) -> str:
    """`tag`, or `tag-2`, `tag-3`... when that name is on the server or in the served history: a
    promotion never overwrites a rollback target or a model timmyd did not make."""
    taken = set(server_digests(client)) | {normalize_name(r["tag"]) for r in served_history(ledger, served)}
    name, i = tag, 1
    while normalize_name(name) in taken:
        i += 1
        name = f"{tag}-{i}"
    return name


def _detail(r: dict) -> dict:
    d = r.get("detail")
    return d if isinstance(d, dict) else {}


def our_digests(ledger, served: str) -> set[str]:
    """Digests of every model timmyd created for this served name (recorded in each attempt's 'create'
    step, whatever the attempt's final status): how a retry recognises its own models on the server."""
    if ledger is None:
        return set()
    want = normalize_name(served)
    out = set()
    for r in ledger.promotions():
        if normalize_name(str(r.get("served_name") or "")) != want:
            continue
        for st in _detail(r).get("steps") or []:
            if isinstance(st, dict) and st.get("step") in ("create", "resume") and st.get("digest"):
                out.add(str(st["digest"]))
    return out


def resumable_tag(ledger, run_id, served: str) -> tuple[str, str] | None:
    """(tag, strategy) of the newest earlier attempt to promote this run that got as far as choosing
    its tag but did not finish (killed: 'interrupted' / 'in_progress'; cut off: 'unreachable'). Its tag
    was free when chosen, so if it is on the server now, timmyd made it: the retry reuses it instead of
    uploading a second copy under `-2`."""
    if ledger is None or run_id is None:
        return None
    want = normalize_name(served)
    for r in ledger.promotions():
        if (r.get("run_id") == run_id and normalize_name(str(r.get("served_name") or "")) == want
                and r.get("status") in ("in_progress", "interrupted", "unreachable")):
            created = [st for st in _detail(r).get("steps") or [] if isinstance(st, dict)
                       and st.get("step") in ("tag", "create", "resume")]
            if created:
                return str(r["tag"]), str(r.get("strategy") or "")
    return None


def adopt_unknown(client, ledger, served: str, backup: str, steps: Steps) -> str:
    """Back up (as `backup`) a served model the ledger does not know; returns what the served name
    pointed at before this promotion (a tag, or '' when nothing was served). A served model with the
    digest of a model timmyd created (an earlier attempt pointed it there, then was cut off) is ours,
    not the owner's: no backup, and the rollback target stays the last completed promotion."""
    history = served_history(ledger, served)
    digests = server_digests(client)
    current = history[0] if history else None
    full = normalize_name(served)
    if full not in digests:
        return str(current["tag"]) if current else ""
    if current and digests.get(normalize_name(current["tag"]) or "") == digests[full]:
        return str(current["tag"])
    if digests[full] and digests[full] in our_digests(ledger, served):
        steps.add("served-is-ours", digest=digests[full])
        return str(current["tag"]) if current else ""
    client.copy(served, backup)
    steps.add("backup", source=served, tag=backup)
    record(ledger, None, backup, served, "adopted", "promoted",
           {"message": f"{served} existed before timmyd served it; kept as {backup}"})
    return backup


def prune_tags(client, ledger, served: str, keep: int, steps: Steps | None = None) -> list[str]:
    """Delete our run tags beyond the newest `keep` still-promoted ones (0 = keep all); their ledger
    rows become 'pruned', so rollback skips them.

    Fused tags are whole models, so an hourly daemon would otherwise fill the disk. Never deleted:
    the served name itself, `pre-timmyd` backups of the owner's own model, and the `keep` newest
    promotions (the current one and its rollback targets).
    """
    if keep <= 0 or ledger is None:
        return []
    history = served_history(ledger, served)
    keep_tags = {normalize_name(r["tag"]) for r in history[:keep]} | {normalize_name(served)}
    ours = {normalize_name(str(r.get("tag"))) for r in ledger.promotions()
            if normalize_name(str(r.get("served_name") or "")) == normalize_name(served)
            and r.get("strategy") != "adopted"}
    on_server = set(server_digests(client))
    gone = []
    for name in sorted(ours - keep_tags):
        if name in on_server:
            try:
                client.delete(name)
                gone.append(name)
            except OllamaError as e:
                if isinstance(e, OllamaUnreachable):
                    raise
                logger.warning("could not delete old tag {}: {}", name, e)
    for r in history[keep:]:  # a deleted tag can no longer be a rollback target
        if normalize_name(r["tag"]) in gone:
            ledger.update_promotion(r["id"], "pruned")
    if gone and steps is not None:
        steps.add("prune", deleted=gone)
    return gone


class Attempt:
    """This promotion attempt's row in the ledger, written 'in_progress' before the first change on the
    server and updated at every step that changes it, so a restart knows how far it got (the tag it
    chose, the digest it created) and resumes instead of starting over."""

    def __init__(self, ledger, run_id, served: str, base_detail: dict, steps: Steps):
        self.ledger, self.run_id, self.served, self.base, self.steps = ledger, run_id, served, base_detail, steps
        self.id: int | None = None

    def save(self, tag: str, strategy: str, status: str = "in_progress", **detail) -> None:
        d = {**self.base, **detail, "steps": self.steps}
        if self.id is None:
            self.id = record(self.ledger, self.run_id, tag, self.served, strategy, status, d)
            return
        try:
            self.ledger.update_promotion(self.id, status, d, tag=tag, strategy=strategy)
        except Exception as e:  # noqa: BLE001 - recording must not turn a done promotion into a crash
            logger.error("could not record promotion {} ({}) in the ledger: {}", tag, status, e)
