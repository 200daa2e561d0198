// name: exposure
// description: Vendors ranked by the cases against the platforms they serviced (and the cases against themselves).
// param limit: integer 1..1000 = 25 - how many vendors to list
// example: lgraph query exposure
MATCH (v:`Vendor`)-[:`SERVICED`]->(p)-[:`DEFENDANT_IN`]->(c:`Case`)
WITH v, count(DISTINCT c) AS platform_cases, count(DISTINCT p) AS platforms_sued
OPTIONAL MATCH (v)-[:`DEFENDANT_IN`]->(own:`Case`)
WITH v, platform_cases, platforms_sued, count(own) AS own_cases
RETURN v.id AS vendor_id, v.name AS vendor, platform_cases, platforms_sued, own_cases
ORDER BY platform_cases DESC, own_cases DESC, vendor_id
LIMIT $limit
