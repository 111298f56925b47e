"""Bad input: each case gives one clear Failure or Warning_ naming the input, and the run goes on."""
from __future__ import annotations

import gzip
import json
import os

import pytest

from sitrep.ingest import ReadOptions, read_inputs
from sitrep.ingest import streams
from sitrep.records import Document, Failure, Warning_

PAGE = "<html><head><title>Pokrovsk</title></head><body><p>Shelling in Pokrovsk.</p></body></html>"


def only_failure(items):
    items = list(items)
    assert len(items) == 1 and isinstance(items[0], Failure), items
    return items[0]


def test_missing_path():
    failure = only_failure(read_inputs(["/no/such/place.txt"]))
    assert failure == Failure("/no/such/place.txt", "no such file or directory")


@pytest.mark.parametrize("content, gz, reason", [
    (b"", False, "empty file"),
    (b"", True, "empty file (after gzip decompression)"),
    (b"  \n\t\n", False, "empty file (only whitespace)"),
])
def test_empty_files(write_file, content, gz, reason):
    path = write_file("empty.txt" + (".gz" if gz else ""), content, gz=gz)
    assert only_failure(read_inputs([path])) == Failure(str(path), reason)


@pytest.mark.parametrize("content", [
    b"\x00\x01\x02binary\x00" * 50,
    bytes(range(1, 32)) * 20,               # control bytes, no NUL
])
def test_binary_file(write_file, content):
    path = write_file("blob.txt", content)
    assert only_failure(read_inputs([path])) == Failure(str(path), "binary file, not text")


def test_binary_after_decompression(write_file):
    path = write_file("blob.html.gz", b"\x00" * 100, gz=True)
    assert only_failure(read_inputs([path])).reason == "binary file, not text"


def test_unsupported_archive(write_file):
    path = write_file("bundle.txt", b"PK\x03\x04" + bytes(30))
    assert only_failure(read_inputs([path])).reason == "zip archive, not supported (unpack it first)"


def test_corrupt_gzip(write_file):
    path = write_file("bad.txt.gz", b"\x1f\x8b\x08\x00" + b"\xff" * 40)
    failure = only_failure(read_inputs([path]))
    assert failure.source == str(path) and failure.reason.startswith(("corrupt gzip", "truncated gzip"))


def test_truncated_gzip_text(write_file):
    data = gzip.compress(("Kharkiv metro used as shelter. " * 400).encode())
    path = write_file("cut.txt.gz", data[: len(data) // 2])
    failure = only_failure(read_inputs([path]))
    assert failure.source == str(path)
    assert failure.reason.startswith("truncated gzip (")


def test_truncated_gzip_jsonl_keeps_complete_lines(write_file):
    lines = "".join(json.dumps({"id": f"d{i}", "text": f"Report {i} " + "x" * 200}) + "\n"
                    for i in range(200))
    data = gzip.compress(lines.encode())
    path = write_file("cut.jsonl.gz", data[: int(len(data) * 0.6)])
    items = list(read_inputs([path]))
    docs = [i for i in items if isinstance(i, Document)]
    assert 0 < len(docs) < 200
    assert [d.id for d in docs] == [f"d{i}" for i in range(len(docs))]
    assert all(d.raw_text.endswith("x" * 200) for d in docs)  # no partial line
    assert items[-1] == Failure(str(path), "truncated gzip (compressed stream ended before its end "
                                           f"marker); read {len(docs)} complete lines")
    assert len(items) == len(docs) + 1


def _three_page_warc(make_warc, compress=False):
    bodies = [f"<html><body><p>Page {n} about Toretsk.</p>{'y' * 300}</body></html>".encode()
              for n in range(3)]
    records = [(f"https://w.example/{n}", "text/html", b) for n, b in enumerate(bodies)]
    return make_warc(records, compress=compress), bodies


def test_truncated_warc_yields_readable_records_then_failure(write_file, make_warc):
    data, bodies = _three_page_warc(make_warc)
    cut = data.find(bodies[2]) + 50  # inside the third record's payload
    path = write_file("cut.warc", data[:cut])
    items = list(read_inputs([path]))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Failure"]
    assert [d.html.encode() for d in items[:2]] == bodies[:2]
    assert items[2] == Failure(str(path), "truncated WARC after record 2")


def test_truncated_warc_every_cut_inside_a_record_is_reported(write_file, make_warc):
    data, bodies = _three_page_warc(make_warc)
    starts = [0] + [data.find(b"WARC/1.0", data.find(bodies[n])) for n in range(2)]
    ends = [data.find(bodies[n]) + len(bodies[n]) for n in range(3)]
    path = write_file("sweep.warc", b"")
    for n in range(3):
        for cut in range(starts[n] + 1, ends[n], 7):
            path.write_bytes(data[:cut])
            items = list(read_inputs([path]))
            docs = [i for i in items if isinstance(i, Document)]
            assert [d.html.encode() for d in docs] == bodies[:n], cut
            assert items[-1] == Failure(str(path), f"truncated WARC after record {n}"), cut


def test_truncated_warc_gz(write_file, make_warc):
    data, bodies = _three_page_warc(make_warc, compress=True)
    path = write_file("cut.warc.gz", data[: len(data) - 40])
    items = list(read_inputs([path]))
    assert [d.html.encode() for d in items if isinstance(d, Document)] == bodies[:2]
    assert items[-1].source == str(path)
    assert items[-1].reason.startswith("truncated gzip (")
    assert items[-1].reason.endswith("truncated WARC after record 2")


def test_bad_jsonl_lines_are_reported_and_others_go_on(write_file):
    lines = [
        json.dumps({"id": "ok1", "text": "Siversk."}),
        '{"id": "broken", "text": ',
        json.dumps(["a", "list"]),
        json.dumps({"id": "no-body", "title": "Only a title"}),
        json.dumps({"id": "typed", "text": 42}),
        json.dumps({"id": "odd-date", "published": "sometime", "text": "Chasiv Yar."}),
        "",
        json.dumps({"id": "ok2", "html": "<p>Toretsk.</p>"}),
    ]
    path = write_file("mixed.jsonl", "\n".join(lines) + "\n")
    items = list(read_inputs([path]))
    got = [(type(i).__name__, i.source, getattr(i, "reason", getattr(i, "message", getattr(i, "id", ""))))
           for i in items]
    assert got == [
        ("Document", f"{path}:1", "ok1"),
        ("Failure", f"{path}:2", "invalid JSON (Expecting value at column 26)"),
        ("Failure", f"{path}:3", "not a JSON object (a list)"),
        ("Failure", f"{path}:4", 'document has no text (no "text" or "html" field)'),
        ("Failure", f"{path}:5", 'field "text" must be a string, got a number'),
        ("Warning_", f"{path}:6", "published 'sometime' is not a date; ignored"),
        ("Document", f"{path}:6", "odd-date"),
        ("Document", f"{path}:8", "ok2"),
    ]


def test_non_utf8_text_is_decoded_with_a_warning(write_file):
    text = "The caf\u00e9 in Bucha reopened \u2013 \u201cslowly\u201d, its owner said."
    path = write_file("latin.txt", text.encode("cp1252"))
    warning, doc = read_inputs([path])
    assert warning == Warning_(str(path), "not UTF-8, decoded as cp1252")
    assert doc.raw_text == text


def test_non_utf8_jsonl_line_warns_for_that_line(write_file):
    line = '{"id": "c", "text": "Caf\u00e9 hit in Kherson."}\n'.encode("cp1252")
    path = write_file("enc.jsonl", line)
    warning, doc = read_inputs([path])
    assert warning == Warning_(f"{path}:1", "not UTF-8, decoded as cp1252")
    assert doc.raw_text == "Caf\u00e9 hit in Kherson."


def test_fifty_megabyte_page_is_refused_without_reading_it(write_file, monkeypatch):
    path = write_file("huge.html", PAGE * 200)  # text beyond the sniffing window
    with open(path, "r+b") as fh:
        fh.truncate(50_000_000)  # sparse: no 50 MB written
    requested = []
    original = streams.InputStream.read
    monkeypatch.setattr(streams.InputStream, "read",
                        lambda self, n=-1: requested.append(n) or original(self, n))
    failure = only_failure(read_inputs([path]))
    assert failure == Failure(str(path), "document is 50.0 MB, over the 20 MB limit (--max-doc-mb)")
    assert requested == []


def test_oversized_gzip_document_is_counted_not_held(write_file):
    path = write_file("big.txt.gz", "Sloviansk. " * 1000, gz=True)
    failure = only_failure(read_inputs([path], ReadOptions(max_doc_bytes=2000)))
    assert failure.reason == "document is 11.0 kB, over the 2 kB limit (--max-doc-mb)"


def test_oversized_jsonl_line_and_warc_record(write_file, make_warc):
    lines = [json.dumps({"id": "big", "text": "z" * 5000}), json.dumps({"id": "small", "text": "ok"})]
    path = write_file("b.jsonl", "\n".join(lines) + "\n")
    items = list(read_inputs([path], ReadOptions(max_doc_bytes=1000)))
    assert items[0].source == f"{path}:1" and "over the 1 kB limit" in items[0].reason
    assert [d.id for d in items[1:]] == ["small"]
    warc = write_file("b.warc", make_warc([("https://w.example/big", "text/html", b"<p>" * 2000)]))
    [failure] = read_inputs([warc], ReadOptions(max_doc_bytes=1000))
    assert failure.source == f"{warc}#record-1 https://w.example/big"
    assert "over the 1 kB limit" in failure.reason


def test_malformed_feed(write_file):
    path = write_file("broken.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>x')
    failure = only_failure(read_inputs([path]))
    assert failure.source == str(path) and failure.reason.startswith("malformed feed (")


def test_xml_that_is_not_a_feed(write_file):
    path = write_file("sitemap.xml", '<?xml version="1.0"?><urlset><url><loc>https://a.example/'
                                     '</loc></url></urlset>')
    assert only_failure(read_inputs([path])).reason == "not an RSS or Atom feed (no feed root element)"


def test_dangling_symlink_in_directory(write_file):
    good = write_file("d/good.txt", "Kostiantynivka.")
    os.symlink(good.parent / "gone.txt", good.parent / "link.txt")
    items = list(read_inputs([good.parent]))
    assert [type(i).__name__ for i in items] == ["Document", "Failure"]
    assert items[1].source == str(good.parent / "link.txt")
    assert items[1].reason.startswith("dangling symlink")


def test_unreadable_file_simulated(write_file, monkeypatch):
    locked = write_file("d/a-locked.txt", "Secret.")
    write_file("d/b-open.txt", "Open.")
    real_open = open

    def fake_open(path, *args, **kwargs):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(streams, "open", fake_open, raising=False)
    items = list(read_inputs([locked.parent]))
    assert items[0] == Failure(str(locked), "permission denied")
    assert [i.id for i in items[1:]] == ["b-open"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads files whatever their mode")
def test_unreadable_file_by_mode(write_file):
    locked = write_file("m/locked.txt", "Secret.")
    locked.chmod(0)
    try:
        assert only_failure(read_inputs([locked])) == Failure(str(locked), "permission denied")
    finally:
        locked.chmod(0o644)
