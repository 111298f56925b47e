"""Ids, format detection by content, decoding, and directory walking."""
from __future__ import annotations

import json
import os

import pytest

from sitrep.ingest import ReadOptions, doc_id_from_path, read_inputs
from sitrep.ingest.html_meta import normalize_published
from sitrep.records import Document, Warning_

PAGE = "<!doctype html><html><head><title>Mariupol</title></head><body><p>x</p></body></html>"
RSS = ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Irpin</title>'
       '<link>https://r.example/i</link><description>Bridge blown up at Irpin.</description>'
       '</item></channel></rss>')


def kinds(items):
    return [(type(i).__name__, i.meta.get("format") if isinstance(i, Document) else None)
            for i in items]


@pytest.mark.parametrize("path, expected", [
    ("abc.html.gz", "abc"),
    ("x/y/report.txt", "report"),
    ("report.v2.txt", "report.v2"),
    ("2022.03.05", "2022.03.05"),
    ("noext", "noext"),
    ("dump.warc.gz", "dump"),
    ("feed.RSS", "feed"),
])
def test_doc_id_from_path(path, expected):
    assert doc_id_from_path(path) == expected


def test_doc_id_from_path_without_name():
    with pytest.raises(ValueError, match="no file name"):
        doc_id_from_path("/")


@pytest.mark.parametrize("name, content, fmt", [
    ("story.txt", PAGE, "html"),           # extension lies
    ("download", PAGE, "html"),            # no extension
    ("feed.txt", RSS, "feed"),
    ("updates.xml", RSS, "feed"),
    ("lines", json.dumps({"text": "Hostomel."}) + "\n", "jsonl"),
    ("page.xml", '<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><body>x</body></html>', "html"),
    ("notes.md", "Plain notes about Bucha.", "text"),
    ("fragment.html", "Just a sentence, no tags.", "html"),  # no signature: extension decides
])
def test_format_detected_from_content(write_file, name, content, fmt):
    items = list(read_inputs([write_file(name, content)]))
    assert kinds(items) == [("Document", fmt)]


def test_warc_detected_without_extension(write_file, make_warc):
    data = make_warc([("https://x.example/p", "text/html", PAGE.encode())])
    items = list(read_inputs([write_file("capture.bin", data)]))
    assert kinds(items) == [("Document", "warc")]


def test_gzip_detected_by_magic_without_gz_extension(write_file):
    items = list(read_inputs([write_file("page.html", PAGE, gz=True)]))
    assert kinds(items) == [("Document", "html")] and items[0].meta["compression"] == "gzip"


def test_text_in_jsonl_file_fails_per_line(write_file):
    path = write_file("wrong.jsonl", "not json\nstill not json\n")
    items = list(read_inputs([path]))
    assert [(i.source, i.reason.split(" (")[0]) for i in items] == [
        (f"{path}:1", "invalid JSON"), (f"{path}:2", "invalid JSON")]


def test_utf16_with_bom(write_file):
    text = "Енергодар: обстріл, двоє поранених."
    [doc] = read_inputs([write_file("u16.txt", text.encode("utf-16"))])
    assert doc.raw_text == text and doc.meta["encoding"] == "utf-16"


def test_declared_charset_is_honoured_without_warning(write_file):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            '</head><body><p>Херсон</p></body></html>')
    items = list(read_inputs([write_file("k.html", page.encode("cp1251"))]))
    assert len(items) == 1 and "Херсон" in items[0].html and items[0].meta["encoding"] == "cp1251"


def test_cyrillic_fallback_without_declaration(write_file):
    text = "Окупанти обстріляли Нікополь вночі, пошкоджено будинки та лінії електропередачі."
    warning, doc = read_inputs([write_file("n.txt", text.encode("cp1251"))])
    assert isinstance(warning, Warning_) and warning.message == "not UTF-8, decoded as cp1251"
    assert doc.raw_text == text


@pytest.mark.parametrize("raw, iso", [
    ("2022-03-05T10:00:00+02:00", "2022-03-05T10:00:00+02:00"),
    ("2022-03-05", "2022-03-05"),
    ("2022/03/05", "2022-03-05"),
    ("05.03.2022", "2022-03-05"),
    ("Sat, 05 Mar 2022 10:00:00 +0200", "2022-03-05T10:00:00+02:00"),
    ("March 5, 2022", "2022-03-05"),
    ("yesterday", None),
    ("2022-13-45", None),
    ("", None),
])
def test_normalize_published(raw, iso):
    assert normalize_published(raw) == iso


def _tree(write_file):
    write_file("in/b/second.txt", "Second.")
    write_file("in/a/first.txt", "First.")
    write_file("in/a/deeper/third.html", PAGE)
    write_file("in/z.txt", "Last.")
    write_file("in/.hidden.txt", "Hidden file.")
    write_file("in/.cache/inside.txt", "Hidden directory.")
    write_file("in/README.md", "Not an input.")
    write_file("in/photo.jpg", b"\xff\xd8\xff\xe0")
    return write_file("in/z.txt", "Last.").parent


def test_directory_recursive_sorted_skipping_hidden(write_file):
    root = _tree(write_file)
    items = list(read_inputs([root]))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.source for d in docs] == [str(root / p) for p in (
        "a/deeper/third.html", "a/first.txt", "b/second.txt", "z.txt")]
    assert [i.message for i in items if isinstance(i, Warning_)] == [
        "skipped 2 file(s) that are not inputs (.jpg, .md)"]
    assert list(read_inputs([root])) == items  # deterministic


def test_directory_with_hidden_entries_included(write_file):
    root = _tree(write_file)
    docs = [i for i in read_inputs([root], ReadOptions(include_hidden=True))
            if isinstance(i, Document)]
    assert {d.id for d in docs} >= {".hidden", "inside"}


def test_symlink_loop_is_read_once(write_file):
    root = write_file("loop/one.txt", "One.").parent
    os.symlink(root, root / "again")
    items = list(read_inputs([root]))
    assert [i.source for i in items if isinstance(i, Document)] == [str(root / "one.txt")]
    assert any("already read" in i.message for i in items if isinstance(i, Warning_))


def test_same_id_from_two_files_is_warned_and_kept_apart(write_file):
    a = write_file("x/report.txt", "One.")
    b = write_file("y/report.html", PAGE)
    c = write_file("z/y/report.txt", "Three.")
    items = list(read_inputs([a, b, c]))
    assert [type(i).__name__ for i in items] == ["Document", "Warning_", "Document", "Warning_", "Document"]
    assert items[1].message == f"document id 'report' is also the id of {a}; stored as 'y/report'"
    assert [i.id for i in items if isinstance(i, Document)] == ["report", "y/report", str(c.parent / "report")]


def test_single_path_string_is_accepted(write_file):
    path = write_file("one.txt", "Kyiv.")
    assert [d.id for d in read_inputs(str(path))] == ["one"]


def test_results_are_lazy(write_file):
    path = write_file("many.jsonl", "".join(json.dumps({"text": f"n{i}"}) + "\n" for i in range(50)))
    stream = read_inputs([path])
    first = next(stream)
    assert isinstance(first, Document) and first.raw_text == "n0"
    stream.close()  # closing the generator early releases the file
