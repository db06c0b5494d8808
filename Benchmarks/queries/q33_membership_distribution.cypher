// How many schools are in no, one, two... partnerships (OPTIONAL MATCH over every school).
MATCH (s:School)
OPTIONAL MATCH (s)-[m:MEMBER_OF]->(:Partnership)
WITH s, count(m) AS memberships
RETURN memberships, count(*) AS schools
ORDER BY memberships
