SELECT s.phase, count(*) AS schools
FROM School s
WHERE EXISTS (SELECT 1 FROM WORKS_AT w JOIN CHAMPIONS c ON c."from" = w."from" WHERE w."to" = s.urn)
GROUP BY s.phase
ORDER BY s.phase
