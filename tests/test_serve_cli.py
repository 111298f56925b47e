"""`sitrep serve` refuses what it cannot serve with one clear line (exit 2), before starting."""
from __future__ import annotations

from typer.testing import CliRunner

import serve_data
from sitrep.cli import app
from sitrep.serve import create_app

runner = CliRunner()


def test_serve_names_a_missing_database(tmp_path):
    res = runner.invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2 and "does not exist" in res.output


def test_serve_refuses_a_tile_url_without_its_placeholders(tmp_path):
    db = serve_data.build(str(tmp_path / "s.db"))
    for bad in ("tiles.example/{z}/{x}/{y}.png", "https://tiles.example/tile.png", "file:///etc/passwd"):
        res = runner.invoke(app, ["serve", "--db", db, "--tiles", bad])
        assert res.exit_code == 2 and "--tiles" in res.output, bad


def test_serve_refuses_a_port_out_of_range(tmp_path):
    db = serve_data.build(str(tmp_path / "s.db"))
    assert runner.invoke(app, ["serve", "--db", db, "--port", "70000"]).exit_code == 2


def test_a_tile_url_is_offered_to_the_page_and_allowed_by_its_policy(tmp_path):
    from fastapi.testclient import TestClient

    db = serve_data.build(str(tmp_path / "s.db"))
    client = TestClient(create_app(db, tile_url="https://{s}.tiles.example/{z}/{x}/{y}.png"))
    assert client.get("/api/options").json()["tile_url"] == "https://{s}.tiles.example/{z}/{x}/{y}.png"
    assert "img-src 'self' data: https://*.tiles.example" in client.get("/").headers["content-security-policy"]
    plain = TestClient(create_app(db))
    assert "tiles.example" not in plain.get("/").headers["content-security-policy"]


def test_serve_names_a_database_whose_claims_it_cannot_read(tmp_path):
    import sqlite3

    path = tmp_path / "other.db"
    with sqlite3.connect(path) as con:
        con.execute("create table claims (x int)")
    res = runner.invoke(app, ["serve", "--db", str(path)])
    assert res.exit_code == 2 and "error" in res.output and "Traceback" not in res.output
