SELECT ir."to" AS region, ip."to" AS programme, count(*) AS memberships, count(DISTINCT m."from") AS schools,
       count(DISTINCT m."to") AS partnerships
FROM IN_REGION ir JOIN IN_AUTHORITY ia ON ia."to" = ir."from"
JOIN MEMBER_OF m ON m."from" = ia."from"
JOIN IN_PROGRAMME ip ON ip."from" = m."to"
GROUP BY ir."to", ip."to"
ORDER BY region, programme
