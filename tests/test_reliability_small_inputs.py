"""The smaller hostile inputs: far-future dates, an entity bomb, symlink loops and escapes,
an empty folder, and runs that were killed."""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.ingest import read_inputs
from sitrep.pipeline import clean_step
from sitrep.records import Document, Failure, Warning_
from sitrep.runner import run_inputs
from sitrep.store import Store

runner = CliRunner()
STORY = "Five tanks were destroyed near Izium on Monday, Ukrainian officials said.\n"


@pytest.mark.parametrize("published", ["2999-03-03", "9999-12-31T10:00:00Z"])
def test_publication_date_in_the_far_future_is_ignored_with_a_warning(tmp_path, published):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "f", "published": published, "text": STORY}) + "\n")
    warning, doc = list(read_inputs([src]))
    assert isinstance(warning, Warning_) and warning.source == f"{src}:1"
    assert "future" in warning.message and published in warning.message
    assert doc.published is None and doc.meta["published_raw"] == published


def test_publication_date_of_today_is_kept(tmp_path):
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "t", "published": today, "text": STORY}) + "\n")
    (doc,) = list(read_inputs([src]))
    assert doc.published == today


def test_future_date_from_an_html_page_is_ignored_too(tmp_path):
    page = tmp_path / "p.html"
    page.write_text('<html><head><meta property="article:published_time" content="9999-03-03"></head>'
                    "<body><p>" + STORY + "</p></body></html>")
    items = list(read_inputs([page]))
    assert isinstance(items[0], Warning_) and "future" in items[0].message
    assert items[-1].published is None


BOMB = ('<?xml version="1.0"?>\n<!DOCTYPE html [\n<!ENTITY a "aaaaaaaaaaaaaaaaaaaa">\n'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n]>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&c;&c;&c;&c;</p></body></html>')


def test_xhtml_entity_bomb_gets_a_warning(tmp_path):
    page = tmp_path / "bomb.xhtml"
    page.write_text(BOMB)
    items = list(clean_step(read_inputs([page])))
    warnings = [i.message for i in items if isinstance(i, Warning_)]
    assert any("entit" in w and "not expanded" in w for w in warnings), warnings
    assert all(i.source == str(page) for i in items if isinstance(i, Warning_))


def test_document_left_empty_by_cleaning_gets_a_warning():
    doc = Document(id="menu", source="menu.html", html="<html><body><nav><a href='/'>Home</a></nav></body></html>")
    items = list(clean_step([doc]))
    assert isinstance(items[0], Warning_) and "no text" in items[0].message and items[0].source == "menu.html"


def test_symlink_loop_between_two_files_is_reported_as_a_loop(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    os.symlink(folder / "b.txt", folder / "a.txt")
    os.symlink(folder / "a.txt", folder / "b.txt")
    (folder / "c.txt").write_text(STORY)
    items = list(read_inputs([folder]))
    failures = [i for i in items if isinstance(i, Failure)]
    assert [f.reason for f in failures] == ["symlink loop", "symlink loop"]
    assert [i.id for i in items if isinstance(i, Document)] == ["c"]


def test_symlink_pointing_outside_the_input_folder_is_skipped_with_a_warning(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(STORY)
    (tmp_path / "secret.txt").write_text("root:x:0:0:root:/root:/bin/bash\n")
    os.symlink(tmp_path / "secret.txt", folder / "passwd.txt")
    os.symlink("/etc", folder / "etc")
    os.symlink(folder / "ok.txt", folder / "inside.txt")  # inside the folder: read
    items = list(read_inputs([folder]))
    docs = [i.id for i in items if isinstance(i, Document)]
    assert docs == ["inside", "ok"]
    warnings = {os.path.basename(i.source): i.message for i in items if isinstance(i, Warning_)}
    assert set(warnings) == {"etc", "passwd.txt"}
    assert all("outside the input folder" in m for m in warnings.values())


def test_empty_input_folder_is_an_error_and_exits_1(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    res = runner.invoke(app, ["run", str(folder), "--db", str(tmp_path / "x.db"), "-q"])
    assert res.exit_code == 1
    assert str(folder) in res.stderr and "no input files" in res.stderr


def test_folder_with_only_other_files_is_an_error_too(tmp_path):
    folder = tmp_path / "pics"
    folder.mkdir()
    (folder / "a.png").write_bytes(b"\x89PNG")
    items = list(read_inputs([folder]))
    assert any(isinstance(i, Failure) and "no input files" in i.reason for i in items)


def test_a_killed_run_is_marked_interrupted_by_the_next_run(tmp_path, db_url):
    from backends import execute, rows

    db = db_url
    with Store(db) as store:
        store.start_run(["gone"])
    # as a run killed with -9 on this machine leaves it
    (counts,), = rows(db, "select counts from runs")
    counts = json.loads(counts) if isinstance(counts, str) else counts
    counts["pid"] = 2**22 + 7  # no such process
    execute(db, "update runs set counts = :c", c=json.dumps(counts))
    src = tmp_path / "a.txt"
    src.write_text(STORY)
    run_inputs([str(src)], db, progress=False)
    found = rows(db, "select id, finished, counts from runs order by id")
    assert all(r[1] is not None for r in found)
    assert [(json.loads(r[2]) if isinstance(r[2], str) else r[2])["status"] for r in found] == ["interrupted", "finished"]


def test_a_run_stopped_by_an_exception_is_marked_interrupted(tmp_path, monkeypatch):
    import sitrep.runner as runner_mod

    db = str(tmp_path / "x.db")
    src = tmp_path / "a.txt"
    src.write_text(STORY)

    def stop(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(runner_mod, "clean_and_extract", stop)
    with pytest.raises(KeyboardInterrupt):
        run_inputs([str(src)], db, progress=False)
    with sqlite3.connect(db) as con:
        finished, counts = con.execute("select finished, counts from runs").fetchone()
    assert finished is not None and json.loads(counts)["status"] == "interrupted"
