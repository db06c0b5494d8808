SELECT a.name AS authority, s.name, s.urn
FROM School s JOIN IN_AUTHORITY ia ON ia."from" = s.urn JOIN Authority a ON a.code = ia."to"
ORDER BY authority, s.name, s.urn
LIMIT 50 OFFSET $pageSkip
