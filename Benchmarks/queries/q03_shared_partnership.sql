SELECT DISTINCT o.urn, o.name
FROM MEMBER_OF mine
JOIN MEMBER_OF theirs ON theirs."to" = mine."to"
JOIN School o ON o.urn = theirs."from"
WHERE mine."from" = $urn AND theirs."from" <> $urn
