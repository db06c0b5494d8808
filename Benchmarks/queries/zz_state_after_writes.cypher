// Check, not a benchmark: runs after the writes and shows that each write was undone (the
// memberships, partnerships and pupils are as loaded). Not counted in the geometric mean.
MATCH (s:School)-[m:MEMBER_OF]->(p:Partnership)
RETURN count(*) AS memberships, count(DISTINCT p.id) AS partnerships, sum(s.pupils) AS pupils
