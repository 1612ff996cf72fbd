"""Matplotlib figures for the report, rendered off-screen (Agg) to PNG bytes.

Each function takes the loaded runs (see `report.load_run`) and returns PNG bytes or None when there
is nothing to draw, so the report degrades to tables instead of failing on a partial run.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")  # no display on a daemon or CI machine
import matplotlib.pyplot as plt  # noqa: E402

CURVES = [("loss", "loss"), ("accuracy", "train accuracy (per pair)"), ("margin", "reward margin"),
          ("chosen_reward", "rewards: chosen, rejected (dashed)")]


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")  # legends placed outside stay in the image
    plt.close(fig)
    return buf.getvalue()


def curves_of(runs: list[dict]) -> list[tuple[str, list[dict]]]:
    """(label, step records) per line: one per run, or one per search candidate when the records carry
    a "candidate" key (their steps repeat across candidates, so one line per run would zigzag)."""
    out = []
    for r in runs:
        names = list(dict.fromkeys(m.get("candidate") for m in r["metrics"]))
        for c in names:
            rows = [m for m in r["metrics"] if m.get("candidate") == c and m.get("step") is not None]
            if rows:
                out.append((r["name"] if c is None else f"{r['name']} {c}", rows))
    return out


def training_curves(runs: list[dict]) -> bytes | None:
    """Loss, accuracy, margin and rewards per optimizer step, one line per run (per search candidate)."""
    lines = curves_of(runs)
    if not lines:
        return None
    fig, axes = plt.subplots(2, 2, figsize=(10, 6.5))
    for ax, (key, title) in zip(axes.flat, CURVES, strict=True):
        for label, metrics in lines:
            rows = [m for m in metrics if m.get(key) is not None]
            if not rows:
                continue
            steps = [m["step"] for m in rows]
            line = ax.plot(steps, [m[key] for m in rows], label=label)[0]
            if key == "chosen_reward":
                rej = [m for m in metrics if m.get("rejected_reward") is not None]
                ax.plot([m["step"] for m in rej], [m["rejected_reward"] for m in rej], linestyle="--",
                        color=line.get_color(), label=f"{label} (rejected)")
        ax.set_title(title)
        ax.set_xlabel("step")
        ax.grid(alpha=0.3)
        if ax.get_legend_handles_labels()[0]:
            ax.legend(fontsize=7)
    return _png(fig)


HELDOUT_PANELS = [
    ("accuracy", [("accuracy_per_token", "per-token"), ("accuracy_reward", "implicit reward"),
                  ("accuracy_sum", "summed log-prob")]),
    ("change vs base (nats/token)", [("delta_chosen_logp_per_token", "chosen"),
                                     ("delta_rejected_logp_per_token", "rejected"),
                                     ("kl_chosen_per_token", "KL on chosen")]),
    ("greedy reply length (tokens)", [("gen_mean_tokens", "mean")]),
]


def heldout_bars(columns: list[tuple[str, dict]]) -> bytes | None:
    """Grouped bars of held-out metrics; `columns` = [(label, metrics dict)], the base first."""
    if not columns:
        return None
    fig, axes = plt.subplots(1, len(HELDOUT_PANELS), figsize=(12, 3.6))
    width = 0.8 / len(columns)
    for ax, (title, keys) in zip(axes, HELDOUT_PANELS, strict=True):
        for j, (label, m) in enumerate(columns):
            vals = [m.get(k) if m.get(k) is not None else 0.0 for k, _ in keys]
            ax.bar([i + j * width for i in range(len(keys))], vals, width, label=label)
        ax.set_xticks([i + width * (len(columns) - 1) / 2 for i in range(len(keys))])
        ax.set_xticklabels([name for _, name in keys], fontsize=8)
        ax.set_title(title, fontsize=10)
        ax.axhline(0, color="black", linewidth=0.5)
        ax.grid(axis="y", alpha=0.3)
    axes[0].legend(fontsize=7)
    return _png(fig)


def cost_bars(runs: list[dict]) -> bytes | None:
    """Training time (steps alone and the whole run) and peak MLX memory per run (summary.json)."""
    fig = cost_figure(runs)
    return None if fig is None else _png(fig)


def cost_figure(runs: list[dict]):
    """The figure of `cost_bars`; its legend sits below the time axes, never over the bars."""
    rows = [(r["name"], r["summary"].get("seconds"), r["summary"].get("total_seconds"),
             r["summary"].get("peak_memory_mb")) for r in runs]
    rows = [row for row in rows if any(v is not None for v in row[1:])]
    if not rows:
        return None
    fig, (a, b) = plt.subplots(1, 2, figsize=(9, 3.6))
    names = [n for n, *_ in rows]
    x = range(len(rows))
    a.bar([i - 0.2 for i in x], [s or 0.0 for _, s, _, _ in rows], 0.4, label="optimizer steps")
    a.bar([i + 0.2 for i in x], [t or 0.0 for _, _, t, _ in rows], 0.4, label="whole run (load, reference, steps)")
    a.set_xticks(list(x))
    a.set_xticklabels(names)
    a.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=2, frameon=False)
    a.set_title("training time (s)")
    b.bar(names, [m or 0.0 for *_, m in rows], color="tab:orange")
    b.set_title("peak memory (MB)")
    for ax in (a, b):
        ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    return fig


def search_curves(search: dict) -> bytes | None:
    """Each search candidate's validation margin per step (x: checkpoints beyond the limits); the winner's
    line is thick and its chosen checkpoint starred."""
    cands = [c for c in search.get("candidates") or [] if c.get("curve")]
    if not cands:
        return None
    win = search.get("winner") or {}
    fig, ax = plt.subplots(figsize=(7, 3.6))
    for c in cands:
        steps = [p["step"] for p in c["curve"]]
        is_win = c.get("name") == win.get("name")
        line = ax.plot(steps, [p["margin"] for p in c["curve"]], marker="o", markersize=3,
                       linewidth=2.5 if is_win else 1.0, label=f"{c.get('name')}" + (" - winner" if is_win else ""))[0]
        bad = [p for p in c["curve"] if not p.get("feasible", True)]
        if bad:
            ax.plot([p["step"] for p in bad], [p["margin"] for p in bad], "x", color=line.get_color())
    if win.get("step") is not None and win.get("margin") is not None:
        ax.plot([win["step"]], [win["margin"]], "*", color="black", markersize=14, label="chosen checkpoint")
    ax.set_xlabel("step")
    ax.set_ylabel("validation per-token margin")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False)
    return _png(fig)
