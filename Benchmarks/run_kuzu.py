#!/usr/bin/env python3
"""Kùzu side of the benchmark: loads the generated CSV folder with COPY into an in-memory
database (the same footing as Trellis, which holds its graph in memory), runs the queries and
writes JSON. With --disk DIR it also loads an on-disk database there, closes it and measures
how long it takes to open again and its size.

The schema is derived from the CSV headers: a node table per node file with its key column as
PRIMARY KEY, a rel table per relationship file (FROM start TO end). The files load unchanged
(their first columns are already the keys Kùzu wants), so there is no preparation step.
"""

import os
import shutil
import time

import kuzu

import common
import csvschema


def ddl(data):
    nodes, rels = csvschema.read_folder(data)
    statements = []
    for n in nodes:
        cols = ", ".join("`%s` %s" % (k, csvschema.KUZU_TYPES[t]) for k, t in n.columns)
        statements.append("CREATE NODE TABLE `%s`(%s, PRIMARY KEY(`%s`))" % (n.name, cols, n.columns[0][0]))
    for r in rels:
        cols = "".join(", `%s` %s" % (k, csvschema.KUZU_TYPES[t]) for k, t in r.columns)
        statements.append("CREATE REL TABLE `%s`(FROM `%s` TO `%s`%s)" % (r.name, r.start, r.end, cols))
    for t in nodes + rels:
        statements.append("COPY `%s` FROM '%s' (HEADER=true)" % (t.name, t.path))
    return statements


def load(connection, data):
    for statement in ddl(data):
        connection.execute(statement)


def main():
    args = common.runner_arguments("also build an on-disk database here and time opening it")

    params = common.parameters(args.data)
    report = {"engine": "kuzu", "version": kuzu.__version__, "data": args.data}
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(os.path.splitext(args.out)[0] + "-load.cypher", "w") as f:
        f.write(";\n".join(ddl(args.data)) + ";\n")

    database = kuzu.Database()  # in memory
    connection = kuzu.Connection(database)
    started = time.perf_counter()
    load(connection, args.data)
    report["load_seconds"] = time.perf_counter() - started
    report["rss_after_load_bytes"], report["hwm_after_load_bytes"] = common.rss()
    print("kuzu: loaded in %.3f s" % report["load_seconds"], flush=True)

    results = {}
    for q in common.queries("kuzu", only=args.only and set(args.only.split(","))):
        text = common.strip_comments(q.text)
        bound = common.used_parameters(text, params)

        def run(text=text, bound=bound):
            result = connection.execute(text, parameters=bound)
            rows = result.get_all()
            info = {"engine_ms": result.get_compiling_time() + result.get_execution_time()}
            return rows, info

        undo = None
        if q.undo:
            undo_text = common.strip_comments(q.undo)
            undo_bound = common.used_parameters(undo_text, params)
            undo = lambda undo_text=undo_text, undo_bound=undo_bound: connection.execute(undo_text, parameters=undo_bound)
        results[q.name] = common.measure(q.name, run, undo, args.warmup, args.reps, args.seconds_per_query)
    report["queries"] = results
    report["peak_rss_bytes"] = common.rss()[1]
    connection.close()
    database.close()

    if args.disk:
        shutil.rmtree(args.disk, ignore_errors=True)
        if os.path.exists(args.disk):
            os.remove(args.disk)
        os.makedirs(os.path.dirname(os.path.abspath(args.disk)), exist_ok=True)
        started = time.perf_counter()
        database = kuzu.Database(args.disk)
        connection = kuzu.Connection(database)
        load(connection, args.data)
        connection.close()
        database.close()
        report["disk_load_seconds"] = time.perf_counter() - started
        report["snapshot_bytes"] = common.directory_size(args.disk)
        started = time.perf_counter()
        database = kuzu.Database(args.disk)
        connection = kuzu.Connection(database)
        connection.execute("MATCH (s:School) RETURN count(*)").get_all()
        report["open_seconds"] = time.perf_counter() - started
        connection.close()
        database.close()
        print("kuzu: on disk %.1f MiB, opened in %.3f s" % (report["snapshot_bytes"] / 2**20, report["open_seconds"]), flush=True)

    common.write_json(args.out, report)


if __name__ == "__main__":
    main()
