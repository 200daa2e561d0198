// name: shared_vendors
// description: Vendors that serviced several platforms, with those platforms.
// param min_platforms: integer 2..1000 = 2 - list vendors with at least this many platforms
// example: lgraph query shared_vendors
MATCH (v:`Vendor`)-[:`SERVICED`]->(p)
WITH v, count(p) AS platforms, list_sort(collect(p.name)) AS platform_names
WHERE platforms >= $min_platforms
RETURN v.id AS vendor_id, v.name AS vendor, platforms, platform_names
ORDER BY platforms DESC, vendor_id
