// Schools that share a partnership with one school (two hops).
MATCH (me:School {urn: $urn})-[:MEMBER_OF]->(p:Partnership)<-[:MEMBER_OF]-(other:School)
WHERE other.urn <> me.urn
RETURN DISTINCT other.urn AS urn, other.name AS name
