"""Syndicated and near-duplicate documents, linked incrementally in the store.

A new document's signature is compared only with documents that share an LSH band with it,
so adding documents costs time in proportion to what is added. Near duplicates form groups;
each group has one canonical document (earliest ``published``, then the smallest id) and every other
member points to it with ``duplicate_of`` and its ``similarity`` to it.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..store.schema import BandRow, DocumentRow, SignatureRow
from .minhash import Signature, bands, containment, jaccard, signature

MIN_JACCARD = 0.5  # same story with other boilerplate or light edits
MIN_CONTAINMENT = 0.8  # a truncated copy or an excerpt of the same story
MIN_SHINGLES = 25  # below this, only a near-exact match counts
SHORT_JACCARD = 0.9


def similarity(a: Signature, b: Signature) -> float:
    """How much of the shorter document the other one holds (0..1)."""
    return round(max(jaccard(a, b), containment(a, b)), 3)


def is_duplicate(a: Signature, b: Signature) -> bool:
    j = jaccard(a, b)
    if min(a.size, b.size) < MIN_SHINGLES:
        return j >= SHORT_JACCARD
    return j >= MIN_JACCARD or containment(a, b) >= MIN_CONTAINMENT


def _canonical_key(row: DocumentRow) -> tuple:
    # earliest published first (ISO strings sort by time), undated after dated, then the id:
    # a total order on the documents themselves, never on the order they were read in
    pub = (row.published or "").strip()
    return (pub == "", pub[:19], row.id)


def _index(s: Session, doc_id: str, text: str) -> Signature:
    sig = signature(text)
    s.execute(delete(SignatureRow).where(SignatureRow.doc_id == doc_id))
    s.execute(delete(BandRow).where(BandRow.doc_id == doc_id))
    s.add(SignatureRow(doc_id=doc_id, size=sig.size, signature=sig.to_bytes()))
    if sig.size:
        s.add_all(BandRow(doc_id=doc_id, band=i, hash=h) for i, h in enumerate(bands(sig)))
    s.flush()
    return sig


def _signature_of(s: Session, doc_id: str) -> Signature | None:
    row = s.get(SignatureRow, doc_id)
    return Signature.from_bytes(row.size, row.signature) if row else None


def link_document(s: Session, doc_id: str) -> str | None:
    """Index one stored document and link it into its duplicate group; returns the group's
    canonical id when it has duplicates, else None."""
    doc = s.get(DocumentRow, doc_id)
    if doc is None:
        return None
    sig = _index(s, doc_id, doc.text or "")
    if sig.size == 0:
        return None
    hashes = bands(sig)
    cand = s.execute(
        select(BandRow.doc_id, BandRow.band, BandRow.hash).where(BandRow.hash.in_(hashes), BandRow.doc_id != doc_id)
    ).all()
    wanted = {(i, h) for i, h in enumerate(hashes)}
    matches = []
    for other in sorted({c.doc_id for c in cand if (c.band, c.hash) in wanted}):
        osig = _signature_of(s, other)
        if osig is not None and is_duplicate(sig, osig):
            matches.append(other)
    if not matches:
        if doc.duplicate_of is not None:  # its text changed and it no longer matches
            doc.duplicate_of, doc.similarity = None, None
        return None
    roots = {doc_id}
    for m in matches:
        row = s.get(DocumentRow, m)
        roots.add(row.duplicate_of or m)
    members = set(roots) | set(
        s.scalars(select(DocumentRow.id).where(DocumentRow.duplicate_of.in_(roots))).all()
    )
    rows = [s.get(DocumentRow, m) for m in sorted(members)]
    canon = min(rows, key=_canonical_key)
    csig = _signature_of(s, canon.id)
    for row in rows:
        if row.id == canon.id:
            row.duplicate_of, row.similarity = None, None
        elif row.duplicate_of != canon.id or row.id == doc_id:
            osig = _signature_of(s, row.id)
            row.duplicate_of = canon.id
            row.similarity = similarity(osig, csig) if osig is not None and csig is not None else None
    s.flush()
    return canon.id


def link_documents(engine, doc_ids: Iterable[str], batch: int = 200) -> int:
    """Link the given (new or changed) documents; returns how many ended up in a group."""
    linked = 0
    ids = list(doc_ids)
    for i in range(0, len(ids), batch):
        for attempt in range(3):
            try:
                with Session(engine) as s, s.begin():
                    done = sum(link_document(s, doc_id) is not None for doc_id in ids[i : i + batch])
                break
            except IntegrityError:  # another run indexed one of them meanwhile: do the batch again
                if attempt == 2:
                    raise
        linked += done
    return linked


def pending(engine) -> list[str]:
    """Stored documents not yet indexed (new, changed, or left by a run that was killed)."""
    with Session(engine) as s:
        done = select(SignatureRow.doc_id)
        return list(s.scalars(select(DocumentRow.id).where(DocumentRow.id.not_in(done)).order_by(DocumentRow.seen)))


def link_pending(engine) -> int:
    """Link every pending document, one linker at a time per database (store.locks)."""
    from ..store.locks import link_lock

    with link_lock(engine):
        return link_documents(engine, pending(engine))


def unlink_all(engine) -> None:
    """Forget every link and signature (used by a full re-link)."""
    with Session(engine) as s, s.begin():
        s.execute(delete(BandRow))
        s.execute(delete(SignatureRow))
        s.execute(update(DocumentRow).values(duplicate_of=None, similarity=None))
