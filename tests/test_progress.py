"""Progress of `sitrep run`: a bar with a total over the input bytes, a bar for linking, and a
line for the one-time gazetteer build."""
import io
import json

from rich.console import Console
from typer.testing import CliRunner

from sitrep import progress
from sitrep.cli import app
from sitrep.progress import InputSizes

runner = CliRunner(env={"COLUMNS": "200"})


def test_input_sizes_are_known_up_front_and_counted_per_file(tmp_path):
    (tmp_path / "a.txt").write_text("x" * 100)
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "1", "text": "y" * 50}) + "\n" + json.dumps({"id": "2", "text": "z"}) + "\n")
    sizes = InputSizes([str(tmp_path)])
    b = (tmp_path / "b.jsonl").stat().st_size
    assert sizes.total == 100 + b
    assert sizes.advance(str(tmp_path / "a.txt")) == 0
    assert sizes.advance(f"{tmp_path / 'b.jsonl'}:1") == 100  # a.txt is done once b.jsonl starts
    assert sizes.advance(f"{tmp_path / 'b.jsonl'}:2") == 100
    assert InputSizes(["https://example.org/x", str(tmp_path)]).total is None  # a URL: no total


def test_run_shows_a_bar_with_a_total_and_a_linking_bar(tmp_path):
    for n in range(3):
        (tmp_path / f"d{n}.txt").write_text(f"Officials said {n + 2} people were killed in Kharkiv on Monday.\n")
    res = runner.invoke(app, ["run", str(tmp_path), "--db", str(tmp_path / "p.db"), "-w", "1"])
    assert res.exit_code == 0, res.output
    assert "reading" in res.output and "100%" in res.output and "3 documents" in res.output
    assert "linking duplicates" in res.output and "3/3" in res.output


def test_a_missing_gazetteer_cache_is_announced_before_it_is_built(tmp_path, monkeypatch):
    built = []

    class Geocoder:
        @staticmethod
        def default():
            built.append(True)
            return Geocoder

        @staticmethod
        def resolve(name):
            return None

    monkeypatch.setattr("sitrep.geo.Geocoder", Geocoder)
    monkeypatch.setattr("sitrep.geo.cache.cache_dir", lambda: tmp_path)
    monkeypatch.setattr("sitrep.geo.cache.cache_path", lambda dumps=(): tmp_path / "gazetteer.pickle")
    out = io.StringIO()
    progress.gazetteer_ready(Console(file=out))
    assert "building the place gazetteer from GeoNames (once" in out.getvalue() and built == [True]
    (tmp_path / "gazetteer.pickle").write_bytes(b"cached")
    out = io.StringIO()
    progress.gazetteer_ready(Console(file=out))
    assert out.getvalue() == "" and built == [True]
