SELECT la.code, la.name AS authority, count(*) AS pairs, count(DISTINCT nd."from") AS schools
FROM NEEDS nd JOIN STRENGTH st ON st."to" = nd."to"
JOIN IN_AUTHORITY sa ON sa."from" = nd."from"
JOIN IN_AUTHORITY ha ON ha."from" = st."from" AND ha."to" = sa."to"
JOIN Authority la ON la.code = sa."to"
WHERE st."from" <> nd."from"
GROUP BY la.code, la.name
ORDER BY pairs DESC, la.code
LIMIT 20
