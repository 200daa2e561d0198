"""Lower floors never import higher ones, and every library exception lives in errors.py."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "liability_graph"
#: floor -> packages it must never import
FORBIDDEN = {
    "graph": ("liability_graph.queries", "liability_graph.export", "liability_graph.loaders"),
    "loaders": ("liability_graph.queries", "liability_graph.export"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_graph_and_loaders_do_not_import_higher_floors():
    offences = []
    for floor, forbidden in FORBIDDEN.items():
        for path in sorted((PACKAGE / floor).rglob("*.py")):
            for module in imported_modules(path):
                if module.startswith(forbidden):
                    offences.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert not offences, offences


def test_exceptions_are_defined_in_errors_py():
    """The library's own exceptions (the LiabilityGraphError tree) all live in errors.py;
    private signals a module raises and catches itself (a ValueError subclass) may stay."""
    errors = ast.parse((PACKAGE / "errors.py").read_text(encoding="utf-8"))
    library = {n.name for n in ast.walk(errors) if isinstance(n, ast.ClassDef)}
    defined = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                if bases & library:
                    defined.append(f"{path.relative_to(PACKAGE)}: {node.name}")
    assert not defined, defined
