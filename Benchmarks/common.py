"""What the benchmark runners share: the query files, parameters, timing and result hashing."""

import argparse
import datetime
import decimal
import hashlib
import json
import math
import os
import re
import time

HERE = os.path.dirname(os.path.abspath(__file__))
QUERIES = os.path.join(HERE, "queries")


class Query:
    def __init__(self, name, text, undo):
        self.name = name
        self.text = text
        self.undo = undo

    @property
    def is_write(self):
        return self.undo is not None


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


# The variant files each dialect reads before NAME.cypher, in order: Ladybug, the maintained fork
# of Kùzu, reads Kùzu's variants too (NAME.ladybug.cypher, when present, is for Ladybug alone).
VARIANTS = {"cypher": [], "kuzu": ["kuzu"], "ladybug": ["ladybug", "kuzu"]}


def queries(dialect, folder=QUERIES, only=None):
    """The queries for one engine. dialect 'cypher' reads NAME.cypher; 'kuzu' and 'ladybug' prefer
    the variants of VARIANTS (NAME.kuzu.cypher, ...: what their dialect forces); 'sql' reads NAME.sql."""
    names = sorted({f.split(".", 1)[0] for f in os.listdir(folder) if f.endswith(".cypher") or f.endswith(".sql")})
    result = []
    for name in names:
        if only and name not in only:
            continue
        if dialect == "sql":
            candidates, undo = [name + ".sql"], name + ".undo.sql"
        else:
            candidates = ["%s.%s.cypher" % (name, v) for v in VARIANTS[dialect]] + [name + ".cypher"]
            undo = name + ".undo.cypher"
        path = next((os.path.join(folder, c) for c in candidates if os.path.exists(os.path.join(folder, c))), None)
        if path is None:
            raise SystemExit("no %s query for %s" % (dialect, name))
        undo_path = os.path.join(folder, undo)
        result.append(Query(name, read(path), read(undo_path) if os.path.exists(undo_path) else None))
    return result


def parameters(data):
    with open(os.path.join(data, "params.json")) as f:
        return json.load(f)


def strip_comments(text):
    """Drops // and -- comment lines (the peers' parsers get the statement only)."""
    return "\n".join(l for l in text.splitlines() if not l.lstrip().startswith(("//", "--"))).strip()


def used_parameters(text, params):
    names = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", text))
    return {k: v for k, v in params.items() if k in names}


def statements(text):
    """The ;-separated statements of a query file (the query texts hold no ; in strings)."""
    return [s.strip() for s in strip_comments(text).split(";") if s.strip()]


def percentile(samples, p):
    s = sorted(samples)
    if not s:
        return 0.0
    if p == 0.5:
        mid = len(s) // 2
        return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2
    rank = max(1, min(len(s), math.ceil(p * len(s))))
    return s[rank - 1]


def measure(name, run, undo, warmup, reps, seconds_per_query, log=True, engine=None):
    """Runs `run` (returning the result rows and a dict of extra per-run figures, such as the
    engine's own time `engine_ms`) warmup + reps times, `undo` after each when given (untimed);
    stops the timed runs once they have taken seconds_per_query (after at least 3). The entry has
    the median of the wall times and of each extra figure.

    `engine`, when given, returns the engine's own time in ms of one more run, for an engine that
    cannot report it for the timed runs themselves (DuckDB: a profiled run); it runs after the
    timed runs as often as they did, `undo` after each, and its median is the entry's engine_ms."""
    times, first, extra = [], None, {}
    budget_start = time.perf_counter()
    for i in range(warmup + reps):
        started = time.perf_counter()
        rows, info = run()
        elapsed = time.perf_counter() - started
        if undo:
            undo()
        if first is None:
            first = rows
        if i >= warmup:
            times.append(elapsed)
            for k, v in info.items():
                extra.setdefault(k, []).append(v)
            if len(times) >= 3 and time.perf_counter() - budget_start > seconds_per_query:
                break
    if engine:
        extra["engine_ms"] = []
        for _ in range(len(times)):
            extra["engine_ms"].append(engine())
            if undo:
                undo()
    entry = {
        "median_ms": percentile(times, 0.5) * 1000,
        "p90_ms": percentile(times, 0.9) * 1000,
        "runs": len(times),
        "rows": len(first),
        "hash": result_hash(first),
    }
    for k, v in extra.items():
        entry[k] = percentile(v, 0.5)
    if log:
        own = "" if entry.get("engine_ms") is None else "  (engine %9.3f ms)" % entry["engine_ms"]
        print("  %-34s %6d rows  median %9.3f ms%s  (%d runs)" % (name, len(first), entry["median_ms"], own, len(times)), flush=True)
    return entry


def measure_or_error(name, *args, **kwargs):
    """measure(), but a query the engine fails on gives an entry {"error": message} instead of
    ending the run (compare.py reports it as a failure)."""
    try:
        return measure(name, *args, **kwargs)
    except Exception as e:  # the peers' packages raise their own exception types
        message = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        print("  %-34s FAILED: %s" % (name, message), flush=True)
        return {"error": "%s: %s" % (type(e).__name__, str(e).strip())}


# ---------------------------------------------------------------------------------------------
# Result normalisation: every engine's rows are rendered the same way, sorted and hashed.
# ---------------------------------------------------------------------------------------------

def render(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, decimal.Decimal):  # Kùzu's sum of integers is a 128-bit integer
        value = int(value) if value == value.to_integral_value() else float(value)
        if isinstance(value, int):
            return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        # First to 10 significant digits, which takes away the last bits that the order of a
        # sum decides (the engines add in different orders, some in parallel), so that the
        # rounding to 6 digits below sees the same number in every engine even at a tie (an
        # average of one-decimal values is often exactly x.xxx5).
        value = float("%.10g" % value)
        if value == int(value) and abs(value) < 1e15:
            value = float(int(value))
        text = "%.6g" % value
        return "0" if text == "-0" else text
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(render(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join("%s: %s" % (k, render(value[k])) for k in sorted(value)) + "}"
    # Strings as they are (Trellis reports dates to its runner as ISO text, so a date and its
    # text must render alike); separators are escaped.
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n")


def normalised(rows):
    return sorted("|".join(render(v) for v in row) for row in rows)


def result_hash(rows):
    h = hashlib.sha256()
    for line in normalised(rows):
        h.update(line.encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()[:16]


def directory_size(path):
    if os.path.isfile(path):
        return os.path.getsize(path)
    total = 0
    for root, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(root, f))
    return total


def rss():
    """Resident and peak resident bytes of this process (Linux)."""
    values = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                values[line.split(":")[0]] = int(line.split()[1]) * 1024
    return values.get("VmRSS", 0), values.get("VmHWM", 0)


def write_json(path, obj):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w") as f:
        json.dump(obj, f, indent=1, sort_keys=True)
        f.write("\n")


def runner_arguments(disk_help, extra=None):
    """The command-line options every peer runner takes; extra(parser) adds a runner's own."""
    parser = argparse.ArgumentParser()
    if extra:
        extra(parser)
    parser.add_argument("--data", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--reps", type=int, default=10)
    parser.add_argument("--seconds-per-query", type=float, default=10.0)
    parser.add_argument("--disk", help=disk_help)
    parser.add_argument("--only", help="comma-separated query names")
    return parser.parse_args()
