"""One linker at a time per database: linking reads what is pending and writes the links in
several transactions, so two runs linking at once would meet each other's rows. PostgreSQL:
a session advisory lock; SQLite: an exclusive lock on a file beside the database
(``DB.link-lock``). A run waits for the other run's linking to end, then links what is left."""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

from sqlalchemy import text
from sqlalchemy.engine import Engine

LINK_LOCK = 0x6C696E6B  # "link"


@contextlib.contextmanager
def link_lock(engine: Engine) -> Iterator[None]:
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": LINK_LOCK})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": LINK_LOCK})
                conn.commit()
        return
    path = engine.url.database if engine.dialect.name == "sqlite" else None
    if not path or path == ":memory:" or path.startswith("file:"):
        yield  # no file to lock beside (an in-memory database has one connection anyway)
        return
    import fcntl

    try:
        fd = os.open(path + ".link-lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:  # a folder we may not write to: SQLite's own locks still keep each write whole
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
