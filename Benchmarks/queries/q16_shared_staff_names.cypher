// Names that school leaders and teachers share, with how many people bear each (a data-quality
// check before matching people across schools: a filtered scan of every Person, ~480 groups).
MATCH (p:Person)
WHERE p.role <> 'headteacher'
RETURN p.name AS name, count(*) AS people
ORDER BY people DESC, name
