SELECT left(s.postcode, length(s.postcode) - 4) AS district, count(*) AS schools, sum(s.pupils) AS pupils
FROM School s
WHERE s.phase = 'primary'
GROUP BY district
ORDER BY district
