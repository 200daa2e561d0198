// name: laws_against
// description: The laws invoked in the cases against an entity, with those cases and the evidence.
// param entity: entity Platform|Vendor|Organization|Person - the defendant, by name, alias or id
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query laws_against Salesforce
MATCH (e:`Entity` {id: $entity})-[:`DEFENDANT_IN`]->(c:`Case`)-[i:`INVOKES`]->(l:`Law`)
WITH l, i, c ORDER BY l.name, l.id, c.id LIMIT $limit
RETURN l.id AS law_id, l.name AS law, l.citation AS citation, i.claim AS claim,
       c.id AS case_id, c.name AS case_name, c.filed AS filed, i.status AS status,
       i.evidence AS evidence
ORDER BY law, law_id, case_id
