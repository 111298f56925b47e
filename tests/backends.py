"""Databases for tests on both backends: a SQLite file, or a fresh database on the PostgreSQL
server named by ``SITREP_TEST_POSTGRES`` (a SQLAlchemy URL of a database the test user may
create databases from, e.g. ``postgresql+psycopg://postgres@127.0.0.1:55432/postgres``).

Without that variable the PostgreSQL cases are skipped, saying why; with
``SITREP_REQUIRE_POSTGRES=1`` (set by ``.ci/run``) they fail instead, so CI never passes
without the server."""
from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from sitrep.store import database_url

PG_ENV = "SITREP_TEST_POSTGRES"
REQUIRE_ENV = "SITREP_REQUIRE_POSTGRES"
BACKENDS = ("sqlite", "postgresql")


def server_url() -> str:
    """The configured server's URL; skips (or fails in CI) when there is none."""
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        reason = (f"no PostgreSQL server configured: set {PG_ENV}=postgresql+psycopg://USER@HOST:PORT/postgres "
                  "(.ci/run starts one on loopback)")
        if os.environ.get(REQUIRE_ENV):
            pytest.fail(reason + f", but {REQUIRE_ENV} is set")
        pytest.skip(reason)
    return url


def _admin(url: str):
    return create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def create_database(prefix: str = "sitrep_test") -> str:
    """A new, empty database on the server; returns its URL."""
    url = server_url()
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    engine = _admin(url)
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def drop_database(url: str) -> None:
    name = make_url(url).database
    engine = _admin(server_url())
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def new_database(backend: str, folder, name: str = "t.db") -> str:
    """A path or URL of an empty database on ``backend`` (call drop() on PostgreSQL ones)."""
    if backend == "sqlite":
        return str(folder / name)
    return create_database()


def drop(url: str) -> None:
    if url.startswith("postgresql"):
        drop_database(url)


def rows(url: str, query: str, **params) -> list[tuple]:
    """The rows of one SQL query on a test database (path or URL)."""
    engine = create_engine(database_url(url), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(query), params)]
    finally:
        engine.dispose()


def execute(url: str, statement: str, **params) -> None:
    engine = create_engine(database_url(url), poolclass=NullPool)
    try:
        with engine.begin() as conn:
            conn.execute(text(statement), params)
    finally:
        engine.dispose()


def count(url: str, table: str) -> int:
    return rows(url, f"select count(*) from {table}")[0][0]
