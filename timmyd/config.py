"""Parse and validate `etc/timmyd.toml` into frozen dataclasses.

Every section is a frozen dataclass whose field defaults ARE the documented defaults; the loader
checks types and unknown keys generically, so a typo in the owner's file is reported with the file and
the dotted key instead of being silently ignored. This module never touches MLX.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import re
import stat
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(ValueError):
    """A bad config file or key; the message names the file and the key."""


@dataclass(frozen=True)
class TrainConfig:
    method: str = "simpo"  # dpo | simpo | both (the daemon trains both and keeps the better); docs/learning.md
    loss_type: str = "sigmoid"  # DPO only: sigmoid | ipo | hinge
    beta: float = 0.1  # DPO temperature
    simpo_beta: float = 2.0  # SimPO reward scale (paper: 2.0-2.5)
    gamma: float = 0.5  # SimPO absolute target margin (not the paper's gamma/beta ratio)
    learning_rate: float = 5e-6  # a run without the search ([search].enabled off, too few pairs)
    batch_size: int = 2  # pairs per optimizer step
    epochs: int = 2
    iters: int = 0  # optimizer steps; 0 = derived from epochs
    num_layers: int = 16  # LoRA on the last N layers; -1 = all
    rank: int = 8
    scale: float = 20.0
    dropout: float = 0.0
    max_seq_length: int = 1024
    seed: int = 0
    grad_checkpoint: bool = False
    max_grad_norm: float = 1.0  # 0 disables clipping
    micro_batch_size: int = 1  # pairs per forward pass; gradients accumulate to batch_size; 0 = whole batch
    fastmath: str = "auto"  # auto | on | off: timmyd.train.fastmath; auto = on exactly on MLX's CPU backend
    nll_weight: float = 0.5  # chosen-reply NLL per token added to the loss (RPO / CPO); keeps chosen replies likely
    dpop_lambda: float = 0.0  # DPO-Positive: penalty when the chosen log-ratio falls below 0 (DPO sigmoid only)


@dataclass(frozen=True)
class SearchConfig:
    """The learning-rate search inside every training run (timmyd.train.search)."""

    enabled: bool = True  # off: train once at [train].learning_rate
    lr_min: float = 2e-6  # candidates are `candidates` learning rates log-spaced over [lr_min, lr_max]
    lr_max: float = 1.6e-5
    candidates: int = 4
    validation_fraction: float = 0.2  # of the training pairs, by prompt hash; never held-out pairs
    min_validation_pairs: int = 4  # fewer spare pairs: no search, one run at [train].learning_rate
    evals_per_epoch: int = 2  # validation scorings per epoch of each candidate


@dataclass(frozen=True)
class IngestConfig:
    max_file_mb: float = 64.0  # larger files are quarantined
    heldout_fraction: float = 0.2  # deterministic by prompt hash (pairs sharing a prompt share a split)
    follow_symlinks_outside: bool = False
    workers: int = 0  # processes reading a backlog of files (0: one per core, at most 8; 1: this process only)


@dataclass(frozen=True)
class MiningConfig:
    correction_phrases: list[str] = field(default_factory=list)  # extra phrases; built-ins always apply
    skip_prefixes: list[str] = field(default_factory=list)  # extra injected-text prefixes to skip
    tool_turns: str = "compact"  # how tool-call turns appear in prompts: compact | drop
    rejected_from_base: bool = False  # generate a rejected reply with the base model for lone accepted replies
    base_max_tokens: int = 128  # cap on each base-model reply generated for rejected_from_base
    base_per_pass: int = 16  # base-model replies generated per ingest pass (the rest wait); 0 = no cap
    max_prompt_chars: int = 16000  # mined prompts keep only the latest whole exchanges that fit
    classifier: str = ""  # an Ollama model name: second opinion on turns the rules find ambiguous; "" = off
    classifier_timeout_s: float = 10.0  # per question; a timeout or an unreachable Ollama: the rules alone decide


@dataclass(frozen=True)
class MemoryConfig:
    budget_gb: float = 12.0  # no worker (train, eval, report, export) may exceed this (resident + MLX active)
    reserve_gb: float = 4.0  # always leave this much of the machine's memory free
    poll_seconds: float = 0.5
    stop_fraction: float = 0.9  # the guard stops the worker at this fraction of the limit (headroom between samples)


@dataclass(frozen=True)
class EvalConfig:
    max_new_tokens: int = 64  # greedy generation length cap for the length metric
    gen_prompts: int = 8  # held-out prompts used for generation metrics
    batch_size: int = 4  # held-out pairs per forward pass
    cache_base: bool = True  # keep the base model's held-out log-probs and replies on disk
    opener_min_count: int = 2  # a boilerplate opener must start at least this many rejected training replies


@dataclass(frozen=True)
class VerdictConfig:
    min_accuracy_gain: float = 0.0  # candidate accuracy must exceed current by more than this
    max_chosen_logp_drop: float = 0.1  # nats per token the chosen log-prob may fall vs the base
    max_length_growth: float = 0.25  # relative growth of mean generation length allowed
    accuracy: str = "per_token"  # per_token | reward: which held-out accuracy the rule compares
    min_pairs: int = 1  # fewer held-out pairs than this = no promotion
    interval: float = 0.9  # paired bootstrap interval of the mean per-pair margin change; its low end must be > 0
    max_sign_p: float = 0.05  # one-sided sign test p-value (more pairs up than down) must be at most this
    max_boilerplate_rise: float = 0.0  # share of replies opening with learned boilerplate may rise this much

    def __post_init__(self):
        if not 0.0 < self.interval < 1.0:
            raise ConfigError(f"key 'verdict.interval' must be in (0, 1), got {self.interval}")
        if not 0.0 < self.max_sign_p <= 1.0:
            raise ConfigError(f"key 'verdict.max_sign_p' must be in (0, 1], got {self.max_sign_p}")


@dataclass(frozen=True)
class JudgeConfig:
    enabled: bool = False
    model: str = ""  # an Ollama model name used as pairwise judge
    max_pairs: int = 16


@dataclass(frozen=True)
class OllamaConfig:
    host: str = "http://127.0.0.1:11434"
    timeout_s: float = 600.0
    retries: int = 3
    backoff_s: float = 0.5  # first retry delay; doubles each retry


@dataclass(frozen=True)
class PromoteConfig:
    served_name: str = "timmy:latest"
    base_name: str = ""  # the Ollama model the adapter goes on top of (FROM); "" = `model` when that is an Ollama name
    strategy: str = "auto"  # auto | adapter | fused
    smoke_prompt: str = "Say hello in five words."
    smoke_max_tokens: int = 16  # num_predict for the smoke generation
    fused_outtype: str = "q8_0"  # f16 | q8_0 | f32: GGUF type of the fused model (when adapters are refused)
    keep_tags: int = 3  # newest promoted run tags kept in Ollama (rollback depth); 0 = keep all


@dataclass(frozen=True)
class DaemonConfig:
    threshold: int = 50  # new training pairs that start a cycle
    cooldown_minutes: float = 60.0
    failed_backoff_minutes: float = 10.0  # after a cycle that failed on its own (not a daemon stop/crash)
    rescan_minutes: float = 15.0
    debounce_seconds: float = 5.0
    quiet_hours: str = ""  # e.g. "09:00-18:00": no training then; empty = never quiet
    train_on_served: bool = True  # start each cycle from the adapter in service (keeps what it learned)
    log_rotation_mb: float = 10.0  # state/logs/timmyd.log is rotated at this size
    log_keep: int = 5  # rotated log files kept
    keep_runs: int = 20  # run folders and candidate adapters kept in state/ (promoted ones always stay)
    report: bool = True  # write the Markdown + HTML report of each cycle to state/reports/


@dataclass(frozen=True)
class DistributedConfig:
    hostfile: str = ""  # an mlx.launch hostfile (JSON): train and evaluate across its hosts; "" = this machine only
    backend: str = "ring"  # mlx.launch --backend: ring (Ethernet / Thunderbolt), mpi, jaccl (RDMA over Thunderbolt 5)
    timeout_s: float = 600.0  # a rank that waits this long for the rest of its group ends the run (failed)
    python: str = ""  # the Python on every host ("" = this one's path: the hosts need the same paths)


@dataclass(frozen=True)
class Config:
    state_dir: str = "state"
    export_dir: str = "~/.hermes/sessions"
    model: str = ""  # an Ollama model name (gemma3:270m), a GGUF file, or an MLX model directory (model_kind)
    train: TrainConfig = field(default_factory=TrainConfig)
    search: SearchConfig = field(default_factory=SearchConfig)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    mining: MiningConfig = field(default_factory=MiningConfig)
    memory: MemoryConfig = field(default_factory=MemoryConfig)
    eval: EvalConfig = field(default_factory=EvalConfig)
    verdict: VerdictConfig = field(default_factory=VerdictConfig)
    judge: JudgeConfig = field(default_factory=JudgeConfig)
    ollama: OllamaConfig = field(default_factory=OllamaConfig)
    promote: PromoteConfig = field(default_factory=PromoteConfig)
    daemon: DaemonConfig = field(default_factory=DaemonConfig)
    distributed: DistributedConfig = field(default_factory=DistributedConfig)
    source: str = ""  # the file this was read from ("" = built-in defaults)

    @property
    def state_path(self) -> Path:
        """`$TIMMYD_STATE` wins; a relative `state_dir` is relative to the config file's checkout."""
        env = os.environ.get("TIMMYD_STATE")
        if env:
            return Path(env).expanduser()
        p = Path(self.state_dir).expanduser()
        if p.is_absolute():
            return p
        base = Path(self.source).resolve().parent.parent if self.source else REPO_ROOT
        return base / p

    @property
    def export_path(self) -> Path:
        return Path(self.export_dir).expanduser()


# The state dir holds the owner's conversations (ledger, logs, reports, adapters): its directories are
# 0700 and its files 0600, whoever writes them (daemon, workers, the CLI commands that write there).
PRIVATE_UMASK = 0o077


def tighten(path: str | Path) -> None:
    """`chmod go-rwx path` (a file or a directory); a missing path or a symlink is left alone."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    if st.st_mode & 0o077 and not stat.S_ISLNK(st.st_mode):
        os.chmod(path, stat.S_IMODE(st.st_mode) & ~0o077)


def make_private(path: str | Path, tree: bool = False) -> Path:
    """Create the directory `path` 0700 (missing parents too), or take group/other access away from an
    existing one; `tree=True` also from everything under it (what a version before this left 755/644).
    Symlinks are neither followed nor changed; an entry that cannot be changed (another user's) is left
    as it is: the closed directory above it already keeps others out."""
    p = Path(path)
    p.mkdir(mode=0o700, parents=True, exist_ok=True)
    tighten(p)
    if tree:
        for root, dirs, files in os.walk(p):
            for name in dirs + files:
                with contextlib.suppress(OSError):  # vanished (a rotated log) or not ours
                    tighten(Path(root, name))
    return p


@contextlib.contextmanager
def private_umask():
    """Everything created inside the block is the owner's alone (umask 077); the old umask comes back after."""
    old = os.umask(PRIVATE_UMASK)
    try:
        yield
    finally:
        os.umask(old)


CHOICES = {
    "train.method": {"dpo", "simpo", "both"},
    "train.loss_type": {"sigmoid", "ipo", "hinge"},
    "train.fastmath": {"auto", "on", "off"},
    "mining.tool_turns": {"compact", "drop"},
    "promote.strategy": {"auto", "adapter", "fused"},
    "promote.fused_outtype": {"f16", "q8_0", "f32"},
    "verdict.accuracy": {"per_token", "reward"},
    "distributed.backend": {"ring", "mpi", "jaccl", "jaccl-ring", "nccl"},
}


def default_path() -> Path:
    env = os.environ.get("TIMMYD_CONFIG")
    return Path(env).expanduser() if env else REPO_ROOT / "etc" / "timmyd.toml"


def _check_value(where: str, value, tp) -> object:
    origin = typing.get_origin(tp)
    if tp is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: expected true or false, got {value!r}")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where}: expected an integer, got {value!r}")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{where}: expected a number, got {value!r}")
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise ConfigError(f"{where}: expected a string, got {value!r}")
        return value
    if origin is list:
        (inner,) = typing.get_args(tp)
        if not isinstance(value, list):
            raise ConfigError(f"{where}: expected a list, got {value!r}")
        return [_check_value(f"{where}[{i}]", v, inner) for i, v in enumerate(value)]
    if origin in (typing.Union, types.UnionType):
        raise ConfigError(f"{where}: unsupported type {tp}")
    raise ConfigError(f"{where}: unsupported type {tp}")


def _build(cls, data: dict, prefix: str, fname: str):
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)} - {"source"}
    kwargs = {}
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if key not in names:
            known = ", ".join(sorted(names))
            raise ConfigError(f"{fname}: unknown key '{dotted}' (known here: {known})")
        tp = hints[key]
        if dataclasses.is_dataclass(tp):
            if not isinstance(value, dict):
                raise ConfigError(f"{fname}: '{dotted}' must be a table [{dotted}]")
            kwargs[key] = _build(tp, value, f"{dotted}.", fname)
            continue
        kwargs[key] = _check_value(f"{fname}: key '{dotted}'", value, tp)
        allowed = CHOICES.get(dotted)
        if allowed and kwargs[key] not in allowed:
            raise ConfigError(f"{fname}: key '{dotted}' must be one of {sorted(allowed)}, got {value!r}")
    return cls(**kwargs)


def _validate(cfg: Config, fname: str) -> None:
    t = cfg.train
    positive = {
        "train.beta": t.beta, "train.simpo_beta": t.simpo_beta, "train.learning_rate": t.learning_rate,
        "train.batch_size": t.batch_size, "train.rank": t.rank, "train.max_seq_length": t.max_seq_length,
        "memory.budget_gb": cfg.memory.budget_gb, "daemon.threshold": cfg.daemon.threshold,
    }
    for key, v in positive.items():
        if v <= 0:
            raise ConfigError(f"{fname}: key '{key}' must be > 0, got {v}")
    if cfg.ingest.workers < 0:
        raise ConfigError(f"{fname}: key 'ingest.workers' must be 0 (one per core) or more, got {cfg.ingest.workers}")
    if not 0.0 <= cfg.ingest.heldout_fraction < 1.0:
        raise ConfigError(f"{fname}: key 'ingest.heldout_fraction' must be in [0, 1), got {cfg.ingest.heldout_fraction}")
    if not 0.0 <= t.dropout < 1.0:
        raise ConfigError(f"{fname}: key 'train.dropout' must be in [0, 1), got {t.dropout}")
    for key in ("nll_weight", "dpop_lambda"):
        if getattr(t, key) < 0:
            raise ConfigError(f"{fname}: key 'train.{key}' must be >= 0, got {getattr(t, key)}")
    if t.dpop_lambda and (t.method == "simpo" or t.loss_type != "sigmoid"):
        raise ConfigError(f"{fname}: key 'train.dpop_lambda' needs DPO with loss_type = \"sigmoid\" "
                          "(DPO-Positive is a change to DPO's sigmoid loss)")
    s = cfg.search
    if not 0.0 < s.lr_min <= s.lr_max:
        raise ConfigError(f"{fname}: keys 'search.lr_min' and 'search.lr_max' need 0 < lr_min <= lr_max, "
                          f"got {s.lr_min}, {s.lr_max}")
    if s.candidates < 1 or s.min_validation_pairs < 1 or s.evals_per_epoch < 1:
        raise ConfigError(f"{fname}: keys 'search.candidates', 'search.min_validation_pairs' and "
                          "'search.evals_per_epoch' must be >= 1")
    if not 0.0 < s.validation_fraction < 1.0:
        raise ConfigError(f"{fname}: key 'search.validation_fraction' must be in (0, 1), got {s.validation_fraction}")
    if model_kind(cfg.model) is None:
        raise ConfigError(f"{fname}: key 'model' = {cfg.model!r} is neither an Ollama model name (like "
                          "\"gemma3:270m\"), a .gguf file, nor an MLX model directory")
    _validate_distributed(cfg, fname)
    q = cfg.daemon.quiet_hours
    if q and not _parse_quiet_hours(q):
        raise ConfigError(f"{fname}: key 'daemon.quiet_hours' must look like \"23:00-07:00\", got {q!r}")


# what a launcher puts in a rank's environment: mlx.launch (ring, jaccl), then mpirun's two conventions
LAUNCHER_RANK_VARS = ("MLX_RANK", "OMPI_COMM_WORLD_RANK", "PMI_RANK")


def launcher_rank() -> int | None:
    """This process's rank when a launcher started it as one of a group, else None. Read from the
    environment, so the CLI and the worker can decide who prints without loading MLX."""
    for var in LAUNCHER_RANK_VARS:
        value = os.environ.get(var, "")
        if value.isdigit():
            return int(value)
    return None


def hostfile_hosts(path: str | Path) -> list[dict]:
    """The hosts of an mlx.launch hostfile (a JSON list of hosts, or an object with "hosts"); ValueError
    naming the file when it cannot be used."""
    p = Path(path).expanduser()
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{p}: hostfile not found") from None
    except (OSError, ValueError) as e:
        raise ValueError(f"{p}: hostfile is not readable JSON ({e})") from None
    hosts = data.get("hosts") if isinstance(data, dict) else data
    if not isinstance(hosts, list) or not hosts or not all(isinstance(h, dict) and h.get("ssh") for h in hosts):
        raise ValueError(f'{p}: hostfile needs a non-empty list of hosts like {{"ssh": "mac2.local", '
                         f'"ips": ["192.168.1.12"]}} (alone or under "hosts")')
    return hosts


def _validate_distributed(cfg: Config, fname: str) -> None:
    d = cfg.distributed
    if d.timeout_s <= 0:
        raise ConfigError(f"{fname}: key 'distributed.timeout_s' must be > 0, got {d.timeout_s}")
    if not d.hostfile:
        return
    try:
        hosts = hostfile_hosts(d.hostfile)
    except ValueError as e:
        raise ConfigError(f"{fname}: key 'distributed.hostfile': {e}") from None
    if d.backend in ("ring", "jaccl-ring") and not all(h.get("ips") for h in hosts):
        raise ConfigError(f"{fname}: key 'distributed.hostfile': the ring backend needs \"ips\" for every host")
    if cfg.train.batch_size % len(hosts):
        raise ConfigError(f"{fname}: key 'train.batch_size' = {cfg.train.batch_size} is not divisible by the "
                          f"{len(hosts)} hosts of distributed.hostfile (every rank takes an equal share of a batch)")


# an Ollama model name: [registry/][namespace/]model[:tag], lower case letters, digits, '.', '_', '-'
_OLLAMA_NAME = re.compile(r"^(?:[a-z0-9][a-z0-9._-]*/){0,2}[a-z0-9][a-z0-9._-]*(?::[a-z0-9A-Z][a-zA-Z0-9._-]*)?$")


def model_kind(value: str) -> str | None:
    """Which form `model` has: "mlx" (a directory), "gguf" (a .gguf file, or a path to a file), "ollama"
    (a model name such as gemma3:270m), "" when empty, None when it is none of them. An existing path
    wins over a name; a value that starts like a path ("/", ".", "~") is never a name."""
    if not value:
        return ""
    p = Path(value).expanduser()
    if p.is_dir():
        return "mlx"
    if p.is_file() or value.endswith(".gguf"):
        return "gguf"
    if value.startswith(("/", ".", "~")) or os.sep in value.rstrip(os.sep) and not _OLLAMA_NAME.match(value):
        return "mlx"  # a directory path that does not exist (yet): `config check` says so
    return "ollama" if _OLLAMA_NAME.match(value) else None


def _parse_quiet_hours(text: str) -> tuple[int, int] | None:
    """'HH:MM-HH:MM' -> (start_minute, end_minute) of the day, or None when malformed."""
    try:
        a, b = text.split("-")
        out = []
        for part in (a, b):
            h, m = part.strip().split(":")
            h, m = int(h), int(m)
            if not (0 <= h < 24 and 0 <= m < 60):
                return None
            out.append(h * 60 + m)
        return out[0], out[1]
    except ValueError:
        return None


def quiet_window(cfg: Config) -> tuple[int, int] | None:
    return _parse_quiet_hours(cfg.daemon.quiet_hours) if cfg.daemon.quiet_hours else None


def load(path: str | os.PathLike | None = None) -> Config:
    """Load the config: explicit path, else $TIMMYD_CONFIG, else the checkout's etc/timmyd.toml.

    A missing default file yields the built-in defaults; a missing explicit file is an error.
    """
    explicit = path is not None or "TIMMYD_CONFIG" in os.environ
    p = Path(path).expanduser() if path is not None else default_path()
    if not p.exists():
        if explicit:
            raise ConfigError(f"{p}: config file not found")
        return Config()
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{p}: not valid TOML: {e}") from e
    except UnicodeDecodeError as e:
        raise ConfigError(f"{p}: not UTF-8 text: {e}") from e
    cfg = _build(Config, data, "", str(p))
    cfg = dataclasses.replace(cfg, source=str(p.resolve()))
    _validate(cfg, str(p))
    if not cfg.promote.base_name and model_kind(cfg.model) == "ollama":
        # training base and serving base are the same Ollama model unless the owner says otherwise
        cfg = dataclasses.replace(cfg, promote=dataclasses.replace(cfg.promote, base_name=cfg.model))
    return cfg


def as_dict(cfg: Config) -> dict:
    return dataclasses.asdict(cfg)
