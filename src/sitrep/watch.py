"""`sitrep watch`: poll RSS/Atom feeds, fetch each new article once, run the pipeline and
linking on what is new, and report the contradictions each poll finds.

Feeds are asked with conditional requests (ETag, Last-Modified), so an unchanged feed costs a
304. A feed that is down, answers an error or is malformed is reported and tried again at the
next poll; the others go on. An article is fetched once: its URL is its document id, and a URL
the database already holds is not fetched again (also after a restart). An article that could
not be reached (no answer, a 5xx) is tried again at the next poll; one that answered 4xx is not.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .ingest.feeds import entry_fields, feed_problem, parse_feed
from .ingest.fetch import FetchError, Fetcher, is_url
from .ingest.options import ReadOptions
from .ingest.sanitize import checked, id_key, shorten_id
from .ingest.urls import page_document
from .pipeline import RunSummary
from .records import Document, Failure, Warning_
from .runner import link_stored, store_items
from .store import Store
from .store.schema import DocumentRow

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h)\s*$", re.I)


class WatchError(Exception):
    """A feeds file or an option that cannot be used; ``str()`` names it and why."""


def parse_every(text: str) -> float:
    """Seconds in ``30s``, ``15m``, ``1h`` (at least one second)."""
    match = _EVERY.match(text or "")
    if not match:
        raise WatchError(f"--every {text!r}: give a number and a unit, such as 30s, 15m or 1h")
    seconds = float(match.group(1)) * {"s": 1, "m": 60, "h": 3600}[match.group(2).lower()]
    if seconds < 1:
        raise WatchError(f"--every {text!r}: the interval must be at least 1s")
    return seconds


def load_feeds(path: str) -> list[str]:
    """Feed URLs from a file: one a line; blank lines and ``#`` comments skipped."""
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except FileNotFoundError:
        raise WatchError(f"feeds file {path!r}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise WatchError(f"feeds file {path!r}: cannot read ({exc})") from None
    feeds: list[str] = []
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            raise WatchError(f"feeds file {path}:{n}: {line[:100]!r} is not an http(s) URL")
        if line not in feeds:
            feeds.append(line)
    if not feeds:
        raise WatchError(f"feeds file {path!r}: no feed URL in it (one http(s) URL a line)")
    return feeds


@dataclass
class FeedState:
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Poll:
    number: int
    feeds_read: int = 0
    feeds_unchanged: int = 0
    feeds_failed: int = 0
    summary: RunSummary = field(default_factory=RunSummary)
    new_contradictions: list[dict] = field(default_factory=list)


class Watcher:
    """One database, a list of feeds, and what was learnt about them between polls."""

    def __init__(self, feeds: list[str], db: str, fetcher: Fetcher, *, on_item: Callable[[object], None] | None = None,
                 options: ReadOptions | None = None):
        self.feeds, self.db, self.fetcher, self.on_item = feeds, db, fetcher, on_item or (lambda item: None)
        self.options = options or ReadOptions(fetcher=fetcher, max_doc_bytes=fetcher.max_bytes)
        self.state = {feed: FeedState() for feed in feeds}
        self.done: set[str] = set()  # article URLs fetched (or refused for good) by this watcher
        self.polls = 0

    def poll(self) -> Poll:
        self.polls += 1
        result = Poll(self.polls)
        with Store(self.db) as store:
            store.start_run(["watch"] + self.feeds)
            try:
                before = _contradiction_ids(store)
                items = list(self._new_items(store, result))
                store_items(store, iter(items), result.summary, on_item=self.on_item)
                link_stored(store, result.summary)
                result.new_contradictions = [r for r in _contradictions(store) if r["contradiction_id"] not in before]
            except BaseException:
                store.finish_run(dict(result.summary.counts), status="interrupted")
                raise
            store.finish_run(dict(result.summary.counts))
        return result

    def _new_items(self, store: Store, poll: Poll):
        for feed in self.feeds:
            state = self.state[feed]
            try:
                got = self.fetcher.get(feed, etag=state.etag, last_modified=state.last_modified)
            except FetchError as exc:
                poll.feeds_failed += 1
                yield Failure(feed, f"feed not read: {exc}; tried again at the next poll")
                continue
            if got.status == 304:
                poll.feeds_unchanged += 1
                continue
            parsed = parse_feed(got.body) if got.status == 200 else None
            problem = f"HTTP {got.status}" if parsed is None else feed_problem(parsed)
            if problem:
                poll.feeds_failed += 1
                yield Failure(feed, f"feed not read: {problem}; tried again at the next poll")
                continue
            poll.feeds_read += 1
            state.etag, state.last_modified = got.etag, got.last_modified
            if parsed.get("bozo"):
                yield Warning_(feed, f"feed is not well-formed ({parsed.get('bozo_exception')}); "
                                     f"read its {len(parsed.get('entries') or [])} entries")
            for entry in parsed.get("entries") or []:
                yield from self._article(store, feed, entry)

    def _article(self, store: Store, feed: str, entry) -> list:
        fields = entry_fields(entry)
        url = fields["url"]
        if not url or not is_url(url):
            return [Warning_(feed, f"entry {str(entry.get('id') or fields['title'] or '(untitled)')[:80]!r} has no http(s) link; skipped")]
        if url in self.done or _stored(store, url):
            self.done.add(url)
            return []
        try:
            got = self.fetcher.get(url)
        except FetchError as exc:  # no answer: tried again at the next poll
            return [Failure(url, f"{exc} (article of {feed}; tried again at the next poll)")]
        self.done.add(url)
        if got.status != 200:
            return [Failure(url, f"HTTP {got.status} (article of {feed}; not tried again)")]
        out = []
        for item in page_document(got, self.options, doc_id=url, source=url, meta={"feed": feed}):
            if isinstance(item, Document):
                item.title = item.title or fields["title"]
                item.published = item.published or fields["published"]
                for part in checked(item):
                    long_id = shorten_id(part) if isinstance(part, Document) else None
                    out.extend([long_id, part] if long_id else [part])
            else:
                out.append(item)
        return out


def _stored(store: Store, url: str) -> bool:
    with Session(store.engine) as s:
        return s.scalar(select(DocumentRow.id).where(DocumentRow.id == id_key(url))) is not None


def _contradictions(store: Store) -> list[dict]:
    from .link.tables import iter_contradictions

    return list(iter_contradictions(store.engine))


def _contradiction_ids(store: Store) -> set[str]:
    return {r["contradiction_id"] for r in _contradictions(store)}


def alert_line(rec: dict) -> str:
    """A new contradiction as one JSON line (for alerting), stamped with when it was found."""
    found = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    return json.dumps({"found": found, **rec}, ensure_ascii=False)


def sleep_until(deadline: float) -> None:
    """Sleep in short steps, so Ctrl-C stops a watch at once."""
    while (left := deadline - time.monotonic()) > 0:
        time.sleep(min(left, 0.5))
