// name: platforms_of
// description: Platforms a vendor serviced: what it provided, when, and the evidence.
// param vendor: entity Vendor - the vendor, by name, alias or id
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query platforms_of Salesforce
MATCH (v:`Vendor` {id: $vendor})-[s:`SERVICED`]->(p)
WITH p, s ORDER BY p.name, p.id LIMIT $limit
RETURN p.id AS platform_id, p.name AS platform, s.service AS service, s.status AS status,
       s.date_on AS date_on, s.date_from AS date_from, s.date_to AS date_to,
       s.evidence AS evidence
ORDER BY platform, platform_id
