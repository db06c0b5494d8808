// Schools and partnerships each programme reaches in each region (a five-node path: region,
// authority, school, partnership, programme).
MATCH (r:Region)<-[:IN_REGION]-(:Authority)<-[:IN_AUTHORITY]-(s:School)-[:MEMBER_OF]->(p:Partnership)-[:IN_PROGRAMME]->(g:Programme)
RETURN r.name AS region, g.name AS programme, count(*) AS memberships, count(DISTINCT s.urn) AS schools,
       count(DISTINCT p.id) AS partnerships
ORDER BY region, programme
