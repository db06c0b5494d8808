SELECT r.measure, r.pupilGroup, count(*) AS results, round(sum(r.value), 1) AS total, avg(r.value) AS average
FROM Result r
WHERE r.year = $year
GROUP BY r.measure, r.pupilGroup
ORDER BY r.measure, r.pupilGroup
