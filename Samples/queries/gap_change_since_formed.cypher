// How has the disadvantaged gap changed since each partnership was formed?
//
// Parameters (edit the literal in the first line):
//   measure  'literacy' or 'numeracy'
//
// The gap is that of disadvantaged_gap_by_year.cypher: for the current member schools, the
// average for all pupils minus the average for disadvantaged pupils. It is compared between the
// first results year not before the year the partnership was formed (`fromYear`) and the latest
// year with results (`toYear`).
//
// Reading the result: one row per partnership. A negative `change` means the gap has narrowed
// (disadvantaged pupils caught up); a positive one that it has widened. Most narrowed first.
WITH 'literacy' AS measure
MATCH (p:Partnership)<-[m:MEMBER_OF]-(s:School)-[:HAS_RESULT]->(r:Result)
WHERE m.until IS NULL AND r.measure = measure AND r.year >= p.formed.year
WITH p, r.year AS year,
     avg(CASE WHEN r.pupilGroup = 'all' THEN r.value END)
       - avg(CASE WHEN r.pupilGroup = 'disadvantaged' THEN r.value END) AS gap
ORDER BY year
WITH p, collect({year: year, gap: gap}) AS gaps
WITH p, gaps[0] AS first, gaps[size(gaps) - 1] AS last
RETURN p.name AS partnership, p.formed AS formed, first.year AS fromYear, round(first.gap, 1) AS gapThen,
       last.year AS toYear, round(last.gap, 1) AS gapNow, round(last.gap - first.gap, 1) AS change
ORDER BY last.gap - first.gap, partnership
