// name: all_names
// description: Every entity's id, type, name and aliases, for suggestions and gazetteers.
MATCH (n)
RETURN n.id AS id, labels(n)[0] AS type, n.name AS name, n.aliases AS aliases
ORDER BY id
