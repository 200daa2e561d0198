// name: platforms_of
// description: Platforms a vendor serviced: what it provided, when, and the evidence.
// param vendor: entity Vendor - the vendor, by name, alias or id
// example: lgraph query platforms_of Salesforce
MATCH (v:`Vendor` {id: $vendor})-[s:`SERVICED`]->(p)
RETURN p.id AS platform_id, p.name AS platform, s.service AS service, s.status AS status,
       s.date_on AS date_on, s.date_from AS date_from, s.date_to AS date_to,
       s.evidence AS evidence
ORDER BY platform, platform_id
