// name: path
// description: The shortest paths between two entities (either direction, documents left out), every hop with its type, status, dates and evidence.
// param source: entity - where the path starts (name, alias or id)
// param target: entity - where it ends
// param max_hops: integer 1..6 = 4 - the longest path to look for
// param limit: integer 0..1000000 = 100 - at most this many routes, the first in the query's order (0: all)
// example: lgraph path Salesforce FOSTA
// limit counts: route
MATCH (a {id: $source}), (b {id: $target})
WHERE a.id <> b.id
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
