// name: timeline
// description: Every dated event of an entity in date order: its own dates, its relationships' dates, and the filing, ruling, launch, closure or enactment of what it is linked to.
// param entity: entity - the entity, by name, alias or id
// example: lgraph timeline Backpage
MATCH (e {id: $entity})
UNWIND [0, 1] AS part
OPTIONAL MATCH (e)-[r]-(o) WHERE part = 1 AND label(r) <> "MENTIONS"
WITH e, part, r, o WHERE part = 0 OR r IS NOT NULL
WITH e, r, o, CASE WHEN part = 0
  THEN [["launched", e.launched], ["closed", e.closed], ["founded", e.founded], ["filed", e.filed], ["decided", e.decided], ["enacted", e.enacted], ["effective", e.effective]]
  ELSE [["on", r.date_on], ["from", r.date_from], ["to", r.date_to], ["filed", o.filed], ["decided", o.decided], ["enacted", o.enacted], ["effective", o.effective], ["launched", o.launched], ["closed", o.closed]] END AS dates
UNWIND dates AS d
WITH e, r, o, d[1] AS event, d[2] AS date
WHERE date IS NOT NULL
RETURN date, event, label(r) AS type,
       CASE WHEN r IS NULL THEN NULL WHEN NOT r.key ENDS WITH ("->" + e.id) THEN "->" ELSE "<-" END AS direction,
       o.id AS other_id, o.name AS other_name, r.status AS status,
       CASE WHEN event IN ["on", "from", "to"] THEN r.evidence ELSE NULL END AS evidence
ORDER BY date, event, type, other_id, direction
