MATCH (s:School) WHERE s.urn >= $lo AND s.urn < $hi SET s.pupils = s.pupils - 1
