"""Hostile names and ids: a file name that is not UTF-8, ids with NUL or lone surrogates.

Each gives one error line naming the input (printable), and the other inputs are stored."""
from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.ingest import read_inputs
from sitrep.records import Document, Failure, Warning_

runner = CliRunner()
STORY = "Five tanks were destroyed near Izium on Monday, Ukrainian officials said.\n"


def stored_ids(db):
    from backends import rows

    return sorted(r[0] for r in rows(str(db), "select id from documents"))


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_file_name_not_utf8_is_an_error_and_the_rest_is_stored(tmp_path, db_url):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(STORY)
    bad = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(bad, "wb") as fh:
        fh.write(STORY.encode())
    db = db_url
    res = runner.invoke(app, ["run", str(folder), "--db", str(db), "-q"])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert "Traceback" not in res.output
    assert res.exit_code == 1
    assert "caf\\xe9.txt" in res.stderr and "not valid UTF-8" in res.stderr
    assert stored_ids(db) == ["good"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_folder_name_not_utf8_is_one_error(tmp_path):
    folder = os.path.join(os.fsencode(tmp_path), b"d\xff")
    os.mkdir(folder)
    for name in (b"a.txt", b"b.txt"):
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(STORY.encode())
    items = list(read_inputs([tmp_path]))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert items[0].source.endswith("d\\xff") and "not valid UTF-8" in items[0].reason
    items[0].source.encode("utf-8")  # printable


def test_ids_with_nul_or_lone_surrogate_are_refused(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [{"id": "a\u0000b", "text": STORY}, {"id": "ok", "text": STORY},
             {"id": "\ud800x", "text": STORY}]
    src.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    items = list(read_inputs([src]))
    failures = [i for i in items if isinstance(i, Failure)]
    assert [f.source for f in failures] == [f"{src}:1", f"{src}:3"]
    assert "NUL" in failures[0].reason and "not valid Unicode" in failures[1].reason
    assert [i.id for i in items if isinstance(i, Document)] == ["ok"]


def test_nul_and_lone_surrogates_in_text_are_replaced_with_a_warning(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "t", "title": "x\u0000y", "text": "Shelling \ud83d hit\u0000 Izium."}) + "\n")
    items = list(read_inputs([src]))
    (doc,) = [i for i in items if isinstance(i, Document)]
    (warning,) = [i for i in items if isinstance(i, Warning_)]
    assert doc.raw_text == "Shelling \ufffd hit Izium." and doc.title == "xy"
    assert warning.source == f"{src}:1" and "NUL" in warning.message
    db = tmp_path / "x.db"
    res = runner.invoke(app, ["run", str(src), "--db", str(db), "-q"])
    assert res.exit_code == 0, res.output
    assert stored_ids(db) == ["t"]
