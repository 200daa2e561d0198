// name: incoming
// description: Relationships arriving at an entity, with their evidence.
// param entity: entity - the entity, by name, alias or id
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query incoming Backpage
MATCH (m)-[r]->(n:`Entity` {id: $entity})
WITH r, m, type(r) AS type ORDER BY type, m.id LIMIT $limit
RETURN type, m.id AS other_id, [l IN labels(m) WHERE l <> "Entity"][0] AS other_type,
       m.name AS other_name, r.status AS status, r.date_on AS date_on, r.date_from AS date_from,
       r.date_to AS date_to, r.evidence AS evidence
ORDER BY type, other_id
