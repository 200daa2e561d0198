"""Tests that read the team's data beside the repository (../shared) skip with a message in
a clone without it, and fail under CI=true, through the one helper in conftest.py."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO

TESTS = REPO / "tests"

_USES_SEED = """
def test_reads_the_seed(seed_path):
    assert seed_path.read_text(encoding="utf-8")
"""


def _run_in_clone_without_shared(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess:
    """pytest on a test that needs the seed, in a repository with no ../shared beside it."""
    repo = tmp_path / "clone"
    (repo / "tests").mkdir(parents=True)
    shutil.copy(TESTS / "conftest.py", repo / "tests" / "conftest.py")
    (repo / "tests" / "test_seed.py").write_text(_USES_SEED, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "tests"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_seed_tests_skip_with_a_message_without_shared(tmp_path):
    done = _run_in_clone_without_shared(tmp_path, ci=None)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 skipped" in done.stdout
    assert "../shared (the seed article and the news corpus) is not beside this clone" in (
        done.stdout
    )


def test_seed_tests_fail_without_shared_under_ci(tmp_path):
    done = _run_in_clone_without_shared(tmp_path, ci="true")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 error" in done.stdout  # the fixture fails, so the test errors
    assert "under CI=true it must be there" in done.stdout


# A path into ../shared spelled out in a test, rather than asked of conftest.shared_path.
_SHARED_LITERAL = re.compile(r"""["'](?:\.\./)*shared["'/]|/work/shared|parent\s*/\s*["']shared""")


def test_only_conftest_knows_where_shared_is():
    offenders = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(TESTS.glob("*.py"))
        if path.name not in ("conftest.py", Path(__file__).name)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _SHARED_LITERAL.search(line)
    ]
    assert not offenders, "use conftest.shared_path():\n" + "\n".join(offenders)
