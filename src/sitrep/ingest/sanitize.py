"""Last checks on a Document before it leaves the readers: text every database can store.

An id must be storable and printable as it is (it is the document's identity), so an id with
a NUL character or a lone surrogate (JSON's ``"\\ud800"``) is refused with a Failure. In the
text fields, NUL characters are removed and lone surrogates replaced by U+FFFD, with one
Warning_: PostgreSQL refuses both, and no UTF-8 output can hold a lone surrogate.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re

from sitrep.records import Document, Failure, Warning_

_SURROGATE = re.compile("[\ud800-\udfff]")
TEXT_FIELDS = ("url", "title", "published", "raw_text", "html")


#: Ids longer than this are stored under a key: a prefix, then ``#sha256:`` and 32 hex digits
#: of the whole id, so every backend's key column (512 characters) holds them.
MAX_ID_CHARS = 500
_KEY_PREFIX_CHARS = 200


def id_key(doc_id: str) -> str:
    """``doc_id`` itself when short enough, else its fixed-length key (deterministic)."""
    if len(doc_id) <= MAX_ID_CHARS:
        return doc_id
    digest = hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:32]
    return f"{doc_id[:_KEY_PREFIX_CHARS]}#sha256:{digest}"


def shorten_id(doc: Document) -> Warning_ | None:
    """Store a long id under its key (the full id in ``meta["long_id"]``), with a warning."""
    key = id_key(doc.id)
    if key == doc.id:
        return None
    doc.meta = {**doc.meta, "long_id": doc.id}
    warning = Warning_(doc.source, f"document id is {len(doc.id):,} characters (over {MAX_ID_CHARS}); "
                                   f"stored as {key!r}, the whole id in meta.long_id")
    doc.id = key
    return warning


def id_problem(doc_id: str) -> str | None:
    """Why ``doc_id`` cannot be a document id, or None."""
    if "\x00" in doc_id:
        return f"document id {doc_id.replace(chr(0), '<NUL>')!r} contains a NUL character"
    if _SURROGATE.search(doc_id):
        return f"document id {doc_id!r} is not valid Unicode (a lone surrogate)"
    return None


def _clean_field(value: str) -> tuple[str, list[str]]:
    found = []
    if "\x00" in value:
        found.append("NUL characters removed")
        value = value.replace("\x00", "")
    if _SURROGATE.search(value):
        found.append("lone surrogates replaced by U+FFFD")
        value = _SURROGATE.sub("\ufffd", value)
    return value, found


#: A publication date later than today (UTC) plus this many days is not believed: ignored,
#: with a warning (time zones put a fresh story at most a day ahead).
FUTURE_SLACK_DAYS = 2


def future_date(published: str | None, today: dt.date | None = None) -> bool:
    """True when ``published`` (ISO, as the readers normalise it) is after today + slack."""
    if not published or not re.match(r"\d{4}-\d{2}-\d{2}", published):
        return False
    today = today or dt.datetime.now(dt.timezone.utc).date()
    limit = today + dt.timedelta(days=FUTURE_SLACK_DAYS)
    return published[:10] > limit.isoformat()


def checked(doc: Document) -> list[Document | Failure | Warning_]:
    """``[doc]``, or ``[Warning_..., doc]`` when something had to be repaired, or ``[Failure]``."""
    problem = id_problem(doc.id)
    if problem:
        return [Failure(doc.source, problem)]
    notes: list[Warning_] = []
    if future_date(doc.published):
        notes.append(Warning_(doc.source, f"published {doc.published!r} is in the future; ignored"))
        doc.meta = {**doc.meta, "published_raw": doc.published}
        doc.published = None
    repairs: dict[str, list[str]] = {}
    for name in TEXT_FIELDS:
        value = getattr(doc, name)
        if isinstance(value, str):
            fixed, found = _clean_field(value)
            if found:
                setattr(doc, name, fixed)
                for what in found:
                    repairs.setdefault(what, []).append(name)
    if repairs:
        what = "; ".join(f"{w} in {', '.join(fields)}" for w, fields in repairs.items())
        notes.append(Warning_(doc.source, what))
    return [*notes, doc]
