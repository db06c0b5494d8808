SELECT phase, count(*) AS schools, sum(needs - strengths) AS excess
FROM (SELECT s.phase,
             (SELECT count(*) FROM NEEDS n WHERE n."from" = s.urn) AS needs,
             (SELECT count(*) FROM STRENGTH t WHERE t."from" = s.urn) AS strengths
      FROM School s)
WHERE needs > strengths
GROUP BY phase
ORDER BY phase
