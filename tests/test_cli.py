"""End to end through the `sitrep` command: clean, run, export, bad input, crash and re-run."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()

ARTICLE = (
    "Regional officials said on Monday that shelling damaged a school and two houses in the town. "
    "Emergency crews worked through the night to clear the rubble, the governor added in a statement.\n\n"
    "Residents described hearing several loud explosions shortly before dawn, and power was cut to "
    "much of the eastern district for several hours while engineers repaired the lines.\n"
)


def write_jsonl(path, n, prefix="doc"):
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"{prefix}-{i}", "url": f"https://example.org/{i}", "title": f"T{i}",
                                 "published": "2024-03-01", "text": f"Report number {i}. " + ARTICLE}) + "\n")


def counts(db):
    with sqlite3.connect(db) as con:
        docs = con.execute("select count(*), count(distinct id) from documents").fetchone()
        assert docs[0] == docs[1]
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
        return docs[0]


def test_clean_prints_text_and_jsonl(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text(ARTICLE)
    res = runner.invoke(app, ["clean", str(f)])
    assert res.exit_code == 0, res.output
    assert "shelling damaged a school" in res.stdout
    res = runner.invoke(app, ["clean", "--jsonl", str(f)])
    (rec,) = [json.loads(line) for line in res.stdout.splitlines()]
    assert rec["id"] == "story" and "removed" in rec and "Residents described" in rec["text"]


def test_run_is_idempotent_and_exports(tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 5)
    db = tmp_path / "x.db"
    res = runner.invoke(app, ["run", str(src), "--db", str(db), "-q"])
    assert res.exit_code == 0, res.output
    assert counts(db) == 5
    res = runner.invoke(app, ["run", str(src), "--db", str(db), "-q"])
    assert res.exit_code == 0 and counts(db) == 5
    out = tmp_path / "docs.jsonl"
    res = runner.invoke(app, ["export", "documents", "--db", str(db), "--format", "jsonl", "--out", str(out)])
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(r["id"] for r in recs) == [f"doc-{i}" for i in range(5)]
    assert recs[0]["url"].startswith("https://example.org/") and recs[0]["published"] == "2024-03-01"


def test_bad_inputs_are_reported_and_the_rest_is_stored(tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    write_jsonl(folder / "good.jsonl", 2)
    (folder / "empty.txt").write_text("")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "mixed.jsonl").write_text('{"id": "ok-1", "text": "Shelling hit the port overnight, officials said."}\n{not json\n')
    db = tmp_path / "x.db"
    res = runner.invoke(app, ["run", str(folder), "--db", str(db), "-q"])
    assert res.exit_code == 1
    err = res.stderr
    assert "empty.txt" in err and "blob.txt" in err and "mixed.jsonl:2" in err
    assert "Traceback" not in res.output
    assert counts(db) == 3
    # a second run stores nothing twice and still reports the failures
    res = runner.invoke(app, ["run", str(folder), "--db", str(db), "-q"])
    assert res.exit_code == 1 and counts(db) == 3


def test_export_of_missing_database_is_a_clear_error(tmp_path):
    res = runner.invoke(app, ["export", "claims", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2 and "does not exist" in res.stderr


CRASHING_RUN = textwrap.dedent(
    """
    import os, signal, sys
    import sitrep.store.db as db
    real, calls = db.document_values, {"n": 0}
    def crash_on_fourth(*args, **kw):
        calls["n"] += 1
        if calls["n"] == 4:  # killed inside the 4th document's transaction
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kw)
    db.document_values = crash_on_fourth
    from sitrep.cli import app
    sys.argv = ["sitrep"] + sys.argv[1:]
    app()
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_run_killed_midway_is_consistent_and_rerun_completes(tmp_path):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, 8)
    db = tmp_path / "x.db"
    script = tmp_path / "crash.py"
    script.write_text(CRASHING_RUN)
    proc = subprocess.run([sys.executable, str(script), "run", str(src), "--db", str(db), "-q"],
                          capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONHASHSEED": "0"})
    assert proc.returncode == -signal.SIGKILL
    assert counts(db) == 3  # the three committed documents, nothing of the fourth
    res = runner.invoke(app, ["run", str(src), "--db", str(db), "-q"])
    assert res.exit_code == 0, res.output
    assert counts(db) == 8


def test_geocode_one_query_and_stdin_one_object_per_line():
    res = runner.invoke(app, ["geocode", "Kharkov"])
    assert res.exit_code == 0, res.output
    obj = json.loads(res.stdout)
    assert list(obj) == ["query", "name", "lat", "lon", "country_code", "admin1", "admin1_code", "geonameid",
                         "precision", "confidence"]
    assert obj["name"] == "Kharkiv" and obj["country_code"] == "UA" and abs(obj["lat"] - 49.98) < 0.1
    res = runner.invoke(app, ["geocode", "-"], input="Mykolayiv\n\nNoSuchPlaceAnywhereXyz\n")
    lines = [json.loads(line) for line in res.stdout.splitlines()]
    assert [o["query"] for o in lines] == ["Mykolayiv", "", "NoSuchPlaceAnywhereXyz"]
    assert abs(lines[0]["lat"] - 46.97) < 0.1 and lines[1]["lat"] is None and lines[2]["name"] is None
