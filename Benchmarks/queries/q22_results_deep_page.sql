SELECT r.id, r.year, r.value
FROM Result r
WHERE r.measure = $measure AND r.pupilGroup = 'all'
ORDER BY r.value DESC, r.id
LIMIT 50 OFFSET $pageSkip
