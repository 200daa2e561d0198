// name: timeline
// description: Every dated event of an entity in date order: its own dates, its relationships' dates, and the filing, ruling, launch, closure or enactment of what it is linked to.
// param entity: entity - the entity, by name, alias or id
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph timeline Backpage
MATCH (e:`Entity` {id: $entity})
UNWIND [0, 1] AS part
OPTIONAL MATCH (e)-[r:`SERVICED`|`OWNS`|`FOUNDED`|`DEFENDANT_IN`|`PLAINTIFF_IN`|`HEARD_BY`|`INVOKES`|`PROMPTED`|`AMENDS`|`SHUT_DOWN`|`IN_JURISDICTION`]-(o) WHERE part = 1
WITH e, part, r, o WHERE part = 0 OR r IS NOT NULL
WITH e, r, o, CASE WHEN part = 0
  THEN [["launched", e.launched], ["closed", e.closed], ["founded", e.founded], ["filed", e.filed], ["decided", e.decided], ["enacted", e.enacted], ["effective", e.effective]]
  ELSE [["on", r.date_on], ["from", r.date_from], ["to", r.date_to], ["filed", o.filed], ["decided", o.decided], ["enacted", o.enacted], ["effective", o.effective], ["launched", o.launched], ["closed", o.closed]] END AS dates
UNWIND dates AS d
WITH e, r, o, d[0] AS event, d[1] AS date
WHERE date IS NOT NULL
WITH r, o, date, event, type(r) AS type,
     CASE WHEN r IS NULL THEN NULL WHEN startNode(r) = e THEN "->" ELSE "<-" END AS direction
ORDER BY date, event, type, o.id, direction
LIMIT $limit
RETURN date, event, type, direction, o.id AS other_id, o.name AS other_name, r.status AS status,
       CASE WHEN event IN ["on", "from", "to"] THEN r.evidence ELSE NULL END AS evidence
ORDER BY date, event, type, other_id, direction
