// Write: create a partnership and make five schools its members.
CREATE (p:Partnership {id: $newPid, name: 'Benchmark Partnership', kind: 'cluster', formed: date('2025-01-01')})
WITH p
MATCH (s:School) WHERE s.urn IN $newUrns
CREATE (s)-[:MEMBER_OF {since: date('2025-01-01'), role: 'member'}]->(p)
RETURN count(*) AS members
