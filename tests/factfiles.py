"""Small curated fact files written by tests (one valid set, and the bad inputs of issue #2)."""

from __future__ import annotations

from pathlib import Path

VALID_YAML = """\
sources:
  opinion:
    title: Opinion of the Seventh Circuit
    url: https://example.org/opinion
    published: 2023-08-16
entities:
  - type: Vendor
    name: Acme Cloud
    aliases: [Acme Cloud Inc., acmecloud.com]
  - type: Platform
    name: Listings Board
  - type: Law
    name: Platform Liability Act
relationships:
  - type: SERVICED
    from: acmecloud.com
    to: Listings Board
    status: alleged
    since: 2013
    properties: {service: CRM software}
    evidence:
      - source: opinion
        quote: "Acme Cloud sold the board its customer database."
        start: 10
        end: 58
  - type: PROMPTED
    from: Listings Board
    to: Platform Liability Act
    status: established
    date: 2018-04
    quote: "The board led lawmakers to pass the act."
    source: opinion
"""

VALID_JSON = """{
  "entities": [
    {"type": "Organization", "name": "State Police"},
    {"type": "Person", "name": "Jane Roe", "properties": {"protected": true}},
    {"type": "Case", "name": "Roe v. Listings Board", "properties": {"kind": "civil", "filed": "2019-03"}}
  ],
  "relationships": [
    {"type": "SHUT_DOWN", "from": "State Police", "to": "Listings Board", "status": "established",
     "date": "2018-04-06", "quote": "Police took the board offline.", "source": "https://example.org/police"},
    {"type": "PLAINTIFF_IN", "from": "Jane Roe", "to": "Roe v. Listings Board", "status": "alleged",
     "quote": "Jane Roe sued the board in 2019.", "source": "https://example.org/complaint"}
  ]
}
"""

VALID_ENTITIES_CSV = """\
type,name,aliases,description,category,country
Vendor,Paylink,Paylink Inc.|PayLink,Payment network,payments,US
Platform,Chatter Box,,Video chat site,chat,US
"""

VALID_RELATIONSHIPS_CSV = """\
type,from,to,status,date,quote,source,service
SERVICED,Paylink,Chatter Box,established,2020,"Paylink processed payments for Chatter Box.",https://example.org/news,payment processing
"""


def write_valid(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a-facts.yaml").write_text(VALID_YAML, encoding="utf-8")
    (folder / "b-more.json").write_text(VALID_JSON, encoding="utf-8")
    (folder / "c-entities.csv").write_text(VALID_ENTITIES_CSV, encoding="utf-8")
    (folder / "d-relationships.csv").write_text(VALID_RELATIONSHIPS_CSV, encoding="utf-8")
    return folder


def write_bad(folder: Path) -> dict[str, int | None]:
    """The five bad inputs; returns file name -> the line the error must name."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "malformed.yaml").write_text(
        "entities:\n  - type: Vendor\n    name: [unclosed\n  - type: Platform\n", encoding="utf-8"
    )
    (folder / "unknown-type.yaml").write_text(
        "entities:\n  - type: Vendor\n    name: Fine Co\n  - type: Spaceship\n    name: Enterprise\n",
        encoding="utf-8",
    )
    (folder / "bad-endpoints.yaml").write_text(
        "entities:\n  - type: Law\n    name: Some Act\n  - type: Court\n    name: Some Court\n"
        "relationships:\n  - type: SERVICED\n    from: Some Act\n    to: Some Court\n"
        "    status: alleged\n    quote: q\n    source: https://example.org/s\n",
        encoding="utf-8",
    )
    (folder / "latin1.yaml").write_bytes(
        b"entities:\n  - type: Vendor\n    name: Caf\xe9 Software\n"
    )
    (folder / "picture.yaml").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    return {
        "malformed.yaml": 4,
        "unknown-type.yaml": 4,
        "bad-endpoints.yaml": 7,
        "latin1.yaml": 3,
        "picture.yaml": 1,
    }
