SELECT s.urn, s.name, round(sum(CASE WHEN r.pupilGroup = 'all' THEN r.value ELSE -r.value END), 3) AS gapPoints
FROM School s JOIN HAS_RESULT hr ON hr."from" = s.urn JOIN Result r ON r.id = hr."to"
WHERE r.year = $year AND r.measure = $measure
GROUP BY s.urn, s.name
ORDER BY gapPoints DESC, s.urn
LIMIT 20
