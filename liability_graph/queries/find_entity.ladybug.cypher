// name: find_entity
// description: Entities whose name or an alias matches, compared without case or accents.
// param name: the normalised name (lower case, accents removed)
MATCH (n)
WHERE $name IN n.lookup
RETURN n.id AS id, label(n) AS type, n.name AS name, n.aliases AS aliases,
       n.description AS description
ORDER BY id
