"""The pipeline: ingest -> clean -> extract -> store, as plain steps over iterators.

Each step takes and yields records, so the same steps run in this local loop and inside a
Spark job (``rdd.mapPartitions(clean_step)``). Problems with one input or one document become
``Failure`` items that flow along with the documents; nothing here raises for bad input.
"""
from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .language import is_extracted, language_of
from .records import Document, Failure, Warning_



@dataclass
class Skipped:
    """A document the store already holds, unchanged: not processed again."""

    doc_id: str
    source: str


Item = Document | Failure | Warning_ | Skipped


@dataclass
class RunSummary:
    counts: Counter = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    other_languages: list[tuple[str, str]] = field(default_factory=list)  # (doc id, language): no claims read
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started


def guarded(step_name: str, fn: Callable[[Document], Document | list[Item]]) -> Callable[[Iterable[Item]], Iterator[Item]]:
    """Lift a per-document function (returning the document, or a list of items ending with
    it) into a step that passes other items through and turns an unexpected error on one
    document into a Failure for that document."""

    def step(items: Iterable[Item]) -> Iterator[Item]:
        for item in items:
            if not isinstance(item, Document):
                yield item
                continue
            try:
                out = fn(item)
            except Exception as exc:  # one bad document must not stop a run
                yield Failure(item.source or item.id, f"{step_name} failed: {type(exc).__name__}: {exc}")
                continue
            if isinstance(out, list):
                yield from out
            else:
                yield out

    step.__name__ = f"{step_name}_step"
    return step


def _clean(doc: Document) -> list[Item]:
    """The cleaned document, after a warning when cleaning had to cut a huge input."""
    from .clean import clean_document

    cleaned = clean_document(doc)
    where = doc.source or doc.id
    notes = []
    if doc.html and _ENTITY_DECLARATION.search(doc.html, 0, 100_000):
        notes.append(Warning_(where, f"document {doc.id!r} declares XML entities (an entity bomb?); "
                                     "they are not expanded"))
    cuts = [r.text for r in cleaned.removed if r.reason == "truncated_huge_input"]
    if cuts:
        what = "; ".join(c.split("]")[0].lstrip("[") for c in cuts)
        notes.append(Warning_(where, f"document {doc.id!r} is too large to clean whole: {what}"))
    if not cleaned.text.strip():
        notes.append(Warning_(where, f"document {doc.id!r} has no text after cleaning; stored empty"))
    language = language_of(cleaned.text)
    if language:
        cleaned.meta = {**cleaned.meta, "language": language}
    return [*notes, cleaned]


_ENTITY_DECLARATION = re.compile(r"<!ENTITY\s", re.I)


#: Cleaned text longer than this is extracted in parts of at most this many characters, cut
#: at paragraph (else sentence) ends, so extraction memory stays bounded whatever the size.
EXTRACT_PART_CHARS = 100_000


def text_parts(text: str, size: int = EXTRACT_PART_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, part) pieces of ``text``, each at most ``size`` characters, cut at the last
    paragraph break in the second half of the window, else the last sentence end, else hard."""
    start = 0
    while start < len(text):
        end = start + size
        if end < len(text):
            for sep in ("\n\n", "\n", ". "):
                cut = text.rfind(sep, start + size // 2, end)
                if cut > 0:
                    end = cut + len(sep)
                    break
        yield start, text[start:end]
        start = end


def _extract(doc: Document) -> Document:
    from dataclasses import replace

    from .extract import extract_claims
    from .extract.claims import claim_id

    if not is_extracted(doc.meta.get("language")):  # English vocabularies: see sitrep.language
        doc.claims = []
        return doc
    if len(doc.text) <= EXTRACT_PART_CHARS:
        doc.claims = extract_claims(doc)
        return doc
    claims, ids = [], set()
    for offset, part in text_parts(doc.text):
        piece = replace(doc, text=part, raw_text=None, html=None, claims=[], removed=[])
        for c in extract_claims(piece):
            c.evidence.start += offset
            c.evidence.end += offset
            c.claim_id = claim_id(c.doc_id, c.category, c.evidence.start, c.evidence.end, c.value, c.item, c.place)
            if c.claim_id not in ids:
                ids.add(c.claim_id)
                claims.append(c)
    doc.claims = claims
    return doc


clean_step = guarded("cleaning", _clean)
extract_step = guarded("extraction", _extract)


def skip_current(store) -> Callable[[Iterable[Item]], Iterator[Item]]:
    """Drop documents the store already holds unchanged (idempotent re-runs are cheap)."""

    def step(items: Iterable[Item]) -> Iterator[Item]:
        for item in items:
            if isinstance(item, Document) and store.is_current(item):
                yield Skipped(item.id, item.source)
                continue
            yield item

    return step


def process(items: Iterable[Item], steps: list[Callable[[Iterable[Item]], Iterator[Item]]]) -> Iterator[Item]:
    for step in steps:
        items = step(items)
    return iter(items)


def _clean_and_extract(item: Item) -> list[Item]:
    """One item through cleaning and extraction (what a worker process does)."""
    return list(extract_step(clean_step([item])))


SERIAL_BELOW = 16  # documents: fewer than this are not worth starting worker processes


def clean_and_extract(items: Iterable[Item], workers: int = 1) -> Iterator[Item]:
    """Cleaning and extraction over ``items``, in order, on ``workers`` processes. The output is
    the same whatever ``workers`` is: each document is processed alone, and results come back in
    input order. A short input (under SERIAL_BELOW documents) stays in this process."""
    items = iter(items)
    if workers <= 1:
        yield from process(items, [clean_step, extract_step])
        return
    head: list[Item] = []
    docs = 0
    for item in items:
        head.append(item)
        docs += isinstance(item, Document)
        if docs >= SERIAL_BELOW:
            break
    if docs < SERIAL_BELOW:
        yield from process(head, [clean_step, extract_step])
        return
    import itertools
    import multiprocessing as mp

    # not "fork": a fork copies locks that the progress bar's or the database's threads may hold
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(workers) as pool:
        for out in pool.imap(_clean_and_extract, itertools.chain(head, items), chunksize=2):
            yield from out
