// Schools rated below good that no peer review has looked at, per authority (an anti-join).
MATCH (s:School)-[:IN_AUTHORITY]->(a:Authority)
WHERE s.rating IN ['requires improvement', 'inadequate'] AND NOT EXISTS { MATCH (s)<-[:`OF`]-(:Review) }
RETURN a.code AS code, a.name AS authority, count(*) AS schools
ORDER BY schools DESC, code
