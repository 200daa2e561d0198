// name: shared_vendors
// description: Vendors that serviced several platforms: how many, and the first of them by name.
// param min_platforms: integer 2..1000 = 2 - list vendors with at least this many platforms
// param max_names: integer 0..1000000 = 20 - at most this many platform names per vendor, the first by name (0: all)
// param limit: integer 0..1000000 = 100 - at most this many rows, the first in the query's order (0: all)
// example: lgraph query shared_vendors
// Vendors are counted first, from a scan of the SERVICED relationships (cheaper than
// walking every vendor's relationships for its degree), and only the ones listed have
// their platforms' names read. `platforms` counts every platform; `platform_names` holds
// the first $max_names of them by name: a hub vendor serviced thousands of platforms (7,166
// on the 1M-relationship bench graph, bench/queries.py), which no reader takes in at once,
// and reading, sorting and sending all their names made the query 2-4x slower there.
MATCH (v)-[:`SERVICED`]->()
WITH v, count(*) AS platforms
WHERE platforms >= $min_platforms AND v:`Vendor`
WITH v, platforms ORDER BY platforms DESC, v.id LIMIT $limit
WITH v, platforms, COLLECT {
  MATCH (v)-[:`SERVICED`]->(p)
  WITH p.name AS name ORDER BY name
  LIMIT CASE WHEN $max_names > 0 THEN $max_names ELSE 1000000000 END
  RETURN name
} AS platform_names
RETURN v.id AS vendor_id, v.name AS vendor, platforms, platform_names
ORDER BY platforms DESC, vendor_id
