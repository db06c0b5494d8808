// Sum and average of one year's results per measure and pupil group (sums of floats, 8 groups).
MATCH (r:Result)
WHERE r.year = $year
RETURN r.measure AS measure, r.pupilGroup AS pupilGroup, count(*) AS results, round(sum(r.value), 1) AS total,
       avg(r.value) AS average
ORDER BY measure, pupilGroup
