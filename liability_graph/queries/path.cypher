// name: path
// description: The shortest paths between two entities (either direction, documents left out), every hop with its type, status, dates and evidence.
// param source: entity - where the path starts (name, alias or id)
// param target: entity - where it ends
// param max_hops: integer 1..6 = 4 - the longest path to look for
// param limit: integer 0..1000000 = 100 - at most this many routes, the first in the query's order (0: all)
// example: lgraph path Salesforce FOSTA
// limit counts: route
MATCH (a:`Entity` {id: $source}), (b:`Entity` {id: $target})
WHERE a.id <> b.id
MATCH p = allShortestPaths((a)-[:`SERVICED`|`OWNS`|`FOUNDED`|`DEFENDANT_IN`|`PLAINTIFF_IN`|`HEARD_BY`|`INVOKES`|`PROMPTED`|`AMENDS`|`SHUT_DOWN`|`IN_JURISDICTION`*..6]-(b))
WHERE length(p) <= $max_hops
WITH p, substring(reduce(s = "", r IN relationships(p) | s + " " + r.key), 1) AS route
ORDER BY route LIMIT $limit
UNWIND range(0, length(p) - 1) AS i
WITH route, i, nodes(p)[i] AS x, relationships(p)[i] AS r, nodes(p)[i + 1] AS y
RETURN route, i + 1 AS hop, x.id AS from_id, x.name AS from_name, type(r) AS type,
       CASE WHEN startNode(r) = x THEN "->" ELSE "<-" END AS direction,
       y.id AS to_id, y.name AS to_name, r.status AS status, r.date_on AS date_on,
       r.date_from AS date_from, r.date_to AS date_to, r.evidence AS evidence
ORDER BY route, hop
