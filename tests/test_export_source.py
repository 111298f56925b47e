"""Claim rows carry their source (url, outlet, title, published), date_basis and event_id in
every export and in the API; a database made before these fields existed still opens."""
import csv
import io
import json
import sqlite3

import pyarrow.parquet as pq
from fastapi.testclient import TestClient

from sitrep.export import export
from sitrep.serve import create_app
from sitrep.store import Store
from test_store import make_doc


def sourced_doc(doc_id="s1"):
    doc = make_doc(doc_id)
    doc.url, doc.title, doc.published = "https://www.kyiv-wire.example/a/1", "Tanks lost near Izium", "2022-04-02"
    return doc


def test_claims_export_carries_the_documents_source(tmp_path, capsys):
    with Store(str(tmp_path / "s.db")) as s:
        s.save(sourced_doc())
        export(s, "claims", "jsonl", None)
        recs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert recs[0]["source"] == {"url": "https://www.kyiv-wire.example/a/1", "outlet": "kyiv-wire.example",
                                     "title": "Tanks lost near Izium", "published": "2022-04-02"}
        export(s, "claims", "csv", None)
        row = next(csv.DictReader(io.StringIO(capsys.readouterr().out)))
        assert (row["source_outlet"], row["source_published"]) == ("kyiv-wire.example", "2022-04-02")
        assert "date_basis" in row and "event_id" in row
        export(s, "claims", "parquet", str(tmp_path / "c.parquet"))
        assert pq.read_table(tmp_path / "c.parquet").column("source_url")[0].as_py() == "https://www.kyiv-wire.example/a/1"


def test_api_claims_carry_source(tmp_path):
    db = str(tmp_path / "s.db")
    with Store(db) as s:
        s.save(sourced_doc())
    (c, *_) = TestClient(create_app(db)).get("/claims").json()
    assert c["source"]["outlet"] == "kyiv-wire.example" and "date_basis" in c and "event_id" in c


def test_a_database_from_before_the_new_fields_gets_their_columns(tmp_path):
    path = tmp_path / "old.db"
    with Store(str(path)) as s:
        s.save(sourced_doc())
    with sqlite3.connect(path) as con:  # as an older sitrep left it
        for col in ("date_basis", "event_id", "source_url", "source_outlet", "source_title", "source_published"):
            con.execute(f"ALTER TABLE claims DROP COLUMN {col}")
    with Store(str(path)) as s:
        recs = list(s.iter_claims())
        assert len(recs) == 2 and recs[0].source_url is None
        assert s.save(sourced_doc("s2")).status == "new"
    with sqlite3.connect(path) as con:
        have = {r[1] for r in con.execute("PRAGMA table_info(claims)")}
        assert {"date_basis", "event_id", "source_url", "source_outlet", "source_title", "source_published"} <= have
