DELETE FROM MEMBER_OF WHERE "to" = $newPid;
DELETE FROM Partnership WHERE id = $newPid
