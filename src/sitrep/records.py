"""The records that flow through the pipeline: a Document and the Claims found in it.

Every pipeline step is a plain callable over an iterator of these, so the same steps run in
a local loop and inside a Spark job. Offsets in claims always point into ``Document.text``
(the cleaned text).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Removal:
    """One piece of the input that cleaning dropped, and why."""

    text: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"text": self.text, "reason": self.reason}


@dataclass
class Document:
    """One news document.

    ``raw_text`` is the input text for text inputs, ``html`` the markup for HTML inputs; the
    clean step fills ``text`` (the cleaned article text) and ``removed``.
    """

    id: str
    source: str = ""  # where it came from: a path, "path:line", or "warc-path#uri"
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date or date-time, as given
    raw_text: str | None = None
    html: str | None = None
    text: str = ""
    removed: list[Removal] = field(default_factory=list)
    claims: list["Claim"] = field(default_factory=list)  # filled by the extract step
    meta: dict[str, Any] = field(default_factory=dict)
    # the MinHash signature of ``text`` (link.minhash), made beside cleaning in the process that
    # cleaned it, so that linking need not read the text back and sign it again; never stored
    signature: Any = field(default=None, repr=False, compare=False)

    @property
    def input_hash(self) -> str:
        """Stable hash of what was read, used to make re-runs idempotent."""
        h = hashlib.sha256()
        for part in (self.id, self.url, self.title, self.published, self.raw_text, self.html):
            h.update(b"\x00" if part is None else part.encode("utf-8", "surrogatepass"))
            h.update(b"\x1f")
        return h.hexdigest()


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Place:
    name: str
    lat: float | None = None
    lon: float | None = None
    country_code: str | None = None
    geonameid: int | None = None
    precision: str | None = None  # point, settlement, region, country
    admin1: str | None = None  # the first-level area's name ("Kharkiv Oblast", "North Darfur")
    admin1_code: str | None = None  # its GeoNames admin1 code ("07")

    @property
    def is_water(self) -> bool:
        """A sea, gulf or strait: a region of no country, with coordinates."""
        return self.precision == "region" and not self.country_code and self.lat is not None


@dataclass
class Source:
    """Where a claim was read: the document's URL, outlet (the URL's domain, else the feed's or
    site's name), title and publication date."""

    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None


def outlet(url: str | None) -> str | None:
    """The domain of a URL without ``www.``: the outlet that published it."""
    try:
        host = urlsplit(url.strip()).hostname if url else None
    except ValueError:
        return None
    return (host[4:] if host.startswith("www.") else host) if host else None


def source_of(doc: Document) -> Source:
    """A document as a claim's source: its outlet is the URL's domain, else the feed's or
    site's name the input gave."""
    name = outlet(doc.url) or doc.meta.get("site_name") or doc.meta.get("feed_title") or None
    return Source(url=doc.url, outlet=name, title=doc.title, published=doc.published)


@dataclass
class Claim:
    """One claim, with the fields of the spec (shared/spec/claims.md)."""

    claim_id: str
    doc_id: str
    category: str
    evidence: Evidence
    value: float | None = None
    value_high: float | None = None
    qualifier: str = "exact"
    vague: str | None = None
    subject: str = ""
    item: str | None = None
    actor: str | None = None
    actor_side: str | None = None
    victim_side: str | None = None
    claimant: str | None = None
    claimant_side: str | None = None
    modality: str = "asserted"
    scope: str = "event"
    place: Place | None = None
    date: str | None = None
    date_precision: str | None = None
    date_basis: str | None = None  # text (the text dates the event) or published (the document's date stands in)
    event_id: str = ""  # shared by the claims of one incident in one document
    source: Source | None = None
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def printable(text: str) -> str:
    """``text`` safe to print and store as UTF-8: bytes of a file name that is not UTF-8
    (Python's surrogate escapes) become ``\\xe9``, other lone surrogates ``\\ud800``."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    except UnicodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass
class Failure:
    """An input (or part of one) that could not be read: the run reports it and goes on."""

    source: str
    reason: str

    def __post_init__(self) -> None:  # a message must never fail to print
        self.source, self.reason = printable(str(self.source)), printable(str(self.reason))

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class Warning_:
    """Something a user should know about an input that was still read (e.g. its encoding)."""

    source: str
    message: str

    def __post_init__(self) -> None:
        self.source, self.message = printable(str(self.source)), printable(str(self.message))

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"
