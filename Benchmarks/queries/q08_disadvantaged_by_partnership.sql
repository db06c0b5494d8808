SELECT m."to" AS partnership, avg(r.value) AS disadvantaged, count(*) AS results
FROM MEMBER_OF m JOIN HAS_RESULT hr ON hr."from" = m."from" JOIN Result r ON r.id = hr."to"
WHERE r.year = $year AND r.measure = $measure AND r.pupilGroup = 'disadvantaged'
GROUP BY m."to"
