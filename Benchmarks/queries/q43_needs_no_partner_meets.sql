SELECT n."to" AS area, count(*) AS schools
FROM NEEDS n
WHERE n.priority = 3
  AND EXISTS (SELECT 1 FROM MEMBER_OF m WHERE m."from" = n."from")
  AND NOT EXISTS (SELECT 1 FROM MEMBER_OF m JOIN MEMBER_OF o ON o."to" = m."to" JOIN STRENGTH st ON st."from" = o."from"
                  WHERE m."from" = n."from" AND st."to" = n."to" AND o."from" <> n."from")
GROUP BY n."to"
ORDER BY schools DESC, area
