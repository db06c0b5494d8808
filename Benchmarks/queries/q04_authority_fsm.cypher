// Schools and their average free-school-meals share per authority: the ten highest.
MATCH (s:School)-[:IN_AUTHORITY]->(a:Authority)
RETURN a.name AS authority, count(s) AS schools, avg(s.fsm) AS avgFsm
ORDER BY avgFsm DESC, authority
LIMIT 10
