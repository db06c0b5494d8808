// Peer reviews since the start of 2024 by status and round, with how many have findings and the
// first and last date (a filtered scan of every Review, 4 groups).
MATCH (r:Review)
WHERE r.date >= date('2024-01-01')
RETURN r.status AS status, r.round AS round, count(*) AS reviews, count(r.findings) AS withFindings,
       min(r.date) AS first, max(r.date) AS last
ORDER BY status, round
