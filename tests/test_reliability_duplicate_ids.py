"""Two records with one id in one run (a JSONL with id 7 twice, or 7 and "7"): a warning, no
record silently dropped, and re-runs that report every document unchanged."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.ingest import read_inputs
from sitrep.records import Document, Warning_
from sitrep.runner import run_inputs

runner = CliRunner()
A = "Five tanks were destroyed near Izium on Monday, Ukrainian officials said."
B = "Two soldiers were killed in Bakhmut on Tuesday, the governor said."


def write(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_same_id_with_other_content_is_kept_under_a_new_id_with_a_warning(tmp_path):
    src = write(tmp_path / "in.jsonl", [{"id": 7, "text": A}, {"id": "7", "text": B}])
    items = list(read_inputs([src]))
    docs = [i for i in items if isinstance(i, Document)]
    (warning,) = [i for i in items if isinstance(i, Warning_)]
    assert [d.id for d in docs] == ["7", "7@in.jsonl:2"]
    assert [d.raw_text for d in docs] == [A, B]
    assert warning.source == f"{src}:2"
    assert warning.message == f"document id '7' is also the id of {src}:1; stored as '7@in.jsonl:2'"


def test_same_id_with_the_same_content_is_read_once_with_a_warning(tmp_path):
    src = write(tmp_path / "in.jsonl", [{"id": "x", "text": A}, {"id": "y", "text": B}, {"id": "x", "text": A}])
    items = list(read_inputs([src]))
    assert [i.id for i in items if isinstance(i, Document)] == ["x", "y"]
    (warning,) = [i for i in items if isinstance(i, Warning_)]
    assert warning.source == f"{src}:3" and "repeats" in warning.message


def test_duplicate_ids_across_two_jsonl_files(tmp_path):
    one = write(tmp_path / "one.jsonl", [{"id": "7", "text": A}])
    two = write(tmp_path / "two.jsonl", [{"id": "7", "text": B}])
    docs = [i for i in read_inputs([one, two]) if isinstance(i, Document)]
    assert [d.id for d in docs] == ["7", "7@two.jsonl:1"]


def test_reruns_with_duplicate_ids_report_unchanged(tmp_path, db_url):
    src = write(tmp_path / "in.jsonl", [{"id": 7, "text": A}, {"id": "7", "text": B}, {"id": 7, "text": A}])
    db = db_url
    first = run_inputs([str(src)], db, progress=False)
    assert first.counts["new"] == 2 and first.counts["warnings"] == 2
    for _ in range(2):
        again = run_inputs([str(src)], db, progress=False)
        assert again.counts["unchanged"] == 2 and again.counts["updated"] == 0 and again.counts["new"] == 0
    res = runner.invoke(app, ["export", "documents", "--db", db])
    assert sorted(json.loads(line)["id"] for line in res.stdout.splitlines()) == ["7", "7@in.jsonl:2"]
