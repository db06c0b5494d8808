// A deep page of a results table: one measure for all pupils, best first, 50 rows after skipping
// $pageSkip (1,000 at scale 1).
MATCH (r:Result)
WHERE r.measure = $measure AND r.pupilGroup = 'all'
RETURN r.id AS id, r.year AS year, r.value AS value
ORDER BY value DESC, id
SKIP $pageSkip LIMIT 50
