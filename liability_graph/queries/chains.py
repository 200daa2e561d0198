"""Vendor-liability chains: Vendor -SERVICED-> Platform -PROMPTED-> Law, with evidence per hop.

A vendor that serviced a platform's owner company reaches the platform through the owner:
Vendor -SERVICED-> Organization -OWNS-> Platform -PROMPTED-> Law.
"""

from __future__ import annotations

from dataclasses import dataclass

from liability_graph.graph.model import Evidence
from liability_graph.graph.store import Store
from liability_graph.queries import run_named


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
    owner_id: str | None = None  # the owner company the vendor serviced, if not the platform


def liability_chains(store: Store, vendor: str | None = None) -> list[Chain]:
    """Every chain (from one vendor, if named: a name, alias or id), each hop with all of its
    evidence. A name that is not a vendor's raises NotFoundError saying what it names."""
    chains = []
    for row in run_named(store, "liability_chain", {"vendor": vendor, "limit": 0}).records():
        owner = row["owner_id"] or None
        serviced = Hop(
            row["vendor"],
            "SERVICED",
            row["owner"] if owner else row["platform"],
            row["serviced_status"],
            [Evidence.from_dict(item) for item in row["serviced_evidence"]],
            row["service"],
        )
        owns = (
            [Hop(row["owner"], "OWNS", row["platform"], row["owns_status"],
                 [Evidence.from_dict(item) for item in row["owns_evidence"]])]
            if owner
            else []
        )  # fmt: skip
        prompted = Hop(
            row["platform"],
            "PROMPTED",
            row["law"],
            row["prompted_status"],
            [Evidence.from_dict(item) for item in row["prompted_evidence"]],
        )
        chains.append(
            Chain(row["vendor_id"], row["platform_id"], row["law_id"], [serviced, *owns, prompted],
                  owner)
        )  # fmt: skip
    chains.sort(key=lambda c: (c.vendor_id, c.platform_id, c.law_id, c.owner_id or ""))
    return chains
