// name: liability_chain
// description: Vendor -SERVICED-> Platform -PROMPTED-> Law chains, also through the platform's owner (Vendor -SERVICED-> Organization -OWNS-> Platform), with the evidence for each hop.
// param vendor: entity Vendor, optional - start from this vendor only (every vendor if unset)
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query liability_chain Salesforce
// Each part lists its chains in vendor, platform, law order up to the limit: the direct
// chains first, then those through an owner (a UNION cannot be ordered as a whole in
// LadybugDB); the evidence is read for the rows kept only.
MATCH (v:`Vendor`)-[s:`SERVICED`]->(p:`Platform`)-[pr:`PROMPTED`]->(l:`Law`)
WHERE $vendor = "" OR v.id = $vendor
WITH v, s, p, pr, l ORDER BY v.id, p.id, l.id LIMIT $limit
RETURN v.id AS vendor_id, v.name AS vendor, s.service AS service, s.status AS serviced_status,
       s.date_from AS serviced_from, s.date_to AS serviced_to, s.evidence AS serviced_evidence,
       "" AS owner_id, "" AS owner, "" AS owns_status, "" AS owns_evidence,
       p.id AS platform_id, p.name AS platform, pr.status AS prompted_status,
       pr.evidence AS prompted_evidence, l.id AS law_id, l.name AS law, l.enacted AS enacted
UNION ALL
MATCH (v:`Vendor`)-[s:`SERVICED`]->(o:`Organization`)-[ow:`OWNS`]->(p:`Platform`)-[pr:`PROMPTED`]->(l:`Law`)
WHERE $vendor = "" OR v.id = $vendor
WITH v, s, o, ow, p, pr, l ORDER BY v.id, p.id, l.id, o.id LIMIT $limit
RETURN v.id AS vendor_id, v.name AS vendor, s.service AS service, s.status AS serviced_status,
       s.date_from AS serviced_from, s.date_to AS serviced_to, s.evidence AS serviced_evidence,
       o.id AS owner_id, o.name AS owner, ow.status AS owns_status, ow.evidence AS owns_evidence,
       p.id AS platform_id, p.name AS platform, pr.status AS prompted_status,
       pr.evidence AS prompted_evidence, l.id AS law_id, l.name AS law, l.enacted AS enacted
