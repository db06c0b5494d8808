#!/usr/bin/env python3
"""Trellis side of the benchmark: runs the release `trellis-bench` runner (which loads the CSV
folder in-process, creates the indexes and times the queries) and turns its report into the
common JSON form, hashing each query's result rows the same way as the peers' runners."""

import argparse
import json
import os
import subprocess
import sys

import common


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True, help="path of trellis-bench")
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--reps", type=int, default=10)
    parser.add_argument("--seconds-per-query", type=float, default=10.0)
    parser.add_argument("--only")
    parser.add_argument("--snapshot", help="save the loaded graph as a database file here and time opening it")
    args = parser.parse_args()

    raw = os.path.splitext(args.out)[0] + "-raw.json"
    command = [args.binary, "--data", args.data, "--queries", common.QUERIES, "--out", raw,
               "--warmup", str(args.warmup), "--reps", str(args.reps), "--seconds-per-query", str(args.seconds_per_query)]
    if args.only:
        command += ["--only", args.only]
    if args.snapshot:
        command += ["--snapshot", args.snapshot]
    status = subprocess.call(command)
    if status != 0:
        sys.exit("trellis-bench failed with status %d" % status)
    with open(raw) as f:
        report = json.load(f)
    for name, entry in report["queries"].items():
        if "error" in entry:  # a query trellis-bench failed on
            continue
        entry["hash"] = common.result_hash(entry.pop("result"))
        entry.pop("columns", None)
    common.write_json(args.out, report)


if __name__ == "__main__":
    main()
