// name: count_relationships
// description: Number of relationships of each type.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
