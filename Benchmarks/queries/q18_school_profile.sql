SELECT s.phase, s.rating, count(*) AS schools, sum(s.pupils) AS pupils, avg(s.fsm) AS avgFsm
FROM School s
WHERE s.pupils >= 100
GROUP BY s.phase, s.rating
ORDER BY s.phase, s.rating
