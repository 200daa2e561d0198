// name: exposure
// description: Vendors ranked by the cases against the platforms they serviced (counted per platform: a case against two of them counts twice), and the cases against themselves.
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query exposure
// Cases are counted per defendant first, from a scan of the DEFENDANT_IN relationships
// (every DEFENDANT_IN ends at a Case), and summed per vendor over its SERVICED platforms,
// so the work grows with the relationships, not with vendors × platforms × cases (a hub
// platform serviced by thousands of vendors made a distinct count take 30 s at 1M
// relationships, bench/queries.py). The vendors' own cases only break ties, so they are
// counted only for the vendors that can make the first $limit rows: those with at least
// the platform cases of the $limit-th vendor (cutoff). `v` has no label: only a Vendor
// services (the ontology's SERVICED endpoints, checked by every writer), and checking the
// label of 55,000 start nodes was a tenth of the time on the bench graph.
MATCH (p)-[:`DEFENDANT_IN`]->()
WITH p, count(*) AS cases
MATCH (v)-[:`SERVICED`]->(p)
WITH v, sum(cases) AS platform_cases, count(p) AS platforms_sued
ORDER BY platform_cases DESC
WITH collect([v, platform_cases, platforms_sued]) AS ranked
WITH ranked, CASE WHEN size(ranked) > $limit THEN ranked[$limit - 1][1] ELSE 0 END AS cutoff
UNWIND ranked AS row
WITH row WHERE row[1] >= cutoff
// Grouping makes fresh rows without the ranked list (rows that still held it made Neo4j's
// memory estimate for `limit` 0 exceed the transaction limit).
WITH row[0] AS v, max(row[1]) AS platform_cases, max(row[2]) AS platforms_sued
WITH v, platform_cases, platforms_sued, COUNT { (v)-[:`DEFENDANT_IN`]->() } AS own_cases
ORDER BY platform_cases DESC, own_cases DESC, v.id
LIMIT $limit
RETURN v.id AS vendor_id, v.name AS vendor, platform_cases, platforms_sued, own_cases
ORDER BY platform_cases DESC, own_cases DESC, vendor_id
