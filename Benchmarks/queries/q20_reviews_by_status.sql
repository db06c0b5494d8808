SELECT r.status, r.round, count(*) AS reviews, count(r.findings) AS withFindings, min(r.date) AS first, max(r.date) AS last
FROM Review r
WHERE r.date >= DATE '2024-01-01'
GROUP BY r.status, r.round
ORDER BY r.status, r.round
