"""Tables that wrap instead of cutting and print a repeated hop once; JSON and CSV as data."""

from __future__ import annotations

import csv
import io
import json

from liability_graph.formatting import render, render_table

QUOTE = (
    "Beginning in 2013, Backpage contracted with Defendant Salesforce.com, Inc. to provide it "
    "with customer relationship management business software and support, which it used to grow."
)
EVIDENCE = [{"document": "document:1", "quote": QUOTE, "source": "https://example.org/a",
             "start": 0, "end": 10, "status": "alleged"}]  # fmt: skip


def test_long_quotes_wrap_and_nothing_is_cut():
    text = render_table(["hop", "evidence"], [["SERVICED", EVIDENCE]], width=80)
    assert "…" not in text
    assert all(len(line) <= 80 for line in text.splitlines())
    flat = " ".join(" ".join(text.split("\n")[2:]).split())
    assert " ".join(QUOTE.split()) in flat.replace("SERVICED ", "", 1)
    assert "https://example.org/a [0:10] (alleged)" in flat


def test_a_hop_repeated_across_rows_is_printed_once():
    rows = [
        ["Salesforce", "SERVICED", "Backpage", "FOSTA"],
        ["Salesforce", "SERVICED", "Backpage", "SESTA"],
        ["Visa", "SERVICED", "Backpage", "FOSTA"],
    ]
    lines = render_table(["vendor", "type", "platform", "law"], rows).splitlines()
    assert lines[2].split() == ["Salesforce", "SERVICED", "Backpage", "FOSTA"]
    assert lines[3].split() == ["SESTA"]  # the shared hop is left blank
    assert lines[4].split() == ["Visa", "SERVICED", "Backpage", "FOSTA"]


def test_json_keeps_lists_and_csv_flattens_them():
    data = json.loads(render(["law", "evidence"], [["FOSTA", EVIDENCE]], "json"))
    assert data == [{"law": "FOSTA", "evidence": EVIDENCE}]
    rows = list(csv.reader(io.StringIO(render(["law", "evidence"], [["FOSTA", EVIDENCE]], "csv"))))
    assert rows[0] == ["law", "evidence"] and json.loads(rows[1][1]) == EVIDENCE
