SELECT r.round, r.status, count(*) AS reviews
FROM Review r JOIN "OF" o ON o."from" = r.id JOIN "ON" n ON n."from" = r.id
JOIN NEEDS nd ON nd."from" = o."to" AND nd."to" = n."to"
GROUP BY r.round, r.status
ORDER BY r.round, r.status
