// Who are the improvement champions for each area of practice?
//
// Parameters: none.
//
// Reading the result: one row per area, including areas nobody champions yet (0 champions),
// the best covered first. `schools` is how many different schools the champions work at;
// `champions` names them with their school, alphabetically.
MATCH (area:Area)
OPTIONAL MATCH (area)<-[:CHAMPIONS]-(person:Person)-[:WORKS_AT]->(school:School)
WITH area, person, school
ORDER BY person.name
RETURN area.name AS area, count(person) AS championCount, count(DISTINCT school) AS schools,
       collect(person.name + ' (' + school.name + ')') AS champions
ORDER BY championCount DESC, area
