// The schools within three hops of one partnership (its members and the members of their other
// partnerships), per authority (a variable-length path, MEMBER_OF*1..3).
MATCH (p:Partnership {id: $pid})-[:MEMBER_OF*1..3]-(s:School)
WITH DISTINCT s
MATCH (s)-[:IN_AUTHORITY]->(a:Authority)
RETURN a.code AS code, count(*) AS schools
ORDER BY code
