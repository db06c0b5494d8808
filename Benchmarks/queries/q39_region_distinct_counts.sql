SELECT ir."to" AS region, count(*) AS needs, count(DISTINCT nd."from") AS schools, count(DISTINCT nd."to") AS areas,
       count(DISTINCT ia."to") AS authorities
FROM IN_REGION ir JOIN IN_AUTHORITY ia ON ia."to" = ir."from" JOIN NEEDS nd ON nd."from" = ia."from"
GROUP BY ir."to"
ORDER BY region
