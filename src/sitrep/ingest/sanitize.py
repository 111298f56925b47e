"""Last checks on a Document before it leaves the readers: text every database can store.

An id must be storable and printable as it is (it is the document's identity), so an id with
a NUL character or a lone surrogate (JSON's ``"\\ud800"``) is refused with a Failure. In the
text fields, NUL characters are removed and lone surrogates replaced by U+FFFD, with one
Warning_: PostgreSQL refuses both, and no UTF-8 output can hold a lone surrogate.
"""
from __future__ import annotations

import datetime as dt
import re

from sitrep.records import Document, Failure, Warning_

_SURROGATE = re.compile("[\ud800-\udfff]")
TEXT_FIELDS = ("url", "title", "published", "raw_text", "html")


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
