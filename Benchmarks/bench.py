#!/usr/bin/env python3
"""Runs the whole benchmark: generates the graph, runs Trellis, Ladybug, DuckDB and Kùzu one
after the other (each in its own process under /usr/bin/time -v, for its peak memory), then
compares.

    python3 Benchmarks/bench.py --scale 1 --binary .build/release/trellis-bench [--rounds 3]

With --rounds N the engines run N times in turn (Trellis, Ladybug, DuckDB, Kùzu, Trellis, ...),
and each engine's report keeps, for every query and measure, the median of its N rounds (peak
memory: the highest). A burst of load on a shared machine then lands in one round of one
engine rather than deciding a comparison; each round's medians stay in the reports.

A peer whose Python package is not installed is skipped with a message, or with
--require-peers (what `make` passes under continuous integration) fails the run.

The JSON reports, the generated data and the peers' databases go to --results (by default
Benchmarks/results/scale-SCALE, which git ignores).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time

import common

HERE = common.HERE

# The engines, in the order they run in each round, and the Python package of each peer.
ENGINES = ["trellis", "ladybug", "duckdb", "kuzu"]
PACKAGES = {"ladybug": "ladybug", "duckdb": "duckdb", "kuzu": "kuzu"}

# The measures of a report that are medians over rounds (the others come from the first round).
ROUND_MEASURES = ["load_seconds", "import_seconds", "index_seconds", "open_seconds", "snapshot_read_seconds",
                  "save_seconds", "disk_load_seconds", "rss_after_load_bytes"]


def timed(command, time_file):
    """Runs command under /usr/bin/time -v when it exists; returns the peak RSS in bytes or None."""
    if os.path.exists("/usr/bin/time"):
        command = ["/usr/bin/time", "-v", "-o", time_file] + command
    print("$ " + " ".join(command), flush=True)
    status = subprocess.call(command)
    if status != 0:
        sys.exit("bench: %s failed with status %d" % (" ".join(command), status))
    if os.path.exists(time_file):
        with open(time_file) as f:
            match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read())
        if match:
            return int(match.group(1)) * 1024
    return None


def add(path, **values):
    with open(path) as f:
        report = json.load(f)
    report.update({k: v for k, v in values.items() if v is not None})
    common.write_json(path, report)


def merge_rounds(paths, out):
    """Writes to out the report of several rounds of one engine: per query the median of the
    rounds' medians and p90s (each round's median kept as round_medians_ms), per measure in
    ROUND_MEASURES the median, and the highest peak memory. Rows and hashes must agree."""
    reports = []
    for path in paths:
        with open(path) as f:
            reports.append(json.load(f))
    merged = dict(reports[0])
    merged["rounds"] = len(reports)
    for measure in ROUND_MEASURES:
        values = [r[measure] for r in reports if r.get(measure) is not None]
        if values:
            merged[measure] = common.percentile(values, 0.5)
    peaks = [r["peak_memory_bytes"] for r in reports if r.get("peak_memory_bytes") is not None]
    if peaks:
        merged["peak_memory_bytes"] = max(peaks)
    queries = {}
    for name, first in reports[0]["queries"].items():
        entries = [r["queries"][name] for r in reports if name in r["queries"]]
        failed = [e for e in entries if "error" in e]
        if failed:  # a query that failed in any round is reported as failed
            queries[name] = dict(failed[0])
            continue
        for entry in entries[1:]:
            if entry["hash"] != first["hash"] or entry["rows"] != first["rows"]:
                sys.exit("bench: %s returned different rows in different rounds" % name)
        entry = dict(first)
        entry["round_medians_ms"] = [e["median_ms"] for e in entries]
        entry["median_ms"] = common.percentile(entry["round_medians_ms"], 0.5)
        entry["p90_ms"] = common.percentile([e["p90_ms"] for e in entries], 0.5)
        if all(e.get("engine_ms") is not None for e in entries):
            entry["engine_ms"] = common.percentile([e["engine_ms"] for e in entries], 0.5)
        queries[name] = entry
    merged["queries"] = queries
    common.write_json(out, merged)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--binary", required=True, help="path of trellis-bench")
    parser.add_argument("--results")
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--reps", type=int, default=20)
    parser.add_argument("--seconds-per-query", type=float, default=8.0)
    parser.add_argument("--only", help="comma-separated query names")
    parser.add_argument("--engines", default=",".join(ENGINES), help="comma-separated, of %s" % ", ".join(ENGINES))
    parser.add_argument("--rounds", type=int, default=1, help="runs of every engine, in turn")
    parser.add_argument("--require-peers", action="store_true",
                        help="fail when a peer's Python package is missing (instead of skipping that peer)")
    args = parser.parse_args()
    if args.rounds < 1:
        sys.exit("bench: --rounds must be at least 1")
    engines = args.engines.split(",")
    unknown = [e for e in engines if e not in ENGINES]
    if unknown or "trellis" not in engines:
        sys.exit("bench: --engines takes trellis and any of %s" % ", ".join(ENGINES[1:]))
    # Each package is tried in a process of its own: Ladybug's and Kùzu's cannot share one.
    missing = [e for e in engines if e in PACKAGES and
               subprocess.call([sys.executable, "-c", "import " + PACKAGES[e]], stderr=subprocess.DEVNULL) != 0]
    if missing:
        names = ", ".join(PACKAGES[e] for e in missing)
        if args.require_peers:
            sys.exit("bench: error: the Python packages %s are not installed (`make bench-deps` installs them)" % names)
        print("bench: SKIPPING %s: the Python packages %s are not installed" % (", ".join(missing), names), flush=True)
        engines = [e for e in engines if e not in missing]
        if engines == ["trellis"]:
            print("bench: SKIPPING the benchmark: no peer is installed to compare with", flush=True)
            return

    results = args.results or os.path.join(HERE, "results", "scale-%g" % args.scale)
    os.makedirs(results, exist_ok=True)
    data = os.path.join(results, "data")
    started = time.perf_counter()
    shutil.rmtree(data, ignore_errors=True)
    subprocess.check_call([sys.executable, os.path.join(HERE, "generate.py"), "--seed", str(args.seed),
                           "--scale", str(args.scale), "--out", data])
    common_args = ["--data", data, "--warmup", str(args.warmup), "--reps", str(args.reps),
                   "--seconds-per-query", str(args.seconds_per_query)]
    if args.only:
        common_args += ["--only", args.only]
    py = sys.executable
    # Reports of an earlier run must not stand in for an engine that does not run now.
    for name in os.listdir(results):
        if re.fullmatch(r"(%s)(-round\d+)?(-raw)?\.json" % "|".join(ENGINES), name):
            os.remove(os.path.join(results, name))

    def run(engine, suffix):
        """One run of one engine; returns the path of its report."""
        out = os.path.join(results, engine + suffix + ".json")
        time_file = os.path.join(results, engine + suffix + "-time.txt")
        if engine == "trellis":
            command = [py, os.path.join(HERE, "run_trellis.py"), "--binary", args.binary, "--out", out,
                       "--snapshot", os.path.join(results, "trellis.db")]
        elif engine == "duckdb":
            command = [py, os.path.join(HERE, "run_duckdb.py"), "--out", out, "--disk", os.path.join(results, "duck.db")]
        else:  # ladybug, kuzu: one runner for both, told the package
            command = [py, os.path.join(HERE, "run_kuzu.py"), "--module", engine, "--out", out,
                       "--disk", os.path.join(results, engine + "-db")]
        peak = timed(command + common_args, time_file)
        add(out, peak_memory_bytes=peak, scale=args.scale, seed=args.seed)
        return out

    runs = {engine: [] for engine in engines}
    for round_number in range(1, args.rounds + 1):
        if args.rounds > 1:
            print("bench: round %d of %d" % (round_number, args.rounds), flush=True)
        for engine in ENGINES:
            if engine in engines:
                runs[engine].append(run(engine, "" if args.rounds == 1 else "-round%d" % round_number))
    if args.rounds > 1:
        for engine, paths in runs.items():
            merge_rounds(paths, os.path.join(results, engine + ".json"))
    print("bench: ran in %.0f s" % (time.perf_counter() - started), flush=True)
    sys.exit(subprocess.call([py, os.path.join(HERE, "compare.py"), results]))


if __name__ == "__main__":
    main()
