// name: cases_against
// description: Cases in which an entity is a defendant, with the plaintiffs (the first 25 by name, and how many in all) and the evidence.
// param entity: entity Platform|Vendor|Organization|Person - the defendant, by name, alias or id
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query cases_against Salesforce
MATCH (d {id: $entity})-[r:`DEFENDANT_IN`]->(c:`Case`)
WITH c, r ORDER BY c.filed, c.id LIMIT $limit
OPTIONAL MATCH (p)-[:`PLAINTIFF_IN`]->(c)
WITH c, r, p
WITH c, r, list_sort(collect(p.name)) AS names, count(p) AS plaintiff_count
RETURN c.id AS case_id, c.name AS case_name, c.kind AS kind, c.filed AS filed,
       c.outcome AS outcome, list_slice(names, 1, 25) AS plaintiffs, plaintiff_count,
       r.status AS status, r.charges AS charges,
       r.evidence AS evidence
ORDER BY filed, case_id
