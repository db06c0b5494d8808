// Disadvantaged pupils' results below 40%: how many, their average and the lowest, per year and
// measure (a filtered scan of every Result, 12 groups).
MATCH (r:Result)
WHERE r.pupilGroup = 'disadvantaged' AND r.value < 40.0
RETURN r.year AS year, r.measure AS measure, count(*) AS results, avg(r.value) AS average,
       min(r.value) AS lowest
ORDER BY year, measure
