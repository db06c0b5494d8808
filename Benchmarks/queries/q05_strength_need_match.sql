-- The haversine (mean radius 6371.0088 km) is written out.
WITH me AS (
  SELECT s.urn, s.lat, s.lon, ia."to" AS authority FROM School s JOIN IN_AUTHORITY ia ON ia."from" = s.urn WHERE s.urn = $urn
)
SELECT h.urn, h.name, st."to" AS areaName, st.level,
       2 * 6371.0088 * asin(sqrt(pow(sin(radians(h.lat - me.lat) / 2), 2)
         + cos(radians(me.lat)) * cos(radians(h.lat)) * pow(sin(radians(h.lon - me.lon) / 2), 2))) AS km
FROM me
JOIN NEEDS n ON n."from" = me.urn
JOIN STRENGTH st ON st."to" = n."to"
JOIN School h ON h.urn = st."from"
JOIN IN_AUTHORITY ha ON ha."from" = h.urn
WHERE ha."to" <> me.authority
ORDER BY level DESC, km, h.urn, areaName
LIMIT 10
