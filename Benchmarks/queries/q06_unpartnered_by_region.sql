SELECT ir."to" AS region, count(*) AS schools
FROM School s JOIN IN_AUTHORITY ia ON ia."from" = s.urn JOIN IN_REGION ir ON ir."from" = ia."to"
WHERE NOT EXISTS (SELECT 1 FROM MEMBER_OF m WHERE m."from" = s.urn)
GROUP BY region
ORDER BY region
