// Primary schools and pupils per postcode district (the outward code: the postcode without its
// last four characters; grouping by a string function, thousands of groups).
MATCH (s:School)
WHERE s.phase = 'primary'
RETURN left(s.postcode, size(s.postcode) - 4) AS district, count(*) AS schools, sum(s.pupils) AS pupils
ORDER BY district
