"""The scaling model bench/bench_distributed.py prints: how N Macs would train, from what one run measured.

Scaling model for N Macs (N = 1, 2, 4, 8), per optimizer step of a global batch of --model-batch pairs:
  compute(N) = model_batch / N * t_pair, with t_pair the measured compute seconds per pair of ONE rank
               on its share in run (c), or (b) with --no-control or --compute-from b
               ((sum(seconds) - sum(comm_seconds)) / (steps * batch / 2)), i.e.
               one core of this VM with OpenBLAS; `--compute-scale S` divides it by S to model a faster
               machine (S = 1: as measured). Everything in a step is assumed to split evenly over the
               ranks (optimizer update and per-step overheads included, which flatters large N), and
               all Macs are equally fast (a slow one makes every other wait).
  comm(N)    = 0 for N = 1; else a ring all-reduce of the LoRA gradients, G = 4 bytes x trainable_parameters
               (float32, one message: nn.average_gradients packs them), each rank sending and receiving
               2 (N-1)/N x G over a link of bandwidth BW (no overlap with compute), plus 2 collectives per
               step (gradients, metrics) each of 2 (N-1) hops, a hop costing half the measured tiny all_sum
               between 2 ranks (which has 2 hops), or --latency-ms per hop instead of that loopback value.
  step(N)    = compute(N) + comm(N); speed-up = step(1) / step(N) (the same global batch per step).
Links (bandwidth in GB/s, options): 1 GbE 0.11, 10 GbE 1.1, Thunderbolt 4 ring (IP over TB) 2.5 effective.
The DPO reference pass (split over the ranks the same way, one all_sum at the end) and model loading
are outside the model. Optional: the same communication for Gemma 3 270M (LoRA rank 8 on every linear
of its 18 layers; shapes: hidden 640, 4 query heads and 1 KV head of 256, feed-forward 2048), where only
the communication time is printed: its compute was not measured by this script.
"""

from __future__ import annotations

LINKS = {"1GbE": 0.11, "10GbE": 1.1, "TB4-ring": 2.5}  # GB/s, effective
SIZES_N = (1, 2, 4, 8)


def gemma3_270m_lora_params(rank: int = 8) -> int:
    """LoRA (rank r: r x (in + out) per linear) on q, k, v, o, gate, up, down of Gemma 3 270M's 18 layers."""
    hidden, heads, kv_heads, head_dim, ff, layers = 640, 4, 1, 256, 2048, 18
    shapes = [(hidden, heads * head_dim), (hidden, kv_heads * head_dim), (hidden, kv_heads * head_dim),
              (heads * head_dim, hidden), (hidden, ff), (hidden, ff), (ff, hidden)]
    return layers * sum(rank * (i + o) for i, o in shapes)


def comm_seconds(n: int, grad_bytes: float, bw_gbs: float, latency_s: float) -> float:
    if n == 1:
        return 0.0
    # 2 collectives per step (gradients, metrics), each a ring of 2 (N-1) hops
    return 2 * (n - 1) / n * grad_bytes / (bw_gbs * 1e9) + 2 * 2 * (n - 1) * latency_s


def scaling_table(t_pair: float, model_batch: int, grad_bytes: float, links: dict, latency_s: float) -> list[dict]:
    rows = []
    for link, bw in links.items():
        base = model_batch * t_pair
        for n in SIZES_N:
            comp = model_batch / n * t_pair
            comm = comm_seconds(n, grad_bytes, bw, latency_s)
            rows.append({"link": link, "bandwidth_GBps": bw, "N": n, "compute_s": comp, "comm_s": comm,
                         "step_s": comp + comm, "speedup": base / (comp + comm)})
    return rows


def print_model(t_pair: float, t_pair_note: str, hop: float, hop_note: str, model_batch: int, n_params: int,
                links: dict) -> dict:
    """Print the model for the measured compute per pair `t_pair` and ring-hop latency `hop` (seconds) with
    `n_params` LoRA parameters; the notes say where those two numbers came from. Returns what it printed."""
    grad_bytes = 4 * n_params
    print("\nscaling model (assumptions: docstring of bench/scaling_model.py):")
    print(f"  gradient bytes per step G = 4 x {n_params} = {grad_bytes / 1e6:.2f} MB; ring all-reduce: each rank "
          "sends 2 (N-1)/N x G")
    print(f"  compute per pair of one rank t_pair = {t_pair * 1e3:.1f} ms ({t_pair_note}")
    print(f"  latency per ring hop {hop * 1e3:.3f} ms ({hop_note}), 2 collectives per step, 2 (N-1) hops each; "
          f"global batch {model_batch} pairs per step")
    rows = scaling_table(t_pair, model_batch, grad_bytes, links, hop)
    print(f"  {'link':9s} {'GB/s':>5s}  " + "  ".join(f"N={n}: step s / speed-up" for n in SIZES_N))
    for link in links:
        cells = [r for r in rows if r["link"] == link]
        print(f"  {link:9s} {links[link]:5.2f}  " + "  ".join(f"{c['step_s']:8.3f} / {c['speedup']:4.2f}x      "
                                                              for c in cells))
    for link, bw in links.items():
        t_comm2 = comm_seconds(2, grad_bytes, bw, hop)
        print(f"  {link}: comm at N=2 {t_comm2 * 1e3:.1f} ms per step; it equals the compute of a step at N=2 when "
              f"t_pair <= {t_comm2 / (model_batch / 2) * 1e3:.2f} ms per pair")
    g_params = gemma3_270m_lora_params(8)
    g_bytes = 4 * g_params
    print(f"  Gemma 3 270M, LoRA rank 8 on all 7 linears of 18 layers: {g_params} parameters, G = {g_bytes / 1e6:.2f} MB;"
          " communication per step (compute not measured here):")
    for link, bw in links.items():
        print(f"    {link:9s} " + "  ".join(f"N={n}: {comm_seconds(n, g_bytes, bw, hop) * 1e3:7.1f} ms"
                                        for n in SIZES_N))
    return {"t_pair_s": t_pair, "hop_latency_s": hop, "grad_bytes": grad_bytes, "links_GBps": links,
            "model_batch": model_batch, "rows": rows,
            "gemma3_270m": {"lora_parameters": g_params, "grad_bytes": g_bytes}}
