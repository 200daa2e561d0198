"""Bounded reading of structured input (issue #9, part 5): YAML aliases and depth, JSON value
counts and depth, strict CSV. Each refusal names the file and, where there is one, the line;
the memory each case takes as a whole `lgraph ingest` run is asserted in test_hostile.py."""

from __future__ import annotations

import json
import os

import pytest
from hostile_inputs import (
    VALID_ARTICLE,
    anchor_bomb,
    html_nesting_bomb,
    long_jsonl_line,
    pdf_bomb,
    sparse_file,
)

from liability_graph.errors import InputError
from liability_graph.graph.model import Relationship
from liability_graph.loaders import curated
from liability_graph.loaders.base import LoadContext
from liability_graph.loaders.bounded_json import MAX_VALUES, JsonLimitError, loads_bounded
from liability_graph.loaders.bounded_yaml import MAX_NODES, YamlLimitError, load_bounded
from liability_graph.loaders.curated import FileErrors, load_csv, load_json, load_yaml
from liability_graph.loaders.documents import (
    MAX_EVIDENCE_PER_DOCUMENT,
    load_html,
    load_jsonl,
    load_pdf,
    load_text,
)
from liability_graph.loaders.ingest import IngestReport, collect_files
from liability_graph.loaders.readers.metadata import read_header
from liability_graph.loaders.readers.textstream import CHUNK_CHARS
from liability_graph.loaders.reference import reference_facts


def errors_of(exc: InputError) -> list[InputError]:
    return exc.errors if isinstance(exc, FileErrors) else [exc]


# -- YAML ---------------------------------------------------------------------------------


def test_the_anchor_bomb_is_refused_at_the_alias_that_crosses_the_budget():
    with pytest.raises(YamlLimitError) as caught:
        load_bounded(anchor_bomb())
    # levels: a = 1 mapping of 9 nodes; b = 1 + 9*9 ... the budget falls at level f (line 7)
    assert caught.value.line == 7
    assert f"more than {MAX_NODES:,} nodes" in caught.value.message
    assert "alias *e" in caught.value.message


def test_a_curated_yaml_bomb_names_file_and_line(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(anchor_bomb(), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_yaml(path, LoadContext())
    assert caught.value.path == str(path) and caught.value.line == 7
    assert str(caught.value).startswith(f"{path}:7: YAML alias *e expands the document")


def test_aliases_within_the_budget_still_work(tmp_path):
    path = tmp_path / "shared.yaml"
    path.write_text(
        "sources:\n  s: &src {title: Shared source, url: 'https://example.org/s'}\n"
        "entities:\n"
        "  - {type: Vendor, name: Acme, aliases: &names [Shared One, Shared Two]}\n"
        "  - {type: Platform, name: Board, aliases: *names}\n"
        "relationships:\n"
        "  - {type: SERVICED, from: Acme, to: Board, status: alleged,\n"
        "     evidence: [{source: s, quote: Acme served Board.}]}\n",
        encoding="utf-8",
    )
    facts = load_yaml(path, LoadContext())
    names = {f.name: f.aliases for f in facts if getattr(f, "type", "") in ("Vendor", "Platform")}
    assert names == {"Acme": ["Shared One", "Shared Two"], "Board": ["Shared One", "Shared Two"]}
    assert load_bounded("a: &x {b: 1}\nd: {<<: *x, e: 2}\n") == {
        "a": {"b": 1},
        "d": {"b": 1, "e": 2},
    }


def test_a_cyclic_alias_and_deep_nesting_are_refused_with_their_line():
    with pytest.raises(YamlLimitError) as caught:
        load_bounded("ok: 1\nloop: &a [1, *a]\n")
    assert caught.value.line == 2 and "cycle" in caught.value.message
    with pytest.raises(YamlLimitError) as caught:
        load_bounded("x: 1\ndeep: " + "[" * 60 + "]" * 60 + "\n")
    assert caught.value.line == 2 and "nested more than 50 levels" in caught.value.message


def test_a_flat_yaml_file_over_the_node_budget_is_refused(tmp_path, monkeypatch):
    # The real budget (200,000 nodes) takes seconds to reach; the mechanism is the same.
    monkeypatch.setattr(curated._LineLoader, "max_nodes", 5_000)
    path = tmp_path / "many.yaml"
    entries = "".join(
        f"  - {{type: Vendor, name: V{i}, aliases: [a, b, c]}}\n" for i in range(1000)
    )
    path.write_text("entities:\n" + entries, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_yaml(path, LoadContext())
    assert "YAML document has more than 5,000 nodes" in caught.value.reason
    assert caught.value.line == 501  # 3 nodes, then 10 per entry: the 500th entry crosses


def test_front_matter_bombs_are_refused_with_the_line_in_the_document():
    head = "---\ntitle: Story\n" + anchor_bomb(levels=4).replace("entities:", "x:") + "---\nBody.\n"
    with pytest.raises(InputError) as caught:
        read_header(head, "story.md")
    assert caught.value.path == "story.md"
    assert caught.value.line == 7  # the line of &d, which uses *c, counted from the file start
    assert "front matter: YAML alias" in caught.value.reason


# -- JSON ---------------------------------------------------------------------------------


def test_json_with_too_many_values_is_refused_before_parsing(tmp_path):
    text = "[" + ",".join(["{}"] * (MAX_VALUES + 10)) + "]"
    with pytest.raises(JsonLimitError):
        loads_bounded(text)
    # Commas inside strings do not count: a long article text is fine.
    article = json.dumps({"title": "T", "text": "a, b, " * (MAX_VALUES // 2)})
    assert loads_bounded(article)["title"] == "T"
    path = tmp_path / "many.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_json(path, LoadContext())
    assert caught.value.path == str(path) and "too many JSON values" in caught.value.reason


def test_a_json_nesting_bomb_is_a_clear_error(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_json(path, LoadContext())
    assert caught.value.path == str(path) and "JSON nested too deeply" in caught.value.reason


def test_curated_json_errors_keep_their_lines(tmp_path):
    path = tmp_path / "facts.json"
    path.write_text(
        '{\n  "entities": [\n    {"type": "Vendor", "name": "Fine"},\n'
        '    {"type": "Spaceship", "name": "Enterprise"}\n  ]\n}\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        load_json(path, LoadContext())
    [error] = errors_of(caught.value)
    assert error.line == 4 and "Spaceship" in error.reason


# -- CSV ----------------------------------------------------------------------------------


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_unclosed_quote_is_an_error_on_the_line_it_opens(tmp_path):
    path = write(
        tmp_path,
        "open.csv",
        'type,name,description\nVendor,Acme,ok\nVendor,"Beta,runs on\nVendor,Gamma,c\n'
        "Vendor,Delta,d\n",
    )
    with pytest.raises(InputError) as caught:
        load_csv(path, LoadContext())
    assert (caught.value.path, caught.value.line) == (str(path), 3)
    assert "never closed" in caught.value.reason


def test_a_quote_closed_rows_later_swallows_no_names(tmp_path):
    path = write(
        tmp_path,
        "swallow.csv",
        'type,name,description\nVendor,"Acme,a\nVendor,Beta",b\nVendor,Gamma,c\n',
    )
    with pytest.raises(InputError) as caught:
        load_csv(path, LoadContext())
    assert caught.value.line == 2 and "unclosed quote" in caught.value.reason


def test_wrong_field_counts_are_errors_with_their_lines(tmp_path):
    path = write(
        tmp_path,
        "fields.csv",
        "type,name,description\nVendor,Acme,ok\nVendor,Beta\n\nVendor,Gamma,c,extra\n",
    )
    with pytest.raises(FileErrors) as caught:
        load_csv(path, LoadContext())
    found = [(e.line, e.reason) for e in caught.value.errors]
    assert found == [
        (3, "2 field(s) where the header (line 1) has 3"),
        (5, "4 field(s) where the header (line 1) has 3"),
    ]


def test_text_after_a_closing_quote_is_an_error(tmp_path):
    path = write(tmp_path, "after.csv", 'type,name\nVendor,"Acme" Inc\n')
    with pytest.raises(InputError) as caught:
        load_csv(path, LoadContext())
    assert caught.value.line == 2 and "malformed CSV" in caught.value.reason


def test_valid_csv_with_multi_line_descriptions_and_blank_lines_is_read(tmp_path):
    path = write(
        tmp_path,
        "ok.csv",
        'type,name,description\r\nVendor,Acme,"First line\r\nsecond line"\r\n\r\n'
        'Platform,"Board, The",plain\r\n',
    )
    facts = load_csv(path, LoadContext())
    assert [(f.name, f.description) for f in facts] == [
        ("Acme", "First line\r\nsecond line"),
        ("Board, The", "plain"),
    ]


# -- documents ----------------------------------------------------------------------------


def test_a_fact_repeated_through_a_long_document_keeps_bounded_exact_evidence(tmp_path):
    """A document over several extraction windows: one relationship per key, at most
    MAX_EVIDENCE_PER_DOCUMENT quotes (the first ones), each at its offset in the file."""
    sentence = "Salesforce sold software to Backpage in 2013, the women say.\n\n"
    filler = "Nothing of note happened on that day in the small town.\n\n"
    text = "".join(sentence + filler * (70 + i % 20) for i in range(200))
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    assert len(text) > 3 * CHUNK_CHARS
    context = LoadContext()
    reference_facts(context)  # the names an ingest run knows
    facts = load_text(path, context)
    serviced = [f for f in facts if isinstance(f, Relationship) and f.type == "SERVICED"]
    assert len(serviced) == 1
    evidence = serviced[0].evidence
    assert len(evidence) == MAX_EVIDENCE_PER_DOCUMENT
    assert [e.start for e in evidence] == sorted(e.start for e in evidence)
    for item in evidence:
        assert text[item.start : item.end] == item.quote
    assert evidence[0].start == 0 and evidence[-1].start > CHUNK_CHARS  # past the first window
    keys = [f.key for f in facts]
    assert len(keys) == len(set(keys))


def test_documents_over_the_size_limit_are_refused_without_being_read(tmp_path):
    path = sparse_file(tmp_path / "huge.txt", 2**30, b"Salesforce serviced Backpage.")
    with pytest.raises(InputError) as caught:
        load_text(path, LoadContext())
    assert caught.value.path == str(path)
    assert caught.value.reason == "file is 1,024 MB; text documents are limited to 64 MB (split it)"


def test_html_nesting_and_tag_bombs_are_refused_before_parsing(tmp_path):
    deep = html_nesting_bomb(tmp_path / "deep.html")
    with pytest.raises(InputError) as caught:
        load_html(deep, LoadContext())
    assert (caught.value.path, caught.value.line) == (str(deep), 1)
    assert caught.value.reason == "elements nest more than 10,000 levels deep"
    many = tmp_path / "many.html"
    many.write_text("<p>" + "<b>x</b>" * 250_000, encoding="utf-8")
    with pytest.raises(InputError, match="the page has 500,001 tags; the limit is 400,000"):
        load_html(many, LoadContext())


def test_a_pdf_compression_bomb_is_refused(tmp_path):
    bomb = pdf_bomb(tmp_path / "bomb.pdf")
    assert bomb.stat().st_size < 400_000
    with pytest.raises(InputError) as caught:
        load_pdf(bomb, LoadContext())
    assert caught.value.path == str(bomb)
    assert "over a resource limit while reading the PDF" in caught.value.reason


def test_jsonl_lines_are_bounded_one_by_one(tmp_path):
    good = json.dumps({"title": "Fine", "text": VALID_ARTICLE})
    path = tmp_path / "records.jsonl"
    path.write_text(
        good + "\n" + "[" * 50_000 + "]" * 50_000 + "\n" + good.replace("Fine", "Also") + "\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        load_jsonl(path, LoadContext())
    assert (caught.value.line, caught.value.reason) == (
        2,
        "JSON nested too deeply (about a thousand levels or more)",
    )
    huge = long_jsonl_line(tmp_path / "huge.jsonl", 80 * 2**20, good)
    with pytest.raises(InputError) as caught:
        load_jsonl(huge, LoadContext())
    assert (caught.value.line, caught.value.reason) == (1, "line longer than 64 MB: not read")


# -- walking folders ----------------------------------------------------------------------


def test_links_are_followed_once_and_loops_fifos_and_broken_links_reported(tmp_path):
    root = tmp_path / "in"
    (root / "a" / "b").mkdir(parents=True)
    (root / "c").mkdir()
    (root / "a" / "b" / "x.txt").write_text(VALID_ARTICLE, encoding="utf-8")
    (root / "a" / "b" / "up").symlink_to("..")  # a loop: b/up is a
    (root / "c" / "again").symlink_to("../a")  # a second way to a: not walked twice
    (root / "same.txt").symlink_to("a/b/x.txt")  # a second name for x.txt: read once
    (root / "broken.txt").symlink_to("nowhere")
    (root / "self").symlink_to("self")
    os.mkfifo(root / "pipe.txt")
    report = IngestReport()
    files = collect_files([root, root / "missing.txt"], report)
    assert files == [root / "a" / "b" / "x.txt"]
    assert [(s.path, s.reason) for s in report.skipped] == [
        (f"{root}/a/b/up", f"symbolic link loop: leads back to {root}/a; not entered"),
        (f"{root}/broken.txt", "broken symbolic link"),
        (f"{root}/pipe.txt", "a FIFO (named pipe), not a regular file: not read"),
        (f"{root}/self", "symbolic link loop (a link that leads back to itself)"),
        (f"{root}/missing.txt", "no such file or folder"),
    ]
