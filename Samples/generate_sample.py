#!/usr/bin/env python3
"""Writes Samples/partnerships.cypher, the Trellis sample partnership graph.

The five Hampshire partnership schools are real (names, local authority, towns); everything
else about them, and everything about every other school, is invented for illustration
(see Samples/README.md). The output is deterministic: the same script always writes the
same file, so the committed .cypher and this generator stay in step.

    python3 Samples/generate_sample.py            # rewrites Samples/partnerships.cypher
"""

import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "partnerships.cypher")

rng = random.Random(20180301)

# ---------------------------------------------------------------------------------------------
# Regions and local authorities. Codes are GSS-style council codes.
# ---------------------------------------------------------------------------------------------

REGIONS = [
    ("South East", "England"),
    ("South West", "England"),
    ("North of Scotland", "Scotland"),
    ("Tayside and Fife", "Scotland"),
    ("Forth Valley and the Lothians", "Scotland"),
    ("South of Scotland", "Scotland"),
]

# code, name, country, region
AUTHORITIES = [
    ("E10000014", "Hampshire", "England", "South East"),
    ("E06000044", "Portsmouth", "England", "South East"),
    ("E06000045", "Southampton", "England", "South East"),
    ("E10000032", "West Sussex", "England", "South East"),
    ("E06000023", "Bristol", "England", "South West"),
    ("E06000026", "Plymouth", "England", "South West"),
    ("S12000017", "Highland", "Scotland", "North of Scotland"),
    ("S12000034", "Aberdeenshire", "Scotland", "North of Scotland"),
    ("S12000041", "Angus", "Scotland", "Tayside and Fife"),
    ("S12000042", "Dundee City", "Scotland", "Tayside and Fife"),
    ("S12000048", "Perth and Kinross", "Scotland", "Tayside and Fife"),
    ("S12000047", "Fife", "Scotland", "Tayside and Fife"),
    ("S12000030", "Stirling", "Scotland", "Forth Valley and the Lothians"),
    ("S12000014", "Falkirk", "Scotland", "Forth Valley and the Lothians"),
    ("S12000005", "Clackmannanshire", "Scotland", "Forth Valley and the Lothians"),
    ("S12000040", "West Lothian", "Scotland", "Forth Valley and the Lothians"),
    ("S12000010", "East Lothian", "Scotland", "Forth Valley and the Lothians"),
    ("S12000026", "Scottish Borders", "Scotland", "South of Scotland"),
    ("S12000006", "Dumfries and Galloway", "Scotland", "South of Scotland"),
]
AUTHORITY_BY_NAME = {a[1]: a for a in AUTHORITIES}

AREAS = [
    "phonics", "reading", "writing", "maths", "behaviour for learning", "disadvantaged pupils",
    "leadership", "assessment", "SEND", "attendance", "curriculum design", "early years",
]

# ---------------------------------------------------------------------------------------------
# Programmes and partnerships
# ---------------------------------------------------------------------------------------------

RIC = "Regional Improvement Collaborative — illustrative"
PEER = "Peer Review Pilot — illustrative"
PROGRAMMES = [RIC, PEER]

# id, name, kind, formed, programme (or None), yearly narrowing of the disadvantaged gap once formed
PARTNERSHIPS = [
    ("P01", "Hampshire Five Schools Partnership", "improvement-partnership", "2018-03-01", None, 2.0),
    ("P02", "Solent Coast Trust", "trust", "2020-09-01", PEER, 1.5),
    ("P03", "Floating Harbour Federation", "federation", "2019-04-01", PEER, 0.0),
    ("S01", "Moray Firth and Buchan Collaborative", "improvement-partnership", "2019-08-19", RIC, 1.8),
    ("S02", "Tay Estuary Cluster", "cluster", "2019-10-01", RIC, 0.2),
    ("S03", "Perthshire and North Fife Collaborative", "improvement-partnership", "2020-01-13", RIC, 1.2),
    ("S04", "Forth Valley Numeracy Partnership", "improvement-partnership", "2021-02-01", RIC, 2.2),
    ("S05", "Lothians Literacy Network", "improvement-partnership", "2021-09-01", RIC, 0.8),
    ("S06", "Borders and Galloway Rural Schools Cluster", "cluster", "2022-01-10", RIC, -0.8),
    ("S07", "Kingdom Schools Cluster", "cluster", "2019-09-02", RIC, 1.0),
    ("S08", "Highland Small Schools Federation", "federation", "2022-08-22", RIC, 0.0),
]
PARTNERSHIP = {p[0]: p for p in PARTNERSHIPS}

# ---------------------------------------------------------------------------------------------
# Schools. name, phase, type, authority, lat, lon, postcode district, partnership (or None).
# Positions of made-up schools are near real towns in their authority.
# ---------------------------------------------------------------------------------------------

REAL = "real"

HAMPSHIRE_FIVE = [
    # The five real schools: positions are those of their towns or villages, not of the school sites.
    ("Padnell Junior School", "primary", None, "Hampshire", 50.894, -1.019, "PO8", "P01"),
    ("Purbrook Junior School", "primary", None, "Hampshire", 50.864, -1.035, "PO7", "P01"),
    ("Clanfield Junior School", "primary", None, "Hampshire", 50.944, -1.021, "PO8", "P01"),
    ("St Albans Primary School", "primary", None, "Hampshire", 50.862, -0.960, "PO9", "P01"),
    ("Denmead Junior School", "primary", None, "Hampshire", 50.903, -1.066, "PO7", "P01"),
]

ENGLISH = [
    ("Bishopstoke Meadow Primary School", "primary", "academy", "Hampshire", 50.969, -1.331, "SO50", "P02"),
    ("Larkwhistle Junior School", "primary", "community school", "Hampshire", 51.003, -0.935, "GU32", None),
    ("Chalkdown Secondary School", "secondary", "academy", "Hampshire", 51.266, -1.087, "RG21", None),
    ("Test Valley Special School", "special", "community special school", "Hampshire", 51.208, -1.480, "SP10", None),
    ("Harbourlight Primary School", "primary", "academy", "Portsmouth", 50.790, -1.060, "PO4", "P02"),
    ("Spinnaker Academy", "secondary", "academy", "Portsmouth", 50.815, -1.080, "PO2", "P02"),
    ("Hilsea Lines Infant School", "primary", "community school", "Portsmouth", 50.830, -1.070, "PO3", None),
    ("Southsea Common Primary School", "primary", "voluntary aided school", "Portsmouth", 50.785, -1.090, "PO5", None),
    ("Riverside Quay Primary School", "primary", "academy", "Southampton", 50.900, -1.388, "SO14", "P02"),
    ("Sholing Heath Primary School", "primary", "community school", "Southampton", 50.893, -1.360, "SO19", None),
    ("Common Edge Academy", "secondary", "academy", "Southampton", 50.930, -1.400, "SO17", None),
    ("Cathedral Green Primary School", "primary", "voluntary aided school", "West Sussex", 50.836, -0.779, "PO19", None),
    ("Tilgate Forest Primary School", "primary", "community school", "West Sussex", 51.100, -0.180, "RH10", None),
    ("Arun Valley Primary School", "primary", "academy", "West Sussex", 50.855, -0.555, "BN18", None),
    ("Floating Harbour Primary School", "primary", "community school", "Bristol", 51.448, -2.600, "BS1", "P03"),
    ("Avon Gorge Special School", "special", "community special school", "Bristol", 51.460, -2.620, "BS8", "P03"),
    ("Frome Vale Academy", "secondary", "academy", "Bristol", 51.480, -2.530, "BS16", None),
    ("Tamar View Primary School", "primary", "academy", "Plymouth", 50.410, -4.190, "PL5", None),
    ("Sound Edge Primary School", "primary", "community school", "Plymouth", 50.365, -4.150, "PL1", None),
    ("Dartmoor Gate Academy", "secondary", "academy", "Plymouth", 50.420, -4.100, "PL6", None),
]

LA = "local authority school"
SCOTTISH = [
    ("Osprey Glen Primary School", "primary", LA, "Highland", 57.470, -4.190, "IV2", "S01"),
    ("Corrie Brae Primary School", "primary", LA, "Highland", 57.586, -3.869, "IV12", "S01"),
    ("Moray Firth Academy", "secondary", LA, "Highland", 57.480, -4.240, "IV3", "S01"),
    ("Rowanlea Primary School", "primary", LA, "Highland", 57.596, -4.428, "IV15", "S08"),
    ("Strathcorran Primary School", "primary", LA, "Highland", 56.820, -5.105, "PH33", "S08"),
    ("Bealach Primary School", "primary", LA, "Highland", 56.880, -5.020, "PH33", "S08"),
    ("Ardvarra School", "all-through", LA, "Highland", 58.590, -3.520, "KW14", "S08"),
    ("Heatherbank Primary School", "primary", LA, "Highland", 57.460, -4.210, "IV2", None),
    ("Little Puffins Nursery", "nursery", LA, "Highland", 58.595, -3.530, "KW14", None),
    ("Bennachie View Primary School", "primary", LA, "Aberdeenshire", 57.284, -2.373, "AB51", "S01"),
    ("Buchan Ness Academy", "secondary", LA, "Aberdeenshire", 57.505, -1.796, "AB42", "S01"),
    ("Cowie Haven Primary School", "primary", LA, "Aberdeenshire", 56.963, -2.209, "AB39", "S01"),
    ("Ythan Bank Primary School", "primary", LA, "Aberdeenshire", 57.366, -2.070, "AB41", None),
    ("Lunan Bay Primary School", "primary", LA, "Angus", 56.561, -2.586, "DD11", "S02"),
    ("Strathmore Vale Academy", "secondary", LA, "Angus", 56.644, -2.889, "DD8", "S02"),
    ("Basin View Primary School", "primary", LA, "Angus", 56.708, -2.467, "DD10", None),
    ("Tayview Primary School", "primary", LA, "Dundee City", 56.462, -2.971, "DD1", "S02"),
    ("Law Brae Primary School", "primary", LA, "Dundee City", 56.470, -2.990, "DD3", "S02"),
    ("Discovery Quay Special School", "special", LA, "Dundee City", 56.458, -2.965, "DD1", "S02"),
    ("Eastfield Brae Primary School", "primary", LA, "Dundee City", 56.475, -2.900, "DD4", None),
    ("Kinnoull Brae Primary School", "primary", LA, "Perth and Kinross", 56.396, -3.437, "PH2", "S03"),
    ("Earn Valley Primary School", "primary", LA, "Perth and Kinross", 56.373, -3.840, "PH7", "S03"),
    ("Ericht Academy", "secondary", LA, "Perth and Kinross", 56.590, -3.340, "PH10", "S03"),
    ("Loch Leven Shore Primary School", "primary", LA, "Perth and Kinross", 56.205, -3.420, "KY13", None),
    ("Eden Valley Primary School", "primary", LA, "Fife", 56.320, -3.010, "KY15", "S03"),
    ("Tentsmuir Primary School", "primary", LA, "Fife", 56.380, -2.880, "KY16", "S03"),
    ("Lomond Hills Primary School", "primary", LA, "Fife", 56.195, -3.172, "KY7", "S07"),
    ("Ravenscraig Shore Primary School", "primary", LA, "Fife", 56.112, -3.160, "KY1", "S07"),
    ("Carnegie Glen Primary School", "primary", LA, "Fife", 56.071, -3.452, "KY12", "S07"),
    ("Leven Links Academy", "secondary", LA, "Fife", 56.195, -3.000, "KY8", "S07"),
    ("Forth Bridges Primary School", "primary", LA, "Fife", 56.030, -3.400, "KY11", None),  # left S07 in 2023
    ("East Neuk Primary School", "primary", LA, "Fife", 56.223, -2.700, "KY10", None),
    ("Castle Rock Primary School", "primary", LA, "Stirling", 56.117, -3.936, "FK8", "S04"),
    ("Teith Valley Primary School", "primary", LA, "Stirling", 56.244, -4.214, "FK17", "S04"),
    ("Allan Water Primary School", "primary", LA, "Stirling", 56.154, -3.947, "FK9", None),
    ("Carron Glen Primary School", "primary", LA, "Falkirk", 56.002, -3.784, "FK1", "S04"),
    ("Antonine Wall Academy", "secondary", LA, "Falkirk", 56.011, -3.717, "FK3", "S04"),
    ("Kinneil Shore Primary School", "primary", LA, "Falkirk", 56.017, -3.609, "EH51", None),
    ("Ochil View Primary School", "primary", LA, "Clackmannanshire", 56.153, -3.740, "FK13", "S04"),
    ("Wee County Special School", "special", LA, "Clackmannanshire", 56.116, -3.790, "FK10", "S04"),
    ("Devon Banks Primary School", "primary", LA, "Clackmannanshire", 56.153, -3.800, "FK12", None),
    ("Almond Bank Primary School", "primary", LA, "West Lothian", 55.886, -3.523, "EH54", "S05"),
    ("Cairnpapple Primary School", "primary", LA, "West Lothian", 55.902, -3.643, "EH48", "S05"),
    ("Linlithgow Loch Academy", "secondary", LA, "West Lothian", 55.977, -3.600, "EH49", "S05"),
    ("Breich Water Primary School", "primary", LA, "West Lothian", 55.830, -3.650, "EH55", None),
    ("Traprain Primary School", "primary", LA, "East Lothian", 55.956, -2.781, "EH41", "S05"),
    ("Belhaven Bay Primary School", "primary", LA, "East Lothian", 56.000, -2.517, "EH42", "S05"),
    ("Esk Mouth Primary School", "primary", LA, "East Lothian", 55.942, -3.054, "EH21", None),
    ("Gala Water Primary School", "primary", LA, "Scottish Borders", 55.614, -2.808, "TD1", "S06"),
    ("Teviot Bank Primary School", "primary", LA, "Scottish Borders", 55.422, -2.787, "TD9", "S06"),
    ("Tweed Valley Academy", "secondary", LA, "Scottish Borders", 55.651, -3.189, "EH45", "S06"),
    ("Floors Haugh Primary School", "primary", LA, "Scottish Borders", 55.598, -2.433, "TD5", None),
    ("Nithside Primary School", "primary", LA, "Dumfries and Galloway", 55.070, -3.605, "DG1", "S06"),
    ("Loch Ryan Primary School", "primary", LA, "Dumfries and Galloway", 54.903, -5.024, "DG9", "S06"),
    ("Threave Primary School", "primary", LA, "Dumfries and Galloway", 54.941, -3.930, "DG7", "S06"),
    ("Solway Firth Nursery", "nursery", LA, "Dumfries and Galloway", 54.987, -3.260, "DG12", None),
]

# Hand-set free school meals percentages where a question depends on them (Padnell's phonics matches).
FSM = {
    "Padnell Junior School": 18.4, "Purbrook Junior School": 21.7, "Clanfield Junior School": 9.8,
    "St Albans Primary School": 36.2, "Denmead Junior School": 11.5,
    "Harbourlight Primary School": 38.0, "Riverside Quay Primary School": 41.2,
    "Sholing Heath Primary School": 35.0, "Cathedral Green Primary School": 12.4,
    "Floating Harbour Primary School": 27.0, "Tamar View Primary School": 12.0,
    "Tilgate Forest Primary School": 8.3, "Osprey Glen Primary School": 9.0,
    "Tayview Primary School": 33.0, "Lomond Hills Primary School": 24.0,
    "Almond Bank Primary School": 31.0, "Nithside Primary School": 29.5,
}

ENGLISH_RATINGS = ["Outstanding", "Good", "Good", "Good", "Requires improvement"]
SCOTTISH_RATINGS = ["very good", "good", "good", "satisfactory", "weak"]


def pupils_for(phase):
    return {
        "primary": rng.randrange(140, 460),
        "secondary": rng.randrange(650, 1500),
        "special": rng.randrange(60, 180),
        "all-through": rng.randrange(250, 520),
        "nursery": rng.randrange(40, 90),
    }[phase]


schools = []  # dicts


def add_schools(rows, first_urn, country):
    urn = first_urn
    for (name, phase, kind, authority, lat, lon, postcode, partnership) in rows:
        real = kind is None
        school = {
            "urn": urn, "name": name, "phase": phase,
            "type": kind,  # left out for the real schools
            "pupils": rng.randrange(230, 480) if real else pupils_for(phase),
            "fsm": FSM.get(name, round(rng.uniform(6.0, 45.0), 1)),
            "lat": lat, "lon": lon, "postcode": postcode,
            "rating": None if real else rng.choice(ENGLISH_RATINGS if country == "England" else SCOTTISH_RATINGS),
            "authority": authority, "partnership": partnership, "country": country, "real": real,
        }
        schools.append(school)
        urn += 1


add_schools(HAMPSHIRE_FIVE, 900001, "England")
add_schools(ENGLISH, 900101, "England")
add_schools(SCOTTISH, 950001, "Scotland")
SCHOOL = {s["name"]: s for s in schools}

# ---------------------------------------------------------------------------------------------
# Memberships
# ---------------------------------------------------------------------------------------------

LEADS = {
    "P01": "Padnell Junior School", "P02": "Spinnaker Academy", "P03": "Floating Harbour Primary School",
    "S01": "Moray Firth Academy", "S02": "Tayview Primary School", "S03": "Kinnoull Brae Primary School",
    "S04": "Antonine Wall Academy", "S05": "Linlithgow Loch Academy", "S06": "Tweed Valley Academy",
    "S07": "Leven Links Academy", "S08": "Ardvarra School",
}
LATE_JOINERS = {"Bennachie View Primary School": "2021-08-16", "Cairnpapple Primary School": "2022-08-17"}
PAST_MEMBERS = [("Forth Bridges Primary School", "S07", "2019-09-02", "2023-07-31")]

memberships = []  # (school, partnership, since, until, role)
for s in schools:
    if s["partnership"]:
        pid = s["partnership"]
        since = LATE_JOINERS.get(s["name"], PARTNERSHIP[pid][3])
        role = "lead" if LEADS[pid] == s["name"] else "member"
        memberships.append((s["name"], pid, since, None, role))
for (name, pid, since, until) in PAST_MEMBERS:
    memberships.append((name, pid, since, until, "member"))

# ---------------------------------------------------------------------------------------------
# Strengths and needs
# ---------------------------------------------------------------------------------------------

EVIDENCE = {
    "phonics": ["systematic phonics catch-up in Year 3", "phonics screening above the local average",
                "daily keep-up sessions for pupils who fall behind"],
    "reading": ["whole-class reading with high-quality texts", "reading results above average for three years"],
    "writing": ["modelled writing sequence used in every class", "moderated writing judged secure"],
    "maths": ["mastery approach embedded across the school", "maths results above average for three years"],
    "behaviour for learning": ["consistent routines praised by visitors", "low exclusions and calm classrooms"],
    "disadvantaged pupils": ["pupil premium strategy with clear impact", "narrow attainment gap sustained"],
    "leadership": ["middle leaders trained and accredited", "strong leadership development programme"],
    "assessment": ["formative assessment used to adapt teaching", "moderation leads for the local area"],
    "SEND": ["inclusive practice recognised by the local authority", "specialist outreach offered to others"],
    "attendance": ["persistent absence well below average", "family liaison work with clear results"],
    "curriculum design": ["coherent, well-sequenced curriculum", "subject leaders map knowledge progression"],
    "early years": ["strong early language provision", "high proportion reaching a good level of development"],
}

strengths = []  # (school, area, level, evidence)
needs = []      # (school, area, priority)

HAND_STRENGTHS = [
    ("Padnell Junior School", "maths", 3), ("Padnell Junior School", "behaviour for learning", 2),
    ("Purbrook Junior School", "phonics", 3), ("Purbrook Junior School", "reading", 2),
    ("Clanfield Junior School", "writing", 3), ("Clanfield Junior School", "assessment", 2),
    ("St Albans Primary School", "disadvantaged pupils", 3), ("St Albans Primary School", "SEND", 2),
    ("Denmead Junior School", "curriculum design", 3), ("Denmead Junior School", "leadership", 2),
    # Phonics strengths elsewhere, so that "who could help Padnell with phonics" has something to weigh.
    ("Harbourlight Primary School", "phonics", 3), ("Riverside Quay Primary School", "phonics", 2),
    ("Sholing Heath Primary School", "phonics", 3), ("Cathedral Green Primary School", "phonics", 2),
    ("Floating Harbour Primary School", "phonics", 3), ("Tamar View Primary School", "phonics", 2),
    ("Tilgate Forest Primary School", "phonics", 1), ("Osprey Glen Primary School", "phonics", 3),
    ("Tayview Primary School", "phonics", 3), ("Lomond Hills Primary School", "phonics", 2),
    ("Almond Bank Primary School", "phonics", 3), ("Nithside Primary School", "phonics", 1),
]
HAND_NEEDS = [
    ("Padnell Junior School", "phonics", 1), ("Padnell Junior School", "disadvantaged pupils", 2),
    ("Purbrook Junior School", "maths", 2), ("Purbrook Junior School", "assessment", 3),
    ("Clanfield Junior School", "behaviour for learning", 1),
    ("St Albans Primary School", "writing", 1), ("St Albans Primary School", "attendance", 2),
    ("Denmead Junior School", "reading", 1), ("Denmead Junior School", "maths", 3),
]

for (name, area, level) in HAND_STRENGTHS:
    strengths.append((name, area, level, rng.choice(EVIDENCE[area])))
needs.extend(HAND_NEEDS)

hand_strength_schools = {n for (n, _, _) in HAND_STRENGTHS}
hand_need_schools = {n for (n, _, _) in HAND_NEEDS}
RANDOM_AREAS = [a for a in AREAS if a != "phonics"]
for s in schools:
    name = s["name"]
    if s["phase"] == "nursery":
        candidates = ["early years", "SEND", "attendance", "leadership"]
    elif s["phase"] == "special":
        candidates = ["SEND", "behaviour for learning", "attendance", "leadership", "assessment"]
    else:
        candidates = [a for a in RANDOM_AREAS if a != "early years" or s["phase"] == "primary"]
    taken = {a for (n, a, *_rest) in strengths if n == name} | {a for (n, a, _) in needs if n == name}
    if name not in hand_strength_schools:
        for area in rng.sample([a for a in candidates if a not in taken], rng.choice([1, 2, 2, 3])):
            strengths.append((name, area, rng.choice([1, 2, 2, 3]), rng.choice(EVIDENCE[area])))
            taken.add(area)
    if name not in hand_need_schools:
        pool = [a for a in candidates if a not in taken]
        if s["phase"] == "primary" and rng.random() < 0.15:
            pool.append("phonics")
        for area in rng.sample(pool, rng.choice([1, 1, 2])):
            needs.append((name, area, rng.choice([1, 2, 3])))

# ---------------------------------------------------------------------------------------------
# People: headteachers of the Hampshire five, and improvement champions. All names invented.
# ---------------------------------------------------------------------------------------------

FIRST = ["Amira", "Ben", "Catriona", "Daniel", "Eilidh", "Farah", "Gregor", "Hannah", "Isla", "Jamal",
         "Kirsty", "Liam", "Morag", "Nadia", "Owen", "Priya", "Rory", "Sofia", "Tom", "Una", "Vikram",
         "Wendy", "Yusuf", "Zoe", "Alasdair", "Bethan", "Callum", "Dev", "Erin", "Fraser", "Grace",
         "Hamish", "Imogen", "Joe", "Kate", "Lewis", "Maya", "Niall", "Orla", "Paul"]
LAST = ["Abbott", "Baird", "Chandler", "Dalgleish", "Ellison", "Fairbairn", "Gill", "Hendry", "Iqbal",
        "Jardine", "Kerr", "Lomax", "McAra", "Nolan", "Okafor", "Pringle", "Quayle", "Rennie", "Sharma",
        "Tulloch", "Urquhart", "Vance", "Whitelaw", "Yates", "Ashworth", "Brodie", "Cormack", "Duthie"]
used_names = set()


def new_name():
    while True:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in used_names:
            used_names.add(name)
            return name


people = []  # dicts: id, name, role, school, job, champions [areas]


def add_person(school, role, job, champions=()):
    person = {"id": f"PER-{len(people) + 1:03d}", "name": new_name(), "role": role,
              "school": school, "job": job, "champions": list(champions)}
    people.append(person)
    return person


for name in [s[0] for s in HAMPSHIRE_FIVE]:
    add_person(name, "headteacher", "headteacher")

HAND_CHAMPIONS = [
    ("Padnell Junior School", "maths lead", ["maths"]),
    ("Purbrook Junior School", "English lead", ["phonics", "reading"]),
    ("Clanfield Junior School", "Year 5 teacher", ["writing"]),
    ("St Albans Primary School", "deputy headteacher", ["disadvantaged pupils"]),
    ("Denmead Junior School", "curriculum lead", ["curriculum design"]),
    ("Spinnaker Academy", "assistant headteacher", ["behaviour for learning"]),
    ("Riverside Quay Primary School", "SENCo", ["SEND"]),
    ("Floating Harbour Primary School", "phonics lead", ["phonics"]),
    ("Osprey Glen Primary School", "principal teacher", ["phonics"]),
    ("Moray Firth Academy", "principal teacher of mathematics", ["maths"]),
    ("Buchan Ness Academy", "depute head teacher", ["leadership"]),
    ("Tayview Primary School", "depute head teacher", ["disadvantaged pupils"]),
    ("Strathmore Vale Academy", "principal teacher of guidance", ["behaviour for learning"]),
    ("Kinnoull Brae Primary School", "principal teacher", ["assessment"]),
    ("Eden Valley Primary School", "class teacher", ["writing"]),
    ("Castle Rock Primary School", "numeracy lead", ["maths"]),
    ("Antonine Wall Academy", "principal teacher of mathematics", ["maths", "assessment"]),
    ("Wee County Special School", "depute head teacher", ["SEND"]),
    ("Almond Bank Primary School", "literacy lead", ["reading", "phonics"]),
    ("Linlithgow Loch Academy", "principal teacher of English", ["reading"]),
    ("Traprain Primary School", "class teacher", ["writing"]),
    ("Gala Water Primary School", "principal teacher", ["disadvantaged pupils"]),
    ("Threave Primary School", "class teacher", ["curriculum design"]),
    ("Lomond Hills Primary School", "depute head teacher", ["leadership"]),
    ("Leven Links Academy", "principal teacher of pupil support", ["disadvantaged pupils"]),
    ("Ardvarra School", "head teacher", ["leadership"]),
    ("Strathcorran Primary School", "class teacher", ["curriculum design"]),
    ("Larkwhistle Junior School", "maths lead", ["maths"]),
]
for (school, job, areas) in HAND_CHAMPIONS:
    add_person(school, "improvement champion", job, areas)

# ---------------------------------------------------------------------------------------------
# Peer reviews. (id, date, round, status, findings, of, by, area)
# ---------------------------------------------------------------------------------------------

FINDINGS = {
    "phonics": "Catch-up groups are well targeted; sound mats are not used consistently in Year 4.",
    "reading": "Pupils read widely; the weakest readers need more fluency practice.",
    "writing": "Modelled writing is strong; editing is rushed in upper key stage 2.",
    "maths": "Reasoning tasks are routine; fluency in times tables still uneven.",
    "behaviour for learning": "Calm corridors and clear routines; transitions lose learning time.",
    "disadvantaged pupils": "Pupil premium plan is well focused; tracking of impact could be sharper.",
    "leadership": "Middle leaders know their subjects; monitoring is not yet shared across the team.",
    "assessment": "Assessment information is used well in maths, less so in the foundation subjects.",
    "SEND": "Adaptations are thoughtful; support plans should be reviewed with families more often.",
    "attendance": "First-day calling is effective; persistent absence remains high in two year groups.",
    "curriculum design": "Curriculum is well sequenced; vocabulary is not yet planned across subjects.",
    "early years": "Language-rich environment; outdoor provision is under-used.",
}

reviews = []


def review_area(of_name, rnd):
    """The reviewed school's needs in turn, round by round (highest priority first)."""
    own = [a for (n, a, _) in sorted(needs, key=lambda x: x[2]) if n == of_name]
    return own[(rnd - 1) % len(own)] if own else "leadership"


def add_review(date, rnd, status, of_name, by_name, area=None):
    area = area or review_area(of_name, rnd)
    reviews.append({"id": f"REV-{len(reviews) + 1:03d}", "date": date, "round": rnd, "status": status,
                    "findings": FINDINGS[area] if status == "done" else None,
                    "of": of_name, "by": by_name, "area": area})


# The Hampshire five: reciprocal peer reviews in rounds, each school reviewed by another in turn.
five = [s[0] for s in HAMPSHIRE_FIVE]
P01_ROUNDS = [
    (1, ["2018-06-12", "2018-06-19", "2018-06-26", "2018-07-03", "2018-07-10"], ["done"] * 5),
    (2, ["2019-05-14", "2019-05-21", "2019-06-04", "2019-06-11", "2019-06-18"], ["done"] * 5),
    (3, ["2022-03-08", "2022-03-15", "2022-03-22", "2022-03-29", "2022-04-26"], ["done"] * 5),
    (4, ["2023-11-07", "2023-11-14", "2023-11-21", "2023-11-28", "2023-12-05"], ["done"] * 5),
    (5, ["2025-01-21", "2025-02-04", "2025-03-11", "2025-05-13", "2025-06-10"],
     ["done", "done", "planned", "planned", "done"]),
]
for (rnd, dates, statuses) in P01_ROUNDS:
    offset = (rnd - 1) % 4 + 1
    for i, of_name in enumerate(five):
        add_review(dates[i], rnd, statuses[i], of_name, five[(i + offset) % 5])
add_review("2025-10-14", 6, "planned", five[0], five[2])
add_review("2025-10-21", 6, "planned", five[2], five[0])

# Other partnerships: pairs that review each other in the same round.
OTHER_REVIEWS = [
    # partnership, round, date, status, school reviewed, reviewing school
    ("P02", 1, "2021-11-16", "done", "Harbourlight Primary School", "Riverside Quay Primary School"),
    ("P02", 1, "2021-11-23", "done", "Riverside Quay Primary School", "Harbourlight Primary School"),
    ("P02", 2, "2024-12-03", "planned", "Bishopstoke Meadow Primary School", "Spinnaker Academy"),
    ("P02", 2, "2025-09-16", "planned", "Spinnaker Academy", "Bishopstoke Meadow Primary School"),
    ("S01", 1, "2020-02-25", "done", "Osprey Glen Primary School", "Cowie Haven Primary School"),
    ("S01", 1, "2020-03-03", "done", "Cowie Haven Primary School", "Osprey Glen Primary School"),
    ("S01", 2, "2023-05-09", "done", "Moray Firth Academy", "Buchan Ness Academy"),
    ("S01", 2, "2023-05-16", "done", "Buchan Ness Academy", "Moray Firth Academy"),
    ("S01", 3, "2025-04-22", "planned", "Corrie Brae Primary School", "Bennachie View Primary School"),
    ("S02", 1, "2021-03-16", "done", "Tayview Primary School", "Lunan Bay Primary School"),
    ("S02", 1, "2021-03-23", "done", "Lunan Bay Primary School", "Tayview Primary School"),
    ("S02", 2, "2024-09-10", "planned", "Law Brae Primary School", "Strathmore Vale Academy"),
    ("S03", 1, "2022-10-04", "done", "Kinnoull Brae Primary School", "Eden Valley Primary School"),
    ("S03", 1, "2022-10-11", "done", "Eden Valley Primary School", "Kinnoull Brae Primary School"),
    ("S03", 2, "2025-11-18", "planned", "Ericht Academy", "Tentsmuir Primary School"),
    ("S04", 1, "2022-05-17", "done", "Castle Rock Primary School", "Carron Glen Primary School"),
    ("S04", 1, "2022-05-24", "done", "Carron Glen Primary School", "Castle Rock Primary School"),
    ("S04", 2, "2024-02-27", "done", "Ochil View Primary School", "Teith Valley Primary School"),
    ("S04", 2, "2024-03-05", "done", "Teith Valley Primary School", "Ochil View Primary School"),
    ("S04", 3, "2025-02-11", "planned", "Antonine Wall Academy", "Castle Rock Primary School"),
    ("S05", 1, "2023-01-24", "done", "Almond Bank Primary School", "Traprain Primary School"),
    ("S05", 1, "2023-01-31", "done", "Traprain Primary School", "Almond Bank Primary School"),
    ("S05", 2, "2025-06-30", "planned", "Belhaven Bay Primary School", "Cairnpapple Primary School"),
    ("S06", 1, "2023-09-19", "done", "Gala Water Primary School", "Nithside Primary School"),
    ("S06", 1, "2024-10-08", "planned", "Nithside Primary School", "Gala Water Primary School"),
    ("S07", 1, "2020-11-10", "done", "Lomond Hills Primary School", "Ravenscraig Shore Primary School"),
    ("S07", 1, "2020-11-17", "done", "Ravenscraig Shore Primary School", "Lomond Hills Primary School"),
    ("S07", 2, "2023-03-14", "done", "Forth Bridges Primary School", "Carnegie Glen Primary School"),
    ("S07", 2, "2025-03-25", "planned", "Carnegie Glen Primary School", "Leven Links Academy"),
    ("S08", 1, "2024-05-21", "done", "Rowanlea Primary School", "Strathcorran Primary School"),
    ("S08", 1, "2025-05-27", "planned", "Strathcorran Primary School", "Rowanlea Primary School"),
]
for (_pid, rnd, date, status, of_name, by_name) in OTHER_REVIEWS:
    add_review(date, rnd, status, of_name, by_name)

# ---------------------------------------------------------------------------------------------
# Shared goals under four headings
# ---------------------------------------------------------------------------------------------

HEADINGS = ["Collaborative school improvement", "Culture of shared responsibility", "Open and transparent systems and processes",
            "Pupil outcomes"]
P01_GOALS = [
    ("Collaborative school improvement", "Every Year 3 pupil who did not pass the phonics check catches up by Easter.", "achieved"),
    ("Collaborative school improvement", "Shared approach to modelled writing in all five schools.", "in progress"),
    ("Culture of shared responsibility", "Joint moderation of writing each term across the five schools.", "achieved"),
    ("Culture of shared responsibility", "A common reading spine for key stage 2.", "in progress"),
    ("Open and transparent systems and processes", "Every school reviewed by a partner school each year.", "in progress"),
    ("Open and transparent systems and processes", "Improvement champions named for each shared priority.", "achieved"),
    ("Pupil outcomes", "Halve the reading gap for disadvantaged pupils by 2025.", "in progress"),
    ("Pupil outcomes", "Persistent absence below the national rate in every school.", "not started"),
]
GOAL_POOL = {
    "Collaborative school improvement": ["Consistent use of retrieval practice in every class.",
                              "Shared coaching model for early-career teachers.",
                              "Number fluency routines in all primary classes."],
    "Culture of shared responsibility": ["Common assessment calendar and moderation across schools.",
                                  "Progression in reading mapped from early level to third level.",
                                  "Joint moderation of numeracy judgements."],
    "Open and transparent systems and processes": ["Middle leaders paired across schools for enquiry projects.",
                                     "Termly headteacher learning visits.",
                                     "A reciprocal review cycle agreed by every school."],
    "Pupil outcomes": ["Close the numeracy gap between the most and least deprived pupils.",
                                   "Targeted family learning for pupils in SIMD quintile 1.",
                                   "Attendance plans for pupils with persistent absence."],
}
STATUSES = ["not started", "in progress", "in progress", "achieved"]

goals = []  # (partnership, heading, text, status)
for (heading, text, status) in P01_GOALS:
    goals.append(("P01", heading, text, status))
for (pid, *_rest) in PARTNERSHIPS[1:]:
    for heading in rng.sample(HEADINGS, rng.choice([2, 3, 3, 4])):
        text = rng.choice(GOAL_POOL[heading])
        if pid.startswith("P") and "SIMD" in text:
            text = "Targeted family learning for disadvantaged pupils."
        goals.append((pid, heading, text, rng.choice(STATUSES)))

# ---------------------------------------------------------------------------------------------
# Activities held by partnerships, and who attended
# ---------------------------------------------------------------------------------------------

P01_ACTIVITIES = [
    ("meeting", "2018-03-01", "Launch meeting of the five headteachers"),
    ("training", "2018-05-08", "Peer review training for reviewers"),
    ("workshop", "2018-11-20", "Phonics catch-up in key stage 2"),
    ("inquiry", "2019-01-15", "Inquiry: what helps disadvantaged pupils read for pleasure?"),
    ("training", "2021-10-05", "Improvement champions: leading change across schools"),
    ("workshop", "2022-06-14", "Writing moderation across the partnership"),
    ("meeting", "2023-09-12", "Annual review of shared goals"),
    ("workshop", "2024-02-06", "Maths reasoning: sharing what works"),
    ("inquiry", "2024-10-01", "Inquiry: attendance of disadvantaged pupils"),
    ("meeting", "2025-03-04", "Seventh anniversary meeting and goal setting"),
]
ACTIVITY_POOL = [
    ("training", "Coaching for collaborative enquiry"), ("workshop", "Moderation of writing"),
    ("meeting", "Partnership steering group"), ("inquiry", "Closing the gap: what works here?"),
    ("workshop", "Numeracy across learning"), ("training", "Peer review training"),
]
activities = []  # (partnership, kind, date, title, attendees)
people_at = {}
for p in people:
    people_at.setdefault(p["school"], []).append(p["id"])


def attendees_for(pid):
    members = [m[0] for m in memberships if m[1] == pid and m[3] is None]
    ids = [i for m in members for i in people_at.get(m, [])]
    return sorted(rng.sample(ids, min(len(ids), rng.choice([2, 3, 4, 5])))) if ids else []


heads = [p["id"] for p in people if p["role"] == "headteacher"]
for (kind, date, title) in P01_ACTIVITIES:
    # The five headteachers meet; training, workshops and inquiries draw staff from the schools.
    chosen = attendees_for("P01")
    activities.append(("P01", kind, date, title, heads if kind == "meeting" else chosen))
for (pid, _name, _kind, formed, *_rest) in PARTNERSHIPS[1:]:
    year = int(formed[:4])
    for (kind, title) in rng.sample(ACTIVITY_POOL, 3):
        year += 1
        date = f"{min(year, 2025)}-{rng.choice(['02', '03', '05', '06', '09', '10', '11'])}-{rng.randrange(1, 28):02d}"
        activities.append((pid, kind, date, title, attendees_for(pid)))
activities.sort(key=lambda a: (a[2], a[0]))

# ---------------------------------------------------------------------------------------------
# Results: % of pupils reaching the expected standard (England) or level (Scotland), for all
# pupils and for disadvantaged pupils. No national assessments in 2020 (either country) or
# 2021 (England), so those years are absent. Nurseries and special schools have no results.
# ---------------------------------------------------------------------------------------------

YEARS = {"England": [2019, 2022, 2023, 2024], "Scotland": [2019, 2021, 2022, 2023, 2024]}
MEASURES = ["literacy", "numeracy"]
results = {}  # urn -> measure -> (all list, disadvantaged list)

for s in schools:
    if s["phase"] in ("nursery", "special"):
        continue
    pid = s["partnership"]
    narrowing = PARTNERSHIP[pid][5] if pid else 0.0
    formed_year = int(PARTNERSHIP[pid][3][:4]) if pid else 0
    per_measure = {}
    for measure in MEASURES:
        base_all = rng.uniform(62.0, 82.0) if measure == "literacy" else rng.uniform(58.0, 80.0)
        base_gap = rng.uniform(17.0, 27.0)
        drift = rng.uniform(-0.6, 0.6)
        alls, dis = [], []
        for year in YEARS[s["country"]]:
            covid = {2021: -3.5, 2022: -2.0}.get(year, 0.0)
            value_all = base_all + drift * (year - 2019) + covid + rng.uniform(-2.0, 2.0)
            years_in = max(0, year - formed_year) if pid else 0
            gap = base_gap - narrowing * years_in + rng.uniform(-1.5, 1.5)
            gap = max(2.0, gap)
            value_all = min(98.0, max(20.0, value_all))
            alls.append(round(value_all, 1))
            dis.append(round(max(5.0, value_all - gap), 1))
        per_measure[measure] = (alls, dis)
    results[s["urn"]] = per_measure

# ---------------------------------------------------------------------------------------------
# Writing the script
# ---------------------------------------------------------------------------------------------


def q(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def num(x):
    return f"{x:.1f}" if isinstance(x, float) else str(x)


def fmt_coord(x):
    return f"{x:.3f}"


out = []
w = out.append

w("""// Trellis sample: school-to-school improvement partnerships.
//
// Load it with `trellis --init Samples/partnerships.cypher` (or `make run`). Samples/README.md
// says what is public and what is invented; in short: the five Hampshire partnership schools are
// real schools (names, local authority, towns), but every figure, review, goal, person and result
// attached to them is invented, and every other school is made up. URNs 900001 and up are outside
// the real range. Results are aggregates per school, year, measure and pupil group, never about
// individual pupils.
//
// Written by Samples/generate_sample.py; edit that script and run it again rather than this file.
""")

w("// ===== Indexes ==============================================================================\n")
for (label, var, prop) in [("School", "s", "urn"), ("School", "s", "name"), ("Authority", "a", "code"),
                           ("Partnership", "p", "id"), ("Area", "a", "name"), ("Person", "p", "id"),
                           ("Review", "r", "id"), ("Goal", "g", "id"), ("Activity", "a", "id"),
                           ("Result", "r", "id")]:
    w(f"CREATE INDEX FOR ({var}:{label}) ON ({var}.{prop});")
w("")

w("// ===== Regions and local authorities ========================================================")
w("// Authority codes are GSS-style council codes. The Scottish regions are this sample's own")
w("// groupings of councils, not official bodies.\n")
w("UNWIND [" + ", ".join(q(r[0]) for r in REGIONS) + "] AS name")
w("CREATE (:Region {name: name});\n")
w("UNWIND [")
rows = []
for (code, name, country, region) in AUTHORITIES:
    rows.append(f"  {{code: {q(code)}, name: {q(name)}, country: {q(country)}, region: {q(region)}}}")
w(",\n".join(rows))
w("] AS a")
w("MATCH (r:Region {name: a.region})")
w("CREATE (:Authority {code: a.code, name: a.name, country: a.country})-[:IN_REGION]->(r);\n")

w("// ===== Areas of practice ====================================================================\n")
w("UNWIND [" + ", ".join(q(a) for a in AREAS) + "] AS name")
w("CREATE (:Area {name: name});\n")

w("// ===== Programmes and partnerships ==========================================================")
w("// The Hampshire partnership (formed March 2018) belongs to no programme here; the others are")
w("// invented. `formed` is a date; where only the month is known the day is the 1st.\n")
w("UNWIND [" + ", ".join(q(p) for p in PROGRAMMES) + "] AS name")
w("CREATE (:Programme {name: name});\n")
w("UNWIND [")
rows = []
for (pid, name, kind, formed, programme, _n) in PARTNERSHIPS:
    prog = q(programme) if programme else "null"
    rows.append(f"  {{id: {q(pid)}, name: {q(name)}, kind: {q(kind)}, formed: {q(formed)}, programme: {prog}}}")
w(",\n".join(rows))
w("] AS p")
w("CREATE (partnership:Partnership {id: p.id, name: p.name, kind: p.kind, formed: date(p.formed)})")
w("WITH partnership, p")
w("MATCH (programme:Programme {name: p.programme})")
w("CREATE (partnership)-[:IN_PROGRAMME]->(programme);\n")

w("// ===== Schools ==============================================================================")
w("// phase: primary/secondary/special/all-through/nursery; fsm: % of pupils eligible for free")
w("// school meals; lat/lon in degrees; postcode: the district only; rating: the latest inspection")
w("// outcome (Ofsted words in England, the six-point evaluation scale in Scotland); all invented.\n")
for (code, aname, country, region) in AUTHORITIES:
    group = [s for s in schools if s["authority"] == aname]
    if not group:
        continue
    if aname == "Hampshire":
        w("// Hampshire. The first five are the real partnership schools: their names and towns are public;")
        w("// lat/lon are those of their towns; URN, pupils and fsm are invented; type and rating are left out.")
    else:
        w(f"// {aname} (made-up schools)")
    w(f"MATCH (a:Authority {{code: {q(code)}}})")
    lines = []
    for s in group:
        props = [f"urn: {s['urn']}", f"name: {q(s['name'])}", f"phase: {q(s['phase'])}"]
        if s["type"]:
            props.append(f"type: {q(s['type'])}")
        props += [f"pupils: {s['pupils']}", f"fsm: {num(s['fsm'])}", f"lat: {fmt_coord(s['lat'])}",
                 f"lon: {fmt_coord(s['lon'])}", f"postcode: {q(s['postcode'])}"]
        if s["rating"]:
            props.append(f"rating: {q(s['rating'])}")
        lines.append("  (:School {" + ", ".join(props) + "})-[:IN_AUTHORITY]->(a)")
    w("CREATE\n" + ",\n".join(lines) + ";\n")

w("// ===== Memberships ==========================================================================")
w("// role: lead/member. A membership with `until` has ended: that school is in no partnership now.\n")
for (pid, pname, *_rest) in PARTNERSHIPS:
    group = [m for m in memberships if m[1] == pid]
    w(f"// {pname}")
    w(f"MATCH (p:Partnership {{id: {q(pid)}}})")
    w("UNWIND [")
    rows = []
    for (name, _pid, since, until, role) in group:
        extra = f", until: {q(until)}" if until else ""
        rows.append(f"  {{urn: {SCHOOL[name]['urn']}, role: {q(role)}, since: {q(since)}{extra}}}  // {name}")
    # Put the comma before the trailing comment.
    fixed = []
    for i, r in enumerate(rows):
        body, comment = r.split("  // ")
        fixed.append(body + ("," if i < len(rows) - 1 else "") + "  // " + comment)
    w("\n".join(fixed))
    w("] AS m")
    w("MATCH (s:School {urn: m.urn})")
    w("CREATE (s)-[:MEMBER_OF {since: date(m.since), until: date(m.until), role: m.role}]->(p);\n")


def table_with_comments(rows_and_comments):
    lines = []
    for i, (body, comment) in enumerate(rows_and_comments):
        sep = "," if i < len(rows_and_comments) - 1 else ""
        lines.append(f"  {body}{sep}" + (f"  // {comment}" if comment else ""))
    return "\n".join(lines)


w("// ===== Strengths and needs ==================================================================")
w("// STRENGTH level: 1 emerging, 2 established, 3 leading others. NEEDS priority: 1 highest.\n")
w("UNWIND [")
rows = []
for (name, area, level, evidence) in sorted(strengths, key=lambda x: (SCHOOL[x[0]]["urn"], x[1])):
    rows.append((f"{{urn: {SCHOOL[name]['urn']}, area: {q(area)}, level: {level}, evidence: {q(evidence)}}}", name))
w(table_with_comments(rows))
w("] AS x")
w("MATCH (s:School {urn: x.urn}), (area:Area {name: x.area})")
w("CREATE (s)-[:STRENGTH {level: x.level, evidence: x.evidence}]->(area);\n")
w("UNWIND [")
rows = []
for (name, area, priority) in sorted(needs, key=lambda x: (SCHOOL[x[0]]["urn"], x[2], x[1])):
    rows.append((f"{{urn: {SCHOOL[name]['urn']}, area: {q(area)}, priority: {priority}}}", name))
w(table_with_comments(rows))
w("] AS x")
w("MATCH (s:School {urn: x.urn}), (area:Area {name: x.area})")
w("CREATE (s)-[:NEEDS {priority: x.priority}]->(area);\n")

w("// ===== People and improvement champions =====================================================")
w("// Invented people. role: their part in the partnership; WORKS_AT role: their post at the school.\n")
w("UNWIND [")
rows = []
for p in people:
    champions = "[" + ", ".join(q(a) for a in p["champions"]) + "]"
    rows.append((f"{{id: {q(p['id'])}, name: {q(p['name'])}, role: {q(p['role'])}, urn: {SCHOOL[p['school']]['urn']}, "
                 f"post: {q(p['job'])}, champions: {champions}}}", p["school"]))
w(table_with_comments(rows))
w("] AS x")
w("MATCH (s:School {urn: x.urn})")
w("CREATE (person:Person {id: x.id, name: x.name, role: x.role})-[:WORKS_AT {role: x.post}]->(s)")
w("WITH person, x")
w("UNWIND x.champions AS areaName")
w("MATCH (area:Area {name: areaName})")
w("CREATE (person)-[:CHAMPIONS]->(area);\n")

w("// ===== Peer reviews =========================================================================")
w("// A review OF one school BY another ON an area. status: planned/done; done reviews have findings.")
w("// The Hampshire five review each other in rounds, each school reviewed by a different partner.\n")
w("UNWIND [")
rows = []
for r in reviews:
    findings = f", findings: {q(r['findings'])}" if r["findings"] else ""
    rows.append((f"{{id: {q(r['id'])}, date: {q(r['date'])}, round: {r['round']}, status: {q(r['status'])}, "
                 f"of: {SCHOOL[r['of']]['urn']}, by: {SCHOOL[r['by']]['urn']}, area: {q(r['area'])}{findings}}}",
                 f"{r['of']} by {r['by']}"))
w(table_with_comments(rows))
w("] AS x")
w("MATCH (reviewed:School {urn: x.of}), (reviewer:School {urn: x.by}), (area:Area {name: x.area})")
w("CREATE (review:Review {id: x.id, date: date(x.date), round: x.round, status: x.status, findings: x.findings}),")
w("       (review)-[:OF]->(reviewed), (review)-[:BY]->(reviewer), (review)-[:ON]->(area);\n")

w("// ===== Shared goals =========================================================================")
w("// Under four headings: " + "; ".join(HEADINGS) + ".")
w("// status: not started/in progress/achieved.\n")
w("UNWIND [")
rows = []
for i, (pid, heading, text, status) in enumerate(goals):
    rows.append((f"{{id: {q(f'G-{i + 1:03d}')}, partnership: {q(pid)}, heading: {q(heading)}, text: {q(text)}, "
                 f"status: {q(status)}}}", None))
w(table_with_comments(rows))
w("] AS x")
w("MATCH (p:Partnership {id: x.partnership})")
w("CREATE (p)-[:HAS_GOAL]->(:Goal {id: x.id, heading: x.heading, text: x.text, status: x.status});\n")

w("// ===== Activities ===========================================================================")
w("// kind: training/workshop/meeting/inquiry; `attended` lists the people who came.\n")
w("UNWIND [")
rows = []
for i, (pid, kind, date, title, attendees) in enumerate(activities):
    att = "[" + ", ".join(q(a) for a in attendees) + "]"
    rows.append((f"{{id: {q(f'ACT-{i + 1:03d}')}, partnership: {q(pid)}, kind: {q(kind)}, date: {q(date)}, "
                 f"title: {q(title)}, attended: {att}}}", None))
w(table_with_comments(rows))
w("] AS x")
w("MATCH (p:Partnership {id: x.partnership})")
w("CREATE (p)-[:HELD]->(activity:Activity {id: x.id, kind: x.kind, date: date(x.date), title: x.title})")
w("WITH activity, x")
w("UNWIND x.attended AS personId")
w("MATCH (person:Person {id: personId})")
w("CREATE (person)-[:ATTENDED]->(activity);\n")

w("// ===== Results ==============================================================================")
w("// % of pupils reaching the expected standard (England) or level (Scotland), for all pupils and")
w("// for disadvantaged pupils, one value per year in the order of `years`. There were no national")
w("// assessments in 2020, nor in England in 2021. Nurseries and special schools have no results.")
w("// Result ids read R-<urn>-<year>-<measure>-<pupil group>.\n")
for country in ["England", "Scotland"]:
    years = YEARS[country]
    w(f"// {country}")
    w(f"WITH [{', '.join(str(y) for y in years)}] AS years")
    w("UNWIND [")
    rows = []
    for s in schools:
        if s["country"] != country or s["urn"] not in results:
            continue
        for measure in MEASURES:
            alls, dis = results[s["urn"]][measure]
            rows.append((f"{{urn: {s['urn']}, measure: {q(measure)}, all: [{', '.join(num(v) for v in alls)}], "
                         f"disadvantaged: [{', '.join(num(v) for v in dis)}]}}",
                         s["name"] if measure == MEASURES[0] else None))
    w(table_with_comments(rows))
    w("] AS x")
    w("MATCH (s:School {urn: x.urn})")
    w("UNWIND range(0, size(years) - 1) AS i")
    w("WITH s, x, years[i] AS year, x.all[i] AS allPupils, x.disadvantaged[i] AS disadvantaged")
    w("CREATE (s)-[:HAS_RESULT]->(:Result {id: 'R-' + toString(s.urn) + '-' + toString(year) + '-' + x.measure + '-all',")
    w("                                    year: year, measure: x.measure, pupilGroup: 'all', value: allPupils}),")
    w("       (s)-[:HAS_RESULT]->(:Result {id: 'R-' + toString(s.urn) + '-' + toString(year) + '-' + x.measure + '-disadvantaged',")
    w("                                    year: year, measure: x.measure, pupilGroup: 'disadvantaged', value: disadvantaged});\n")

text = "\n".join(out).rstrip() + "\n"
with open(OUTPUT, "w", encoding="utf-8") as f:
    f.write(text)
print(f"wrote {OUTPUT}: {len(schools)} schools, {len(memberships)} memberships, {len(reviews)} reviews, "
      f"{len(goals)} goals, {len(activities)} activities, {len(people)} people")
