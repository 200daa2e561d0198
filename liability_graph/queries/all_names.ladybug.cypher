// name: all_names
// description: Every entity's id, type, name, aliases and origin, for suggestions and gazetteers.
MATCH (n)
RETURN n.id AS id, label(n) AS type, n.name AS name, n.aliases AS aliases, n.origin AS origin
ORDER BY id
