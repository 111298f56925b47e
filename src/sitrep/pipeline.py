"""The pipeline: ingest -> clean -> extract -> store, as plain steps over iterators.

Each step takes and yields records, so the same steps run in this local loop and inside a
Spark job (``rdd.mapPartitions(clean_step)``). Problems with one input or one document become
``Failure`` items that flow along with the documents; nothing here raises for bad input.
"""
from __future__ import annotations

import math
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
    # signatures of the documents stored since the last linking pass (link.duplicates.Known)
    signatures: dict = field(default_factory=dict, repr=False)

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

#: Cleaned text gathered before extraction runs: the sentences of these documents are parsed
#: together, in fuller ``nlp.pipe`` batches (a quarter less parse time than one document at a
#: time), and their parses are held in memory at once.
EXTRACT_BATCH_CHARS = 40_000


def extract_batched(items: Iterable[Item]) -> Iterator[Item]:
    """``extract_step`` (the same items, in order, with the same claims), extracting the
    documents of about EXTRACT_BATCH_CHARS of text at a time."""
    batch: list[Item] = []
    size = 0
    for item in items:
        batch.append(item)
        if isinstance(item, Document) and isinstance(item.text, str):
            size += len(item.text)
        if size >= EXTRACT_BATCH_CHARS:
            yield from _extract_together(batch)
            batch, size = [], 0
    yield from _extract_together(batch)


def _extract_together(items: list[Item]) -> Iterator[Item]:
    from .extract.pipeline import extract_claims_of

    together = [d for d in items if isinstance(d, Document) and isinstance(d.text, str)
                and len(d.text) <= EXTRACT_PART_CHARS and is_extracted(d.meta.get("language"))]
    try:
        done = dict(zip(map(id, together), extract_claims_of(together)))
    except Exception:  # some document's error: below, each alone, so it fails only that one
        done = {}
    for item in items:
        if id(item) in done:
            item.claims = done[id(item)]
            yield item
        else:  # not a document, another language, a huge text (in parts), or a failure
            yield from extract_step([item])


def sign_step(items: Iterable[Item]) -> Iterator[Item]:
    """Give each document the MinHash signature of its cleaned text (``Document.signature``),
    which linking uses instead of reading the stored text back: made here, it is made in the
    worker process that cleaned the document. A failure leaves it unset (linking then signs
    the stored text, as it would anyway), never loses the document."""
    from .link.minhash import signature

    for item in items:
        if isinstance(item, Document) and isinstance(item.text, str):
            try:
                item.signature = signature(item.text)
            except Exception:  # noqa: BLE001 - linking signs the stored text instead
                item.signature = None
        yield item


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


def _clean_and_extract(chunk: list[Item]) -> list[Item]:
    """Some items through cleaning, extraction and signing (what a worker process does)."""
    return list(sign_step(extract_batched(clean_step(chunk))))


#: Input given to a worker process at a time (characters of text, HTML counting a quarter):
#: enough for full parse batches, small enough that two workers finish close together.
CHUNK_CHARS = 20_000


def _chunks(items: Iterable[Item], size: int = CHUNK_CHARS) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    chars = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Document):
            chars += len(item.raw_text or item.text or "") + len(item.html or "") // 4
        if chars >= size:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _warm() -> None:
    """Load the model, vocabularies and gazetteer before the first chunk (a worker's start)."""
    try:
        _clean_and_extract([Document(id="warm-up", published="2024-03-01", raw_text=_WARM_UP)])
    except Exception:  # a broken install shows as each document's failure, not a dead pool
        pass


_WARM_UP = "Shelling killed three civilians in Kharkiv on Monday, the regional governor said."


SERIAL_BELOW = 16  # documents: fewer than this are not worth starting worker processes


class Lookahead:
    """Handed to ``clean_and_extract`` by a caller that stops reading its results now and then
    to do other work in this process (`sitrep run` links every few thousand documents):
    ``keep_busy(seconds)`` before such work queues enough input to the worker processes that
    they go on cleaning and extracting meanwhile, instead of idling after the few chunks they
    always have. Without worker processes it does nothing."""

    def __init__(self) -> None:
        self._feed: Callable[[float], None] | None = None

    def keep_busy(self, seconds: float) -> None:
        if self._feed is not None:
            self._feed(seconds)


def clean_and_extract(items: Iterable[Item], workers: int = 1, lookahead: Lookahead | None = None) -> Iterator[Item]:
    """Cleaning and extraction over ``items``, in order, on ``workers`` processes: this one and
    ``workers - 1`` started for it. The output is the same whatever ``workers`` is: a document's
    claims depend on it alone (documents are extracted in batches, but a sentence's parse does
    not depend on those parsed with it), and results come back in input order. A short input
    (under SERIAL_BELOW documents) stays in this process."""
    items = iter(items)
    if workers <= 1:
        yield from process(items, [clean_step, extract_batched, sign_step])
        return
    head: list[Item] = []
    docs = 0
    for item in items:
        head.append(item)
        docs += isinstance(item, Document)
        if docs >= SERIAL_BELOW:
            break
    if docs < SERIAL_BELOW:
        yield from process(head, [clean_step, extract_batched, sign_step])
        return
    import itertools
    import multiprocessing as mp

    # not "fork": a fork copies locks that the progress bar's or the database's threads may hold
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(workers - 1, initializer=_warm) as pool:
        shared = _Shared(pool, workers - 1, _chunks(itertools.chain(head, items)))
        if lookahead is not None:
            lookahead._feed = shared.keep_busy
        try:
            yield from shared
        finally:
            if lookahead is not None:
                lookahead._feed = None


def _timed(chunk: list[Item]) -> tuple[float, float, list[Item]]:
    """``_clean_and_extract`` in a worker process, with when it started and ended (monotonic
    clock, which all processes of the machine share)."""
    started = time.monotonic()
    out = _clean_and_extract(chunk)
    return started, time.monotonic(), out


#: At most this many chunks queued to each worker process ahead of this one's reading (about
#: 20 s of work each; their input and results are held in memory meanwhile).
MAX_AHEAD = 256


class _Shared:
    """The chunks' results in input order. The ``started`` processes of ``pool`` always have a
    chunk queued; whenever the next result in order is not ready, this process cleans and
    extracts the following chunk itself (so it works while they start, and a caller that
    has other work, such as storing, does it first). The input is read on this thread only.
    ``keep_busy`` queues more before the caller's longer work (Lookahead)."""

    def __init__(self, pool, started: int, chunks: Iterator[list[Item]]):
        from collections import deque

        self.pool, self.started, self.chunks = pool, started, chunks
        self.pending: deque = deque()  # per chunk in input order: an AsyncResult, or the finished items
        self.queued = 0  # chunks given to the pool and not yet taken back
        self.done = False  # the input is read to its end
        self.chunk_seconds = 0.25  # a pool chunk's time, as measured (a guess until the first one)

    def _give(self) -> bool:
        """Queue the next chunk to the pool; False at the end of the input."""
        chunk = None if self.done else next(self.chunks, None)
        if chunk is None:
            self.done = True
            return False
        self.pending.append(self.pool.apply_async(_timed, (chunk,)))
        self.queued += 1
        return True

    def _took(self, started: float, ended: float) -> None:
        """A pool chunk's time, averaged for keep_busy."""
        self.chunk_seconds = 0.8 * self.chunk_seconds + 0.2 * max(ended - started, 0.001)

    def keep_busy(self, seconds: float) -> None:
        """Queue enough chunks that each pool process has about ``seconds`` of work not yet
        started, besides what it has (at most MAX_AHEAD chunks each)."""
        waiting = sum(1 for p in self.pending if not isinstance(p, list) and not p.ready())
        want = min(self.started * (2 + math.ceil(seconds / self.chunk_seconds)), self.started * MAX_AHEAD)
        while waiting < want and self._give():
            waiting += 1

    def __iter__(self) -> Iterator[Item]:
        pending = self.pending
        while True:
            while self.queued < 2 * self.started and self._give():
                pass
            if not pending:
                return
            first = pending[0]
            if isinstance(first, list) or first.ready():
                pending.popleft()
                if not isinstance(first, list):
                    self.queued -= 1
                    started, ended, first = first.get()
                    self._took(started, ended)
                yield from first
                continue
            chunk = None if self.done else next(self.chunks, None)
            if chunk is None:
                self.done = True
                first.wait()
            else:
                pending.append(_clean_and_extract(chunk))
