"""The house plan stays true: one package per stage, imports flow one way, no circle.

Every `import` in `timmyd/` (function-level ones too: a lazy import is still an arrow) is read with
`ast` and checked against `ALLOWED`, the same table `docs/architecture.md` draws.
"""

from __future__ import annotations

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "timmyd"

# stage -> the stages it may import (its own package and the root `timmyd` are always allowed)
ALLOWED: dict[str, set[str]] = {
    "config": set(),
    "pairs": set(),
    "ledger": {"config", "pairs"},
    "train": {"config", "pairs"},
    "gguf": {"config"},
    "ingest": {"config", "pairs", "ledger", "train", "ollama"},
    "ollama": {"config", "ledger", "gguf"},
    "evaluate": {"config", "pairs", "train", "ingest", "ollama"},
    "service": {"config", "pairs", "ledger", "train", "gguf", "ingest", "ollama", "evaluate"},
    "cli": {"config", "pairs", "ledger", "train", "gguf", "ingest", "ollama", "evaluate", "service"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PKG.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """module -> the timmyd modules it imports (`from timmyd.x import y` counts as timmyd.x.y when
    that is a module, else as timmyd.x)."""
    files = {module_name(p): p for p in PKG.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        is_pkg = path.name == "__init__.py"
        here = name if is_pkg else name.rpartition(".")[0]
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    up = here.split(".")[: len(here.split(".")) - (node.level - 1)]
                    base = ".".join(up + ([base] if base else []))
                if base.split(".")[0] != "timmyd":
                    continue
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    deps.add(full if full in files else base)
            elif isinstance(node, ast.Import):
                deps |= {a.name for a in node.names if a.name.split(".")[0] == "timmyd"}
        deps.discard(name)
        graph[name] = deps
    return graph


def stage_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "timmyd"


def test_every_module_belongs_to_a_stage_and_every_package_names_its_stage():
    stages = {stage_of(m) for m in import_graph()} - {"timmyd"}
    assert stages == set(ALLOWED), f"modules outside the plan: {stages - set(ALLOWED)}"
    for pkg in (p for p in PKG.iterdir() if p.is_dir() and (p / "__init__.py").is_file()):
        doc = ast.get_docstring(ast.parse((pkg / "__init__.py").read_text(encoding="utf-8"))) or ""
        assert len(doc) > 80 and "import" in doc.lower(), f"{pkg.name}/__init__.py must say what it owns and may import"


def test_imports_flow_one_way():
    wrong = []
    for mod, deps in import_graph().items():
        src = stage_of(mod)
        for dep in deps:
            dst = stage_of(dep)
            if src in ("timmyd", dst) or dst == "timmyd":
                continue
            if dst not in ALLOWED[src]:
                wrong.append(f"{mod} -> {dep}")
    assert not wrong, "imports against the plan:\n" + "\n".join(sorted(wrong))


def test_the_stand_in_is_not_product_code():
    users = {m for m, deps in import_graph().items() if any(d.startswith("timmyd.ollama.standin") for d in deps)}
    assert {u for u in users if not u.startswith("timmyd.ollama.standin")} <= {"timmyd.service.demo"}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in list(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_circle_between_modules_or_stages():
    graph = import_graph()
    assert _cycles(graph) == []
    assert _cycles({s: set(d) for s, d in ALLOWED.items()}) == []  # the plan itself is a DAG


def test_the_checker_sees_a_circle_and_a_wrong_arrow():
    """The checks above can fail: a worker importing the CLI is caught both ways."""
    graph = import_graph()
    graph["timmyd.service.worker"] = graph["timmyd.service.worker"] | {"timmyd.cli"}
    assert _cycles(graph), "cli -> service.worker -> cli must be seen as a circle"
    assert "cli" not in ALLOWED["service"]
