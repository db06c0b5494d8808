#!/usr/bin/env python3
"""Prints the side-by-side table of a benchmark run and fails loudly when the engines disagree.

    python3 Benchmarks/compare.py RESULTS_FOLDER

Reads trellis.json and the peers' reports that are there (ladybug.json, duckdb.json, kuzu.json,
with the peak memory that bench.py adds to them) and prints:

- one table: per query the rows, Trellis's median, each peer's median wall time (through its
  Python package, rows fetched) and its own engine time, and the ratios Trellis/peer against
  both (below 1: Trellis is faster);
- load time, open time, snapshot size and memory per engine;
- per peer, over the read queries: the geometric mean of Trellis/peer (wall and engine) and the
  number of queries where Trellis is slower; then the read queries where Trellis is slower than
  the faster of Ladybug and DuckDB, worst first.

Exits with status 1 when two engines return different rows (different hashes of the normalised,
sorted rows, or different row counts) for any query, or when an engine failed a query or did
not run it, naming the query and the engines.
"""

import json
import math
import os
import sys

# The peers in the order of the table: the graph peer, the SQL peer, then Kùzu 0.11.3, kept as a
# frozen reference (Ladybug is its maintained fork).
PEERS = ["ladybug", "duckdb", "kuzu"]
NAMES = {"trellis": "Trellis", "ladybug": "Ladybug", "duckdb": "DuckDB", "kuzu": "Kùzu"}
SHORT = {"ladybug": "L", "duckdb": "D", "kuzu": "K"}
# The peers that decide "slower than the faster peer" (Kùzu, the frozen reference, does not).
MAIN_PEERS = ["ladybug", "duckdb"]


def load(folder):
    reports = {}
    for engine in ["trellis"] + PEERS:
        path = os.path.join(folder, engine + ".json")
        if os.path.exists(path):
            with open(path) as f:
                reports[engine] = json.load(f)
        elif engine == "trellis":
            sys.exit("compare: %s is missing" % path)
    if len(reports) == 1:
        sys.exit("compare: no peer's report (%s) in %s" % (", ".join(p + ".json" for p in PEERS), folder))
    return reports


def ms(x):
    if x is None:
        return "-"
    return "%.3f" % x if x < 10 else "%.1f" % x if x < 1000 else "%.0f" % x


def mib(x):
    return "-" if x is None else "%.0f MiB" % (x / 2**20)


def seconds(x):
    return "-" if x is None else "%.2f s" % x


def ratio(a, b):
    return a / b if a is not None and b else None


def show_ratio(x):
    return "-" if x is None else "%.3f" % x


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0 and not math.isnan(x)]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def table(header, lines):
    widths = [max(len(r[i]) for r in [header] + lines) for i in range(len(header))]

    def show(row):
        print("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))) + " |")

    show(header)
    print("|" + "|".join("-" * (w + 2) if i == 0 else "-" * (w + 1) + ":" for i, w in enumerate(widths)) + "|")
    for line in lines:
        show(line)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")
    reports = load(folder)
    peers = [p for p in PEERS if p in reports]
    queries = {e: r["queries"] for e, r in reports.items()}
    t = queries["trellis"]
    names = sorted(set().union(*(set(q) for q in queries.values())))
    problems = []

    header = ["query", "rows", "Trellis ms"]
    for p in peers:
        header += ["%s wall" % NAMES[p], "%s engine" % NAMES[p]]
    for p in peers:
        header += ["T/%s wall" % SHORT[p], "T/%s engine" % SHORT[p]]
    lines = []
    # Per read query: {peer: (wall ratio, engine ratio)}.
    read_ratios = {}
    for name in names:
        entries = {e: queries[e].get(name) for e in ["trellis"] + peers}
        missing = [e for e, entry in entries.items() if entry is None]
        failed = [e for e, entry in entries.items() if entry is not None and "error" in entry]
        for e in missing:
            problems.append("%s: not run by %s" % (name, NAMES[e]))
        for e in failed:
            problems.append("%s: %s failed: %s" % (name, NAMES[e], entries[e]["error"]))
        te = entries["trellis"]
        if te is None or "error" in te:
            continue
        ok = {p: entries[p] for p in peers if entries[p] is not None and "error" not in entries[p]}
        for p, entry in ok.items():
            if entry["hash"] != te["hash"] or entry["rows"] != te["rows"]:
                problems.append("%s: Trellis (%d rows, hash %s) and %s (%d rows, hash %s) disagree"
                                % (name, te["rows"], te["hash"], NAMES[p], entry["rows"], entry["hash"]))
        line = [name, str(te["rows"]), ms(te["median_ms"])]
        ratios = {}
        for p in peers:
            entry = ok.get(p)
            line += [ms(entry and entry["median_ms"]), ms(entry and entry.get("engine_ms"))]
            ratios[p] = (ratio(te["median_ms"], entry and entry["median_ms"]),
                         ratio(te["median_ms"], entry and entry.get("engine_ms")))
        for p in peers:
            line += [show_ratio(ratios[p][0]), show_ratio(ratios[p][1])]
        lines.append(line)
        if name.startswith("q"):
            read_ratios[name] = ratios

    scale = reports["trellis"].get("scale")
    rounds = reports["trellis"].get("rounds", 1)
    versions = ", ".join("%s %s" % (NAMES[p], reports[p].get("version", "?")) for p in peers)
    print()
    print("Benchmark results%s (%s); medians of warm runs%s, in ms."
          % ("" if scale is None else " at scale %s" % scale, versions,
             "" if rounds == 1 else ", then the median over %d rounds of the engines in turn" % rounds))
    print("Trellis: in-process around Database.execute, result built. Peer wall: through its Python package,")
    print("every row fetched into Python. Peer engine: the engine's own time (Ladybug, Kùzu: compile + execute")
    print("of the same runs; DuckDB: its profiler's latency for EXPLAIN ANALYZE runs). Ratios below 1: Trellis is faster.")
    table(header, lines)
    print()

    other = [("load from CSV", "load_seconds", seconds), ("save database file", "save_seconds", seconds),
             ("open saved database", "open_seconds", seconds),
             ("snapshot size on disk", "snapshot_bytes", mib), ("RSS after load", "rss_after_load_bytes", mib),
             ("peak memory (time -v)", "peak_memory_bytes", mib)]
    engines = ["trellis"] + peers
    rows = []
    for label, key, fmt in other:
        rows.append([label] + [fmt(reports[e].get(key)) for e in engines])
    page = reports["trellis"].get("snapshot_read_seconds")
    if page is not None:
        rows.append(["read its file from page cache", "%.3f s" % page] + ["-"] * len(peers))
    table(["measure"] + [NAMES[e] for e in engines], rows)
    print()

    count = len(read_ratios)
    summary = []
    for p in peers:
        walls = [r[p][0] for r in read_ratios.values()]
        engine = [r[p][1] for r in read_ratios.values()]
        summary.append([NAMES[p] + (" (frozen reference)" if p == "kuzu" else ""),
                        show_ratio(geomean(walls)), show_ratio(geomean(engine)),
                        "%d of %d" % (sum(1 for x in walls if x is not None and x > 1), count),
                        "%d of %d" % (sum(1 for x in engine if x is not None and x > 1), count)])
    print("Over the %d read queries:" % count)
    table(["peer", "geomean T/peer wall", "geomean T/peer engine", "Trellis slower (wall)", "Trellis slower (engine)"],
          summary)

    main_peers = [p for p in MAIN_PEERS if p in peers]
    for index, measure in enumerate(["wall", "engine"]):
        slower = []
        for name, ratios in read_ratios.items():
            candidates = [(ratios[p][index], p) for p in main_peers if ratios[p][index] is not None]
            if candidates:
                worst = max(candidates)  # the highest ratio: against the faster peer
                if worst[0] > 1:
                    slower.append((worst[0], name, worst[1]))
        slower.sort(reverse=True)
        print()
        print("Read queries where Trellis is slower than the faster of %s by %s time (%d): %s"
              % (" and ".join(NAMES[p] for p in main_peers), measure, len(slower),
                 ", ".join("%s %.2fx (%s)" % (n, r, NAMES[p]) for r, n, p in slower) or "none"))

    if problems:
        print()
        print("RESULTS DISAGREE OR FAILED:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    print()
    print("all %d queries return the same rows in all %d engines" % (len(lines), len(engines)))


if __name__ == "__main__":
    main()
