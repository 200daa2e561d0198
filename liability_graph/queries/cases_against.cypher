// name: cases_against
// description: Cases in which an entity is a defendant, with the plaintiffs (the first 25 by name, and how many in all) and the evidence.
// param entity: entity Platform|Vendor|Organization|Person - the defendant, by name, alias or id
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query cases_against Salesforce
// A case can have thousands of plaintiffs (a class, or the many persons of the
// 1M-relationship graph of bench/queries.py); a row names the first 25 and counts them all
// (`lgraph query incoming CASE` lists them), as cases_by_court does with defendants.
MATCH (d:`Entity` {id: $entity})-[r:`DEFENDANT_IN`]->(c:`Case`)
WITH c, r ORDER BY c.filed, c.id LIMIT $limit
WITH c, r,
     COLLECT { MATCH (p)-[:`PLAINTIFF_IN`]->(c) RETURN p.name AS name ORDER BY name LIMIT 25 } AS plaintiffs,
     COUNT { (p)-[:`PLAINTIFF_IN`]->(c) } AS plaintiff_count
RETURN c.id AS case_id, c.name AS case_name, c.kind AS kind, c.filed AS filed,
       c.outcome AS outcome, plaintiffs, plaintiff_count, r.status AS status, r.charges AS charges,
       r.evidence AS evidence
ORDER BY filed, case_id
