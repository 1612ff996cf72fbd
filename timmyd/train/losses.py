"""Preference losses as pure functions of per-sequence log-probs (one value per pair, never per batch).

Inputs are summed response log-probs (`sequence_logps`), shape (B,). Each function returns
(per-pair loss, chosen reward, rejected reward); rewards carry no gradient.

- DPO sigmoid: -log sigma(beta * h), h = (pi_c - ref_c) - (pi_r - ref_r); rewards beta * (pi - ref).
- IPO: (h - 1/(2 beta))^2 on the same h built from SUMMED log-probs (as TRL does; the IPO paper's
  per-token average would be another knob).
- hinge: relu(1 - beta * h) (SLiC).
- SimPO: -log sigma(beta * (pi_c/|c| - pi_r/|r|) - gamma), no reference; gamma is the ABSOLUTE margin
  (the paper's gamma/beta ratio times beta); rewards beta * pi / |y|.

Two remedies for likelihood displacement (preference losses push the chosen reply's likelihood down
with the rejected one's):
- DPO-Positive (Pal et al. 2024): h - lambda * max(0, ref_c - pi_c) inside DPO's sigmoid, so lowering
  the chosen reply below the reference costs loss (`dpop_lambda`; sigmoid loss only).
- an NLL term on the chosen reply (RPO, Pang et al. 2024; CPO, Xu et al. 2024): `nll_weight` times the
  chosen reply's mean negative log-prob per token, added to any method's per-pair loss (`chosen_nll`).
"""

from __future__ import annotations

import mlx.core as mx

DPO_LOSS_TYPES = ("sigmoid", "ipo", "hinge")


def _softplus(x: mx.array) -> mx.array:
    return mx.logaddexp(mx.zeros_like(x), x)


def dpo_loss(pi_c: mx.array, pi_r: mx.array, ref_c: mx.array, ref_r: mx.array, beta: float,
             loss_type: str = "sigmoid", dpop_lambda: float = 0.0) -> tuple[mx.array, mx.array, mx.array]:
    h = (pi_c - ref_c) - (pi_r - ref_r)
    if dpop_lambda:
        if loss_type != "sigmoid":
            raise ValueError(f"dpop_lambda needs the sigmoid loss, not {loss_type!r}")
        h = h - dpop_lambda * mx.maximum(ref_c - pi_c, 0.0)
    if loss_type == "sigmoid":
        losses = _softplus(-beta * h)  # == -log sigmoid(beta h), stable for large |h|
    elif loss_type == "ipo":
        losses = (h - 1.0 / (2.0 * beta)) ** 2
    elif loss_type == "hinge":
        losses = mx.maximum(1.0 - beta * h, 0.0)
    else:
        raise ValueError(f"unknown DPO loss_type {loss_type!r} (choose from {DPO_LOSS_TYPES})")
    rc = mx.stop_gradient(beta * (pi_c - ref_c))
    rr = mx.stop_gradient(beta * (pi_r - ref_r))
    return losses, rc, rr


def simpo_loss(pi_c: mx.array, pi_r: mx.array, n_c: mx.array, n_r: mx.array, beta: float,
               gamma: float) -> tuple[mx.array, mx.array, mx.array]:
    avg_c = pi_c / n_c.astype(pi_c.dtype)
    avg_r = pi_r / n_r.astype(pi_r.dtype)
    losses = _softplus(-(beta * (avg_c - avg_r) - gamma))
    return losses, mx.stop_gradient(beta * avg_c), mx.stop_gradient(beta * avg_r)


def chosen_nll(pi_c: mx.array, n_c: mx.array) -> mx.array:
    """Mean negative log-prob per token of each chosen reply (the RPO / CPO term, before its weight)."""
    return -pi_c / n_c.astype(pi_c.dtype)


def pair_accuracy(reward_c: mx.array, reward_r: mx.array) -> mx.array:
    """Share of pairs whose chosen reward beats the rejected one (ties count as wrong)."""
    return mx.mean((reward_c > reward_r).astype(mx.float32))
