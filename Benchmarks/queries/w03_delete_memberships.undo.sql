INSERT INTO MEMBER_OF
SELECT m.urn, $doomedPid, CAST(m.since AS DATE), CAST(m."until" AS DATE), m.role FROM (SELECT unnest($doomedMembers) AS m)
