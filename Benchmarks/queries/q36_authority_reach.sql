WITH starts AS (
  SELECT ia."from" AS urn FROM IN_AUTHORITY ia WHERE ia."to" = $authority
), partners AS (
  SELECT DISTINCT s.urn AS start, b."from" AS urn
  FROM starts s JOIN MEMBER_OF a ON a."from" = s.urn JOIN MEMBER_OF b ON b."to" = a."to"
), reached AS (
  SELECT start, urn FROM partners
  UNION
  SELECT p.start, d."from" FROM partners p JOIN MEMBER_OF c ON c."from" = p.urn JOIN MEMBER_OF d ON d."to" = c."to"
)
SELECT start AS urn, count(DISTINCT urn) AS reachable
FROM reached
WHERE urn <> start
GROUP BY start
ORDER BY reachable DESC, start
