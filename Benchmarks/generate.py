#!/usr/bin/env python3
"""Writes a synthetic England-scale partnership graph in the Trellis CSV import format.

    python3 Benchmarks/generate.py --seed 1 --scale 1.0 --out Benchmarks/results/data-1

Scale 1.0 gives about 24,500 schools (80% primary, 14% secondary, 5% special, 1% all-through),
153 authorities in 9 regions, about 3,500 partnerships of 3 to 8 schools (some schools in two,
about 15% in none), 2 strengths and 2 needs per school on average over 40 areas, 3 people per
school, about 2 reviews per school in improvement partnerships, 4 goals per improvement
partnership and results for 3 years x 4 measures x 2 pupil groups per school (about 590,000
Result nodes). Scale 0.01 gives a small graph of the same shape for tests.

The output is deterministic: the same seed and scale always give byte-identical files. Every
name, place and figure is invented. No field needs quoting (names hold no commas or quotes), so
the same files load unchanged into the other engines of the benchmark.

Besides the CSV files, `params.json` holds the query parameters chosen from the generated data
(a school, a partnership, a name fragment, ...), so that every engine runs the same queries.
"""

import argparse
import datetime
import json
import math
import os
import random

REGIONS = [
    ("North East", 54.9, -1.6), ("North West", 53.8, -2.6), ("Yorkshire and the Humber", 53.8, -1.3),
    ("East Midlands", 52.9, -1.0), ("West Midlands", 52.5, -2.0), ("East of England", 52.2, 0.6),
    ("London", 51.5, -0.12), ("South East", 51.2, -0.6), ("South West", 50.9, -3.3),
]
# Share of the 153 authorities (and so of the schools) in each region, roughly England's.
REGION_AUTHORITIES = [12, 23, 15, 9, 14, 11, 33, 19, 17]

AREAS = [
    "phonics", "early reading", "reading for pleasure", "writing", "spelling and grammar", "oracy",
    "maths mastery", "times tables", "science", "computing", "history", "geography", "languages",
    "music", "art and design", "physical education", "religious education", "PSHE",
    "behaviour for learning", "attendance", "disadvantaged pupils", "SEND", "EAL", "early years",
    "transition", "assessment", "feedback", "curriculum design", "subject leadership",
    "senior leadership", "governance", "staff wellbeing", "teacher development", "coaching",
    "parental engagement", "mental health", "inclusion", "careers", "outdoor learning", "safeguarding",
]
MEASURES = ["reading", "writing", "maths", "attendance"]
YEARS = [2022, 2023, 2024]
PROGRAMMES = ["Regional Improvement Programme", "Peer Review Programme", "Maths Hubs Collaboration",
              "English Hubs Collaboration", "Disadvantage Gap Initiative"]
PLACE_A = ["Ash", "Beck", "Birch", "Brook", "Church", "Clay", "Cliff", "Elm", "Fern", "Hazel", "Heath",
           "Holly", "Kings", "Lark", "Mill", "North", "Oak", "Queens", "Rose", "South", "Stone", "Thorn",
           "Well", "West", "Willow", "Wood", "East", "Marsh", "Moor", "Castle", "Bridge", "Fox", "Hart"]
PLACE_B = ["field", "ford", "ham", "hill", "ley", "mead", "wick", "worth", "bury", "dale", "gate",
           "side", "wood", "bank", "combe", "holme", "thorpe", "stead", "well", "brook"]
KINDS = {"primary": ["Primary School", "Junior School", "Infant School", "Church of England Primary School",
                     "Catholic Primary School", "Community Primary School"],
         "secondary": ["Academy", "High School", "School", "Community College", "Grammar School"],
         "special": ["Special School", "School", "Academy"],
         "all-through": ["All-Through School", "Academy"]}
TYPES = ["academy", "community", "voluntary aided", "voluntary controlled", "foundation", "free school"]
RATINGS = ["outstanding", "good", "good", "good", "requires improvement", "inadequate"]
FIRST = ["Alex", "Sam", "Jo", "Chris", "Pat", "Lee", "Kim", "Robin", "Jamie", "Morgan", "Ali", "Priya",
         "Tom", "Sara", "Ben", "Amir", "Grace", "Owen", "Ruth", "Nia", "Hana", "Ian", "Zoe", "Dev"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Khan",
        "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood"]
ROLES = ["headteacher", "deputy head", "teacher"]
GOAL_HEADINGS = ["Close the disadvantage gap", "Raise attendance", "Improve early reading",
                 "Strengthen maths teaching", "Develop middle leaders", "Improve SEND provision"]


def iso(day):
    return day.isoformat()


def write(out, name, header, rows):
    with open(os.path.join(out, name + ".csv"), "w", newline="\n", encoding="utf-8") as f:
        f.write(header + "\n")
        for row in rows:
            f.write(",".join("" if v is None else str(v) for v in row) + "\n")


def generate(seed, scale, out):
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    school_count = max(60, round(24500 * scale))
    authority_total = min(153, max(9, round(153 * scale * 10)))
    partnership_count = max(8, round(3500 * scale))

    # Regions and authorities.
    regions = [r[0] for r in REGIONS]
    write(out, "Region", "name", [(r,) for r in regions])
    per_region = [max(1, round(n * authority_total / 153)) for n in REGION_AUTHORITIES]
    authorities = []  # (code, name, region index, lat, lon)
    used_names = set()
    for ri, n in enumerate(per_region):
        _, lat0, lon0 = REGIONS[ri]
        for _ in range(n):
            while True:
                name = rng.choice(PLACE_A) + rng.choice(PLACE_B) + rng.choice(["", " City", "shire", " and District"])
                if name not in used_names:
                    used_names.add(name)
                    break
            code = "E%08d" % (6000000 + len(authorities) * 7 + 1)
            authorities.append((code, name, ri, lat0 + rng.gauss(0, 0.45), lon0 + rng.gauss(0, 0.55)))
    write(out, "Authority", "code,name,country", [(a[0], a[1], "England") for a in authorities])
    write(out, "IN_REGION", "from:Authority,to:Region", [(a[0], regions[a[2]]) for a in authorities])

    # Schools: urns are consecutive from 100000, so a range of urns is a range of schools.
    weights = [REGION_AUTHORITIES[a[2]] / per_region[a[2]] * rng.uniform(0.5, 1.5) for a in authorities]
    schools = []  # dicts
    for i in range(school_count):
        urn = 100000 + i
        r = rng.random()
        phase = "primary" if r < 0.80 else "secondary" if r < 0.94 else "special" if r < 0.99 else "all-through"
        ai = rng.choices(range(len(authorities)), weights)[0]
        a = authorities[ai]
        lat = round(a[3] + rng.gauss(0, 0.12), 5)
        lon = round(a[4] + rng.gauss(0, 0.16), 5)
        name = "%s%s %s" % (rng.choice(PLACE_A), rng.choice(PLACE_B), rng.choice(KINDS[phase]))
        pupils = {"primary": rng.randint(60, 700), "secondary": rng.randint(400, 2000),
                  "special": rng.randint(30, 250), "all-through": rng.randint(800, 2200)}[phase]
        fsm = round(min(80.0, max(1.0, rng.gammavariate(2.2, 11.0))), 1)
        postcode = "%s%d %d%s%s" % (rng.choice("BDEGHLMNPSTW") + rng.choice("ABCEFLNRSY"), rng.randint(1, 30),
                                    rng.randint(1, 9), rng.choice("ABDEFGHJLNPQRSTUWXYZ"), rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
        schools.append(dict(urn=urn, name=name, phase=phase, type=rng.choice(TYPES), pupils=pupils, fsm=fsm,
                            lat=lat, lon=lon, postcode=postcode, rating=rng.choice(RATINGS), authority=ai))
    write(out, "School", "urn:int,name,phase,type,pupils:int,fsm:float,lat:float,lon:float,postcode,rating",
          [(s["urn"], s["name"], s["phase"], s["type"], s["pupils"], s["fsm"], s["lat"], s["lon"], s["postcode"],
            s["rating"]) for s in schools])
    write(out, "IN_AUTHORITY", "from:School,to:Authority", [(s["urn"], authorities[s["authority"]][0]) for s in schools])

    # Areas, strengths and needs.
    write(out, "Area", "name", [(a,) for a in AREAS])
    strengths, needs = [], []
    for s in schools:
        for area in rng.sample(AREAS, rng.randint(0, 4)):
            strengths.append((s["urn"], area, rng.choice([1, 2, 2, 3]), rng.choice(["peer review", "inspection", "data", "self-evaluation"])))
        for area in rng.sample(AREAS, rng.randint(0, 4)):
            needs.append((s["urn"], area, rng.randint(1, 3)))
    write(out, "STRENGTH", "from:School,to:Area,level:int,evidence", strengths)
    write(out, "NEEDS", "from:School,to:Area,priority:int", needs)

    # Partnerships: members drawn mostly from one authority (neighbours), sometimes from the region.
    by_authority = {}
    for s in schools:
        by_authority.setdefault(s["authority"], []).append(s["urn"])
    authorities_in_region = {}
    for ai, a in enumerate(authorities):
        authorities_in_region.setdefault(a[2], []).append(ai)
    # About 15% of schools are in no partnership; the rest are shuffled into a queue of candidates.
    partnered = [s["urn"] for s in schools if rng.random() >= 0.15]
    free = set(partnered)
    partnered_set = set(partnered)
    school_by_urn = {s["urn"]: s for s in schools}
    partnerships, members, programme_links = [], [], []
    kinds = ["improvement-partnership"] * 5 + ["cluster"] * 3 + ["trust", "federation"]
    for pi in range(partnership_count):
        pid = "P%05d" % (pi + 1)
        kind = rng.choice(kinds)
        formed = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randint(0, 3300))
        size = rng.choice([3, 4, 5, 6, 6, 7, 7, 8, 8, 8])
        # Usually a school not yet in a partnership founds it; sometimes one already in another.
        seed_urn = rng.choice(partnered)
        if seed_urn not in free and free and rng.random() < 0.85:
            seed_urn = rng.choice(partnered)
            if seed_urn not in free:
                seed_urn = rng.choice(partnered)
        home = school_by_urn[seed_urn]["authority"]
        pool = list(by_authority[home])
        if rng.random() < 0.35:  # a partnership reaching into a neighbouring authority
            other = rng.choice(authorities_in_region[authorities[home][2]])
            pool += by_authority.get(other, [])
        chosen = [seed_urn]
        # Prefer schools not yet in a partnership, so that most schools are in one and some in two.
        candidates = [u for u in pool if u in free and u != seed_urn]
        rng.shuffle(candidates)
        chosen += candidates[: size - 1]
        if len(chosen) < size:
            extra = [u for u in pool if u not in chosen and u in partnered_set]
            rng.shuffle(extra)
            chosen += extra[: size - len(chosen)]
        chosen = sorted(set(chosen))
        for u in chosen:
            free.discard(u)
        name = "%s%s %s" % (rng.choice(PLACE_A), rng.choice(PLACE_B),
                            {"improvement-partnership": "Improvement Partnership", "cluster": "Schools Cluster",
                             "trust": "Learning Trust", "federation": "Federation"}[kind])
        partnerships.append(dict(id=pid, name=name, kind=kind, formed=formed, members=chosen))
        lead = rng.choice(chosen)
        for u in chosen:
            since = formed + datetime.timedelta(days=rng.randint(0, 400))
            until = since + datetime.timedelta(days=rng.randint(200, 1500)) if rng.random() < 0.06 else None
            members.append((u, pid, iso(since), iso(until) if until else None, "lead" if u == lead else "member"))
        if rng.random() < 0.7:
            programme_links.append((pid, rng.choice(PROGRAMMES)))
    write(out, "Partnership", "id,name,kind,formed:date", [(p["id"], p["name"], p["kind"], iso(p["formed"])) for p in partnerships])
    write(out, "MEMBER_OF", "from:School,to:Partnership,since:date,until:date,role", members)
    write(out, "Programme", "name", [(p,) for p in PROGRAMMES])
    write(out, "IN_PROGRAMME", "from:Partnership,to:Programme", programme_links)

    # People: three per school; about one in eight champions an area.
    people, works, champions = [], [], []
    for s in schools:
        for k in range(3):
            pid = "H%d-%d" % (s["urn"], k)
            role = ROLES[k]
            people.append((pid, "%s %s" % (rng.choice(FIRST), rng.choice(LAST)), role))
            works.append((pid, s["urn"], role))
            if rng.random() < 0.125:
                champions.append((pid, rng.choice(AREAS)))
    write(out, "Person", "id,name,role", people)
    write(out, "WORKS_AT", "from:Person,to:School,role", works)
    write(out, "CHAMPIONS", "from:Person,to:Area", champions)

    # Reviews (about two per school in improvement partnerships) and goals (four per improvement partnership).
    reviews, review_of, review_by, review_on, goals, has_goal = [], [], [], [], [], []
    for p in partnerships:
        if p["kind"] != "improvement-partnership":
            continue
        m = p["members"]
        for u in m:
            for rnd in (1, 2):
                rid = "R%s-%d-%d" % (p["id"], u, rnd)
                day = datetime.date(2023, 9, 1) + datetime.timedelta(days=rng.randint(0, 700))
                status = "done" if day < datetime.date(2024, 9, 1) and rng.random() < 0.85 else "planned"
                reviews.append((rid, iso(day), rnd, status, "findings recorded" if status == "done" else None))
                review_of.append((rid, u))
                reviewer = rng.choice([x for x in m if x != u]) if len(m) > 1 else u
                review_by.append((rid, reviewer))
                review_on.append((rid, rng.choice(AREAS)))
        for g in range(4):
            gid = "G%s-%d" % (p["id"], g + 1)
            goals.append((gid, rng.choice(GOAL_HEADINGS), "Goal %d of partnership %s" % (g + 1, p["id"]),
                          rng.choice(["not started", "in progress", "in progress", "met"])))
            has_goal.append((p["id"], gid))
    write(out, "Review", "id,date:date,round:int,status,findings", reviews)
    write(out, "OF", "from:Review,to:School", review_of)
    write(out, "BY", "from:Review,to:School", review_by)
    write(out, "ON", "from:Review,to:Area", review_on)
    write(out, "Goal", "id,heading,text,status", goals)
    write(out, "HAS_GOAL", "from:Partnership,to:Goal", has_goal)

    # Results: 3 years x 4 measures x 2 pupil groups per school.
    results, has_result = [], []
    for s in schools:
        base = rng.uniform(55, 85) - s["fsm"] * 0.15
        for year in YEARS:
            for measure in MEASURES:
                everyone = round(min(100.0, max(0.0, base + rng.gauss(0, 4))), 1)
                gap = max(0.0, rng.gauss(15, 5))
                for group, value in (("all", everyone), ("disadvantaged", round(max(0.0, everyone - gap), 1))):
                    rid = "%d-%d-%s-%s" % (s["urn"], year, measure, group[0])
                    results.append((rid, year, measure, group, value))
                    has_result.append((s["urn"], rid))
    write(out, "Result", "id,year:int,measure,pupilGroup,value:float", results)
    write(out, "HAS_RESULT", "from:School,to:Result", has_result)

    # Query parameters, chosen from the data.
    in_improvement = [u for p in partnerships if p["kind"] == "improvement-partnership" for u in p["members"]]
    need_count = {}
    for u, _, _ in needs:
        need_count[u] = need_count.get(u, 0) + 1
    school = next(u for u in in_improvement if need_count.get(u, 0) >= 2)
    partnership = next(p for p in partnerships if len(p["members"]) >= 5)
    doomed = next(p for p in partnerships if len(p["members"]) >= 4 and p["id"] != partnership["id"])
    first = schools[len(schools) // 4]["urn"]
    home = school_by_urn[school]
    params = {
        "urn": school,
        # The school's authority, the first area it needs and the place word its name starts with.
        "authority": authorities[home["authority"]][0],
        "area": next(a for u, a, _ in needs if u == school),
        "prefix": max((a for a in PLACE_A if home["name"].startswith(a)), key=len),
        # Rows the deep-page queries skip: 1,000 (fewer below scale 0.41, so that a page remains).
        "pageSkip": min(1000, len(schools) // 10),
        "pid": partnership["id"],
        "year": 2024,
        "measure": "reading",
        "asOf": "2025-06-30",
        "text": "Church",
        "newPid": "PNEW1",
        "newUrns": [schools[i]["urn"] for i in range(7, 7 + 5 * 11, 11)],
        "lo": first,
        "hi": first + min(1000, len(schools) - len(schools) // 4),
        "doomedPid": doomed["id"],
        # The deleted memberships, so that the write can be undone between repetitions.
        "doomedMembers": [{"urn": m[0], "since": m[2], "until": m[3], "role": m[4]} for m in members if m[1] == doomed["id"]],
    }
    with open(os.path.join(out, "params.json"), "w") as f:
        json.dump(params, f, indent=1, sort_keys=True)
        f.write("\n")
    counts = dict(schools=len(schools), authorities=len(authorities), partnerships=len(partnerships),
                  memberships=len(members), results=len(results), reviews=len(reviews), people=len(people),
                  unpartnered=len(schools) - len({m[0] for m in members}))
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    counts = generate(args.seed, args.scale, args.out)
    print("generated", ", ".join("%d %s" % (v, k) for k, v in counts.items()), "in", args.out)


if __name__ == "__main__":
    main()
