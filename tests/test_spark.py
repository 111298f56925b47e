"""`sitrep spark` with local[2] on a mixed corpus (JSON Lines, HTML, WARC, text; syndicated
copies across formats; two files whose names give one id; an empty file) against `sitrep run`
on the same input: every output table the same as `sitrep export` writes it from the run's
database, and `sitrep load` of the output the same database as the run's, on each backend.

One Spark job for the module (the command line, in a process of its own: starting Spark is
most of the time)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark", reason="the spark extra is not installed: pip install -e '.[spark]'")

import pyarrow.dataset as ds  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from conftest import warc_bytes  # noqa: E402
from reliability_corpus import corpus, snapshot  # noqa: E402
from sitrep.spark.tables import PARTITION, TABLES  # noqa: E402

KEYS = {"documents": "id", "claims": "claim_id", "clusters": "cluster_id", "contradictions": "contradiction_id"}
SRC = str(Path(__file__).resolve().parents[1] / "src")

PAGE = """<!doctype html><html><head><title>{title}</title>
<link rel="canonical" href="{url}"><meta property="article:published_time" content="{published}">
</head><body><nav>Home | World | Sport</nav><article><h1>{title}</h1>{body}</article>
<footer>Copyright Harbour Courier. Subscribe to our newsletter.</footer></body></html>"""


def _page(title: str, url: str, published: str, text: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
    return PAGE.format(title=title, url=url, published=published, body=body).encode()


def write_corpus(root: Path) -> Path:
    """The corpus: stories in JSON Lines (with copies and rewrites among them), two of them
    syndicated again as HTML pages and in a WARC, a new story with its own figures in each,
    two text notes that share a file name, and an empty file."""
    records = corpus(36, seed=15)
    (root / "wire").mkdir(parents=True)
    (root / "wire" / "stories.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    first, second = records[0], records[3]
    (root / "pages").mkdir()
    (root / "pages" / "copy.html").write_bytes(
        _page("Copy of report 0", "https://harbour-courier.example/copy-0", first.get("published") or "2023-03-05",
              first["text"].split("\n\n")[0] + "\n\nRead the rest of our coverage online."))
    (root / "pages" / "own.html").write_bytes(_page(
        "Bus station shelled", "https://harbour-courier.example/bus", "2023-03-07T09:00:00",
        "Shelling of the bus station in Kherson on Monday killed 17 civilians, the Ukrainian army said in a statement."
        "\n\nVolunteers cleared glass from the platforms through the afternoon."))
    warc = warc_bytes([
        ("https://relay.example/story-3", "text/html",
         _page("Relay of report 3", "https://relay.example/story-3", second.get("published") or "2023-03-06",
               second["text"].split("\n\n")[0])),
        ("https://relay.example/bus", "text/html",
         _page("A lower toll", "https://relay.example/bus", "2023-03-07T15:00:00",
               "Russia's defence ministry said on Tuesday that only 3 civilians were killed at the bus station in "
               "Kherson on Monday and blamed Ukrainian air defence.")),
    ], compress=True)
    (root / "crawl.warc.gz").write_bytes(warc)
    for folder, words in (("notes", "Evacuation buses left Kupiansk with 120 residents on Tuesday, officials said. "
                                    "Since February 2022, 1,240 civilians have been killed in Kherson region, the "
                                    "regional governor said."),
                          ("other", "Shelling killed 2 people in Nikopol on 8 March 2023, the town's mayor said.")):
        (root / folder).mkdir()
        (root / folder / "report.txt").write_text(words + "\n")
    (root / "empty.txt").write_text("")
    return root


@pytest.fixture(scope="module")
def job(tmp_path_factory):
    """(corpus folder, the run's SQLite database, the spark output folder, spark's result)."""
    from sitrep.runner import run_inputs

    root = tmp_path_factory.mktemp("spark")
    data = write_corpus(root / "in")
    db = str(root / "run.db")
    run_inputs([str(data)], db, progress=False, workers=1)
    out = root / "out"
    env = {k: v for k, v in os.environ.items() if k != "PYSPARK_PYTHON"}  # workers must find Python alone
    env["PYTHONPATH"] = SRC + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run([sys.executable, "-m", "sitrep.cli", "spark", str(data), "--out", str(out),
                           "--master", "local[2]", "--partitions", "3"], env=env, capture_output=True, text=True,
                          timeout=900)
    return data, db, out, done


def _exported(db: str, table: str, path: Path) -> list[dict]:
    from sitrep.export import export
    from sitrep.store import Store

    with Store(db) as store:
        export(store, table, "parquet", str(path))
    return pq.read_table(path).to_pylist()


def _written(out: Path, table: str, columns: list[str]) -> list[dict]:
    rows = ds.dataset(out / table, format="parquet", partitioning="hive").to_table().to_pylist()
    return [{c: r[c] for c in columns} for r in rows]


def test_spark_exits_1_and_names_the_empty_file_like_run(job):
    data, _db, _out, done = job
    assert done.returncode == 1, done.stderr[-3000:]
    assert f"error: {data / 'empty.txt'}: empty file" in done.stderr
    assert "Traceback" not in done.stderr
    assert "stored as 'other/report'" in done.stderr  # the second report.txt, renamed as `run` renames it


@pytest.mark.parametrize("table", TABLES)
def test_every_table_equals_the_export_of_run(job, table, tmp_path):
    _data, db, out, _done = job
    expected = sorted(_exported(db, table, tmp_path / f"{table}.parquet"), key=lambda r: r[KEYS[table]])
    assert expected, f"the corpus gives no {table}"
    got = sorted(_written(out, table, list(expected[0])), key=lambda r: r[KEYS[table]])
    assert got == expected


def test_output_holds_copies_clusters_and_contradictions(job):
    _data, _db, out, _done = job
    docs = ds.dataset(out / "documents", format="parquet", partitioning="hive").to_table().to_pylist()
    assert {"other/report", "report"} <= {d["id"] for d in docs}
    group = {d["id"]: d["duplicate_of"] or d["id"] for d in docs}
    assert group["copy"] == group["r0000"] and group["https://relay.example/story-3"] == group["r0003"]
    clusters = ds.dataset(out / "clusters", format="parquet").to_table().to_pylist()
    assert max(c["reports"] for c in clusters) >= 3
    assert ds.dataset(out / "contradictions", format="parquet").count_rows() >= 1


def test_datasets_are_partitioned_by_day(job):
    _data, _db, out, _done = job
    days = {p.name for p in (out / "claims").iterdir() if p.name.startswith(PARTITION + "=")}
    assert "day=2023-03-06" in days and len(days) > 5


def test_loaded_database_is_the_run_database(job, db_url):
    from sitrep.load import load

    _data, db, out, _done = job
    counts = load(str(out), db_url)
    assert counts["documents"] == len(snapshot(db)["documents"])
    assert snapshot(db_url) == snapshot(db)
    from sitrep.link.duplicates import pending
    from sitrep.store import Store

    with Store(db_url) as store:  # the near-duplicate index is built: a later run links against it
        assert pending(store.engine) == []


def test_tally_and_contradictions_answer_on_loaded_data_as_on_the_run(job, tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli import app
    from sitrep.load import load

    _data, db, out, _done = job
    loaded = str(tmp_path / "loaded.db")
    load(str(out), loaded)
    runner = CliRunner()
    for args in (["contradictions"], ["tally", "--category", "killed", "--format", "jsonl"]):
        a, b = runner.invoke(app, [*args, "--db", db]), runner.invoke(app, [*args, "--db", loaded])
        assert a.exit_code == b.exit_code == 0, (a.output, b.output)
        assert a.output == b.output and a.output.strip()


def test_second_load_is_refused_and_changes_nothing(job, tmp_path):
    from sitrep.load import LoadError, load

    _data, _db, out, _done = job
    target = str(tmp_path / "twice.db")
    load(str(out), target)
    before = snapshot(target)
    with pytest.raises(LoadError, match="already holds document"):
        load(str(out), target)
    assert snapshot(target) == before


def test_load_into_a_database_with_other_documents_links_them_together(job, tmp_path):
    """The job's documents joined to a database of another run are linked by the local linker:
    the result is what one run over both inputs leaves."""
    from sitrep.load import load
    from sitrep.runner import run_inputs

    data, db, out, _done = job
    extra = tmp_path / "extra.jsonl"
    extra.write_text(json.dumps({"id": "later-1", "url": "https://field-post.example/later", "published":
                                 "2023-03-09T10:00:00", "text": "A missile hit the grain terminal in Odesa overnight, "
                                 "killing 9 dock workers, port officials said."}) + "\n")
    both, target = str(tmp_path / "both.db"), str(tmp_path / "target.db")
    run_inputs([str(data), str(extra)], both, progress=False, workers=1)
    run_inputs([str(extra)], target, progress=False, workers=1)
    load(str(out), target)
    got, want = snapshot(target), snapshot(both)
    assert got["claims"] == want["claims"] and got["clusters"] == want["clusters"]
    assert got["contradictions"] == want["contradictions"]


@pytest.mark.parametrize("setup, message", [
    (lambda p: None, "no such folder"),
    (lambda p: p.mkdir(), "not a `sitrep spark` output (no documents/ folder)"),
    (lambda p: p.write_text("x"), "not a folder"),
])
def test_load_names_a_bad_folder_and_why(tmp_path, setup, message):
    from typer.testing import CliRunner

    from sitrep.cli import app

    folder = tmp_path / "given"
    setup(folder)
    result = CliRunner().invoke(app, ["load", str(folder), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert f"{folder}" in result.output and message in result.output
    assert "Traceback" not in result.output


def test_load_refuses_an_unfinished_output_and_writes_nothing(job, tmp_path):
    from sitrep.load import LoadError, load

    _data, _db, out, _done = job
    broken = tmp_path / "broken"
    shutil.copytree(out, broken)
    (broken / "clusters" / "_SUCCESS").unlink()
    target = tmp_path / "t.db"
    with pytest.raises(LoadError, match=r"clusters: incomplete"):
        load(str(broken), str(target))
    assert not target.exists()


def test_an_empty_table_loads_as_empty(job, tmp_path):
    """Spark writes no Parquet file for a table with no rows, only its _SUCCESS marker."""
    from sitrep.load import load

    _data, _db, out, _done = job
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    for part in (copy / "contradictions").iterdir():
        if part.name != "_SUCCESS":
            shutil.rmtree(part) if part.is_dir() else part.unlink()
    counts = load(str(copy), str(tmp_path / "t.db"))
    assert counts["contradictions"] == 0 and counts["clusters"] > 0


def test_spark_refuses_an_existing_output_folder_before_starting(tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli import app

    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("mine")
    result = CliRunner().invoke(app, ["spark", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2 and "already exists" in result.output
    assert (tmp_path / "out" / "keep.txt").read_text() == "mine"


def test_spark_names_a_malformed_conf_before_starting(tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli import app

    result = CliRunner().invoke(app, ["spark", str(tmp_path), "--out", str(tmp_path / "o"), "--conf", "executor4g"])
    assert result.exit_code == 2 and "--conf 'executor4g': give KEY=VALUE" in result.output
    assert not (tmp_path / "o").exists()
