SELECT p.kind, count(*) AS partnerships, sum(len(fsms)) AS members,
       sum(len(list_filter(fsms, lambda f: f >= 30.0))) AS disadvantagedMembers
FROM (SELECT m."to" AS id, list(s.fsm) AS fsms FROM MEMBER_OF m JOIN School s ON s.urn = m."from" GROUP BY m."to") l
JOIN Partnership p ON p.id = l.id
GROUP BY p.kind
ORDER BY p.kind
