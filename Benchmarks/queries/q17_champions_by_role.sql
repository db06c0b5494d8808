SELECT p.role, count(*) AS champions
FROM Person p
WHERE EXISTS (SELECT 1 FROM CHAMPIONS c WHERE c."from" = p.id)
GROUP BY p.role
ORDER BY p.role
