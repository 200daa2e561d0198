"""Every named query with parameters that find something in examples/, and what it must find.

Shared by the per-store tests (test_named_queries.py) and the parity test
(test_neo4j_parity.py). Each check gets the result's records and asserts actual values.
Names of protected persons are never asserted: the store may hold pseudonyms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Records = list[dict[str, Any]]


_BROUGHT_BY_A_PROTECTED_PERSON = re.compile(r"case:protected-person-[0-9a-f]{12}-v-(.+)")


def against(case_id: str) -> str:
    """A case its victims brought, known by what is not protected: its defendants' side
    ('salesforce-com-inc'). The plaintiffs' side of its key must be a pseudonym."""
    match = _BROUGHT_BY_A_PROTECTED_PERSON.fullmatch(case_id)
    assert match, f"{case_id} is not a case with a pseudonymous plaintiff"
    return match.group(1)


def _victims_cases(case_ids: list[str]) -> list[str]:
    return [against(c) for c in case_ids if c.startswith("case:protected-person-")]


def _quotes(row: dict[str, Any]) -> list[str]:
    return [item["quote"] for item in row["evidence"]]


def find_entity(rows: Records) -> None:
    assert [(r["id"], r["type"], r["name"]) for r in rows] == [
        ("vendor:salesforce", "Vendor", "Salesforce")
    ]
    assert "Salesforce.com" in rows[0]["aliases"]


def outgoing(rows: Records) -> None:
    serviced = next(r for r in rows if r["type"] == "SERVICED")
    assert (serviced["other_id"], serviced["other_type"]) == ("platform:backpage", "Platform")
    assert serviced["date_from"] == "2013"
    assert any("Salesforce.com, Inc." in q for q in _quotes(serviced))
    sued = [r for r in rows if r["type"] == "DEFENDANT_IN"]
    # Jane Does 1-50 v. Salesforce (filed 2019-03-25) and G.G. v. Salesforce.com, Inc.
    assert ("salesforce", "2019-03-25") in {(against(r["other_id"]), r["date_on"]) for r in sued}
    assert "salesforce-com-inc" in _victims_cases([r["other_id"] for r in sued])


def incoming(rows: Records) -> None:
    pairs = {(r["type"], r["other_id"]) for r in rows}
    assert ("SERVICED", "vendor:salesforce") in pairs
    assert ("SHUT_DOWN", "organization:u-s-department-of-justice") in pairs
    assert ("FOUNDED", "person:carl-ferrer") in pairs


def cases_against(rows: Records) -> None:
    ids = [r["case_id"] for r in rows]
    # Jane Does 1-50 v. Salesforce (filed 2019-03-25, the earliest), A.B. v. Salesforce, Inc.,
    # G.G. v. Salesforce.com, Inc.: all brought by protected persons
    assert against(ids[0]) == "salesforce"
    assert sorted(map(against, ids)) == ["salesforce", "salesforce-com-inc", "salesforce-inc"]
    assert len(set(ids)) == 3
    fifty = rows[0]
    assert (fifty["status"], fifty["filed"], fifty["kind"]) == ("alleged", "2019-03-25", "civil")
    assert len(fifty["plaintiffs"]) == 1 and fifty["plaintiff_count"] == 1 and fifty["evidence"]


def liability_chain(rows: Records) -> None:
    # the query is a UNION ALL without a final ORDER BY (chains.py sorts): any row order
    assert sorted((r["vendor"], r["platform"], r["law"]) for r in rows) == [
        ("Salesforce", "Backpage", "FOSTA"),
        ("Salesforce", "Backpage", "SESTA"),
    ]
    assert rows[0]["service"] == "CRM software and support"
    assert rows[0]["serviced_evidence"] and rows[0]["prompted_evidence"]


def path(rows: Records) -> None:
    routes: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        routes.setdefault(row["route"], []).append(row)
    hops = [[(h["from_name"], h["type"], h["direction"], h["to_name"]) for h in r]
            for r in routes.values()]  # fmt: skip
    assert [
        ("Salesforce", "SERVICED", "->", "Backpage"),
        ("Backpage", "PROMPTED", "->", "FOSTA"),
    ] in hops
    assert all(len(h) == 2 for h in hops)
    assert all(row["evidence"] and row["status"] for row in rows)


def timeline(rows: Records) -> None:
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    events = {(r["date"], r["event"], r["type"], r["other_id"]) for r in rows}
    assert ("2004", "launched", None, None) in events
    assert ("2004", "on", "FOUNDED", "person:michael-lacey") in events
    assert ("2018-04-06", "on", "SHUT_DOWN", "organization:u-s-department-of-justice") in events
    assert ("2018-04", "filed", "DEFENDANT_IN", "case:united-states-v-backpage-com-llc") in events
    assert ("2018-04-11", "enacted", "PROMPTED", "law:fosta") in events
    seized = next(r for r in rows if r["type"] == "SHUT_DOWN" and r["date"] == "2018-04-06")
    assert seized["direction"] == "<-" and seized["evidence"]


def vendors_of(rows: Records) -> None:
    assert [r["vendor"] for r in rows] == ["Mastercard", "Salesforce", "Visa"]
    visa = rows[2]
    assert (visa["date_to"], visa["service"]) == ("2015-07-01", "card payments for classified ads")


def platforms_of(rows: Records) -> None:
    platforms = [r["platform"] for r in rows]
    assert platforms == sorted(platforms) and {"Backpage", "Pornhub"} <= set(platforms)
    backpage = next(r for r in rows if r["platform"] == "Backpage")
    assert (backpage["date_to"], backpage["status"]) == ("2015-07-01", "established")


def co_defendants(rows: Records) -> None:
    assert [(r["co_defendant_id"], against(r["case_id"])) for r in rows] == [
        ("vendor:salesforce", "salesforce")  # Jane Does 1-50 v. Salesforce
    ]
    assert (rows[0]["co_defendant_type"], rows[0]["filed"]) == ("Vendor", "2019-03-25")


def shared_vendors(rows: Records) -> None:
    found = {r["vendor"]: (r["platforms"], r["platform_names"]) for r in rows}
    assert found["Mastercard"] == (2, ["Backpage", "Pornhub"])
    count, names = found["Visa"]
    assert count == len(names) >= 2 and {"Backpage", "Pornhub"} <= set(names)
    assert [r["platforms"] for r in rows] == sorted((r["platforms"] for r in rows), reverse=True)


def laws_against(rows: Records) -> None:
    pairs = [(r["law_id"], against(r["case_id"])) for r in rows]  # Salesforce's victims' cases
    assert ("law:fosta", "salesforce") in pairs  # Jane Does 1-50 v. Salesforce
    assert ("law:section-230", "salesforce-com-inc") in pairs  # G.G. v. Salesforce.com, Inc.
    section_230 = next(r for r in rows if r["law_id"] == "law:section-230")
    assert (section_230["claim"], section_230["citation"]) == ("defence", "47 U.S.C. § 230")


def exposure(rows: Records) -> None:
    ranked = [r["platform_cases"] for r in rows]
    assert ranked == sorted(ranked, reverse=True)
    by_id = {r["vendor_id"]: r for r in rows}
    assert {"vendor:salesforce", "vendor:visa", "vendor:mastercard"} <= set(by_id)
    salesforce = by_id["vendor:salesforce"]  # Backpage's three cases; three of its own
    assert (salesforce["platform_cases"], salesforce["platforms_sued"]) == (3, 1)
    assert salesforce["own_cases"] == 3


def documents_of(rows: Records) -> None:
    sources = [r["source"] for r in rows]
    assert any(s.endswith("examples/corpus/05_salesforce_sued_2019.md") for s in sources)
    published = [r["published"] for r in rows if r["published"]]
    assert published == sorted(published)
    assert all(r["evidence"] for r in rows)


def cases_by_court(rows: Records) -> None:
    assert [(r["case_id"], r["defendants"], r["defendant_count"]) for r in rows] == [
        ("case:doe-v-twitter-inc", ["Twitter"], 1),
        ("case:does-1-6-v-reddit-inc", ["Reddit"], 1),
    ]


def cases_in(rows: Records) -> None:
    ids = [r["case_id"] for r in rows]
    assert "case:united-states-v-backpage-com-llc" in ids
    assert "salesforce-com-inc" in _victims_cases(ids)  # G.G. v. Salesforce.com, Inc.
    backpage = next(r for r in rows if r["case_id"] == "case:united-states-v-backpage-com-llc")
    assert backpage["courts"] == ["United States District Court for the District of Arizona"]


#: name -> (parameters as an analyst gives them, the check of the records)
CASES: dict[str, tuple[dict[str, Any], Callable[[Records], None]]] = {
    "find_entity": ({"name": "SALESFORCE.com"}, find_entity),
    "outgoing": ({"entity": "Salesforce"}, outgoing),
    "incoming": ({"entity": "backpage.com"}, incoming),
    "cases_against": ({"entity": "salesforce"}, cases_against),
    "liability_chain": ({"vendor": "Salesforce"}, liability_chain),
    "path": ({"source": "Salesforce", "target": "FOSTA"}, path),
    "timeline": ({"entity": "Backpage"}, timeline),
    "vendors_of": ({"platform": "Backpage"}, vendors_of),
    "platforms_of": ({"vendor": "Visa"}, platforms_of),
    "co_defendants": ({"entity": "Backpage"}, co_defendants),
    "shared_vendors": ({}, shared_vendors),
    "laws_against": ({"entity": "Salesforce"}, laws_against),
    "exposure": ({}, exposure),
    "documents_of": ({"entity": "Salesforce"}, documents_of),
    "cases_by_court": ({"court": "Ninth Circuit"}, cases_by_court),
    "cases_in": ({"jurisdiction": "United States"}, cases_in),
}

#: More parameters per query for the parity test (rows compared, not asserted). The small
#: limits check that both stores cut the same rows (their orders, nulls included, agree).
MORE_PARAMS: dict[str, list[dict[str, Any]]] = {
    "find_entity": [{"name": "fosta"}, {"name": "nothing at all"}],
    "outgoing": [{"entity": "Backpage"}, {"entity": "FOSTA"}, {"entity": "Backpage", "limit": 3}],
    "incoming": [{"entity": "FOSTA"}, {"entity": "Salesforce"}, {"entity": "Backpage", "limit": 4}],
    "cases_against": [
        {"entity": "Backpage"},
        {"entity": "Visa"},
        {"entity": "Backpage", "limit": 2},
    ],
    "liability_chain": [{}, {"limit": 1}, {"limit": 0}],
    "path": [
        {"source": "Salesforce", "target": "Carl Ferrer"},
        {"source": "Visa", "target": "Section 230", "max_hops": 6},
        {"source": "FOSTA", "target": "Salesforce", "max_hops": 1},
        {"source": "Visa", "target": "Section 230", "max_hops": 6, "limit": 1},
    ],
    "timeline": [
        {"entity": "United States v. Backpage.com, LLC"},
        {"entity": "FOSTA"},
        {"entity": "Backpage", "limit": 5},
    ],
    "vendors_of": [{"platform": "Pornhub"}, {"platform": "Backpage", "limit": 2}],
    "platforms_of": [{"vendor": "Salesforce"}, {"vendor": "Visa", "limit": 1}],
    "co_defendants": [{"entity": "Salesforce"}],
    "shared_vendors": [{"min_platforms": 3}, {"limit": 1}, {"max_names": 1}, {"max_names": 0}],
    "laws_against": [{"entity": "Backpage"}, {"entity": "Backpage", "limit": 2}],
    "exposure": [{"limit": 1}, {"limit": 0}],
    "documents_of": [{"entity": "FOSTA"}, {"entity": "Salesforce", "limit": 2}],
    "cases_by_court": [{"court": "Seventh Circuit"}, {"court": "Ninth Circuit", "limit": 1}],
    "cases_in": [
        {"jurisdiction": "Texas"},
        {"jurisdiction": "European Union"},
        {"jurisdiction": "United States", "limit": 3},
    ],
}
