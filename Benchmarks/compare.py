#!/usr/bin/env python3
"""Prints the side-by-side table of a benchmark run and fails loudly when the engines disagree.

    python3 Benchmarks/compare.py RESULTS_FOLDER

Reads trellis.json, kuzu.json and duckdb.json (and the peak memory that bench.py adds to
them) from the folder, prints one table (query, rows, Trellis median and p90, Kùzu median,
DuckDB median, the ratios Trellis/peer), then load time, open time, peak memory and snapshot
size, and the geometric mean of Trellis/Kùzu over the read queries. Exits with status 1 when
two engines return different rows (different hashes of the normalised, sorted rows) or
different row counts for any query, naming the query and the engines.
"""

import json
import math
import os
import sys

ENGINES = ["trellis", "kuzu", "duckdb"]


def load(folder):
    reports = {}
    for engine in ENGINES:
        path = os.path.join(folder, engine + ".json")
        if not os.path.exists(path):
            sys.exit("compare: %s is missing" % path)
        with open(path) as f:
            reports[engine] = json.load(f)
    return reports


def ms(x):
    if x is None:
        return "-"
    return "%.3f" % x if x < 10 else "%.1f" % x if x < 1000 else "%.0f" % x


def mib(x):
    return "-" if x is None else "%.0f MiB" % (x / 2**20)


def seconds(x):
    return "-" if x is None else "%.2f s" % x


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "results")
    reports = load(folder)
    t, k, d = (reports[e]["queries"] for e in ENGINES)
    names = sorted(set(t) | set(k) | set(d))
    problems = []
    header = ["query", "rows", "T median ms", "T p90 ms", "K median ms", "(K engine)", "D median ms", "T/K", "T/D"]
    lines = []
    read_ratios_k, read_ratios_d = [], []
    for name in names:
        entries = [q.get(name) for q in (t, k, d)]
        missing = [e for e, entry in zip(ENGINES, entries) if entry is None]
        if missing:
            problems.append("%s: not run by %s" % (name, ", ".join(missing)))
            continue
        te, ke, de = entries
        for engine, entry in zip(ENGINES[1:], (ke, de)):
            if entry["hash"] != te["hash"] or entry["rows"] != te["rows"]:
                problems.append("%s: trellis (%d rows, hash %s) and %s (%d rows, hash %s) disagree"
                                % (name, te["rows"], te["hash"], engine, entry["rows"], entry["hash"]))
        rk = te["median_ms"] / ke["median_ms"] if ke["median_ms"] else float("nan")
        rd = te["median_ms"] / de["median_ms"] if de["median_ms"] else float("nan")
        if name.startswith("q"):
            read_ratios_k.append(rk)
            read_ratios_d.append(rd)
        lines.append([name, str(te["rows"]), ms(te["median_ms"]), ms(te["p90_ms"]), ms(ke["median_ms"]),
                      ms(ke.get("engine_ms")), ms(de["median_ms"]), "%.3f" % rk, "%.3f" % rd])
    widths = [max(len(r[i]) for r in [header] + lines) for i in range(len(header))]

    def show(row):
        print("| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))) + " |")

    scale = reports["trellis"].get("scale")
    rounds = reports["trellis"].get("rounds", 1)
    print()
    print("Benchmark results%s (medians of warm runs%s; Kùzu and DuckDB timed through their Python packages, "
          "rows fetched; (K engine) is Kùzu's own compile + execute time, for reference)"
          % ("" if scale is None else " at scale %s" % scale,
             "" if rounds == 1 else ", then the median over %d rounds of the engines in turn" % rounds))
    show(header)
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for line in lines:
        show(line)
    print()

    def geomean(xs):
        xs = [x for x in xs if x > 0 and not math.isnan(x)]
        return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")

    other = [("load from CSV", "load_seconds", seconds), ("save database file", "save_seconds", seconds),
             ("open saved database", "open_seconds", seconds),
             ("snapshot size on disk", "snapshot_bytes", mib), ("RSS after load", "rss_after_load_bytes", mib),
             ("peak memory (time -v)", "peak_memory_bytes", mib)]
    rows = [["measure", "Trellis", "Kùzu", "DuckDB"]]
    for label, key, fmt in other:
        rows.append([label] + [fmt(reports[e].get(key)) for e in ENGINES])
    page = reports["trellis"].get("snapshot_read_seconds")
    if page is not None:
        rows.append(["read its file from page cache", "%.3f s" % page, "-", "-"])
    w2 = [max(len(r[i]) for r in rows) for i in range(4)]
    for i, r in enumerate(rows):
        print("| " + " | ".join(c.ljust(w) if j == 0 else c.rjust(w) for j, (c, w) in enumerate(zip(r, w2))) + " |")
        if i == 0:
            print("|" + "|".join("-" * (w + 2) for w in w2) + "|")
    print()
    print("geometric mean over read queries: Trellis/Kùzu %.3f, Trellis/DuckDB %.3f"
          % (geomean(read_ratios_k), geomean(read_ratios_d)))
    slower = [l[0] for l in lines if l[0].startswith("q") and (float(l[7]) > 1 or float(l[8]) > 1)]
    if slower:
        print("read queries where Trellis is slower than a peer: " + ", ".join(slower))
    if problems:
        print()
        print("RESULTS DISAGREE BETWEEN ENGINES:", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        sys.exit(1)
    print("all %d queries return the same rows in all three engines" % len(lines))


if __name__ == "__main__":
    main()
