"""Copy a whole graph from one store to another (embedded -> Neo4j, Neo4j -> embedded, …).

Facts are streamed in key order from the source and written through the target's Writer,
so the copy is validated, merged with whatever the target already holds and written in
atomic batches, like any ingest. Running it twice is a no-op the second time.
"""

from __future__ import annotations

from liability_graph.errors import StoreError
from liability_graph.graph.fact_reviews import decide
from liability_graph.graph.store import DEFAULT_BATCH_SIZE, Store, WriteSummary


def sync(source: Store, target: Store, batch_size: int = DEFAULT_BATCH_SIZE) -> WriteSummary:
    """Copy every fact decision, entity, then relationship, of `source` into `target`.

    Entities go first so that relationship endpoints always exist when a batch is written.
    """
    if source is target:
        raise StoreError("source and target are the same store")
    if source.ontology.version != target.ontology.version:
        raise StoreError(
            f"ontology versions differ (source {source.ontology.version}, "
            f"target {target.ontology.version})"
        )
    # Fact decisions first (the later of two decisions on one fact wins), so the target's
    # Writer keeps rejected facts out and marks confirmed ones as it copies.
    theirs = {r.key: r for r in target.fact_reviews()}
    newer = [
        r for r in source.fact_reviews() if r.decided > getattr(theirs.get(r.key), "decided", "")
    ]
    if newer:
        decide(target, newer)
    with target.writer(batch_size=batch_size) as writer:
        for entity in source.iter_entities():
            writer.add_entity(entity)
        writer.flush()
        for rel in source.iter_relationships():
            writer.add_relationship(rel)
    return writer.summary
