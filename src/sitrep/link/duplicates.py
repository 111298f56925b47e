"""Syndicated and near-duplicate documents, linked incrementally in the store.

A new document's signature is compared only with documents that share an LSH band with it,
so adding documents costs time in proportion to what is added; documents are indexed in
batches, with bulk reads and writes. Near duplicates form groups;
each group has one canonical document (earliest ``published``, then the smallest id) and every other
member points to it with ``duplicate_of`` and its ``similarity`` to it.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import bindparam, delete, func, insert, select, update
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


def _canonical_key(row) -> tuple:
    # earliest published first (ISO strings sort by time), undated after dated, then the id:
    # a total order on the documents themselves, never on the order they were read in
    pub = (row.published or "").strip()
    return (pub == "", pub[:19], row.id)


_DOCS, _SIGS, _BANDS = DocumentRow.__table__, SignatureRow.__table__, BandRow.__table__
_SET_DUP = (update(_DOCS).where(_DOCS.c.id == bindparam("b_id"))
            .values(duplicate_of=bindparam("b_dup"), similarity=bindparam("b_sim")))


def _chunks(items: list, n: int = 500):
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _insert_missing(s: Session):
    """An insert of band rows that skips rows already there (a document indexed again)."""
    name = s.get_bind().dialect.name
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(_BANDS).on_conflict_do_nothing()
    if name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(_BANDS).on_conflict_do_nothing()
    return insert(_BANDS).prefix_with("IGNORE")  # MySQL and the like


def _index(s: Session, ids: list[str]) -> dict[str, Signature]:
    """Signatures of these documents, stored with their bands (in bulk); texts are read a few
    at a time, so a batch of huge documents never sits in memory at once."""
    sigs, seen = {}, {}
    q = select(_DOCS.c.id, _DOCS.c.seen, _DOCS.c.text).where(_DOCS.c.id.in_(ids)).execution_options(yield_per=8)
    for doc_id, number, text in s.execute(q):
        sigs[doc_id], seen[doc_id] = signature(text or ""), number
    s.execute(delete(_SIGS).where(_SIGS.c.doc_id.in_(ids)))
    if sigs:
        s.execute(insert(_SIGS), [{"doc_id": d, "size": g.size, "signature": g.to_bytes()} for d, g in sigs.items()])
    rows = [{"hash": h, "doc": seen[d]} for d, g in sigs.items() if g.size for h in set(bands(g))]
    add = _insert_missing(s)
    for part in _chunks(rows, 5000):
        s.execute(add, part)
    return {d: g for d, g in sigs.items() if g.size}


def _candidates(s: Session, sigs: dict[str, Signature]) -> dict[str, list[tuple[str, Signature]]]:
    """For each document: the indexed documents sharing a band with it, with their signatures."""
    wanted: dict[int, set[str]] = {}
    for d, g in sigs.items():
        for h in bands(g):
            wanted.setdefault(h, set()).add(d)
    pairs: dict[str, set[int]] = {}
    for hashes in _chunks(sorted(wanted), 1000):
        for h, number in s.execute(select(_BANDS.c.hash, _BANDS.c.doc).where(_BANDS.c.hash.in_(hashes))):
            for d in wanted[h]:
                pairs.setdefault(d, set()).add(number)
    numbers = sorted({n for ns in pairs.values() for n in ns})
    found: dict[int, tuple[str, Signature]] = {}
    for part in _chunks(numbers):
        q = (select(_DOCS.c.seen, _DOCS.c.id, _SIGS.c.size, _SIGS.c.signature)
             .select_from(_DOCS.join(_SIGS, _SIGS.c.doc_id == _DOCS.c.id)).where(_DOCS.c.seen.in_(part)))
        for number, doc_id, size, data in s.execute(q):
            found[number] = (doc_id, Signature.from_bytes(size, data))
    return {d: sorted((found[n] for n in ns if n in found and found[n][0] != d), key=lambda x: x[0])
            for d, ns in pairs.items()}


def _regroup(s: Session, doc_id: str, matches: list[str]) -> None:
    """Merge the document's group with the groups of its matches; every member points to the
    group's canonical document (rows read and written in bulk)."""
    def rows_of(ids):
        return s.execute(select(_DOCS.c.id, _DOCS.c.published, _DOCS.c.duplicate_of).where(_DOCS.c.id.in_(sorted(ids)))).all()

    roots = {doc_id} | {r.duplicate_of or r.id for r in rows_of(matches)}
    members = {r.id: r for r in rows_of(roots)}
    for r in s.execute(select(_DOCS.c.id, _DOCS.c.published, _DOCS.c.duplicate_of).where(_DOCS.c.duplicate_of.in_(sorted(roots)))):
        members[r.id] = r
    canon = min(members.values(), key=_canonical_key)
    changed = [r for r in members.values() if r.id != canon.id and (r.duplicate_of != canon.id or r.id == doc_id)]
    sigs = {d: Signature.from_bytes(n, b) for d, n, b in s.execute(
        select(_SIGS.c.doc_id, _SIGS.c.size, _SIGS.c.signature).where(_SIGS.c.doc_id.in_([canon.id] + [r.id for r in changed])))}
    updates = [{"b_id": r.id, "b_dup": canon.id,
                "b_sim": similarity(sigs[r.id], sigs[canon.id]) if r.id in sigs and canon.id in sigs else None}
               for r in sorted(changed, key=lambda r: r.id)]
    if canon.duplicate_of is not None:
        updates.append({"b_id": canon.id, "b_dup": None, "b_sim": None})
    if updates:
        s.execute(_SET_DUP, updates)


def link_batch(s: Session, ids: list[str]) -> int:
    """Index these stored documents and link each into its duplicate group; returns how many
    of them are copies of another document (``duplicate_of`` set)."""
    sigs = _index(s, ids)
    cands = _candidates(s, sigs)
    alone = []
    for doc_id in sorted(ids):
        g = sigs.get(doc_id)
        matches = [o for o, osig in cands.get(doc_id, []) if g is not None and is_duplicate(g, osig)]
        if matches:
            _regroup(s, doc_id, matches)
        else:
            alone.append(doc_id)
    for part in _chunks(alone):  # its text changed and it no longer matches: it stands alone
        s.execute(update(_DOCS).where(_DOCS.c.id.in_(part), _DOCS.c.duplicate_of.is_not(None))
                  .values(duplicate_of=None, similarity=None))
    return sum(s.scalar(select(func.count()).select_from(_DOCS).where(_DOCS.c.id.in_(part),
                                                                       _DOCS.c.duplicate_of.is_not(None))) or 0
               for part in _chunks(ids))


def link_documents(engine, doc_ids: Iterable[str], batch: int = 500) -> int:
    """Link the given (new or changed) documents; returns how many ended up in a group."""
    linked = 0
    ids = list(doc_ids)
    for part in _chunks(ids, batch):
        with Session(engine) as s, s.begin():
            linked += link_batch(s, part)
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
