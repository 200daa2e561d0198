// name: cases_by_court
// description: The cases a court heard, oldest first, with their defendants (the first 25 by name, and how many in all).
// param court: entity Court - the court, by name, alias or id
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query cases_by_court "Ninth Circuit"
// A case can have thousands of defendants (on the 1M-relationship graph of
// bench/queries.py the oldest case has 6,710, in almost every court's first rows); listing
// them all sorted and sending them took most of the query's time, so a row names the first
// 25 and counts the rest (`lgraph query incoming CASE` lists them all).
MATCH (c:`Case`)-[h:`HEARD_BY`]->(:`Court` {id: $court})
WITH c, h ORDER BY c.filed, c.id LIMIT $limit
WITH c, h,
     COLLECT { MATCH (d)-[:`DEFENDANT_IN`]->(c) RETURN d.name AS name ORDER BY name LIMIT 25 } AS defendants,
     COUNT { (d)-[:`DEFENDANT_IN`]->(c) } AS defendant_count
RETURN c.id AS case_id, c.name AS case_name, c.kind AS kind, c.filed AS filed,
       c.decided AS decided, c.outcome AS outcome, defendants, defendant_count,
       h.status AS status, h.evidence AS evidence
ORDER BY filed, case_id
