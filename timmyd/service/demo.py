"""`timmyd demo`: one full cycle on an embedded default, ending with `timmyd status`.

What it does, all inside one demo directory (default `<state>/demo/`, wiped first; never the owner's
ledger, adapters or export folder):
1. builds a tiny random-weight llama with a locally trained tokenizer (`timmyd.service.tiny`; no download);
2. copies the sample session exports shipped in the package to `<demo>/export/`;
3. writes `<demo>/timmyd.toml`: threshold low enough for the samples, cooldown 0, a learning rate high
   enough that a random tiny model moves in a few steps, a fixed number of steps;
4. uses the Ollama at the configured host if one answers (unless `--standin`), else starts the local
   stand-in (`timmyd.ollama.standin.server`); exports the tiny base model to GGUF and creates `timmy-demo-base` there (the
   served name is `timmy-demo:latest`, so a real Ollama's own models are left alone);
5. runs the daemon once (`timmyd run --once` on that config): ingest -> train -> evaluate -> verdict ->
   promote, exactly the code path of the service;
6. returns `timmyd status` of the demo state (and prints it).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import time
from pathlib import Path

from loguru import logger

from timmyd import config as config_mod
from timmyd.config import Config

MARKER = ".timmyd-demo"
BASE_NAME = "timmy-demo-base:latest"
SERVED_NAME = "timmy-demo:latest"

# Demo training settings: a random 64-wide model needs a large step to show an effect in a few steps.
# Both methods, so the demo shows the DPO-vs-SimPO choice; measured on the shipped samples: SimPO
# reaches held-out per-token accuracy 1.0 (base 0.43) with chosen log-prob +0.03 nats/token, while DPO
# gets 0.57-0.86 at -0.07 to -0.10 nats/token (its likelihood displacement, right at the verdict's limit).
DEMO_TRAIN = {"method": "both", "learning_rate": 1e-3, "iters": 12, "batch_size": 2, "num_layers": -1,
              "rank": 8, "scale": 2.0, "max_seq_length": 256, "beta": 0.5}
DEMO_VERDICT = {"min_pairs": 1}
# The learning-rate search as a cycle runs it, over a range for this model (the shipped [search] range is
# for real base models, where 1e-3 would wreck the weights).
DEMO_SEARCH = {"lr_min": 3e-4, "lr_max": 3e-3, "candidates": 3, "min_validation_pairs": 3}


def demo_sessions() -> Path:
    return Path(__file__).parents[1] / "demo_data" / "sessions"


def _toml_value(v) -> str:
    import json
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v)


def write_config(root: Path, model: Path, host: str, threshold: int = 5, train: dict | None = None,
                 extra: dict | None = None, tiny: bool = True) -> Path:
    """The demo's own config file; every other key keeps its documented default. `tiny` (the demo's random
    model) adds DEMO_TRAIN under `train` and DEMO_SEARCH; without it [train] and [search] are `train` and
    the shipped defaults (a real base model)."""
    sections = {
        "train": {**(DEMO_TRAIN if tiny else {}), **(train or {})},
        "search": dict(DEMO_SEARCH) if tiny else {},
        "memory": {"budget_gb": 6.0, "reserve_gb": 1.0},
        "eval": {"gen_prompts": 4, "max_new_tokens": 24},
        "verdict": DEMO_VERDICT,
        "ollama": {"host": host, "retries": 1, "timeout_s": 120.0},
        "promote": {"served_name": SERVED_NAME, "base_name": BASE_NAME, "strategy": "auto"},
        "daemon": {"threshold": threshold, "cooldown_minutes": 0.0, "debounce_seconds": 0.5},
    }
    for k, v in (extra or {}).items():
        sections.setdefault(k, {}).update(v)
    lines = ["# written by `timmyd demo`; safe to delete with the demo directory",
             f"state_dir = {_toml_value(str(root / 'state'))}",
             f"export_dir = {_toml_value(str(root / 'export'))}",
             f"model = {_toml_value(str(model))}"]
    for name, kv in sections.items():
        lines.append(f"\n[{name}]")
        lines += [f"{k} = {_toml_value(v)}" for k, v in kv.items()]
    path = root / "timmyd.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def fresh_dir(root: Path) -> Path:
    """Empty `root` (only if it is a demo directory or empty) and mark it as the demo's."""
    if root.exists():
        if any(root.iterdir()) and not (root / MARKER).exists():
            raise config_mod.ConfigError(f"{root}: exists and is not a timmyd demo directory; refusing to wipe it")
        shutil.rmtree(root)
    root.mkdir(parents=True)
    (root / MARKER).write_text("created by `timmyd demo`\n")
    return root


def prepare(root: Path, host: str, threshold: int = 5, copy_sessions: bool = True, size: str = "tiny",
            train: dict | None = None, extra: dict | None = None) -> Config:
    """Model, export folder (with the samples) and config in the (fresh) demo directory `root`."""
    from timmyd.service.tiny import build_model

    if not (root / MARKER).exists():
        fresh_dir(root)
    model = build_model(root / "model", size=size, seed=0)
    export = root / "export"
    export.mkdir()
    if copy_sessions:
        for f in sorted(demo_sessions().iterdir()):
            if f.is_file():
                shutil.copy2(f, export / f.name)
    return config_mod.load(write_config(root, model, host, threshold, train, extra))


def ollama_answers(host: str) -> bool:
    import httpx
    try:
        return httpx.get(host.rstrip("/") + "/api/version", timeout=2.0).status_code == 200
    except httpx.HTTPError:
        return False


def seed_base(cfg: Config) -> str:
    """Export the demo base model to GGUF and create it on the server (what `ollama create` from a
    Modelfile would do); returns its name."""
    from timmyd.gguf.export import export_fused_gguf
    from timmyd.ollama.client import OllamaClient

    gguf = export_fused_gguf(cfg.model, None, cfg.state_path / "exports" / "base.gguf", outtype="f16")
    with OllamaClient.from_config(cfg) as client:
        digest = client.push_blob(gguf)
        client.create(BASE_NAME, files={gguf.name: digest})
    return BASE_NAME


@contextlib.contextmanager
def _demo_env():
    """The demo must use its own state dir even if the owner exported $TIMMYD_STATE/$TIMMYD_CONFIG."""
    saved = {k: os.environ.pop(k) for k in ("TIMMYD_STATE", "TIMMYD_CONFIG", "OLLAMA_HOST") if k in os.environ}
    try:
        yield
    finally:
        os.environ.update(saved)


def run_demo(user_cfg: Config, where: str | None = None, quiet: bool = False, force_standin: bool = False) -> dict:
    """Run the demo; returns {ok, dir, ollama, run, status, status_text}."""
    from timmyd.service import daemon
    from timmyd.service.status import gather, render

    root = Path(where).expanduser().resolve() if where else user_cfg.state_path / "demo"
    host = os.environ.get("OLLAMA_HOST") or user_cfg.ollama.host
    t0 = time.monotonic()
    # the demo's story goes to stdout; its logs to <demo>/state/logs/timmyd.log, only warnings to stderr
    with contextlib.suppress(ValueError):
        logger.remove(0)
    logger.add(sys.stderr, level="WARNING")
    say = (lambda *_: None) if quiet else (lambda msg: print(f"demo: {msg}", flush=True))
    with _demo_env(), contextlib.ExitStack() as stack:
        say(f"building a tiny model and sample exports in {root}")
        fresh_dir(root)
        real = not force_standin and ollama_answers(host)
        if not real:
            from timmyd.ollama.standin.server import StandIn
            s = stack.enter_context(StandIn(port=0, root=root / "ollama-standin"))
            say(f"no Ollama at {host}; using the local stand-in at {s.url}")
            host = s.url
        else:
            say(f"using the Ollama at {host} (demo models: {BASE_NAME}, {SERVED_NAME})")
        cfg = prepare(root, host)
        seed_base(cfg)
        say("running one cycle: ingest -> train -> evaluate -> verdict -> promote (a minute or two)")
        daemon.run(cfg, once=True)
        st = gather(cfg)
    last = st.get("last_run") or {}
    text = render(st) + f"\n\ndemo: {root} (config {root / 'timmyd.toml'}), {time.monotonic() - t0:.0f}s; " \
        f"{'Ollama ' + host if real else 'stand-in Ollama (stopped now)'}"
    logger.debug("demo finished: {}", last.get("status"))
    return {"ok": last.get("status") in ("promoted", "rejected"), "dir": str(root), "config": str(root / "timmyd.toml"),
            "ollama": "real" if real else "stand-in", "run": last, "status": st, "status_text": text,
            "seconds": round(time.monotonic() - t0, 1)}
