SELECT m."to" AS partnership, count(DISTINCT ia."to") AS authorities, count(*) AS schools
FROM MEMBER_OF m JOIN IN_AUTHORITY ia ON ia."from" = m."from"
WHERE m."until" IS NULL
GROUP BY m."to"
HAVING count(DISTINCT ia."to") > 1
