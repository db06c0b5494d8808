// Schools in no partnership, counted by region.
MATCH (s:School)-[:IN_AUTHORITY]->(:Authority)-[:IN_REGION]->(r:Region)
WHERE NOT EXISTS { MATCH (s)-[:MEMBER_OF]->(:Partnership) }
RETURN r.name AS region, count(s) AS schools
ORDER BY region
