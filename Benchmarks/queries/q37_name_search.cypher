// Schools whose name starts with a place word or contains 'ACADEMY' in any case, by rating in
// capitals (STARTS WITH, CONTAINS, toUpper).
MATCH (s:School)
WHERE s.name STARTS WITH $prefix OR toUpper(s.name) CONTAINS 'ACADEMY'
RETURN toUpper(s.rating) AS rating, count(*) AS schools
ORDER BY rating
