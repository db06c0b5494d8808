// Partnerships of each kind per programme, those in none with a null programme (OPTIONAL MATCH).
MATCH (p:Partnership)
OPTIONAL MATCH (p)-[:IN_PROGRAMME]->(g:Programme)
RETURN p.kind AS kind, g.name AS programme, count(*) AS partnerships
ORDER BY kind, programme
