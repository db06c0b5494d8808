SELECT a.code, a.name AS authority, count(*) AS schools
FROM School s JOIN IN_AUTHORITY ia ON ia."from" = s.urn JOIN Authority a ON a.code = ia."to"
WHERE s.rating IN ('requires improvement', 'inadequate')
  AND NOT EXISTS (SELECT 1 FROM "OF" o WHERE o."to" = s.urn)
GROUP BY a.code, a.name
ORDER BY schools DESC, a.code
