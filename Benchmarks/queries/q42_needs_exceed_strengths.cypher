// Schools with more needs than strengths, by phase, and by how many in all (correlated counting
// subqueries: pattern comprehensions here, COUNT { } in the Kùzu variant, scalar subqueries in SQL).
MATCH (s:School)
WITH s, size([(s)-[:NEEDS]->(a:Area) | a]) AS needs, size([(s)-[:STRENGTH]->(a:Area) | a]) AS strengths
WHERE needs > strengths
RETURN s.phase AS phase, count(*) AS schools, sum(needs - strengths) AS excess
ORDER BY phase
