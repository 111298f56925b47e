"""Readers for single-document files: plain text and HTML."""
from __future__ import annotations

from typing import Iterator

from sitrep.ingest.decoding import decode_bytes, html_declared_charset
from sitrep.ingest.formats import doc_id_from_path
from sitrep.ingest.html_meta import html_metadata
from sitrep.ingest.options import ReadOptions, formats_config
from sitrep.ingest.streams import InputStream, read_whole
from sitrep.records import Document, Failure, Warning_

Item = Document | Failure | Warning_


def html_document(
    doc_id: str, source: str, markup: str, meta: dict, *, url: str | None = None,
    title: str | None = None, published: str | None = None,
) -> Document:
    """A Document for an HTML page; metadata the caller lacks is taken from the page."""
    found = html_metadata(markup)
    if found["published_raw"] and not published:
        meta = {**meta, "published_raw": found["published_raw"]}
    if url and found["url"] and found["url"] != url:
        meta = {**meta, "canonical_url": found["url"]}
    return Document(
        id=doc_id,
        source=source,
        url=url or found["url"],
        title=title or found["title"],
        published=published or found["published"],
        html=markup,
        meta=meta,
    )


def decode_html(data: bytes, header_charset: str | None, options: ReadOptions):
    """Decode an HTML payload: BOM, UTF-8, then the HTTP or ``<meta>`` charset, then fallback."""
    declared = header_charset or html_declared_charset(data[: formats_config()["sniff_bytes"]])
    return decode_bytes(data, declared=declared, fallback=options.fallback_encoding)


def _read_decoded(stream: InputStream, source: str, options: ReadOptions, html: bool):
    """(text, encoding) of a whole single-document input, or the Failure/Warning_ items."""
    items: list[Item] = []
    data, too_big = read_whole(stream, options.max_doc_bytes)
    if stream.error:
        return None, None, [Failure(source, stream.error)]
    if too_big:
        return None, None, [Failure(source, too_big)]
    decoded = decode_html(data, None, options) if html else decode_bytes(
        data, fallback=options.fallback_encoding
    )
    if not decoded.text.strip():
        return None, None, [Failure(source, "empty file (only whitespace)")]
    if decoded.note:
        items.append(Warning_(source, decoded.note))
    return decoded.text, decoded.encoding, items


def _base_meta(stream: InputStream, fmt: str, encoding: str) -> dict:
    meta = {"format": fmt, "encoding": encoding}
    if stream.compression:
        meta["compression"] = stream.compression
    return meta


def read_text(stream: InputStream, source: str, path: str, options: ReadOptions) -> Iterator[Item]:
    """One Document with ``raw_text`` for a plain-text file."""
    text, encoding, items = _read_decoded(stream, source, options, html=False)
    yield from items
    if text is not None:
        yield Document(
            id=doc_id_from_path(path),
            source=source,
            raw_text=text,
            meta=_base_meta(stream, "text", encoding),
        )


def read_html(stream: InputStream, source: str, path: str, options: ReadOptions) -> Iterator[Item]:
    """One Document with ``html`` (and url/title/published from the page) for an HTML file."""
    markup, encoding, items = _read_decoded(stream, source, options, html=True)
    yield from items
    if markup is not None:
        yield html_document(
            doc_id_from_path(path), source, markup, _base_meta(stream, "html", encoding)
        )
