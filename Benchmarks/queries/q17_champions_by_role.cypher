// People who champion at least one area, by role (a semi-join over every Person).
MATCH (p:Person)
WHERE EXISTS { MATCH (p)-[:CHAMPIONS]->(:Area) }
RETURN p.role AS role, count(*) AS champions
ORDER BY role
