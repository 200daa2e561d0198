// name: cases_by_court
// description: The cases a court heard, oldest first, with their defendants (the first 25 by name, and how many in all).
// param court: entity Court - the court, by name, alias or id
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query cases_by_court "Ninth Circuit"
MATCH (c:`Case`)-[h:`HEARD_BY`]->(:`Court` {id: $court})
WITH c, h ORDER BY c.filed, c.id LIMIT $limit
OPTIONAL MATCH (d)-[:`DEFENDANT_IN`]->(c)
WITH c, h, d
WITH c, h, list_sort(collect(d.name)) AS names, count(d) AS defendant_count
RETURN c.id AS case_id, c.name AS case_name, c.kind AS kind, c.filed AS filed,
       c.decided AS decided, c.outcome AS outcome, list_slice(names, 1, 25) AS defendants,
       defendant_count, h.status AS status, h.evidence AS evidence
ORDER BY filed, case_id
