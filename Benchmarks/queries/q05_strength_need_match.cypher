// Schools in other authorities strong in an area one school needs: strongest first, then nearest.
MATCH (me:School {urn: $urn})-[:NEEDS]->(area:Area)<-[st:STRENGTH]-(helper:School),
      (me)-[:IN_AUTHORITY]->(home:Authority), (helper)-[:IN_AUTHORITY]->(away:Authority)
WHERE away.code <> home.code
WITH helper, area, st, distance(me, helper) AS km
RETURN helper.urn AS urn, helper.name AS name, area.name AS areaName, st.level AS level, km
ORDER BY level DESC, km, urn, areaName
LIMIT 10
