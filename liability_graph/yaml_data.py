"""The package's own YAML data: the ontology, the language packs, the courts and cue lists."""

from __future__ import annotations

from typing import Any

import yaml

#: libyaml's safe loader where PyYAML was built with it: it reads the language packs about
#: ten times as fast as PyYAML's own, and every ingest and every worker process reads them
#: first. Same results as yaml.SafeLoader (tests/test_yaml_data.py).
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_data(text: str) -> Any:
    """`yaml.safe_load` for files the package ships (and language packs written like them).

    A user's facts files are not read here: loaders/bounded_yaml.py reads them within a
    budget of nodes."""
    return yaml.load(text, Loader=_LOADER)
