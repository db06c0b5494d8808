SELECT p.name, count(*) AS people
FROM Person p
WHERE p.role <> 'headteacher'
GROUP BY p.name
ORDER BY people DESC, p.name
