"""Two runs at once on one database (SQLite and PostgreSQL): creating it, storing the same
documents, and the first-seen counter; neither run is abandoned and nothing is stored twice."""
from __future__ import annotations

import json
import multiprocessing as mp
import pytest

from backends import rows

from sitrep.store import Store
from test_store import make_doc

STORY = "Five tanks were destroyed near Izium on Monday, Ukrainian officials said."


def _run(args):
    inputs, db = args
    from sitrep.runner import run_inputs

    summary = run_inputs(inputs, db, progress=False)
    return dict(summary.counts)


def _write(path, prefix, n):
    path.write_text("".join(json.dumps({"id": f"{prefix}-{i}", "text": f"Report {prefix} {i}. {STORY}"}) + "\n"
                            for i in range(n)))
    return str(path)


@pytest.mark.parametrize("overlap", [False, True])
def test_two_runs_on_a_fresh_database_both_finish(tmp_path, db_url, overlap):
    a = _write(tmp_path / "a.jsonl", "a", 6)
    b = a if overlap else _write(tmp_path / "b.jsonl", "b", 6)
    db = db_url
    # spawn, not fork: a fork of the test process (whose pyarrow allocator or other threads may
    # hold a lock at that moment) can hang in the child
    ctx = mp.get_context("spawn")
    with ctx.Pool(2) as pool:
        results = pool.map(_run, [([a], db), ([b], db)])
    assert all(r.get("failures", 0) == 0 for r in results), results
    ids = [r[0] for r in rows(db, "select id from documents")]
    seen = [r[0] for r in rows(db, "select seen from documents")]
    assert len(ids) == len(set(ids)) == (6 if overlap else 12)
    assert len(seen) == len(set(seen)), "first-seen order must be unique"


def test_create_all_tolerates_a_table_created_meanwhile(db_url, monkeypatch):
    from sqlalchemy.exc import OperationalError

    import sitrep.store.db as db

    calls = {"n": 0}
    real = db.Base.metadata.create_all

    def racing(bind, *a, **k):
        calls["n"] += 1
        if calls["n"] == 1:
            real(bind, *a, **k)  # the other process wins the race...
            raise OperationalError("CREATE TABLE documents", {}, Exception("table documents already exists"))
        return real(bind, *a, **k)

    monkeypatch.setattr(db.Base.metadata, "create_all", racing)
    with Store(db_url) as store:
        assert store.save(make_doc()).status == "new"


def test_save_tolerates_another_writer_storing_the_same_document(db_url):
    path = db_url
    with Store(path) as first, Store(path) as second:
        import sitrep.store.db as db

        real_stored = db._stored
        state = {"raced": False}

        def stale_read(conn, doc_id):  # the other writer commits between read and insert
            if not state["raced"]:
                state["raced"] = True
                second.save(make_doc())
                return None
            return real_stored(conn, doc_id)

        db._stored = stale_read
        try:
            result = first.save(make_doc())
        finally:
            db._stored = real_stored
        assert result.status in ("unchanged", "updated")
        assert first.counts() == {"documents": 1, "claims": 2}


def test_seen_is_unique_and_increasing(db_url):
    with Store(db_url) as store:
        for i in range(5):
            store.save(make_doc(f"d{i}"))
    seen = [r[0] for r in rows(db_url, "select seen from documents order by id")]
    assert seen == sorted(seen) and len(set(seen)) == 5
