// A deep page of the school directory, by authority then school name: 50 rows after $pageSkip.
MATCH (s:School)-[:IN_AUTHORITY]->(a:Authority)
RETURN a.name AS authority, s.name AS name, s.urn AS urn
ORDER BY authority, name, urn
SKIP $pageSkip LIMIT 50
