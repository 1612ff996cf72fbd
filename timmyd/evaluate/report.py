"""The DPO-vs-SimPO report: Markdown plus ONE self-contained HTML file (plots embedded as data: URIs).

Inputs are run directories as the trainer writes them (`summary.json`, `metrics.jsonl`) plus the
`eval.json` that `timmyd compare` / `timmyd report --data` adds (held-out metrics against the base and
the verdict). Both outputs are built from the same rows, so the Markdown and the HTML never disagree.
Reports go to `<state>/reports/<id>/` (`report.md`, `report.html`, `plots/*.png` for the Markdown).

Order: the bottom line first (`bottomline`: the winner, its interval, what changed in the replies), one or
two replies before and after, then the tables and curves, and a "Search" section for every run whose
summary records a learning-rate search. Runs written before any of these keys existed still render.
"""

from __future__ import annotations

import base64
import html
import json
import time
from pathlib import Path

EVAL_FILE = "eval.json"

# (label, key, format) rows of the held-out table
HELDOUT_ROWS = [
    ("held-out pairs", "n_pairs", "{:.0f}"),
    ("accuracy, per-token log-prob", "accuracy_per_token", "{:.3f}"),
    ("accuracy, implicit reward (vs base)", "accuracy_reward", "{:.3f}"),
    ("accuracy, summed log-prob", "accuracy_sum", "{:.3f}"),
    ("mean reward margin (nats)", "reward_margin", "{:.4f}"),
    ("mean per-token margin (nats)", "per_token_margin", "{:.4f}"),
    ("chosen log-prob (sum)", "chosen_logp", "{:.3f}"),
    ("chosen log-prob per token", "chosen_logp_per_token", "{:.4f}"),
    ("rejected log-prob (sum)", "rejected_logp", "{:.3f}"),
    ("rejected log-prob per token", "rejected_logp_per_token", "{:.4f}"),
    ("chosen per token vs base", "delta_chosen_logp_per_token", "{:+.4f}"),
    ("rejected per token vs base", "delta_rejected_logp_per_token", "{:+.4f}"),
    ("KL to base on chosen (nats/token)", "kl_chosen_per_token", "{:.5f}"),
    ("greedy reply length (tokens)", "gen_mean_tokens", "{:.1f}"),
    ("greedy replies ended on their own", "gen_ended", "{:.0f}"),
    ("greedy reply length / chosen reply", "gen_len_ratio", "{:.2f}"),
    ("replies opening with learned boilerplate", "gen_boilerplate", "{:.0%}"),
]
SEARCH_HEAD = ["candidate", "learning rate", "steps trained", "dropped at", "best step", "val accuracy",
               "val margin", "chosen drift", "feasible"]
TRAIN_COLS = [("method", "method", "{}"), ("pairs", "pairs", "{}"), ("steps", "steps", "{}"),
              ("step s", "seconds", "{:.1f}"), ("ref pass s", "ref_pass_seconds", "{:.1f}"),
              ("total s", "total_seconds", "{:.1f}"), ("tokens/s", "tokens_per_sec", "{:.0f}"),
              ("peak MB", "peak_memory_mb", "{:.0f}"), ("first loss", "first_loss", "{:.4f}"),
              ("last loss", "last_loss", "{:.4f}"), ("final train acc", "final_train_accuracy", "{:.3f}")]


class ReportError(ValueError):
    """A run directory the report cannot read; the message names the directory or file."""


def _fmt(fmt: str, v) -> str:
    if v is None:
        return "-"
    try:
        return fmt.format(v)
    except (ValueError, TypeError):
        return str(v)


def load_run(path: str | Path) -> dict:
    """A run directory -> {name, dir, method, summary, metrics (per step), eval (or None)}."""
    d = Path(path).expanduser()
    if not d.is_dir():
        raise ReportError(f"{d}: run directory not found")
    if not (d / "summary.json").is_file() and not (d / "metrics.jsonl").is_file():
        raise ReportError(f"{d}: not a training run (no summary.json or metrics.jsonl)")
    summary = _read_json(d / "summary.json") if (d / "summary.json").is_file() else {}
    metrics = []
    if (d / "metrics.jsonl").is_file():
        for i, line in enumerate((d / "metrics.jsonl").read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    metrics.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise ReportError(f"{d / 'metrics.jsonl'}:{i}: not valid JSON: {e.msg}") from e
    ev = _read_json(d / EVAL_FILE) if (d / EVAL_FILE).is_file() else daemon_eval(d)
    method = summary.get("method") or "?"
    return {"name": d.name, "dir": str(d), "method": method, "summary": summary, "metrics": metrics, "eval": ev}


def daemon_eval(run_dir: Path) -> dict | None:
    """The daemon's evaluation of `<state>/adapters/<run>-<method>`: `<state>/runs/<run>/eval-<method>.json`
    (the `timmyd eval --json` output its worker wrote), so `timmyd report` works after a daemon cycle."""
    run_id, _, method = run_dir.name.rpartition("-")
    f = run_dir.parent.parent / "runs" / run_id / f"eval-{method}.json"
    if not run_id or not f.is_file():
        return None
    doc = _read_json(f)
    return doc if isinstance(doc.get("candidate"), dict) else None


def _read_json(p: Path) -> dict:
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ReportError(f"{p}: not valid JSON: {e}") from e


def new_report_dir(state: Path, label: str = "") -> Path:
    """`<state>/reports/<UTC timestamp>[-label]`, unique."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    base = state / "reports" / (f"{stamp}-{label}" if label else stamp)
    out, n = base, 1
    while out.exists():
        n += 1
        out = base.with_name(f"{base.name}-{n}")
    out.mkdir(parents=True)
    return out


# --- table rows (shared by Markdown and HTML) ---------------------------------------------------------

def _cands(runs: list[dict]) -> list[tuple[dict, dict]]:
    return [(r, r["eval"]["candidate"]) for r in runs if r.get("eval") and r["eval"].get("candidate")]


def base_column(runs: list[dict]) -> dict | None:
    """The base model's numbers, read from the base_* fields every evaluation records."""
    cands = _cands(runs)
    return base_of(cands[0][1]) if cands else None


def base_of(m: dict) -> dict:
    """The base model's column from one evaluation's base_* fields (its rewards, deltas and KL are 0)."""
    col = {k[5:]: v for k, v in m.items() if k.startswith("base_")}
    col.update(n_pairs=m["n_pairs"], accuracy_reward=0.0, reward_margin=0.0, kl_chosen_per_token=0.0,
               delta_chosen_logp_per_token=0.0, delta_rejected_logp_per_token=0.0,
               gen_mean_tokens=m.get("base_gen_mean_tokens"))
    return col


def training_table(runs: list[dict]) -> tuple[list[str], list[list[str]]]:
    head = ["run"] + [c[0] for c in TRAIN_COLS]
    rows = [[r["name"]] + [_fmt(f, r["summary"].get(k)) for _, k, f in TRAIN_COLS] for r in runs]
    return head, rows


def heldout_table(runs: list[dict]) -> tuple[list[str], list[list[str]]] | None:
    cands, base = _cands(runs), base_column(runs)
    if not cands:
        return None
    head = ["metric", "base"] + [r["name"] for r, _ in cands]
    rows = [[label, _fmt(f, base.get(k))] + [_fmt(f, m.get(k)) for _, m in cands] for label, k, f in HELDOUT_ROWS]
    return head, rows


def verdict_rows(run: dict) -> tuple[str, list[list[str]]] | None:
    v = (run.get("eval") or {}).get("verdict")
    if not v:
        return None
    title = f"{run['name']}: {'PROMOTE' if v['promote'] else 'KEEP CURRENT'} (against the {v['against']})"
    return title, [[c["name"], "pass" if c["passed"] else "FAIL", c["reason"]] for c in v["checks"]]


def sample_table(runs: list[dict], max_rows: int = 4, clip: int = 400) -> tuple[list[str], list[list[str]]] | None:
    """Held-out prompts with the owner's chosen reply, the base's and each run's greedy replies."""
    cands = _cands(runs)
    if not cands or not cands[0][1].get("samples"):
        return None
    replies = [{s["key"]: s["reply"] for s in m.get("samples", [])} for _, m in cands]
    head = ["prompt", "chosen (owner)", "base"] + [r["name"] for r, _ in cands]
    rows = []
    for s in cands[0][1]["samples"][:max_rows]:
        cells = [s["prompt"], s["chosen"], s["base_reply"]] + [rep.get(s["key"], "") for rep in replies]
        rows.append([printable(c if len(c) <= clip else c[:clip] + " ...") for c in cells])
    return head, rows


def winner(runs: list[dict]) -> dict | None:
    """The evaluated run to lead with: promoted first, then the higher accuracy, then the larger margin."""
    def key(rm):
        r, m = rm
        promote = bool(((r["eval"] or {}).get("verdict") or {}).get("promote"))
        return promote, m.get("accuracy_per_token") or 0.0, m.get("per_token_margin") or 0.0
    cands = _cands(runs)
    return max(cands, key=key)[0] if cands else None


def bottom_line_text(runs: list[dict]) -> str | None:
    """The bottom line of the winner (with its method), then one line per other evaluated run."""
    from timmyd.evaluate.bottomline import bottom_line, lines

    best = winner(runs)
    if best is None:
        return None
    out = []
    for r in [best] + [r for r, _ in _cands(runs) if r is not best]:
        b = bottom_line(r["eval"]["candidate"], r["eval"].get("current"), r["eval"].get("verdict"), r["summary"])
        text = lines(b, f"{r['name']} ({str(r['method']).upper()})")
        out += [("winner: " if r is best and len(runs) > 1 else "") + text[0]] + (text[1:] if r is best else text[1:3])
    return "\n".join(out)


def example_rows(run: dict, clip: int = 300) -> tuple[list[str], list[list[str]]] | None:
    """One or two held-out prompts: the owner's reply and the greedy reply before and after."""
    from timmyd.evaluate.bottomline import examples

    ev = run.get("eval") or {}
    rows = examples(ev.get("candidate") or {}, ev.get("current"))
    if not rows:
        return None
    before = "current" if ev.get("current") else "base"
    cut = lambda c: printable(c if len(c) <= clip else c[:clip] + " ...")  # noqa: E731
    return (["prompt", "owner's reply", f"before ({before})", f"after ({run['name']})"],
            [[cut(r["prompt"]), cut(r["chosen"]), cut(r["before"]), cut(r["after"])] for r in rows])


def search_rows(run: dict) -> tuple[str, list[str], list[list[str]]] | None:
    """The search's candidates (summary["search"], written by the trainer) as a table; None without one."""
    srch = run["summary"].get("search")
    if not isinstance(srch, dict) or not srch.get("candidates"):
        return None
    win = (srch.get("winner") or {}).get("name")
    rows = []
    for c in srch["candidates"]:
        best = c.get("best") or {}
        rows.append([c.get("name", "?") + (" (winner)" if c.get("name") == win else ""),
                     _fmt("{:.3g}", c.get("learning_rate")), _fmt("{}", c.get("steps")),
                     _fmt("{}", c.get("dropped_at_step")), _fmt("{}", c.get("best_step")),
                     _fmt("{:.3f}", best.get("accuracy")), _fmt("{:+.4f}", best.get("margin")),
                     _fmt("{:+.4f}", best.get("chosen_delta")),
                     {True: "yes", False: "no"}.get(best.get("feasible"), "-")])
    ratio = srch.get("budget_ratio")
    title = (f"Search - {run['name']}: {srch.get('validation_pairs', '?')} validation pairs, "
             f"{_fmt('{:.0f}', srch.get('seconds'))} s" + (f", {ratio:.2f}x a plain run" if ratio else "")
             + ("" if win else "; no candidate within the limits"))
    return title, SEARCH_HEAD, rows


def judge_rows(runs: list[dict]) -> tuple[list[str], list[list[str]]] | None:
    rows = [[r["name"], str(j["wins"]), str(j["ties"]), str(j["losses"]), f"{j['win_rate']:.2f}"]
            for r, m in _cands(runs) if (j := m.get("judge"))]
    return (["run", "wins", "ties", "losses", "win rate"], rows) if rows else None


# --- rendering ---------------------------------------------------------------------------------------

def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def printable(text: str) -> str:
    """Control characters (random models emit them) shown as \\xNN so tables stay readable."""
    return "".join(c if c.isprintable() or c in "\n\t" else f"\\x{ord(c):02x}" for c in text)


def _md_cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", "<br>")


def _md_table(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(map(_md_cell, head)) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(map(_md_cell, r)) + " |" for r in rows]
    return "\n".join(lines)


def _html_table(head: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    cls = {"pass": ' class="pass"', "FAIL": ' class="fail"'}
    body = "".join("<tr>" + "".join(f"<td{cls.get(c, '')}>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


CSS = ("body{font-family:-apple-system,Helvetica,Arial,sans-serif;max-width:1100px;margin:2em auto;color:#222}"
       "table{border-collapse:collapse;margin:0.5em 0 1.5em}td,th{border:1px solid #ccc;padding:4px 8px;"
       "vertical-align:top;font-size:13px;white-space:pre-wrap}th{background:#f3f3f3}img{max-width:100%}"
       ".pass{color:#060}.fail{color:#a00}")


def sections(runs: list[dict], meta: dict) -> list[tuple[str, str, object]]:
    """Ordered report content: (kind, title, payload) with kind in text|table|plot."""
    from timmyd.evaluate import plots as report_plots  # matplotlib only when a report is written
    out: list[tuple[str, str, object]] = []
    bottom = bottom_line_text(runs)
    if bottom:
        out.append(("text", "Bottom line", bottom))
        best = winner(runs)
        ex = example_rows(best)
        if ex:
            out.append(("table", "Before and after", ex))
    facts = [f"{k}: {v}" for k, v in meta.items() if v not in (None, "")]
    if facts:
        out.append(("text", "", "\n".join(facts)))
    out.append(("table", "Training", training_table(runs)))
    out.append(("plot", "Training curves", report_plots.training_curves(runs)))
    out.append(("plot", "Time and peak memory", report_plots.cost_bars(runs)))
    for r in runs:
        srch = search_rows(r)
        if srch:
            out.append(("table", srch[0], (srch[1], srch[2])))
            out.append(("plot", f"Search - {r['name']}: validation margin per step",
                        report_plots.search_curves(r["summary"]["search"])))
    held = heldout_table(runs)
    if held:
        out.append(("table", "Held-out metrics (all relative to the base model)", held))
        cols = [("base", base_column(runs))] + [(r["name"], m) for r, m in _cands(runs)]
        out.append(("plot", "Held-out metrics", report_plots.heldout_bars(cols)))
    else:
        out.append(("text", "Held-out metrics", "not evaluated (run `timmyd report RUN... --data HELDOUT.jsonl`)"))
    for r in runs:
        v = verdict_rows(r)
        if v:
            out.append(("table", f"Verdict - {v[0]}", (["check", "result", "reason"], v[1])))
    samples = sample_table(runs)
    if samples:
        out.append(("table", "Greedy replies to held-out prompts", samples))
    judge = judge_rows(runs)
    if judge:
        out.append(("table", "Pairwise judge (position-swapped)", judge))
    return [s for s in out if s[2] is not None]


def render(runs: list[dict], out_dir: str | Path, title: str = "timmyd report", meta: dict | None = None) -> dict:
    """Write report.md (+ plots/*.png) and a self-contained report.html into `out_dir`; returns paths."""
    out = Path(out_dir)
    (out / "plots").mkdir(parents=True, exist_ok=True)
    md, body = [f"# {title}", ""], [f"<h1>{html.escape(title)}</h1>"]
    for i, (kind, name, payload) in enumerate(sections(runs, meta or {})):
        if name:
            md += [f"## {name}", ""]
            body.append(f"<h2>{html.escape(name)}</h2>")
        if kind == "text":
            md += [payload.replace("\n", "  \n"), ""]
            body.append(f"<p>{html.escape(payload).replace(chr(10), '<br>')}</p>")
        elif kind == "table":
            md += [_md_table(*payload), ""]
            body.append(_html_table(*payload))
        else:
            png = out / "plots" / f"{i:02d}-{_slug(name)}.png"
            png.write_bytes(payload)
            md += [f"![{name}](plots/{png.name})", ""]
            b64 = base64.b64encode(payload).decode("ascii")
            body.append(f'<img alt="{html.escape(name)}" src="data:image/png;base64,{b64}">')
    (out / "report.md").write_text("\n".join(md), encoding="utf-8")
    doc = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
           f"<style>{CSS}</style></head><body>{''.join(body)}</body></html>")
    (out / "report.html").write_text(doc, encoding="utf-8")
    return {"dir": str(out), "markdown": str(out / "report.md"), "html": str(out / "report.html")}


def format_eval(result: dict) -> str:
    """Human-readable summary of `evaluate_against` output for the CLI."""
    cand, cur = result["candidate"], result.get("current")
    head = ["metric", "base", "candidate" if cand.get("adapter") else "base (again)"]
    cols = [base_of(cand), cand]
    if cur:
        head.append("current" if cur.get("adapter") else "base")
        cols.append(cur)
    widths = [max(len(label) for label, _, _ in HELDOUT_ROWS) + 2] + [14] * (len(cols))
    lines = ["".join(h.ljust(w) for h, w in zip(head, widths, strict=True))]
    for label, k, f in HELDOUT_ROWS:
        cells = [label] + [_fmt(f, c.get(k)) for c in cols]
        lines.append("".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)))
    v = result.get("verdict")
    if v:
        lines.append("")
        lines.append(("PROMOTE" if v["promote"] else "KEEP CURRENT") + f" (against the {v['against']})")
        lines += [f"  [{'pass' if c['passed'] else 'FAIL'}] {c['name']}: {c['reason']}" for c in v["checks"]]
    return "\n".join(lines)
