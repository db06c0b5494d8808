SELECT r.year, r.measure, count(*) AS results, avg(r.value) AS average, min(r.value) AS lowest
FROM Result r
WHERE r.pupilGroup = 'disadvantaged' AND r.value < 40.0
GROUP BY r.year, r.measure
ORDER BY r.year, r.measure
