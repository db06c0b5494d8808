// Schools reachable from one school through one or two shared partnerships.
MATCH (me:School {urn: $urn})-[:MEMBER_OF*2..4]-(other:School)
WHERE other.urn <> me.urn
RETURN DISTINCT other.urn AS urn
