WITH members AS (
  SELECT DISTINCT m."from" AS urn FROM MEMBER_OF m WHERE m."to" = $pid
), reached AS (
  SELECT urn FROM members
  UNION
  SELECT m2."from" FROM members JOIN MEMBER_OF m1 ON m1."from" = members.urn JOIN MEMBER_OF m2 ON m2."to" = m1."to"
)
SELECT ia."to" AS code, count(*) AS schools
FROM reached JOIN IN_AUTHORITY ia ON ia."from" = reached.urn
GROUP BY ia."to"
ORDER BY code
