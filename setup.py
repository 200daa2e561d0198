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
    MANIFEST.write_text(
        "".join(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n" for p in sources)
    )
    extensions = mypycify(
        ["--ignore-missing-imports", "--follow-imports=silent", *map(str, sources)],
        opt_level="3",
    )
    for extension in extensions:
        extension.optional = True  # no C compiler: warn and install the pure modules
    return extensions


setup(ext_modules=compiled_modules())
