"""Use the mypyc-compiled extractor modules only while they match their sources.

`pip install` compiles the extractor's modules (see setup.py) and records the SHA-256 of
each source in _compiled_sources.txt. Python always prefers a compiled module to its .py
file, so after a source is edited the old compiled code would run silently. Before the
package's modules are imported, this module checks the record; if a source changed, or
LGRAPH_PURE_PYTHON is set, it makes the whole package load from its .py files (never a
mix: compiled modules call each other directly).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = __name__.rpartition(".")[0]
MANIFEST = HERE / "_compiled_sources.txt"


def compiled_names(folder: Path = HERE) -> set[str]:
    """Modules in `folder` that have a compiled extension next to their source."""
    suffixes = sorted(importlib.machinery.EXTENSION_SUFFIXES, key=len, reverse=True)
    names = set()
    for path in folder.iterdir():
        suffix = next((s for s in suffixes if path.name.endswith(s)), None)
        if suffix is not None:
            names.add(path.name[: -len(suffix)])
    return names


def stale_sources(folder: Path = HERE) -> list[str]:
    """Sources in `folder` that differ from what was compiled (none if nothing is)."""
    if not compiled_names(folder):
        return []
    manifest = folder / MANIFEST.name
    if not manifest.exists():
        return ["(no record of the compiled sources)"]
    stale = []
    for line in manifest.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        source = folder / name
        if not source.exists() or hashlib.sha256(source.read_bytes()).hexdigest() != digest:
            stale.append(name)
    return stale


class _SourceFinder:
    """Loads the package's submodules from their .py files, never from compiled ones."""

    @staticmethod
    def find_spec(fullname: str, path=None, target=None):
        package, _, name = fullname.rpartition(".")
        source = HERE / f"{name}.py"
        if package != PACKAGE or not source.exists():
            return None
        loader = importlib.machinery.SourceFileLoader(fullname, str(source))
        return importlib.util.spec_from_file_location(fullname, source, loader=loader)


def choose() -> str:
    """'compiled', or 'pure' (with the reason why the compiled modules are not used)."""
    if not compiled_names():
        return "pure"
    forced = os.environ.get("LGRAPH_PURE_PYTHON", "") not in ("", "0")
    stale = [] if forced else stale_sources()
    if not forced and not stale:
        return "compiled"
    if not any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder())
    if stale:
        warnings.warn(
            f"the compiled extractor is older than its sources ({', '.join(stale)}); "
            "running the pure-Python modules, which are slower. Rebuild with `make compile`.",
            RuntimeWarning,
            stacklevel=3,
        )
    return "pure"
