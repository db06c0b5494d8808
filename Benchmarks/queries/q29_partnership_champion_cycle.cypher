// Partnerships whose members' needs are championed by someone working at another member of the
// same partnership: the 20 with the most such matches (a six-cycle).
MATCH (p:Partnership)<-[:MEMBER_OF]-(s:School)-[:NEEDS]->(a:Area)<-[:CHAMPIONS]-(c:Person)-[:WORKS_AT]->(t:School)-[:MEMBER_OF]->(p)
WHERE t.urn <> s.urn
RETURN p.id AS partnership, count(*) AS matches, count(DISTINCT s.urn) AS schools
ORDER BY matches DESC, partnership
LIMIT 20
