SELECT c."to" AS area, count(*) AS champions, count(DISTINCT w."to") AS schools
FROM CHAMPIONS c JOIN WORKS_AT w ON w."from" = c."from"
GROUP BY c."to"
ORDER BY champions DESC, area
