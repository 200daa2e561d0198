// name: exposure
// description: Vendors ranked by the cases against the platforms they serviced (counted per platform: a case against two of them counts twice), and the cases against themselves.
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query exposure
// The counts lgraph keeps on the nodes as it writes (absent when 0), as on Neo4j:
// defendant_in_count, the node's DEFENDANT_IN relationships; serviced_cases, the sum of
// that count over the nodes it SERVICED; serviced_sued, how many of those have cases. The
// query reads the Vendor table alone (5,000 rows on the 1M-relationship graph of
// bench/queries.py), where counting the cases of every serviced platform here read 120,000
// relationships (30-80 ms). Only a Vendor services (the ontology's SERVICED endpoints).
MATCH (v:`Vendor`)
WHERE v.serviced_cases > 0
RETURN v.id AS vendor_id, v.name AS vendor, v.serviced_cases AS platform_cases,
       v.serviced_sued AS platforms_sued, coalesce(v.defendant_in_count, 0) AS own_cases
ORDER BY platform_cases DESC, own_cases DESC, vendor_id
LIMIT $limit
