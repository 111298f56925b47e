"""Syndicated and near-duplicate documents, linked incrementally in the store.

A new document's signature is compared only with documents that share an LSH band with it,
so adding documents costs time in proportion to what is added; documents are indexed in
batches, with bulk reads and writes. Signatures are not stored: the index holds 32 bits of
each band (lsh_keys), and a candidate's signature is computed again from its text (only
near-duplicate candidates are ever read). Near duplicates form groups;
each group has one canonical document (earliest ``published``, then the smallest id) and every other
member points to it with ``duplicate_of`` and its ``similarity`` to it.
"""
from __future__ import annotations

from collections.abc import Iterable
from types import SimpleNamespace

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from ..store.schema import BandRow, DocumentRow, IndexedDocRow
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


_DOCS, _INDEXED, _BANDS = DocumentRow.__table__, IndexedDocRow.__table__, BandRow.__table__
_SET_DUP = (update(_DOCS).where(_DOCS.c.id == bindparam("b_id"))
            .values(duplicate_of=bindparam("b_dup"), similarity=bindparam("b_sim")))


def _chunks(items: list, n: int = 500):
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _add_keys(s: Session, rows: list[tuple[int, int]]) -> None:
    """Insert (key, doc) rows of the band index, skipping rows already there (a document
    indexed again); straight through the driver's executemany, as they are many, and in key
    order, so that each page of the index is visited once (half the time of random order)."""
    name = s.get_bind().dialect.name
    conn = s.connection()
    rows = sorted(rows)
    if name == "postgresql":  # one statement per 5000 rows, as two arrays
        sql = f"INSERT INTO {_BANDS.name} (key, doc) SELECT * FROM unnest(%s::int[], %s::bigint[]) ON CONFLICT DO NOTHING"
        for part in _chunks(rows, 5000):
            conn.exec_driver_sql(sql, ([k for k, _d in part], [d for _k, d in part]))
        return
    if name == "sqlite":
        sql = f"INSERT OR IGNORE INTO {_BANDS.name} (key, doc) VALUES (?, ?)"
    else:  # another backend: through SQLAlchemy (MySQL and the like)
        add = insert(_BANDS).prefix_with("IGNORE")
        for part in _chunks(rows, 5000):
            s.execute(add, [{"key": k, "doc": d} for k, d in part])
        return
    for part in _chunks(rows, 5000):
        conn.exec_driver_sql(sql, part)


def _lookup(s: Session, keys: list[int]):
    """The (key, doc) rows of the band index with these keys; straight through the driver on
    SQLite and PostgreSQL (a batch looks up some 20,000 keys: compiling SQLAlchemy's expanding
    IN for each thousand cost more than the lookups)."""
    name = s.get_bind().dialect.name
    conn = s.connection()
    if name == "postgresql":
        for part in _chunks(keys, 5000):
            yield from conn.exec_driver_sql(f"SELECT key, doc FROM {_BANDS.name} WHERE key = ANY(%s::int[])", (part,))
    elif name == "sqlite":
        for part in _chunks(keys, 1000):
            sql = f"SELECT key, doc FROM {_BANDS.name} WHERE key IN ({','.join('?' * len(part))})"
            yield from conn.exec_driver_sql(sql, tuple(part))
    else:
        for part in _chunks(keys, 1000):
            yield from s.execute(select(_BANDS.c.key, _BANDS.c.doc).where(_BANDS.c.key.in_(part)))


def band_key(band: int) -> int:
    """The stored key of a band hash (minhash.bands): its top 32 bits, as a signed integer."""
    return band >> 32


#: doc id -> (its row's ``input_hash:pipeline_version``, the signature of the text stored with
#: that state): signatures a run made beside cleaning (pipeline.sign_step), handed to linking
Known = dict[str, tuple[str, Signature]]


def _signatures(s: Session, ids: list[str], known: Known | None = None) -> tuple[dict[str, Signature], dict[str, int]]:
    """Signatures of these documents and their first-seen numbers: from ``known`` when the
    stored row is still the one signed (same input and pipeline version, so the same text),
    else from the text (read a few at a time, so a batch of huge documents never sits in
    memory at once)."""
    sigs, seen = {}, {}
    todo = ids
    if known:
        todo = []
        q = select(_DOCS.c.id, _DOCS.c.seen, _DOCS.c.input_hash, _DOCS.c.pipeline_version).where(_DOCS.c.id.in_(ids))
        for doc_id, number, input_hash, version in s.execute(q):
            got = known.get(doc_id)
            if got is not None and got[0] == f"{input_hash}:{version}":
                sigs[doc_id], seen[doc_id] = got[1], number
            else:
                todo.append(doc_id)
    if todo:
        q = select(_DOCS.c.id, _DOCS.c.seen, _DOCS.c.text).where(_DOCS.c.id.in_(todo)).execution_options(yield_per=8)
        for doc_id, number, text in s.execute(q):
            sigs[doc_id], seen[doc_id] = signature(text or ""), number
    return sigs, seen


def _indexed_signatures(s: Session, column, values: list) -> dict[str, tuple[int, Signature]]:
    """id -> (first-seen number, signature) of the indexed documents among those whose
    ``column`` is in ``values``, computed from their texts."""
    out = {}
    for part in _chunks(sorted(values)):
        q = (select(_DOCS.c.id, _DOCS.c.seen, _DOCS.c.text)
             .select_from(_DOCS.join(_INDEXED, _INDEXED.c.doc_id == _DOCS.c.id)).where(column.in_(part))
             .execution_options(yield_per=8))
        for doc_id, number, text in s.execute(q):
            out[doc_id] = (number, signature(text or ""))
    return out


def _band_keys(sigs: dict[str, Signature]) -> dict[str, list[int]]:
    """The distinct band keys of each signature with shingles."""
    return {d: sorted({h >> 32 for h in bands(g)}) for d, g in sigs.items() if g.size}  # band_key, inlined


def _store_index(s: Session, sigs: dict[str, Signature], seen: dict[str, int],
                 keys: dict[str, list[int]] | None = None) -> None:
    """Mark these documents indexed and store their band keys (in bulk)."""
    keys = _band_keys(sigs) if keys is None else keys
    ids = sorted(sigs)
    for part in _chunks(ids):
        s.execute(delete(_INDEXED).where(_INDEXED.c.doc_id.in_(part)))
    if ids:
        s.execute(insert(_INDEXED), [{"doc_id": d} for d in ids])
    _add_keys(s, [(k, seen[d]) for d in ids for k in keys.get(d, ())])


def _index(s: Session, ids: list[str]) -> dict[str, Signature]:
    """Index these stored documents (their band keys) without linking them; returns the
    signatures of those with text."""
    sigs, seen = _signatures(s, ids)
    _store_index(s, sigs, seen)
    return {d: g for d, g in sigs.items() if g.size}


def _candidates(s: Session, sigs: dict[str, Signature], seen: dict[str, int],
                keys: dict[str, list[int]]) -> dict[str, list[tuple[str, Signature]]]:
    """For each document of the batch (``sigs``, not yet in the band index): the indexed
    documents and the other documents of the batch sharing a band key with it, with their
    signatures (the batch's current ones, never those of an older text)."""
    # key -> the document of the batch with it; keys that several have -> all of them (no
    # container per key: most keys are one document's, and a batch has some 20,000)
    one: dict[int, str] = {}
    more: dict[int, list[str]] = {}
    for d, ks in keys.items():
        for k in ks:
            first = one.setdefault(k, d)
            if first is not d:
                more.setdefault(k, [first]).append(d)
    pairs: dict[str, set[int]] = {}
    for k, number in _lookup(s, sorted(one)):
        for d in more.get(k) or (one[k],):
            pairs.setdefault(d, set()).add(number)
    for docs in more.values():  # documents of the batch that share a band
        for d in docs:
            pairs.setdefault(d, set()).update(seen[o] for o in docs)
    found: dict[int, tuple[str, Signature]] = {seen[d]: (d, g) for d, g in sigs.items() if g.size}
    stored = {n for ns in pairs.values() for n in ns} - found.keys() - {seen[d] for d in sigs}
    for doc_id, (number, sig) in _indexed_signatures(s, _DOCS.c.seen, list(stored)).items():
        found[number] = (doc_id, sig)
    return {d: sorted((found[n] for n in ns if n in found and found[n][0] != d), key=lambda x: x[0])
            for d, ns in pairs.items()}


class _Groups:
    """The duplicate groups a batch can reach, in memory: each document's ``published`` and
    ``duplicate_of``, and who points to whom (read in bulk, written once at the end)."""

    def __init__(self, s: Session, ids: set[str], sigs: dict[str, Signature]):
        self.rows: dict[str, list] = {}  # id -> [published, duplicate_of]
        self.pointing: dict[str, set[str]] = {}
        self.sigs = dict(sigs)
        self.writes: dict[str, tuple[str | None, float | None]] = {}
        self._load(s, ids)
        self._load(s, {r[1] for r in self.rows.values() if r[1]} - self.rows.keys())
        todo = set(self.rows)
        while todo:  # every document pointing to one held, and so on (a chain left by older data)
            found = {}
            for part in _chunks(sorted(todo)):
                for r in s.execute(select(_DOCS.c.id, _DOCS.c.published, _DOCS.c.duplicate_of)
                                   .where(_DOCS.c.duplicate_of.in_(part))):
                    found[r.id] = r
            todo = found.keys() - self.rows.keys()
            for r in found.values():
                self.rows.setdefault(r.id, [r.published, r.duplicate_of])
        for d, (_pub, dup) in self.rows.items():
            if dup is not None:
                self.pointing.setdefault(dup, set()).add(d)
        self._s = s

    def _sig(self, d: str) -> Signature | None:
        """A member's signature (computed from its text when first needed; None for a
        document not indexed)."""
        if d not in self.sigs:
            got = _indexed_signatures(self._s, _DOCS.c.id, [d])
            self.sigs[d] = got[d][1] if d in got else None
        return self.sigs[d]

    def _load(self, s: Session, ids: set[str]) -> None:
        for part in _chunks(sorted(ids)):
            for r in s.execute(select(_DOCS.c.id, _DOCS.c.published, _DOCS.c.duplicate_of).where(_DOCS.c.id.in_(part))):
                self.rows[r.id] = [r.published, r.duplicate_of]

    def _point(self, d: str, dup: str | None, sim: float | None) -> None:
        old = self.rows[d][1]
        if old is not None:
            self.pointing.get(old, set()).discard(d)
        if dup is not None:
            self.pointing.setdefault(dup, set()).add(d)
        self.rows[d][1] = dup
        self.writes[d] = (dup, sim)

    def regroup(self, doc_id: str, matches: list[str]) -> None:
        """Merge the document's group with the groups of its matches; every member points to
        the group's canonical document."""
        roots = {doc_id} | {self.rows[m][1] or m for m in matches}
        members = {r for r in roots if r in self.rows} | {m for r in roots for m in self.pointing.get(r, ())}
        canon = min(members, key=lambda d: _canonical_key(SimpleNamespace(published=self.rows[d][0], id=d)))
        changed = [d for d in sorted(members) if d != canon and (self.rows[d][1] != canon or d == doc_id)]
        for d in changed:
            a, b = self._sig(d), self._sig(canon)
            self._point(d, canon, similarity(a, b) if a is not None and b is not None else None)
        if self.rows[canon][1] is not None:
            self._point(canon, None, None)

    def write(self, s: Session) -> None:
        updates = [{"b_id": d, "b_dup": dup, "b_sim": sim} for d, (dup, sim) in sorted(self.writes.items())]
        if updates:
            s.execute(_SET_DUP, updates)


def link_batch(s: Session, ids: list[str], known: Known | None = None) -> int:
    """Index these stored documents and link each into its duplicate group; returns how many
    of them are copies of another document (``duplicate_of`` set). ``known``: signatures made
    already (see Known)."""
    sigs, seen = _signatures(s, ids, known)
    keys = _band_keys(sigs)
    cands = _candidates(s, sigs, seen, keys)
    _store_index(s, sigs, seen, keys)
    alone, matched = [], {}
    for doc_id in sorted(ids):
        g = sigs.get(doc_id)
        matches = [o for o, osig in cands.get(doc_id, []) if g is not None and g.size and is_duplicate(g, osig)]
        if matches:
            matched[doc_id] = matches
        else:
            alone.append(doc_id)
    if matched:
        known = {**{o: g for cs in cands.values() for o, g in cs}, **sigs}
        groups = _Groups(s, set(matched) | {m for ms in matched.values() for m in ms}, known)
        for doc_id, matches in matched.items():
            groups.regroup(doc_id, matches)
        groups.write(s)
    for part in _chunks(alone):  # its text changed and it no longer matches: it stands alone
        s.execute(update(_DOCS).where(_DOCS.c.id.in_(part), _DOCS.c.duplicate_of.is_not(None))
                  .values(duplicate_of=None, similarity=None))
    return sum(s.scalar(select(func.count()).select_from(_DOCS).where(_DOCS.c.id.in_(part),
                                                                       _DOCS.c.duplicate_of.is_not(None))) or 0
               for part in _chunks(ids))


#: Documents indexed and linked together: a run's pass (2,000 documents) is one batch. Each
#: batch costs its queries whatever its size (over a 20,000-document run's passes: 4.0 s of CPU
#: in batches of 500, 3.3 s in one per pass); the groups are the same whatever the batches.
BATCH = 2000


def link_documents(engine, doc_ids: Iterable[str], batch: int = BATCH, known: Known | None = None) -> int:
    """Link the given (new or changed) documents; returns how many ended up in a group."""
    linked = 0
    ids = list(doc_ids)
    for part in _chunks(ids, batch):
        with Session(engine) as s, s.begin():
            linked += link_batch(s, part, known)
    return linked


def pending(engine) -> list[str]:
    """Stored documents not yet indexed (new, changed, or left by a run that was killed)."""
    with Session(engine) as s:
        done = select(IndexedDocRow.doc_id)
        return list(s.scalars(select(DocumentRow.id).where(DocumentRow.id.not_in(done)).order_by(DocumentRow.seen)))


def link_pending(engine, known: Known | None = None) -> int:
    """Link every pending document, one linker at a time per database (store.locks).
    ``known``: signatures made already (see Known)."""
    from ..store.locks import link_lock

    with link_lock(engine):
        return link_documents(engine, pending(engine), known=known)


def unlink_all(engine) -> None:
    """Forget every link and signature (used by a full re-link)."""
    with Session(engine) as s, s.begin():
        s.execute(delete(BandRow))
        s.execute(delete(IndexedDocRow))
        s.execute(update(DocumentRow).values(duplicate_of=None, similarity=None))
