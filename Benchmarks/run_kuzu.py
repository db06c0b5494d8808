#!/usr/bin/env python3
"""The graph peers' side of the benchmark: Ladybug (`--module ladybug`, the maintained fork of
Kùzu) and Kùzu 0.11.3 (`--module kuzu`, the default; kept as a frozen reference), which share
the Database/Connection API. Loads the generated CSV folder with COPY into an in-memory database
(the same footing as Trellis, which holds its graph in memory), runs the queries and writes
JSON. With --disk DIR it also loads an on-disk database there, closes it and measures how long
it takes to open again and its size.

The two packages cannot be imported into one process, so the module is imported by name here
and each engine runs in its own process (bench.py starts one per engine).

The schema is derived from the CSV headers: a node table per node file with its key column as
PRIMARY KEY, a rel table per relationship file (FROM start TO end). The files load unchanged
(their first columns are already the keys these engines want), so there is no preparation step.
Each engine reads NAME.cypher, or the variant its dialect needs (common.VARIANTS).
"""

import importlib
import os
import shutil
import time
import warnings

import common
import csvschema

MODULES = ["kuzu", "ladybug"]


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


def import_engine(name):
    """The engine's Python module; fails with a clear message when it is not the graph database
    (another package named `ladybug`, the environmental-analysis library, has the same module)."""
    module = importlib.import_module(name)
    if not hasattr(module, "Database") or not hasattr(module, "Connection"):
        raise SystemExit("%s: the module %s (%s) has no Database and Connection: not the graph database"
                         % (name, name, getattr(module, "__file__", "?")))
    return module


def main():
    args = common.runner_arguments(
        "also build an on-disk database here and time opening it",
        lambda parser: parser.add_argument("--module", choices=MODULES, default="kuzu",
                                           help="the engine's Python package (default kuzu)"))
    engine = args.module
    db = import_engine(engine)

    params = common.parameters(args.data)
    report = {"engine": engine, "version": db.__version__, "data": args.data}
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(os.path.splitext(args.out)[0] + "-load.cypher", "w") as f:
        f.write(";\n".join(ddl(args.data)) + ";\n")

    database = db.Database()  # in memory
    connection = db.Connection(database)
    started = time.perf_counter()
    load(connection, args.data)
    report["load_seconds"] = time.perf_counter() - started
    report["rss_after_load_bytes"], report["hwm_after_load_bytes"] = common.rss()
    print("%s: loaded in %.3f s" % (engine, report["load_seconds"]), flush=True)

    results = {}
    for q in common.queries(engine, only=args.only and set(args.only.split(","))):
        text = common.strip_comments(q.text)
        bound = common.used_parameters(text, params)

        def run(text=text, bound=bound):
            if bound:
                # Prepared afresh for every run, as Kùzu 0.11.3's execute() does itself: Ladybug's
                # execute() keeps the plan of a parameterised query and reuses it, which would
                # leave out the parsing and planning that every other engine's runs include (and
                # report the first run's compiling time for every later run).
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)  # Ladybug: use execute() alone
                    statement = connection.prepare(text, bound)
                result = connection.execute(statement, parameters=bound)
            else:
                result = connection.execute(text)
            rows = result.get_all()
            # The engine's own time: compiling (parse, bind, plan) plus executing, which builds
            # the result inside the engine; not the conversion of the rows to Python values.
            info = {"engine_ms": result.get_compiling_time() + result.get_execution_time()}
            return rows, info

        undo = None
        if q.undo:
            undo_text = common.strip_comments(q.undo)
            undo_bound = common.used_parameters(undo_text, params)
            undo = lambda undo_text=undo_text, undo_bound=undo_bound: connection.execute(undo_text, parameters=undo_bound)
        results[q.name] = common.measure_or_error(q.name, run, undo, args.warmup, args.reps, args.seconds_per_query)
    report["queries"] = results
    report["peak_rss_bytes"] = common.rss()[1]
    connection.close()
    database.close()

    if args.disk:
        shutil.rmtree(args.disk, ignore_errors=True)
        if os.path.exists(args.disk):
            os.remove(args.disk)
        for suffix in (".wal", ".lock", ".shadow"):
            if os.path.exists(args.disk + suffix):
                os.remove(args.disk + suffix)
        os.makedirs(os.path.dirname(os.path.abspath(args.disk)), exist_ok=True)
        started = time.perf_counter()
        database = db.Database(args.disk)
        connection = db.Connection(database)
        load(connection, args.data)
        connection.close()
        database.close()
        report["disk_load_seconds"] = time.perf_counter() - started
        report["snapshot_bytes"] = sum(common.directory_size(args.disk + suffix) for suffix in ("", ".wal")
                                       if os.path.exists(args.disk + suffix))
        started = time.perf_counter()
        database = db.Database(args.disk)
        connection = db.Connection(database)
        connection.execute("MATCH (s:School) RETURN count(*)").get_all()
        report["open_seconds"] = time.perf_counter() - started
        connection.close()
        database.close()
        print("%s: on disk %.1f MiB, opened in %.3f s" % (engine, report["snapshot_bytes"] / 2**20, report["open_seconds"]), flush=True)

    common.write_json(args.out, report)


if __name__ == "__main__":
    main()
