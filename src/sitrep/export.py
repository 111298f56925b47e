"""Export stored documents and claims as JSON Lines, CSV or Parquet.

JSON Lines keeps the spec's record exactly (``place`` and ``evidence`` as objects); GeoJSON
holds the claims that have coordinates, as points. CSV and Parquet are flat tables for pandas and QGIS: nested objects become ``place_*`` and
``evidence_*`` columns; the ``removed`` list of documents is kept as a JSON string.
"""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any

from sqlalchemy.exc import SQLAlchemyError

from .store import Store
from .store.convert import CLAIM_FIELDS, DOCUMENT_FIELDS, claim_record, document_record, flatten

FORMATS = ("jsonl", "csv", "parquet", "geojson")
LINK_TABLES = ("clusters", "contradictions")  # sitrep.link: claim clusters and contradictions
TABLES = ("documents", "claims") + LINK_TABLES + ("events",)  # events: --schema acled or ucdp


class ExportError(Exception):
    pass


def records(store: Store, table: str) -> tuple[list[str], Iterator[dict[str, Any]]]:
    if table == "documents":
        return DOCUMENT_FIELDS, (document_record(r) for r in store.iter_documents())
    if table == "claims":
        return CLAIM_FIELDS, (claim_record(r) for r in store.iter_claims())
    if table in LINK_TABLES:
        from .link.clusters import refresh
        from .link.tables import CLUSTER_FIELDS, CONTRADICTION_FIELDS, iter_clusters, iter_contradictions

        try:
            refresh(store.engine)  # links what a run left pending (a no-op when up to date)
        except SQLAlchemyError as exc:
            raise ExportError(f"database {store.url!r}: cannot update claim links ({exc.__class__.__name__})") from None
        if table == "clusters":
            return CLUSTER_FIELDS, iter_clusters(store.engine)
        return CONTRADICTION_FIELDS, iter_contradictions(store.engine)
    raise ExportError(f"unknown table {table!r}: choose one of {', '.join(TABLES)}")


def _flat_row(rec: dict[str, Any]) -> dict[str, Any]:
    row = flatten(rec)
    if "removed" in row:
        row["removed"] = json.dumps(row["removed"], ensure_ascii=False)
    return row


def _flat_fields(fields: list[str]) -> list[str]:
    return list(_flat_row({f: None for f in fields}).keys())


@contextmanager
def _output(path: str | None, binary: bool = False):
    if path in (None, "-"):
        yield sys.stdout
        return
    try:
        fh = open(path, "wb" if binary else "w", encoding=None if binary else "utf-8", newline="" if not binary else None)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    with fh:
        yield fh


def write_jsonl(recs: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    n = 0
    for rec in recs:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(fields: list[str], recs: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    writer = csv.DictWriter(fh, fieldnames=_flat_fields(fields), extrasaction="ignore")
    writer.writeheader()
    n = 0
    for rec in recs:
        writer.writerow(_flat_row(rec))
        n += 1
    return n


def write_parquet(fields: list[str], recs: Iterable[dict[str, Any]], path: str, batch: int = 5000, schema=None,
                  flat: bool = True) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .store.parquet_schema import arrow_schema

    schema = schema or arrow_schema(_flat_fields(fields))
    n = 0
    try:
        with pq.ParquetWriter(path, schema) as writer:
            rows: list[dict[str, Any]] = []
            for rec in recs:
                rows.append(_flat_row(rec) if flat else rec)
                if len(rows) >= batch:
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                    n += len(rows)
                    rows = []
            if rows or n == 0:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n += len(rows)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc}") from None
    return n


def write_geojson(recs: Iterable[dict[str, Any]], fh: IO[str]) -> int:
    """A FeatureCollection of the claims that have coordinates (QGIS, web maps); streamed."""
    fh.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for rec in recs:
        place = rec.get("place") or {}
        if place.get("lat") is None or place.get("lon") is None:
            continue
        props = {k: v for k, v in rec.items() if k != "place"}
        props.update({f"place_{k}": v for k, v in place.items()})
        feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]}, "properties": props}
        fh.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    fh.write("\n]}\n")
    return n


def export(store: Store, table: str, fmt: str, out: str | None, schema: str | None = None, keep=None) -> int:
    """Write one table in one format; returns the number of records written. ``schema``
    (acled, ucdp) is the layout of the ``events`` table; ``keep``: a predicate over records
    (sitrep.export_filters), None for all."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "parquet" and out in (None, "-"):
        raise ExportError("parquet is binary: give a file with --out")
    if table == "events" or schema is not None:
        return _export_events(store, table, fmt, out, schema or "acled")
    if fmt == "geojson" and table in TABLES and table != "claims":
        raise ExportError("geojson holds claims with places: use `export claims --format geojson`")
    fields, recs = records(store, table)
    if keep is not None:
        recs = (r for r in recs if keep(r))
    schema = None
    if table in LINK_TABLES and fmt in ("csv", "parquet"):
        from .link.tables import flat_fields, flatten as flatten_link
        from .store.parquet_schema import arrow_schema

        fields, recs = flat_fields(table), (flatten_link(r) for r in recs)
        schema = arrow_schema(fields) if fmt == "parquet" else None
    if fmt == "parquet":
        return write_parquet(fields, recs, out, schema=schema)
    with _output(out) as fh:
        if fmt == "geojson":
            return write_geojson(recs, fh)
        return write_jsonl(recs, fh) if fmt == "jsonl" else write_csv(fields, recs, fh)


def _export_events(store: Store, table: str, fmt: str, out: str | None, schema: str) -> int:
    from . import export_events as ev
    from .link.clusters import refresh

    if table != "events":
        raise ExportError(f"--schema applies to `export events`, not to {table!r}")
    if schema not in ev.SCHEMAS:
        raise ExportError(f"unknown schema {schema!r}: choose one of {', '.join(ev.SCHEMAS)}")
    if fmt == "geojson":
        raise ExportError("events export as jsonl, csv or parquet")
    try:
        refresh(store.engine)  # UCDP's low/high come from the claim clusters
    except SQLAlchemyError as exc:
        raise ExportError(f"database {store.url!r}: cannot update claim links ({exc.__class__.__name__})") from None
    fields = [name for name, _ in ev.COLUMNS[schema]]
    rows = ev.event_rows(store, schema)
    if fmt == "parquet":
        return write_parquet(fields, rows, out, schema=ev.arrow_schema(schema), flat=False)
    with _output(out) as fh:
        if fmt == "jsonl":
            return write_jsonl((ev.plain(r) for r in rows), fh)
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        n = 0
        for r in rows:
            writer.writerow(ev.plain(r, csv=True))
            n += 1
        return n
