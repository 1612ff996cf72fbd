"""`timmyd launchd install|uninstall`: fill in the LaunchAgent template and load it with launchctl.

The template is `launchd/ai.timmy.timmyd.plist` in the checkout; @PLACEHOLDERS@ become absolute
paths (launchd has no shell, no `~`, no PATH of the owner's). Rendering is checked with plistlib so a
bad path can never produce a plist launchd silently rejects. On systems without launchd the commands
are printed instead of run.
"""

from __future__ import annotations

import os
import platform
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from timmyd.config import REPO_ROOT, Config, make_private

LABEL = "ai.timmy.timmyd"
TEMPLATE = REPO_ROOT / "launchd" / f"{LABEL}.plist"


class LaunchdError(RuntimeError):
    """The template is missing or launchctl refused."""


def timmyd_executable() -> str:
    """The console script next to this interpreter (the venv's), else the one on PATH."""
    cand = Path(sys.executable).parent / "timmyd"
    if cand.exists():
        return str(cand)
    found = shutil.which("timmyd")
    if not found:
        raise LaunchdError("cannot find the `timmyd` executable; install the package (scripts/setup.sh) first")
    return found


def render(cfg: Config, executable: str | None = None, template: Path = TEMPLATE) -> str:
    if not template.is_file():
        raise LaunchdError(f"{template}: LaunchAgent template not found (needs a checkout of timmyd)")
    if not cfg.source:
        raise LaunchdError("launchd needs a config file: pass --config PATH (or create etc/timmyd.toml)")
    exe = executable or timmyd_executable()
    values = {"TIMMYD": exe, "CONFIG": str(Path(cfg.source).resolve()), "STATE": str(cfg.state_path.resolve()),
              "WORKDIR": str(Path(cfg.source).resolve().parent.parent), "VENV_BIN": str(Path(exe).parent)}
    text = template.read_text(encoding="utf-8")
    for k, v in values.items():
        text = text.replace(f"@{k}@", escape(v))
    data = plistlib.loads(text.encode("utf-8"))  # validates
    if os.environ.get("TIMMYD_STATE"):  # keep an explicit state override the owner installed with
        data["EnvironmentVariables"]["TIMMYD_STATE"] = values["STATE"]
    return plistlib.dumps(data).decode("utf-8")


def preflight(cfg: Config, executable: str | None = None) -> list[str]:
    """What launchd will need and does not have, one line each with the fix (empty: all there). launchd
    runs the agent with no shell and no PATH: the executable must be an absolute path that exists (the
    venv's), the config readable, the export folder present, the state directory writable."""
    problems = []
    try:
        exe = Path(executable or timmyd_executable())
    except LaunchdError as e:
        return [str(e)]
    if not exe.is_absolute():
        problems.append(f"the timmyd executable {exe} is not an absolute path: run `timmyd launchd install` "
                        "with the venv's timmyd (e.g. .venv/bin/timmyd after `bash scripts/setup.sh`)")
    elif not os.access(exe, os.X_OK):
        problems.append(f"{exe} is not executable: rerun `bash scripts/setup.sh`")
    if not cfg.source:
        problems.append("no config file: pass --config PATH (or create etc/timmyd.toml)")
    elif not os.access(cfg.source, os.R_OK):
        problems.append(f"{cfg.source}: config not readable by this user: `chmod u+r {cfg.source}`")
    if not cfg.export_path.is_dir():
        problems.append(f"export folder {cfg.export_path} does not exist: set export_dir in "
                        f"{cfg.source or 'the config'} to the folder your assistant exports its sessions to")
    state = cfg.state_path
    probe = state if state.exists() else next((p for p in state.parents if p.exists()), Path("/"))
    if not (probe.is_dir() and os.access(probe, os.W_OK | os.X_OK)):
        problems.append(f"state directory {state} is not writable ({probe} is not): set state_dir in "
                        f"{cfg.source or 'the config'} or $TIMMYD_STATE to a folder you own")
    return problems


def plist_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LABEL}.plist"


def commands(action: str) -> list[list[str]]:
    domain = f"gui/{os.getuid()}"
    if action == "install":
        return [["launchctl", "bootstrap", domain, str(plist_path())]]
    return [["launchctl", "bootout", f"{domain}/{LABEL}"]]


def install(cfg: Config, dry_run: bool | None = None) -> dict:
    """Write the plist and bootstrap it (macOS); elsewhere (or dry_run) only return what would happen."""
    problems = preflight(cfg)
    text = render(cfg)
    mac = platform.system() == "Darwin"
    dry = (not mac) if dry_run is None else dry_run
    out = {"platform": platform.system(), "plist_path": str(plist_path()), "plist": text,
           "commands": [" ".join(c) for c in commands("install")], "applied": False, "problems": problems}
    if dry:
        return out
    if problems:
        raise LaunchdError("not installed; launchd would start timmyd without what it needs:\n  - "
                           + "\n  - ".join(problems))
    make_private(cfg.state_path)
    make_private(cfg.state_path / "logs")
    p = plist_path()
    p.parent.mkdir(parents=True, exist_ok=True)
    out["commands"] = [" ".join(commands("uninstall")[0]) + "   # replaces a loaded older one", *out["commands"]]
    subprocess.run(commands("uninstall")[0], capture_output=True)  # replace a loaded older one
    p.write_text(text, encoding="utf-8")
    r = subprocess.run(commands("install")[0], capture_output=True, text=True)
    if r.returncode != 0:
        raise LaunchdError(f"launchctl bootstrap failed ({r.returncode}): {r.stderr.strip()}")
    out["applied"] = True
    return out


def uninstall(dry_run: bool | None = None) -> dict:
    mac = platform.system() == "Darwin"
    dry = (not mac) if dry_run is None else dry_run
    out = {"platform": platform.system(), "plist_path": str(plist_path()),
           "commands": [" ".join(c) for c in commands("uninstall")] + [f"rm {plist_path()}"], "applied": False}
    if dry:
        return out
    subprocess.run(commands("uninstall")[0], capture_output=True)
    plist_path().unlink(missing_ok=True)
    out["applied"] = True
    return out
