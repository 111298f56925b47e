"""The clean step over ``Document`` records (a plain callable, usable inside a Spark job)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from sitrep.clean.html import clean_html
from sitrep.clean.glued import unglue
from sitrep.clean.text import CleanResult, clean_text
from sitrep.records import Document


def clean_document(doc: Document) -> Document:
    """A copy of ``doc`` with ``text`` and ``removed`` filled in.

    Uses ``doc.html`` when set, else ``doc.raw_text``. An empty ``title``/``published`` is
    taken from the page when the HTML has one.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"clean_document expects a Document, got {type(doc).__name__}")
    if doc.html:
        result = clean_html(doc.html, doc.url)
    elif doc.raw_text:
        result = clean_text(doc.raw_text)
    else:
        result = CleanResult("")
    text, repaired = unglue(result.text)  # "Odesain the south" -> "Odesa in the south"
    if repaired:
        result.meta["glued_words_split"] = repaired
    result.text = text
    title = doc.title or _str(result.meta.get("title"))
    published = doc.published or _str(result.meta.get("published"))
    meta = dict(doc.meta)
    for key in ("extractor", "glued_words_split"):
        if key in result.meta:
            meta[key] = result.meta[key]
    return replace(
        doc, text=result.text, removed=list(result.removed), title=title, published=published,
        meta=meta, claims=list(doc.claims),
    )


def clean_step(docs: Iterable[Document]) -> Iterator[Document]:
    """Clean every document of ``docs``, lazily and in order."""
    for doc in docs:
        yield clean_document(doc)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
