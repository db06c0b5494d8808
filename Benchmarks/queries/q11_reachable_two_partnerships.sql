WITH partners AS (
  SELECT DISTINCT b."from" AS urn
  FROM MEMBER_OF a JOIN MEMBER_OF b ON b."to" = a."to"
  WHERE a."from" = $urn
), reached AS (
  SELECT urn FROM partners
  UNION
  SELECT d."from" FROM partners p JOIN MEMBER_OF c ON c."from" = p.urn JOIN MEMBER_OF d ON d."to" = c."to"
)
SELECT urn FROM reached WHERE urn <> $urn
