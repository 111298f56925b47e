"""A database password never reaches a message: error lines, the summary table's title, tracebacks."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from sitrep import cli, runner as runner_mod
from sitrep.pipeline import RunSummary
from sitrep.store import StoreError, display_url
from sitrep.store.db import scrub

runner = CliRunner()
URL = "postgresql+psycopg://bob:s3cr%40t@127.0.0.1:1/sitrep"


def test_display_url_masks_the_password():
    assert display_url(URL) == "postgresql+psycopg://bob:***@127.0.0.1:1/sitrep"
    assert display_url("x/sitrep.db") == "x/sitrep.db"
    assert "hunter2" not in display_url("not a url://a:hunter2@h/db")
    assert scrub("failed for postgresql://bob:s3cr@t@h and s3cr%40t", URL).count("s3cr") == 0


@pytest.mark.parametrize("command", [["run", "IN"], ["export", "claims"], ["contradictions"],
                                     ["tally", "--category", "killed"]])
def test_unreachable_database_error_masks_the_password(tmp_path, command):
    src = tmp_path / "a.txt"
    src.write_text("Five tanks were destroyed near Izium.\n")
    args = [str(src) if a == "IN" else a for a in command] + ["--db", URL]
    res = runner.invoke(cli.app, args + (["-q"] if command[0] == "run" else []))
    assert res.exit_code == 2, res.output
    assert "s3cr" not in res.output and "***" in res.stderr


def test_run_summary_title_masks_the_password(monkeypatch):
    monkeypatch.setattr(runner_mod, "run_inputs", lambda *a, **k: RunSummary())
    res = runner.invoke(cli.app, ["run", "x.txt", "--db", URL, "-q"])
    assert res.exit_code == 0, res.output
    assert "s3cr" not in res.output and "bob:***@" in res.stdout


def test_store_error_from_an_unparsable_url_masks_it():
    from sitrep.store import Store

    with pytest.raises(StoreError) as info:
        Store("postgresql+nosuchdriver://bob:hunter2@h/db")
    assert "hunter2" not in str(info.value)
