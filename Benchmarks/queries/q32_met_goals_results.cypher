// For each goal heading met by a partnership, the disadvantaged maths results of its members in
// one year (a four-node join: goal, partnership, school, result).
MATCH (g:Goal)<-[:HAS_GOAL]-(p:Partnership)<-[:MEMBER_OF]-(s:School)-[:HAS_RESULT]->(r:Result)
WHERE g.status = 'met' AND r.year = $year AND r.measure = 'maths' AND r.pupilGroup = 'disadvantaged'
RETURN g.heading AS goal, count(*) AS results, avg(r.value) AS average
ORDER BY goal
