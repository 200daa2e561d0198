// name: vendors_of
// description: Vendors that serviced a platform: what they provided, when, and the evidence.
// param platform: entity Platform|Organization - the platform, by name, alias or id
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query vendors_of Backpage
MATCH (v:`Vendor`)-[s:`SERVICED`]->(p:`Entity` {id: $platform})
WITH v, s ORDER BY v.name, v.id LIMIT $limit
RETURN v.id AS vendor_id, v.name AS vendor, s.service AS service, s.status AS status,
       s.date_on AS date_on, s.date_from AS date_from, s.date_to AS date_to,
       s.evidence AS evidence
ORDER BY vendor, vendor_id
