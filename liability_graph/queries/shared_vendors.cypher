// name: shared_vendors
// description: Vendors that serviced several platforms, with those platforms.
// param min_platforms: integer 2..1000 = 2 - list vendors with at least this many platforms
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query shared_vendors
// Vendors are counted first, from a scan of the SERVICED relationships (cheaper than
// walking every vendor's relationships for its degree), and only the ones listed have
// their platforms' names read.
MATCH (v)-[:`SERVICED`]->()
WITH v, count(*) AS platforms
WHERE platforms >= $min_platforms AND v:`Vendor`
WITH v, platforms ORDER BY platforms DESC, v.id LIMIT $limit
MATCH (v)-[:`SERVICED`]->(p)
WITH v, platforms, p ORDER BY p.name
WITH v, platforms, collect(p.name) AS platform_names
RETURN v.id AS vendor_id, v.name AS vendor, platforms, platform_names
ORDER BY platforms DESC, vendor_id
