// How wide is the disadvantaged gap in each partnership, year by year?
//
// Parameters (edit the literal in the first line):
//   measure  'literacy' or 'numeracy'
//
// For the current member schools of each partnership: the average % reaching the expected
// standard (England) or level (Scotland) for all pupils, the same for disadvantaged pupils, and
// the gap between them (all minus disadvantaged). Nurseries and special schools have no results;
// there are no results for 2020, nor for English schools for 2021.
//
// Reading the result: one row per partnership and year. A gap that shrinks over the years means
// disadvantaged pupils are catching up; `schools` is how many schools have results that year.
WITH 'literacy' AS measure
MATCH (p:Partnership)<-[m:MEMBER_OF]-(s:School)-[:HAS_RESULT]->(r:Result)
WHERE m.until IS NULL AND r.measure = measure
WITH p, r.year AS year, count(DISTINCT s) AS schools,
     avg(CASE WHEN r.pupilGroup = 'all' THEN r.value END) AS allPupils,
     avg(CASE WHEN r.pupilGroup = 'disadvantaged' THEN r.value END) AS disadvantaged
RETURN p.name AS partnership, year, schools, round(allPupils, 1) AS allPupils,
       round(disadvantaged, 1) AS disadvantaged, round(allPupils - disadvantaged, 1) AS gap
ORDER BY partnership, year
