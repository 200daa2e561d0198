// name: count_nodes
// description: Number of nodes of each type.
MATCH (n)
RETURN labels(n)[0] AS type, count(*) AS count
ORDER BY type
