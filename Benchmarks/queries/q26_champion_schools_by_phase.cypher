// Schools where someone champions an area of practice, by phase (a semi-join two hops deep).
MATCH (s:School)
WHERE EXISTS { MATCH (s)<-[:WORKS_AT]-(:Person)-[:CHAMPIONS]->(:Area) }
RETURN s.phase AS phase, count(*) AS schools
ORDER BY phase
