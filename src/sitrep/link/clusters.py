"""Claim clusters, updated incrementally and set-based: the claims of new or changed documents
are read in bulk, the region they can reach (regions.py: stored claims of their own and
neighbouring blocks, followed from compatible claim to compatible claim) is clustered again in
memory in a canonical order, and only links whose cluster changed are written, in one
transaction. Documents that changed (new input, new pipeline version, another duplicate
group) or were deleted are unlinked; every cluster that gained or lost members is marked and
only those are summarised again (summary.py), then their contradictions (contradictions.py).
Clusters therefore do not depend on input order nor on how the input was split into runs.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, func, insert, or_, select, union_all, update
from sqlalchemy.orm import Session

from ..store.locks import link_lock
from ..store.schema import ClaimLinkRow, ClaimRow, ClusterRow, DocumentRow, LinkedDocRow
from .keys import keys_of_row
from .match import view
from .regions import Member, Region, cluster, order_key


@dataclass
class UpdateResult:
    documents: int = 0  # documents whose claims were (re)linked
    claims: int = 0  # claims linked
    clusters: int = 0  # clusters recomputed
    contradictions: int = 0  # contradictions in the database after the update


# documents are linked in an order of their own (earliest published, undated last, then id),
# never in the order they were read: one run's clusters do not depend on its input order
_CANONICAL_ORDER = (DocumentRow.published.is_(None), DocumentRow.published, DocumentRow.id)


def _group_expr():
    return func.coalesce(DocumentRow.duplicate_of, DocumentRow.id)


def _state_expr():
    return DocumentRow.input_hash + ":" + DocumentRow.pipeline_version


def changed_documents(s: Session) -> tuple[list[str], list[str], list[str]]:
    """(documents to link anew, documents whose duplicate group changed, documents deleted)."""
    q = (
        select(DocumentRow.id, _state_expr(), _group_expr(), LinkedDocRow.state, LinkedDocRow.group_id)
        .outerjoin(LinkedDocRow, LinkedDocRow.doc_id == DocumentRow.id)
        .where(or_(LinkedDocRow.doc_id.is_(None), LinkedDocRow.state != _state_expr(),
                   LinkedDocRow.group_id != _group_expr()))
        .order_by(*_CANONICAL_ORDER)
    )
    relink, regroup = [], []
    for doc_id, state, _group, old_state, _old_group in s.execute(q):
        (relink if old_state is None or old_state != state else regroup).append(doc_id)
    gone = s.scalars(select(LinkedDocRow.doc_id).where(LinkedDocRow.doc_id.not_in(select(DocumentRow.id)))).all()
    return relink, regroup, list(gone)


_LINKS, _CLAIMS, _CLUSTERS, _DOCS = (ClaimLinkRow.__table__, ClaimRow.__table__, ClusterRow.__table__,
                                    DocumentRow.__table__)
_LINKED = LinkedDocRow.__table__
_VIEW_COLUMNS = [_CLAIMS.c[name] for name in (
    "category", "item", "scope", "modality", "subject", "value", "value_high", "qualifier", "vague",
    "victim_side", "claimant", "claimant_side", "place_lat", "place_lon")]
CHUNK = 500


def _chunks(items: list, n: int = CHUNK):
    for i in range(0, len(items), n):
        yield items[i : i + n]


def _new_members(s: Session, doc_ids: list[str]) -> list[Member]:
    """Members for the claims of these documents (read in bulk, never their text)."""
    out, groups = [], {}
    cols = (_CLAIMS.c.claim_id, _CLAIMS.c.doc_id, _CLAIMS.c.seq, _CLAIMS.c.place_name, _CLAIMS.c.place_country_code,
            _CLAIMS.c.place_precision, _CLAIMS.c.date, _CLAIMS.c.date_basis, *_VIEW_COLUMNS)
    for ids in _chunks(doc_ids):
        for d in s.execute(select(_DOCS.c.id, _DOCS.c.duplicate_of).where(_DOCS.c.id.in_(ids))):
            groups[d.id] = d.duplicate_of or d.id
        q = (select(*cols, _DOCS.c.published).select_from(_CLAIMS.join(_DOCS, _DOCS.c.id == _CLAIMS.c.doc_id))
             .where(_CLAIMS.c.doc_id.in_(ids)))
        for r in s.execute(q):
            keys = keys_of_row(r, r.published)
            out.append(Member(r.claim_id, r.doc_id, groups[r.doc_id], keys.block, view(r, keys.day_lo, keys.day_hi),
                              order_key(r.published, r.doc_id, r.seq, r.claim_id)))
    return out


def _loader(s: Session, replaced: set[str], regrouped: dict[str, str], new: list[Member]):
    """``load(blocks, lo, hi)``: the stored links of these blocks whose window overlaps days
    ``lo``..``hi`` or that are undated (but those of replaced documents, and with the new group
    of regrouped ones), and the new claims among them (a windowed loader: regions.Region)."""
    new_by_block: dict[str, list[Member]] = {}
    for m in new:
        new_by_block.setdefault(m.block, []).append(m)
    cols = (_LINKS.c.claim_id, _LINKS.c.doc_id, _LINKS.c.group_id, _LINKS.c.block, _LINKS.c.day_lo,
            _LINKS.c.day_hi, _LINKS.c.cluster_id, _CLAIMS.c.seq, _DOCS.c.published, *_VIEW_COLUMNS)
    base = (select(*cols).select_from(_LINKS.join(_CLAIMS, _CLAIMS.c.claim_id == _LINKS.c.claim_id)
                                      .join(_DOCS, _DOCS.c.id == _LINKS.c.doc_id))
            .where(_LINKS.c.block.in_(bindparam("blocks", expanding=True))))
    # two range scans of the (block, day_hi) index: windows reaching the days, and undated links
    q = union_all(base.where(_LINKS.c.day_hi >= bindparam("lo"), _LINKS.c.day_lo <= bindparam("hi")),
                  base.where(_LINKS.c.day_hi.is_(None)))

    def reaches(m: Member, lo: int, hi: int) -> bool:
        return m.view.day_lo is None or (m.view.day_hi >= lo and m.view.day_lo <= hi)

    def load(blocks: list[str], lo: int, hi: int) -> list[Member]:
        out = [m for b in blocks for m in new_by_block.get(b, ()) if reaches(m, lo, hi)]
        for chunk in _chunks(blocks):
            for r in s.execute(q, {"blocks": chunk, "lo": lo, "hi": hi}):
                if r.doc_id in replaced:
                    continue
                out.append(Member(r.claim_id, r.doc_id, regrouped.get(r.doc_id, r.group_id), r.block,
                                  view(r, r.day_lo, r.day_hi), order_key(r.published, r.doc_id, r.seq, r.claim_id),
                                  cluster=r.cluster_id))
        return out

    return load


def _touched(s: Session, doc_ids: list[str]) -> set[str]:
    out = set()
    for ids in _chunks(doc_ids):
        out.update(s.scalars(select(_LINKS.c.cluster_id).where(_LINKS.c.doc_id.in_(ids))))
    return out


def _orphans(s: Session, clusters: set[str], replaced: set[str], spans: dict) -> dict[str, str]:
    """claim id -> block of the members these clusters keep (their windows put in ``spans``)."""
    out = {}
    for ids in _chunks(sorted(clusters)):
        for r in s.execute(select(_LINKS.c.claim_id, _LINKS.c.block, _LINKS.c.doc_id, _LINKS.c.day_lo,
                                  _LINKS.c.day_hi).where(_LINKS.c.cluster_id.in_(ids))):
            if r.doc_id not in replaced:
                out[r.claim_id], spans[r.claim_id] = r.block, (r.day_lo, r.day_hi)
    return out


_SET_LINK = update(_LINKS).where(_LINKS.c.claim_id == bindparam("b_claim")).values(cluster_id=bindparam("b_cluster"))


_SET_GROUP = update(_LINKS).where(_LINKS.c.doc_id == bindparam("b_doc")).values(group_id=bindparam("b_group"))


def _write(s: Session, relink: list[str], gone: list[str], regrouped: dict[str, str], linked: list[dict],
           members: list[Member], assign: dict[str, str], touched: set[str]) -> None:
    for ids in _chunks(relink + gone):
        s.execute(delete(_LINKS).where(_LINKS.c.doc_id.in_(ids)))
    for ids in _chunks(gone + [r["doc_id"] for r in linked]):
        s.execute(delete(_LINKED).where(_LINKED.c.doc_id.in_(ids)))
    if regrouped:  # every link of a regrouped document, in the region or not
        s.execute(_SET_GROUP, [{"b_doc": d, "b_group": g} for d, g in sorted(regrouped.items())])
    fresh = [{"claim_id": m.claim_id, "cluster_id": assign[m.claim_id], "doc_id": m.doc_id, "group_id": m.group_id,
              "block": m.block, "day_lo": m.view.day_lo, "day_hi": m.view.day_hi} for m in members if m.cluster is None]
    for rows in _chunks(fresh, 5000):
        s.execute(insert(_LINKS), rows)
    moved = [{"b_claim": m.claim_id, "b_cluster": assign[m.claim_id]}
             for m in members if m.cluster is not None and m.cluster != assign[m.claim_id]]
    if moved:
        s.execute(_SET_LINK, moved)
    if linked:
        s.execute(insert(_LINKED), linked)
    founders = {assign[m.claim_id]: m for m in members if assign[m.claim_id] == f"k-{m.claim_id}"}
    dirty = sorted(touched | {m.cluster for m in members if m.cluster} | set(assign.values()))
    have = set()
    for ids in _chunks(sorted(founders)):
        have.update(s.scalars(select(_CLUSTERS.c.cluster_id).where(_CLUSTERS.c.cluster_id.in_(ids))))
    missing = [{"cluster_id": c, "state": 1, "category": m.view.category, "block": m.block}
               for c, m in sorted(founders.items()) if c not in have]
    if missing:
        s.execute(insert(_CLUSTERS), missing)
    for ids in _chunks(dirty):
        s.execute(update(_CLUSTERS).where(_CLUSTERS.c.cluster_id.in_(ids)).values(state=1))


def update_clusters(engine, batch: int = 200) -> UpdateResult:
    """Bring clusters and contradictions up to date with the stored documents and claims (one
    linker at a time per database: store.locks)."""
    with link_lock(engine):
        return _update_clusters(engine, batch)


def _update_clusters(engine, batch: int) -> UpdateResult:
    from .contradictions import update_contradictions
    from .summary import summarise_dirty

    result = UpdateResult()
    with Session(engine) as s:
        relink, regroup, gone = changed_documents(s)
        if relink or regroup or gone:
            replaced = set(relink) | set(gone)
            touched = _touched(s, relink + gone + regroup)
            new = _new_members(s, relink)
            regrouped = {}
            for ids in _chunks(regroup):
                for d in s.execute(select(_DOCS.c.id, _DOCS.c.duplicate_of).where(_DOCS.c.id.in_(ids))):
                    regrouped[d.id] = d.duplicate_of or d.id
            linked = []
            for ids in _chunks(relink + regroup):
                for d in s.execute(select(_DOCS.c.id, _DOCS.c.input_hash, _DOCS.c.pipeline_version,
                                          _DOCS.c.duplicate_of).where(_DOCS.c.id.in_(ids))):
                    linked.append({"doc_id": d.id, "state": f"{d.input_hash}:{d.pipeline_version}",
                                   "group_id": d.duplicate_of or d.id})
            spans: dict[str, tuple] = {}
            seeds = _orphans(s, touched, replaced, spans)
            for ids in _chunks(regroup):
                for r in s.execute(select(_LINKS.c.claim_id, _LINKS.c.block, _LINKS.c.day_lo, _LINKS.c.day_hi)
                                   .where(_LINKS.c.doc_id.in_(ids))):
                    seeds[r.claim_id], spans[r.claim_id] = r.block, (r.day_lo, r.day_hi)
            for m in new:
                seeds[m.claim_id], spans[m.claim_id] = m.block, (m.view.day_lo, m.view.day_hi)
            region = Region(_loader(s, replaced, regrouped, new), windowed=True)
            members = region.closure(seeds, spans)
            assign = cluster(members)
            result.documents, result.claims = len(relink), len(new)
    if relink or regroup or gone:
        with Session(engine) as s, s.begin():
            _write(s, relink, gone, regrouped, linked, members, assign, touched)
    result.clusters = summarise_dirty(engine, batch)
    result.contradictions = update_contradictions(engine, batch)
    return result


def refresh(engine) -> UpdateResult:
    """Link pending duplicates, then bring clusters and contradictions up to date (cheap when
    nothing changed): what `sitrep run` does at its end, and what readers call first."""
    from .duplicates import link_pending

    link_pending(engine)
    return update_clusters(engine)
