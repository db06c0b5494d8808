SELECT urn, name, phase, pupils, fsm, rating FROM School WHERE urn = $urn
