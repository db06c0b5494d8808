// Average result of disadvantaged pupils per partnership, for one year and measure.
MATCH (p:Partnership)<-[:MEMBER_OF]-(:School)-[:HAS_RESULT]->(r:Result)
WHERE r.year = $year AND r.measure = $measure AND r.pupilGroup = 'disadvantaged'
RETURN p.id AS partnership, avg(r.value) AS disadvantaged, count(r) AS results
