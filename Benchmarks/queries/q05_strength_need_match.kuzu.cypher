// Schools in other authorities strong in an area one school needs: strongest first, then nearest.
// Variant: Kùzu has no distance() between nodes, so the haversine (mean radius 6371.0088 km) is written out.
MATCH (me:School {urn: $urn})-[:NEEDS]->(area:Area)<-[st:STRENGTH]-(helper:School),
      (me)-[:IN_AUTHORITY]->(home:Authority), (helper)-[:IN_AUTHORITY]->(away:Authority)
WHERE away.code <> home.code
WITH helper, area, st,
     2 * 6371.0088 * asin(sqrt(pow(sin(radians(helper.lat - me.lat) / 2), 2)
       + cos(radians(me.lat)) * cos(radians(helper.lat)) * pow(sin(radians(helper.lon - me.lon) / 2), 2))) AS km
RETURN helper.urn AS urn, helper.name AS name, area.name AS areaName, st.level AS level, km
ORDER BY level DESC, km, urn, areaName
LIMIT 10
