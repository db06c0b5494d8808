// Schools with more needs than strengths, by phase, and by how many in all (correlated counting
// subqueries).
// Variant: Kùzu and Ladybug cannot bind a pattern comprehension's variables; COUNT { } is theirs
// (Trellis does not parse COUNT { } subqueries).
MATCH (s:School)
WITH s, COUNT { MATCH (s)-[:NEEDS]->(:Area) } AS needs, COUNT { MATCH (s)-[:STRENGTH]->(:Area) } AS strengths
WHERE needs > strengths
RETURN s.phase AS phase, count(*) AS schools, sum(needs - strengths) AS excess
ORDER BY phase
