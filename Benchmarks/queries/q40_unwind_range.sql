SELECT count(*) AS numbers, sum(i) AS total
FROM range(1, 200001) t(i)
WHERE i % 7 = 3
