"""Build hook: compile the extractor (liability_graph/loaders/extract) with mypyc.

Extraction is the CPU-bound part of ingesting documents; compiled, it runs about 1.7x as
fast as pure Python (bench/extract.py prints both). The package metadata lives in
pyproject.toml; this file only adds the compiled modules. Compilation is optional:
without mypyc or a C compiler, or with LGRAPH_COMPILE=0, the pure-Python modules are used,
and liability_graph.loaders.extract also falls back to them when its sources changed after
compiling (see _compiled.py there).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

EXTRACT = Path("liability_graph/loaders/extract")
#: Stays pure Python: it decides at import time whether the compiled modules may be used.
NOT_COMPILED = {"__init__.py", "_compiled.py"}
MANIFEST = EXTRACT / "_compiled_sources.txt"


def compiled_modules() -> list:
    if os.environ.get("LGRAPH_COMPILE", "1") == "0":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("liability-graph: mypyc is not installed; the extractor stays pure Python")
        return []
    sources = sorted(p for p in EXTRACT.glob("*.py") if p.name not in NOT_COMPILED)
    extensions = mypycify(
        ["--ignore-missing-imports", "--follow-imports=silent", *map(str, sources)],
        opt_level="3",
    )
    for extension in extensions:
        extension.optional = True  # no C compiler: warn and install the pure modules
    return extensions


def source_record() -> str:
    """The SHA-256 of each compiled module's source, as _compiled.stale_sources reads it."""
    sources = sorted(p for p in EXTRACT.glob("*.py") if p.name not in NOT_COMPILED)
    return "".join(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n" for p in sources)


class BuildThenRecord(build_ext):
    """Record the compiled sources only once every module compiled.

    The record tells the package that its compiled modules match their sources. Written
    before compiling, a build stopped part-way (Ctrl-C, a killed pip) or an optional
    module that failed to compile left old compiled code under a record that called it
    current, and that old code ran. So the record goes first, and is written again only
    after a build with no failure: until then the package runs as pure Python."""

    def run(self) -> None:
        if not self.extensions:
            return super().run()
        record = source_record()  # the sources as they are compiled
        # in place (editable installs) beside the sources, else in the wheel's tree
        target = MANIFEST if self.inplace else Path(self.build_lib) / MANIFEST
        target.unlink(missing_ok=True)
        self._failed: list[str] = []
        super().run()
        if self._failed:
            print(f"liability-graph: not compiled: {', '.join(self._failed)}; pure Python runs")
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(record)

    def build_extension(self, ext) -> None:
        try:
            super().build_extension(ext)
        except Exception:
            self._failed.append(ext.name)  # an optional module: build_ext warns and goes on
            raise


setup(ext_modules=compiled_modules(), cmdclass={"build_ext": BuildThenRecord})
