"""One linker at a time: a second linker waits for the first, on SQLite (a lock file beside the
database) and PostgreSQL (an advisory lock)."""
from __future__ import annotations

import threading
import time

from sitrep.store import Store
from sitrep.store.locks import link_lock


def test_a_second_linker_waits_for_the_first(db_url):
    with Store(db_url) as first, Store(db_url) as second:
        order = []

        def other():
            with link_lock(second.engine):
                order.append("second")

        with link_lock(first.engine):
            t = threading.Thread(target=other)
            t.start()
            time.sleep(0.5)
            order.append("first done")
        t.join(10)
        assert order == ["first done", "second"]


def test_a_database_in_a_folder_without_write_access_still_links(tmp_path, monkeypatch):
    import os

    from backends import count
    from sitrep.link.clusters import refresh
    from test_store import make_doc

    db = str(tmp_path / "ro.db")
    with Store(db) as store:
        store.save(make_doc())
        real = os.open

        def no_lock_file(path, *a, **k):
            if str(path).endswith(".link-lock"):
                raise PermissionError(13, "Permission denied", path)
            return real(path, *a, **k)

        monkeypatch.setattr(os, "open", no_lock_file)
        refresh(store.engine)
        monkeypatch.undo()
    assert count(db, "linked_docs") == 1 and not os.path.exists(db + ".link-lock")
