SELECT ms."to" AS partnership, count(*) AS matches, count(DISTINCT ms."from") AS schools
FROM MEMBER_OF ms JOIN NEEDS nd ON nd."from" = ms."from"
JOIN CHAMPIONS c ON c."to" = nd."to"
JOIN WORKS_AT w ON w."from" = c."from"
JOIN MEMBER_OF mt ON mt."from" = w."to" AND mt."to" = ms."to"
WHERE w."to" <> ms."from"
GROUP BY ms."to"
ORDER BY matches DESC, partnership
LIMIT 20
