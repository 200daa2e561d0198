// name: find_entity
// description: Entities whose name or an alias matches, compared without case or accents.
// param name: name - a name or alias, in any case, with or without accents
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query find_entity salesforce.com
MATCH (n)
WHERE $name IN n.lookup
RETURN n.id AS id, label(n) AS type, n.name AS name, n.aliases AS aliases,
       n.description AS description
ORDER BY id
LIMIT $limit
