#!/usr/bin/env python3
"""DuckDB side of the benchmark: loads the generated CSV folder with read_csv into an in-memory
database (a table per node label, keyed by its key column, and a table per relationship type
with columns "from", "to" and its properties), runs the SQL queries and writes JSON: each
query's wall time through Python and DuckDB's own time from its profiler (engine_time). With
--disk FILE it also loads a database file there, closes it and measures how long it takes to
open again and its size.
"""

import json
import os
import time

import duckdb

import common
import csvschema


def profiled_latency(profile):
    """The query's latency in seconds from DuckDB's JSON profile: `latency` at the root up to
    DuckDB 1.x, `query.total_time` from 2.0 on."""
    if "latency" in profile:
        return profile["latency"]
    return profile["query"]["total_time"]


def ddl(data):
    nodes, rels = csvschema.read_folder(data)
    statements = []
    for t in nodes + rels:
        columns = [("from", None), ("to", None)] if t.is_relationship else []
        columns += t.columns
        types = {}
        for name, kind in columns:
            if kind is None:  # the ends of a relationship have the type of their label's key
                end = t.start if name == "from" else t.end
                kind = next(n.columns[0][1] for n in nodes if n.name == end)
            types[name] = csvschema.DUCKDB_TYPES[kind]
        spec = ", ".join("'%s': '%s'" % (k, v) for k, v in types.items())
        key = "" if t.is_relationship else ", PRIMARY KEY (\"%s\")" % t.columns[0][0]
        cols = ", ".join('"%s" %s' % (k, v) for k, v in types.items())
        statements.append('CREATE TABLE "%s" (%s%s)' % (t.name, cols, key))
        statements.append("INSERT INTO \"%s\" SELECT * FROM read_csv('%s', header = true, auto_detect = false, columns = {%s})"
                          % (t.name, t.path, spec))
    return statements


def load(connection, data):
    for statement in ddl(data):
        connection.execute(statement)


def main():
    args = common.runner_arguments("also build a database file here and time opening it")

    params = common.parameters(args.data)
    report = {"engine": "duckdb", "version": duckdb.__version__, "data": args.data}
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(os.path.splitext(args.out)[0] + "-load.sql", "w") as f:
        f.write(";\n".join(ddl(args.data)) + ";\n")

    connection = duckdb.connect(":memory:")
    started = time.perf_counter()
    load(connection, args.data)
    report["load_seconds"] = time.perf_counter() - started
    report["rss_after_load_bytes"], report["hwm_after_load_bytes"] = common.rss()
    print("duckdb: loaded in %.3f s" % report["load_seconds"], flush=True)

    def run_script(statements):
        rows = []
        for text, bound in statements:
            rows = connection.execute(text, bound).fetchall()
        return rows

    def engine_time(statements):
        """DuckDB's own time for one run of the script, in ms: the latency its profiler reports
        for EXPLAIN ANALYZE of each statement (parse, plan, optimise and execute, the rows
        produced but not handed to Python). The timed runs cannot report it: the Python package
        streams a result, so its profiled latency runs on until Python has fetched the last row."""
        total = 0.0
        connection.execute("SET enable_profiling = 'no_output'")
        connection.execute("SET profiling_coverage = 'ALL'")  # writes too, not only SELECT
        try:
            for text, bound in statements:
                connection.execute("EXPLAIN ANALYZE " + text, bound).fetchall()
                total += profiled_latency(json.loads(connection.get_profiling_information(format="json")))
        finally:
            connection.execute("PRAGMA disable_profiling")
        return total * 1000

    results = {}
    for q in common.queries("sql", only=args.only and set(args.only.split(","))):
        script = [(s, common.used_parameters(s, params)) for s in common.statements(q.text)]
        undo = None
        if q.undo:
            undo_script = [(s, common.used_parameters(s, params)) for s in common.statements(q.undo)]
            undo = lambda undo_script=undo_script: run_script(undo_script)
        results[q.name] = common.measure_or_error(q.name, lambda script=script: (run_script(script), {}), undo,
                                                  args.warmup, args.reps, args.seconds_per_query,
                                                  engine=lambda script=script: engine_time(script))
    report["queries"] = results
    report["peak_rss_bytes"] = common.rss()[1]
    connection.close()

    if args.disk:
        for suffix in ("", ".wal"):
            if os.path.exists(args.disk + suffix):
                os.remove(args.disk + suffix)
        started = time.perf_counter()
        connection = duckdb.connect(args.disk)
        load(connection, args.data)
        connection.execute("CHECKPOINT")
        connection.close()
        report["disk_load_seconds"] = time.perf_counter() - started
        report["snapshot_bytes"] = common.directory_size(args.disk)
        started = time.perf_counter()
        connection = duckdb.connect(args.disk)
        connection.execute("SELECT count(*) FROM School").fetchall()
        report["open_seconds"] = time.perf_counter() - started
        connection.close()
        print("duckdb: on disk %.1f MiB, opened in %.3f s" % (report["snapshot_bytes"] / 2**20, report["open_seconds"]), flush=True)

    common.write_json(args.out, report)


if __name__ == "__main__":
    main()
