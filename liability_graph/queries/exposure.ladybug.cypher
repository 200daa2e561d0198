// name: exposure
// description: Vendors ranked by the cases against the platforms they serviced (counted per platform: a case against two of them counts twice), and the cases against themselves.
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query exposure
// Cases are counted per platform first and then summed per vendor, so the work grows with
// the relationships, not with vendors × platforms × cases (bench/queries.py: a hub platform
// serviced by thousands of vendors made the distinct count take 30 s at 1M relationships).
MATCH (p)-[:`DEFENDANT_IN`]->(c:`Case`)
WITH p, count(c) AS cases
MATCH (v:`Vendor`)-[:`SERVICED`]->(p)
WITH v, CAST(sum(cases) AS INT64) AS platform_cases, count(p) AS platforms_sued
OPTIONAL MATCH (v)-[:`DEFENDANT_IN`]->(own:`Case`)
WITH v, platform_cases, platforms_sued, count(own) AS own_cases
RETURN v.id AS vendor_id, v.name AS vendor, platform_cases, platforms_sued, own_cases
ORDER BY platform_cases DESC, own_cases DESC, vendor_id
LIMIT $limit
