// name: cases_in
// description: The cases of a jurisdiction (directly, or through the court that heard them), oldest first, with their courts.
// param jurisdiction: entity Jurisdiction - the jurisdiction, by name, alias, code or id
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query cases_in "United States"
MATCH (c:`Case`)-[:`HEARD_BY`|`IN_JURISDICTION`*1..2]->(:`Jurisdiction` {id: $jurisdiction})
WITH DISTINCT c
WITH c ORDER BY c.filed, c.id LIMIT $limit
OPTIONAL MATCH (c)-[:`HEARD_BY`]->(ct:`Court`)
WITH c, ct
WITH c, list_sort(collect(ct.name)) AS courts
RETURN c.id AS case_id, c.name AS case_name, c.kind AS kind, c.filed AS filed,
       c.decided AS decided, c.outcome AS outcome, courts
ORDER BY filed, case_id
