// name: timeline
// description: Every dated event of an entity in date order: its own dates, its relationships' dates, and the filing, ruling, launch, closure or enactment of what it is linked to.
// param entity: entity - the entity, by name, alias or id
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph timeline Backpage
// `e` is labelled with the entity's type by the runner (see queries/__init__.py), so its id
// is a primary-key look-up; LadybugDB binds a property only on a node whose tables have it,
// so the entity's own dates are read through one look-up per type that has dates (a miss
// for the other types). Matching `e` unlabelled by its id scanned every table (8 ms at 1M).
MATCH (e {id: $entity})
OPTIONAL MATCH (ep:`Platform` {id: $entity})
OPTIONAL MATCH (ev:`Vendor` {id: $entity})
OPTIONAL MATCH (eo:`Organization` {id: $entity})
OPTIONAL MATCH (el:`Law` {id: $entity})
OPTIONAL MATCH (ec:`Case` {id: $entity})
WITH e, [["launched", ep.launched], ["closed", ep.closed], ["founded", coalesce(ev.founded, eo.founded)], ["filed", ec.filed], ["decided", ec.decided], ["enacted", el.enacted], ["effective", el.effective]] AS own
UNWIND [0, 1] AS part
OPTIONAL MATCH (e)-[r:`SERVICED`|`OWNS`|`FOUNDED`|`DEFENDANT_IN`|`PLAINTIFF_IN`|`HEARD_BY`|`INVOKES`|`PROMPTED`|`AMENDS`|`SHUT_DOWN`|`IN_JURISDICTION`]-(o) WHERE part = 1
WITH e, own, part, r, o WHERE part = 0 OR r IS NOT NULL
WITH e, r, o, CASE WHEN part = 0
  THEN own
  ELSE [["on", r.date_on], ["from", r.date_from], ["to", r.date_to], ["filed", o.filed], ["decided", o.decided], ["enacted", o.enacted], ["effective", o.effective], ["launched", o.launched], ["closed", o.closed]] END AS dates
UNWIND dates AS d
WITH e, r, o, d[1] AS event, d[2] AS date
WHERE date IS NOT NULL
WITH r, o, date, event, label(r) AS type,
     CASE WHEN r IS NULL THEN NULL WHEN NOT r.key ENDS WITH ("->" + e.id) THEN "->" ELSE "<-" END AS direction
ORDER BY date, event, type, o.id, direction
LIMIT $limit
RETURN date, event, type, direction, o.id AS other_id, o.name AS other_name, r.status AS status,
       CASE WHEN event IN ["on", "from", "to"] THEN r.evidence ELSE NULL END AS evidence
ORDER BY date, event, type, other_id, direction
