"""The package's YAML data files read the same with libyaml's loader as with PyYAML's."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from liability_graph import yaml_data

PACKAGE = Path(yaml_data.__file__).resolve().parent
DATA_FILES = sorted(p for p in PACKAGE.rglob("*.yaml") if "__pycache__" not in p.parts)


def test_the_package_ships_its_data_files():
    names = {p.name for p in DATA_FILES}
    assert {"ontology.yaml", "readonly.yaml", "cues.yaml", "en.yaml", "nl.yaml"} <= names


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_data_file_reads_as_pyyaml_reads_it(path):
    text = path.read_text(encoding="utf-8")
    assert yaml_data.load_data(text) == yaml.safe_load(text)


def test_the_fast_loader_is_used_where_pyyaml_has_libyaml():
    if not getattr(yaml, "__with_libyaml__", False):
        pytest.skip("PyYAML was built without libyaml here")
    assert yaml_data._LOADER is yaml.CSafeLoader
