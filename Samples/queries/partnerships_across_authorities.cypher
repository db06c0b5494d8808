// Which partnerships span several local authorities?
//
// Parameters (edit the literal in the first line):
//   minAuthorities  the least number of different authorities among a partnership's schools
//
// Counts the current members only (memberships without an `until` date).
//
// Reading the result: one row per partnership, the widest first. `authorities` lists the
// authorities alphabetically; `schools` is the number of current member schools; `programme`
// is the programme the partnership belongs to, or null when it belongs to none.
WITH 2 AS minAuthorities
MATCH (p:Partnership)<-[m:MEMBER_OF]-(s:School)-[:IN_AUTHORITY]->(a:Authority)
WHERE m.until IS NULL
WITH minAuthorities, p, a, count(s) AS schoolsThere
ORDER BY a.name
WITH minAuthorities, p, collect(a.name) AS authorities, sum(schoolsThere) AS schools
WHERE size(authorities) >= minAuthorities
OPTIONAL MATCH (p)-[:IN_PROGRAMME]->(programme:Programme)
RETURN p.name AS partnership, p.kind AS kind, programme.name AS programme,
       size(authorities) AS authorityCount, authorities, schools
ORDER BY authorityCount DESC, partnership
