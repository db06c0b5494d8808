SELECT a.name AS authority, s.urn, s.name, s.fsm
FROM School s JOIN IN_AUTHORITY ia ON ia."from" = s.urn JOIN Authority a ON a.code = ia."to"
ORDER BY authority, s.fsm DESC, s.urn
