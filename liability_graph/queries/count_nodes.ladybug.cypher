// name: count_nodes
// description: Number of nodes of each type. (LadybugDB: label(n) instead of labels(n)[0].)
MATCH (n)
RETURN label(n) AS type, count(*) AS count
ORDER BY type
