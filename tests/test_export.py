"""Exports: JSON Lines keeps the spec's record, CSV and Parquet are flat and typed."""
import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from sitrep.export import ExportError, export
from sitrep.store import Store
from test_store import make_doc

SPEC_FIELDS = [
    "claim_id", "doc_id", "category", "value", "value_high", "qualifier", "vague", "subject",
    "item", "actor", "actor_side", "victim_side", "claimant", "claimant_side", "modality", "scope", "place",
    "date", "date_precision", "date_basis", "event_id", "source", "evidence", "confidence",
]


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "s.db")) as s:
        s.save(make_doc("b"))
        s.save(make_doc("a", n_claims=1))
        yield s


def test_claims_jsonl_is_the_spec_record(store, tmp_path):
    out = tmp_path / "c.jsonl"
    assert export(store, "claims", "jsonl", str(out)) == 3
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["doc_id"] for r in recs] == ["a", "b", "b"]  # stable order
    for r in recs:
        assert list(r) == SPEC_FIELDS
        assert set(r["place"]) == {"name", "lat", "lon", "country_code", "admin1", "admin1_code", "geonameid",
                                   "precision"}
        ev = r["evidence"]
        assert ev["text"][ev["start"]:ev["end"]] == ev["text"]
    assert recs[1]["value"] == 5 and recs[1]["item"] == "tank" and recs[1]["place"]["name"] == "Izium"


def test_claims_csv_flattens_place_and_evidence(store, capsys):
    export(store, "claims", "csv", None)
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 3
    assert rows[0]["place_name"] == "Izium" and rows[0]["evidence_start"] == "0"
    assert "place" not in rows[0] and "evidence" not in rows[0]


def test_parquet_has_types_and_needs_a_file(store, tmp_path):
    out = tmp_path / "c.parquet"
    assert export(store, "claims", "parquet", str(out)) == 3
    table = pq.read_table(out)
    assert table.num_rows == 3
    assert str(table.schema.field("value").type) == "double"
    assert str(table.schema.field("evidence_end").type) == "int64"
    with pytest.raises(ExportError, match="--out"):
        export(store, "claims", "parquet", None)


def test_documents_export_and_empty_parquet(tmp_path):
    with Store(str(tmp_path / "e.db")) as s:
        assert export(s, "documents", "parquet", str(tmp_path / "d.parquet")) == 0
        assert pq.read_table(tmp_path / "d.parquet").num_rows == 0
        s.save(make_doc("x"))
        out = tmp_path / "d.jsonl"
        export(s, "documents", "jsonl", str(out))
        (rec,) = [json.loads(line) for line in out.read_text().splitlines()]
        assert rec["id"] == "x" and rec["duplicate_of"] is None
        assert rec["removed"] == [{"text": "Share this", "reason": "share_subscribe"}]


def test_bad_table_format_and_unwritable_output(store, tmp_path):
    with pytest.raises(ExportError, match="unknown table"):
        export(store, "things", "jsonl", None)
    with pytest.raises(ExportError, match="unknown format"):
        export(store, "claims", "xml", None)
    with pytest.raises(ExportError, match="cannot write"):
        export(store, "claims", "jsonl", str(tmp_path / "missing-dir" / "c.jsonl"))


def test_geojson_has_points_for_placed_claims(store, tmp_path):
    doc = make_doc("c", n_claims=1)
    doc.claims[0].place = None  # a claim with no place is left out of the map
    store.save(doc)
    out = tmp_path / "c.geojson"
    assert export(store, "claims", "geojson", str(out)) == 3
    fc = json.loads(out.read_text())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 3
    f = fc["features"][0]
    assert f["geometry"] == {"type": "Point", "coordinates": [37.25, 49.21]}
    assert f["properties"]["place_name"] == "Izium" and f["properties"]["category"] == "materiel_lost"
    with pytest.raises(ExportError, match="geojson"):
        export(store, "documents", "geojson", str(out))


def test_party_sides_and_the_places_first_level_area_are_kept(tmp_path):
    from sitrep.records import Place

    doc = make_doc("p", n_claims=1)
    c = doc.claims[0]
    c.actor_side, c.victim_side, c.claimant_side = "palestinian_authority", "hamas", "israel"
    c.place = Place("Nablus", 32.22, 35.25, "PS", 282615, "settlement", admin1="West Bank", admin1_code="WE")
    out = tmp_path / "p.jsonl"
    with Store(str(tmp_path / "p.db")) as s:
        s.save(doc)
        export(s, "claims", "jsonl", str(out))
    rec = json.loads(out.read_text())
    assert (rec["actor_side"], rec["victim_side"], rec["claimant_side"]) == ("palestinian_authority", "hamas", "israel")
    assert (rec["place"]["admin1"], rec["place"]["admin1_code"]) == ("West Bank", "WE")
