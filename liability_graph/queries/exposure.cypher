// name: exposure
// description: Vendors ranked by the cases against the platforms they serviced (counted per platform: a case against two of them counts twice), and the cases against themselves.
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query exposure
// lgraph keeps these counts on the nodes of a Neo4j store it writes (absent when 0):
// defendant_in_count, the node's DEFENDANT_IN relationships; serviced_cases, the sum of
// that count over the nodes it SERVICED; serviced_sued, how many of those have cases. The
// index on Entity.serviced_cases hands the vendors over in ranking order, so the query
// reads the first rows only: 134 db hits on the 1M-relationship graph of bench/queries.py,
// where counting the cases of every serviced platform here took 272,000 (69 ms). Only a
// Vendor services (the ontology's SERVICED endpoints, checked by every writer).
MATCH (v:`Entity`)
WHERE v.serviced_cases > 0
WITH v, v.serviced_cases AS platform_cases, v.serviced_sued AS platforms_sued,
     coalesce(v.defendant_in_count, 0) AS own_cases
ORDER BY platform_cases DESC, own_cases DESC, v.id
LIMIT $limit
RETURN v.id AS vendor_id, v.name AS vendor, platform_cases, platforms_sued, own_cases
ORDER BY platform_cases DESC, own_cases DESC, vendor_id
