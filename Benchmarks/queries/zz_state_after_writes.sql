SELECT count(*) AS memberships, count(DISTINCT p.id) AS partnerships, sum(s.pupils) AS pupils
FROM MEMBER_OF m JOIN School s ON s.urn = m."from" JOIN Partnership p ON p.id = m."to"
