// name: shared_vendors
// description: Vendors that serviced several platforms: how many, and the first of them by name.
// param min_platforms: integer 2..1000 = 2 - list vendors with at least this many platforms
// param max_names: integer 0..1000000 = 20 - at most this many platform names per vendor, the first by name (0: all)
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query shared_vendors
// Vendors are counted first, and only the ones listed have their platforms' names read;
// `platform_names` holds the first $max_names of them by name (see shared_vendors.cypher).
MATCH (v:`Vendor`)-[:`SERVICED`]->(p)
WITH v, count(p) AS platforms
WHERE platforms >= $min_platforms
WITH v, platforms ORDER BY platforms DESC, v.id LIMIT $limit
MATCH (v)-[:`SERVICED`]->(p)
WITH v, platforms, list_sort(collect(p.name)) AS names
WITH v, platforms,
     list_slice(names, 1, CASE WHEN $max_names > 0 THEN $max_names ELSE size(names) END) AS platform_names
RETURN v.id AS vendor_id, v.name AS vendor, platforms, platform_names
ORDER BY platforms DESC, vendor_id
