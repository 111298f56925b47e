"""Ids of any length: an id over 500 characters (a JSONL id, a WARC URI) is stored under a
fixed-length key (a prefix and a hash) that fits every backend's key column, with a warning;
the full id is kept in the document's meta, and re-runs are idempotent."""
from __future__ import annotations

import json

from backends import rows

from sitrep.ingest import read_inputs
from sitrep.ingest.sanitize import MAX_ID_CHARS
from sitrep.records import Document, Warning_
from sitrep.runner import run_inputs
from sitrep.store.schema import DocumentRow

STORY = "Five tanks were destroyed near Izium on Monday, Ukrainian officials said."
LONG = "https://example.org/" + "a" * 5000


def test_long_jsonl_id_gets_a_key_that_fits_the_id_column(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": LONG, "text": STORY}) + "\n" + json.dumps({"id": LONG + "b", "text": STORY}) + "\n")
    items = list(read_inputs([src]))
    docs = [i for i in items if isinstance(i, Document)]
    warnings = [i for i in items if isinstance(i, Warning_)]
    assert len(docs) == 2 and len(warnings) == 2
    limit = DocumentRow.__table__.c.id.type.length
    assert all(len(d.id) <= MAX_ID_CHARS <= limit for d in docs)
    assert docs[0].id != docs[1].id and docs[0].id.startswith("https://example.org/aaa")
    assert [d.meta["long_id"] for d in docs] == [LONG, LONG + "b"]
    assert "5,020 characters" in warnings[0].message and docs[0].id in warnings[0].message


def test_long_warc_uri_is_stored_and_reruns_are_unchanged(tmp_path, db_url, make_warc):
    page = f"<html><body><p>{STORY}</p></body></html>".encode()
    path = tmp_path / "crawl.warc"
    path.write_bytes(make_warc([(LONG, "text/html", page)]))
    db = db_url
    first = run_inputs([str(path)], db, progress=False)
    assert first.counts["new"] == 1 and first.counts["failures"] == 0
    again = run_inputs([str(path)], db, progress=False)
    assert again.counts["unchanged"] == 1
    (doc_id, url, meta), = rows(db, "select id, url, meta from documents")
    meta = json.loads(meta) if isinstance(meta, str) else meta
    assert len(doc_id) <= MAX_ID_CHARS and url == LONG and meta["long_id"] == LONG


def test_ids_up_to_the_limit_are_kept_as_they_are(tmp_path):
    exact = "x" * MAX_ID_CHARS
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": exact, "text": STORY}) + "\n")
    (doc,) = list(read_inputs([src]))
    assert doc.id == exact and "long_id" not in doc.meta
