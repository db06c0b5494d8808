// Per kind of partnership: partnerships, members, and members with at least 30% free school meals,
// from each partnership's collected list (collect, size, a list comprehension).
// Variant: Kùzu and Ladybug have no list comprehension with WHERE; list_filter with a lambda is theirs.
MATCH (p:Partnership)<-[:MEMBER_OF]-(s:School)
WITH p, collect(s.fsm) AS fsms
RETURN p.kind AS kind, count(*) AS partnerships, sum(size(fsms)) AS members,
       sum(size(list_filter(fsms, f -> f >= 30.0))) AS disadvantagedMembers
ORDER BY kind
