"""The command line for daily use: help in words, choices checked with the valid ones listed,
export filters, and `sitrep show CLAIM_ID`."""
import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.records import Claim, Document, Evidence, Place
from sitrep.store import Store

runner = CliRunner(env={"COLUMNS": "200"})
TEXT = ("Officials gave figures on Tuesday. Ukraine's General Staff said 14 tanks were destroyed near Izium. "
        "Moscow said it lost 2 tanks there. Later, three civilians were killed in Kharkiv.")


def _claim(doc_id, n, category, value, sentence, place, date, claimant=None, side=None):
    start = TEXT.index(sentence)
    return Claim(claim_id=f"{doc_id}-{n}", doc_id=doc_id, category=category, value=value,
                 evidence=Evidence(sentence, start, start + len(sentence)), item="tank" if category == "materiel_lost" else None,
                 claimant=claimant, claimant_side=side, place=place, date=date, date_precision="day")


IZIUM = Place("Izium", 49.21, 37.25, "UA", 706524, "settlement")
KHARKIV = Place("Kharkiv", 49.98, 36.25, "UA", 706483, "settlement")
OBLAST = Place("Kharkiv Oblast", 49.5, 36.5, "UA", None, "region")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("daily") / "d.db")
    doc = Document(id="story", source="story.txt", url="https://a.example/story", title="Figures", text=TEXT,
                   published="2024-04-10")
    doc.claims = [
        _claim("story", 1, "materiel_lost", 14, "Ukraine's General Staff said 14 tanks were destroyed near Izium.",
               IZIUM, "2024-04-09", "Ukraine's General Staff", "ukraine"),
        _claim("story", 2, "materiel_lost", 2, "Moscow said it lost 2 tanks there.", OBLAST, "2024-04-09",
               "Moscow", "russia"),
        _claim("story", 3, "killed", 3, "Later, three civilians were killed in Kharkiv.", KHARKIV, "2024-03-30"),
    ]
    with Store(path) as store:
        store.save(doc)
    return path


def _ids(output):
    return [json.loads(line)["claim_id"] for line in output.splitlines() if line.strip()]


@pytest.mark.parametrize("args, ids", [
    (["--since", "2024-04-01"], ["story-1", "story-2"]),
    (["--until", "2024-03"], ["story-3"]),
    (["--category", "killed"], ["story-3"]),
    (["--claimant", "general staff"], ["story-1"]),
    (["--side", "russia"], ["story-2"]),
    (["--min-precision", "settlement"], ["story-1", "story-3"]),
    (["--place", "kharkiv"], ["story-3"]),
    (["--place", "Izium", "--radius-km", "90"], ["story-1", "story-2"]),
    (["--place", "Izium", "--radius-km", "5"], ["story-1"]),
])
def test_export_filters_keep_only_matching_claims(db, args, ids):
    res = runner.invoke(app, ["export", "claims", "--db", db] + args)
    assert res.exit_code == 0, res.output
    assert _ids(res.output) == ids


@pytest.mark.parametrize("args, message", [
    (["claims", "--since", "April"], "--since 'April': give a date as YYYY-MM-DD, YYYY-MM or YYYY"),
    (["claims", "--category", "bogus"], "--category 'bogus': choose one of killed, wounded"),
    (["claims", "--min-precision", "street"], "choose one of point, settlement, region, country"),
    (["claims", "--radius-km", "5"], "--radius-km needs --place"),
    (["documents", "--category", "killed"], "apply to `export claims` only"),
])
def test_export_filter_mistakes_are_named(db, args, message):
    res = runner.invoke(app, ["export"] + args + ["--db", db])
    assert res.exit_code == 2 and message in " ".join(res.output.split())


def test_unknown_choices_fail_with_the_valid_ones(db):
    res = runner.invoke(app, ["contradictions", "--category", "bogus", "--db", db])
    assert res.exit_code == 2 and "--category 'bogus': choose one of killed" in res.output
    res = runner.invoke(app, ["tally", "--category", "materiel_lost", "--claimant-side", "israel", "--db", db])
    assert res.exit_code == 2 and "--claimant-side 'israel': choose one of russia, ukraine" in res.output
    res = runner.invoke(app, ["contradictions", "--limit", "0", "--db", db])
    assert res.exit_code == 2 and "0 is too small: give at least 1" in res.output


@pytest.mark.parametrize("command", ["run", "clean", "export", "contradictions", "tally", "geocode", "serve", "watch", "show"])
def test_help_names_values_in_words_not_python_types(command):
    res = runner.invoke(app, [command, "--help"])
    assert res.exit_code == 0, res.output
    assert not re.search(r"<(bool|str|int|float|list\[str\]|float range|integer range)>|x>=", res.output), res.output


def test_show_prints_the_claim_its_sentence_in_context_and_its_cluster(db):
    res = runner.invoke(app, ["show", "story-1", "--db", db, "--context", "40"])
    assert res.exit_code == 0, res.output
    out = res.output
    assert "claim story-1" in out and "claimant: Ukraine's General Staff" in out and "value: 14.0" in out
    assert "»Ukraine's General Staff said 14 tanks were destroyed near Izium.«" in out
    assert "Officials gave figures on Tuesday. " in out and "Moscow said it lost 2 tanks" in out
    assert "title: Figures" in out and "url: https://a.example/story" in out
    assert re.search(r"cluster \S+: 1 report\(s\), 1 independent; outlets: a.example", out)
    assert "(this claim)" in out
    res = runner.invoke(app, ["show", "no-such-claim", "--db", db])
    assert res.exit_code == 1 and "no claim 'no-such-claim'" in res.output


def test_export_filters_work_with_csv(db):
    res = runner.invoke(app, ["export", "claims", "--db", db, "--format", "csv", "--side", "ukraine"])
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert [r["claim_id"] for r in rows] == ["story-1"]


def test_documents_export_as_csv_and_parquet_keeps_their_source_path(db, tmp_path):
    import pyarrow.parquet as pq

    res = runner.invoke(app, ["export", "documents", "--db", db, "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert [(r["id"], r["source"]) for r in csv.DictReader(io.StringIO(res.output))] == [("story", "story.txt")]
    out = tmp_path / "docs.parquet"
    res = runner.invoke(app, ["export", "documents", "--db", db, "--format", "parquet", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert pq.read_table(out).column("source").to_pylist() == ["story.txt"]
