// Schools whose name contains a fragment.
MATCH (s:School)
WHERE s.name CONTAINS $text
RETURN s.urn AS urn, s.name AS name
