// Point lookup: one school by its URN.
MATCH (s:School {urn: $urn})
RETURN s.urn AS urn, s.name AS name, s.phase AS phase, s.pupils AS pupils, s.fsm AS fsm, s.rating AS rating
