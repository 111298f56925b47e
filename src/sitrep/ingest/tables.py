"""Tables of articles: CSV, TSV and Parquet with a text or URL column, GDELT event and
mention exports (read as lists of article URLs), and ``.urls`` files (one URL a line).

A row with text becomes a Document; a row with only a URL is fetched. Each URL is fetched
once per table (GDELT lists one article under many events)."""
from __future__ import annotations

import csv
from pathlib import PurePath
from typing import Iterable, Iterator

from sitrep.ingest import formats
from sitrep.ingest.decoding import decode_bytes
from sitrep.ingest.fetch import is_url
from sitrep.ingest.files import Item, html_document
from sitrep.ingest.formats import doc_id_from_path
from sitrep.ingest.options import ReadOptions, TableColumns, too_big_reason
from sitrep.ingest.streams import InputStream
from sitrep.ingest.urls import fetch, page_document
from sitrep.records import Document, Failure, Warning_

USUAL = {
    "text": ("text", "content", "body", "article", "article_text", "full_text", "html"),
    "url": ("url", "link", "source_url", "sourceurl", "article_url", "href"),
    "id": ("id", "doc_id", "article_id", "guid"),
    "date": ("published", "date", "publish_date", "published_at", "pub_date", "datetime"),
    "title": ("title", "headline"),
}
#: GDELT 2.0 events (61 columns), 1.0 events (58) and 2.0 mentions (16): (URL, date) columns.
GDELT = {61: (60, 59), 58: (57, 56), 16: (5, 2)}


def _pick(header: list[str], role: str, given: str | None) -> int | None | str:
    """The index of the column for ``role``; a reason (str) when a named column is missing."""
    lower = [h.strip().lower() for h in header]
    if given is not None:
        if given.strip().lower() in lower:
            return lower.index(given.strip().lower())
        return f"no column {given!r} (--{role}-column); the columns are: {', '.join(header[:30])}"
    return next((lower.index(n) for n in USUAL[role] if n in lower), None)


def _iso(value: str) -> str | None:
    """A published date from a cell: ISO text as given, GDELT's YYYYMMDD[HHMMSS] as ISO."""
    value = (value or "").strip()
    if len(value) in (8, 14) and value.isdigit():
        iso = f"{value[:4]}-{value[4:6]}-{value[6:8]}"
        return iso + (f"T{value[8:10]}:{value[10:12]}:{value[12:14]}+00:00" if len(value) == 14 else "")
    return value or None


class _Rows:
    """Turns (place, cells by role) into Documents, fetching URLs once each."""

    def __init__(self, source: str, stem: str, options: ReadOptions):
        self.source, self.stem, self.options = source, stem, options
        self.fetched: set[str] = set()
        self.repeats = 0

    def item(self, where: str, n: int, text: str | None, url: str | None, doc_id: str | None,
             date: str | None, title: str | None) -> Iterator[Item]:
        published = _iso(date) if date else None
        url = (url or "").strip() or None
        if text and text.strip():
            if len(text.encode("utf-8")) > self.options.max_doc_bytes:
                yield Failure(where, too_big_reason(len(text.encode("utf-8")), self.options.max_doc_bytes))
                return
            doc_id = doc_id or url or f"{self.stem}:{n}"
            meta = {"format": "table", "row": n}
            if formats.sniff_format(text[:4096].encode("utf-8", "replace")) == formats.HTML:
                yield html_document(doc_id, where, text, meta, url=url, title=title, published=published)
            else:
                yield Document(id=doc_id, source=where, url=url, title=title, published=published, raw_text=text, meta=meta)
            return
        if not url:
            yield Failure(where, "row has neither text nor a URL")
            return
        if not is_url(url):
            yield Failure(where, f"{url[:100]!r} is not an http(s) URL")
            return
        if url in self.fetched:
            self.repeats += 1
            return
        self.fetched.add(url)
        got = fetch(url, self.options)
        if isinstance(got, Failure):
            yield Failure(f"{where} {url}", got.reason)
            return
        for out in page_document(got, self.options, doc_id=doc_id or url, source=url, meta={"row_of": where}):
            if isinstance(out, Document):
                out.title = out.title or title
                out.published = out.published or published
            yield out

    def done(self) -> Iterator[Item]:
        if self.repeats:
            yield Warning_(self.source, f"{self.repeats} row(s) repeat a URL already read; each URL is fetched once")


def _lines(stream: InputStream, source: str, options: ReadOptions) -> Iterator[str]:
    """Decoded lines of a text table (UTF-8, else the fallback encoding line by line)."""
    first = True
    while True:
        raw = stream.readline(options.max_doc_bytes + 1)
        if not raw:
            return
        if first and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        first = False
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            yield decode_bytes(raw, fallback=options.fallback_encoding).text


def read_delimited(stream: InputStream, source: str, path: str, options: ReadOptions) -> Iterator[Item]:
    """A CSV or TSV of articles (header row), or a GDELT export (no header, tab-separated)."""
    lines = _lines(stream, source, options)
    first = next(lines, "")
    delimiter = "\t" if first.count("\t") > first.count(",") or path.lower().endswith((".tsv", ".tab")) else ","
    csv.field_size_limit(max(options.max_doc_bytes, 131072))
    reader = csv.reader(_chain([first], lines), delimiter=delimiter)
    rows = _Rows(source, doc_id_from_path(path), options)
    try:
        header = next(reader, None)
        if header is None:
            yield Failure(source, "empty table")
            return
        gdelt = GDELT.get(len(header)) if delimiter == "\t" else None
        if gdelt and is_url(header[gdelt[0]]):
            yield from _gdelt(_chain([header], reader), rows, gdelt)
        else:
            yield from _table(header, ((reader.line_num, r) for r in reader), rows, source, options.columns)
    except csv.Error as exc:
        yield Failure(f"{source}:{reader.line_num}", f"malformed table ({exc})")
    if stream.error:
        yield Failure(source, stream.error)
    yield from rows.done()


def _chain(head: Iterable, rest: Iterable) -> Iterator:
    yield from head
    yield from rest


def _gdelt(records: Iterable[list[str]], rows: _Rows, columns: tuple[int, int]) -> Iterator[Item]:
    url_col, date_col = columns
    for n, record in enumerate(records, 1):
        if len(record) <= url_col:
            yield Failure(f"{rows.source}:{n}", f"GDELT row has {len(record)} columns; its URL column ({url_col + 1}) is missing")
            continue
        yield from rows.item(f"{rows.source}:{n}", n, None, record[url_col], None, record[date_col], None)


def _table(header: list[str], records: Iterable[tuple[int, list]], rows: _Rows, source: str,
           columns: TableColumns | None) -> Iterator[Item]:
    columns = columns or TableColumns()
    picked = {role: _pick(header, role, getattr(columns, role)) for role in USUAL}
    missing = [p for p in picked.values() if isinstance(p, str)]
    if missing:
        yield Failure(source, missing[0])
        return
    if picked["text"] is None and picked["url"] is None:
        yield Failure(source, f"no text or URL column (columns: {', '.join(header[:30])}); "
                              "name one with --text-column or --url-column")
        return
    for n, (line, record) in enumerate(records, 1):
        cell = {role: (str(record[i]) if i is not None and i < len(record) and record[i] is not None else None)
                for role, i in picked.items()}
        yield from rows.item(f"{source}:{line}", n, cell["text"], cell["url"], cell["id"], cell["date"], cell["title"])


def read_parquet(stream: InputStream, source: str, path: str, options: ReadOptions) -> Iterator[Item]:
    """A Parquet table of articles, read in batches (columns as for CSV)."""
    import pyarrow.parquet as pq

    if stream.compression:
        yield Failure(source, f"{stream.compression}-compressed Parquet is not supported (unpack it first)")
        return
    try:
        table = pq.ParquetFile(path)
        header = table.schema_arrow.names
        batches = table.iter_batches(batch_size=256)
        rows = _Rows(source, doc_id_from_path(path), options)
        numbered = ((n, [row.get(c) for c in header]) for n, row in enumerate(_rows_of(batches), 1))
        yield from _table(header, numbered, rows, source, options.columns)
        yield from rows.done()
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        yield Failure(source, f"cannot read Parquet ({exc})")


def _rows_of(batches) -> Iterator[dict]:
    for batch in batches:
        yield from batch.to_pylist()


def read_url_list(stream: InputStream, source: str, path: str, options: ReadOptions) -> Iterator[Item]:
    """One URL a line (blank lines and ``#`` comments skipped); each page fetched once."""
    rows = _Rows(source, PurePath(path).name, options)
    for n, line in enumerate(_lines(stream, source, options), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            yield from rows.item(f"{source}:{n}", n, None, line, None, None, None)
    yield from rows.done()
