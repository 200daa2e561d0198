// name: liability_chain
// description: Vendor -SERVICED-> Platform -PROMPTED-> Law chains, with the evidence for each hop.
// param vendor: a vendor id to start from; empty for every vendor
MATCH (v:`Vendor`)-[s:`SERVICED`]->(p:`Platform`)-[pr:`PROMPTED`]->(l:`Law`)
WHERE $vendor = "" OR v.id = $vendor
RETURN v.id AS vendor_id, v.name AS vendor, s.service AS service, s.status AS serviced_status,
       s.date_from AS serviced_from, s.date_to AS serviced_to, s.evidence AS serviced_evidence,
       p.id AS platform_id, p.name AS platform, pr.status AS prompted_status,
       pr.evidence AS prompted_evidence, l.id AS law_id, l.name AS law, l.enacted AS enacted
ORDER BY vendor_id, platform_id, law_id
