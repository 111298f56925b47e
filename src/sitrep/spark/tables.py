"""The rows `sitrep spark` writes: the export records of `sitrep export ... --format parquet`
(the same flat columns and types), plus what `sitrep load` needs to make a database that a
later `sitrep run` continues (documents: ``input_hash``, ``pipeline_version``, ``meta``;
claims: ``seq``), and ``day``, the partition column (a ``YYYY-MM-DD`` day, else null)."""
from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

from ..export import _flat_row
from ..link.tables import contradiction_record, cluster_record, flat_fields, flatten as flatten_link
from ..records import Document
from ..store.convert import CLAIM_FIELDS, DOCUMENT_FIELDS, _jsonable, claim_record, document_record, document_to_row
from ..store.db import PIPELINE_VERSION
from ..store.parquet_schema import arrow_schema

TABLES = ("documents", "claims", "clusters", "contradictions")
PARTITION = "day"
READ_HASH = "read_hash"  # a processed document's input hash, kept when its markup is dropped
EXTRA = {"documents": [("input_hash", "string"), ("pipeline_version", "string"), ("meta", "string")],
         "claims": [("seq", "int64")], "clusters": [], "contradictions": []}


def _flat_columns(fields: list[str]) -> list[str]:
    return list(_flat_row({f: None for f in fields}))


@lru_cache(maxsize=None)
def columns(table: str) -> tuple[tuple[str, str], ...]:
    """(name, arrow type name) of every column of a table, the partition column last (built
    once per process: every row is ordered by it)."""
    base = {"documents": _flat_columns(DOCUMENT_FIELDS), "claims": _flat_columns(CLAIM_FIELDS),
            "clusters": flat_fields("clusters"), "contradictions": flat_fields("contradictions")}[table]
    schema = arrow_schema(base)
    return tuple([(f.name, str(f.type)) for f in schema] + EXTRA[table] + [(PARTITION, "string")])


_DUPLICATE_AT = [name for name, _ in columns("documents")].index("duplicate_of")
assert [name for name, _ in columns("documents")][_DUPLICATE_AT + 1] == "similarity"


def day(*candidates: str | None) -> str | None:
    """The first candidate that starts with a calendar day (YYYY-MM-DD), as that day."""
    for text in candidates:
        if text and len(text) >= 10:
            try:
                return dt.date.fromisoformat(text[:10]).isoformat()
            except ValueError:
                continue
    return None


def _ordered(table: str, row: dict[str, Any]) -> tuple:
    return tuple(row.get(name) for name, _ in columns(table))


def document_row(doc: Document) -> tuple:
    """A document's row, not yet a duplicate of any (with_duplicate sets that once known)."""
    row = document_to_row(doc, PIPELINE_VERSION, None)
    flat = _flat_row(document_record(row))
    flat.update(input_hash=doc.__dict__.get(READ_HASH) or doc.input_hash, pipeline_version=PIPELINE_VERSION,
                meta=json.dumps(_jsonable(doc.meta), ensure_ascii=False), day=day(doc.published))
    return _ordered("documents", flat)


def with_duplicate(row: tuple, duplicate_of: str | None, similarity: float | None) -> tuple:
    if duplicate_of is None:
        return row
    at = _DUPLICATE_AT
    return row[:at] + (duplicate_of, similarity) + row[at + 2:]


def claim_row(seq: int, row) -> tuple:
    flat = _flat_row(claim_record(row))
    flat.update(seq=seq, day=day(row.date, row.source_published))
    return _ordered("claims", flat)


def cluster_row(c, reports: list[dict]) -> tuple:
    flat = flatten_link(cluster_record(c, reports))
    flat[PARTITION] = day(c.date, c.first_seen)
    return _ordered("clusters", flat)


def contradiction_row(pid: str, kind: str, viewer, a, a_reports: list[dict], b, b_reports: list[dict]) -> tuple:
    """A contradiction's record (named by the category and item of the cluster that found it);
    the figure first seen is side a, as `sitrep export` writes it."""
    if (b.first_seen or "~", b.cluster_id) < (a.first_seen or "~", a.cluster_id):
        a, b, a_reports, b_reports = b, a, b_reports, a_reports
    x = SimpleNamespace(id=pid, kind=kind, category=viewer.category, item=viewer.item)
    rec = contradiction_record(x, a, b, {a.cluster_id: a_reports, b.cluster_id: b_reports})
    flat = flatten_link(rec)
    flat[PARTITION] = day(rec["window_from"])
    return _ordered("contradictions", flat)
