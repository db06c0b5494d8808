SELECT r.date AS day, count(*) AS reviews
FROM Review r
WHERE r.status = 'planned'
GROUP BY r.date
ORDER BY day
