SELECT r.id AS review, r.date AS due, o."to" AS school, b."to" AS reviewer
FROM Review r JOIN "OF" o ON o."from" = r.id JOIN "BY" b ON b."from" = r.id
WHERE r.status = 'planned' AND r.date < DATE '2025-06-30'
