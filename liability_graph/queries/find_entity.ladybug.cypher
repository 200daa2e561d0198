// name: find_entity
// description: Entities whose name or an alias matches, compared without case or accents.
// param name: name - a name or alias, in any case, with or without accents
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query find_entity salesforce.com
// The name index (LgraphNameIndex, one node per normalised name or alias, kept by the
// writer) gives the ids holding the name by its primary key, and each id is read by the
// primary key of its table: LadybugDB has no index on a list, so `MATCH (n) WHERE $name IN
// n.lookup` read every node's lookup list (38 ms on the 1M-relationship bench graph, this
// one 5 ms). An id is in one table only, so one of n0 to n8 is set, and `lookup` is checked
// again so that a stale index entry never shows.
MATCH (k:`LgraphNameIndex` {lookup_form: $name})
UNWIND k.entity_ids AS eid
OPTIONAL MATCH (n0:`Case` {id: eid}) WHERE $name IN n0.lookup
OPTIONAL MATCH (n1:`Court` {id: eid}) WHERE $name IN n1.lookup
OPTIONAL MATCH (n2:`Document` {id: eid}) WHERE $name IN n2.lookup
OPTIONAL MATCH (n3:`Jurisdiction` {id: eid}) WHERE $name IN n3.lookup
OPTIONAL MATCH (n4:`Law` {id: eid}) WHERE $name IN n4.lookup
OPTIONAL MATCH (n5:`Organization` {id: eid}) WHERE $name IN n5.lookup
OPTIONAL MATCH (n6:`Person` {id: eid}) WHERE $name IN n6.lookup
OPTIONAL MATCH (n7:`Platform` {id: eid}) WHERE $name IN n7.lookup
OPTIONAL MATCH (n8:`Vendor` {id: eid}) WHERE $name IN n8.lookup
WITH eid, CASE WHEN n0 IS NOT NULL THEN "Case" WHEN n1 IS NOT NULL THEN "Court" WHEN n2 IS NOT NULL THEN "Document" WHEN n3 IS NOT NULL THEN "Jurisdiction" WHEN n4 IS NOT NULL THEN "Law" WHEN n5 IS NOT NULL THEN "Organization" WHEN n6 IS NOT NULL THEN "Person" WHEN n7 IS NOT NULL THEN "Platform" WHEN n8 IS NOT NULL THEN "Vendor" END AS type,
     coalesce(n0.name, n1.name, n2.name, n3.name, n4.name, n5.name, n6.name, n7.name, n8.name) AS name,
     coalesce(n0.aliases, n1.aliases, n2.aliases, n3.aliases, n4.aliases, n5.aliases, n6.aliases, n7.aliases, n8.aliases) AS aliases,
     coalesce(n0.description, n1.description, n2.description, n3.description, n4.description, n5.description, n6.description, n7.description, n8.description) AS description
WHERE type IS NOT NULL
RETURN eid AS id, type, name, aliases, description
ORDER BY id
LIMIT $limit
