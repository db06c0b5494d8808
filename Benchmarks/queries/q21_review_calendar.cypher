// The calendar of planned peer reviews: reviews per day (a filtered scan of every Review, hundreds
// of groups keyed by a date).
MATCH (r:Review)
WHERE r.status = 'planned'
RETURN r.date AS day, count(*) AS reviews
ORDER BY day
