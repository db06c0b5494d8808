// Which schools are in no partnership, region by region?
//
// Parameters: none.
//
// A school is in no partnership when it has no current membership: no MEMBER_OF without an
// `until` date (a school that has left a partnership counts as being in none).
//
// Reading the result: one row per region that has such schools, the most first. `schools` is
// every school in the region, `inNoPartnership` how many of them are in none, and `names` lists
// them with their local authority, alphabetically.
MATCH (region:Region)<-[:IN_REGION]-(authority:Authority)<-[:IN_AUTHORITY]-(school:School)
WITH region, authority, school,
     EXISTS { MATCH (school)-[m:MEMBER_OF]->(:Partnership) WHERE m.until IS NULL } AS partnered
ORDER BY school.name
WITH region, count(school) AS schools,
     collect(CASE WHEN NOT partnered THEN school.name + ' (' + authority.name + ')' END) AS names
WHERE size(names) > 0
RETURN region.name AS region, size(names) AS inNoPartnership, schools, names
ORDER BY inNoPartnership DESC, region
