// Partnerships whose current members span more than one local authority.
MATCH (p:Partnership)<-[m:MEMBER_OF]-(s:School)-[:IN_AUTHORITY]->(a:Authority)
WHERE m.until IS NULL
// (count(*) comes before count(DISTINCT ...): Kùzu 0.11.3 returns 0 for a count that follows a
// count(DISTINCT ...) in the same projection.)
WITH p, count(*) AS schools, count(DISTINCT a.code) AS authorities
WHERE authorities > 1
RETURN p.id AS partnership, authorities, schools
