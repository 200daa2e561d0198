"""Vendor-liability chains: Vendor -SERVICED-> Platform -PROMPTED-> Law, with evidence per hop."""

from __future__ import annotations

from dataclasses import dataclass

from liability_graph.graph.model import Evidence, evidence_from_json
from liability_graph.graph.store import Store
from liability_graph.queries import run_named
from liability_graph.queries.entities import resolve_one


@dataclass
class Hop:
    source: str
    type: str
    target: str
    status: str
    evidence: list[Evidence]
    detail: str | None = None


@dataclass
class Chain:
    vendor_id: str
    platform_id: str
    law_id: str
    hops: list[Hop]


def liability_chains(store: Store, vendor: str | None = None) -> list[Chain]:
    """Every chain (from one vendor, if named), each hop with all of its evidence."""
    vendor_id = resolve_one(store, vendor)["id"] if vendor else ""
    chains = []
    for row in run_named(store, "liability_chain", {"vendor": vendor_id}).records():
        serviced = Hop(
            row["vendor"],
            "SERVICED",
            row["platform"],
            row["serviced_status"],
            evidence_from_json(row["serviced_evidence"]),
            row["service"],
        )
        prompted = Hop(
            row["platform"],
            "PROMPTED",
            row["law"],
            row["prompted_status"],
            evidence_from_json(row["prompted_evidence"]),
        )
        chains.append(
            Chain(row["vendor_id"], row["platform_id"], row["law_id"], [serviced, prompted])
        )
    return chains
