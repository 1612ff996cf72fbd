"""Promotion policy: put a winning adapter into Ollama under a per-run tag, point the served name at it,
smoke-test it, and keep what was served before so `rollback` can restore it.

Strategy: Ollama before 0.34.1 accepts a GGUF LoRA adapter on top of `[promote].base_name` (small
upload, the base stays shared); from 0.34.1 it refuses new adapter models, so a fused full-model GGUF
is uploaded instead. `auto` picks from the server's version and also falls back to fused when the
server refuses the adapter or the adapter model fails its smoke test; it skips the adapter up front
when Ollama's base is missing or is another architecture/size than the MLX model that was trained.

Ollama has no aliases: `copy` duplicates a manifest (cheap: blobs are shared), so the served name is a
copy of the winning tag and "what was served before" lives in the ledger: the newest promotion with
status 'promoted' is in service; a rollback marks it 'rolled_back' so the one before is current again.
A served name that exists on the server but is not what the ledger says (made by hand, re-pointed) is
first copied to `<model>:pre-timmyd-<time>` and recorded, so nothing the owner had is lost; a tag
name already taken (on the server or in the history) gets a `-2`, `-3` suffix instead of being
overwritten. Only the newest `[promote].keep_tags` run tags stay on the server.
Ollama unreachable is its own status ('unreachable', "will retry"), never a false 'promoted'.
"""

from __future__ import annotations

import importlib
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from loguru import logger

from timmyd.ollama.client import OllamaClient, OllamaError, OllamaUnreachable, normalize_name, parse_version
from timmyd.ollama.history import (
    Attempt,
    Steps,
    adopt_unknown,
    free_tag,
    prune_tags,
    record,
    resumable_tag,
    served_history,
    server_digests,
)
from timmyd.ollama.targets import model_of

ADAPTER_CUTOFF = (0, 34, 1)  # ollama/ollama#14969: creating adapter models refused from here on
ADAPTER_FILE = "adapter.gguf"
FUSED_FILE = "model.gguf"
REJECTED_PARAMETERS = {"typical_p"}  # `show` may list it, `create` answers 400 since Ollama deprecated it


class PromoteError(RuntimeError):
    """A promotion the user must fix (bad adapter dir, unknown run, strategy impossible by config)."""


class SmokeTestError(RuntimeError):
    """The served model did not answer the smoke prompt sensibly."""


@dataclass(frozen=True)
class PromotionResult:
    status: str  # promoted | failed | unreachable | rolled_back | nothing
    tag: str = ""
    strategy: str = ""
    detail: str = ""
    served_name: str = ""
    previous: str = ""  # what the served name pointed at before (the rollback target)
    reply: str = ""  # the smoke test's answer
    steps: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status in ("promoted", "rolled_back")

    def to_dict(self) -> dict:
        return asdict(self)


# --- pure policy -----------------------------------------------------------------------------------

def adapters_accepted(version: str) -> bool | None:
    """True/False from the server version; None when it cannot tell (dev builds report 0.0.0)."""
    v = parse_version(version)
    if v is None or v == (0, 0, 0):
        return None
    return v < ADAPTER_CUTOFF


def strategies_for(configured: str, version: str, base_name: str) -> list[str]:
    """Strategies to try, in order. An explicit choice is honoured even where it will likely fail."""
    if configured in ("adapter", "fused"):
        return [configured]
    if not base_name or adapters_accepted(version) is False:
        return ["fused"]
    return ["adapter", "fused"]


def model_part(served_name: str) -> str:
    full = normalize_name(served_name)
    if full is None:
        raise PromoteError(f"[promote].served_name {served_name!r} is not a valid Ollama model name")
    return full.rsplit(":", 1)[0]


def run_tag(served_name: str, run_id: Any) -> str:
    """`timmy:latest` + run 12 -> `timmy:run-12`; other ids are made tag-safe (<=128 chars)."""
    rid = f"run-{run_id}" if isinstance(run_id, int) else str(run_id)
    tag = re.sub(r"[^A-Za-z0-9_.\-]", "-", rid).lstrip(".-") or "run"
    return f"{model_part(served_name)}:{tag[:120]}"  # room for free_tag's -2, -3 ...


def parse_parameters(text: str) -> dict[str, Any]:
    """`ollama show`'s parameters block ("stop  \"<eot>\"\\nnum_ctx 4096") -> a create `parameters` dict."""
    import json

    out: dict[str, Any] = {}
    for line in (text or "").splitlines():
        parts = line.strip().split(None, 1)
        if len(parts) != 2:
            continue
        key, raw = parts
        try:
            val: Any = json.loads(raw)
        except ValueError:
            val = raw
        if key == "stop":
            out.setdefault("stop", []).append(str(val))
        elif key not in REJECTED_PARAMETERS:
            out[key] = val
    return out


# --- the Ollama side -------------------------------------------------------------------------------

def smoke_test(client: OllamaClient, name: str, prompt: str, max_tokens: int) -> str:
    """A short generation through `name`; an empty reply or any error fails the promotion."""
    out = client.generate(name, prompt, options={"num_predict": max_tokens})
    text = str(out.get("response") or "")
    if not out.get("done", True) or not text.strip():
        raise SmokeTestError(f"{name} gave an empty reply to the smoke prompt")
    return text


def _base_problem(client: OllamaClient, base: str, model_dir: Path) -> str | None:
    """Why an adapter cannot go on Ollama's `base` (missing, or another architecture or size than
    the MLX model it was trained on), else None. Unknown details are given the benefit of the doubt:
    the smoke test still catches what this misses."""
    import json

    try:
        shown = client.show(base)
    except OllamaError as e:
        if e.status == 404:
            return f"base model {base!r} is not on the Ollama server"
        raise
    try:
        config = json.loads((Path(model_dir) / "config.json").read_text())
        from timmyd.gguf.arch import family_for_model_type, gguf_hparams
        family = family_for_model_type(str(config.get("model_type")))
        want = {"general.architecture": family.arch, **gguf_hparams(config, family)}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    info = shown.get("model_info") or {}
    for key in ("general.architecture", f"{family.arch}.block_count", f"{family.arch}.embedding_length",
                f"{family.arch}.feed_forward_length"):
        if key in info and key in want and info[key] != want[key]:
            return f"base model {base!r} has {key} = {info[key]!r} but the adapter was trained on {want[key]!r}"
    return None


def _exporter(exporter):
    if exporter is not None:
        return exporter
    try:
        return importlib.import_module("timmyd.gguf.export")
    except ImportError as e:
        raise PromoteError(f"GGUF export is not available: {e}") from e


def _create(client, cfg, strategy: str, tag: str, path: Path, steps: Steps) -> None:
    digest = client.push_blob(path)
    steps.add("upload", file=str(path), digest=digest, bytes=path.stat().st_size)
    if strategy == "fused":  # a full model per run: Ollama keeps the blob, our copy would only fill the disk
        path.unlink(missing_ok=True)
    base = cfg.promote.base_name
    if strategy == "adapter":
        client.create(tag, from_=base, adapters={ADAPTER_FILE: digest})
    else:
        extra: dict[str, Any] = {}
        if base:
            try:  # keep the base's chat template, system prompt and stop words on the fused model
                shown = client.show(base)
                extra = {"template": shown.get("template") or None, "system": shown.get("system") or None,
                         "parameters": parse_parameters(shown.get("parameters", "")) or None}
            except OllamaError as e:
                if isinstance(e, OllamaUnreachable) or e.status != 404:
                    raise
        client.create(tag, files={FUSED_FILE: digest}, **extra)
    # the created model's digest: a retry recognises the model as ours by it (history.our_digests)
    steps.add("create", tag=tag, strategy=strategy, digest=server_digests(client).get(normalize_name(tag) or tag, ""))


def _export(exp, cfg, strategy: str, model_dir: Path, adapter_dir: Path, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    if strategy == "adapter":
        return Path(exp.export_adapter_gguf(model_dir, adapter_dir, out_dir / ADAPTER_FILE))
    outtype = cfg.promote.fused_outtype
    return Path(exp.export_fused_gguf(model_dir, adapter_dir, out_dir / f"model-{outtype}.gguf", outtype))


def _safe_delete(client, name: str, steps: Steps) -> None:
    try:
        client.delete(name)
        steps.add("delete", tag=name)
    except OllamaError as e:
        steps.add("delete-failed", tag=name, error=str(e))


# --- the two verbs ---------------------------------------------------------------------------------

def promote(cfg, ledger, adapter_dir, model_dir, run_id=None, *, client: OllamaClient | None = None,
            exporter=None, out_dir: str | Path | None = None) -> PromotionResult:
    """Promote the adapter in `adapter_dir` (trained on the MLX base `model_dir`) into Ollama.

    Idempotent for a run: a retry after a crash or an outage reuses the tag an earlier attempt of the
    same run created (recognised by the ledger's record of it), and a served name that already points
    at a model timmyd made is not mistaken for the owner's own."""
    adapter_dir = Path(adapter_dir)
    if not (adapter_dir / "adapter_config.json").is_file():
        raise PromoteError(f"{adapter_dir}: not an adapter directory (no adapter_config.json)")
    model_dir = model_dir or model_of(adapter_dir)
    if not model_dir:
        raise PromoteError("no base model directory: set `model` in the config or pass --model")
    model_dir = Path(model_dir)
    served = cfg.promote.served_name  # recorded as configured: the daemon looks promotions up by it
    tag = run_tag(served, run_id if run_id is not None else adapter_dir.name)
    out = Path(out_dir) if out_dir else cfg.state_path / "exports" / tag.rsplit(":", 1)[1]
    exp = _exporter(exporter)
    own = client is None
    client = client or OllamaClient.from_config(cfg)
    steps = Steps()
    run_id = run_id if isinstance(run_id, int) else None  # the ledger's runs.id, or no run
    base_detail = {"adapter_dir": str(adapter_dir), "model_dir": str(model_dir), "host": client.host}
    attempt = Attempt(ledger, run_id, served, base_detail, steps)
    strategy = ""
    try:
        version = client.version()
        steps.add("version", version=version)
        plan = strategies_for(cfg.promote.strategy, version, cfg.promote.base_name)
        if "adapter" in plan and not cfg.promote.base_name:
            raise PromoteError("[promote].strategy = 'adapter' needs [promote].base_name (the Ollama base model)")
        if "adapter" in plan:
            msg = _base_problem(client, cfg.promote.base_name, model_dir)
            if msg and plan == ["adapter"]:
                raise PromoteError(msg + " (fix [promote].base_name, or set [promote].strategy = 'fused')")
            if msg:
                steps.add("skip-adapter", reason=msg)
                plan = ["fused"]
        backup = f"{model_part(served)}:pre-timmyd-{time.strftime('%Y%m%d-%H%M%S', time.gmtime())}"
        previous = adopt_unknown(client, ledger, served, backup, steps)
        earlier = resumable_tag(ledger, run_id, served)
        on_server = server_digests(client)
        reuse = earlier is not None and normalize_name(earlier[0]) in on_server
        if reuse:
            tag = earlier[0]
            plan = [earlier[1] or plan[0]] + [s for s in plan if s != (earlier[1] or plan[0])]
            steps.add("resume", tag=tag, digest=on_server[normalize_name(tag)])
        else:
            tag = free_tag(client, ledger, served, tag)
            steps.add("tag", tag=tag)
        attempt.save(tag, plan[0])
        reply, errors = "", []
        for i, strategy in enumerate(plan):
            created = reuse and i == 0
            try:
                if not created:
                    path = _export(exp, cfg, strategy, model_dir, adapter_dir, out)
                    steps.add("export", strategy=strategy, file=str(path))
                    _create(client, cfg, strategy, tag, path, steps)
                    created = True
                    attempt.save(tag, strategy)
                reply = smoke_test(client, tag, cfg.promote.smoke_prompt, cfg.promote.smoke_max_tokens)
                steps.add("smoke", tag=tag, reply=reply[:200])
                break
            except OllamaUnreachable:
                raise
            except (OllamaError, SmokeTestError, ValueError, OSError) as e:
                errors.append(f"{strategy}: {e}")
                steps.add("strategy-failed", strategy=strategy, error=str(e))
                if created:
                    _safe_delete(client, tag, steps)
                if i + 1 == len(plan):
                    detail = "; ".join(errors)
                    attempt.save(tag, strategy, "failed", message=detail)
                    return PromotionResult("failed", tag, strategy, detail, served, previous, "", steps)
                logger.warning("promote: {} strategy failed ({}); falling back to {}", strategy, e, plan[i + 1])
        client.copy(tag, served)
        steps.add("point", served=served, tag=tag)
        attempt.save(tag, strategy)
        try:
            reply = smoke_test(client, served, cfg.promote.smoke_prompt, cfg.promote.smoke_max_tokens)
            steps.add("smoke", tag=served, reply=reply[:200])
        except (OllamaError, SmokeTestError) as e:
            if isinstance(e, OllamaUnreachable):
                raise
            _restore(client, served, previous, steps)
            detail = f"{served} failed its smoke test after pointing it at {tag}: {e}; restored {previous or 'nothing'}"
            attempt.save(tag, strategy, "failed", message=detail)
            return PromotionResult("failed", tag, strategy, detail, served, previous, "", steps)
        fallback = f" (after: {'; '.join(errors)})" if errors else ""
        detail = f"{served} now serves {tag} ({strategy}){fallback}"
        attempt.save(tag, strategy, "promoted", message=detail, previous=previous, version=version)
        prune_tags(client, ledger, served, cfg.promote.keep_tags, steps)
        return PromotionResult("promoted", tag, strategy, detail, served, previous, reply, steps)
    except PromoteError as e:
        attempt.save(tag, strategy or cfg.promote.strategy, "failed", message=str(e))
        raise
    except OllamaUnreachable as e:
        detail = f"ollama unreachable at {client.host}; will retry ({e.message})"
        if any(st["step"] == "point" for st in steps):  # lost between copy and the last smoke test
            detail += f"; {served} may already serve {tag}"
        steps.add("unreachable", error=e.message)
        attempt.save(tag, strategy or cfg.promote.strategy, "unreachable", message=detail)
        return PromotionResult("unreachable", tag, strategy, detail, served, "", "", steps)
    finally:
        if own:
            client.close()


def _restore(client, served: str, previous: str, steps: Steps) -> None:
    try:
        if previous:
            client.copy(previous, served)
            steps.add("restore", served=served, tag=previous)
        else:
            _safe_delete(client, served, steps)
    except OllamaError as e:
        steps.add("restore-failed", error=str(e))


def rollback(cfg, ledger, *, client: OllamaClient | None = None) -> PromotionResult:
    """Point the served name back at the promotion before the current one, and record it."""
    served = cfg.promote.served_name
    history = served_history(ledger, served)
    earlier = [r for r in history[1:] if history and normalize_name(r["tag"]) != normalize_name(history[0]["tag"])]
    if not earlier:
        what = "nothing has been promoted" if not history else f"{history[0]['tag']} is the first promotion"
        return PromotionResult("nothing", served_name=served, detail=f"no earlier model to roll back to ({what})")
    current, target = history[0], earlier[0]
    own = client is None
    client = client or OllamaClient.from_config(cfg)
    steps = Steps()
    try:
        if not client.exists(target["tag"]):
            detail = f"cannot roll back: {target['tag']} is no longer on the Ollama server"
            return PromotionResult("failed", target["tag"], target.get("strategy", ""), detail, served,
                                   current["tag"], "", steps)
        client.copy(target["tag"], served)
        steps.add("point", served=served, tag=target["tag"])
        try:
            reply = smoke_test(client, served, cfg.promote.smoke_prompt, cfg.promote.smoke_max_tokens)
        except (OllamaError, SmokeTestError) as e:
            if isinstance(e, OllamaUnreachable):
                raise
            _restore(client, served, current["tag"], steps)
            detail = f"{target['tag']} failed its smoke test ({e}); {served} still serves {current['tag']}"
            return PromotionResult("failed", target["tag"], target.get("strategy", ""), detail, served,
                                   current["tag"], "", steps)
        digests = server_digests(client)
        if digests.get(normalize_name(served)) != digests.get(normalize_name(target["tag"])):
            detail = (f"{served} does not have the digest of {target['tag']} after the copy; "
                      f"still recorded as serving {current['tag']}")
            return PromotionResult("failed", target["tag"], target.get("strategy", ""), detail, served,
                                   current["tag"], "", steps)
        ledger.update_promotion(current["id"], "rolled_back")
        detail = f"{served} serves {target['tag']} again (rolled back from {current['tag']})"
        record(ledger, target.get("run_id"), target["tag"], served, target.get("strategy", ""), "rollback",
               {"message": detail, "from": current["tag"], "steps": steps})
        return PromotionResult("rolled_back", target["tag"], target.get("strategy", ""), detail, served,
                               current["tag"], reply, steps)
    except OllamaUnreachable as e:
        detail = f"ollama unreachable at {client.host}; will retry ({e.message})"
        return PromotionResult("unreachable", target["tag"], "", detail, served, current["tag"], "", steps)
    finally:
        if own:
            client.close()
