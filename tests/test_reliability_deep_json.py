"""Deeply nested JSON: a clear error for that line or file, and later lines are still read."""
from __future__ import annotations

import json
import sqlite3

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.ingest import read_inputs
from sitrep.records import Document, Failure

runner = CliRunner()
STORY = "Two soldiers were killed in Bakhmut, the governor said.\n"
DEEP = '{"id": "deep", "text": "x", "extra": ' + "[" * 5000 + "]" * 5000 + "}"
MEDIUM = '{"id": "medium", "text": "x", "extra": ' + "[" * 900 + "]" * 900 + "}"


def test_jsonl_line_nested_5000_deep_is_a_failure_and_later_lines_are_read(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(DEEP + "\n" + json.dumps({"id": "after", "text": STORY}) + "\n")
    items = list(read_inputs([src]))
    assert isinstance(items[0], Failure) and items[0].source == f"{src}:1"
    assert "nested" in items[0].reason
    assert [i.id for i in items if isinstance(i, Document)] == ["after"]


def test_jsonl_line_nested_900_deep_is_refused_before_it_reaches_the_store(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(MEDIUM + "\n" + json.dumps({"id": "after", "text": STORY}) + "\n")
    items = list(read_inputs([src]))
    assert isinstance(items[0], Failure) and "nested" in items[0].reason


def test_json_file_nested_deep_is_a_failure(tmp_path):
    src = tmp_path / "one.json"
    src.write_text(DEEP)
    (item,) = list(read_inputs([src]))
    assert isinstance(item, Failure) and item.source == str(src) and "nested" in item.reason


def test_run_and_clean_report_deep_json_without_traceback(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(DEEP + "\n" + json.dumps({"id": "after", "text": STORY}) + "\n")
    db = tmp_path / "x.db"
    res = runner.invoke(app, ["run", str(src), "--db", str(db), "-q"])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert f"{src}:1" in res.stderr
    with sqlite3.connect(db) as con:
        assert [r[0] for r in con.execute("select id from documents")] == ["after"]
    res = runner.invoke(app, ["clean", "--jsonl", str(src)])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert [json.loads(line)["id"] for line in res.stdout.splitlines()] == ["after"]


def test_brackets_inside_strings_do_not_count_as_nesting(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "brackets", "text": "[{" * 500 + ' \\" ' + STORY}) + "\n")
    (doc,) = list(read_inputs([src]))
    assert isinstance(doc, Document) and doc.raw_text.startswith("[{[{")
