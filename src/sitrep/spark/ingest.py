"""Reading inputs for `sitrep spark`: the same files, ids and items as `sitrep run`.

The driver lists the input files exactly as ``read_inputs`` walks them (sorted folders, the
same warnings and failures); the files are then read inside tasks. Two documents of different
files with one id are renamed as ``read_inputs`` renames them: only the records of such ids
(their id, place in the input order, source and input hash, never their text) go to the driver,
which settles them in input order with the same rule (``ingest.reader._Taken``).
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import SimpleNamespace

from ..ingest import ReadOptions, read_file
from ..ingest.reader import _checked, _Taken
from ..ingest.sanitize import shorten_id
from ..ingest.walk import iter_input_files
from ..records import Document, Failure, Warning_

def is_hadoop_path(text: str) -> bool:
    """``hdfs://``, ``s3a://``, ``gs://``, ``file://``...: a path for Spark's Hadoop reader."""
    scheme, sep, _rest = text.partition("://")
    return bool(sep) and scheme.lower() not in ("http", "https") and scheme.isalnum()


def list_inputs(inputs: list[str], options: ReadOptions) -> tuple[list[str], list[str], list]:
    """(local files in input order, Hadoop paths, failures and warnings met while listing)."""
    files, hadoop, notes = [], [], []
    local = []
    for raw in inputs:
        if is_hadoop_path(raw):
            hadoop.append(raw)
        elif raw == "-" or "://" in raw:
            notes.append(Failure(raw, "`sitrep spark` reads files and folders (local or Hadoop paths); "
                                      "read URLs and standard input with `sitrep run`"))
        else:
            local.append(raw)
    for item in iter_input_files(local, options) if local else ():
        if isinstance(item, Path):
            files.append(str(item))
        elif isinstance(item, (Failure, Warning_)):
            notes.append(item)
    return files, hadoop, notes


def _read_one(path: str, options: ReadOptions, data: bytes | None = None) -> Iterator:
    """Items of one file; ``data``: its bytes, read by Spark from a Hadoop path (written to a
    temporary file of the same name, so the format and the ids are found as for a local file)."""
    if data is None:
        yield from _checked(read_file(path, options))
        return
    name = os.path.basename(path.rstrip("/")) or "input"
    with tempfile.TemporaryDirectory(prefix="sitrep-spark-") as folder:
        local = os.path.join(folder, name)
        with open(local, "wb") as fh:
            fh.write(data)
        yield from _checked(read_file(local, options, source=path))


def id_records(files: Iterable[tuple[int, str, bytes | None]], options: ReadOptions) -> Iterator[tuple]:
    """(id, (file number, item number, source, input hash, format)) for every document read."""
    for i, path, data in files:
        for j, item in enumerate(_read_one(path, options, data)):
            if isinstance(item, Document):
                yield item.id, (i, j, item.source, item.input_hash, item.meta.get("format"))


def settle_clashes(records: list[tuple]) -> tuple[dict[tuple[int, int], str | None], list[tuple[tuple[int, int], Warning_]]]:
    """For the documents of ids read more than once: {(file, item): new id, or None to drop},
    and the warnings ``read_inputs`` prints, each with its place in the input order."""
    taken = _Taken()
    renames, warnings = {}, []
    for doc_id, (i, j, source, input_hash, fmt) in sorted(records, key=lambda r: r[1][:2]):
        stub = SimpleNamespace(id=doc_id, source=source, input_hash=input_hash, meta={"format": fmt})
        warning, keep = taken.claim(stub)
        if warning is not None:
            warnings.append(((i, j), warning))
        if not keep:
            renames[(i, j)] = None
        elif stub.id != doc_id:
            renames[(i, j)] = stub.id
    return renames, warnings


def read_partition(files: Iterable[tuple[int, str, bytes | None]], options: ReadOptions,
                   renames: dict[tuple[int, int], str | None]) -> Iterator[tuple[tuple[int, int], object]]:
    """((file, item), item) for everything read from these files, ids settled as by read_inputs."""
    for i, path, data in files:
        for j, item in enumerate(_read_one(path, options, data)):
            if isinstance(item, Document) and (i, j) in renames:
                new_id = renames[(i, j)]
                if new_id is None:
                    continue
                item.id = new_id
            if isinstance(item, Document):
                long_id = shorten_id(item)
                if long_id is not None:
                    yield (i, j), long_id
            yield (i, j), item
