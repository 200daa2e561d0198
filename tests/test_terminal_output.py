"""What lgraph writes is text (issue #9, part 5): control characters from documents are
shown escaped in every format, JSON stays valid JSON with the same values, arguments that
are not text get a clear error, and a password in a store URI is never echoed."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from liability_graph.cli import cli
from liability_graph.errors import StoreError
from liability_graph.settings import resolve_store, split_credentials
from liability_graph.terminal import EscapingStream, escape_controls, safe_text

# ESC [2J clears the screen, CR returns to the line start, U+009B is a one-character CSI,
# U+202E reverses what follows; a tab and a newline are kept.
EVIL = "Evil Corp\x1b[2J\r\u009b31mFAKE ALERT\u202eelif\x07"
EVIL_ESCAPED = "Evil Corp\\u001b[2J\\u000d\\u009b31mFAKE ALERT\\u202eelif\\u0007"
RAW = ("\x1b", "\r", "\u009b", "\u202e", "\x07")
LGRAPH = Path(sys.executable).with_name("lgraph")


@pytest.fixture(scope="module")
def evil_store(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("evil")
    name, quote, two_lines = (json.dumps(t) for t in (EVIL, EVIL + " served Board.", "two\nlines"))
    (folder / "evil.yaml").write_text(
        "sources:\n  s: {title: Evil source, url: 'https://example.org/e'}\n"
        "entities:\n"
        f"  - {{type: Vendor, name: {name}, description: {two_lines}}}\n"
        "  - {type: Platform, name: Board}\n"
        "relationships:\n"
        f"  - {{type: SERVICED, from: {name}, to: Board, status: alleged,\n"
        f"     evidence: [{{source: s, quote: {quote}}}]}}\n",
        encoding="utf-8",
    )
    store = f"embedded:{folder / 'store'}"
    result = CliRunner().invoke(cli, ["--store", store, "ingest", "--no-reference", str(folder)])
    assert result.exit_code == 0, result.output
    return store


def assert_no_raw(text: str) -> None:
    for char in RAW:
        assert char not in text, (char, text)


def test_escape_controls_keeps_text_and_json_meaning():
    assert escape_controls(EVIL) == EVIL_ESCAPED
    assert escape_controls("tab\tnew\nline café ✓") == "tab\tnew\nline café ✓"
    encoded = json.dumps({"name": EVIL, "file": "bad\udcffname"}, ensure_ascii=False)
    assert json.loads(escape_controls(encoded)) == {"name": EVIL, "file": "bad\udcffname"}
    assert safe_text("bolt://neo:s3cret@db.example:7687 and https://x.org/a@b") == (
        "bolt://neo:***@db.example:7687 and https://x.org/a@b"
    )


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_query_output_in_every_format(evil_store, fmt):
    result = CliRunner().invoke(
        cli,
        [
            *("--store", evil_store, "cypher"),
            "MATCH (v:Vendor) RETURN v.name, v.description",
            "--format",
            fmt,
        ],
    )
    assert result.exit_code == 0, result.output
    assert_no_raw(result.output)
    if fmt == "json":
        assert json.loads(result.output) == [{"v.name": EVIL, "v.description": "two\nlines"}]
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(result.output)))
        assert rows[1][1] == "two\nlines"  # CSV quotes its own line breaks
        assert rows[1][0].startswith("Evil Corp") and "FAKE ALERT" in rows[1][0]
    else:  # a table wraps long cells; the escapes are what it measures and shows
        assert "Corp\\u001b[2J\\u000d\\u009b31mFAKE" in result.output
        assert "ALERT\\u202eelif\\u0007" in result.output


def test_show_chain_export_and_hints_escape_names(evil_store):
    runner = CliRunner()
    shown = runner.invoke(cli, ["--store", evil_store, "show", "Board"])
    assert shown.exit_code == 0, shown.output
    assert "Evil Corp" in shown.output and "served Board." in shown.output
    assert_no_raw(shown.output)
    exported = runner.invoke(cli, ["--store", evil_store, "export", "json"])
    assert exported.exit_code == 0
    assert_no_raw(exported.output)
    names = {n.get("name") for n in json.loads(exported.output)["nodes"]}
    assert EVIL in names
    missing = runner.invoke(cli, ["--store", evil_store, "show", "Evil Corp\x1b"])
    assert missing.exit_code == 1
    assert_no_raw(missing.output)


def test_a_real_terminal_gets_no_control_characters(evil_store):
    """On a TTY click passes escape sequences through; the escaping layer still holds."""
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [str(LGRAPH), "--store", evil_store, "cypher", "MATCH (v:Vendor) RETURN v.name"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
    )
    os.close(slave)
    output = b""
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        output += data
    os.close(master)
    assert process.wait(timeout=60) == 0
    text = output.decode("utf-8")
    assert "Corp\\u001b[2J\\u000d\\u009b31mFAKE" in text  # the cell wraps at its spaces
    assert "ALERT\\u202eelif\\u0007" in text
    assert_no_raw(text.replace("\r\n", "\n"))  # the pty itself turns \n into \r\n


def test_arguments_that_are_not_text_get_a_clear_error(evil_store, tmp_path):
    runner = CliRunner()
    bad = b"Evil\xff".decode("utf-8", "surrogateescape")  # what Python makes of argv bytes
    for args in (["show", bad], ["cypher", bad], ["query", "find_entity", "-p", f"name={bad}"]):
        result = runner.invoke(cli, ["--store", evil_store, *args])
        assert result.exit_code == 2, (args, result.output)
        assert "not valid UTF-8 text (byte 0xff)" in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
    result = runner.invoke(cli, ["--store", f"bolt://neo:{bad}@127.0.0.1:1", "stats"])
    assert result.exit_code == 2 and "'--store': not valid UTF-8 text" in result.output
    # File names are bytes on Linux: an undecodable one is a path like any other.
    folder = tmp_path / os.fsdecode(b"caf\xe9")
    folder.mkdir()
    (folder / "facts.yaml").write_text("entities:\n  - {type: Vendor, name: Latin Co}\n")
    result = runner.invoke(
        cli, ["--store", str(tmp_path / "s"), "ingest", "--no-reference", str(folder)]
    )
    assert result.exit_code == 0, result.output


def test_a_query_on_stdin_that_is_not_text(evil_store):
    done = subprocess.run(
        [str(LGRAPH), "--store", evil_store, "cypher", "-"],
        input=b"MATCH (n) WHERE n.name = 'caf\xe9' RETURN n",
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert b"standard input is not valid UTF-8 text (byte 0xe9)" in done.stderr
    assert b"Traceback" not in done.stderr


def test_a_real_process_with_an_undecodable_argument():
    done = subprocess.run(
        [os.fsencode(LGRAPH), b"show", b"caf\xe9"], capture_output=True, timeout=60
    )
    assert done.returncode == 2
    assert b"not valid UTF-8 text (byte 0xe9)" in done.stderr
    assert b"Traceback" not in done.stderr and b"pybind11" not in done.stderr


def test_credentials_in_a_store_uri_are_used_never_shown(monkeypatch):
    settings = resolve_store("bolt://alice:s%40cret@127.0.0.1:1", env={})
    assert (settings.uri, settings.username, settings.password) == (
        "bolt://127.0.0.1:1",
        "alice",
        "s@cret",
    )
    assert "cret" not in repr(settings) and "cret" not in settings.describe()
    assert split_credentials("neo4j+s://bob@[::1]:7687/db") == (
        "neo4j+s://[::1]:7687/db",
        "bob",
        None,
    )
    with pytest.raises(StoreError) as caught:
        resolve_store("bolx://alice:s3cret@host", env={})
    assert "s3cret" not in str(caught.value)
    runner = CliRunner()
    for args, env in (
        (["--store", "bolt://alice:s3cret@127.0.0.1:1", "stats"], {}),
        (["stats"], {"NEO4J_URI": "neo4j://alice:s3cret@127.0.0.1:1"}),
        (["--store", "bolx://alice:s3cret@127.0.0.1:1", "stats"], {}),
        (["sync", "--from", "bolt://alice:s3cret@127.0.0.1:1", "--to", "embedded:x"], {}),
    ):
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        result = runner.invoke(cli, args)
        assert result.exit_code == 1, (args, result.output)
        assert "Error:" in result.output
        assert "s3cret" not in result.output, result.output
        for key in env:
            monkeypatch.delenv(key)


def test_the_escaping_stream_passes_what_click_needs():
    target = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    stream = EscapingStream(target)
    assert (stream.encoding, stream.isatty(), stream.unescaped) == ("utf-8", False, target)
    assert stream.write("a\x1bb") == 3
    stream.flush()
    assert target.buffer.getvalue() == b"a\\u001bb"
