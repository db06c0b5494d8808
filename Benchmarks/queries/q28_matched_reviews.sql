SELECT nd."to" AS area, count(*) AS reviews, avg(st.level) AS avgLevel
FROM Review r JOIN "OF" o ON o."from" = r.id JOIN "BY" b ON b."from" = r.id
JOIN NEEDS nd ON nd."from" = o."to"
JOIN STRENGTH st ON st."from" = b."to" AND st."to" = nd."to"
GROUP BY nd."to"
ORDER BY reviews DESC, area
