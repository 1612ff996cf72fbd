"""The bottom line of an evaluation, as the report opens with it and `timmyd status` shows it.

One place for it, so the owner reads the same numbers in both: which candidate won (and the learning
rate its search chose), by how much with the verdict's interval, and what changed in the replies
(ended on their own, boilerplate openers, length against the owner's chosen reply), before -> after.
"Before" is the adapter in service when the evaluation has one, else the base model. Light on purpose
(no numpy, no matplotlib): status imports it.
"""

from __future__ import annotations


def accuracy_numbers(verdict: dict | None) -> dict:
    """The accuracy check's numbers from a verdict record ({} when there is none)."""
    for c in (verdict or {}).get("checks") or []:
        if isinstance(c, dict) and c.get("name") == "accuracy":
            return c.get("numbers") or {}
    return {}


def search_winner(summary: dict | None) -> dict | None:
    """The search's winner from a training summary ({name, learning_rate, step, ...}) or None."""
    search = (summary or {}).get("search")
    return search.get("winner") if isinstance(search, dict) and isinstance(search.get("winner"), dict) else None


def _pair(before, after) -> list | None:
    return None if before is None and after is None else [before, after]


def reply_changes(cand: dict, current: dict | None) -> dict | None:
    """Reply measures before -> after: {n, before (label), ended, boilerplate, len_ratio, mean_tokens}."""
    n = cand.get("gen_prompts") or 0
    if not n or not cand.get("samples"):
        return None
    cur = current if current and current.get("gen_prompts") == n else None
    get = (lambda k: cur.get(k)) if cur else (lambda k: cand.get(f"base_{k}"))
    ended_before = get("gen_ended")
    if ended_before is None and not cur and cand.get("base_gen_hit_cap") is not None:
        ended_before = n - cand["base_gen_hit_cap"]
    return {"n": n, "before": "current" if cur else "base",
            "ended": _pair(ended_before, cand.get("gen_ended")),
            "boilerplate": _pair(get("gen_boilerplate"), cand.get("gen_boilerplate")),
            "len_ratio": _pair(get("gen_len_ratio"), cand.get("gen_len_ratio")),
            "mean_tokens": _pair(get("gen_mean_tokens"), cand.get("gen_mean_tokens")),
            "openers": cand.get("openers")}


def examples(cand: dict, current: dict | None, k: int = 2) -> list[dict]:
    """Up to k held-out prompts with the owner's reply and the greedy reply before and after, those
    whose reply changed first (a reply that did not change shows nothing)."""
    other = {s["key"]: s.get("reply", "") for s in (current or {}).get("samples") or [] if "key" in s}
    rows = [{"prompt": s.get("prompt", ""), "chosen": s.get("chosen", ""),
             "before": other.get(s.get("key"), s.get("base_reply", "")), "after": s.get("reply", "")}
            for s in cand.get("samples") or []]
    return sorted(rows, key=lambda r: r["before"] == r["after"])[:k]


def bottom_line(cand: dict, current: dict | None, verdict: dict | None, summary: dict | None = None) -> dict:
    """The numbers of the bottom line (see the module doc); JSON-ready."""
    acc = accuracy_numbers(verdict)
    failed = [c.get("name") for c in (verdict or {}).get("checks") or [] if isinstance(c, dict) and not c.get("passed")]
    out = {"promote": (verdict or {}).get("promote"), "against": (verdict or {}).get("against"), "failed": failed,
           "metric": acc.get("metric"), "accuracy": _pair(acc.get("current"), acc.get("candidate")),
           "winner": search_winner(summary), "replies": reply_changes(cand, current)}
    if acc.get("rule") == "paired":
        out.update({k: acc.get(k) for k in ("mean_change", "interval", "level", "up", "down", "ties", "sign_p")})
    return out


def _fmt(v, fmt: str) -> str:
    return "-" if v is None else fmt.format(v)


def lines(b: dict, name: str = "") -> list[str]:
    """The bottom line in words, one fact a line."""
    verdict = {True: "PROMOTE", False: "KEEP CURRENT"}.get(b.get("promote"), "no verdict")
    who = f"{name}: " if name else ""
    w = b.get("winner")
    lr = (f", learning rate {w['learning_rate']:.3g} chosen by the search (step {w.get('step')})"
          if w and w.get("learning_rate") is not None else "")
    failed = f" (failed: {', '.join(b['failed'])})" if b.get("failed") and not b.get("promote") else ""
    out = [f"{who}{verdict}{' against the ' + b['against'] if b.get('against') else ''}{failed}{lr}"]
    acc = b.get("accuracy")
    if b.get("interval"):
        lo, hi = b["interval"]
        out.append(f"margin change per pair {b['mean_change']:+.4f} nats, {b['level']:.0%} interval [{lo:+.4f}, "
                   f"{hi:+.4f}]; {b['up']} pairs up, {b['down']} down (sign test p {b['sign_p']:.3g})")
    elif acc:
        out.append("no per-pair data (older record): no interval")
    if acc and acc[1] is not None:
        out.append(f"{b.get('metric') or 'accuracy'} {_fmt(acc[0], '{:.3f}')} -> {acc[1]:.3f}")
    r = b.get("replies")
    if r:
        n, before = r["n"], r["before"]
        ended = r.get("ended") or [None, None]
        parts = [f"ended on their own {_fmt(ended[0], '{}')}/{n} -> {_fmt(ended[1], '{}')}/{n}"]
        if r.get("boilerplate") and r["boilerplate"][1] is not None:
            bp = r["boilerplate"]
            parts.append(f"open with learned boilerplate {_fmt(bp[0], '{:.0%}')} -> {bp[1]:.0%}")
        else:
            parts.append("boilerplate not measured (no openers learned)")
        if r.get("len_ratio"):
            lr_ = r["len_ratio"]
            parts.append(f"length vs the chosen reply {_fmt(lr_[0], '{:.1f}x')} -> {_fmt(lr_[1], '{:.1f}x')}")
        out.append(f"greedy replies ({before} -> candidate, {n} held-out prompts): " + ", ".join(parts))
    return out


def clip(text: str, n: int) -> str:
    """One line of at most n characters."""
    t = " ".join(str(text).split())
    return t if len(t) <= n else t[:n - 3] + "..."
