"""Contradictions on claims with known figures from two claimants: exact records."""
import csv
import io
import json

import pyarrow.parquet as pq

from sitrep.export import export
from sitrep.link import update_clusters
from sitrep.link.tables import iter_contradictions
from sitrep.records import Place
from test_link_clusters import build, doc

IZIUM = Place("Izium", 49.21, 37.25, "UA", 706524, "settlement")
KREMINNA = Place("Kreminna", 49.05, 38.22, "UA", None, "settlement")
UA = dict(claimant="Ukraine's General Staff", claimant_side="ukraine")
RU = dict(claimant="Russian Defence Ministry", claimant_side="russia")


def tanks(**kw):
    return dict(subject="tanks", item="tank", victim_side="russia", place=IZIUM, date="2024-04-10", **kw)


DOCS = [
    doc("kyiv-post", [("materiel_lost", 14, tanks(**UA))], published="2024-04-10T12:00:00"),
    doc("wire-copy", [("materiel_lost", 14, tanks(**UA))], published="2024-04-11T08:00:00"),
    doc("moscow-daily", [("materiel_lost", 2, tanks(**RU))], published="2024-04-10T20:00:00"),
    # the same claimant correcting itself, an unattributed report, a figure elsewhere: none contradicts
    doc("kyiv-post-2", [("materiel_lost", 15, tanks(claimant="Ukrainian military", claimant_side="ukraine"))],
        published="2024-04-10T22:00:00"),
    doc("blog", [("materiel_lost", 40, tanks())], published="2024-04-11"),
    doc("far-away", [("materiel_lost", 2, {**tanks(**RU), "place": Place("Kherson", 46.64, 32.61)})]),
    # a third party: "more than 10" agrees with 14 but not with 2
    doc("agency", [("materiel_lost", 10, tanks(qualifier="more_than", claimant="Pentagon official", claimant_side="other"))]),
]


def test_value_contradiction_is_exact(tmp_path):
    store, result = build(tmp_path, DOCS)
    recs = list(iter_contradictions(store.engine))
    pairs = sorted(tuple(sorted((r["a"]["value"], r["b"]["value"]))) for r in recs)
    # the Russian 2 against Ukraine's 14, its later 15, and "more than 10" from a third party;
    # "more than 10" and 14 agree
    assert result.contradictions == 3 and pairs == [(2, 10), (2, 14), (2, 15)]
    first = next(r for r in recs if r["a"]["value"] == 14)
    assert first["kind"] == "value" and first["category"] == "materiel_lost" and first["item"] == "tank"
    assert first["place_name"] == "Izium"
    assert (first["window_from"], first["window_to"]) == ("2024-04-10", "2024-04-10")
    a, b = first["a"], first["b"]
    assert (a["claimant"], a["claimant_side"], a["doc_id"]) == ("Ukraine's General Staff", "ukraine", "kyiv-post")
    assert (a["reports"], a["independent_reports"]) == (2, 2)
    assert a["outlets"] == ["kyiv-post.example.com", "wire-copy.example.com"]
    assert (b["value"], b["claimant"], b["claimant_side"], b["doc_id"]) == (2, "Russian Defence Ministry", "russia", "moscow-daily")
    assert b["urls"] == ["https://www.moscow-daily.example.com/story"]
    assert b["evidence_text"].startswith("Sentence 0 of moscow-daily")
    later = next(r for r in recs if 15 in (r["a"]["value"], r["b"]["value"]))
    assert (later["a"]["doc_id"], later["b"]["doc_id"]) == ("moscow-daily", "kyiv-post-2")  # in order of reporting


def test_denial_is_a_contradiction(tmp_path):
    place = dict(place=KREMINNA, date="2024-04-12", subject="Kreminna")
    store, result = build(tmp_path, [
        doc("ru", [("territory", None, dict(**place, **RU))]),
        doc("ua", [("territory", None, dict(**place, claimant="Ukrainian army spokesman", claimant_side="ukraine",
                                            modality="denied"))]),
    ])
    (rec,) = iter_contradictions(store.engine)
    assert rec["kind"] == "denial"
    assert {rec["a"]["modality"], rec["b"]["modality"]} == {"asserted", "denied"}


def test_contradictions_follow_updates(tmp_path):
    store, result = build(tmp_path, DOCS[:3])
    assert result.contradictions == 1
    store.save(doc("moscow-daily", [("materiel_lost", 14, tanks(**RU))], text="Corrected: the ministry now agrees."))
    assert update_clusters(store.engine).contradictions == 0


def test_exports_jsonl_csv_parquet(tmp_path):
    store, _ = build(tmp_path, DOCS[:3])
    out = tmp_path / "x.jsonl"
    assert export(store, "contradictions", "jsonl", str(out)) == 1
    rec = json.loads(out.read_text())
    assert (rec["a"]["value"], rec["b"]["value"]) == (14, 2)
    assert export(store, "contradictions", "csv", str(tmp_path / "x.csv")) == 1
    (row,) = csv.DictReader(io.StringIO((tmp_path / "x.csv").read_text()))
    assert (row["a_value"], row["b_value"], row["b_claimant"]) == ("14.0", "2.0", "Russian Defence Ministry")
    assert json.loads(row["a_outlets"]) == ["kyiv-post.example.com", "wire-copy.example.com"]
    assert export(store, "clusters", "parquet", str(tmp_path / "c.parquet")) == 2
    table = pq.read_table(tmp_path / "c.parquet")
    assert str(table.schema.field("reports").type) == "int64" and str(table.schema.field("value").type) == "double"
    assert sorted(table.column("value").to_pylist()) == [2.0, 14.0]
