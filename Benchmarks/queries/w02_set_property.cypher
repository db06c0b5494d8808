// Write: set a property on 1,000 schools (a range of URNs).
MATCH (s:School) WHERE s.urn >= $lo AND s.urn < $hi
SET s.pupils = s.pupils + 1
RETURN count(s) AS updated
