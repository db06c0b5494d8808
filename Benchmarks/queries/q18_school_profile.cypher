// Schools of at least 100 pupils by phase and rating: count, pupils and average free-school-meals
// share (a filtered scan of every School, 16 groups).
MATCH (s:School)
WHERE s.pupils >= 100
RETURN s.phase AS phase, s.rating AS rating, count(*) AS schools, sum(s.pupils) AS pupils,
       avg(s.fsm) AS avgFsm
ORDER BY phase, rating
