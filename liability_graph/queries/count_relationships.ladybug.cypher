// name: count_relationships
// description: Number of relationships of each type. (LadybugDB: label(r) instead of type(r).)
MATCH ()-[r]->()
RETURN label(r) AS type, count(*) AS count
ORDER BY type
