// Write: delete every membership of one partnership.
MATCH (:Partnership {id: $doomedPid})<-[m:MEMBER_OF]-(:School)
DELETE m
RETURN count(*) AS deleted
