#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets.

    make_corpus.py TCK_FEATURES OUTPUT [--trellis PATH]

OUTPUT/queries gets one file per query: each triple-quoted block that follows an
"executing query:" or "having executed:" step of the TCK feature files under TCK_FEATURES,
and each statement of the sample scripts (Samples/*.cypher, Samples/queries/*.cypher).
OUTPUT/storage gets small valid database files in the FuzzStorage input format (the
snapshot's length as four little-endian bytes, the snapshot, then the journal), made with
the `trellis` command given by --trellis; without it that folder stays empty.
OUTPUT/requests gets `trellis serve` request lines for FuzzServe: each query as a request
(some with parameters and limits), and interrupts, several to a file.
"""
import argparse
import hashlib
import json
import pathlib
import re
import subprocess
import tempfile

REPOSITORY = pathlib.Path(__file__).resolve().parent.parent
STEP = re.compile(r'(executing query|having executed|executing control query):\s*$')


def tck_queries(features: pathlib.Path):
    for feature in sorted(features.rglob('*.feature')):
        lines = feature.read_text(encoding='utf-8').splitlines()
        index = 0
        while index < len(lines):
            if STEP.search(lines[index]) and index + 1 < len(lines) and lines[index + 1].strip() == '"""':
                indent = lines[index + 1].index('"""')
                end = index + 2
                block = []
                while end < len(lines) and lines[end].strip() != '"""':
                    block.append(lines[end][indent:])
                    end += 1
                yield '\n'.join(block) + '\n'
                index = end
            index += 1


def sample_statements():
    scripts = sorted(REPOSITORY.glob('Samples/*.cypher')) + sorted(REPOSITORY.glob('Samples/queries/*.cypher'))
    for script in scripts:
        for statement in re.split(r';\s*\n', script.read_text(encoding='utf-8')):
            if statement.strip():
                yield statement.strip() + '\n'


def write_unique(folder: pathlib.Path, contents: bytes):
    name = hashlib.sha1(contents).hexdigest()[:16]
    (folder / name).write_bytes(contents)


# Each seed database: the statements written before a checkpoint (in the snapshot), then the
# statements written after it (in the journal).
STORAGE_SEEDS = [
    ([], []),
    ([], ["CREATE (:School {name: 'Alder', urn: 1})"]),
    (["CREATE (a:School {name: 'Alder', urn: 1, tags: ['x', 'y'], fsm: 0.5, open: true})-[:KNOWS {since: 2019}]->(b:School:Academy {name: 'Birch'})"],
     ["MATCH (s:School {urn: 1}) SET s.pupils = 210, s.opened = date('1998-09-01')",
      "MATCH (s:Academy) DETACH DELETE s"]),
    (["CREATE INDEX FOR (s:School) ON (s.urn)",
      "UNWIND range(1, 20) AS i CREATE (:School {urn: i, name: 'School ' + toString(i)})"],
     ["MATCH (a:School {urn: 1}), (b:School {urn: 2}) CREATE (a)-[:PARTNER_OF {d: duration('P1Y2M')}]->(b)"]),
]


def storage_seeds(trellis: str, folder: pathlib.Path):
    with tempfile.TemporaryDirectory() as scratch:
        for number, (before, after) in enumerate(STORAGE_SEEDS):
            path = pathlib.Path(scratch) / f'seed{number}.trellis'
            subprocess.run([trellis, 'new', str(path)], check=True, stdout=subprocess.DEVNULL)
            for statement in before:
                subprocess.run([trellis, str(path), '-c', statement], check=True, stdout=subprocess.DEVNULL)
            subprocess.run([trellis, str(path), '-c', 'CHECKPOINT'], check=True, stdout=subprocess.DEVNULL)
            for statement in after:
                subprocess.run([trellis, str(path), '-c', statement], check=True, stdout=subprocess.DEVNULL)
            snapshot = path.read_bytes()
            journal = pathlib.Path(str(path) + '.journal').read_bytes()
            write_unique(folder, len(snapshot).to_bytes(4, 'little') + snapshot + journal)


def serve_requests(queries):
    """Request lines for FuzzServe, four queries to a file, every third with parameters and
    limits, every fifth file ending with an interrupt."""
    lines = []
    for number, query in enumerate(queries):
        request = {'id': number, 'query': query}
        if number % 3 == 0:
            request['parameters'] = {'name': 'Alder', 'n': number, 'xs': [1, 2.5, None, 'x']}
            request['limits'] = {'timeout': 0.5, 'maxResultRows': 100}
        lines.append(json.dumps(request))
        if len(lines) == 4:
            if number % 5 == 0:
                lines.append(json.dumps({'id': 'stop', 'command': 'interrupt'}))
            yield ('\n'.join(lines) + '\n').encode('utf-8')
            lines = []
    if lines:
        yield ('\n'.join(lines) + '\n').encode('utf-8')


def main():
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument('features', type=pathlib.Path)
    arguments.add_argument('output', type=pathlib.Path)
    arguments.add_argument('--trellis', help='the trellis command, to make the storage seeds')
    options = arguments.parse_args()
    queries = options.output / 'queries'
    storage = options.output / 'storage'
    requests = options.output / 'requests'
    for folder in (queries, storage, requests):
        folder.mkdir(parents=True, exist_ok=True)
    texts = list(tck_queries(options.features)) if options.features.is_dir() else []
    texts += list(sample_statements())
    for text in texts:
        write_unique(queries, text.encode('utf-8'))
    for lines in serve_requests(texts):
        write_unique(requests, lines)
    if options.trellis:
        storage_seeds(options.trellis, storage)
    print(f'{len(texts)} queries in {queries}, {len(list(requests.iterdir()))} request files in {requests}, '
          f'{len(list(storage.iterdir()))} databases in {storage}')


if __name__ == '__main__':
    main()
