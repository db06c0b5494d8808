// Which peer reviews were planned but are overdue?
//
// Parameters (edit the literal in the first line):
//   asOf  the day to judge by; a planned review dated before it is overdue. Written here rather
//         than taken from today's date, so the answer does not change from day to day.
//
// Reading the result: one row per overdue review, the longest overdue first. `school` is the
// school to be reviewed, `reviewer` the school due to review it, `area` the area of practice to
// look at, `partnership` the reviewed school's current partnership (null if it has none).
WITH date('2025-06-30') AS asOf
MATCH (review:Review {status: 'planned'})-[:OF]->(school:School),
      (review)-[:BY]->(reviewer:School),
      (review)-[:ON]->(area:Area)
WHERE review.date < asOf
OPTIONAL MATCH (school)-[m:MEMBER_OF]->(p:Partnership)
WHERE m.until IS NULL
RETURN review.id AS review, review.date AS due, duration.inDays(review.date, asOf).days AS daysOverdue,
       review.round AS round, school.name AS school, reviewer.name AS reviewer, area.name AS area,
       p.name AS partnership
ORDER BY due, review
