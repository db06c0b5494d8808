SELECT p.kind, ip."to" AS programme, count(*) AS partnerships
FROM Partnership p LEFT JOIN IN_PROGRAMME ip ON ip."from" = p.id
GROUP BY p.kind, ip."to"
ORDER BY p.kind, programme
