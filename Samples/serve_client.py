#!/usr/bin/env python3
"""A small Python client for `trellis serve --stdio`, using only the standard library.

Trellis runs as a child process; each query is one JSON line written to its standard input,
each answer one JSON line read from its standard output.

    python3 Samples/serve_client.py [--trellis PATH]

asks a few questions of the bundled sample database (opened read-only) and of an in-memory one,
and prints the answers. Copy the `Trellis` class into your own tools.
"""

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys


class TrellisError(Exception):
    """A request that failed: the error's kind, code, message and, when known, line and column."""

    def __init__(self, error):
        self.kind = error["kind"]
        self.code = error["code"]
        self.line = error.get("line")
        self.column = error.get("column")
        where = f" at {self.line}:{self.column}" if self.line is not None else ""
        super().__init__(f"{self.kind}.{self.code}{where}: {error['message']}")


class Trellis:
    """A Trellis database served by a `trellis serve --stdio` child process.

    With `database`, the database file is opened (created when missing unless `read_only`);
    without it the database is in memory and lasts as long as the client.
    """

    def __init__(self, database=None, read_only=False, program="trellis"):
        arguments = [program, "serve", "--stdio"]
        if database is not None:
            arguments.append(database)
        if read_only:
            arguments.append("--read-only")
        # Warnings from trellis go to our standard error; its standard output carries only answers.
        self._process = subprocess.Popen(arguments, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         text=True, encoding="utf-8")
        self._ids = itertools.count(1)

    def execute(self, query, parameters=None, **limits):
        """Runs `query` with `parameters` (a dict) and returns the whole response: columns, rows
        (lists in column order) and statistics. `limits` may give timeout (seconds), maxResultRows,
        maxIntermediateRows and maxPathLength. Raises TrellisError when the query fails."""
        request = {"id": next(self._ids), "query": query, "parameters": parameters or {}}
        if limits:
            request["limits"] = limits
        # allow_nan=False: NaN and Infinity are not JSON, and trellis would refuse the line.
        self._process.stdin.write(json.dumps(request, ensure_ascii=False, allow_nan=False) + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"trellis stopped (exit status {self._process.wait()})")
        response = json.loads(line)
        assert response["id"] == request["id"], "answers come in the order of the requests"
        if not response["ok"]:
            raise TrellisError(response["error"])
        return response

    def rows(self, query, parameters=None, **limits):
        """The rows `query` returns, each a dict from column name to value."""
        response = self.execute(query, parameters, **limits)
        return [dict(zip(response["columns"], row)) for row in response["rows"]]

    def close(self):
        """Ends the server: it answers what it has read, then exits."""
        self._process.stdin.close()
        status = self._process.wait()
        if status != 0:
            raise RuntimeError(f"trellis exited with status {status}")

    def __enter__(self):
        return self

    def __exit__(self, *exception):
        self.close()


def default_program():
    """The trellis built in this checkout, else the one on PATH."""
    checkout = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    built = os.path.join(checkout, ".build", "debug", "trellis")
    return built if os.access(built, os.X_OK) else (shutil.which("trellis") or "trellis")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trellis", default=default_program(), help="the trellis program to run")
    program = parser.parse_args().trellis
    sample = os.path.join(os.path.dirname(os.path.abspath(__file__)), "partnerships.trellis")

    with Trellis(sample, read_only=True, program=program) as db:
        members = db.rows(
            "MATCH (s:School)-[:MEMBER_OF]->(:Partnership {id: $id}) WHERE s.fsm > $fsm "
            "RETURN s.name AS school, s.fsm AS fsm ORDER BY fsm DESC",
            {"id": "P01", "fsm": 15})
        print("Schools of partnership P01 with more than 15% free school meals:")
        for member in members:
            print(f"  {member['school']}: {member['fsm']}%")
        try:
            db.execute("MATCH (s:School) RETURN s.nme, count(r)")
        except TrellisError as error:
            print(f"A mistake is reported, not fatal: {error}")

    with Trellis(program=program) as db:
        created = db.execute("UNWIND $schools AS school CREATE (:School {name: school.name, urn: school.urn})",
                             {"schools": [{"name": "Oak Academy", "urn": 100}, {"name": "Elm Primary", "urn": 101}]})
        print(f"Created {created['statistics']['nodesCreated']} schools in memory.")
        [types] = db.rows("RETURN valueType($whole) AS whole, valueType($fraction) AS fraction",
                          {"whole": 1, "fraction": 1.0})
        print(f"1 arrives as {types['whole']}, 1.0 as {types['fraction']}.")
        try:
            db.execute("MATCH (a), (b), (c), (d) RETURN count(*)", maxIntermediateRows=10)
        except TrellisError as error:
            print(f"Limits bound a request: {error.kind}")


if __name__ == "__main__":
    sys.exit(main())
