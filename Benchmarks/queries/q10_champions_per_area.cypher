// Improvement champions per area of practice, and the schools they work at.
MATCH (a:Area)<-[:CHAMPIONS]-(p:Person)-[:WORKS_AT]->(s:School)
RETURN a.name AS area, count(p) AS champions, count(DISTINCT s.urn) AS schools
ORDER BY champions DESC, area
