// How do the partnerships' shared goals stand, heading by heading?
//
// Parameters (edit the literal in the first line):
//   partnershipId  one partnership's id (for example 'P01'), or null for every partnership
//
// Goals are filed under four headings: Teaching and learning; Curriculum and assessment;
// Leadership and collaboration; Inclusion and disadvantage.
//
// Reading the result: one row per heading and status (achieved, in progress, not started), with
// the number of goals and the partnerships that hold them, alphabetically.
WITH null AS partnershipId
MATCH (p:Partnership)-[:HAS_GOAL]->(goal:Goal)
WHERE partnershipId IS NULL OR p.id = partnershipId
WITH goal.heading AS heading, goal.status AS status, p
ORDER BY p.name
RETURN heading, status, count(*) AS goals, collect(DISTINCT p.name) AS partnerships
ORDER BY heading, CASE status WHEN 'achieved' THEN 0 WHEN 'in progress' THEN 1 ELSE 2 END
