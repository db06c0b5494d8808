INSERT INTO Partnership VALUES ($newPid, 'Benchmark Partnership', 'cluster', DATE '2025-01-01');
INSERT INTO MEMBER_OF SELECT urn, $newPid, DATE '2025-01-01', NULL, 'member' FROM School WHERE list_contains($newUrns, urn)
