"""What a promotion costs: adapter strategy (Ollama < 0.34.1) vs fused model (>= 0.34.1), and blob upload.

Builds the ~27 M-parameter bench llama (random weights), a random rank-8 LoRA on every linear layer,
exports the base to GGUF and seeds a local Ollama stand-in with it, then promotes the same adapter
through both strategies and reports wall time, bytes uploaded and the client's memory growth while
streaming a large blob. Ratios are fused / adapter, measured in the same run.

    python bench/bench_promote.py [--size bench|small] [--blob-mb 128]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def random_adapter(model_dir: Path, out: Path, rank: int = 8, scale: float = 20.0) -> Path:
    import mlx.core as mx
    from mlx.utils import tree_flatten
    from mlx_lm import load
    from mlx_lm.tuner.utils import linear_to_lora_layers

    model, _ = load(str(model_dir))
    params = {"rank": rank, "scale": scale, "dropout": 0.0}
    model.freeze()
    linear_to_lora_layers(model, -1, params)
    rng = np.random.default_rng(0)
    weights = {k: mx.array(rng.normal(0, 0.02, v.shape).astype(np.float32))
               for k, v in tree_flatten(model.trainable_parameters())}
    out.mkdir(parents=True, exist_ok=True)
    mx.save_safetensors(str(out / "adapters.safetensors"), weights)
    (out / "adapter_config.json").write_text(json.dumps(
        {"fine_tune_type": "lora", "num_layers": -1, "lora_parameters": params}))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="bench", choices=["tiny", "small", "bench"])
    ap.add_argument("--blob-mb", type=int, default=128)
    args = ap.parse_args()

    from loguru import logger

    from timmyd.config import Config, OllamaConfig, PromoteConfig
    from timmyd.gguf.export import export_fused_gguf
    from timmyd.ledger.store import Ledger
    from timmyd.ollama.client import OllamaClient
    from timmyd.ollama.promote import promote
    from timmyd.ollama.standin.server import StandIn
    from timmyd.service.tiny import build_model

    logger.remove()
    tmp = Path(tempfile.mkdtemp(prefix="bench-promote-"))
    t = time.perf_counter()
    model = build_model(tmp / "model", size=args.size, seed=0)
    adapter = random_adapter(model, tmp / "adapter")
    base = export_fused_gguf(model, None, tmp / "base.gguf", "f16")
    print(f"setup: {args.size} model, base GGUF {base.stat().st_size / 1e6:.1f} MB ({time.perf_counter() - t:.1f} s)")

    results = {}
    for version in ("0.33.0", "0.34.1"):
        with StandIn(version=version) as s:
            s.add_model("base", base)
            cfg = Config(ollama=OllamaConfig(host=s.url, retries=0), promote=PromoteConfig(base_name="base"))
            os.environ["TIMMYD_STATE"] = str(tmp / f"state-{version}")
            with Ledger.open(tmp / f"state-{version}") as led:
                t = time.perf_counter()
                r = promote(cfg, led, adapter, model, out_dir=tmp / f"exp-{version}")
                wall = time.perf_counter() - t
            assert r.status == "promoted", r.detail
            up = sum(st.get("bytes", 0) for st in r.steps if st["step"] == "upload")
            results[r.strategy] = (wall, up)
            print(f"Ollama {version}: strategy {r.strategy:7s} {wall:6.2f} s, uploaded {up / 1e6:8.2f} MB "
                  f"(export + upload + create + 2 smoke tests + copy)")
    (aw, ab), (fw, fb) = results["adapter"], results["fused"]
    print(f"fused / adapter: time x{fw / aw:.1f}, bytes uploaded x{fb / ab:.0f}")

    blob = tmp / "blob.bin"
    with open(blob, "wb") as f:
        for _ in range(args.blob_mb):
            f.write(os.urandom(1 << 20))
    proc = psutil.Process()
    with StandIn() as s, OllamaClient(s.url, retries=0) as c:
        rss0 = proc.memory_info().rss
        t = time.perf_counter()
        c.push_blob(blob)
        wall = time.perf_counter() - t
        rss1 = proc.memory_info().rss
    print(f"push_blob {args.blob_mb} MB (sha256 + HEAD + streamed POST, server in-process): {wall:.2f} s, "
          f"{args.blob_mb / wall:.0f} MB/s; client+server RSS growth {(rss1 - rss0) / 1e6:.1f} MB "
          f"(x{(rss1 - rss0) / (args.blob_mb << 20):.3f} of the file)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
