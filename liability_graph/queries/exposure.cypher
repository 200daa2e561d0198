// name: exposure
// description: Vendors ranked by the cases against the platforms they serviced (counted per platform: a case against two of them counts twice), and the cases against themselves.
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query exposure
// Each serviced platform's cases are its DEFENDANT_IN degree (every DEFENDANT_IN ends at a
// Case), which Neo4j reads from the node without walking the relationships: the work is
// one step per SERVICED relationship. Summing per-platform counts instead of counting
// vendor × platform × case triples keeps it linear (bench/queries.py: a hub platform
// serviced by thousands of vendors made the distinct count take 30 s at 1M relationships).
// The vendors' names are read for the rows kept only.
MATCH (v:`Vendor`)
WITH v, [(v)-[:`SERVICED`]->(p) | COUNT { (p)-[:`DEFENDANT_IN`]->() }] AS cases
WITH v, reduce(n = 0, x IN cases | n + x) AS platform_cases,
     size([x IN cases WHERE x > 0]) AS platforms_sued
WHERE platform_cases > 0
WITH v, platform_cases, platforms_sued, COUNT { (v)-[:`DEFENDANT_IN`]->() } AS own_cases
ORDER BY platform_cases DESC, own_cases DESC, v.id
LIMIT $limit
RETURN v.id AS vendor_id, v.name AS vendor, platform_cases, platforms_sued, own_cases
ORDER BY platform_cases DESC, own_cases DESC, vendor_id
