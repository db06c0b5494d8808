SELECT g.heading AS goal, count(*) AS results, avg(r.value) AS average
FROM Goal g JOIN HAS_GOAL hg ON hg."to" = g.id
JOIN MEMBER_OF m ON m."to" = hg."from"
JOIN HAS_RESULT hr ON hr."from" = m."from" JOIN Result r ON r.id = hr."to"
WHERE g.status = 'met' AND r.year = $year AND r.measure = 'maths' AND r.pupilGroup = 'disadvantaged'
GROUP BY g.heading
ORDER BY goal
