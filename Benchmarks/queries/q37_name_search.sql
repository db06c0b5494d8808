SELECT upper(s.rating) AS rating, count(*) AS schools
FROM School s
WHERE starts_with(s.name, $prefix) OR contains(upper(s.name), 'ACADEMY')
GROUP BY upper(s.rating)
ORDER BY rating
