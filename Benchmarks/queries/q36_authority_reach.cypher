// For each school of one authority, how many schools it reaches through one or two shared
// partnerships (a variable-length path, MEMBER_OF*2..4, from every school of the authority).
MATCH (a:Authority {code: $authority})<-[:IN_AUTHORITY]-(s:School)-[:MEMBER_OF*2..4]-(t:School)
WHERE t.urn <> s.urn
RETURN s.urn AS urn, count(DISTINCT t.urn) AS reachable
ORDER BY reachable DESC, urn
