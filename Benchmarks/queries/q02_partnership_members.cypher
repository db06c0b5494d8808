// The member schools of one partnership, with their role in it.
MATCH (p:Partnership {id: $pid})<-[m:MEMBER_OF]-(s:School)
RETURN s.urn AS urn, s.name AS name, m.role AS role, m.since AS since
