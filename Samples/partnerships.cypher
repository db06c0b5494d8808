// Trellis sample: school-to-school improvement partnerships.
//
// Load it with `trellis --init Samples/partnerships.cypher` (or `make run`). Samples/README.md
// says what is public and what is invented; in short: the five Hampshire partnership schools are
// real schools (names, local authority, towns), but every figure, review, goal, person and result
// attached to them is invented, and every other school is made up. URNs 900001 and up are outside
// the real range. Results are aggregates per school, year, measure and pupil group, never about
// individual pupils.
//
// Written by Samples/generate_sample.py; edit that script and run it again rather than this file.

// ===== Indexes ==============================================================================

CREATE INDEX FOR (s:School) ON (s.urn);
CREATE INDEX FOR (s:School) ON (s.name);
CREATE INDEX FOR (a:Authority) ON (a.code);
CREATE INDEX FOR (p:Partnership) ON (p.id);
CREATE INDEX FOR (a:Area) ON (a.name);
CREATE INDEX FOR (p:Person) ON (p.id);
CREATE INDEX FOR (r:Review) ON (r.id);
CREATE INDEX FOR (g:Goal) ON (g.id);
CREATE INDEX FOR (a:Activity) ON (a.id);
CREATE INDEX FOR (r:Result) ON (r.id);

// ===== Regions and local authorities ========================================================
// Authority codes are GSS-style council codes. The Scottish regions are this sample's own
// groupings of councils, not official bodies.

UNWIND ['South East', 'South West', 'North of Scotland', 'Tayside and Fife', 'Forth Valley and the Lothians', 'South of Scotland'] AS name
CREATE (:Region {name: name});

UNWIND [
  {code: 'E10000014', name: 'Hampshire', country: 'England', region: 'South East'},
  {code: 'E06000044', name: 'Portsmouth', country: 'England', region: 'South East'},
  {code: 'E06000045', name: 'Southampton', country: 'England', region: 'South East'},
  {code: 'E10000032', name: 'West Sussex', country: 'England', region: 'South East'},
  {code: 'E06000023', name: 'Bristol', country: 'England', region: 'South West'},
  {code: 'E06000026', name: 'Plymouth', country: 'England', region: 'South West'},
  {code: 'S12000017', name: 'Highland', country: 'Scotland', region: 'North of Scotland'},
  {code: 'S12000034', name: 'Aberdeenshire', country: 'Scotland', region: 'North of Scotland'},
  {code: 'S12000041', name: 'Angus', country: 'Scotland', region: 'Tayside and Fife'},
  {code: 'S12000042', name: 'Dundee City', country: 'Scotland', region: 'Tayside and Fife'},
  {code: 'S12000048', name: 'Perth and Kinross', country: 'Scotland', region: 'Tayside and Fife'},
  {code: 'S12000047', name: 'Fife', country: 'Scotland', region: 'Tayside and Fife'},
  {code: 'S12000030', name: 'Stirling', country: 'Scotland', region: 'Forth Valley and the Lothians'},
  {code: 'S12000014', name: 'Falkirk', country: 'Scotland', region: 'Forth Valley and the Lothians'},
  {code: 'S12000005', name: 'Clackmannanshire', country: 'Scotland', region: 'Forth Valley and the Lothians'},
  {code: 'S12000040', name: 'West Lothian', country: 'Scotland', region: 'Forth Valley and the Lothians'},
  {code: 'S12000010', name: 'East Lothian', country: 'Scotland', region: 'Forth Valley and the Lothians'},
  {code: 'S12000026', name: 'Scottish Borders', country: 'Scotland', region: 'South of Scotland'},
  {code: 'S12000006', name: 'Dumfries and Galloway', country: 'Scotland', region: 'South of Scotland'}
] AS a
MATCH (r:Region {name: a.region})
CREATE (:Authority {code: a.code, name: a.name, country: a.country})-[:IN_REGION]->(r);

// ===== Areas of practice ====================================================================

UNWIND ['phonics', 'reading', 'writing', 'maths', 'behaviour for learning', 'disadvantaged pupils', 'leadership', 'assessment', 'SEND', 'attendance', 'curriculum design', 'early years'] AS name
CREATE (:Area {name: name});

// ===== Programmes and partnerships ==========================================================
// The Hampshire partnership (formed March 2018) belongs to no programme here; the others are
// invented. `formed` is a date; where only the month is known the day is the 1st.

UNWIND ['Regional Improvement Collaborative — illustrative', 'Peer Review Pilot — illustrative'] AS name
CREATE (:Programme {name: name});

UNWIND [
  {id: 'P01', name: 'Hampshire Five Schools Partnership', kind: 'improvement-partnership', formed: '2018-03-01', programme: null},
  {id: 'P02', name: 'Solent Coast Trust', kind: 'trust', formed: '2020-09-01', programme: 'Peer Review Pilot — illustrative'},
  {id: 'P03', name: 'Floating Harbour Federation', kind: 'federation', formed: '2019-04-01', programme: 'Peer Review Pilot — illustrative'},
  {id: 'S01', name: 'Moray Firth and Buchan Collaborative', kind: 'improvement-partnership', formed: '2019-08-19', programme: 'Regional Improvement Collaborative — illustrative'},
  {id: 'S02', name: 'Tay Estuary Cluster', kind: 'cluster', formed: '2019-10-01', programme: 'Regional Improvement Collaborative — illustrative'},
  {id: 'S03', name: 'Perthshire and North Fife Collaborative', kind: 'improvement-partnership', formed: '2020-01-13', programme: 'Regional Improvement Collaborative — illustrative'},
  {id: 'S04', name: 'Forth Valley Numeracy Partnership', kind: 'improvement-partnership', formed: '2021-02-01', programme: 'Regional Improvement Collaborative — illustrative'},
  {id: 'S05', name: 'Lothians Literacy Network', kind: 'improvement-partnership', formed: '2021-09-01', programme: 'Regional Improvement Collaborative — illustrative'},
  {id: 'S06', name: 'Borders and Galloway Rural Schools Cluster', kind: 'cluster', formed: '2022-01-10', programme: 'Regional Improvement Collaborative — illustrative'},
  {id: 'S07', name: 'Kingdom Schools Cluster', kind: 'cluster', formed: '2019-09-02', programme: 'Regional Improvement Collaborative — illustrative'},
  {id: 'S08', name: 'Highland Small Schools Federation', kind: 'federation', formed: '2022-08-22', programme: 'Regional Improvement Collaborative — illustrative'}
] AS p
CREATE (partnership:Partnership {id: p.id, name: p.name, kind: p.kind, formed: date(p.formed)})
WITH partnership, p
MATCH (programme:Programme {name: p.programme})
CREATE (partnership)-[:IN_PROGRAMME]->(programme);

// ===== Schools ==============================================================================
// phase: primary/secondary/special/all-through/nursery; fsm: % of pupils eligible for free
// school meals; lat/lon in degrees; postcode: the district only; rating: the latest inspection
// outcome (Ofsted words in England, the six-point evaluation scale in Scotland); all invented.

// Hampshire. The first five are the real partnership schools: their names and towns are public;
// lat/lon are those of their towns; URN, pupils and fsm are invented; type and rating are left out.
MATCH (a:Authority {code: 'E10000014'})
CREATE
  (:School {urn: 900001, name: 'Padnell Junior School', phase: 'primary', pupils: 368, fsm: 18.4, lat: 50.894, lon: -1.019, postcode: 'PO8'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900002, name: 'Purbrook Junior School', phase: 'primary', pupils: 446, fsm: 21.7, lat: 50.864, lon: -1.035, postcode: 'PO7'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900003, name: 'Clanfield Junior School', phase: 'primary', pupils: 266, fsm: 9.8, lat: 50.944, lon: -1.021, postcode: 'PO8'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900004, name: 'St Albans Primary School', phase: 'primary', pupils: 459, fsm: 36.2, lat: 50.862, lon: -0.960, postcode: 'PO9'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900005, name: 'Denmead Junior School', phase: 'primary', pupils: 291, fsm: 11.5, lat: 50.903, lon: -1.066, postcode: 'PO7'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900101, name: 'Bishopstoke Meadow Primary School', phase: 'primary', type: 'academy', pupils: 381, fsm: 42.0, lat: 50.969, lon: -1.331, postcode: 'SO50', rating: 'Good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900102, name: 'Larkwhistle Junior School', phase: 'primary', type: 'community school', pupils: 377, fsm: 11.9, lat: 51.003, lon: -0.935, postcode: 'GU32', rating: 'Outstanding'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900103, name: 'Chalkdown Secondary School', phase: 'secondary', type: 'academy', pupils: 917, fsm: 15.1, lat: 51.266, lon: -1.087, postcode: 'RG21', rating: 'Good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900104, name: 'Test Valley Special School', phase: 'special', type: 'community special school', pupils: 81, fsm: 11.1, lat: 51.208, lon: -1.480, postcode: 'SP10', rating: 'Requires improvement'})-[:IN_AUTHORITY]->(a);

// Portsmouth (made-up schools)
MATCH (a:Authority {code: 'E06000044'})
CREATE
  (:School {urn: 900105, name: 'Harbourlight Primary School', phase: 'primary', type: 'academy', pupils: 158, fsm: 38.0, lat: 50.790, lon: -1.060, postcode: 'PO4', rating: 'Outstanding'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900106, name: 'Spinnaker Academy', phase: 'secondary', type: 'academy', pupils: 768, fsm: 18.3, lat: 50.815, lon: -1.080, postcode: 'PO2', rating: 'Requires improvement'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900107, name: 'Hilsea Lines Infant School', phase: 'primary', type: 'community school', pupils: 266, fsm: 40.6, lat: 50.830, lon: -1.070, postcode: 'PO3', rating: 'Requires improvement'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900108, name: 'Southsea Common Primary School', phase: 'primary', type: 'voluntary aided school', pupils: 442, fsm: 8.4, lat: 50.785, lon: -1.090, postcode: 'PO5', rating: 'Outstanding'})-[:IN_AUTHORITY]->(a);

// Southampton (made-up schools)
MATCH (a:Authority {code: 'E06000045'})
CREATE
  (:School {urn: 900109, name: 'Riverside Quay Primary School', phase: 'primary', type: 'academy', pupils: 405, fsm: 41.2, lat: 50.900, lon: -1.388, postcode: 'SO14', rating: 'Good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900110, name: 'Sholing Heath Primary School', phase: 'primary', type: 'community school', pupils: 397, fsm: 35.0, lat: 50.893, lon: -1.360, postcode: 'SO19', rating: 'Good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900111, name: 'Common Edge Academy', phase: 'secondary', type: 'academy', pupils: 1271, fsm: 23.3, lat: 50.930, lon: -1.400, postcode: 'SO17', rating: 'Good'})-[:IN_AUTHORITY]->(a);

// West Sussex (made-up schools)
MATCH (a:Authority {code: 'E10000032'})
CREATE
  (:School {urn: 900112, name: 'Cathedral Green Primary School', phase: 'primary', type: 'voluntary aided school', pupils: 258, fsm: 12.4, lat: 50.836, lon: -0.779, postcode: 'PO19', rating: 'Good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900113, name: 'Tilgate Forest Primary School', phase: 'primary', type: 'community school', pupils: 291, fsm: 8.3, lat: 51.100, lon: -0.180, postcode: 'RH10', rating: 'Outstanding'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900114, name: 'Arun Valley Primary School', phase: 'primary', type: 'academy', pupils: 408, fsm: 21.1, lat: 50.855, lon: -0.555, postcode: 'BN18', rating: 'Outstanding'})-[:IN_AUTHORITY]->(a);

// Bristol (made-up schools)
MATCH (a:Authority {code: 'E06000023'})
CREATE
  (:School {urn: 900115, name: 'Floating Harbour Primary School', phase: 'primary', type: 'community school', pupils: 195, fsm: 27.0, lat: 51.448, lon: -2.600, postcode: 'BS1', rating: 'Outstanding'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900116, name: 'Avon Gorge Special School', phase: 'special', type: 'community special school', pupils: 170, fsm: 29.2, lat: 51.460, lon: -2.620, postcode: 'BS8', rating: 'Outstanding'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900117, name: 'Frome Vale Academy', phase: 'secondary', type: 'academy', pupils: 1342, fsm: 23.9, lat: 51.480, lon: -2.530, postcode: 'BS16', rating: 'Good'})-[:IN_AUTHORITY]->(a);

// Plymouth (made-up schools)
MATCH (a:Authority {code: 'E06000026'})
CREATE
  (:School {urn: 900118, name: 'Tamar View Primary School', phase: 'primary', type: 'academy', pupils: 223, fsm: 12.0, lat: 50.410, lon: -4.190, postcode: 'PL5', rating: 'Good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900119, name: 'Sound Edge Primary School', phase: 'primary', type: 'community school', pupils: 303, fsm: 31.5, lat: 50.365, lon: -4.150, postcode: 'PL1', rating: 'Outstanding'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 900120, name: 'Dartmoor Gate Academy', phase: 'secondary', type: 'academy', pupils: 1027, fsm: 41.2, lat: 50.420, lon: -4.100, postcode: 'PL6', rating: 'Outstanding'})-[:IN_AUTHORITY]->(a);

// Highland (made-up schools)
MATCH (a:Authority {code: 'S12000017'})
CREATE
  (:School {urn: 950001, name: 'Osprey Glen Primary School', phase: 'primary', type: 'local authority school', pupils: 304, fsm: 9.0, lat: 57.470, lon: -4.190, postcode: 'IV2', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950002, name: 'Corrie Brae Primary School', phase: 'primary', type: 'local authority school', pupils: 433, fsm: 25.2, lat: 57.586, lon: -3.869, postcode: 'IV12', rating: 'very good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950003, name: 'Moray Firth Academy', phase: 'secondary', type: 'local authority school', pupils: 1465, fsm: 42.3, lat: 57.480, lon: -4.240, postcode: 'IV3', rating: 'satisfactory'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950004, name: 'Rowanlea Primary School', phase: 'primary', type: 'local authority school', pupils: 262, fsm: 26.9, lat: 57.596, lon: -4.428, postcode: 'IV15', rating: 'very good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950005, name: 'Strathcorran Primary School', phase: 'primary', type: 'local authority school', pupils: 345, fsm: 26.7, lat: 56.820, lon: -5.105, postcode: 'PH33', rating: 'satisfactory'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950006, name: 'Bealach Primary School', phase: 'primary', type: 'local authority school', pupils: 349, fsm: 6.2, lat: 56.880, lon: -5.020, postcode: 'PH33', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950007, name: 'Ardvarra School', phase: 'all-through', type: 'local authority school', pupils: 277, fsm: 33.8, lat: 58.590, lon: -3.520, postcode: 'KW14', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950008, name: 'Heatherbank Primary School', phase: 'primary', type: 'local authority school', pupils: 246, fsm: 32.7, lat: 57.460, lon: -4.210, postcode: 'IV2', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950009, name: 'Little Puffins Nursery', phase: 'nursery', type: 'local authority school', pupils: 76, fsm: 9.2, lat: 58.595, lon: -3.530, postcode: 'KW14', rating: 'weak'})-[:IN_AUTHORITY]->(a);

// Aberdeenshire (made-up schools)
MATCH (a:Authority {code: 'S12000034'})
CREATE
  (:School {urn: 950010, name: 'Bennachie View Primary School', phase: 'primary', type: 'local authority school', pupils: 154, fsm: 35.3, lat: 57.284, lon: -2.373, postcode: 'AB51', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950011, name: 'Buchan Ness Academy', phase: 'secondary', type: 'local authority school', pupils: 1070, fsm: 20.2, lat: 57.505, lon: -1.796, postcode: 'AB42', rating: 'satisfactory'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950012, name: 'Cowie Haven Primary School', phase: 'primary', type: 'local authority school', pupils: 172, fsm: 30.2, lat: 56.963, lon: -2.209, postcode: 'AB39', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950013, name: 'Ythan Bank Primary School', phase: 'primary', type: 'local authority school', pupils: 351, fsm: 34.9, lat: 57.366, lon: -2.070, postcode: 'AB41', rating: 'good'})-[:IN_AUTHORITY]->(a);

// Angus (made-up schools)
MATCH (a:Authority {code: 'S12000041'})
CREATE
  (:School {urn: 950014, name: 'Lunan Bay Primary School', phase: 'primary', type: 'local authority school', pupils: 381, fsm: 16.4, lat: 56.561, lon: -2.586, postcode: 'DD11', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950015, name: 'Strathmore Vale Academy', phase: 'secondary', type: 'local authority school', pupils: 1323, fsm: 31.6, lat: 56.644, lon: -2.889, postcode: 'DD8', rating: 'satisfactory'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950016, name: 'Basin View Primary School', phase: 'primary', type: 'local authority school', pupils: 155, fsm: 10.1, lat: 56.708, lon: -2.467, postcode: 'DD10', rating: 'satisfactory'})-[:IN_AUTHORITY]->(a);

// Dundee City (made-up schools)
MATCH (a:Authority {code: 'S12000042'})
CREATE
  (:School {urn: 950017, name: 'Tayview Primary School', phase: 'primary', type: 'local authority school', pupils: 331, fsm: 33.0, lat: 56.462, lon: -2.971, postcode: 'DD1', rating: 'very good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950018, name: 'Law Brae Primary School', phase: 'primary', type: 'local authority school', pupils: 426, fsm: 7.3, lat: 56.470, lon: -2.990, postcode: 'DD3', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950019, name: 'Discovery Quay Special School', phase: 'special', type: 'local authority school', pupils: 124, fsm: 29.9, lat: 56.458, lon: -2.965, postcode: 'DD1', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950020, name: 'Eastfield Brae Primary School', phase: 'primary', type: 'local authority school', pupils: 184, fsm: 10.4, lat: 56.475, lon: -2.900, postcode: 'DD4', rating: 'weak'})-[:IN_AUTHORITY]->(a);

// Perth and Kinross (made-up schools)
MATCH (a:Authority {code: 'S12000048'})
CREATE
  (:School {urn: 950021, name: 'Kinnoull Brae Primary School', phase: 'primary', type: 'local authority school', pupils: 154, fsm: 32.1, lat: 56.396, lon: -3.437, postcode: 'PH2', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950022, name: 'Earn Valley Primary School', phase: 'primary', type: 'local authority school', pupils: 216, fsm: 32.3, lat: 56.373, lon: -3.840, postcode: 'PH7', rating: 'very good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950023, name: 'Ericht Academy', phase: 'secondary', type: 'local authority school', pupils: 952, fsm: 29.7, lat: 56.590, lon: -3.340, postcode: 'PH10', rating: 'weak'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950024, name: 'Loch Leven Shore Primary School', phase: 'primary', type: 'local authority school', pupils: 204, fsm: 16.7, lat: 56.205, lon: -3.420, postcode: 'KY13', rating: 'weak'})-[:IN_AUTHORITY]->(a);

// Fife (made-up schools)
MATCH (a:Authority {code: 'S12000047'})
CREATE
  (:School {urn: 950025, name: 'Eden Valley Primary School', phase: 'primary', type: 'local authority school', pupils: 220, fsm: 18.8, lat: 56.320, lon: -3.010, postcode: 'KY15', rating: 'satisfactory'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950026, name: 'Tentsmuir Primary School', phase: 'primary', type: 'local authority school', pupils: 213, fsm: 43.6, lat: 56.380, lon: -2.880, postcode: 'KY16', rating: 'satisfactory'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950027, name: 'Lomond Hills Primary School', phase: 'primary', type: 'local authority school', pupils: 242, fsm: 24.0, lat: 56.195, lon: -3.172, postcode: 'KY7', rating: 'weak'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950028, name: 'Ravenscraig Shore Primary School', phase: 'primary', type: 'local authority school', pupils: 355, fsm: 33.6, lat: 56.112, lon: -3.160, postcode: 'KY1', rating: 'very good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950029, name: 'Carnegie Glen Primary School', phase: 'primary', type: 'local authority school', pupils: 156, fsm: 15.8, lat: 56.071, lon: -3.452, postcode: 'KY12', rating: 'weak'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950030, name: 'Leven Links Academy', phase: 'secondary', type: 'local authority school', pupils: 735, fsm: 32.5, lat: 56.195, lon: -3.000, postcode: 'KY8', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950031, name: 'Forth Bridges Primary School', phase: 'primary', type: 'local authority school', pupils: 401, fsm: 30.2, lat: 56.030, lon: -3.400, postcode: 'KY11', rating: 'very good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950032, name: 'East Neuk Primary School', phase: 'primary', type: 'local authority school', pupils: 398, fsm: 36.6, lat: 56.223, lon: -2.700, postcode: 'KY10', rating: 'very good'})-[:IN_AUTHORITY]->(a);

// Stirling (made-up schools)
MATCH (a:Authority {code: 'S12000030'})
CREATE
  (:School {urn: 950033, name: 'Castle Rock Primary School', phase: 'primary', type: 'local authority school', pupils: 331, fsm: 14.6, lat: 56.117, lon: -3.936, postcode: 'FK8', rating: 'satisfactory'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950034, name: 'Teith Valley Primary School', phase: 'primary', type: 'local authority school', pupils: 357, fsm: 7.1, lat: 56.244, lon: -4.214, postcode: 'FK17', rating: 'satisfactory'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950035, name: 'Allan Water Primary School', phase: 'primary', type: 'local authority school', pupils: 428, fsm: 35.7, lat: 56.154, lon: -3.947, postcode: 'FK9', rating: 'good'})-[:IN_AUTHORITY]->(a);

// Falkirk (made-up schools)
MATCH (a:Authority {code: 'S12000014'})
CREATE
  (:School {urn: 950036, name: 'Carron Glen Primary School', phase: 'primary', type: 'local authority school', pupils: 248, fsm: 30.5, lat: 56.002, lon: -3.784, postcode: 'FK1', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950037, name: 'Antonine Wall Academy', phase: 'secondary', type: 'local authority school', pupils: 1019, fsm: 8.4, lat: 56.011, lon: -3.717, postcode: 'FK3', rating: 'satisfactory'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950038, name: 'Kinneil Shore Primary School', phase: 'primary', type: 'local authority school', pupils: 281, fsm: 8.6, lat: 56.017, lon: -3.609, postcode: 'EH51', rating: 'good'})-[:IN_AUTHORITY]->(a);

// Clackmannanshire (made-up schools)
MATCH (a:Authority {code: 'S12000005'})
CREATE
  (:School {urn: 950039, name: 'Ochil View Primary School', phase: 'primary', type: 'local authority school', pupils: 216, fsm: 40.2, lat: 56.153, lon: -3.740, postcode: 'FK13', rating: 'weak'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950040, name: 'Wee County Special School', phase: 'special', type: 'local authority school', pupils: 64, fsm: 14.3, lat: 56.116, lon: -3.790, postcode: 'FK10', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950041, name: 'Devon Banks Primary School', phase: 'primary', type: 'local authority school', pupils: 355, fsm: 42.8, lat: 56.153, lon: -3.800, postcode: 'FK12', rating: 'very good'})-[:IN_AUTHORITY]->(a);

// West Lothian (made-up schools)
MATCH (a:Authority {code: 'S12000040'})
CREATE
  (:School {urn: 950042, name: 'Almond Bank Primary School', phase: 'primary', type: 'local authority school', pupils: 455, fsm: 31.0, lat: 55.886, lon: -3.523, postcode: 'EH54', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950043, name: 'Cairnpapple Primary School', phase: 'primary', type: 'local authority school', pupils: 377, fsm: 31.4, lat: 55.902, lon: -3.643, postcode: 'EH48', rating: 'very good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950044, name: 'Linlithgow Loch Academy', phase: 'secondary', type: 'local authority school', pupils: 896, fsm: 19.4, lat: 55.977, lon: -3.600, postcode: 'EH49', rating: 'very good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950045, name: 'Breich Water Primary School', phase: 'primary', type: 'local authority school', pupils: 184, fsm: 34.2, lat: 55.830, lon: -3.650, postcode: 'EH55', rating: 'satisfactory'})-[:IN_AUTHORITY]->(a);

// East Lothian (made-up schools)
MATCH (a:Authority {code: 'S12000010'})
CREATE
  (:School {urn: 950046, name: 'Traprain Primary School', phase: 'primary', type: 'local authority school', pupils: 257, fsm: 16.1, lat: 55.956, lon: -2.781, postcode: 'EH41', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950047, name: 'Belhaven Bay Primary School', phase: 'primary', type: 'local authority school', pupils: 206, fsm: 8.2, lat: 56.000, lon: -2.517, postcode: 'EH42', rating: 'very good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950048, name: 'Esk Mouth Primary School', phase: 'primary', type: 'local authority school', pupils: 167, fsm: 39.5, lat: 55.942, lon: -3.054, postcode: 'EH21', rating: 'satisfactory'})-[:IN_AUTHORITY]->(a);

// Scottish Borders (made-up schools)
MATCH (a:Authority {code: 'S12000026'})
CREATE
  (:School {urn: 950049, name: 'Gala Water Primary School', phase: 'primary', type: 'local authority school', pupils: 296, fsm: 35.9, lat: 55.614, lon: -2.808, postcode: 'TD1', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950050, name: 'Teviot Bank Primary School', phase: 'primary', type: 'local authority school', pupils: 356, fsm: 7.5, lat: 55.422, lon: -2.787, postcode: 'TD9', rating: 'satisfactory'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950051, name: 'Tweed Valley Academy', phase: 'secondary', type: 'local authority school', pupils: 1475, fsm: 37.1, lat: 55.651, lon: -3.189, postcode: 'EH45', rating: 'satisfactory'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950052, name: 'Floors Haugh Primary School', phase: 'primary', type: 'local authority school', pupils: 289, fsm: 31.1, lat: 55.598, lon: -2.433, postcode: 'TD5', rating: 'very good'})-[:IN_AUTHORITY]->(a);

// Dumfries and Galloway (made-up schools)
MATCH (a:Authority {code: 'S12000006'})
CREATE
  (:School {urn: 950053, name: 'Nithside Primary School', phase: 'primary', type: 'local authority school', pupils: 374, fsm: 29.5, lat: 55.070, lon: -3.605, postcode: 'DG1', rating: 'good'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950054, name: 'Loch Ryan Primary School', phase: 'primary', type: 'local authority school', pupils: 413, fsm: 11.9, lat: 54.903, lon: -5.024, postcode: 'DG9', rating: 'weak'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950055, name: 'Threave Primary School', phase: 'primary', type: 'local authority school', pupils: 184, fsm: 10.1, lat: 54.941, lon: -3.930, postcode: 'DG7', rating: 'satisfactory'})-[:IN_AUTHORITY]->(a),
  (:School {urn: 950056, name: 'Solway Firth Nursery', phase: 'nursery', type: 'local authority school', pupils: 89, fsm: 16.3, lat: 54.987, lon: -3.260, postcode: 'DG12', rating: 'good'})-[:IN_AUTHORITY]->(a);

// ===== Memberships ==========================================================================
// role: lead/member. A membership with `until` has ended: that school is in no partnership now.

// Hampshire Five Schools Partnership
MATCH (p:Partnership {id: 'P01'})
UNWIND [
  {urn: 900001, role: 'lead', since: '2018-03-01'},  // Padnell Junior School
  {urn: 900002, role: 'member', since: '2018-03-01'},  // Purbrook Junior School
  {urn: 900003, role: 'member', since: '2018-03-01'},  // Clanfield Junior School
  {urn: 900004, role: 'member', since: '2018-03-01'},  // St Albans Primary School
  {urn: 900005, role: 'member', since: '2018-03-01'}  // Denmead Junior School
] AS m
MATCH (s:School {urn: m.urn})
CREATE (s)-[:MEMBER_OF {since: date(m.since), until: date(m.until), role: m.role}]->(p);

// Solent Coast Trust
MATCH (p:Partnership {id: 'P02'})
UNWIND [
  {urn: 900101, role: 'member', since: '2020-09-01'},  // Bishopstoke Meadow Primary School
  {urn: 900105, role: 'member', since: '2020-09-01'},  // Harbourlight Primary School
  {urn: 900106, role: 'lead', since: '2020-09-01'},  // Spinnaker Academy
  {urn: 900109, role: 'member', since: '2020-09-01'}  // Riverside Quay Primary School
] AS m
MATCH (s:School {urn: m.urn})
CREATE (s)-[:MEMBER_OF {since: date(m.since), until: date(m.until), role: m.role}]->(p);

// Floating Harbour Federation
MATCH (p:Partnership {id: 'P03'})
UNWIND [
  {urn: 900115, role: 'lead', since: '2019-04-01'},  // Floating Harbour Primary School
  {urn: 900116, role: 'member', since: '2019-04-01'}  // Avon Gorge Special School
] AS m
MATCH (s:School {urn: m.urn})
CREATE (s)-[:MEMBER_OF {since: date(m.since), until: date(m.until), role: m.role}]->(p);

// Moray Firth and Buchan Collaborative
MATCH (p:Partnership {id: 'S01'})
UNWIND [
  {urn: 950001, role: 'member', since: '2019-08-19'},  // Osprey Glen Primary School
  {urn: 950002, role: 'member', since: '2019-08-19'},  // Corrie Brae Primary School
  {urn: 950003, role: 'lead', since: '2019-08-19'},  // Moray Firth Academy
  {urn: 950010, role: 'member', since: '2021-08-16'},  // Bennachie View Primary School
  {urn: 950011, role: 'member', since: '2019-08-19'},  // Buchan Ness Academy
  {urn: 950012, role: 'member', since: '2019-08-19'}  // Cowie Haven Primary School
] AS m
MATCH (s:School {urn: m.urn})
CREATE (s)-[:MEMBER_OF {since: date(m.since), until: date(m.until), role: m.role}]->(p);

// Tay Estuary Cluster
MATCH (p:Partnership {id: 'S02'})
UNWIND [
  {urn: 950014, role: 'member', since: '2019-10-01'},  // Lunan Bay Primary School
  {urn: 950015, role: 'member', since: '2019-10-01'},  // Strathmore Vale Academy
  {urn: 950017, role: 'lead', since: '2019-10-01'},  // Tayview Primary School
  {urn: 950018, role: 'member', since: '2019-10-01'},  // Law Brae Primary School
  {urn: 950019, role: 'member', since: '2019-10-01'}  // Discovery Quay Special School
] AS m
MATCH (s:School {urn: m.urn})
CREATE (s)-[:MEMBER_OF {since: date(m.since), until: date(m.until), role: m.role}]->(p);

// Perthshire and North Fife Collaborative
MATCH (p:Partnership {id: 'S03'})
UNWIND [
  {urn: 950021, role: 'lead', since: '2020-01-13'},  // Kinnoull Brae Primary School
  {urn: 950022, role: 'member', since: '2020-01-13'},  // Earn Valley Primary School
  {urn: 950023, role: 'member', since: '2020-01-13'},  // Ericht Academy
  {urn: 950025, role: 'member', since: '2020-01-13'},  // Eden Valley Primary School
  {urn: 950026, role: 'member', since: '2020-01-13'}  // Tentsmuir Primary School
] AS m
MATCH (s:School {urn: m.urn})
CREATE (s)-[:MEMBER_OF {since: date(m.since), until: date(m.until), role: m.role}]->(p);

// Forth Valley Numeracy Partnership
MATCH (p:Partnership {id: 'S04'})
UNWIND [
  {urn: 950033, role: 'member', since: '2021-02-01'},  // Castle Rock Primary School
  {urn: 950034, role: 'member', since: '2021-02-01'},  // Teith Valley Primary School
  {urn: 950036, role: 'member', since: '2021-02-01'},  // Carron Glen Primary School
  {urn: 950037, role: 'lead', since: '2021-02-01'},  // Antonine Wall Academy
  {urn: 950039, role: 'member', since: '2021-02-01'},  // Ochil View Primary School
  {urn: 950040, role: 'member', since: '2021-02-01'}  // Wee County Special School
] AS m
MATCH (s:School {urn: m.urn})
CREATE (s)-[:MEMBER_OF {since: date(m.since), until: date(m.until), role: m.role}]->(p);

// Lothians Literacy Network
MATCH (p:Partnership {id: 'S05'})
UNWIND [
  {urn: 950042, role: 'member', since: '2021-09-01'},  // Almond Bank Primary School
  {urn: 950043, role: 'member', since: '2022-08-17'},  // Cairnpapple Primary School
  {urn: 950044, role: 'lead', since: '2021-09-01'},  // Linlithgow Loch Academy
  {urn: 950046, role: 'member', since: '2021-09-01'},  // Traprain Primary School
  {urn: 950047, role: 'member', since: '2021-09-01'}  // Belhaven Bay Primary School
] AS m
MATCH (s:School {urn: m.urn})
CREATE (s)-[:MEMBER_OF {since: date(m.since), until: date(m.until), role: m.role}]->(p);

// Borders and Galloway Rural Schools Cluster
MATCH (p:Partnership {id: 'S06'})
UNWIND [
  {urn: 950049, role: 'member', since: '2022-01-10'},  // Gala Water Primary School
  {urn: 950050, role: 'member', since: '2022-01-10'},  // Teviot Bank Primary School
  {urn: 950051, role: 'lead', since: '2022-01-10'},  // Tweed Valley Academy
  {urn: 950053, role: 'member', since: '2022-01-10'},  // Nithside Primary School
  {urn: 950054, role: 'member', since: '2022-01-10'},  // Loch Ryan Primary School
  {urn: 950055, role: 'member', since: '2022-01-10'}  // Threave Primary School
] AS m
MATCH (s:School {urn: m.urn})
CREATE (s)-[:MEMBER_OF {since: date(m.since), until: date(m.until), role: m.role}]->(p);

// Kingdom Schools Cluster
MATCH (p:Partnership {id: 'S07'})
UNWIND [
  {urn: 950027, role: 'member', since: '2019-09-02'},  // Lomond Hills Primary School
  {urn: 950028, role: 'member', since: '2019-09-02'},  // Ravenscraig Shore Primary School
  {urn: 950029, role: 'member', since: '2019-09-02'},  // Carnegie Glen Primary School
  {urn: 950030, role: 'lead', since: '2019-09-02'},  // Leven Links Academy
  {urn: 950031, role: 'member', since: '2019-09-02', until: '2023-07-31'}  // Forth Bridges Primary School
] AS m
MATCH (s:School {urn: m.urn})
CREATE (s)-[:MEMBER_OF {since: date(m.since), until: date(m.until), role: m.role}]->(p);

// Highland Small Schools Federation
MATCH (p:Partnership {id: 'S08'})
UNWIND [
  {urn: 950004, role: 'member', since: '2022-08-22'},  // Rowanlea Primary School
  {urn: 950005, role: 'member', since: '2022-08-22'},  // Strathcorran Primary School
  {urn: 950006, role: 'member', since: '2022-08-22'},  // Bealach Primary School
  {urn: 950007, role: 'lead', since: '2022-08-22'}  // Ardvarra School
] AS m
MATCH (s:School {urn: m.urn})
CREATE (s)-[:MEMBER_OF {since: date(m.since), until: date(m.until), role: m.role}]->(p);

// ===== Strengths and needs ==================================================================
// STRENGTH level: 1 emerging, 2 established, 3 leading others. NEEDS priority: 1 highest.

UNWIND [
  {urn: 900001, area: 'behaviour for learning', level: 2, evidence: 'consistent routines praised by visitors'},  // Padnell Junior School
  {urn: 900001, area: 'maths', level: 3, evidence: 'maths results above average for three years'},  // Padnell Junior School
  {urn: 900002, area: 'phonics', level: 3, evidence: 'systematic phonics catch-up in Year 3'},  // Purbrook Junior School
  {urn: 900002, area: 'reading', level: 2, evidence: 'reading results above average for three years'},  // Purbrook Junior School
  {urn: 900003, area: 'assessment', level: 2, evidence: 'formative assessment used to adapt teaching'},  // Clanfield Junior School
  {urn: 900003, area: 'writing', level: 3, evidence: 'modelled writing sequence used in every class'},  // Clanfield Junior School
  {urn: 900004, area: 'SEND', level: 2, evidence: 'specialist outreach offered to others'},  // St Albans Primary School
  {urn: 900004, area: 'disadvantaged pupils', level: 3, evidence: 'pupil premium strategy with clear impact'},  // St Albans Primary School
  {urn: 900005, area: 'curriculum design', level: 3, evidence: 'subject leaders map knowledge progression'},  // Denmead Junior School
  {urn: 900005, area: 'leadership', level: 2, evidence: 'middle leaders trained and accredited'},  // Denmead Junior School
  {urn: 900101, area: 'SEND', level: 1, evidence: 'specialist outreach offered to others'},  // Bishopstoke Meadow Primary School
  {urn: 900101, area: 'attendance', level: 2, evidence: 'persistent absence well below average'},  // Bishopstoke Meadow Primary School
  {urn: 900101, area: 'curriculum design', level: 2, evidence: 'coherent, well-sequenced curriculum'},  // Bishopstoke Meadow Primary School
  {urn: 900102, area: 'SEND', level: 1, evidence: 'inclusive practice recognised by the local authority'},  // Larkwhistle Junior School
  {urn: 900103, area: 'SEND', level: 3, evidence: 'specialist outreach offered to others'},  // Chalkdown Secondary School
  {urn: 900103, area: 'leadership', level: 2, evidence: 'middle leaders trained and accredited'},  // Chalkdown Secondary School
  {urn: 900104, area: 'SEND', level: 2, evidence: 'specialist outreach offered to others'},  // Test Valley Special School
  {urn: 900104, area: 'assessment', level: 3, evidence: 'moderation leads for the local area'},  // Test Valley Special School
  {urn: 900104, area: 'behaviour for learning', level: 3, evidence: 'consistent routines praised by visitors'},  // Test Valley Special School
  {urn: 900105, area: 'phonics', level: 3, evidence: 'daily keep-up sessions for pupils who fall behind'},  // Harbourlight Primary School
  {urn: 900106, area: 'assessment', level: 2, evidence: 'moderation leads for the local area'},  // Spinnaker Academy
  {urn: 900106, area: 'attendance', level: 3, evidence: 'family liaison work with clear results'},  // Spinnaker Academy
  {urn: 900106, area: 'writing', level: 1, evidence: 'moderated writing judged secure'},  // Spinnaker Academy
  {urn: 900107, area: 'SEND', level: 2, evidence: 'inclusive practice recognised by the local authority'},  // Hilsea Lines Infant School
  {urn: 900107, area: 'maths', level: 2, evidence: 'maths results above average for three years'},  // Hilsea Lines Infant School
  {urn: 900108, area: 'SEND', level: 2, evidence: 'specialist outreach offered to others'},  // Southsea Common Primary School
  {urn: 900108, area: 'early years', level: 2, evidence: 'high proportion reaching a good level of development'},  // Southsea Common Primary School
  {urn: 900108, area: 'maths', level: 2, evidence: 'maths results above average for three years'},  // Southsea Common Primary School
  {urn: 900109, area: 'phonics', level: 2, evidence: 'phonics screening above the local average'},  // Riverside Quay Primary School
  {urn: 900110, area: 'phonics', level: 3, evidence: 'systematic phonics catch-up in Year 3'},  // Sholing Heath Primary School
  {urn: 900111, area: 'behaviour for learning', level: 1, evidence: 'low exclusions and calm classrooms'},  // Common Edge Academy
  {urn: 900111, area: 'disadvantaged pupils', level: 3, evidence: 'narrow attainment gap sustained'},  // Common Edge Academy
  {urn: 900112, area: 'phonics', level: 2, evidence: 'phonics screening above the local average'},  // Cathedral Green Primary School
  {urn: 900113, area: 'phonics', level: 1, evidence: 'daily keep-up sessions for pupils who fall behind'},  // Tilgate Forest Primary School
  {urn: 900114, area: 'assessment', level: 1, evidence: 'formative assessment used to adapt teaching'},  // Arun Valley Primary School
  {urn: 900114, area: 'disadvantaged pupils', level: 2, evidence: 'narrow attainment gap sustained'},  // Arun Valley Primary School
  {urn: 900114, area: 'reading', level: 2, evidence: 'whole-class reading with high-quality texts'},  // Arun Valley Primary School
  {urn: 900115, area: 'phonics', level: 3, evidence: 'systematic phonics catch-up in Year 3'},  // Floating Harbour Primary School
  {urn: 900116, area: 'SEND', level: 1, evidence: 'inclusive practice recognised by the local authority'},  // Avon Gorge Special School
  {urn: 900116, area: 'behaviour for learning', level: 1, evidence: 'low exclusions and calm classrooms'},  // Avon Gorge Special School
  {urn: 900117, area: 'behaviour for learning', level: 2, evidence: 'consistent routines praised by visitors'},  // Frome Vale Academy
  {urn: 900117, area: 'maths', level: 3, evidence: 'mastery approach embedded across the school'},  // Frome Vale Academy
  {urn: 900118, area: 'phonics', level: 2, evidence: 'daily keep-up sessions for pupils who fall behind'},  // Tamar View Primary School
  {urn: 900119, area: 'curriculum design', level: 2, evidence: 'coherent, well-sequenced curriculum'},  // Sound Edge Primary School
  {urn: 900119, area: 'maths', level: 2, evidence: 'mastery approach embedded across the school'},  // Sound Edge Primary School
  {urn: 900120, area: 'SEND', level: 2, evidence: 'inclusive practice recognised by the local authority'},  // Dartmoor Gate Academy
  {urn: 900120, area: 'leadership', level: 3, evidence: 'strong leadership development programme'},  // Dartmoor Gate Academy
  {urn: 950001, area: 'phonics', level: 3, evidence: 'phonics screening above the local average'},  // Osprey Glen Primary School
  {urn: 950002, area: 'SEND', level: 1, evidence: 'inclusive practice recognised by the local authority'},  // Corrie Brae Primary School
  {urn: 950003, area: 'SEND', level: 1, evidence: 'specialist outreach offered to others'},  // Moray Firth Academy
  {urn: 950004, area: 'assessment', level: 1, evidence: 'moderation leads for the local area'},  // Rowanlea Primary School
  {urn: 950004, area: 'behaviour for learning', level: 2, evidence: 'consistent routines praised by visitors'},  // Rowanlea Primary School
  {urn: 950005, area: 'SEND', level: 1, evidence: 'inclusive practice recognised by the local authority'},  // Strathcorran Primary School
  {urn: 950005, area: 'curriculum design', level: 1, evidence: 'subject leaders map knowledge progression'},  // Strathcorran Primary School
  {urn: 950006, area: 'attendance', level: 2, evidence: 'family liaison work with clear results'},  // Bealach Primary School
  {urn: 950007, area: 'attendance', level: 2, evidence: 'family liaison work with clear results'},  // Ardvarra School
  {urn: 950008, area: 'disadvantaged pupils', level: 1, evidence: 'pupil premium strategy with clear impact'},  // Heatherbank Primary School
  {urn: 950008, area: 'reading', level: 1, evidence: 'reading results above average for three years'},  // Heatherbank Primary School
  {urn: 950009, area: 'attendance', level: 3, evidence: 'persistent absence well below average'},  // Little Puffins Nursery
  {urn: 950009, area: 'leadership', level: 2, evidence: 'middle leaders trained and accredited'},  // Little Puffins Nursery
  {urn: 950010, area: 'leadership', level: 2, evidence: 'middle leaders trained and accredited'},  // Bennachie View Primary School
  {urn: 950010, area: 'maths', level: 1, evidence: 'mastery approach embedded across the school'},  // Bennachie View Primary School
  {urn: 950010, area: 'writing', level: 2, evidence: 'modelled writing sequence used in every class'},  // Bennachie View Primary School
  {urn: 950011, area: 'curriculum design', level: 2, evidence: 'coherent, well-sequenced curriculum'},  // Buchan Ness Academy
  {urn: 950011, area: 'disadvantaged pupils', level: 1, evidence: 'narrow attainment gap sustained'},  // Buchan Ness Academy
  {urn: 950012, area: 'curriculum design', level: 1, evidence: 'coherent, well-sequenced curriculum'},  // Cowie Haven Primary School
  {urn: 950012, area: 'leadership', level: 2, evidence: 'middle leaders trained and accredited'},  // Cowie Haven Primary School
  {urn: 950013, area: 'behaviour for learning', level: 2, evidence: 'consistent routines praised by visitors'},  // Ythan Bank Primary School
  {urn: 950013, area: 'writing', level: 3, evidence: 'moderated writing judged secure'},  // Ythan Bank Primary School
  {urn: 950014, area: 'attendance', level: 2, evidence: 'persistent absence well below average'},  // Lunan Bay Primary School
  {urn: 950014, area: 'reading', level: 2, evidence: 'reading results above average for three years'},  // Lunan Bay Primary School
  {urn: 950015, area: 'assessment', level: 3, evidence: 'formative assessment used to adapt teaching'},  // Strathmore Vale Academy
  {urn: 950016, area: 'assessment', level: 2, evidence: 'formative assessment used to adapt teaching'},  // Basin View Primary School
  {urn: 950016, area: 'behaviour for learning', level: 2, evidence: 'low exclusions and calm classrooms'},  // Basin View Primary School
  {urn: 950017, area: 'phonics', level: 3, evidence: 'daily keep-up sessions for pupils who fall behind'},  // Tayview Primary School
  {urn: 950018, area: 'reading', level: 1, evidence: 'reading results above average for three years'},  // Law Brae Primary School
  {urn: 950019, area: 'assessment', level: 2, evidence: 'formative assessment used to adapt teaching'},  // Discovery Quay Special School
  {urn: 950019, area: 'behaviour for learning', level: 3, evidence: 'consistent routines praised by visitors'},  // Discovery Quay Special School
  {urn: 950019, area: 'leadership', level: 2, evidence: 'strong leadership development programme'},  // Discovery Quay Special School
  {urn: 950020, area: 'assessment', level: 3, evidence: 'formative assessment used to adapt teaching'},  // Eastfield Brae Primary School
  {urn: 950020, area: 'disadvantaged pupils', level: 2, evidence: 'pupil premium strategy with clear impact'},  // Eastfield Brae Primary School
  {urn: 950021, area: 'early years', level: 2, evidence: 'strong early language provision'},  // Kinnoull Brae Primary School
  {urn: 950022, area: 'early years', level: 3, evidence: 'strong early language provision'},  // Earn Valley Primary School
  {urn: 950022, area: 'writing', level: 1, evidence: 'moderated writing judged secure'},  // Earn Valley Primary School
  {urn: 950023, area: 'assessment', level: 2, evidence: 'formative assessment used to adapt teaching'},  // Ericht Academy
  {urn: 950024, area: 'writing', level: 2, evidence: 'moderated writing judged secure'},  // Loch Leven Shore Primary School
  {urn: 950025, area: 'assessment', level: 3, evidence: 'moderation leads for the local area'},  // Eden Valley Primary School
  {urn: 950025, area: 'leadership', level: 1, evidence: 'strong leadership development programme'},  // Eden Valley Primary School
  {urn: 950026, area: 'curriculum design', level: 2, evidence: 'subject leaders map knowledge progression'},  // Tentsmuir Primary School
  {urn: 950026, area: 'disadvantaged pupils', level: 3, evidence: 'pupil premium strategy with clear impact'},  // Tentsmuir Primary School
  {urn: 950026, area: 'leadership', level: 2, evidence: 'strong leadership development programme'},  // Tentsmuir Primary School
  {urn: 950027, area: 'phonics', level: 2, evidence: 'systematic phonics catch-up in Year 3'},  // Lomond Hills Primary School
  {urn: 950028, area: 'behaviour for learning', level: 1, evidence: 'low exclusions and calm classrooms'},  // Ravenscraig Shore Primary School
  {urn: 950028, area: 'early years', level: 3, evidence: 'high proportion reaching a good level of development'},  // Ravenscraig Shore Primary School
  {urn: 950028, area: 'writing', level: 2, evidence: 'moderated writing judged secure'},  // Ravenscraig Shore Primary School
  {urn: 950029, area: 'attendance', level: 2, evidence: 'persistent absence well below average'},  // Carnegie Glen Primary School
  {urn: 950030, area: 'behaviour for learning', level: 2, evidence: 'low exclusions and calm classrooms'},  // Leven Links Academy
  {urn: 950030, area: 'writing', level: 3, evidence: 'modelled writing sequence used in every class'},  // Leven Links Academy
  {urn: 950031, area: 'assessment', level: 2, evidence: 'formative assessment used to adapt teaching'},  // Forth Bridges Primary School
  {urn: 950031, area: 'maths', level: 2, evidence: 'mastery approach embedded across the school'},  // Forth Bridges Primary School
  {urn: 950032, area: 'SEND', level: 2, evidence: 'specialist outreach offered to others'},  // East Neuk Primary School
  {urn: 950032, area: 'reading', level: 2, evidence: 'reading results above average for three years'},  // East Neuk Primary School
  {urn: 950033, area: 'maths', level: 2, evidence: 'mastery approach embedded across the school'},  // Castle Rock Primary School
  {urn: 950033, area: 'reading', level: 3, evidence: 'reading results above average for three years'},  // Castle Rock Primary School
  {urn: 950034, area: 'curriculum design', level: 2, evidence: 'coherent, well-sequenced curriculum'},  // Teith Valley Primary School
  {urn: 950034, area: 'maths', level: 2, evidence: 'mastery approach embedded across the school'},  // Teith Valley Primary School
  {urn: 950035, area: 'early years', level: 2, evidence: 'high proportion reaching a good level of development'},  // Allan Water Primary School
  {urn: 950035, area: 'reading', level: 2, evidence: 'reading results above average for three years'},  // Allan Water Primary School
  {urn: 950036, area: 'assessment', level: 3, evidence: 'formative assessment used to adapt teaching'},  // Carron Glen Primary School
  {urn: 950036, area: 'behaviour for learning', level: 1, evidence: 'consistent routines praised by visitors'},  // Carron Glen Primary School
  {urn: 950037, area: 'curriculum design', level: 2, evidence: 'subject leaders map knowledge progression'},  // Antonine Wall Academy
  {urn: 950037, area: 'writing', level: 1, evidence: 'moderated writing judged secure'},  // Antonine Wall Academy
  {urn: 950038, area: 'assessment', level: 3, evidence: 'moderation leads for the local area'},  // Kinneil Shore Primary School
  {urn: 950038, area: 'attendance', level: 2, evidence: 'persistent absence well below average'},  // Kinneil Shore Primary School
  {urn: 950038, area: 'behaviour for learning', level: 1, evidence: 'consistent routines praised by visitors'},  // Kinneil Shore Primary School
  {urn: 950039, area: 'assessment', level: 3, evidence: 'formative assessment used to adapt teaching'},  // Ochil View Primary School
  {urn: 950039, area: 'curriculum design', level: 2, evidence: 'subject leaders map knowledge progression'},  // Ochil View Primary School
  {urn: 950039, area: 'reading', level: 2, evidence: 'whole-class reading with high-quality texts'},  // Ochil View Primary School
  {urn: 950040, area: 'attendance', level: 2, evidence: 'family liaison work with clear results'},  // Wee County Special School
  {urn: 950041, area: 'curriculum design', level: 1, evidence: 'subject leaders map knowledge progression'},  // Devon Banks Primary School
  {urn: 950041, area: 'early years', level: 2, evidence: 'high proportion reaching a good level of development'},  // Devon Banks Primary School
  {urn: 950041, area: 'reading', level: 3, evidence: 'reading results above average for three years'},  // Devon Banks Primary School
  {urn: 950042, area: 'phonics', level: 3, evidence: 'phonics screening above the local average'},  // Almond Bank Primary School
  {urn: 950043, area: 'SEND', level: 2, evidence: 'inclusive practice recognised by the local authority'},  // Cairnpapple Primary School
  {urn: 950043, area: 'leadership', level: 2, evidence: 'strong leadership development programme'},  // Cairnpapple Primary School
  {urn: 950044, area: 'disadvantaged pupils', level: 1, evidence: 'narrow attainment gap sustained'},  // Linlithgow Loch Academy
  {urn: 950044, area: 'leadership', level: 2, evidence: 'strong leadership development programme'},  // Linlithgow Loch Academy
  {urn: 950045, area: 'assessment', level: 1, evidence: 'formative assessment used to adapt teaching'},  // Breich Water Primary School
  {urn: 950045, area: 'disadvantaged pupils', level: 3, evidence: 'narrow attainment gap sustained'},  // Breich Water Primary School
  {urn: 950045, area: 'maths', level: 2, evidence: 'mastery approach embedded across the school'},  // Breich Water Primary School
  {urn: 950046, area: 'attendance', level: 2, evidence: 'family liaison work with clear results'},  // Traprain Primary School
  {urn: 950047, area: 'SEND', level: 2, evidence: 'specialist outreach offered to others'},  // Belhaven Bay Primary School
  {urn: 950047, area: 'disadvantaged pupils', level: 1, evidence: 'narrow attainment gap sustained'},  // Belhaven Bay Primary School
  {urn: 950048, area: 'maths', level: 2, evidence: 'mastery approach embedded across the school'},  // Esk Mouth Primary School
  {urn: 950048, area: 'writing', level: 2, evidence: 'moderated writing judged secure'},  // Esk Mouth Primary School
  {urn: 950049, area: 'SEND', level: 1, evidence: 'specialist outreach offered to others'},  // Gala Water Primary School
  {urn: 950049, area: 'maths', level: 2, evidence: 'mastery approach embedded across the school'},  // Gala Water Primary School
  {urn: 950050, area: 'curriculum design', level: 3, evidence: 'subject leaders map knowledge progression'},  // Teviot Bank Primary School
  {urn: 950050, area: 'early years', level: 1, evidence: 'high proportion reaching a good level of development'},  // Teviot Bank Primary School
  {urn: 950051, area: 'attendance', level: 2, evidence: 'family liaison work with clear results'},  // Tweed Valley Academy
  {urn: 950051, area: 'maths', level: 1, evidence: 'maths results above average for three years'},  // Tweed Valley Academy
  {urn: 950052, area: 'attendance', level: 2, evidence: 'family liaison work with clear results'},  // Floors Haugh Primary School
  {urn: 950052, area: 'early years', level: 2, evidence: 'strong early language provision'},  // Floors Haugh Primary School
  {urn: 950053, area: 'phonics', level: 1, evidence: 'daily keep-up sessions for pupils who fall behind'},  // Nithside Primary School
  {urn: 950054, area: 'assessment', level: 3, evidence: 'moderation leads for the local area'},  // Loch Ryan Primary School
  {urn: 950054, area: 'leadership', level: 3, evidence: 'middle leaders trained and accredited'},  // Loch Ryan Primary School
  {urn: 950055, area: 'assessment', level: 3, evidence: 'formative assessment used to adapt teaching'},  // Threave Primary School
  {urn: 950055, area: 'curriculum design', level: 2, evidence: 'subject leaders map knowledge progression'},  // Threave Primary School
  {urn: 950056, area: 'SEND', level: 3, evidence: 'inclusive practice recognised by the local authority'},  // Solway Firth Nursery
  {urn: 950056, area: 'leadership', level: 2, evidence: 'middle leaders trained and accredited'}  // Solway Firth Nursery
] AS x
MATCH (s:School {urn: x.urn}), (area:Area {name: x.area})
CREATE (s)-[:STRENGTH {level: x.level, evidence: x.evidence}]->(area);

UNWIND [
  {urn: 900001, area: 'phonics', priority: 1},  // Padnell Junior School
  {urn: 900001, area: 'disadvantaged pupils', priority: 2},  // Padnell Junior School
  {urn: 900002, area: 'maths', priority: 2},  // Purbrook Junior School
  {urn: 900002, area: 'assessment', priority: 3},  // Purbrook Junior School
  {urn: 900003, area: 'behaviour for learning', priority: 1},  // Clanfield Junior School
  {urn: 900004, area: 'writing', priority: 1},  // St Albans Primary School
  {urn: 900004, area: 'attendance', priority: 2},  // St Albans Primary School
  {urn: 900005, area: 'reading', priority: 1},  // Denmead Junior School
  {urn: 900005, area: 'maths', priority: 3},  // Denmead Junior School
  {urn: 900101, area: 'early years', priority: 1},  // Bishopstoke Meadow Primary School
  {urn: 900102, area: 'early years', priority: 2},  // Larkwhistle Junior School
  {urn: 900103, area: 'attendance', priority: 3},  // Chalkdown Secondary School
  {urn: 900104, area: 'attendance', priority: 2},  // Test Valley Special School
  {urn: 900105, area: 'writing', priority: 3},  // Harbourlight Primary School
  {urn: 900106, area: 'curriculum design', priority: 3},  // Spinnaker Academy
  {urn: 900107, area: 'curriculum design', priority: 1},  // Hilsea Lines Infant School
  {urn: 900108, area: 'curriculum design', priority: 2},  // Southsea Common Primary School
  {urn: 900108, area: 'behaviour for learning', priority: 3},  // Southsea Common Primary School
  {urn: 900109, area: 'reading', priority: 2},  // Riverside Quay Primary School
  {urn: 900110, area: 'writing', priority: 1},  // Sholing Heath Primary School
  {urn: 900111, area: 'SEND', priority: 2},  // Common Edge Academy
  {urn: 900112, area: 'writing', priority: 1},  // Cathedral Green Primary School
  {urn: 900112, area: 'early years', priority: 2},  // Cathedral Green Primary School
  {urn: 900113, area: 'disadvantaged pupils', priority: 3},  // Tilgate Forest Primary School
  {urn: 900114, area: 'writing', priority: 3},  // Arun Valley Primary School
  {urn: 900115, area: 'SEND', priority: 1},  // Floating Harbour Primary School
  {urn: 900115, area: 'reading', priority: 3},  // Floating Harbour Primary School
  {urn: 900116, area: 'attendance', priority: 1},  // Avon Gorge Special School
  {urn: 900117, area: 'reading', priority: 3},  // Frome Vale Academy
  {urn: 900118, area: 'disadvantaged pupils', priority: 1},  // Tamar View Primary School
  {urn: 900118, area: 'curriculum design', priority: 2},  // Tamar View Primary School
  {urn: 900119, area: 'reading', priority: 2},  // Sound Edge Primary School
  {urn: 900120, area: 'writing', priority: 2},  // Dartmoor Gate Academy
  {urn: 900120, area: 'maths', priority: 3},  // Dartmoor Gate Academy
  {urn: 950001, area: 'maths', priority: 1},  // Osprey Glen Primary School
  {urn: 950001, area: 'curriculum design', priority: 3},  // Osprey Glen Primary School
  {urn: 950002, area: 'early years', priority: 2},  // Corrie Brae Primary School
  {urn: 950003, area: 'curriculum design', priority: 2},  // Moray Firth Academy
  {urn: 950004, area: 'attendance', priority: 3},  // Rowanlea Primary School
  {urn: 950005, area: 'maths', priority: 3},  // Strathcorran Primary School
  {urn: 950006, area: 'disadvantaged pupils', priority: 2},  // Bealach Primary School
  {urn: 950007, area: 'leadership', priority: 1},  // Ardvarra School
  {urn: 950007, area: 'SEND', priority: 2},  // Ardvarra School
  {urn: 950008, area: 'curriculum design', priority: 2},  // Heatherbank Primary School
  {urn: 950009, area: 'early years', priority: 1},  // Little Puffins Nursery
  {urn: 950009, area: 'SEND', priority: 3},  // Little Puffins Nursery
  {urn: 950010, area: 'attendance', priority: 3},  // Bennachie View Primary School
  {urn: 950010, area: 'behaviour for learning', priority: 3},  // Bennachie View Primary School
  {urn: 950011, area: 'behaviour for learning', priority: 2},  // Buchan Ness Academy
  {urn: 950012, area: 'behaviour for learning', priority: 2},  // Cowie Haven Primary School
  {urn: 950013, area: 'curriculum design', priority: 2},  // Ythan Bank Primary School
  {urn: 950013, area: 'maths', priority: 2},  // Ythan Bank Primary School
  {urn: 950014, area: 'assessment', priority: 1},  // Lunan Bay Primary School
  {urn: 950015, area: 'maths', priority: 3},  // Strathmore Vale Academy
  {urn: 950016, area: 'curriculum design', priority: 2},  // Basin View Primary School
  {urn: 950017, area: 'curriculum design', priority: 2},  // Tayview Primary School
  {urn: 950018, area: 'assessment', priority: 3},  // Law Brae Primary School
  {urn: 950019, area: 'attendance', priority: 1},  // Discovery Quay Special School
  {urn: 950020, area: 'writing', priority: 2},  // Eastfield Brae Primary School
  {urn: 950021, area: 'assessment', priority: 3},  // Kinnoull Brae Primary School
  {urn: 950021, area: 'behaviour for learning', priority: 3},  // Kinnoull Brae Primary School
  {urn: 950022, area: 'leadership', priority: 1},  // Earn Valley Primary School
  {urn: 950022, area: 'assessment', priority: 3},  // Earn Valley Primary School
  {urn: 950023, area: 'attendance', priority: 2},  // Ericht Academy
  {urn: 950024, area: 'behaviour for learning', priority: 3},  // Loch Leven Shore Primary School
  {urn: 950025, area: 'disadvantaged pupils', priority: 3},  // Eden Valley Primary School
  {urn: 950026, area: 'behaviour for learning', priority: 2},  // Tentsmuir Primary School
  {urn: 950026, area: 'writing', priority: 2},  // Tentsmuir Primary School
  {urn: 950027, area: 'leadership', priority: 1},  // Lomond Hills Primary School
  {urn: 950028, area: 'curriculum design', priority: 2},  // Ravenscraig Shore Primary School
  {urn: 950028, area: 'maths', priority: 3},  // Ravenscraig Shore Primary School
  {urn: 950029, area: 'early years', priority: 3},  // Carnegie Glen Primary School
  {urn: 950030, area: 'reading', priority: 2},  // Leven Links Academy
  {urn: 950031, area: 'reading', priority: 1},  // Forth Bridges Primary School
  {urn: 950032, area: 'curriculum design', priority: 1},  // East Neuk Primary School
  {urn: 950032, area: 'early years', priority: 1},  // East Neuk Primary School
  {urn: 950033, area: 'leadership', priority: 1},  // Castle Rock Primary School
  {urn: 950033, area: 'attendance', priority: 2},  // Castle Rock Primary School
  {urn: 950034, area: 'assessment', priority: 3},  // Teith Valley Primary School
  {urn: 950035, area: 'writing', priority: 1},  // Allan Water Primary School
  {urn: 950035, area: 'maths', priority: 3},  // Allan Water Primary School
  {urn: 950036, area: 'curriculum design', priority: 1},  // Carron Glen Primary School
  {urn: 950037, area: 'leadership', priority: 3},  // Antonine Wall Academy
  {urn: 950038, area: 'disadvantaged pupils', priority: 2},  // Kinneil Shore Primary School
  {urn: 950038, area: 'early years', priority: 2},  // Kinneil Shore Primary School
  {urn: 950039, area: 'attendance', priority: 2},  // Ochil View Primary School
  {urn: 950040, area: 'behaviour for learning', priority: 2},  // Wee County Special School
  {urn: 950041, area: 'disadvantaged pupils', priority: 1},  // Devon Banks Primary School
  {urn: 950042, area: 'disadvantaged pupils', priority: 3},  // Almond Bank Primary School
  {urn: 950043, area: 'disadvantaged pupils', priority: 1},  // Cairnpapple Primary School
  {urn: 950043, area: 'maths', priority: 3},  // Cairnpapple Primary School
  {urn: 950044, area: 'attendance', priority: 3},  // Linlithgow Loch Academy
  {urn: 950045, area: 'attendance', priority: 1},  // Breich Water Primary School
  {urn: 950045, area: 'early years', priority: 1},  // Breich Water Primary School
  {urn: 950046, area: 'behaviour for learning', priority: 3},  // Traprain Primary School
  {urn: 950046, area: 'early years', priority: 3},  // Traprain Primary School
  {urn: 950047, area: 'maths', priority: 1},  // Belhaven Bay Primary School
  {urn: 950047, area: 'phonics', priority: 1},  // Belhaven Bay Primary School
  {urn: 950048, area: 'SEND', priority: 1},  // Esk Mouth Primary School
  {urn: 950048, area: 'reading', priority: 3},  // Esk Mouth Primary School
  {urn: 950049, area: 'curriculum design', priority: 1},  // Gala Water Primary School
  {urn: 950049, area: 'assessment', priority: 2},  // Gala Water Primary School
  {urn: 950050, area: 'assessment', priority: 2},  // Teviot Bank Primary School
  {urn: 950051, area: 'assessment', priority: 2},  // Tweed Valley Academy
  {urn: 950052, area: 'behaviour for learning', priority: 3},  // Floors Haugh Primary School
  {urn: 950053, area: 'maths', priority: 3},  // Nithside Primary School
  {urn: 950054, area: 'behaviour for learning', priority: 2},  // Loch Ryan Primary School
  {urn: 950055, area: 'disadvantaged pupils', priority: 1},  // Threave Primary School
  {urn: 950055, area: 'attendance', priority: 2},  // Threave Primary School
  {urn: 950056, area: 'attendance', priority: 1},  // Solway Firth Nursery
  {urn: 950056, area: 'early years', priority: 2}  // Solway Firth Nursery
] AS x
MATCH (s:School {urn: x.urn}), (area:Area {name: x.area})
CREATE (s)-[:NEEDS {priority: x.priority}]->(area);

// ===== People and improvement champions =====================================================
// Invented people. role: their part in the partnership; WORKS_AT role: their post at the school.

UNWIND [
  {id: 'PER-001', name: 'Lewis Whitelaw', role: 'headteacher', urn: 900001, post: 'headteacher', champions: []},  // Padnell Junior School
  {id: 'PER-002', name: 'Alasdair Rennie', role: 'headteacher', urn: 900002, post: 'headteacher', champions: []},  // Purbrook Junior School
  {id: 'PER-003', name: 'Grace Okafor', role: 'headteacher', urn: 900003, post: 'headteacher', champions: []},  // Clanfield Junior School
  {id: 'PER-004', name: 'Fraser McAra', role: 'headteacher', urn: 900004, post: 'headteacher', champions: []},  // St Albans Primary School
  {id: 'PER-005', name: 'Yusuf Iqbal', role: 'headteacher', urn: 900005, post: 'headteacher', champions: []},  // Denmead Junior School
  {id: 'PER-006', name: 'Alasdair Hendry', role: 'improvement champion', urn: 900001, post: 'maths lead', champions: ['maths']},  // Padnell Junior School
  {id: 'PER-007', name: 'Wendy Nolan', role: 'improvement champion', urn: 900002, post: 'English lead', champions: ['phonics', 'reading']},  // Purbrook Junior School
  {id: 'PER-008', name: 'Isla Baird', role: 'improvement champion', urn: 900003, post: 'Year 5 teacher', champions: ['writing']},  // Clanfield Junior School
  {id: 'PER-009', name: 'Yusuf Cormack', role: 'improvement champion', urn: 900004, post: 'deputy headteacher', champions: ['disadvantaged pupils']},  // St Albans Primary School
  {id: 'PER-010', name: 'Liam Ashworth', role: 'improvement champion', urn: 900005, post: 'curriculum lead', champions: ['curriculum design']},  // Denmead Junior School
  {id: 'PER-011', name: 'Priya Duthie', role: 'improvement champion', urn: 900106, post: 'assistant headteacher', champions: ['behaviour for learning']},  // Spinnaker Academy
  {id: 'PER-012', name: 'Amira Quayle', role: 'improvement champion', urn: 900109, post: 'SENCo', champions: ['SEND']},  // Riverside Quay Primary School
  {id: 'PER-013', name: 'Vikram Nolan', role: 'improvement champion', urn: 900115, post: 'phonics lead', champions: ['phonics']},  // Floating Harbour Primary School
  {id: 'PER-014', name: 'Daniel Ashworth', role: 'improvement champion', urn: 950001, post: 'principal teacher', champions: ['phonics']},  // Osprey Glen Primary School
  {id: 'PER-015', name: 'Daniel Rennie', role: 'improvement champion', urn: 950003, post: 'principal teacher of mathematics', champions: ['maths']},  // Moray Firth Academy
  {id: 'PER-016', name: 'Imogen Rennie', role: 'improvement champion', urn: 950011, post: 'depute head teacher', champions: ['leadership']},  // Buchan Ness Academy
  {id: 'PER-017', name: 'Liam Cormack', role: 'improvement champion', urn: 950017, post: 'depute head teacher', champions: ['disadvantaged pupils']},  // Tayview Primary School
  {id: 'PER-018', name: 'Joe Cormack', role: 'improvement champion', urn: 950015, post: 'principal teacher of guidance', champions: ['behaviour for learning']},  // Strathmore Vale Academy
  {id: 'PER-019', name: 'Tom Gill', role: 'improvement champion', urn: 950021, post: 'principal teacher', champions: ['assessment']},  // Kinnoull Brae Primary School
  {id: 'PER-020', name: 'Isla Rennie', role: 'improvement champion', urn: 950025, post: 'class teacher', champions: ['writing']},  // Eden Valley Primary School
  {id: 'PER-021', name: 'Hamish Abbott', role: 'improvement champion', urn: 950033, post: 'numeracy lead', champions: ['maths']},  // Castle Rock Primary School
  {id: 'PER-022', name: 'Kate Fairbairn', role: 'improvement champion', urn: 950037, post: 'principal teacher of mathematics', champions: ['maths', 'assessment']},  // Antonine Wall Academy
  {id: 'PER-023', name: 'Amira Brodie', role: 'improvement champion', urn: 950040, post: 'depute head teacher', champions: ['SEND']},  // Wee County Special School
  {id: 'PER-024', name: 'Imogen Fairbairn', role: 'improvement champion', urn: 950042, post: 'literacy lead', champions: ['reading', 'phonics']},  // Almond Bank Primary School
  {id: 'PER-025', name: 'Priya Brodie', role: 'improvement champion', urn: 950044, post: 'principal teacher of English', champions: ['reading']},  // Linlithgow Loch Academy
  {id: 'PER-026', name: 'Orla Fairbairn', role: 'improvement champion', urn: 950046, post: 'class teacher', champions: ['writing']},  // Traprain Primary School
  {id: 'PER-027', name: 'Joe Ashworth', role: 'improvement champion', urn: 950049, post: 'principal teacher', champions: ['disadvantaged pupils']},  // Gala Water Primary School
  {id: 'PER-028', name: 'Liam Sharma', role: 'improvement champion', urn: 950055, post: 'class teacher', champions: ['curriculum design']},  // Threave Primary School
  {id: 'PER-029', name: 'Kirsty Rennie', role: 'improvement champion', urn: 950027, post: 'depute head teacher', champions: ['leadership']},  // Lomond Hills Primary School
  {id: 'PER-030', name: 'Niall Chandler', role: 'improvement champion', urn: 950030, post: 'principal teacher of pupil support', champions: ['disadvantaged pupils']},  // Leven Links Academy
  {id: 'PER-031', name: 'Paul Duthie', role: 'improvement champion', urn: 950007, post: 'head teacher', champions: ['leadership']},  // Ardvarra School
  {id: 'PER-032', name: 'Dev Baird', role: 'improvement champion', urn: 950005, post: 'class teacher', champions: ['curriculum design']},  // Strathcorran Primary School
  {id: 'PER-033', name: 'Morag Dalgleish', role: 'improvement champion', urn: 900102, post: 'maths lead', champions: ['maths']}  // Larkwhistle Junior School
] AS x
MATCH (s:School {urn: x.urn})
CREATE (person:Person {id: x.id, name: x.name, role: x.role})-[:WORKS_AT {role: x.post}]->(s)
WITH person, x
UNWIND x.champions AS areaName
MATCH (area:Area {name: areaName})
CREATE (person)-[:CHAMPIONS]->(area);

// ===== Peer reviews =========================================================================
// A review OF one school BY another ON an area. status: planned/done; done reviews have findings.
// The Hampshire five review each other in rounds, each school reviewed by a different partner.

UNWIND [
  {id: 'REV-001', date: '2018-06-12', round: 1, status: 'done', of: 900001, by: 900002, area: 'phonics', findings: 'Catch-up groups are well targeted; sound mats are not used consistently in Year 4.'},  // Padnell Junior School by Purbrook Junior School
  {id: 'REV-002', date: '2018-06-19', round: 1, status: 'done', of: 900002, by: 900003, area: 'maths', findings: 'Reasoning tasks are routine; fluency in times tables still uneven.'},  // Purbrook Junior School by Clanfield Junior School
  {id: 'REV-003', date: '2018-06-26', round: 1, status: 'done', of: 900003, by: 900004, area: 'behaviour for learning', findings: 'Calm corridors and clear routines; transitions lose learning time.'},  // Clanfield Junior School by St Albans Primary School
  {id: 'REV-004', date: '2018-07-03', round: 1, status: 'done', of: 900004, by: 900005, area: 'writing', findings: 'Modelled writing is strong; editing is rushed in upper key stage 2.'},  // St Albans Primary School by Denmead Junior School
  {id: 'REV-005', date: '2018-07-10', round: 1, status: 'done', of: 900005, by: 900001, area: 'reading', findings: 'Pupils read widely; the weakest readers need more fluency practice.'},  // Denmead Junior School by Padnell Junior School
  {id: 'REV-006', date: '2019-05-14', round: 2, status: 'done', of: 900001, by: 900003, area: 'disadvantaged pupils', findings: 'Pupil premium plan is well focused; tracking of impact could be sharper.'},  // Padnell Junior School by Clanfield Junior School
  {id: 'REV-007', date: '2019-05-21', round: 2, status: 'done', of: 900002, by: 900004, area: 'assessment', findings: 'Assessment information is used well in maths, less so in the foundation subjects.'},  // Purbrook Junior School by St Albans Primary School
  {id: 'REV-008', date: '2019-06-04', round: 2, status: 'done', of: 900003, by: 900005, area: 'behaviour for learning', findings: 'Calm corridors and clear routines; transitions lose learning time.'},  // Clanfield Junior School by Denmead Junior School
  {id: 'REV-009', date: '2019-06-11', round: 2, status: 'done', of: 900004, by: 900001, area: 'attendance', findings: 'First-day calling is effective; persistent absence remains high in two year groups.'},  // St Albans Primary School by Padnell Junior School
  {id: 'REV-010', date: '2019-06-18', round: 2, status: 'done', of: 900005, by: 900002, area: 'maths', findings: 'Reasoning tasks are routine; fluency in times tables still uneven.'},  // Denmead Junior School by Purbrook Junior School
  {id: 'REV-011', date: '2022-03-08', round: 3, status: 'done', of: 900001, by: 900004, area: 'phonics', findings: 'Catch-up groups are well targeted; sound mats are not used consistently in Year 4.'},  // Padnell Junior School by St Albans Primary School
  {id: 'REV-012', date: '2022-03-15', round: 3, status: 'done', of: 900002, by: 900005, area: 'maths', findings: 'Reasoning tasks are routine; fluency in times tables still uneven.'},  // Purbrook Junior School by Denmead Junior School
  {id: 'REV-013', date: '2022-03-22', round: 3, status: 'done', of: 900003, by: 900001, area: 'behaviour for learning', findings: 'Calm corridors and clear routines; transitions lose learning time.'},  // Clanfield Junior School by Padnell Junior School
  {id: 'REV-014', date: '2022-03-29', round: 3, status: 'done', of: 900004, by: 900002, area: 'writing', findings: 'Modelled writing is strong; editing is rushed in upper key stage 2.'},  // St Albans Primary School by Purbrook Junior School
  {id: 'REV-015', date: '2022-04-26', round: 3, status: 'done', of: 900005, by: 900003, area: 'reading', findings: 'Pupils read widely; the weakest readers need more fluency practice.'},  // Denmead Junior School by Clanfield Junior School
  {id: 'REV-016', date: '2023-11-07', round: 4, status: 'done', of: 900001, by: 900005, area: 'disadvantaged pupils', findings: 'Pupil premium plan is well focused; tracking of impact could be sharper.'},  // Padnell Junior School by Denmead Junior School
  {id: 'REV-017', date: '2023-11-14', round: 4, status: 'done', of: 900002, by: 900001, area: 'assessment', findings: 'Assessment information is used well in maths, less so in the foundation subjects.'},  // Purbrook Junior School by Padnell Junior School
  {id: 'REV-018', date: '2023-11-21', round: 4, status: 'done', of: 900003, by: 900002, area: 'behaviour for learning', findings: 'Calm corridors and clear routines; transitions lose learning time.'},  // Clanfield Junior School by Purbrook Junior School
  {id: 'REV-019', date: '2023-11-28', round: 4, status: 'done', of: 900004, by: 900003, area: 'attendance', findings: 'First-day calling is effective; persistent absence remains high in two year groups.'},  // St Albans Primary School by Clanfield Junior School
  {id: 'REV-020', date: '2023-12-05', round: 4, status: 'done', of: 900005, by: 900004, area: 'maths', findings: 'Reasoning tasks are routine; fluency in times tables still uneven.'},  // Denmead Junior School by St Albans Primary School
  {id: 'REV-021', date: '2025-01-21', round: 5, status: 'done', of: 900001, by: 900002, area: 'phonics', findings: 'Catch-up groups are well targeted; sound mats are not used consistently in Year 4.'},  // Padnell Junior School by Purbrook Junior School
  {id: 'REV-022', date: '2025-02-04', round: 5, status: 'done', of: 900002, by: 900003, area: 'maths', findings: 'Reasoning tasks are routine; fluency in times tables still uneven.'},  // Purbrook Junior School by Clanfield Junior School
  {id: 'REV-023', date: '2025-03-11', round: 5, status: 'planned', of: 900003, by: 900004, area: 'behaviour for learning'},  // Clanfield Junior School by St Albans Primary School
  {id: 'REV-024', date: '2025-05-13', round: 5, status: 'planned', of: 900004, by: 900005, area: 'writing'},  // St Albans Primary School by Denmead Junior School
  {id: 'REV-025', date: '2025-06-10', round: 5, status: 'done', of: 900005, by: 900001, area: 'reading', findings: 'Pupils read widely; the weakest readers need more fluency practice.'},  // Denmead Junior School by Padnell Junior School
  {id: 'REV-026', date: '2025-10-14', round: 6, status: 'planned', of: 900001, by: 900003, area: 'disadvantaged pupils'},  // Padnell Junior School by Clanfield Junior School
  {id: 'REV-027', date: '2025-10-21', round: 6, status: 'planned', of: 900003, by: 900001, area: 'behaviour for learning'},  // Clanfield Junior School by Padnell Junior School
  {id: 'REV-028', date: '2021-11-16', round: 1, status: 'done', of: 900105, by: 900109, area: 'writing', findings: 'Modelled writing is strong; editing is rushed in upper key stage 2.'},  // Harbourlight Primary School by Riverside Quay Primary School
  {id: 'REV-029', date: '2021-11-23', round: 1, status: 'done', of: 900109, by: 900105, area: 'reading', findings: 'Pupils read widely; the weakest readers need more fluency practice.'},  // Riverside Quay Primary School by Harbourlight Primary School
  {id: 'REV-030', date: '2024-12-03', round: 2, status: 'planned', of: 900101, by: 900106, area: 'early years'},  // Bishopstoke Meadow Primary School by Spinnaker Academy
  {id: 'REV-031', date: '2025-09-16', round: 2, status: 'planned', of: 900106, by: 900101, area: 'curriculum design'},  // Spinnaker Academy by Bishopstoke Meadow Primary School
  {id: 'REV-032', date: '2020-02-25', round: 1, status: 'done', of: 950001, by: 950012, area: 'maths', findings: 'Reasoning tasks are routine; fluency in times tables still uneven.'},  // Osprey Glen Primary School by Cowie Haven Primary School
  {id: 'REV-033', date: '2020-03-03', round: 1, status: 'done', of: 950012, by: 950001, area: 'behaviour for learning', findings: 'Calm corridors and clear routines; transitions lose learning time.'},  // Cowie Haven Primary School by Osprey Glen Primary School
  {id: 'REV-034', date: '2023-05-09', round: 2, status: 'done', of: 950003, by: 950011, area: 'curriculum design', findings: 'Curriculum is well sequenced; vocabulary is not yet planned across subjects.'},  // Moray Firth Academy by Buchan Ness Academy
  {id: 'REV-035', date: '2023-05-16', round: 2, status: 'done', of: 950011, by: 950003, area: 'behaviour for learning', findings: 'Calm corridors and clear routines; transitions lose learning time.'},  // Buchan Ness Academy by Moray Firth Academy
  {id: 'REV-036', date: '2025-04-22', round: 3, status: 'planned', of: 950002, by: 950010, area: 'early years'},  // Corrie Brae Primary School by Bennachie View Primary School
  {id: 'REV-037', date: '2021-03-16', round: 1, status: 'done', of: 950017, by: 950014, area: 'curriculum design', findings: 'Curriculum is well sequenced; vocabulary is not yet planned across subjects.'},  // Tayview Primary School by Lunan Bay Primary School
  {id: 'REV-038', date: '2021-03-23', round: 1, status: 'done', of: 950014, by: 950017, area: 'assessment', findings: 'Assessment information is used well in maths, less so in the foundation subjects.'},  // Lunan Bay Primary School by Tayview Primary School
  {id: 'REV-039', date: '2024-09-10', round: 2, status: 'planned', of: 950018, by: 950015, area: 'assessment'},  // Law Brae Primary School by Strathmore Vale Academy
  {id: 'REV-040', date: '2022-10-04', round: 1, status: 'done', of: 950021, by: 950025, area: 'behaviour for learning', findings: 'Calm corridors and clear routines; transitions lose learning time.'},  // Kinnoull Brae Primary School by Eden Valley Primary School
  {id: 'REV-041', date: '2022-10-11', round: 1, status: 'done', of: 950025, by: 950021, area: 'disadvantaged pupils', findings: 'Pupil premium plan is well focused; tracking of impact could be sharper.'},  // Eden Valley Primary School by Kinnoull Brae Primary School
  {id: 'REV-042', date: '2025-11-18', round: 2, status: 'planned', of: 950023, by: 950026, area: 'attendance'},  // Ericht Academy by Tentsmuir Primary School
  {id: 'REV-043', date: '2022-05-17', round: 1, status: 'done', of: 950033, by: 950036, area: 'leadership', findings: 'Middle leaders know their subjects; monitoring is not yet shared across the team.'},  // Castle Rock Primary School by Carron Glen Primary School
  {id: 'REV-044', date: '2022-05-24', round: 1, status: 'done', of: 950036, by: 950033, area: 'curriculum design', findings: 'Curriculum is well sequenced; vocabulary is not yet planned across subjects.'},  // Carron Glen Primary School by Castle Rock Primary School
  {id: 'REV-045', date: '2024-02-27', round: 2, status: 'done', of: 950039, by: 950034, area: 'attendance', findings: 'First-day calling is effective; persistent absence remains high in two year groups.'},  // Ochil View Primary School by Teith Valley Primary School
  {id: 'REV-046', date: '2024-03-05', round: 2, status: 'done', of: 950034, by: 950039, area: 'assessment', findings: 'Assessment information is used well in maths, less so in the foundation subjects.'},  // Teith Valley Primary School by Ochil View Primary School
  {id: 'REV-047', date: '2025-02-11', round: 3, status: 'planned', of: 950037, by: 950033, area: 'leadership'},  // Antonine Wall Academy by Castle Rock Primary School
  {id: 'REV-048', date: '2023-01-24', round: 1, status: 'done', of: 950042, by: 950046, area: 'disadvantaged pupils', findings: 'Pupil premium plan is well focused; tracking of impact could be sharper.'},  // Almond Bank Primary School by Traprain Primary School
  {id: 'REV-049', date: '2023-01-31', round: 1, status: 'done', of: 950046, by: 950042, area: 'behaviour for learning', findings: 'Calm corridors and clear routines; transitions lose learning time.'},  // Traprain Primary School by Almond Bank Primary School
  {id: 'REV-050', date: '2025-06-30', round: 2, status: 'planned', of: 950047, by: 950043, area: 'maths'},  // Belhaven Bay Primary School by Cairnpapple Primary School
  {id: 'REV-051', date: '2023-09-19', round: 1, status: 'done', of: 950049, by: 950053, area: 'curriculum design', findings: 'Curriculum is well sequenced; vocabulary is not yet planned across subjects.'},  // Gala Water Primary School by Nithside Primary School
  {id: 'REV-052', date: '2024-10-08', round: 1, status: 'planned', of: 950053, by: 950049, area: 'maths'},  // Nithside Primary School by Gala Water Primary School
  {id: 'REV-053', date: '2020-11-10', round: 1, status: 'done', of: 950027, by: 950028, area: 'leadership', findings: 'Middle leaders know their subjects; monitoring is not yet shared across the team.'},  // Lomond Hills Primary School by Ravenscraig Shore Primary School
  {id: 'REV-054', date: '2020-11-17', round: 1, status: 'done', of: 950028, by: 950027, area: 'curriculum design', findings: 'Curriculum is well sequenced; vocabulary is not yet planned across subjects.'},  // Ravenscraig Shore Primary School by Lomond Hills Primary School
  {id: 'REV-055', date: '2023-03-14', round: 2, status: 'done', of: 950031, by: 950029, area: 'reading', findings: 'Pupils read widely; the weakest readers need more fluency practice.'},  // Forth Bridges Primary School by Carnegie Glen Primary School
  {id: 'REV-056', date: '2025-03-25', round: 2, status: 'planned', of: 950029, by: 950030, area: 'early years'},  // Carnegie Glen Primary School by Leven Links Academy
  {id: 'REV-057', date: '2024-05-21', round: 1, status: 'done', of: 950004, by: 950005, area: 'attendance', findings: 'First-day calling is effective; persistent absence remains high in two year groups.'},  // Rowanlea Primary School by Strathcorran Primary School
  {id: 'REV-058', date: '2025-05-27', round: 1, status: 'planned', of: 950005, by: 950004, area: 'maths'}  // Strathcorran Primary School by Rowanlea Primary School
] AS x
MATCH (reviewed:School {urn: x.of}), (reviewer:School {urn: x.by}), (area:Area {name: x.area})
CREATE (review:Review {id: x.id, date: date(x.date), round: x.round, status: x.status, findings: x.findings}),
       (review)-[:OF]->(reviewed), (review)-[:BY]->(reviewer), (review)-[:ON]->(area);

// ===== Shared goals =========================================================================
// Under four headings: Collaborative school improvement; Culture of shared responsibility; Open and transparent systems and processes; Pupil outcomes.
// status: not started/in progress/achieved.

UNWIND [
  {id: 'G-001', partnership: 'P01', heading: 'Collaborative school improvement', text: 'Every Year 3 pupil who did not pass the phonics check catches up by Easter.', status: 'achieved'},
  {id: 'G-002', partnership: 'P01', heading: 'Collaborative school improvement', text: 'Shared approach to modelled writing in all five schools.', status: 'in progress'},
  {id: 'G-003', partnership: 'P01', heading: 'Culture of shared responsibility', text: 'Joint moderation of writing each term across the five schools.', status: 'achieved'},
  {id: 'G-004', partnership: 'P01', heading: 'Culture of shared responsibility', text: 'A common reading spine for key stage 2.', status: 'in progress'},
  {id: 'G-005', partnership: 'P01', heading: 'Open and transparent systems and processes', text: 'Every school reviewed by a partner school each year.', status: 'in progress'},
  {id: 'G-006', partnership: 'P01', heading: 'Open and transparent systems and processes', text: 'Improvement champions named for each shared priority.', status: 'achieved'},
  {id: 'G-007', partnership: 'P01', heading: 'Pupil outcomes', text: 'Halve the reading gap for disadvantaged pupils by 2025.', status: 'in progress'},
  {id: 'G-008', partnership: 'P01', heading: 'Pupil outcomes', text: 'Persistent absence below the national rate in every school.', status: 'not started'},
  {id: 'G-009', partnership: 'P02', heading: 'Pupil outcomes', text: 'Targeted family learning for disadvantaged pupils.', status: 'not started'},
  {id: 'G-010', partnership: 'P02', heading: 'Culture of shared responsibility', text: 'Common assessment calendar and moderation across schools.', status: 'in progress'},
  {id: 'G-011', partnership: 'P02', heading: 'Open and transparent systems and processes', text: 'Middle leaders paired across schools for enquiry projects.', status: 'in progress'},
  {id: 'G-012', partnership: 'P02', heading: 'Collaborative school improvement', text: 'Number fluency routines in all primary classes.', status: 'in progress'},
  {id: 'G-013', partnership: 'P03', heading: 'Open and transparent systems and processes', text: 'Middle leaders paired across schools for enquiry projects.', status: 'not started'},
  {id: 'G-014', partnership: 'P03', heading: 'Collaborative school improvement', text: 'Number fluency routines in all primary classes.', status: 'achieved'},
  {id: 'G-015', partnership: 'P03', heading: 'Pupil outcomes', text: 'Attendance plans for pupils with persistent absence.', status: 'in progress'},
  {id: 'G-016', partnership: 'S01', heading: 'Pupil outcomes', text: 'Attendance plans for pupils with persistent absence.', status: 'in progress'},
  {id: 'G-017', partnership: 'S01', heading: 'Culture of shared responsibility', text: 'Common assessment calendar and moderation across schools.', status: 'achieved'},
  {id: 'G-018', partnership: 'S01', heading: 'Collaborative school improvement', text: 'Shared coaching model for early-career teachers.', status: 'in progress'},
  {id: 'G-019', partnership: 'S02', heading: 'Pupil outcomes', text: 'Targeted family learning for pupils in SIMD quintile 1.', status: 'in progress'},
  {id: 'G-020', partnership: 'S02', heading: 'Culture of shared responsibility', text: 'Common assessment calendar and moderation across schools.', status: 'in progress'},
  {id: 'G-021', partnership: 'S02', heading: 'Open and transparent systems and processes', text: 'A reciprocal review cycle agreed by every school.', status: 'in progress'},
  {id: 'G-022', partnership: 'S03', heading: 'Collaborative school improvement', text: 'Number fluency routines in all primary classes.', status: 'in progress'},
  {id: 'G-023', partnership: 'S03', heading: 'Culture of shared responsibility', text: 'Joint moderation of numeracy judgements.', status: 'achieved'},
  {id: 'G-024', partnership: 'S03', heading: 'Open and transparent systems and processes', text: 'A reciprocal review cycle agreed by every school.', status: 'achieved'},
  {id: 'G-025', partnership: 'S04', heading: 'Open and transparent systems and processes', text: 'Middle leaders paired across schools for enquiry projects.', status: 'not started'},
  {id: 'G-026', partnership: 'S04', heading: 'Collaborative school improvement', text: 'Consistent use of retrieval practice in every class.', status: 'not started'},
  {id: 'G-027', partnership: 'S05', heading: 'Open and transparent systems and processes', text: 'Middle leaders paired across schools for enquiry projects.', status: 'not started'},
  {id: 'G-028', partnership: 'S05', heading: 'Collaborative school improvement', text: 'Shared coaching model for early-career teachers.', status: 'achieved'},
  {id: 'G-029', partnership: 'S05', heading: 'Culture of shared responsibility', text: 'Joint moderation of numeracy judgements.', status: 'in progress'},
  {id: 'G-030', partnership: 'S06', heading: 'Collaborative school improvement', text: 'Shared coaching model for early-career teachers.', status: 'achieved'},
  {id: 'G-031', partnership: 'S06', heading: 'Culture of shared responsibility', text: 'Progression in reading mapped from early level to third level.', status: 'in progress'},
  {id: 'G-032', partnership: 'S06', heading: 'Pupil outcomes', text: 'Targeted family learning for pupils in SIMD quintile 1.', status: 'in progress'},
  {id: 'G-033', partnership: 'S07', heading: 'Culture of shared responsibility', text: 'Common assessment calendar and moderation across schools.', status: 'not started'},
  {id: 'G-034', partnership: 'S07', heading: 'Pupil outcomes', text: 'Targeted family learning for pupils in SIMD quintile 1.', status: 'in progress'},
  {id: 'G-035', partnership: 'S07', heading: 'Open and transparent systems and processes', text: 'A reciprocal review cycle agreed by every school.', status: 'in progress'},
  {id: 'G-036', partnership: 'S07', heading: 'Collaborative school improvement', text: 'Number fluency routines in all primary classes.', status: 'in progress'},
  {id: 'G-037', partnership: 'S08', heading: 'Pupil outcomes', text: 'Targeted family learning for pupils in SIMD quintile 1.', status: 'not started'},
  {id: 'G-038', partnership: 'S08', heading: 'Open and transparent systems and processes', text: 'A reciprocal review cycle agreed by every school.', status: 'in progress'},
  {id: 'G-039', partnership: 'S08', heading: 'Collaborative school improvement', text: 'Shared coaching model for early-career teachers.', status: 'achieved'},
  {id: 'G-040', partnership: 'S08', heading: 'Culture of shared responsibility', text: 'Common assessment calendar and moderation across schools.', status: 'achieved'}
] AS x
MATCH (p:Partnership {id: x.partnership})
CREATE (p)-[:HAS_GOAL]->(:Goal {id: x.id, heading: x.heading, text: x.text, status: x.status});

// ===== Activities ===========================================================================
// kind: training/workshop/meeting/inquiry; `attended` lists the people who came.

UNWIND [
  {id: 'ACT-001', partnership: 'P01', kind: 'meeting', date: '2018-03-01', title: 'Launch meeting of the five headteachers', attended: ['PER-001', 'PER-002', 'PER-003', 'PER-004', 'PER-005']},
  {id: 'ACT-002', partnership: 'P01', kind: 'training', date: '2018-05-08', title: 'Peer review training for reviewers', attended: ['PER-001', 'PER-002', 'PER-003', 'PER-006', 'PER-009']},
  {id: 'ACT-003', partnership: 'P01', kind: 'workshop', date: '2018-11-20', title: 'Phonics catch-up in key stage 2', attended: ['PER-003', 'PER-007', 'PER-010']},
  {id: 'ACT-004', partnership: 'P01', kind: 'inquiry', date: '2019-01-15', title: 'Inquiry: what helps disadvantaged pupils read for pleasure?', attended: ['PER-003', 'PER-008', 'PER-010']},
  {id: 'ACT-005', partnership: 'S02', kind: 'training', date: '2020-02-11', title: 'Peer review training', attended: ['PER-017', 'PER-018']},
  {id: 'ACT-006', partnership: 'S01', kind: 'inquiry', date: '2020-10-03', title: 'Closing the gap: what works here?', attended: ['PER-014', 'PER-015']},
  {id: 'ACT-007', partnership: 'S07', kind: 'meeting', date: '2020-10-26', title: 'Partnership steering group', attended: ['PER-029', 'PER-030']},
  {id: 'ACT-008', partnership: 'P03', kind: 'meeting', date: '2020-11-10', title: 'Partnership steering group', attended: ['PER-013']},
  {id: 'ACT-009', partnership: 'S07', kind: 'workshop', date: '2021-02-16', title: 'Numeracy across learning', attended: ['PER-029', 'PER-030']},
  {id: 'ACT-010', partnership: 'P02', kind: 'workshop', date: '2021-02-20', title: 'Moderation of writing', attended: ['PER-011', 'PER-012']},
  {id: 'ACT-011', partnership: 'P03', kind: 'workshop', date: '2021-02-21', title: 'Moderation of writing', attended: ['PER-013']},
  {id: 'ACT-012', partnership: 'S02', kind: 'workshop', date: '2021-03-23', title: 'Numeracy across learning', attended: ['PER-017', 'PER-018']},
  {id: 'ACT-013', partnership: 'S01', kind: 'meeting', date: '2021-09-08', title: 'Partnership steering group', attended: ['PER-014', 'PER-015', 'PER-016']},
  {id: 'ACT-014', partnership: 'P01', kind: 'training', date: '2021-10-05', title: 'Improvement champions: leading change across schools', attended: ['PER-003', 'PER-004', 'PER-005', 'PER-007']},
  {id: 'ACT-015', partnership: 'S03', kind: 'workshop', date: '2021-10-27', title: 'Moderation of writing', attended: ['PER-019', 'PER-020']},
  {id: 'ACT-016', partnership: 'S05', kind: 'training', date: '2022-05-01', title: 'Coaching for collaborative enquiry', attended: ['PER-024', 'PER-025', 'PER-026']},
  {id: 'ACT-017', partnership: 'S07', kind: 'inquiry', date: '2022-06-07', title: 'Closing the gap: what works here?', attended: ['PER-029', 'PER-030']},
  {id: 'ACT-018', partnership: 'P01', kind: 'workshop', date: '2022-06-14', title: 'Writing moderation across the partnership', attended: ['PER-001', 'PER-002', 'PER-004', 'PER-005', 'PER-008']},
  {id: 'ACT-019', partnership: 'P02', kind: 'training', date: '2022-06-18', title: 'Peer review training', attended: ['PER-011', 'PER-012']},
  {id: 'ACT-020', partnership: 'S01', kind: 'training', date: '2022-06-19', title: 'Peer review training', attended: ['PER-014', 'PER-015', 'PER-016']},
  {id: 'ACT-021', partnership: 'S02', kind: 'meeting', date: '2022-06-27', title: 'Partnership steering group', attended: ['PER-017', 'PER-018']},
  {id: 'ACT-022', partnership: 'S04', kind: 'training', date: '2022-09-23', title: 'Coaching for collaborative enquiry', attended: ['PER-021', 'PER-022', 'PER-023']},
  {id: 'ACT-023', partnership: 'S03', kind: 'training', date: '2022-10-14', title: 'Peer review training', attended: ['PER-019', 'PER-020']},
  {id: 'ACT-024', partnership: 'P03', kind: 'workshop', date: '2022-11-02', title: 'Numeracy across learning', attended: ['PER-013']},
  {id: 'ACT-025', partnership: 'S05', kind: 'workshop', date: '2023-02-05', title: 'Moderation of writing', attended: ['PER-024', 'PER-025', 'PER-026']},
  {id: 'ACT-026', partnership: 'S04', kind: 'inquiry', date: '2023-03-11', title: 'Closing the gap: what works here?', attended: ['PER-021', 'PER-022']},
  {id: 'ACT-027', partnership: 'S08', kind: 'training', date: '2023-05-09', title: 'Coaching for collaborative enquiry', attended: ['PER-031', 'PER-032']},
  {id: 'ACT-028', partnership: 'P02', kind: 'meeting', date: '2023-06-15', title: 'Partnership steering group', attended: ['PER-011', 'PER-012']},
  {id: 'ACT-029', partnership: 'S03', kind: 'inquiry', date: '2023-09-07', title: 'Closing the gap: what works here?', attended: ['PER-019', 'PER-020']},
  {id: 'ACT-030', partnership: 'P01', kind: 'meeting', date: '2023-09-12', title: 'Annual review of shared goals', attended: ['PER-001', 'PER-002', 'PER-003', 'PER-004', 'PER-005']},
  {id: 'ACT-031', partnership: 'S06', kind: 'training', date: '2023-10-09', title: 'Peer review training', attended: ['PER-027', 'PER-028']},
  {id: 'ACT-032', partnership: 'P01', kind: 'workshop', date: '2024-02-06', title: 'Maths reasoning: sharing what works', attended: ['PER-002', 'PER-005', 'PER-006', 'PER-008', 'PER-010']},
  {id: 'ACT-033', partnership: 'S05', kind: 'workshop', date: '2024-02-10', title: 'Numeracy across learning', attended: ['PER-024', 'PER-025', 'PER-026']},
  {id: 'ACT-034', partnership: 'S04', kind: 'training', date: '2024-02-23', title: 'Peer review training', attended: ['PER-021', 'PER-022', 'PER-023']},
  {id: 'ACT-035', partnership: 'S06', kind: 'workshop', date: '2024-06-14', title: 'Numeracy across learning', attended: ['PER-027', 'PER-028']},
  {id: 'ACT-036', partnership: 'S08', kind: 'workshop', date: '2024-06-15', title: 'Numeracy across learning', attended: ['PER-031', 'PER-032']},
  {id: 'ACT-037', partnership: 'P01', kind: 'inquiry', date: '2024-10-01', title: 'Inquiry: attendance of disadvantaged pupils', attended: ['PER-004', 'PER-007', 'PER-008', 'PER-009']},
  {id: 'ACT-038', partnership: 'S06', kind: 'inquiry', date: '2025-02-02', title: 'Closing the gap: what works here?', attended: ['PER-027', 'PER-028']},
  {id: 'ACT-039', partnership: 'S08', kind: 'training', date: '2025-02-17', title: 'Peer review training', attended: ['PER-031', 'PER-032']},
  {id: 'ACT-040', partnership: 'P01', kind: 'meeting', date: '2025-03-04', title: 'Seventh anniversary meeting and goal setting', attended: ['PER-001', 'PER-002', 'PER-003', 'PER-004', 'PER-005']}
] AS x
MATCH (p:Partnership {id: x.partnership})
CREATE (p)-[:HELD]->(activity:Activity {id: x.id, kind: x.kind, date: date(x.date), title: x.title})
WITH activity, x
UNWIND x.attended AS personId
MATCH (person:Person {id: personId})
CREATE (person)-[:ATTENDED]->(activity);

// ===== Results ==============================================================================
// % of pupils reaching the expected standard (England) or level (Scotland), for all pupils and
// for disadvantaged pupils, one value per year in the order of `years`. There were no national
// assessments in 2020, nor in England in 2021. Nurseries and special schools have no results.
// Result ids read R-<urn>-<year>-<measure>-<pupil group>.

// England
WITH [2019, 2022, 2023, 2024] AS years
UNWIND [
  {urn: 900001, measure: 'literacy', all: [69.3, 71.0, 71.3, 74.7], disadvantaged: [46.5, 56.7, 58.9, 63.3]},  // Padnell Junior School
  {urn: 900001, measure: 'numeracy', all: [76.5, 79.1, 80.6, 78.1], disadvantaged: [53.4, 61.8, 66.0, 66.9]},
  {urn: 900002, measure: 'literacy', all: [73.1, 73.5, 73.0, 76.0], disadvantaged: [58.8, 65.2, 66.1, 69.9]},  // Purbrook Junior School
  {urn: 900002, measure: 'numeracy', all: [64.5, 63.1, 64.4, 61.1], disadvantaged: [40.8, 46.8, 48.8, 49.1]},
  {urn: 900003, measure: 'literacy', all: [67.0, 62.7, 67.6, 66.5], disadvantaged: [44.8, 48.8, 53.0, 55.6]},  // Clanfield Junior School
  {urn: 900003, measure: 'numeracy', all: [66.4, 65.4, 68.7, 69.1], disadvantaged: [44.0, 49.1, 55.4, 57.2]},
  {urn: 900004, measure: 'literacy', all: [62.6, 61.2, 63.3, 61.9], disadvantaged: [40.1, 45.3, 49.2, 50.9]},  // St Albans Primary School
  {urn: 900004, measure: 'numeracy', all: [73.1, 70.1, 71.6, 73.7], disadvantaged: [52.2, 57.0, 60.6, 64.6]},
  {urn: 900005, measure: 'literacy', all: [82.0, 80.5, 82.9, 82.7], disadvantaged: [61.0, 67.6, 71.3, 71.8]},  // Denmead Junior School
  {urn: 900005, measure: 'numeracy', all: [71.8, 70.2, 72.4, 71.7], disadvantaged: [45.7, 51.5, 55.9, 55.8]},
  {urn: 900101, measure: 'literacy', all: [71.4, 67.0, 68.8, 68.7], disadvantaged: [52.6, 50.8, 56.6, 56.2]},  // Bishopstoke Meadow Primary School
  {urn: 900101, measure: 'numeracy', all: [74.8, 68.9, 70.1, 69.5], disadvantaged: [56.1, 55.4, 56.6, 58.1]},
  {urn: 900102, measure: 'literacy', all: [74.4, 72.4, 73.4, 73.2], disadvantaged: [57.4, 55.0, 56.3, 55.2]},  // Larkwhistle Junior School
  {urn: 900102, measure: 'numeracy', all: [59.9, 59.0, 61.0, 61.6], disadvantaged: [37.4, 35.4, 37.9, 36.8]},
  {urn: 900103, measure: 'literacy', all: [73.9, 67.4, 70.8, 69.4], disadvantaged: [50.3, 44.9, 47.3, 45.4]},  // Chalkdown Secondary School
  {urn: 900103, measure: 'numeracy', all: [73.6, 74.1, 75.1, 74.5], disadvantaged: [46.9, 49.5, 48.4, 47.0]},
  {urn: 900105, measure: 'literacy', all: [64.2, 61.2, 65.1, 63.8], disadvantaged: [45.1, 45.5, 52.0, 52.3]},  // Harbourlight Primary School
  {urn: 900105, measure: 'numeracy', all: [75.7, 73.3, 76.5, 73.0], disadvantaged: [56.4, 56.6, 61.3, 59.6]},
  {urn: 900106, measure: 'literacy', all: [69.8, 65.3, 67.7, 66.4], disadvantaged: [46.3, 43.7, 48.5, 48.1]},  // Spinnaker Academy
  {urn: 900106, measure: 'numeracy', all: [78.1, 76.2, 80.9, 79.6], disadvantaged: [57.8, 60.0, 65.9, 65.0]},
  {urn: 900107, measure: 'literacy', all: [65.1, 63.7, 65.0, 64.9], disadvantaged: [40.4, 38.1, 40.8, 39.1]},  // Hilsea Lines Infant School
  {urn: 900107, measure: 'numeracy', all: [60.5, 60.4, 61.0, 63.6], disadvantaged: [43.7, 41.4, 43.7, 45.2]},
  {urn: 900108, measure: 'literacy', all: [74.6, 72.8, 73.6, 76.6], disadvantaged: [53.7, 50.0, 52.8, 53.3]},  // Southsea Common Primary School
  {urn: 900108, measure: 'numeracy', all: [78.8, 77.2, 75.4, 78.8], disadvantaged: [53.2, 52.5, 51.0, 52.8]},
  {urn: 900109, measure: 'literacy', all: [69.4, 66.1, 69.5, 70.5], disadvantaged: [53.6, 51.2, 57.5, 58.4]},  // Riverside Quay Primary School
  {urn: 900109, measure: 'numeracy', all: [68.2, 65.2, 69.9, 68.2], disadvantaged: [42.1, 43.0, 50.4, 47.9]},
  {urn: 900110, measure: 'literacy', all: [72.5, 67.6, 69.5, 71.7], disadvantaged: [47.9, 40.1, 43.9, 47.1]},  // Sholing Heath Primary School
  {urn: 900110, measure: 'numeracy', all: [68.3, 66.3, 69.1, 66.2], disadvantaged: [48.9, 44.5, 49.6, 46.5]},
  {urn: 900111, measure: 'literacy', all: [75.9, 74.5, 73.3, 73.5], disadvantaged: [49.8, 50.2, 50.1, 47.7]},  // Common Edge Academy
  {urn: 900111, measure: 'numeracy', all: [64.5, 61.9, 67.5, 67.0], disadvantaged: [44.9, 41.1, 48.7, 47.7]},
  {urn: 900112, measure: 'literacy', all: [70.0, 69.1, 71.8, 71.6], disadvantaged: [47.7, 48.7, 49.5, 49.3]},  // Cathedral Green Primary School
  {urn: 900112, measure: 'numeracy', all: [66.6, 62.0, 64.3, 64.3], disadvantaged: [50.4, 45.7, 46.5, 46.9]},
  {urn: 900113, measure: 'literacy', all: [74.6, 70.7, 69.3, 69.3], disadvantaged: [50.6, 45.5, 43.5, 45.3]},  // Tilgate Forest Primary School
  {urn: 900113, measure: 'numeracy', all: [58.0, 55.2, 59.1, 58.6], disadvantaged: [35.8, 32.1, 35.4, 34.2]},
  {urn: 900114, measure: 'literacy', all: [76.1, 75.9, 77.5, 73.8], disadvantaged: [53.1, 54.4, 54.1, 52.5]},  // Arun Valley Primary School
  {urn: 900114, measure: 'numeracy', all: [66.6, 65.4, 67.2, 65.8], disadvantaged: [40.6, 39.1, 40.4, 38.0]},
  {urn: 900115, measure: 'literacy', all: [74.3, 73.0, 77.1, 76.7], disadvantaged: [57.1, 53.9, 59.1, 59.7]},  // Floating Harbour Primary School
  {urn: 900115, measure: 'numeracy', all: [61.1, 60.2, 61.0, 59.5], disadvantaged: [40.4, 39.1, 40.1, 40.3]},
  {urn: 900117, measure: 'literacy', all: [65.4, 64.3, 66.8, 66.6], disadvantaged: [47.1, 45.8, 46.3, 45.8]},  // Frome Vale Academy
  {urn: 900117, measure: 'numeracy', all: [63.5, 63.9, 67.1, 65.9], disadvantaged: [41.5, 41.5, 45.3, 44.5]},
  {urn: 900118, measure: 'literacy', all: [63.4, 62.5, 63.1, 65.3], disadvantaged: [36.9, 35.3, 36.6, 38.9]},  // Tamar View Primary School
  {urn: 900118, measure: 'numeracy', all: [65.4, 65.0, 65.7, 68.9], disadvantaged: [48.7, 46.7, 47.4, 50.4]},
  {urn: 900119, measure: 'literacy', all: [65.3, 65.6, 66.0, 68.6], disadvantaged: [44.8, 45.2, 47.6, 49.7]},  // Sound Edge Primary School
  {urn: 900119, measure: 'numeracy', all: [63.1, 60.4, 62.1, 62.5], disadvantaged: [45.9, 40.7, 43.2, 44.7]},
  {urn: 900120, measure: 'literacy', all: [78.7, 75.2, 78.2, 78.9], disadvantaged: [60.9, 58.1, 59.4, 61.2]},  // Dartmoor Gate Academy
  {urn: 900120, measure: 'numeracy', all: [59.6, 55.9, 60.1, 57.1], disadvantaged: [43.5, 38.5, 44.3, 40.7]}
] AS x
MATCH (s:School {urn: x.urn})
UNWIND range(0, size(years) - 1) AS i
WITH s, x, years[i] AS year, x.all[i] AS allPupils, x.disadvantaged[i] AS disadvantaged
CREATE (s)-[:HAS_RESULT]->(:Result {id: 'R-' + toString(s.urn) + '-' + toString(year) + '-' + x.measure + '-all',
                                    year: year, measure: x.measure, pupilGroup: 'all', value: allPupils}),
       (s)-[:HAS_RESULT]->(:Result {id: 'R-' + toString(s.urn) + '-' + toString(year) + '-' + x.measure + '-disadvantaged',
                                    year: year, measure: x.measure, pupilGroup: 'disadvantaged', value: disadvantaged});

// Scotland
WITH [2019, 2021, 2022, 2023, 2024] AS years
UNWIND [
  {urn: 950001, measure: 'literacy', all: [67.0, 61.5, 62.0, 63.5, 61.7], disadvantaged: [42.8, 41.0, 43.8, 46.1, 45.6]},  // Osprey Glen Primary School
  {urn: 950001, measure: 'numeracy', all: [72.0, 68.9, 70.6, 73.8, 73.3], disadvantaged: [49.4, 48.5, 53.2, 57.9, 60.6]},
  {urn: 950002, measure: 'literacy', all: [66.5, 63.8, 64.4, 67.2, 68.0], disadvantaged: [38.8, 40.4, 42.4, 47.9, 50.1]},  // Corrie Brae Primary School
  {urn: 950002, measure: 'numeracy', all: [64.2, 63.1, 66.2, 67.3, 66.2], disadvantaged: [39.8, 43.5, 47.8, 51.0, 50.5]},
  {urn: 950003, measure: 'literacy', all: [65.1, 61.1, 62.4, 66.1, 65.4], disadvantaged: [46.6, 46.5, 48.1, 53.9, 55.7]},  // Moray Firth Academy
  {urn: 950003, measure: 'numeracy', all: [66.3, 61.7, 62.3, 63.0, 62.1], disadvantaged: [39.7, 39.2, 41.3, 43.2, 45.7]},
  {urn: 950004, measure: 'literacy', all: [68.2, 65.9, 68.8, 69.1, 68.5], disadvantaged: [44.2, 42.3, 45.1, 45.2, 44.6]},  // Rowanlea Primary School
  {urn: 950004, measure: 'numeracy', all: [67.8, 64.2, 65.6, 68.6, 67.4], disadvantaged: [49.5, 46.2, 47.5, 49.0, 48.5]},
  {urn: 950005, measure: 'literacy', all: [74.5, 70.0, 69.8, 71.7, 74.6], disadvantaged: [47.8, 45.7, 45.2, 46.4, 47.6]},  // Strathcorran Primary School
  {urn: 950005, measure: 'numeracy', all: [68.2, 64.0, 65.5, 67.2, 65.7], disadvantaged: [49.5, 43.8, 46.3, 46.7, 46.6]},
  {urn: 950006, measure: 'literacy', all: [67.2, 64.7, 65.7, 70.1, 69.8], disadvantaged: [42.7, 40.3, 39.4, 44.6, 43.5]},  // Bealach Primary School
  {urn: 950006, measure: 'numeracy', all: [63.9, 61.5, 61.1, 62.6, 64.5], disadvantaged: [42.4, 40.6, 39.9, 40.8, 44.5]},
  {urn: 950007, measure: 'literacy', all: [68.9, 67.6, 70.4, 72.1, 71.7], disadvantaged: [51.9, 47.8, 50.6, 53.5, 54.6]},  // Ardvarra School
  {urn: 950007, measure: 'numeracy', all: [65.6, 66.2, 68.5, 70.1, 68.6], disadvantaged: [40.8, 43.5, 45.9, 45.3, 43.2]},
  {urn: 950008, measure: 'literacy', all: [78.9, 76.2, 74.7, 79.5, 77.1], disadvantaged: [60.1, 55.5, 53.6, 60.4, 57.9]},  // Heatherbank Primary School
  {urn: 950008, measure: 'numeracy', all: [75.1, 69.1, 72.9, 74.6, 71.5], disadvantaged: [52.0, 48.2, 51.5, 53.6, 48.9]},
  {urn: 950010, measure: 'literacy', all: [65.0, 63.8, 62.2, 67.3, 65.4], disadvantaged: [42.5, 44.8, 44.5, 52.1, 51.5]},  // Bennachie View Primary School
  {urn: 950010, measure: 'numeracy', all: [65.2, 61.9, 62.0, 65.7, 66.0], disadvantaged: [45.0, 43.2, 45.4, 52.7, 53.0]},
  {urn: 950011, measure: 'literacy', all: [75.4, 68.5, 69.9, 69.7, 70.4], disadvantaged: [51.3, 45.6, 51.1, 50.8, 55.0]},  // Buchan Ness Academy
  {urn: 950011, measure: 'numeracy', all: [73.5, 72.1, 75.4, 77.3, 77.3], disadvantaged: [56.4, 58.3, 62.8, 65.3, 68.9]},
  {urn: 950012, measure: 'literacy', all: [81.2, 77.8, 79.3, 80.9, 80.9], disadvantaged: [62.0, 63.0, 65.8, 67.3, 69.4]},  // Cowie Haven Primary School
  {urn: 950012, measure: 'numeracy', all: [75.2, 72.1, 74.1, 75.3, 73.2], disadvantaged: [56.6, 57.3, 61.4, 64.4, 62.8]},
  {urn: 950013, measure: 'literacy', all: [68.5, 62.8, 66.8, 66.0, 68.8], disadvantaged: [43.7, 37.5, 42.1, 41.8, 43.6]},  // Ythan Bank Primary School
  {urn: 950013, measure: 'numeracy', all: [62.1, 62.0, 62.7, 63.0, 64.0], disadvantaged: [44.0, 42.3, 42.7, 44.8, 44.6]},
  {urn: 950014, measure: 'literacy', all: [69.4, 65.3, 68.7, 69.8, 69.0], disadvantaged: [51.9, 47.7, 51.6, 52.2, 52.1]},  // Lunan Bay Primary School
  {urn: 950014, measure: 'numeracy', all: [76.5, 74.2, 75.7, 77.6, 77.7], disadvantaged: [48.6, 46.9, 48.0, 50.5, 51.9]},
  {urn: 950015, measure: 'literacy', all: [78.7, 73.2, 75.2, 78.3, 79.1], disadvantaged: [56.4, 50.7, 55.6, 56.7, 59.4]},  // Strathmore Vale Academy
  {urn: 950015, measure: 'numeracy', all: [68.9, 64.0, 64.0, 68.9, 68.1], disadvantaged: [44.4, 40.0, 39.7, 46.3, 45.7]},
  {urn: 950016, measure: 'literacy', all: [71.9, 67.3, 70.9, 71.4, 70.3], disadvantaged: [55.2, 49.6, 52.6, 53.1, 53.1]},  // Basin View Primary School
  {urn: 950016, measure: 'numeracy', all: [62.8, 56.8, 59.4, 63.0, 65.2], disadvantaged: [37.8, 33.1, 33.5, 38.6, 40.6]},
  {urn: 950017, measure: 'literacy', all: [66.7, 63.1, 64.6, 66.5, 65.5], disadvantaged: [44.6, 40.8, 43.9, 46.2, 44.6]},  // Tayview Primary School
  {urn: 950017, measure: 'numeracy', all: [59.1, 56.8, 57.7, 59.5, 62.9], disadvantaged: [38.6, 35.5, 38.6, 40.1, 43.4]},
  {urn: 950018, measure: 'literacy', all: [76.5, 71.4, 71.9, 76.8, 77.0], disadvantaged: [54.7, 48.8, 50.6, 54.7, 55.6]},  // Law Brae Primary School
  {urn: 950018, measure: 'numeracy', all: [69.4, 66.4, 69.3, 71.8, 71.4], disadvantaged: [47.6, 45.5, 46.5, 49.3, 49.2]},
  {urn: 950020, measure: 'literacy', all: [69.0, 66.6, 68.1, 71.6, 72.7], disadvantaged: [43.7, 41.8, 43.1, 47.9, 49.4]},  // Eastfield Brae Primary School
  {urn: 950020, measure: 'numeracy', all: [69.8, 64.6, 66.9, 67.9, 67.9], disadvantaged: [47.2, 43.3, 44.2, 46.0, 45.0]},
  {urn: 950021, measure: 'literacy', all: [65.2, 60.5, 64.5, 63.1, 65.7], disadvantaged: [41.5, 38.4, 44.1, 43.8, 46.9]},  // Kinnoull Brae Primary School
  {urn: 950021, measure: 'numeracy', all: [60.9, 59.5, 58.9, 61.9, 63.8], disadvantaged: [38.4, 37.9, 41.2, 44.9, 47.1]},
  {urn: 950022, measure: 'literacy', all: [69.2, 63.5, 64.2, 67.1, 65.7], disadvantaged: [49.3, 46.0, 48.2, 52.4, 51.8]},  // Earn Valley Primary School
  {urn: 950022, measure: 'numeracy', all: [60.6, 58.8, 58.7, 60.6, 58.8], disadvantaged: [35.2, 33.5, 34.7, 36.4, 35.6]},
  {urn: 950023, measure: 'literacy', all: [69.5, 65.6, 66.6, 71.0, 68.8], disadvantaged: [50.6, 47.4, 48.4, 54.7, 55.1]},  // Ericht Academy
  {urn: 950023, measure: 'numeracy', all: [65.1, 61.5, 63.2, 67.1, 64.9], disadvantaged: [45.9, 41.8, 46.9, 52.2, 50.7]},
  {urn: 950024, measure: 'literacy', all: [61.9, 58.3, 59.6, 62.2, 64.3], disadvantaged: [43.5, 39.7, 40.5, 44.0, 46.6]},  // Loch Leven Shore Primary School
  {urn: 950024, measure: 'numeracy', all: [77.8, 71.9, 75.8, 79.1, 76.3], disadvantaged: [51.7, 47.7, 50.0, 55.0, 51.7]},
  {urn: 950025, measure: 'literacy', all: [77.6, 75.0, 76.6, 75.8, 75.1], disadvantaged: [57.9, 55.7, 59.0, 58.1, 60.4]},  // Eden Valley Primary School
  {urn: 950025, measure: 'numeracy', all: [77.2, 73.2, 71.0, 76.7, 73.9], disadvantaged: [56.5, 54.5, 52.0, 57.8, 56.1]},
  {urn: 950026, measure: 'literacy', all: [83.6, 76.8, 80.1, 79.3, 78.0], disadvantaged: [63.0, 56.6, 60.0, 61.3, 61.6]},  // Tentsmuir Primary School
  {urn: 950026, measure: 'numeracy', all: [79.7, 76.7, 74.4, 76.5, 75.8], disadvantaged: [56.2, 55.6, 54.4, 56.3, 58.3]},
  {urn: 950027, measure: 'literacy', all: [70.4, 64.1, 68.2, 70.7, 67.8], disadvantaged: [49.5, 45.2, 51.4, 53.2, 53.4]},  // Lomond Hills Primary School
  {urn: 950027, measure: 'numeracy', all: [65.2, 61.7, 61.6, 65.3, 65.8], disadvantaged: [47.6, 45.2, 44.8, 51.6, 52.2]},
  {urn: 950028, measure: 'literacy', all: [73.4, 69.7, 72.6, 71.0, 70.5], disadvantaged: [47.9, 45.6, 49.4, 49.3, 49.0]},  // Ravenscraig Shore Primary School
  {urn: 950028, measure: 'numeracy', all: [78.5, 75.3, 77.7, 79.2, 80.2], disadvantaged: [56.1, 52.7, 58.2, 60.6, 62.7]},
  {urn: 950029, measure: 'literacy', all: [80.1, 77.2, 80.4, 83.2, 83.5], disadvantaged: [53.6, 55.0, 57.8, 62.5, 62.3]},  // Carnegie Glen Primary School
  {urn: 950029, measure: 'numeracy', all: [74.5, 70.4, 71.1, 74.4, 73.7], disadvantaged: [51.9, 49.7, 49.1, 56.0, 54.4]},
  {urn: 950030, measure: 'literacy', all: [65.7, 66.1, 64.8, 69.5, 67.4], disadvantaged: [41.8, 44.8, 43.9, 51.0, 48.2]},  // Leven Links Academy
  {urn: 950030, measure: 'numeracy', all: [72.4, 70.6, 72.3, 76.8, 77.5], disadvantaged: [53.9, 54.1, 56.8, 62.6, 66.1]},
  {urn: 950031, measure: 'literacy', all: [68.4, 65.8, 65.1, 69.4, 70.9], disadvantaged: [47.7, 45.3, 45.1, 47.0, 48.4]},  // Forth Bridges Primary School
  {urn: 950031, measure: 'numeracy', all: [63.1, 61.4, 63.6, 65.4, 66.6], disadvantaged: [46.2, 43.8, 46.9, 47.2, 50.3]},
  {urn: 950032, measure: 'literacy', all: [72.2, 67.7, 69.9, 74.6, 74.2], disadvantaged: [51.9, 47.8, 49.6, 54.8, 53.3]},  // East Neuk Primary School
  {urn: 950032, measure: 'numeracy', all: [63.6, 58.5, 57.4, 61.3, 61.9], disadvantaged: [42.7, 40.3, 36.8, 43.3, 41.2]},
  {urn: 950033, measure: 'literacy', all: [67.7, 62.9, 63.2, 63.1, 63.1], disadvantaged: [49.5, 44.3, 48.7, 51.4, 51.9]},  // Castle Rock Primary School
  {urn: 950033, measure: 'numeracy', all: [67.5, 62.2, 62.8, 65.0, 64.2], disadvantaged: [44.6, 39.0, 41.7, 47.0, 46.0]},
  {urn: 950034, measure: 'literacy', all: [64.3, 58.4, 60.1, 63.2, 62.1], disadvantaged: [41.1, 35.3, 39.6, 43.4, 45.5]},  // Teith Valley Primary School
  {urn: 950034, measure: 'numeracy', all: [61.1, 57.0, 61.9, 62.0, 62.2], disadvantaged: [38.8, 34.1, 41.0, 44.2, 44.8]},
  {urn: 950035, measure: 'literacy', all: [63.1, 58.2, 61.3, 65.9, 63.3], disadvantaged: [43.7, 38.2, 41.6, 46.6, 42.4]},  // Allan Water Primary School
  {urn: 950035, measure: 'numeracy', all: [67.1, 65.4, 64.3, 67.3, 69.6], disadvantaged: [40.6, 40.1, 38.8, 42.4, 43.5]},
  {urn: 950036, measure: 'literacy', all: [68.8, 63.5, 65.7, 70.5, 66.6], disadvantaged: [49.8, 44.7, 49.5, 56.8, 53.5]},  // Carron Glen Primary School
  {urn: 950036, measure: 'numeracy', all: [79.7, 74.9, 76.5, 77.0, 78.3], disadvantaged: [63.3, 56.2, 61.8, 63.7, 67.7]},
  {urn: 950037, measure: 'literacy', all: [80.2, 79.2, 78.9, 80.4, 80.1], disadvantaged: [58.6, 57.2, 60.2, 64.8, 65.2]},  // Antonine Wall Academy
  {urn: 950037, measure: 'numeracy', all: [79.5, 75.9, 76.8, 80.3, 79.3], disadvantaged: [54.1, 52.4, 54.7, 59.5, 62.9]},
  {urn: 950038, measure: 'literacy', all: [70.6, 64.5, 66.0, 67.2, 69.7], disadvantaged: [45.9, 41.4, 43.0, 44.3, 46.2]},  // Kinneil Shore Primary School
  {urn: 950038, measure: 'numeracy', all: [72.0, 67.2, 68.4, 70.7, 68.3], disadvantaged: [49.9, 44.6, 47.6, 49.9, 46.4]},
  {urn: 950039, measure: 'literacy', all: [63.8, 62.5, 64.1, 67.6, 64.3], disadvantaged: [40.9, 39.4, 42.2, 49.5, 46.5]},  // Ochil View Primary School
  {urn: 950039, measure: 'numeracy', all: [72.0, 67.5, 68.9, 73.6, 73.4], disadvantaged: [48.5, 46.1, 47.1, 56.6, 55.9]},
  {urn: 950041, measure: 'literacy', all: [73.2, 67.7, 70.3, 73.0, 69.6], disadvantaged: [53.0, 47.9, 51.8, 53.6, 49.1]},  // Devon Banks Primary School
  {urn: 950041, measure: 'numeracy', all: [76.2, 73.2, 75.1, 75.3, 76.3], disadvantaged: [49.4, 48.4, 50.3, 49.9, 51.8]},
  {urn: 950042, measure: 'literacy', all: [78.8, 78.5, 77.5, 82.7, 81.7], disadvantaged: [55.8, 55.6, 55.6, 62.5, 61.6]},  // Almond Bank Primary School
  {urn: 950042, measure: 'numeracy', all: [62.3, 59.3, 57.9, 60.2, 59.0], disadvantaged: [42.7, 42.0, 39.7, 43.9, 43.0]},
  {urn: 950043, measure: 'literacy', all: [70.5, 67.6, 70.8, 72.8, 70.3], disadvantaged: [47.1, 44.4, 45.7, 50.8, 46.6]},  // Cairnpapple Primary School
  {urn: 950043, measure: 'numeracy', all: [74.8, 72.6, 74.3, 76.8, 75.1], disadvantaged: [54.9, 53.3, 54.7, 59.2, 57.9]},
  {urn: 950044, measure: 'literacy', all: [81.1, 78.4, 78.3, 80.7, 81.6], disadvantaged: [54.8, 52.1, 52.3, 55.3, 59.2]},  // Linlithgow Loch Academy
  {urn: 950044, measure: 'numeracy', all: [70.4, 69.1, 69.5, 70.0, 72.2], disadvantaged: [53.1, 52.0, 53.5, 54.4, 58.6]},
  {urn: 950045, measure: 'literacy', all: [65.5, 59.3, 62.8, 64.9, 62.3], disadvantaged: [48.1, 42.8, 45.1, 47.9, 45.9]},  // Breich Water Primary School
  {urn: 950045, measure: 'numeracy', all: [64.3, 60.5, 61.9, 64.6, 64.0], disadvantaged: [43.6, 38.9, 40.8, 43.2, 41.5]},
  {urn: 950046, measure: 'literacy', all: [73.0, 70.9, 69.6, 71.8, 73.8], disadvantaged: [46.9, 47.5, 44.3, 48.4, 50.6]},  // Traprain Primary School
  {urn: 950046, measure: 'numeracy', all: [69.2, 64.6, 64.9, 67.3, 68.6], disadvantaged: [53.2, 47.2, 47.8, 51.1, 54.1]},
  {urn: 950047, measure: 'literacy', all: [80.8, 77.2, 80.3, 82.1, 83.5], disadvantaged: [62.4, 61.2, 65.1, 67.4, 67.2]},  // Belhaven Bay Primary School
  {urn: 950047, measure: 'numeracy', all: [69.9, 69.5, 68.3, 71.8, 69.2], disadvantaged: [52.1, 51.1, 52.1, 56.6, 54.5]},
  {urn: 950048, measure: 'literacy', all: [62.7, 62.0, 61.8, 65.7, 64.0], disadvantaged: [37.8, 35.6, 36.1, 40.3, 37.7]},  // Esk Mouth Primary School
  {urn: 950048, measure: 'numeracy', all: [76.8, 73.3, 74.4, 77.4, 76.3], disadvantaged: [56.3, 54.7, 53.8, 56.3, 56.1]},
  {urn: 950049, measure: 'literacy', all: [74.9, 71.1, 71.1, 75.8, 74.5], disadvantaged: [52.9, 49.5, 48.4, 53.1, 49.1]},  // Gala Water Primary School
  {urn: 950049, measure: 'numeracy', all: [74.3, 69.5, 71.1, 74.6, 72.8], disadvantaged: [53.6, 49.4, 50.5, 55.9, 52.3]},
  {urn: 950050, measure: 'literacy', all: [66.7, 63.2, 63.4, 67.8, 66.7], disadvantaged: [47.4, 44.9, 46.6, 48.4, 48.1]},  // Teviot Bank Primary School
  {urn: 950050, measure: 'numeracy', all: [64.4, 57.0, 59.2, 61.3, 58.8], disadvantaged: [47.5, 40.1, 40.1, 43.7, 40.0]},
  {urn: 950051, measure: 'literacy', all: [70.8, 71.0, 72.5, 74.0, 72.2], disadvantaged: [45.0, 44.4, 45.3, 46.7, 44.5]},  // Tweed Valley Academy
  {urn: 950051, measure: 'numeracy', all: [64.8, 60.3, 64.6, 66.1, 64.9], disadvantaged: [41.1, 36.5, 40.8, 41.9, 41.9]},
  {urn: 950052, measure: 'literacy', all: [66.3, 61.5, 63.8, 68.0, 67.9], disadvantaged: [44.2, 38.0, 41.6, 46.8, 43.9]},  // Floors Haugh Primary School
  {urn: 950052, measure: 'numeracy', all: [75.4, 68.5, 70.9, 72.9, 72.0], disadvantaged: [56.0, 47.2, 50.3, 53.2, 50.2]},
  {urn: 950053, measure: 'literacy', all: [71.6, 68.4, 67.8, 70.1, 69.9], disadvantaged: [53.8, 50.3, 47.9, 49.3, 50.9]},  // Nithside Primary School
  {urn: 950053, measure: 'numeracy', all: [60.0, 57.9, 58.4, 59.7, 61.0], disadvantaged: [41.9, 38.6, 38.5, 40.3, 39.7]},
  {urn: 950054, measure: 'literacy', all: [75.0, 70.7, 70.2, 71.1, 72.3], disadvantaged: [50.3, 45.4, 45.3, 44.8, 45.5]},  // Loch Ryan Primary School
  {urn: 950054, measure: 'numeracy', all: [70.7, 65.2, 68.9, 67.9, 68.2], disadvantaged: [49.3, 44.0, 46.7, 44.4, 44.1]},
  {urn: 950055, measure: 'literacy', all: [81.2, 76.9, 80.5, 82.4, 82.9], disadvantaged: [63.7, 58.2, 62.1, 62.3, 63.0]},  // Threave Primary School
  {urn: 950055, measure: 'numeracy', all: [76.1, 71.8, 72.9, 75.3, 77.2], disadvantaged: [49.9, 46.8, 46.9, 49.0, 49.9]}
] AS x
MATCH (s:School {urn: x.urn})
UNWIND range(0, size(years) - 1) AS i
WITH s, x, years[i] AS year, x.all[i] AS allPupils, x.disadvantaged[i] AS disadvantaged
CREATE (s)-[:HAS_RESULT]->(:Result {id: 'R-' + toString(s.urn) + '-' + toString(year) + '-' + x.measure + '-all',
                                    year: year, measure: x.measure, pupilGroup: 'all', value: allPupils}),
       (s)-[:HAS_RESULT]->(:Result {id: 'R-' + toString(s.urn) + '-' + toString(year) + '-' + x.measure + '-disadvantaged',
                                    year: year, measure: x.measure, pupilGroup: 'disadvantaged', value: disadvantaged});
