"""`sitrep load DIR --db URL`: a `sitrep spark` output into a database, so `serve`, `tally`,
`contradictions` and `export` work on it, and a later `sitrep run` continues it.

Everything is checked before anything is written (the four datasets there, finished, with
their columns), and written in one transaction under the linker's lock: a load that fails
leaves the database as it was. Into an empty database the job's links are loaded as they are
(clusters, their members, contradictions, duplicate groups) and only the near-duplicate index
is built here, by the linker's own code. Into a database that already holds documents, the
documents and claims are loaded and then linked with the stored ones by the local linker, since
the job's clusters could not know them. A document id the database already holds stops the
load: nothing is replaced. PostgreSQL is written with COPY (psycopg 3), SQLite in bulk inserts.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from types import SimpleNamespace

from sqlalchemy import func, insert, select, text

from .link.keys import keys_of_row
from .spark.tables import PARTITION, TABLES, columns
from .store import Store, display_url
from .store.schema import ClaimLinkRow, ClaimRow, ClusterRow, ContradictionRow, DocumentRow, LinkedDocRow

BATCH = 2000


class LoadError(Exception):
    """A folder that cannot be loaded, or a database it cannot be loaded into, with the reason."""


def _dataset(folder: str, table: str):
    import pyarrow.dataset as ds

    path = os.path.join(folder, table)
    if not os.path.isdir(path):
        raise LoadError(f"{folder}: not a `sitrep spark` output (no {table}/ folder)")
    if not os.path.exists(os.path.join(path, "_SUCCESS")):
        raise LoadError(f"{path}: incomplete (no _SUCCESS marker: the Spark job did not finish writing it)")
    try:
        data = ds.dataset(path, format="parquet", partitioning="hive", exclude_invalid_files=False)
        names = set(data.schema.names)
    except Exception as exc:  # pyarrow's message names the bad file
        raise LoadError(f"{path}: not readable as Parquet ({str(exc).splitlines()[0]})") from None
    if not data.files:  # Spark writes no file for an empty table, only its marker
        return None
    missing = [n for n, _t in columns(table) if n not in names and n != PARTITION]
    if missing:
        raise LoadError(f"{path}: missing column(s) {', '.join(missing)}; not written by this sitrep's `sitrep spark`")
    return data


def _rows(data, cols: list[str]) -> Iterator[dict]:
    if data is None:  # an empty table
        return
    try:
        for batch in data.to_batches(columns=cols, batch_size=BATCH):
            yield from batch.to_pylist()
    except Exception as exc:
        raise LoadError(f"cannot read the datasets ({str(exc).splitlines()[0]})") from None


def _names(table: str) -> list[str]:
    return [n for n, _t in columns(table) if n != PARTITION]


def _insert(conn, table, rows: list[dict]) -> None:
    """Rows into a table: COPY on PostgreSQL, a bulk insert elsewhere."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        conn.execute(insert(table), rows)
        return
    cols = list(rows[0])
    json_cols = {c.name for c in table.columns if c.type.__class__.__name__ == "JSON"}
    raw = conn.connection.dbapi_connection
    with raw.cursor() as cur:
        with cur.copy(f'COPY {table.name} ({", ".join(cols)}) FROM STDIN') as copy:
            for r in rows:
                copy.write_row([json.dumps(r[c], ensure_ascii=False) if c in json_cols else r[c] for c in cols])


def _ordinal(day: str | None) -> int | None:
    return dt.date.fromisoformat(day).toordinal() if day else None


def _doc(r: dict, run_id: int, seen: int) -> dict:
    return {"id": r["id"], "source": r["source"] or "", "url": r["url"], "title": r["title"], "published": r["published"],
            "input_hash": r["input_hash"], "pipeline_version": r["pipeline_version"], "text": r["text"] or "",
            "removed": json.loads(r["removed"] or "[]"), "meta": json.loads(r["meta"] or "{}"),
            "duplicate_of": r["duplicate_of"], "similarity": r["similarity"], "run_id": run_id, "seen": seen}


_CLAIM_COLUMNS = [c.name for c in ClaimRow.__table__.columns]


def _cluster(r: dict, block: str, have: set[str]) -> dict:
    row = {"cluster_id": r["cluster_id"], "state": 0, "block": block, "day_lo": _ordinal(r["window_from"]),
           "day_hi": _ordinal(r["window_to"]), "rep_claim_id": r["claim_id"], "rep_doc_id": r["doc_id"],
           "outlets": json.loads(r["outlets"] or "[]"), "members": []}
    row.update({k: r[k] for k in ("category", "item", "scope", "modality", "subject", "value", "value_high", "qualifier",
                                  "vague", "victim_side", "claimant", "claimant_side", "place_name", "place_lat",
                                  "place_lon", "place_geonameid", "date", "evidence_text", "claims", "reports",
                                  "independent_reports", "first_seen", "last_seen")})
    return {k: v for k, v in row.items() if k in have}


def load(folder: str, db: str) -> dict[str, int]:
    """Load a `sitrep spark` output folder into the database; returns counts of what was loaded."""
    if not os.path.exists(folder):
        raise LoadError(f"{folder}: no such folder")
    if not os.path.isdir(folder):
        raise LoadError(f"{folder}: not a folder (give the --out folder of `sitrep spark`)")
    data = {t: _dataset(folder, t) for t in TABLES}
    from .store.locks import link_lock

    with Store(db) as store:
        engine = store.engine
        with link_lock(engine):
            fresh = _check_target(store, data["documents"])
            store.start_run([f"load {folder}"])
            try:
                counts = _load(store, data, fresh)
            except BaseException:
                store.finish_run({}, status="interrupted")
                raise
            store.finish_run(dict(counts))
        if not fresh:
            from .link.clusters import refresh

            result = refresh(engine)
            counts["contradictions"] = result.contradictions
    return counts


def _check_target(store: Store, documents) -> bool:
    """True for an empty database; a database holding any of the documents is refused."""
    with store.engine.connect() as conn:
        stored = conn.scalar(select(func.count()).select_from(DocumentRow)) or 0
        if not stored or documents is None:
            return True
        for batch in documents.to_batches(columns=["id"], batch_size=500):
            ids = batch.column("id").to_pylist()
            clash = conn.scalars(select(DocumentRow.id).where(DocumentRow.id.in_(ids)).limit(3)).all()
            if clash:
                raise LoadError(f"database {display_url(store.url)!r} already holds document(s) {', '.join(map(repr, clash))} "
                                "of this output; nothing was loaded (load into another database)")
    return False


def _load(store: Store, data: dict, fresh: bool) -> dict[str, int]:
    from .link.duplicates import _index

    engine, counts = store.engine, {}
    docs: dict[str, tuple] = {}  # id -> (published, group, state)
    with engine.begin() as conn:
        from sqlalchemy.orm import Session

        seen = conn.scalar(select(func.coalesce(func.max(DocumentRow.seen), 0))) or 0
        batch = []
        for r in _rows(data["documents"], _names("documents")):
            seen += 1
            batch.append(_doc(r, store.run_id, seen))
            docs[r["id"]] = (r["published"], r["duplicate_of"] or r["id"], f"{r['input_hash']}:{r['pipeline_version']}")
            if len(batch) >= BATCH:
                _insert(conn, DocumentRow.__table__, batch)
                batch = []
        _insert(conn, DocumentRow.__table__, batch)
        if conn.dialect.name == "postgresql" and docs:
            conn.execute(text("SELECT setval('documents_seen_seq', greatest(:n, (SELECT last_value FROM documents_seen_seq)))"),
                         {"n": seen})
        counts["documents"] = len(docs)
        member_of = _memberships(data["clusters"]) if fresh else {}
        blocks, links, claims = {}, [], 0
        batch = []
        for r in _rows(data["claims"], _names("claims")):
            batch.append({c: r[c] for c in _CLAIM_COLUMNS})
            claims += 1
            if fresh:
                keys = keys_of_row(SimpleNamespace(**r), docs[r["doc_id"]][0])
                blocks[r["claim_id"]] = keys.block
                links.append({"claim_id": r["claim_id"], "cluster_id": member_of[r["claim_id"]], "doc_id": r["doc_id"],
                              "group_id": docs[r["doc_id"]][1], "block": keys.block, "day_lo": keys.day_lo,
                              "day_hi": keys.day_hi})
            if len(batch) >= BATCH:
                _insert(conn, ClaimRow.__table__, batch)
                _insert(conn, ClaimLinkRow.__table__, links)
                batch, links = [], []
        _insert(conn, ClaimRow.__table__, batch)
        _insert(conn, ClaimLinkRow.__table__, links)
        counts["claims"] = claims
        if fresh:
            counts.update(_load_links(conn, data, docs, blocks))
        with Session(bind=conn) as s:  # the near-duplicate index, by the linker's own code
            ids = sorted(docs)
            for i in range(0, len(ids), 500):
                _index(s, ids[i:i + 500])
            s.flush()
    return counts


def _memberships(clusters) -> dict[str, str]:
    out = {}
    for r in _rows(clusters, ["cluster_id", "members"]):
        for report in json.loads(r["members"] or "[]"):
            for claim_id in report.get("claim_ids", []):
                out[claim_id] = r["cluster_id"]
    return out


def _load_links(conn, data, docs: dict, blocks: dict) -> dict[str, int]:
    have = {c.name for c in ClusterRow.__table__.columns}
    n, batch = 0, []
    for r in _rows(data["clusters"], _names("clusters")):
        batch.append(_cluster(r, blocks[r["claim_id"]], have))
        n += 1
        if len(batch) >= BATCH:
            _insert(conn, ClusterRow.__table__, batch)
            batch = []
    _insert(conn, ClusterRow.__table__, batch)
    pairs = [{"id": r["contradiction_id"], "cluster_a": min(r["a_cluster_id"], r["b_cluster_id"]),
              "cluster_b": max(r["a_cluster_id"], r["b_cluster_id"]), "kind": r["kind"], "category": r["category"],
              "item": r["item"]} for r in _rows(data["contradictions"], _names("contradictions"))]
    _insert(conn, ContradictionRow.__table__, pairs)
    linked = [{"doc_id": d, "state": state, "group_id": group} for d, (_p, group, state) in sorted(docs.items())]
    for i in range(0, len(linked), BATCH):
        _insert(conn, LinkedDocRow.__table__, linked[i:i + BATCH])
    return {"clusters": n, "contradictions": len(pairs)}
