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
STATES = ("starting", "idle", "ingesting", "training", "evaluating", "promoting", "stopping", "stopped")


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
    }


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
    if not (state / "ledger.sqlite3").exists():
        return out
    from timmyd.ledger.store import Ledger
    with Ledger.open(state) as led:
        out["pending_train_pairs"] = led.count_pairs(split="train", unused_only=True)
        out["heldout_pairs"] = led.count_pairs(split="heldout")
        out["last_run"] = run_view(led.last_run())
        cur = led.current_promotion(cfg.promote.served_name)
        out["served"] = dict(cur) if cur else None
        out["quarantine"] = {"count": led.count_quarantined(), "recent": [_qview(x) for x in led.quarantined(3)]}
    return out


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
