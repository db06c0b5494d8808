SELECT r.value, count(*) AS schools
FROM Result r
WHERE r.year = $year AND r.measure = $measure AND r.pupilGroup = 'all'
GROUP BY r.value
ORDER BY r.value
