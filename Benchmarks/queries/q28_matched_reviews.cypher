// Well-matched peer reviews per area: the reviewed school needs the area and the reviewing school
// is strong in it (a four-cycle: review, school, area, reviewer).
MATCH (r:Review)-[:`OF`]->(s:School)-[:NEEDS]->(a:Area)<-[st:STRENGTH]-(t:School)<-[:`BY`]-(r)
RETURN a.name AS area, count(*) AS reviews, avg(st.level) AS avgLevel
ORDER BY reviews DESC, area
