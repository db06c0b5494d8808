// Top-priority needs of partnered schools that no other member of any of their partnerships is
// strong in, per area (nested EXISTS and NOT EXISTS subqueries correlated on school and area).
MATCH (s:School)-[n:NEEDS]->(a:Area)
WHERE n.priority = 3
  AND EXISTS { MATCH (s)-[:MEMBER_OF]->(:Partnership) }
  AND NOT EXISTS { MATCH (s)-[:MEMBER_OF]->(:Partnership)<-[:MEMBER_OF]-(t:School)-[:STRENGTH]->(a) WHERE t.urn <> s.urn }
RETURN a.name AS area, count(*) AS schools
ORDER BY schools DESC, area
