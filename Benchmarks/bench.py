#!/usr/bin/env python3
"""Runs the whole benchmark: generates the graph, runs Trellis, Kùzu and DuckDB one after the
other (each in its own process under /usr/bin/time -v, for its peak memory), then compares.

    python3 Benchmarks/bench.py --scale 1 --binary .build/release/trellis-bench

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
    parser.add_argument("--engines", default="trellis,kuzu,duckdb")
    args = parser.parse_args()

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
    engines = args.engines.split(",")
    py = sys.executable
    if "trellis" in engines:
        out = os.path.join(results, "trellis.json")
        peak = timed([py, os.path.join(HERE, "run_trellis.py"), "--binary", args.binary, "--out", out,
                      "--snapshot", os.path.join(results, "trellis.db")] + common_args,
                     os.path.join(results, "trellis-time.txt"))
        add(out, peak_memory_bytes=peak, scale=args.scale, seed=args.seed)
    if "kuzu" in engines:
        out = os.path.join(results, "kuzu.json")
        peak = timed([py, os.path.join(HERE, "run_kuzu.py"), "--out", out, "--disk", os.path.join(results, "kuzu-db")] + common_args,
                     os.path.join(results, "kuzu-time.txt"))
        add(out, peak_memory_bytes=peak, scale=args.scale, seed=args.seed)
    if "duckdb" in engines:
        out = os.path.join(results, "duckdb.json")
        peak = timed([py, os.path.join(HERE, "run_duckdb.py"), "--out", out, "--disk", os.path.join(results, "duck.db")] + common_args,
                     os.path.join(results, "duckdb-time.txt"))
        add(out, peak_memory_bytes=peak, scale=args.scale, seed=args.seed)
    print("bench: ran in %.0f s" % (time.perf_counter() - started), flush=True)
    sys.exit(subprocess.call([py, os.path.join(HERE, "compare.py"), results]))


if __name__ == "__main__":
    main()
