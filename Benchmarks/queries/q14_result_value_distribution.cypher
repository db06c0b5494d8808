// The distribution of one measure's results for all pupils in one year: schools per value (a
// filtered scan of every Result, about a thousand groups).
MATCH (r:Result)
WHERE r.year = $year AND r.measure = $measure AND r.pupilGroup = 'all'
RETURN r.value AS value, count(*) AS schools
ORDER BY value
