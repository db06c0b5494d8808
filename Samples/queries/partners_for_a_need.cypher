// Which schools could help a school with an area of practice it needs?
//
// Parameters (edit the literals in the first line):
//   schoolName  the school looking for help
//   areaName    an area of practice that school NEEDS (no rows if it does not need it)
//   minLevel    the least STRENGTH level worth asking for: 1 emerging, 2 established, 3 leading
//   minKm       helpers must be at least this far away, in km as the crow flies, so that they
//               are not local rivals for the same families
//
// A helper has the area as a STRENGTH of at least minLevel, is in a different local authority,
// is at least minKm away and is in a different free-school-meals band from the school asking
// (bands: under 15%, 15% to 30%, 30% or more), so it brings experience of a different intake.
//
// Reading the result: one row per helper, the strongest first, then the nearest. `evidence` is
// the helper's own evidence for its strength; `fsm` is its % of pupils eligible for free meals.
WITH 'Padnell Junior School' AS schoolName, 'phonics' AS areaName, 2 AS minLevel, 25.0 AS minKm
MATCH (me:School {name: schoolName})-[:NEEDS]->(area:Area {name: areaName}),
      (me)-[:IN_AUTHORITY]->(home:Authority)
MATCH (helper:School)-[strength:STRENGTH]->(area),
      (helper)-[:IN_AUTHORITY]->(authority:Authority)
WHERE strength.level >= minLevel AND authority <> home
WITH helper, strength, authority, minKm, distance(me, helper) AS exactKm,
     CASE WHEN me.fsm < 15 THEN 'under 15%' WHEN me.fsm < 30 THEN '15% to 30%' ELSE '30% or more' END AS myBand,
     CASE WHEN helper.fsm < 15 THEN 'under 15%' WHEN helper.fsm < 30 THEN '15% to 30%' ELSE '30% or more' END AS fsmBand
WHERE exactKm >= minKm AND fsmBand <> myBand
RETURN helper.name AS school, authority.name AS authority, strength.level AS level,
       strength.evidence AS evidence, round(exactKm, 1) AS km, helper.fsm AS fsm, fsmBand
ORDER BY level DESC, exactKm, school
