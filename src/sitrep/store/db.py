"""The store: open a database by path or SQLAlchemy URL, save documents idempotently.

Each document is written with its claims in one transaction, so a run killed midway leaves
every document either fully stored or absent, and a re-run completes what is missing. A
document whose input and pipeline version are unchanged is skipped, so re-running on the same
input adds no rows.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import socket
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import create_engine, delete, event, func, insert, inspect, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from ..records import Claim, Document
from .convert import claim_values, document_values
from .schema import RETIRED_INDEXES, RETIRED_TABLES, SEEN_SEQUENCE, Base, ClaimRow, DocumentRow, RunRow

_DOCS, _CLAIMS = DocumentRow.__table__, ClaimRow.__table__

# Bump when cleaning or extraction changes what a document yields: stored documents of an
# older version are processed again by the next run instead of being skipped as unchanged.
PIPELINE_VERSION = "5"  # 3: date_basis, event_id, source; 4: named areas, admin1, party sides; 5: actor and victim roles


class StoreError(Exception):
    """A database that cannot be opened or written, with a message fit for the user."""


def database_url(path_or_url: str) -> str:
    """`sitrep.db` -> `sqlite:///sitrep.db`; anything with `://` is taken as a SQLAlchemy URL."""
    if "://" in path_or_url:
        return path_or_url
    return "sqlite:///" + os.path.abspath(path_or_url)


_CREDENTIALS = re.compile(r"(://[^/:@\s]*:)[^@\s]*@")


def display_url(path_or_url: str) -> str:
    """The database as it may be shown: a URL's password replaced by ``***``."""
    if "://" not in path_or_url:
        return path_or_url
    try:
        return make_url(path_or_url).render_as_string(hide_password=True)
    except Exception:  # not parseable: mask whatever sits between ``user:`` and ``@``
        return _CREDENTIALS.sub(r"\1***@", path_or_url)


def scrub(message: str, path_or_url: str) -> str:
    """``message`` with the URL's password (as written, and decoded) replaced by ``***``."""
    message = _CREDENTIALS.sub(r"\1***@", message)
    if "://" not in path_or_url:
        return message
    secrets = set()
    match = _CREDENTIALS.search(path_or_url)
    if match:
        secrets.add(path_or_url[match.end(1):match.end() - 1])
    try:
        password = make_url(path_or_url).password
    except Exception:
        password = None
    if password:
        secrets.add(str(password))
    for secret in sorted(filter(None, secrets), key=len, reverse=True):
        message = message.replace(secret, "***")
    return message


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def open_engine(path_or_url: str) -> Engine:
    url = database_url(path_or_url)
    shown = display_url(path_or_url)
    try:
        sqlite = url.startswith("sqlite")
        # SQLite: a writer waits up to a minute for another process's transaction to end
        engine = create_engine(url, future=True, **({"connect_args": {"timeout": 60}} if sqlite else {}))
    except (ArgumentError, ImportError, ValueError) as exc:
        raise StoreError(f"database {shown!r}: not a usable SQLAlchemy URL ({scrub(str(exc), path_or_url)})") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        folder = os.path.dirname(url.removeprefix("sqlite:///"))
        if folder and not os.path.isdir(folder):
            raise StoreError(f"database {shown!r}: folder {folder!r} does not exist")
    try:
        create_schema(engine)
    except SQLAlchemyError as exc:
        raise StoreError(f"database {shown!r}: cannot open ({scrub(_short(exc), path_or_url)})") from None
    return engine


_SCHEMA_LOCK = 0x73697472  # "sitr": the PostgreSQL advisory lock held while creating tables
_RACE_WORDS = ("already exists", "unique constraint", "pg_type_typname_nsp_index", "duplicate key",
               "database is locked")


def create_schema(engine: Engine, attempts: int = 6) -> None:
    """Create missing tables, safely while another process does the same: on PostgreSQL under
    an advisory lock (one creator at a time), and on any backend a creation that lost a race
    ("already exists") is tried again, when it finds the tables there."""
    for attempt in range(attempts):
        try:
            with engine.begin() as conn:
                if engine.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _SCHEMA_LOCK})
                Base.metadata.create_all(conn)
                add_missing_columns(conn)
                add_missing_indexes(conn)
                widen_columns(conn)
                present = set(inspect(conn).get_table_names())
                for table in RETIRED_TABLES:  # an older near-duplicate index: rebuilt by the next link
                    if table in present:
                        conn.execute(text(f"DROP TABLE IF EXISTS {table}"))
                indexes = {i["name"] for i in inspect(conn).get_indexes("claims")}
                for index in RETIRED_INDEXES:  # read by nothing any more
                    if index in indexes:
                        conn.execute(text(f"DROP INDEX IF EXISTS {index}"))
            return
        except SQLAlchemyError as exc:
            lost_race = any(w in str(exc).lower() for w in _RACE_WORDS)
            if not lost_race or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def add_missing_columns(conn) -> None:
    """Columns a newer sitrep added to the claims table (``date_basis``, ``event_id``,
    ``source_*``), added to a database made by an older one; all nullable, filled when the
    next run extracts its documents again (PIPELINE_VERSION)."""
    have = {c["name"] for c in inspect(conn).get_columns("claims")}
    added = set()
    for col in ClaimRow.__table__.columns:
        if col.name not in have and col.nullable:
            kind = col.type.compile(dialect=conn.dialect)
            conn.execute(text(f'ALTER TABLE claims ADD COLUMN "{col.name}" {kind}'))
            added.add(col.name)
    for index in ClaimRow.__table__.indexes:
        if added & {c.name for c in index.columns}:
            index.create(conn, checkfirst=True)


def add_missing_indexes(conn) -> None:
    """Indexes a newer sitrep added to tables that already exist (create_all makes only the
    tables it creates), added to a database made by an older one."""
    insp = inspect(conn)
    for table in Base.metadata.sorted_tables:
        if not table.indexes or not insp.has_table(table.name):
            continue
        have = {i["name"] for i in insp.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in have:
                index.create(conn, checkfirst=True)


def widen_columns(conn) -> None:
    """Text columns a newer sitrep made wider (sides hold a conflict profile's party ids, such
    as ``palestinian_authority``), widened in a PostgreSQL database made by an older one
    (SQLite does not enforce lengths)."""
    if conn.dialect.name != "postgresql":
        return
    insp = inspect(conn)
    for table in Base.metadata.sorted_tables:
        if not insp.has_table(table.name):
            continue
        have = {c["name"]: getattr(c["type"], "length", None) for c in insp.get_columns(table.name)}
        for col in table.columns:
            want, got = getattr(col.type, "length", None), have.get(col.name)
            if want and got and got < want:
                conn.execute(text(f'ALTER TABLE "{table.name}" ALTER COLUMN "{col.name}" TYPE VARCHAR({want})'))


def _short(exc: Exception) -> str:
    msg = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return msg[0] if msg else type(exc).__name__


def database_error(exc: Exception, path_or_url: str) -> str:
    """"database 'URL': OperationalError (first line of the driver's message)", password hidden."""
    return f"database {display_url(path_or_url)!r}: {type(exc).__name__} ({scrub(_short(exc), path_or_url)})"


def _alive(pid) -> bool:
    """False when no process ``pid`` exists on this machine (True when unsure)."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True
    return True


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _stored(conn, doc_id: str):
    """(input_hash, pipeline_version, seen) of the stored document ``doc_id``, or None."""
    return conn.execute(select(_DOCS.c.input_hash, _DOCS.c.pipeline_version, _DOCS.c.seen)
                        .where(_DOCS.c.id == doc_id)).first()


@dataclass
class SaveResult:
    status: str  # "new", "updated", "unchanged"
    claims: int


class Store:
    """Documents and claims in one database; use as a context manager."""

    def __init__(self, path_or_url: str):
        self.url = path_or_url
        self.engine = open_engine(path_or_url)
        self.run_id: int | None = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.engine.dispose()

    # runs -------------------------------------------------------------------------------
    def start_run(self, inputs: list[str]) -> int:
        """A ``runs`` row with ``counts.status`` "running" (and this process's host and pid);
        rows of runs on this host whose process is gone are first marked "interrupted"."""
        host = socket.gethostname()
        with Session(self.engine) as s, s.begin():
            for run in s.scalars(select(RunRow).where(RunRow.finished.is_(None))):
                counts = run.counts or {}
                if counts.get("host") == host and not _alive(counts.get("pid")):
                    run.finished, run.counts = _now(), {**counts, "status": "interrupted"}
            run = RunRow(started=_now(), inputs=inputs, pipeline_version=PIPELINE_VERSION,
                         counts={"status": "running", "host": host, "pid": os.getpid()})
            s.add(run)
            s.flush()
            self.run_id = run.id
        return self.run_id

    def finish_run(self, counts: dict, status: str = "finished") -> None:
        """Close this run's row: ``status`` "finished", or "interrupted" for a run stopped by
        an exception or a signal; ``finished`` is set either way."""
        if self.run_id is None:
            return
        with Session(self.engine) as s, s.begin():
            run = s.get(RunRow, self.run_id)
            run.finished, run.counts = _now(), {**dict(counts), "status": status}

    # documents --------------------------------------------------------------------------
    def is_current(self, doc: Document) -> bool:
        """True when this exact input was already stored by this pipeline version."""
        with Session(self.engine) as s:
            row = s.execute(
                select(DocumentRow.input_hash, DocumentRow.pipeline_version).where(DocumentRow.id == doc.id)
            ).first()
        return row is not None and row[0] == doc.input_hash and row[1] == PIPELINE_VERSION

    def save(self, doc: Document) -> SaveResult:
        """Insert or replace one document and its claims atomically. When another process
        stores the same document meanwhile (the insert meets its row), the save is done again
        against what that process stored: unchanged, or replaced."""
        for attempt in range(3):
            try:
                return self._save(doc)
            except IntegrityError as exc:
                if attempt == 2:
                    raise StoreError(f"database {display_url(self.url)!r}: cannot store document {doc.id!r} "
                                     f"({scrub(_short(exc), self.url)})") from None
            except SQLAlchemyError as exc:
                raise StoreError(f"database {display_url(self.url)!r}: cannot store document {doc.id!r} "
                                 f"({scrub(_short(exc), self.url)})") from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _save(self, doc: Document) -> SaveResult:
        # Core statements, not ORM objects: the same rows and round trips, without the unit
        # of work's bookkeeping (most of the time a save took)
        pg = self.engine.dialect.name == "postgresql"
        with self.engine.begin() as conn:
            old = _stored(conn, doc.id)
            if old is not None and old.input_hash == doc.input_hash and old.pipeline_version == PIPELINE_VERSION:
                return SaveResult("unchanged", len(doc.claims))
            status = "new" if old is None else "updated"
            if old is not None:
                conn.execute(delete(_CLAIMS).where(_CLAIMS.c.doc_id == doc.id))
                conn.execute(delete(_DOCS).where(_DOCS.c.id == doc.id))
            row = document_values(doc, PIPELINE_VERSION, self.run_id)
            # PostgreSQL: the first-seen number drawn in the insert; SQLite: numbered after it
            row["seen"] = old.seen if old is not None else (SEEN_SEQUENCE.next_value() if pg else 0)
            conn.execute(insert(_DOCS).values(row))
            if old is None and not pg:
                self._number(conn, doc.id)
            rows, seen = [], set()
            for i, claim in enumerate(doc.claims):
                if claim.claim_id in seen:
                    continue
                seen.add(claim.claim_id)
                rows.append(claim_values(claim, i, doc))
            if rows:
                conn.execute(insert(_CLAIMS), rows)
        return SaveResult(status, len(seen))

    def _number(self, conn, doc_id: str) -> None:
        """Give a new document its first-seen number on SQLite: the maximum plus one, read
        after this transaction's insert took the database's write lock, so no other writer can
        take the same number (PostgreSQL: from a sequence, in the insert itself)."""
        top = select(func.coalesce(func.max(DocumentRow.seen), 0) + 1).scalar_subquery()
        conn.execute(update(DocumentRow).where(DocumentRow.id == doc_id).values(seen=top))

    # reading ----------------------------------------------------------------------------
    def iter_documents(self, batch: int = 500) -> Iterator[DocumentRow]:
        with Session(self.engine) as s:
            yield from s.scalars(select(DocumentRow).order_by(DocumentRow.id).execution_options(yield_per=batch))

    def iter_claims(self, batch: int = 1000) -> Iterator[ClaimRow]:
        with Session(self.engine) as s:
            q = select(ClaimRow).order_by(ClaimRow.doc_id, ClaimRow.seq, ClaimRow.claim_id)
            yield from s.scalars(q.execution_options(yield_per=batch))

    def counts(self) -> dict[str, int]:
        with Session(self.engine) as s:
            return {
                "documents": s.scalar(select(func.count()).select_from(DocumentRow)) or 0,
                "claims": s.scalar(select(func.count()).select_from(ClaimRow)) or 0,
            }


def save_all(store: Store, docs: Iterable[Document]) -> Iterator[tuple[Document, SaveResult]]:
    for doc in docs:
        yield doc, store.save(doc)
