"""The store: idempotent saves, atomic documents, clear errors for unusable databases; on
SQLite and on PostgreSQL (``db_url``, see tests/backends.py)."""
import json

import pytest

from backends import rows

from sitrep.records import Claim, Document, Evidence, Place, Removal
from sitrep.store import Store, StoreError
from sitrep.store import db as dbmod


def make_doc(doc_id="d1", text="Five tanks were destroyed near Izium.", n_claims=2):
    doc = Document(id=doc_id, source=f"{doc_id}.txt", raw_text=text, text=text, removed=[Removal("Share this", "share_subscribe")])
    for i in range(n_claims):
        doc.claims.append(
            Claim(
                claim_id=f"{doc_id}-c{i}", doc_id=doc_id, category="materiel_lost", value=5 + i,
                evidence=Evidence(text=text, start=0, end=len(text)), item="tank",
                place=Place("Izium", 49.21, 37.25, "UA", 706524, "settlement"),
            )
        )
    return doc


def table_count(path, table):
    return rows(str(path), f"select count(*) from {table}")[0][0]


def test_save_is_idempotent(db_url):
    path = db_url
    with Store(str(path)) as store:
        assert store.save(make_doc()).status == "new"
        assert store.save(make_doc()).status == "unchanged"
        assert store.is_current(make_doc())
    with Store(str(path)) as store:  # a second process opening the same file
        assert store.save(make_doc()).status == "unchanged"
        assert store.counts() == {"documents": 1, "claims": 2}


def test_document_from_an_older_pipeline_version_is_processed_again(db_url, monkeypatch):
    import sitrep.store.db as db

    path = db_url
    monkeypatch.setattr(db, "PIPELINE_VERSION", "0")
    with Store(str(path)) as store:
        store.save(make_doc())
    monkeypatch.setattr(db, "PIPELINE_VERSION", "1000")
    with Store(str(path)) as store:
        assert not store.is_current(make_doc())
        assert store.save(make_doc()).status == "updated"
        assert store.counts() == {"documents": 1, "claims": 2}


def test_changed_input_replaces_document_and_its_claims(db_url):
    path = db_url
    with Store(str(path)) as store:
        store.save(make_doc(n_claims=3))
        result = store.save(make_doc(text="Two tanks were destroyed near Izium.", n_claims=1))
        assert result.status == "updated"
        assert store.counts() == {"documents": 1, "claims": 1}
        (row,) = list(store.iter_documents())
        assert row.text.startswith("Two tanks")


def test_failure_mid_document_rolls_back_whole_document(db_url, monkeypatch):
    path = db_url
    with Store(str(path)) as store:
        store.save(make_doc("keep"))
        real = dbmod.claim_values
        calls = {"n": 0}

        def exploding(claim, seq, *doc):
            calls["n"] += 1
            if calls["n"] == 2:
                raise RuntimeError("simulated crash between claims")
            return real(claim, seq, *doc)

        monkeypatch.setattr(dbmod, "claim_values", exploding)
        with pytest.raises(RuntimeError):
            store.save(make_doc("broken", n_claims=3))
        monkeypatch.setattr(dbmod, "claim_values", real)
        # nothing of the broken document was kept, the earlier one is intact
        assert store.counts() == {"documents": 1, "claims": 2}
        assert store.save(make_doc("broken", n_claims=3)).status == "new"
        assert store.counts() == {"documents": 2, "claims": 5}


def test_duplicate_claim_ids_in_one_document_are_stored_once(db_url):
    doc = make_doc(n_claims=2)
    doc.claims.append(doc.claims[0])
    with Store(db_url) as store:
        assert store.save(doc).claims == 2
        assert store.counts()["claims"] == 2


def test_unusable_database_gives_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(str(tmp_path / "no" / "such" / "folder" / "x.db"))
    with pytest.raises(StoreError, match="not a usable SQLAlchemy URL"):
        Store("nosuchdialect://whatever")
    not_a_db = tmp_path / "text.db"
    not_a_db.write_text("this is not a database file " * 100)
    with pytest.raises(StoreError, match="cannot open"):
        Store(str(not_a_db))


def test_runs_are_recorded(db_url):
    path = db_url
    with Store(str(path)) as store:
        run_id = store.start_run(["a.txt"])
        store.save(make_doc())
        store.finish_run({"new": 1})
    assert run_id == 1
    ((counts, finished),) = rows(path, "select counts, finished from runs")
    counts = json.loads(counts) if isinstance(counts, str) else counts
    assert counts == {"new": 1, "status": "finished"} and finished is not None
