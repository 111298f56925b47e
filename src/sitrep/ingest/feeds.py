"""Reader for RSS and Atom feed files (feedparser): one Document per entry."""
from __future__ import annotations

import calendar
import datetime
import io
import re
from typing import Iterator

import feedparser

from sitrep.ingest.files import Item, html_document
from sitrep.ingest.formats import doc_id_from_path
from sitrep.ingest.options import ReadOptions, too_big_reason
from sitrep.ingest.streams import InputStream, read_whole
from sitrep.records import Document, Failure, Warning_

_MARKUP = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z][a-zA-Z0-9]*)[\s>/]|&(?:#\d+|[a-z]+);")


def _iso(struct) -> str | None:
    """feedparser's UTC struct_time as an ISO date-time."""
    if not struct:
        return None
    try:
        moment = datetime.datetime.fromtimestamp(calendar.timegm(struct), tz=datetime.timezone.utc)
    except (OverflowError, ValueError, OSError):
        return None
    return moment.isoformat()


def _entry_body(entry) -> tuple[str | None, str | None]:
    """(body, media type): the first content block, else the summary."""
    for block in entry.get("content") or []:
        if (block.get("value") or "").strip():
            return block["value"], block.get("type")
    summary = entry.get("summary")
    detail = entry.get("summary_detail") or {}
    return (summary, detail.get("type")) if (summary or "").strip() else (None, None)


def read_feed(stream: InputStream, source: str, path: str, options: ReadOptions) -> Iterator[Item]:
    """RSS/Atom entries -> Documents (source ``path#entry-N``); a malformed feed -> Failure."""
    data, too_big = read_whole(stream, options.max_doc_bytes)
    if stream.error or too_big:
        yield Failure(source, stream.error or too_big.replace("document", "feed file"))
        return
    yield from feed_items(data, source, doc_id_from_path(path), options)


def parse_feed(data: bytes):
    """feedparser's result for the bytes of a feed (entities are never expanded)."""
    return feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)


def feed_problem(parsed) -> str | None:
    """Why a parsed feed cannot be read at all, or None."""
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        exc = parsed.get("bozo_exception")
        return f"malformed feed ({exc or 'not parseable'})"
    if not parsed.get("version") and not entries:
        return "not an RSS or Atom feed (no feed root element)"
    return None


def entry_fields(entry) -> dict:
    """url, title and published of a feed entry."""
    return dict(
        url=entry.get("link") or None,
        title=entry.get("title") or None,
        published=_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
    )


def feed_items(data: bytes, source: str, stem: str, options: ReadOptions) -> Iterator[Item]:
    """The entries of a feed's bytes as Documents (source ``source#entry-N``)."""
    parsed = parse_feed(data)
    entries = parsed.get("entries") or []
    problem = feed_problem(parsed)
    if problem:
        yield Failure(source, problem)
        return
    if parsed.get("bozo"):
        yield Warning_(source, f"feed is not well-formed ({parsed.get('bozo_exception')}); "
                               f"read {len(entries)} entries")
    if not entries:
        yield Warning_(source, "feed has no entries")
    feed_title = (parsed.get("feed") or {}).get("title")
    for n, entry in enumerate(entries, 1):
        where = f"{source}#entry-{n}"
        body, media = _entry_body(entry)
        if body is None:
            yield Failure(where, "entry has no content or summary")
            continue
        if len(body.encode("utf-8")) > options.max_doc_bytes:
            yield Failure(where, too_big_reason(len(body.encode("utf-8")), options.max_doc_bytes))
            continue
        meta = {"format": "feed", "entry": n, "feed_version": parsed.get("version") or None}
        if feed_title:
            meta["feed_title"] = feed_title
        fields = entry_fields(entry)
        doc_id = entry.get("id") or entry.get("link") or f"{stem}#entry-{n}"
        is_html = (media or "").endswith(("html", "xml")) and _MARKUP.search(body)
        if is_html:
            yield html_document(doc_id, where, body, meta, **fields)
        else:
            yield Document(id=doc_id, source=where, raw_text=body, meta=meta, **fields)
