// Needs per region, with the distinct schools, areas and authorities behind them (DISTINCT aggregates).
MATCH (r:Region)<-[:IN_REGION]-(a:Authority)<-[:IN_AUTHORITY]-(s:School)-[:NEEDS]->(n:Area)
RETURN r.name AS region, count(*) AS needs, count(DISTINCT s.urn) AS schools, count(DISTINCT n.name) AS areas,
       count(DISTINCT a.code) AS authorities
ORDER BY region
