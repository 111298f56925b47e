"""Readers for single-document files: plain text and HTML."""
from __future__ import annotations

from typing import Iterator

from sitrep.ingest.decoding import decode_bytes, html_declared_charset
from sitrep.ingest.formats import bom_encoding, doc_id_from_path
from sitrep.ingest.html_meta import html_metadata
from sitrep.ingest.options import ReadOptions, formats_config, too_big_reason
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


def _read_text_capped(stream: InputStream, source: str, options: ReadOptions):
    """Like ``_read_decoded`` for plain text, but reads at most about ``max_text_chars``
    characters (cut at a line end) and skips the rest unread: (text, encoding, items)."""
    cap = options.max_text_chars
    want = 4 * cap + 4  # bytes that surely hold ``cap`` characters in any encoding we read
    if not stream.compression and stream.raw_size > options.max_doc_bytes:
        return None, None, [Failure(source, too_big_reason(stream.raw_size, options.max_doc_bytes))]
    head = stream.read(want)
    if len(head) < want or stream.peek(1) == b"":  # all of it: the usual path
        if len(head) > options.max_doc_bytes:  # decompressed beyond the limit
            return None, None, [Failure(source, too_big_reason(len(head), options.max_doc_bytes))]
        return _decoded_items(head, stream, source, options)
    if not bom_encoding(head) or bom_encoding(head) in ("utf-8-sig",):
        nl = head.rfind(b"\n")
        head = head[: nl + 1] if nl > 0 else _whole_utf8(head)  # never split a character
    skipped, complete = stream.drain(cap=50 * options.max_doc_bytes)
    total = len(head) + skipped  # bytes, counted when the rest was skipped (the cut is below)
    if stream.compression and total > options.max_doc_bytes:
        return None, None, [Failure(source, too_big_reason(total, options.max_doc_bytes, at_least=not complete))]
    text, encoding, items = _decoded_items(head, stream, source, options)
    if text is None:
        return text, encoding, items
    cut = text.rfind("\n", 0, cap) + 1 if len(text) > cap else len(text)
    cut = cut if cut > cap // 2 else min(cap, len(text))
    size = stream.raw_size if not stream.compression else total
    note = (f"document is {_mb(size)}; only its first {cut:,} characters are read "
            f"(the cap is {cap:,} characters), the rest is cut")
    return text[:cut], encoding, items + [Warning_(source, note)]


def _whole_utf8(data: bytes) -> bytes:
    """``data`` without a UTF-8 sequence cut at its end (continuation bytes and their lead)."""
    end = len(data)
    while end > 0 and len(data) - end < 3 and (data[end - 1] & 0xC0) == 0x80:
        end -= 1
    if end > 0 and data[end - 1] >= 0xC0:
        end -= 1
    return data[:end]  # a complete last character may go too: harmless at a cut


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e5 else f"{n:,} bytes"


def _decoded_items(data: bytes, stream: InputStream, source: str, options: ReadOptions):
    if stream.error:
        return None, None, [Failure(source, stream.error)]
    decoded = decode_bytes(data, fallback=options.fallback_encoding)
    if not decoded.text.strip():
        return None, None, [Failure(source, "empty file (only whitespace)")]
    items: list[Item] = [Warning_(source, decoded.note)] if decoded.note else []
    return decoded.text, decoded.encoding, items


def _base_meta(stream: InputStream, fmt: str, encoding: str) -> dict:
    meta = {"format": fmt, "encoding": encoding}
    if stream.compression:
        meta["compression"] = stream.compression
    return meta


def read_text(stream: InputStream, source: str, path: str, options: ReadOptions) -> Iterator[Item]:
    """One Document with ``raw_text`` for a plain-text file (at most ``max_text_chars``)."""
    text, encoding, items = _read_text_capped(stream, source, options)
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
