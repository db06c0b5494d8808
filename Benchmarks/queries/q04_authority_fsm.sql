SELECT a.name AS authority, count(*) AS schools, avg(s.fsm) AS avgFsm
FROM School s JOIN IN_AUTHORITY ia ON ia."from" = s.urn JOIN Authority a ON a.code = ia."to"
GROUP BY a.code, a.name
ORDER BY avgFsm DESC, authority
LIMIT 10
