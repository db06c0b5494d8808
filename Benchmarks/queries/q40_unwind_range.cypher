// A large UNWIND: 200,000 integers, filtered and aggregated (no graph access).
UNWIND range(1, 200000) AS i
WITH i WHERE i % 7 = 3
RETURN count(*) AS numbers, sum(i) AS total
