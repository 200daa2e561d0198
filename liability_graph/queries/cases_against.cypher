// name: cases_against
// description: Cases in which an entity is a defendant, with the plaintiffs' side and the evidence.
// param id: the defendant's entity id
MATCH (d)-[r:`DEFENDANT_IN`]->(c:`Case`)
WHERE d.id = $id
RETURN c.id AS case_id, c.name AS case_name, c.kind AS kind, c.filed AS filed,
       c.outcome AS outcome, r.status AS status, r.charges AS charges, r.evidence AS evidence
ORDER BY filed, case_id
