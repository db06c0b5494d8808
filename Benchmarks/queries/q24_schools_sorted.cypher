// Every school with its authority, sorted by authority then free-school-meals share, highest
// first (a sort of a large result: every school is returned).
MATCH (s:School)-[:IN_AUTHORITY]->(a:Authority)
RETURN a.name AS authority, s.urn AS urn, s.name AS name, s.fsm AS fsm
ORDER BY authority, fsm DESC, urn
