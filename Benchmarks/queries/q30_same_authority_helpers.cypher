// Pairs of a school needing an area and another school of the same authority strong in it: the
// 20 authorities with the most (a four-cycle: school, area, helper, authority).
MATCH (s:School)-[:NEEDS]->(a:Area)<-[:STRENGTH]-(h:School), (s)-[:IN_AUTHORITY]->(la:Authority)<-[:IN_AUTHORITY]-(h)
WHERE h.urn <> s.urn
RETURN la.code AS code, la.name AS authority, count(*) AS pairs, count(DISTINCT s.urn) AS schools
ORDER BY pairs DESC, code
LIMIT 20
