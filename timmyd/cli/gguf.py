"""CLI: `timmyd export-gguf`, `import-base`, `doctor` (logic in timmyd.gguf, timmyd.ollama.models, timmyd.service.doctor)."""

from __future__ import annotations

from timmyd.cli.common import UserError, _common, _model_option, emit, load_config
from timmyd.gguf.arch import UnsupportedModelError
from timmyd.gguf.export import ExportError
from timmyd.gguf.importer import BaseImportError
from timmyd.gguf.io import GGUFFormatError

ERRORS: tuple[type[BaseException], ...] = (ExportError, UnsupportedModelError, GGUFFormatError, BaseImportError)

def _add_export_gguf(sub) -> None:
    p = sub.add_parser("export-gguf", help="write an MLX LoRA adapter as a GGUF adapter (or a fused model GGUF)")
    _model_option(p, base=True)
    p.add_argument("--adapter", required=True, help="mlx-lm adapter directory (adapters.safetensors)")
    p.add_argument("--out", required=True, help="output .gguf file")
    p.add_argument("--fused", action="store_true", help="merge the adapter into the base and write the whole model")
    p.add_argument("--outtype", choices=["f16", "q8_0", "f32"], default="f16", help="tensor type with --fused")
    _common(p)
    p.set_defaults(func=_cmd_export_gguf)


def _cmd_export_gguf(args) -> int:
    import time

    from timmyd.gguf import export
    model = args.model or load_config(args).model
    if not model:
        raise UserError("no base model: pass --model DIR or set `model` in the config")
    t0 = time.perf_counter()
    if args.fused:
        out = export.export_fused_gguf(model, args.adapter, args.out, outtype=args.outtype)
        info = {"kind": "fused", "outtype": args.outtype}
    else:
        out = export.export_adapter_gguf(model, args.adapter, args.out)
        meta = export.read_gguf_adapter_info(out)
        info = {"kind": "adapter", "architecture": meta["general.architecture"],
                "alpha": meta["adapter.lora.alpha"], "tensors": len(meta["tensors"])}
    obj = {"ok": True, "out": str(out), "bytes": out.stat().st_size, "seconds": round(time.perf_counter() - t0, 2),
           **info}
    extra = f"{info['tensors']} tensors, {info['architecture']}, alpha {info['alpha']}" if not args.fused else args.outtype
    emit(args, obj, f"wrote {out} ({obj['bytes'] / 2**20:.1f} MiB, {extra})")
    return 0


def _add_import_base(sub) -> None:
    p = sub.add_parser("import-base", help="import a GGUF file or an Ollama model as an MLX base model directory")
    p.add_argument("source", help="a .gguf file or an Ollama model name (e.g. gemma3:270m)")
    p.add_argument("--out", required=True, help="output MLX model directory")
    p.add_argument("--force", action="store_true", help="replace a non-empty output directory")
    _common(p)
    p.set_defaults(func=_cmd_import_base)


def _cmd_import_base(args) -> int:
    import time

    from timmyd.ollama.models import import_base
    cfg = load_config(args)
    t0 = time.perf_counter()
    rec = import_base(args.source, args.out, ollama_host=cfg.ollama.host, force=args.force)
    rec["seconds"] = round(time.perf_counter() - t0, 2)
    types = ", ".join(f"{k} x{v}" for k, v in sorted(rec["tensor_types"].items()))
    emit(args, rec, f"imported {rec['source_path']} ({rec['architecture']}, {types}) into {rec['out']} "
                    f"in {rec['seconds']} s\nset `model = \"{rec['out']}\"` in the config to train on it")
    return 0


def _add_doctor(sub) -> None:
    p = sub.add_parser("doctor", help="check MLX, BLAS, llama.cpp, Ollama, the base model and that the state is private")
    _common(p)
    p.set_defaults(func=_cmd_doctor)


def _cmd_doctor(args) -> int:
    from timmyd.service import doctor
    report = doctor.diagnose(load_config(args))
    emit(args, report, doctor.render(report))
    return 0


ADDERS = [_add_export_gguf, _add_import_base, _add_doctor]
