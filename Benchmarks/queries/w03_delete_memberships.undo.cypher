UNWIND $doomedMembers AS row
MATCH (s:School {urn: row.urn}), (p:Partnership {id: $doomedPid})
CREATE (s)-[:MEMBER_OF {since: date(row.since), until: date(row.until), role: row.role}]->(p)
