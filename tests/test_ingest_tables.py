"""Tables of articles (CSV, TSV, Parquet), GDELT exports and URL lists, and URLs on the
command line, read against pages served on 127.0.0.1 by the test."""
import csv

import pyarrow as pa
import pyarrow.parquet as pq
from typer.testing import CliRunner

from local_web import LocalWeb, article_html, page
from sitrep.cli import app
from sitrep.ingest import ReadOptions, read_inputs
from sitrep.ingest.options import TableColumns
from sitrep.records import Document, Failure, Warning_
from sitrep.store import Store

runner = CliRunner()
STORY = "Regional officials said three civilians were killed when shells hit a market in Kharkiv on Tuesday."
OTHER = "The mayor of Odesa said a drone attack on the port wounded five people on Monday."


def _read(paths, **kw):
    items = list(read_inputs([str(p) for p in paths], ReadOptions(**kw)))
    return ([i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Failure)],
            [i for i in items if isinstance(i, Warning_)])


def test_csv_rows_with_text_or_url_become_documents(tmp_path):
    with LocalWeb({"/odesa": page(article_html("Odesa", OTHER, "2024-04-08T09:00:00Z"))}) as web:
        path = tmp_path / "articles.csv"
        with open(path, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "headline", "published", "url", "text"])
            w.writerow(["k1", "Market shelled", "2024-04-09", "https://news.example/k1", STORY])
            w.writerow(["", "", "", web.url("/odesa"), ""])
            w.writerow(["k3", "", "", "", ""])
        docs, failures, _ = _read([path])
    assert [(d.id, d.title, d.published, d.raw_text) for d in docs[:1]] == [
        ("k1", "Market shelled", "2024-04-09", STORY)]
    fetched = docs[1]
    assert fetched.id == web.url("/odesa") and fetched.published == "2024-04-08T09:00:00Z" and "<p>" in fetched.html
    assert [str(f) for f in failures] == [f"{path}:4: row has neither text nor a URL"]


def test_parquet_table_with_named_columns(tmp_path):
    path = tmp_path / "articles.parquet"
    pq.write_table(pa.table({"key": ["p1", "p2"], "story": [STORY, OTHER], "day": ["2024-04-09", "2024-04-08"]}), path)
    docs, failures, _ = _read([path], columns=TableColumns(text="story", id="key", date="day"))
    assert not failures
    assert [(d.id, d.published, d.raw_text) for d in docs] == [("p1", "2024-04-09", STORY), ("p2", "2024-04-08", OTHER)]
    docs, failures, _ = _read([path])
    assert not docs and "no text or URL column (columns: key, story, day)" in str(failures[0])
    docs, failures, _ = _read([path], columns=TableColumns(text="body"))
    assert "no column 'body' (--text-column); the columns are: key, story, day" in str(failures[0])


def _gdelt_event(url: str, added: str) -> str:
    cells = [""] * 61
    cells[0], cells[59], cells[60] = "1170000001", added, url
    return "\t".join(cells)


def test_gdelt_export_is_a_list_of_urls_each_fetched_once(tmp_path):
    with LocalWeb({"/a": page(article_html("Kharkiv", STORY)), "/b": page(article_html("Odesa", OTHER))}) as web:
        export = tmp_path / "20240409.export.CSV"
        export.write_text("\n".join([_gdelt_event(web.url("/a"), "20240409101500"),
                                     _gdelt_event(web.url("/a"), "20240409101500"),
                                     _gdelt_event(web.url("/b"), "20240409103000"),
                                     _gdelt_event(web.url("/missing"), "20240409103000")]) + "\n")
        docs, failures, warnings = _read([export])
    assert [d.id for d in docs] == [web.url("/a"), web.url("/b")]
    assert web.hits["/a"] == 1 and web.hits["/b"] == 1
    assert [f.reason for f in failures] == ["HTTP 404 (not found)"]
    assert any("1 row(s) repeat a URL already read" in w.message for w in warnings)


def test_urls_on_the_command_line_and_in_a_url_list_are_stored(tmp_path):
    with LocalWeb({"/a": page(article_html("Kharkiv", STORY)), "/b": page(article_html("Odesa", OTHER))}) as web:
        (tmp_path / "list.urls").write_text(f"# morning reading\n{web.url('/b')}\n")
        db = str(tmp_path / "u.db")
        res = runner.invoke(app, ["run", web.url("/a"), str(tmp_path / "list.urls"), "--db", db, "-q", "-w", "1"])
        assert res.exit_code == 0, res.output
        res = runner.invoke(app, ["run", web.url("/nothing-here"), "--db", db, "-q", "-w", "1"])
    assert res.exit_code == 1 and f"{web.url('/nothing-here')}: HTTP 404" in " ".join(res.output.split())
    with Store(db) as store:
        assert sorted(d.id for d in store.iter_documents()) == [web.url("/a"), web.url("/b")]
        assert store.counts()["claims"] >= 1


def test_standard_input_is_read_with_a_dash(tmp_path):
    res = runner.invoke(app, ["clean", "-"], input=STORY + "\n")
    assert res.exit_code == 0, res.output
    assert "three civilians were killed" in res.output


def test_an_acled_style_table_is_refused_not_read_as_prose(tmp_path):
    path = tmp_path / "acled.csv"
    path.write_text("event_id_cnty,event_date,event_type,notes,fatalities\nUKR1,2024-04-09,Battles,"
                    "\"Shelling near Kharkiv\",3\n")
    docs, failures, _ = _read([path])
    assert not docs and "no text or URL column" in failures[0].reason and "--text-column" in failures[0].reason
