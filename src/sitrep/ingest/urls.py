"""Reading a URL: a page becomes one Document (id: the URL), a feed its entries."""
from __future__ import annotations

import datetime as dt
from typing import Iterator

from sitrep.ingest import formats
from sitrep.ingest.decoding import decode_bytes
from sitrep.ingest.feeds import feed_items
from sitrep.ingest.fetch import Fetched, FetchError, Fetcher
from sitrep.ingest.files import Item, decode_html, html_document
from sitrep.ingest.options import ReadOptions
from sitrep.records import Document, Failure, Warning_

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


_DEFAULT: dict[int, Fetcher] = {}


def fetcher_of(options: ReadOptions) -> Fetcher:
    """The options' fetcher, else one default fetcher per size cap (robots.txt read once)."""
    if options.fetcher is not None:
        return options.fetcher
    return _DEFAULT.setdefault(options.max_doc_bytes, Fetcher(max_bytes=options.max_doc_bytes))


def fetch(url: str, options: ReadOptions) -> Fetched | Failure:
    """The page at ``url`` (status 200), or a Failure naming the URL and the reason."""
    try:
        got = fetcher_of(options).get(url)
    except FetchError as exc:
        return Failure(url, str(exc))
    if got.status != 200:
        return Failure(url, f"HTTP {got.status}" + (" (not found)" if got.status == 404 else ""))
    if not got.body.strip():
        return Failure(url, "empty response")
    return got


def kind_of(got: Fetched) -> str:
    """feed, html or text: the content's own signature first, then the declared media type."""
    head = got.body[:8192]
    sniffed = formats.sniff_format(head)
    if sniffed in (formats.FEED, formats.HTML):
        return sniffed
    if got.content_type in _FEED_TYPES:
        return formats.FEED
    if got.content_type in _HTML_TYPES:
        return formats.HTML
    return formats.TEXT


def page_document(got: Fetched, options: ReadOptions, *, doc_id: str | None = None, source: str | None = None,
                  meta: dict | None = None) -> list[Item]:
    """One fetched page (HTML or text) as a Document, after any decoding warning."""
    where = source or got.url
    meta = {"fetched": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(), **(meta or {})}
    if formats.is_binary(got.body[:8192]):
        return [Failure(where, f"binary content ({got.content_type or 'unknown type'}), not a page")]
    if kind_of(got) == formats.HTML:
        decoded = decode_html(got.body, got.charset, options)
        doc = html_document(doc_id or got.url, where, decoded.text, {"format": "html", "encoding": decoded.encoding, **meta},
                            url=got.url)
    else:
        decoded = decode_bytes(got.body, declared=got.charset, fallback=options.fallback_encoding)
        doc = Document(id=doc_id or got.url, source=where, url=got.url, raw_text=decoded.text,
                       meta={"format": "text", "encoding": decoded.encoding, **meta})
    return ([Warning_(where, decoded.note)] if decoded.note else []) + [doc]


def read_url(url: str, options: ReadOptions) -> Iterator[Item]:
    """A page as one Document (its id is the URL it was asked for); a feed as its entries."""
    got = fetch(url, options)
    if isinstance(got, Failure):
        yield got
        return
    if kind_of(got) == formats.FEED:
        yield from feed_items(got.body, url, url, options)
        return
    yield from page_document(got, options, doc_id=url, source=url)
