// name: co_defendants
// description: Who else is a defendant in the cases against an entity, case by case, with the evidence.
// param entity: entity Platform|Vendor|Organization|Person - the defendant, by name, alias or id
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query co_defendants Backpage
MATCH (e:`Entity` {id: $entity})-[:`DEFENDANT_IN`]->(c:`Case`)<-[d:`DEFENDANT_IN`]-(o)
WHERE o <> e
WITH o, c, d ORDER BY o.name, o.id, c.id LIMIT $limit
RETURN o.id AS co_defendant_id, o.name AS co_defendant, [l IN labels(o) WHERE l <> "Entity"][0] AS co_defendant_type,
       c.id AS case_id, c.name AS case_name, c.filed AS filed, d.status AS status,
       d.charges AS charges, d.evidence AS evidence
ORDER BY co_defendant, co_defendant_id, case_id
