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
    fig.savefig(buf, format="png", dpi=90)
    plt.close(fig)
    return buf.getvalue()


def training_curves(runs: list[dict]) -> bytes | None:
    """Loss, accuracy, margin and rewards per optimizer step, one line per run."""
    if not any(r["metrics"] for r in runs):
        return None
    fig, axes = plt.subplots(2, 2, figsize=(10, 6.5))
    for ax, (key, title) in zip(axes.flat, CURVES, strict=True):
        for r in runs:
            rows = [m for m in r["metrics"] if m.get(key) is not None]
            if not rows:
                continue
            steps = [m["step"] for m in rows]
            line = ax.plot(steps, [m[key] for m in rows], label=r["name"])[0]
            if key == "chosen_reward":
                rej = [m for m in r["metrics"] if m.get("rejected_reward") is not None]
                ax.plot([m["step"] for m in rej], [m["rejected_reward"] for m in rej], linestyle="--",
                        color=line.get_color(), label=f"{r['name']} (rejected)")
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
    rows = [(r["name"], r["summary"].get("seconds"), r["summary"].get("total_seconds"),
             r["summary"].get("peak_memory_mb")) for r in runs]
    rows = [row for row in rows if any(v is not None for v in row[1:])]
    if not rows:
        return None
    fig, (a, b) = plt.subplots(1, 2, figsize=(9, 3.2))
    names = [n for n, *_ in rows]
    x = range(len(rows))
    a.bar([i - 0.2 for i in x], [s or 0.0 for _, s, _, _ in rows], 0.4, label="optimizer steps")
    a.bar([i + 0.2 for i in x], [t or 0.0 for _, _, t, _ in rows], 0.4, label="whole run (load, reference, steps)")
    a.set_xticks(list(x))
    a.set_xticklabels(names)
    a.legend(fontsize=7)
    a.set_title("training time (s)")
    b.bar(names, [m or 0.0 for *_, m in rows], color="tab:orange")
    b.set_title("peak memory (MB)")
    for ax in (a, b):
        ax.grid(axis="y", alpha=0.3)
    return _png(fig)
