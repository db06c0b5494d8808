"""Reads the headers of a folder in the Trellis CSV import format, for the peer engines' loaders."""

import os

# Import-format column types and their spellings in the peers.
KUZU_TYPES = {"string": "STRING", "int": "INT64", "float": "DOUBLE", "date": "DATE", "bool": "BOOLEAN"}
DUCKDB_TYPES = {"string": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "date": "DATE", "bool": "BOOLEAN"}
ALIASES = {"long": "int", "integer": "int", "double": "float", "boolean": "bool", "str": "string"}


class Table:
    def __init__(self, name, path, columns, start=None, end=None):
        self.name = name          # label or relationship type
        self.path = path          # absolute path of the CSV file
        self.columns = columns    # [(property name, import type)]; for relationships without from/to
        self.start = start        # relationship start label
        self.end = end            # relationship end label

    @property
    def is_relationship(self):
        return self.start is not None


def column(cell):
    name, _, kind = cell.rpartition(":")
    if not name:
        return cell, "string"
    kind = ALIASES.get(kind.lower(), kind.lower())
    return name, kind


def read_folder(folder):
    """Node tables and relationship tables of `folder`, in file-name order (one file per table)."""
    nodes, rels = [], []
    for entry in sorted(os.listdir(folder)):
        if not entry.endswith(".csv"):
            continue
        path = os.path.abspath(os.path.join(folder, entry))
        name = entry.split(".", 1)[0]
        with open(path, encoding="utf-8") as f:
            header = f.readline().rstrip("\r\n").split(",")
        if len(header) >= 2 and header[0].startswith("from:") and header[1].startswith("to:"):
            rels.append(Table(name, path, [column(c) for c in header[2:]], header[0][5:], header[1][3:]))
        else:
            nodes.append(Table(name, path, [column(c) for c in header]))
    return nodes, rels
