SELECT s.urn, s.name, m.role, m.since
FROM MEMBER_OF m JOIN School s ON s.urn = m."from"
WHERE m."to" = $pid
