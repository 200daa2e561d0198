// name: documents_of
// description: The documents that mention an entity, oldest first, with the sentences that name it.
// param entity: entity - the entity, by name, alias or id
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query documents_of Salesforce
MATCH (d:`Document`)-[m:`MENTIONS`]->(e {id: $entity})
WITH d, m ORDER BY d.published, d.id LIMIT $limit
RETURN d.id AS document_id, d.title AS title, d.published AS published, d.source AS source,
       d.url AS url, d.language AS language, d.kind AS kind, m.evidence AS evidence
ORDER BY published, document_id
