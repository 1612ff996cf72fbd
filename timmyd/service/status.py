"""`state/status.json` (what the daemon is doing right now) and the one-screen `timmyd status`.

The daemon rewrites status.json atomically at every step so that `timmyd status`, a menu-bar widget
or `cat` can tell what it does without talking to it. `gather()` joins that file with the lock (is
the daemon alive?) and the ledger (last run, pending pairs, quarantine), so status also works when
the daemon is stopped, and a status.json left by a crashed daemon is never taken at its word.
"""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime
from pathlib import Path

from timmyd.config import Config
from timmyd.service.lock import lock_owner

STATUS_NAME = "status.json"
STATES = ("starting", "idle", "ingesting", "importing", "training", "evaluating", "promoting", "stopping", "stopped")


def now_iso(ts: float | None = None) -> str:
    return datetime.fromtimestamp(time.time() if ts is None else ts, UTC).isoformat(timespec="seconds")


def write_status(state_dir: Path, data: dict) -> None:
    """Atomic replace, so a reader never sees half a file."""
    state_dir = Path(state_dir)
    state_dir.mkdir(parents=True, exist_ok=True)
    tmp = state_dir / f".{STATUS_NAME}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps({**data, "updated": now_iso()}, indent=2, default=str), encoding="utf-8")
    os.replace(tmp, state_dir / STATUS_NAME)


def read_status(state_dir: Path) -> dict:
    try:
        return json.loads((Path(state_dir) / STATUS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _loads(v):
    if isinstance(v, str) and v[:1] in "{[":
        try:
            return json.loads(v)
        except ValueError:
            return v
    return v


def run_view(run: dict | None) -> dict | None:
    """Flatten a ledger run row (+ the cycle record the daemon stores in it) into what status shows."""
    if not run:
        return None
    run = {k: _loads(v) for k, v in dict(run).items()}
    info = run.get("summary") or {}
    if not isinstance(info, dict):
        info = {}
    verdict = run.get("verdict") or info.get("verdict") or {}
    promo = info.get("promotion") or {}
    methods = info.get("methods") or {}
    peak, rss = [], []
    for m in methods.values():
        if not isinstance(m, dict):
            continue
        peak.append((m.get("summary") or {}).get("peak_memory_mb"))
        rss += [(a.get("guard") or {}).get("peak_rss_mb") for a in m.get("attempts") or []]
    peak = [p for p in peak if isinstance(p, int | float)]
    rss = [p for p in rss if isinstance(p, int | float)]
    cand = info.get("candidate")
    metrics = (info.get("eval") or {}).get(cand) or {} if cand else {}
    keep = ("accuracy_per_token", "accuracy_reward", "per_token_margin", "delta_chosen_logp_per_token",
            "gen_mean_tokens", "n_pairs")
    ladder = []
    stages = list(methods.items())
    stages += [(f"{name} evaluation", ev) for name, ev in (info.get("eval") or {}).items() if name != "current"]
    for name, m in stages:
        for a in (m.get("attempts") or []) if isinstance(m, dict) else []:
            if not a.get("ok", a.get("fits", True)):
                why = a.get("reason") or f"preflight estimate {a.get('estimate_gb')} GB > limit {a.get('limit_gb')} GB"
                step = (a.get("rung") or {}).get("step", "")
                stage = a.get("stage") if a.get("stage") and not name.endswith(str(a.get("stage"))) else ""
                ladder.append(f"{name}{' ' + stage if stage else ''} [{step}]: {why}")
    bottom, example = _bottom(info, cand, metrics, verdict)
    group = _group(info, methods)
    per_method = {}
    for name, ev in (info.get("eval") or {}).items():
        if name != "current" and isinstance(ev, dict):
            per_method[name] = {k: ev[k] for k in ("accuracy_per_token", "delta_chosen_logp_per_token") if k in ev}
    return {
        "id": run.get("id"), "status": run.get("status"), "method": run.get("method"),
        "per_method": per_method,
        "started": run.get("started"), "finished": run.get("finished"),
        "duration_s": info.get("duration_s"), "pairs": info.get("pairs") or run.get("pairs_used"),
        "candidate": cand, "peak_memory_mb": max(peak) if peak else None,
        "peak_rss_mb": max(rss) if rss else None,
        "metrics": {k: metrics[k] for k in keep if k in metrics},
        "verdict": {"promote": verdict.get("promote"), "summary": verdict.get("summary"),
                    "reasons": [c.get("reason") for c in verdict.get("checks", []) if isinstance(c, dict)]}
        if verdict else None,
        "promoted_tag": promo.get("tag") if promo.get("status") in ("promoted", "ok", "success") else None,
        "promotion": promo or None, "error": run.get("error") or info.get("error"), "ladder": ladder,
        "report": (info.get("report") or {}).get("html"),
        "bottom_line": bottom, "example": example, "group": group,
    }


def _group(info: dict, methods: dict) -> dict | None:
    """Where a run trained: the ranks and their hosts from a training summary, else (a run that failed
    before any rank reported) the hosts of the configured hostfile; None for a one-machine run."""
    for m in methods.values():
        s = (m.get("summary") or {}) if isinstance(m, dict) else {}
        if isinstance(s, dict) and (s.get("world_size") or 1) > 1:
            return {"world_size": s["world_size"], "rank_hosts": s.get("rank_hosts") or [],
                    "backend": (info.get("distributed") or {}).get("backend")}
    d = info.get("distributed")
    if isinstance(d, dict) and d.get("hosts"):
        return {"world_size": len(d["hosts"]), "rank_hosts": d["hosts"], "backend": d.get("backend")}
    return None


def _bottom(info: dict, cand: str | None, metrics: dict, verdict: dict) -> tuple[dict | None, dict | None]:
    """The evaluation's bottom line (interval, the search's learning rate, replies before -> after) and
    one held-out prompt's greedy reply before and after, clipped; (None, None) for runs without them."""
    from timmyd.evaluate.bottomline import bottom_line, clip, examples

    if not metrics:
        return None, None
    current = (info.get("eval") or {}).get("current")
    method = (info.get("methods") or {}).get(cand) or {}
    b = bottom_line(metrics, current if isinstance(current, dict) else None, verdict or None,
                    method.get("summary") if isinstance(method, dict) else None)
    ex = examples(metrics, current if isinstance(current, dict) else None, 1)
    return b, ({k: clip(v, 160) for k, v in ex[0].items()} if ex else None)


def gather(cfg: Config) -> dict:
    """Everything `timmyd status` shows, as one JSON-able dict."""
    state = cfg.state_path
    st = read_status(state)
    pid = lock_owner(state)
    out: dict = {
        "daemon": {"running": pid is not None, "pid": pid,
                   "state": st.get("state", "idle") if pid else "stopped",
                   "current_run": st.get("current_run") if pid else None,
                   "updated": st.get("updated")},
        "state_dir": str(state), "export_dir": str(cfg.export_path), "config": cfg.source or "built-in defaults",
        "threshold": cfg.daemon.threshold, "next_check": st.get("next_check") if pid else None,
        "blocked_by": st.get("blocked_by") if pid else None,
        "pending_train_pairs": None, "heldout_pairs": None, "last_run": None, "served": None,
        "quarantine": {"count": 0, "recent": []},
    }
    out["model"] = st.get("model") if pid and st.get("model") else None
    if (state / "ledger.sqlite3").exists():
        _ledger_view(cfg, out)
    out["todo"] = todo(cfg, out)
    return out


def todo(cfg: Config, s: dict, ollama_timeout: float = 1.0) -> list[str]:
    """What is missing or what the daemon waits for, one line each with the command or key that fixes it
    (a fresh install reads these first). Fast: no MLX, no hashing, Ollama asked with a short timeout.
    Fills `s["model"]` (the base model's view) and `s["ollama"]` when the daemon has not."""
    from timmyd.service import basemodel

    where = cfg.source or "the config"
    lines = []
    if not s["daemon"]["running"]:
        lines.append("the daemon is not running: start it with `timmyd run` (in a terminal) or "
                     "`timmyd launchd install` (at every login)")
    if not cfg.export_path.is_dir():
        lines.append(f"no export folder {cfg.export_path}: set export_dir in {where} to the folder your "
                     "assistant exports its chat sessions to")
    down = basemodel.ollama_reachable(cfg, timeout=ollama_timeout)
    s["ollama"] = {"host": cfg.ollama.host, "reachable": down is None, "error": down}
    if down:
        lines.append(f"Ollama is not reachable ({down}): start it (`ollama serve` or the Ollama app) or set "
                     f"[ollama] host in {where}; imports by name and promotions wait for it")
    model = s.get("model")
    if not model:
        try:
            base = basemodel.resolve(cfg, timeout=ollama_timeout, hash_files=False)
        except Exception as e:  # noqa: BLE001 - status must always answer
            base = basemodel.BaseModel("?", cfg.model, "missing", f"model {cfg.model!r}: {e}")
        model = {k: getattr(base, k) for k in ("source", "kind", "state", "model_dir", "digest", "detail", "previous")}
        if base.digest and not down:
            mismatch = basemodel.base_mismatch(cfg, base, timeout=ollama_timeout)
            if mismatch:
                model.update(state="mismatch", detail=mismatch)
        s["model"] = model
    if model.get("state") != "ready":
        lines.append(model.get("detail") or f"model {cfg.model!r} is not ready")
    pending, held = s.get("pending_train_pairs") or 0, s.get("heldout_pairs") or 0
    if pending < cfg.daemon.threshold:
        lines.append(f"waiting for pairs: {pending} of {cfg.daemon.threshold} new training pairs mined so far "
                     f"(a cycle starts at [daemon] threshold = {cfg.daemon.threshold} in {where}; pairs come from "
                     f"corrections in the sessions under {cfg.export_path})")
    if not held:
        lines.append(f"no held-out pairs yet: every cycle is measured on them; they come with more sessions "
                     f"([ingest] heldout_fraction = {cfg.ingest.heldout_fraction} in {where})")
    return lines


def _ledger_view(cfg: Config, out: dict) -> None:
    from timmyd.ledger.store import Ledger
    with Ledger.open(cfg.state_path) as led:
        out["pending_train_pairs"] = led.count_pairs(split="train", unused_only=True)
        out["heldout_pairs"] = led.count_pairs(split="heldout")
        out["last_run"] = run_view(led.last_run())
        cur = led.current_promotion(cfg.promote.served_name)
        out["served"] = dict(cur) if cur else None
        out["quarantine"] = {"count": led.count_quarantined(), "recent": [_qview(x) for x in led.quarantined(3)]}


def _qview(row) -> dict:
    d = dict(row) if not isinstance(row, dict) else row
    return {k: d.get(k) for k in ("path", "line", "reason", "time") if k in d}


def _fmt_time(iso: str | float | None) -> str:
    if not iso:
        return "-"
    if isinstance(iso, int | float):
        return datetime.fromtimestamp(iso).strftime("%Y-%m-%d %H:%M:%S")
    try:
        t = datetime.fromisoformat(str(iso))
        if t.tzinfo is None:
            t = t.replace(tzinfo=UTC)
        return t.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return str(iso)


def _render_bottom(b: dict | None, ex: dict | None) -> list[str]:
    """The last run's bottom line: interval, learning rate, replies before -> after, one example."""
    if not b:
        return []
    out = []
    facts = []
    if b.get("interval"):
        lo, hi = b["interval"]
        facts.append(f"margin change {b['mean_change']:+.3f} nats/pair, {b['level']:.0%} interval [{lo:+.3f}, {hi:+.3f}]")
    w = b.get("winner")
    if w and w.get("learning_rate") is not None:
        facts.append(f"learning rate {w['learning_rate']:.3g} (search winner {w.get('name')}, step {w.get('step')})")
    if facts:
        out.append("bottom     " + "; ".join(facts))
    r = b.get("replies")
    if r:
        n, (e0, e1) = r["n"], r.get("ended") or [None, None]
        ended = f"ended on their own {'-' if e0 is None else e0}/{n} -> {'-' if e1 is None else e1}/{n}"
        bp = r.get("boilerplate")
        boiler = (f"boilerplate {'-' if bp[0] is None else f'{bp[0]:.0%}'} -> {bp[1]:.0%}" if bp and bp[1] is not None
                  else "boilerplate not measured")
        out.append(f"replies    {r['before']} -> candidate: {ended}, {boiler}")
    if ex:
        out += [f"example    > {ex['prompt']}", f"           before: {ex['before']}", f"           after:  {ex['after']}"]
    return out


def render(s: dict) -> str:
    """One readable screen."""
    d = s["daemon"]
    lines = []
    if d["running"]:
        cur = d.get("current_run")
        extra = f", run {cur.get('id')} ({cur.get('step', '')})" if isinstance(cur, dict) else ""
        lines.append(f"daemon     running (pid {d['pid']}), {d['state']}{extra}")
    else:
        lines.append("daemon     not running")
    m = s.get("model") or {}
    if m:
        where = f" -> {m['model_dir']}" if m.get("state") == "ready" and m.get("model_dir") != m.get("source") else ""
        lines.append(f"model      {m.get('source') or '-'}{where}   [{m.get('state')}]")
    for item in s.get("todo") or []:
        lines.append(f"todo       {item}")
    pend = s.get("pending_train_pairs")
    lines.append(f"pending    {'-' if pend is None else pend} new train pairs / threshold {s['threshold']}"
                 f"   (held-out pairs: {s.get('heldout_pairs') if s.get('heldout_pairs') is not None else '-'})")
    if d["running"]:
        why = f"  [{s['blocked_by']}]" if s.get("blocked_by") else ""
        lines.append(f"next check {_fmt_time(s.get('next_check'))}{why}")
    served = s.get("served")
    if served:
        lines.append(f"serving    {served.get('served_name', '')} -> {served.get('tag', '')} (run {served.get('run_id', '?')})")
    r = s.get("last_run")
    if r:
        lines.append("")
        dur = f"{r['duration_s']:.0f}s" if isinstance(r.get("duration_s"), int | float) else "-"
        pairs = r.get("pairs")
        if isinstance(pairs, dict):
            pairs = ", ".join(f"{k} {v}" for k, v in pairs.items())
        lines.append(f"last run   #{r['id']} {r['status']}  method {r.get('method')}"
                     f"{' (candidate ' + r['candidate'] + ')' if r.get('candidate') else ''}")
        lines.append(f"           started {_fmt_time(r.get('started'))}, took {dur}, pairs: {pairs if pairs else '-'}")
        g = r.get("group")
        if g:
            ranks = ", ".join(f"rank {i} {h}" for i, h in enumerate(g.get("rank_hosts") or []))
            lines.append(f"           group: {g['world_size']} ranks ({ranks})" + (f", {g['backend']}" if g.get("backend") else ""))
        if r.get("peak_memory_mb") or r.get("peak_rss_mb"):
            mlx = f"MLX peak {r['peak_memory_mb']:.0f} MB" if r.get("peak_memory_mb") else ""
            rss = f"worker peak RSS {r['peak_rss_mb']:.0f} MB" if r.get("peak_rss_mb") else ""
            lines.append("           memory: " + ", ".join(x for x in (rss, mlx) if x))
        m = r.get("metrics") or {}
        if m:
            lines.append("           " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                                                  for k, v in m.items()))
        pm = r.get("per_method") or {}
        if len(pm) > 1:
            lines.append("           " + " | ".join(
                f"{k}: acc/token {m.get('accuracy_per_token', float('nan')):.3f}, chosen "
                f"{m.get('delta_chosen_logp_per_token', float('nan')):+.3f} nats/token" for k, m in pm.items()))
        v = r.get("verdict")
        if v:
            lines.append(f"verdict    {'PROMOTE' if v.get('promote') else 'keep current'}")
            for reason in v.get("reasons") or []:
                lines.append(f"           - {reason}")
        lines += _render_bottom(r.get("bottom_line"), r.get("example"))
        if r.get("promoted_tag"):
            lines.append(f"promoted   {r['promoted_tag']}")
        elif r.get("promotion"):
            p = r["promotion"]
            lines.append(f"promotion  {p.get('status')}: {p.get('detail', '')}")
        for step in r.get("ladder") or []:
            lines.append(f"ladder     {step}")
        if r.get("report"):
            lines.append(f"report     {r['report']}")
        if r.get("error"):
            lines.append(f"error      {r['error']}")
    else:
        lines.append("last run   none yet")
    q = s.get("quarantine") or {}
    if q.get("count"):
        lines.append("")
        lines.append(f"quarantine {q['count']} item(s); latest:")
        for x in q.get("recent", []):
            where = f"{x.get('path')}" + (f":{x['line']}" if x.get("line") else "")
            lines.append(f"           {where}: {x.get('reason')}")
    lines.append("")
    lines.append(f"state {s['state_dir']}   watching {s['export_dir']}")
    return "\n".join(lines)
