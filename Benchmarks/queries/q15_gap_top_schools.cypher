// The 20 schools with the widest gap between all and disadvantaged pupils in one year and measure
// (a group per school, then top-k).
MATCH (s:School)-[:HAS_RESULT]->(r:Result)
WHERE r.year = $year AND r.measure = $measure
WITH s, sum(CASE WHEN r.pupilGroup = 'all' THEN r.value ELSE -r.value END) AS gap
RETURN s.urn AS urn, s.name AS name, round(gap, 3) AS gapPoints
ORDER BY gapPoints DESC, urn
LIMIT 20
