"""The same input gives the same facts whatever the process's string hashing (issue #13).

Python salts str hashes per process (PYTHONHASHSEED), so anything that lets a set's or a
frozenset's order pick among candidates makes two runs over one input differ. The invented
article below once did: a party retyped by a later phrase ("the hosting provider") gave two
facts whose evidence went to one or the other by set order (outputs flipped between seeds 1
and 2). Each run here is its own `lgraph extract` process with a fixed seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES

LGRAPH = Path(sys.executable).with_name("lgraph")
SEEDS = ("1", "2", "4", "6")

ARTICLE = """---
url: "https://news.example/host-ruling"
language: en
title: "Judge rules on a host"
---

BOSTON — A federal court said a hosting firm that rented servers to disputed video sites is
not automatically liable for piracy.

U.S. District Judge Hanna Corvel, in a preliminary order issued on Tuesday, granted defendant
Brightrack Hosting LLC's motion to dismiss claims that the Ohio-based hosting provider should
be held liable for infringing films that were stored on Vidkast.net.

The plaintiff, Pelham Pictures, sued several service companies last spring, among them the ad
network Clixo, the delivery network FastEdge and a few hosting providers, including Brightrack.

In its motion, Brightrack said that it did not run the Vidkast site and only rented out storage.

Corvel had already let Clixo out of the suit in May, ending every claim against that firm.
"""


def _extract(source: Path, out: Path, seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    run = subprocess.run(
        [
            str(LGRAPH),
            "extract",
            str(source),
            "-o",
            str(out),
            "--workers",
            "1",
            "--reveal-protected",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=out.parent,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return out.read_bytes()


def _same_for_every_seed(source: Path, tmp_path: Path) -> bytes:
    outputs = {seed: _extract(source, tmp_path / f"facts-{seed}.jsonl", seed) for seed in SEEDS}
    first = outputs[SEEDS[0]]
    assert b'"fact":"relationship"' in first
    for seed, output in outputs.items():
        assert output == first, f"PYTHONHASHSEED={seed} gave other facts than {SEEDS[0]}"
    return first


def test_a_retyped_party_gives_the_same_facts_under_every_hash_seed(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "01_en_host_ruling.md").write_text(ARTICLE, encoding="utf-8")
    facts = _same_for_every_seed(folder, tmp_path)
    assert b"Brightrack Hosting LLC" in facts and b"DEFENDANT_IN" in facts


@pytest.mark.parametrize("corpus", ["examples", "corpus-news"])
def test_a_corpus_gives_the_same_facts_under_every_hash_seed(corpus, tmp_path, request):
    source = EXAMPLES / "corpus" if corpus == "examples" else request.getfixturevalue("corpus_news")
    _same_for_every_seed(source, tmp_path)
