// Peer reviews on an area that the reviewed school needs, by round and status (a triangle:
// review, school, area).
MATCH (r:Review)-[:`OF`]->(s:School)-[:NEEDS]->(a:Area)<-[:`ON`]-(r)
RETURN r.round AS round, r.status AS status, count(*) AS reviews
ORDER BY round, status
