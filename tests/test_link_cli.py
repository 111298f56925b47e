"""`sitrep contradictions`, `sitrep tally` and `sitrep export clusters|contradictions`."""
import csv
import io
import json

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store import Store
from test_link_contradictions import DOCS as CONTRA_DOCS
from test_link_tally import DOCS as TALLY_DOCS

runner = CliRunner(env={"COLUMNS": "220"})


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """A database filled through the store only: the commands link what is pending first."""
    path = tmp_path_factory.mktemp("cli") / "s.db"
    with Store(str(path)) as store:
        for d in CONTRA_DOCS[:3] + TALLY_DOCS:
            store.save(d)
    return str(path)


def test_contradictions_prints_both_claimants_and_sources(db):
    res = runner.invoke(app, ["contradictions", "--db", db])
    assert res.exit_code == 0, res.output
    out = " ".join(res.output.split())
    for text in ("materiel_lost", "Izium", "Russian Defence", "Ministry", "kyiv-post.example.com", "value"):
        assert text in out
    res = runner.invoke(app, ["contradictions", "--db", db, "--category", "killed"])
    assert res.exit_code == 0 and "no contradictions" in res.output


def test_tally_csv_and_jsonl(db):
    res = runner.invoke(app, ["tally", "--category", "materiel_lost", "--item", "tank", "--db", db, "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.output)))
    assert [(r["claimant_side"], r["date"], r["value"]) for r in rows if r["claimant_side"] == "ukraine"] == [
        ("ukraine", "2024-03-01", "100.0"), ("ukraine", "2024-03-05", "120.0"), ("ukraine", "2024-03-10", "150.0")]
    assert {"date", "value", "claimant", "claimant_side", "doc_id", "evidence"} <= set(rows[0])
    res = runner.invoke(app, ["tally", "--category", "materiel_lost", "--item", "aircraft", "--db", db, "-f", "jsonl"])
    assert [json.loads(line)["value"] for line in res.output.splitlines()] == [9]
    res = runner.invoke(app, ["tally", "--category", "materiel_lost", "--db", db])
    assert res.exit_code == 0 and "General Staff" in res.output


@pytest.mark.parametrize("args, message", [
    (["tally", "--category", "protest"], "no cumulative claims for category 'protest'"),
    (["tally", "--category", "materiel_lost", "--item", "ship"], "items: aircraft, tank"),
    (["tally", "--category", "materiel_lost", "--format", "xml"], "unknown format 'xml'"),
])
def test_tally_errors_name_the_problem(db, args, message):
    res = runner.invoke(app, args + ["--db", db])
    assert res.exit_code == 2
    assert message in " ".join(res.output.split())


def test_missing_database_is_an_error_not_a_traceback(tmp_path):
    for cmd in (["contradictions"], ["tally", "--category", "killed"]):
        res = runner.invoke(app, cmd + ["--db", str(tmp_path / "none.db")])
        assert res.exit_code == 2 and "does not exist" in res.output


def test_export_clusters_csv(db):
    res = runner.invoke(app, ["export", "clusters", "--db", db, "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.output)))
    repeated = [r for r in rows if r["value"] == "120.0"]
    assert len(repeated) == 1 and repeated[0]["reports"] == "2" and repeated[0]["independent_reports"] == "2"
    assert {m["doc_id"] for m in json.loads(repeated[0]["members"])} == {"ua-2", "repost"}
    res = runner.invoke(app, ["export", "clusters", "--db", db, "--format", "geojson"])
    assert res.exit_code == 2 and "geojson" in res.output
