"""Happy paths of every reader, their metadata, and gzip of each format."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from sitrep.ingest import ReadOptions, read_inputs
from sitrep.records import Document, Failure, Warning_

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Strike on Sumy | Example News</title>
<link rel="canonical" href="https://news.example/sumy-strike">
<meta property="og:title" content="Strike on Sumy">
<meta property="article:published_time" content="2023-04-03T09:15:00+03:00">
</head><body><p>Two people were wounded in Sumy on Monday, officials said.</p></body></html>"""

TEXT = "Officials in Kramatorsk said three people were hurt when a rocket hit a cafe.\n"

FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Front notes</title>
<entry><id>tag:front.example,2023:1</id><title>Night attack on Odesa</title>
<link href="https://front.example/odesa"/><updated>2023-07-20T04:00:00Z</updated>
<content type="html">&lt;p&gt;Drones hit the port of Odesa overnight, the navy said.&lt;/p&gt;</content></entry>
<entry><id>tag:front.example,2023:2</id><title>Kherson update</title>
<link href="https://front.example/kherson"/><published>2023-07-19T18:30:00+02:00</published>
<summary type="text">Shelling cut power to parts of Kherson, the governor said.</summary></entry>
</feed>"""


def split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Document)],
            [i for i in items if isinstance(i, Failure)],
            [i for i in items if isinstance(i, Warning_)])


def jsonl(*objects) -> str:
    return "".join(json.dumps(o) + "\n" for o in objects)


def test_plain_text_document(write_file):
    path = write_file("reports/kramatorsk-cafe.txt", TEXT)
    docs, failures, warnings = split(read_inputs([path]))
    assert (failures, warnings) == ([], [])
    [doc] = docs
    assert doc.id == "kramatorsk-cafe" and doc.source == str(path)
    assert doc.raw_text == TEXT and doc.html is None and doc.text == ""
    assert doc.meta["format"] == "text"


def test_html_document_and_metadata(write_file):
    path = write_file("sumy.html", PAGE)
    [doc] = split(read_inputs([path]))[0]
    assert doc.id == "sumy" and doc.html == PAGE and doc.raw_text is None
    assert doc.url == "https://news.example/sumy-strike"
    assert doc.title == "Strike on Sumy"  # og:title wins over <title> with the site name
    assert doc.published == "2023-04-03T09:15:00+03:00"


def test_html_metadata_fallbacks(write_file):
    page = ('<html><head><title>Lyman &amp; Siversk</title>'
            '<meta property="og:url" content="https://x.example/lyman">'
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2022-10-01T12:00:00Z"}</script></head><body>x</body></html>')
    [doc] = split(read_inputs([write_file("lyman.htm", page)]))[0]
    assert (doc.url, doc.title, doc.published) == (
        "https://x.example/lyman", "Lyman & Siversk", "2022-10-01T12:00:00Z")


def test_jsonl_documents_text_and_html(write_file):
    path = write_file("batch.jsonl", jsonl(
        {"id": "a1", "url": "https://x.example/a1", "title": "A", "published": "2023-02-01",
         "text": "Shelling in Nikopol."},
        {"html": PAGE, "source_name": "wire"},
    ))
    docs, failures, warnings = split(read_inputs([path]))
    assert (failures, warnings) == ([], [])
    first, second = docs
    assert (first.id, first.url, first.title, first.published) == (
        "a1", "https://x.example/a1", "A", "2023-02-01")
    assert first.raw_text == "Shelling in Nikopol." and first.source == f"{path}:1"
    assert second.id == "batch:2" and second.source == f"{path}:2"  # no id: stem:line
    assert second.html == PAGE and second.raw_text is None
    assert second.url == "https://news.example/sumy-strike"  # missing fields from the page
    assert second.meta["fields"] == {"source_name": "wire"}


def test_json_list_file(write_file):
    path = write_file("two.json", json.dumps([{"id": "x", "text": "Kupiansk."},
                                              {"text": "Izium."}], indent=2))
    docs, failures, _ = split(read_inputs([path]))
    assert failures == []
    assert [(d.id, d.source) for d in docs] == [("x", f"{path}#item-1"), ("two:2", f"{path}#item-2")]


def test_warc_html_records(write_file, make_warc):
    body = PAGE.encode()
    data = make_warc([
        ("https://news.example/one", "text/html; charset=utf-8", body),
        ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40)),
        ("https://news.example/two", "application/xhtml+xml", body),
    ])
    path = write_file("crawl.warc", data)
    docs, failures, warnings = split(read_inputs([path]))
    assert (failures, warnings) == ([], [])
    assert [(d.id, d.url, d.source) for d in docs] == [
        ("https://news.example/one", "https://news.example/one", f"{path}#record-1"),
        ("https://news.example/two", "https://news.example/two", f"{path}#record-3"),
    ]
    assert docs[0].html == PAGE
    assert docs[0].published == "2023-04-03T09:15:00+03:00"  # from the page, not the crawl
    assert docs[0].meta["crawled"] == "2023-04-02T08:00:00Z"
    assert docs[0].meta["canonical_url"] == "https://news.example/sumy-strike"


def test_warc_skips_non_2xx_responses(write_file, make_warc):
    data = make_warc([("https://x.example/gone", "text/html", b"<html>404</html>")],
                     status="404 Not Found")
    docs, failures, _ = split(read_inputs([write_file("c.warc", data)]))
    assert docs == [] and failures == []


def test_atom_feed_entries(write_file):
    path = write_file("front.atom", FEED)
    docs, failures, warnings = split(read_inputs([path]))
    assert (failures, warnings) == ([], [])
    odesa, kherson = docs
    assert odesa.id == "tag:front.example,2023:1" and odesa.source == f"{path}#entry-1"
    assert odesa.url == "https://front.example/odesa" and odesa.title == "Night attack on Odesa"
    assert odesa.published == "2023-07-20T04:00:00+00:00"
    assert "<p>" in odesa.html and odesa.raw_text is None
    assert kherson.raw_text.startswith("Shelling cut power") and kherson.html is None
    assert kherson.published == "2023-07-19T16:30:00+00:00"  # converted to UTC


def test_rss_feed_entry_without_guid_uses_link(write_file):
    rss = ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
           '<title>Chernihiv</title><link>https://r.example/c</link>'
           '<pubDate>Tue, 05 Apr 2022 10:00:00 +0300</pubDate>'
           '<description>Mines found near Chernihiv.</description></item></channel></rss>')
    [doc] = split(read_inputs([write_file("r.rss", rss)]))[0]
    assert (doc.id, doc.url, doc.published) == (
        "https://r.example/c", "https://r.example/c", "2022-04-05T07:00:00+00:00")


@pytest.mark.parametrize("name, content", [
    ("note.txt", TEXT),
    ("page.html", PAGE),
    ("batch.jsonl", jsonl({"id": "g1", "text": "Bakhmut."}, {"id": "g2", "text": "Vuhledar."})),
    ("f.atom", FEED),
])
def test_gzip_of_each_text_format(write_file, name, content):
    plain = split(read_inputs([write_file(name, content)]))
    packed = split(read_inputs([write_file(name + ".gz", content, gz=True)]))
    assert packed[1:] == ([], [])
    assert [(d.id, d.raw_text, d.html, d.url, d.published) for d in packed[0]] == [
        (d.id, d.raw_text, d.html, d.url, d.published) for d in plain[0]]
    assert len(packed[0]) >= 1


def test_gzip_warc(write_file, make_warc):
    records = [("https://x.example/a", "text/html", PAGE.encode())]
    for compress in (True, False):  # per-record gzip (warcio) and whole-file gzip
        data = make_warc(records, compress=compress)
        path = write_file(f"c{compress}.warc.gz", data if compress else gzip.compress(data))
        docs, failures, _ = split(read_inputs([path]))
        assert failures == [] and [d.id for d in docs] == ["https://x.example/a"]


def test_examples_directory_reads_every_format():
    docs, failures, warnings = split(read_inputs([EXAMPLES]))
    assert failures == []
    formats = {d.meta["format"] for d in docs}
    assert formats == {"text", "html", "jsonl", "warc", "feed", "table"}
    assert len(docs) == 19
    assert all((d.html or d.raw_text or "").strip() for d in docs)
    assert all(json.loads(json.dumps(d.meta)) == d.meta for d in docs)  # meta is plain JSON
    assert [w.message for w in warnings] == ["skipped 2 file(s) that are not inputs (.md, .py)"]
    ids = {d.id for d in docs}
    assert {"article", "bulletin", "report", "football", "sumy-evacuation", "sudan-el-fasher", "congo-goma",
            "table-odesa-port", "table-sumy-shelling"} <= ids


def test_read_options_validation():
    with pytest.raises(ValueError, match="max_doc_bytes"):
        ReadOptions(max_doc_bytes=0)
    with pytest.raises(ValueError, match="not an encoding"):
        ReadOptions(fallback_encoding="klingon-8")
