// name: path
// description: The shortest paths between two entities (either direction, documents left out), every hop with its type, status, dates and evidence.
// param source: entity - where the path starts (name, alias or id)
// param target: entity - where it ends
// param max_hops: integer 1..6 = 4 - the longest path to look for
// param limit: integer 0..1000000 = 100 - at most this many routes, the first in the query's order (0: all)
// example: lgraph path Salesforce FOSTA
// limit counts: route
// Shortest routes of 1, 2 and 3 hops are found with fixed patterns first, each statement
// run only when the ones before it found nothing (the runner's stages): LadybugDB joins
// a fixed pattern from both ends (1 ms on the 1M-relationship bench graph), while
// `* ALL SHORTEST` walks out from the source (up to 100 ms there). With no shorter route,
// every walk of that length is a shortest route and a simple one, as ALL SHORTEST gives.
MATCH (a {id: $source}), (b {id: $target})
WHERE a.id <> b.id AND $max_hops >= 1
MATCH (a)-[r1:`SERVICED`|`OWNS`|`FOUNDED`|`DEFENDANT_IN`|`PLAINTIFF_IN`|`HEARD_BY`|`INVOKES`|`PROMPTED`|`AMENDS`|`SHUT_DOWN`|`IN_JURISDICTION`]-(b)
WITH r1.key AS route, [a.id, b.id] AS node_ids, [a.name, b.name] AS node_names,
     [label(r1)] AS hop_types, [r1.key] AS rel_keys, [r1.status] AS statuses,
     [r1.date_on] AS dates_on, [r1.date_from] AS dates_from, [r1.date_to] AS dates_to,
     [r1.evidence] AS evidences
ORDER BY route LIMIT $limit
UNWIND range(1, 1) AS i
RETURN route, i AS hop, node_ids[i] AS from_id, node_names[i] AS from_name, hop_types[i] AS type,
       CASE WHEN (rel_keys[i]) ENDS WITH ("->" + node_ids[i + 1]) THEN "->" ELSE "<-" END AS direction,
       node_ids[i + 1] AS to_id, node_names[i + 1] AS to_name, statuses[i] AS status, dates_on[i] AS date_on,
       dates_from[i] AS date_from, dates_to[i] AS date_to, evidences[i] AS evidence
ORDER BY route, hop
// else, when that found nothing:
MATCH (a {id: $source}), (b {id: $target})
WHERE a.id <> b.id AND $max_hops >= 2
MATCH (a)-[r1:`SERVICED`|`OWNS`|`FOUNDED`|`DEFENDANT_IN`|`PLAINTIFF_IN`|`HEARD_BY`|`INVOKES`|`PROMPTED`|`AMENDS`|`SHUT_DOWN`|`IN_JURISDICTION`]-(x1)-[r2:`SERVICED`|`OWNS`|`FOUNDED`|`DEFENDANT_IN`|`PLAINTIFF_IN`|`HEARD_BY`|`INVOKES`|`PROMPTED`|`AMENDS`|`SHUT_DOWN`|`IN_JURISDICTION`]-(b)
WITH r1.key + " " + r2.key AS route, [a.id, x1.id, b.id] AS node_ids, [a.name, x1.name, b.name] AS node_names,
     [label(r1), label(r2)] AS hop_types, [r1.key, r2.key] AS rel_keys, [r1.status, r2.status] AS statuses,
     [r1.date_on, r2.date_on] AS dates_on, [r1.date_from, r2.date_from] AS dates_from, [r1.date_to, r2.date_to] AS dates_to,
     [r1.evidence, r2.evidence] AS evidences
ORDER BY route LIMIT $limit
UNWIND range(1, 2) AS i
RETURN route, i AS hop, node_ids[i] AS from_id, node_names[i] AS from_name, hop_types[i] AS type,
       CASE WHEN (rel_keys[i]) ENDS WITH ("->" + node_ids[i + 1]) THEN "->" ELSE "<-" END AS direction,
       node_ids[i + 1] AS to_id, node_names[i + 1] AS to_name, statuses[i] AS status, dates_on[i] AS date_on,
       dates_from[i] AS date_from, dates_to[i] AS date_to, evidences[i] AS evidence
ORDER BY route, hop
// else, when that found nothing:
// 3 hops, from a target with at most 500 relationships: the target's relationships are read
// once into a list, and the walks of 2 hops from the source are kept when they end beside
// the target (list_contains on the node's internal id). LadybugDB's own plan for the 3-hop
// pattern walks out from the source and then reads the relationships of every node 2 hops
// out (a hub platform in the middle: 20,000 nodes, 150 ms on the bench graph); this one
// reads no node properties before the filter, and it gives the same routes in about a
// third of the time (bench/queries.py parameters). No HINT: a HINT join order crashed
// LadybugDB 0.x when no route exists.
MATCH (a {id: $source}), (b {id: $target})
WHERE a.id <> b.id AND $max_hops >= 3 AND COUNT { MATCH (b)-[:`SERVICED`|`OWNS`|`FOUNDED`|`DEFENDANT_IN`|`PLAINTIFF_IN`|`HEARD_BY`|`INVOKES`|`PROMPTED`|`AMENDS`|`SHUT_DOWN`|`IN_JURISDICTION`]-() } <= 500
MATCH (b)-[r3:`SERVICED`|`OWNS`|`FOUNDED`|`DEFENDANT_IN`|`PLAINTIFF_IN`|`HEARD_BY`|`INVOKES`|`PROMPTED`|`AMENDS`|`SHUT_DOWN`|`IN_JURISDICTION`]-(y)
WITH a, b, collect(id(y)) AS near_ids, collect({node: id(y), id: y.id, name: y.name, type: label(r3), key: r3.key, status: r3.status, date_on: r3.date_on, date_from: r3.date_from, date_to: r3.date_to, evidence: r3.evidence}) AS near
MATCH (a)-[r1:`SERVICED`|`OWNS`|`FOUNDED`|`DEFENDANT_IN`|`PLAINTIFF_IN`|`HEARD_BY`|`INVOKES`|`PROMPTED`|`AMENDS`|`SHUT_DOWN`|`IN_JURISDICTION`]-(x1)-[r2:`SERVICED`|`OWNS`|`FOUNDED`|`DEFENDANT_IN`|`PLAINTIFF_IN`|`HEARD_BY`|`INVOKES`|`PROMPTED`|`AMENDS`|`SHUT_DOWN`|`IN_JURISDICTION`]-(x2)
WHERE list_contains(near_ids, id(x2))
UNWIND list_filter(near, e -> e.node = id(x2)) AS h3
WITH r1.key + " " + r2.key + " " + h3.key AS route, [a.id, x1.id, h3.id, b.id] AS node_ids, [a.name, x1.name, h3.name, b.name] AS node_names,
     [label(r1), label(r2), h3.type] AS hop_types, [r1.key, r2.key, h3.key] AS rel_keys, [r1.status, r2.status, h3.status] AS statuses,
     [r1.date_on, r2.date_on, h3.date_on] AS dates_on, [r1.date_from, r2.date_from, h3.date_from] AS dates_from, [r1.date_to, r2.date_to, h3.date_to] AS dates_to,
     [r1.evidence, r2.evidence, h3.evidence] AS evidences
ORDER BY route LIMIT $limit
UNWIND range(1, 3) AS i
RETURN route, i AS hop, node_ids[i] AS from_id, node_names[i] AS from_name, hop_types[i] AS type,
       CASE WHEN (rel_keys[i]) ENDS WITH ("->" + node_ids[i + 1]) THEN "->" ELSE "<-" END AS direction,
       node_ids[i + 1] AS to_id, node_names[i + 1] AS to_name, statuses[i] AS status, dates_on[i] AS date_on,
       dates_from[i] AS date_from, dates_to[i] AS date_to, evidences[i] AS evidence
ORDER BY route, hop
// else, when that found nothing:
// 3 hops, to a target with more than 500 relationships (a list that long makes each
// list_contains slower than LadybugDB's own plan): the whole pattern in one MATCH.
MATCH (a {id: $source}), (b {id: $target})
WHERE a.id <> b.id AND $max_hops >= 3 AND COUNT { MATCH (b)-[:`SERVICED`|`OWNS`|`FOUNDED`|`DEFENDANT_IN`|`PLAINTIFF_IN`|`HEARD_BY`|`INVOKES`|`PROMPTED`|`AMENDS`|`SHUT_DOWN`|`IN_JURISDICTION`]-() } > 500
MATCH (a)-[r1:`SERVICED`|`OWNS`|`FOUNDED`|`DEFENDANT_IN`|`PLAINTIFF_IN`|`HEARD_BY`|`INVOKES`|`PROMPTED`|`AMENDS`|`SHUT_DOWN`|`IN_JURISDICTION`]-(x1)-[r2:`SERVICED`|`OWNS`|`FOUNDED`|`DEFENDANT_IN`|`PLAINTIFF_IN`|`HEARD_BY`|`INVOKES`|`PROMPTED`|`AMENDS`|`SHUT_DOWN`|`IN_JURISDICTION`]-(x2)-[r3:`SERVICED`|`OWNS`|`FOUNDED`|`DEFENDANT_IN`|`PLAINTIFF_IN`|`HEARD_BY`|`INVOKES`|`PROMPTED`|`AMENDS`|`SHUT_DOWN`|`IN_JURISDICTION`]-(b)
WITH r1.key + " " + r2.key + " " + r3.key AS route, [a.id, x1.id, x2.id, b.id] AS node_ids, [a.name, x1.name, x2.name, b.name] AS node_names,
     [label(r1), label(r2), label(r3)] AS hop_types, [r1.key, r2.key, r3.key] AS rel_keys, [r1.status, r2.status, r3.status] AS statuses,
     [r1.date_on, r2.date_on, r3.date_on] AS dates_on, [r1.date_from, r2.date_from, r3.date_from] AS dates_from, [r1.date_to, r2.date_to, r3.date_to] AS dates_to,
     [r1.evidence, r2.evidence, r3.evidence] AS evidences
ORDER BY route LIMIT $limit
UNWIND range(1, 3) AS i
RETURN route, i AS hop, node_ids[i] AS from_id, node_names[i] AS from_name, hop_types[i] AS type,
       CASE WHEN (rel_keys[i]) ENDS WITH ("->" + node_ids[i + 1]) THEN "->" ELSE "<-" END AS direction,
       node_ids[i + 1] AS to_id, node_names[i + 1] AS to_name, statuses[i] AS status, dates_on[i] AS date_on,
       dates_from[i] AS date_from, dates_to[i] AS date_to, evidences[i] AS evidence
ORDER BY route, hop
// else, when that found nothing:
MATCH (a {id: $source}), (b {id: $target})
WHERE a.id <> b.id AND $max_hops >= 4
MATCH p = (a)-[:`SERVICED`|`OWNS`|`FOUNDED`|`DEFENDANT_IN`|`PLAINTIFF_IN`|`HEARD_BY`|`INVOKES`|`PROMPTED`|`AMENDS`|`SHUT_DOWN`|`IN_JURISDICTION`* ALL SHORTEST 1..6]-(b)
WHERE length(p) <= $max_hops
// The path length is taken in a WITH before the UNWIND: unwinding over length(p) directly
// made LadybugDB 0.22 run out of buffer memory on a 1M-relationship graph (bench/queries.py).
WITH p, length(p) AS hops, list_to_string(" ", properties(rels(p), "key")) AS route
ORDER BY route LIMIT $limit
UNWIND range(1, hops) AS i
WITH route, i, nodes(p)[i] AS x, rels(p)[i] AS r, nodes(p)[i + 1] AS y
RETURN route, i AS hop, x.id AS from_id, x.name AS from_name, label(r) AS type,
       CASE WHEN r.key ENDS WITH ("->" + y.id) THEN "->" ELSE "<-" END AS direction,
       y.id AS to_id, y.name AS to_name, r.status AS status, r.date_on AS date_on,
       r.date_from AS date_from, r.date_to AS date_to, r.evidence AS evidence
ORDER BY route, hop
