MATCH (p:Partnership {id: $newPid}) DETACH DELETE p
