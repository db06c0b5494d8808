// Peer reviews still planned after their date, as of a fixed day, with the school and its reviewer.
MATCH (r:Review)-[:`OF`]->(s:School), (r)-[:`BY`]->(reviewer:School)
WHERE r.status = 'planned' AND r.date < date('2025-06-30')
RETURN r.id AS review, r.date AS due, s.urn AS school, reviewer.urn AS reviewer
