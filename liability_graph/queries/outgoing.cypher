// name: outgoing
// description: Relationships leaving an entity, with their evidence.
// param id: the entity id, e.g. vendor:salesforce
MATCH (n)-[r]->(m)
WHERE n.id = $id
RETURN type(r) AS type, m.id AS other_id, labels(m)[0] AS other_type, m.name AS other_name,
       r.status AS status, r.date_on AS date_on, r.date_from AS date_from,
       r.date_to AS date_to, r.evidence AS evidence
ORDER BY type, other_id
