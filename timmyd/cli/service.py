"""CLI: the service: `timmyd run`, `status`, `launchd`, `demo` (logic in timmyd.service.daemon and friends)."""

from __future__ import annotations

from timmyd.cli.common import UserError, _common, emit, load_config
from timmyd.service.launchd import LaunchdError
from timmyd.service.lock import LockHeld

ERRORS: tuple[type[BaseException], ...] = (LockHeld, LaunchdError)

def _need_model(cfg) -> None:
    """Refuse to start without a base model the daemon can use. An Ollama model name is not looked up
    here (Ollama may start after the daemon at login): the daemon waits for it and status says why."""
    from timmyd.service import basemodel
    if cfg.model and basemodel.model_kind(cfg.model) == "ollama":
        return
    base = basemodel.resolve(cfg, hash_files=False)
    if base.state in ("unset", "missing"):
        extra = " (or try `timmyd demo`)" if base.state == "unset" else ""
        raise UserError(f"{cfg.source or 'config'}: {base.detail}{extra}")


def _add_run(sub) -> None:
    p = sub.add_parser("run", help="run the service in the foreground (what launchd starts)")
    p.add_argument("--once", action="store_true", help="ingest, run one cycle if due, then exit")
    _common(p, json_flag=False)
    p.set_defaults(func=_cmd_run)


def _cmd_run(args) -> int:
    from timmyd.service import daemon
    cfg = load_config(args)
    _need_model(cfg)
    return daemon.run(cfg, once=args.once)


def _add_status(sub) -> None:
    p = sub.add_parser("status", help="is the daemon running, the last run, pending pairs, next check")
    _common(p)
    p.set_defaults(func=_cmd_status)


def _cmd_status(args) -> int:
    from timmyd.service import status
    s = status.gather(load_config(args))
    emit(args, s, status.render(s))
    return 0


def _add_launchd(sub) -> None:
    p = sub.add_parser("launchd", help="install or remove the macOS LaunchAgent (elsewhere: print it)")
    p.add_argument("action", choices=["install", "uninstall", "print"])
    p.add_argument("--dry-run", action="store_true", help="print the plist and commands, change nothing")
    _common(p)
    p.set_defaults(func=_cmd_launchd)


def _cmd_launchd(args) -> int:
    from timmyd.service import launchd as la
    cfg = load_config(args)
    if args.action == "uninstall":
        r = la.uninstall(dry_run=True if args.dry_run else None)
    else:
        r = la.install(cfg, dry_run=True if (args.dry_run or args.action == "print") else None)
    problems = "".join(f"# problem: {x}\n" for x in r.get("problems") or [])
    if r["applied"]:
        verb = f"# done: wrote {r['plist_path']} and ran:"
    elif args.action == "uninstall":
        verb = "# not applied (not macOS or --dry-run); on the Mac run:"
    elif r.get("platform") != "Darwin":
        verb = (f"# {r.get('platform') or 'this system'} has no launchd: nothing was written or run; on a Mac this "
                f"would save the plist above as\n# {r['plist_path']} and run:")
    else:
        verb = f"# not applied (--dry-run); save the plist above as\n# {r['plist_path']} and run:"
    text = ((r.get("plist", "") + "\n") if args.action != "uninstall" else "") + problems + verb + "\n" + "\n".join(r["commands"])
    if args.action != "uninstall":
        text += f"\n# check it: launchctl print gui/$(id -u)/{la.LABEL} | head; timmyd status"
    emit(args, r, text)
    return 0


def _add_demo(sub) -> None:
    p = sub.add_parser("demo", help="one full cycle on a tiny local model and sample sessions")
    p.add_argument("--dir", help="where the demo lives (default: <state>/demo; wiped first)")
    p.add_argument("--standin", action="store_true",
                   help="use the local Ollama stand-in even when a real Ollama answers")
    _common(p)
    p.set_defaults(func=_cmd_demo)


def _cmd_demo(args) -> int:
    from timmyd.service import demo
    cfg = load_config(args)
    r = demo.run_demo(cfg, args.dir, quiet=getattr(args, "json", False), force_standin=args.standin)
    emit(args, r, r["status_text"])
    return 0 if r.get("ok") else 1


ADDERS = [_add_run, _add_status, _add_launchd, _add_demo]
