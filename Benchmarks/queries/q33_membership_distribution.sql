SELECT memberships, count(*) AS schools
FROM (SELECT s.urn, count(m."to") AS memberships FROM School s LEFT JOIN MEMBER_OF m ON m."from" = s.urn GROUP BY s.urn)
GROUP BY memberships
ORDER BY memberships
