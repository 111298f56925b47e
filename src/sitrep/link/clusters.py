"""Claim clusters, updated incrementally: each new claim is compared only with the stored
claims of its block (category, item, place cell) whose time windows overlap its own.

A claim of a syndicated copy joins the cluster of the matching claim of its canonical
document; any other claim joins the cluster whose retrieved members it all matches
(match.same_report), the one with most matching members if several, or starts a new cluster.
Documents that changed (new input, new pipeline version, another duplicate group)
or were deleted are unlinked first; every cluster that gained or lost members is marked and
only those are summarised again (summary.py), then their contradictions (contradictions.py).
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, func, insert, or_, select, union_all, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, load_only

from ..store.schema import ClaimLinkRow, ClaimRow, ClusterRow, DocumentRow, LinkedDocRow
from .keys import keys_of_row
from .match import View, same_report, view
from .rules import rules


@dataclass
class UpdateResult:
    documents: int = 0  # documents whose claims were (re)linked
    claims: int = 0  # claims linked
    clusters: int = 0  # clusters recomputed
    contradictions: int = 0  # contradictions in the database after the update


# what linking reads of a document (never its text: a batch of huge documents stays small)
_LINK_FIELDS = (DocumentRow.id, DocumentRow.duplicate_of, DocumentRow.published, DocumentRow.input_hash,
                DocumentRow.pipeline_version, DocumentRow.seen)


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


def _mark(s: Session, cluster_ids: Iterable[str]) -> None:
    ids = sorted(set(cluster_ids))
    for i in range(0, len(ids), 500):
        s.execute(update(ClusterRow).where(ClusterRow.cluster_id.in_(ids[i : i + 500])).values(state=1))


def _unlink(s: Session, doc_ids: list[str], forget: bool, chunk: int = 500) -> None:
    """Remove the links of these documents' (old) claims and mark their clusters."""
    for i in range(0, len(doc_ids), chunk):
        ids = doc_ids[i : i + chunk]
        _mark(s, s.scalars(select(ClaimLinkRow.cluster_id).where(ClaimLinkRow.doc_id.in_(ids))).all())
        s.execute(delete(ClaimLinkRow).where(ClaimLinkRow.doc_id.in_(ids)))
        if forget:
            s.execute(delete(LinkedDocRow).where(LinkedDocRow.doc_id.in_(ids)))


def _regroup(s: Session, doc_ids: list[str]) -> None:
    for doc in s.scalars(select(DocumentRow).where(DocumentRow.id.in_(doc_ids))):
        group = doc.duplicate_of or doc.id
        clusters = s.scalars(select(ClaimLinkRow.cluster_id).where(ClaimLinkRow.doc_id == doc.id)).all()
        _mark(s, clusters)
        s.execute(update(ClaimLinkRow).where(ClaimLinkRow.doc_id == doc.id).values(group_id=group))
        s.merge(LinkedDocRow(doc_id=doc.id, state=f"{doc.input_hash}:{doc.pipeline_version}", group_id=group))


_LINKS, _CLAIMS, _CLUSTERS = ClaimLinkRow.__table__, ClaimRow.__table__, ClusterRow.__table__
_VIEW_COLUMNS = [_CLAIMS.c[name] for name in (
    "category", "item", "scope", "modality", "subject", "value", "value_high", "qualifier", "vague",
    "victim_side", "claimant", "claimant_side", "place_lat", "place_lon")]


def _candidate_query(windowed: bool):
    """Prepared once (Core, bound parameters): linked claims in some blocks and a window."""
    q = (
        select(_LINKS.c.cluster_id, _LINKS.c.group_id, _LINKS.c.doc_id, _LINKS.c.day_lo, _LINKS.c.day_hi, *_VIEW_COLUMNS)
        .select_from(_LINKS.join(_CLAIMS, _CLAIMS.c.claim_id == _LINKS.c.claim_id))
        .where(_LINKS.c.block.in_(bindparam("blocks", expanding=True)), _LINKS.c.claim_id != bindparam("claim"))
    )
    if not windowed:
        return q
    # two index range scans on (block, day_hi): windows that reach the new one, and undated claims
    return union_all(q.where(_LINKS.c.day_hi >= bindparam("lo"), _LINKS.c.day_lo <= bindparam("hi")),
                     q.where(_LINKS.c.day_hi.is_(None)))


_QUERIES = {True: _candidate_query(True), False: _candidate_query(False)}
_INSERT_LINK = insert(_LINKS)
_INSERT_CLUSTER = insert(_CLUSTERS)
_MARK_ONE = update(_CLUSTERS).where(_CLUSTERS.c.cluster_id == bindparam("cid")).values(state=1)
_CLUSTER_EXISTS = select(_CLUSTERS.c.cluster_id).where(_CLUSTERS.c.cluster_id == bindparam("cid"))


def _candidates(s: Session, keys, exclude_claim: str) -> list[tuple[str, str, str, View]]:
    """(cluster_id, group_id, doc_id, view) of linked claims in the search blocks and window."""
    params = {"blocks": list(keys.search), "claim": exclude_claim}
    if keys.day_lo is not None:
        slack = rules().date_slack_days
        params.update(hi=keys.day_hi + slack, lo=keys.day_lo - slack)
    rows = s.execute(_QUERIES[keys.day_lo is not None], params)
    return [(r.cluster_id, r.group_id, r.doc_id, view(r, r.day_lo, r.day_hi)) for r in rows]


_MEMBERS = (select(_LINKS.c.day_lo, _LINKS.c.day_hi, *_VIEW_COLUMNS)
            .select_from(_LINKS.join(_CLAIMS, _CLAIMS.c.claim_id == _LINKS.c.claim_id))
            .where(_LINKS.c.cluster_id == bindparam("cid")))


def _members(s: Session, cluster_id: str) -> list[View]:
    return [view(r, r.day_lo, r.day_hi) for r in s.execute(_MEMBERS, {"cid": cluster_id})]


def choose_cluster(me: View, group: str, doc_id: str, candidates: list[tuple[str, str, str, View]],
                   members_of=None) -> str | None:
    """The cluster this claim joins among the candidates, or None for a new one.

    A claim of a syndicated copy joins the cluster of the matching claim of another copy of
    its story (its canonical document first); any other claim joins the cluster whose
    retrieved members it all matches, the one with most members if several."""
    copies: Counter = Counter()
    for cluster, cgroup, cdoc, other in candidates:
        if cgroup == group and cdoc != doc_id and same_report(me, other, same_story=True):
            copies[cluster] += 1 + (cdoc == group)  # the canonical document's claim weighs more
    if copies:
        return min(copies, key=lambda c: (-copies[c], c))
    fits: Counter = Counter()
    misfit: set[str] = set()
    for cluster, _cgroup, _cdoc, other in candidates:
        if cluster in misfit:
            continue
        if same_report(me, other):
            fits[cluster] += 1
        else:
            misfit.add(cluster)
            fits.pop(cluster, None)
    for cluster in sorted(fits, key=lambda c: (-fits[c], c)):
        # every member, not only those the window retrieved: an undated member must not chain
        # this claim into a cluster whose dated members are months away
        if members_of is None or all(same_report(me, other) for other in members_of(cluster)):
            return cluster
    return None


def _new_cluster_id(s: Session, claim_id: str) -> str:
    base = cid = f"k-{claim_id}"
    n = 1
    while s.execute(_CLUSTER_EXISTS, {"cid": cid}).first() is not None:
        n += 1
        cid = f"{base}-{n}"
    return cid


def link_claims_of(s: Session, doc: DocumentRow) -> int:
    """Link every claim of one document (its old links are already gone)."""
    group = doc.duplicate_of or doc.id
    rows = s.execute(select(_CLAIMS.c.claim_id, _CLAIMS.c.place_name, _CLAIMS.c.place_country_code,
                            _CLAIMS.c.place_precision, _CLAIMS.c.date, _CLAIMS.c.date_basis, *_VIEW_COLUMNS)
                     .where(_CLAIMS.c.doc_id == doc.id).order_by(_CLAIMS.c.seq, _CLAIMS.c.claim_id)).all()
    for row in rows:
        keys = keys_of_row(row, doc.published)
        me = view(row, keys.day_lo, keys.day_hi)
        cluster = choose_cluster(me, group, doc.id, _candidates(s, keys, row.claim_id),
                                 members_of=lambda cid: _members(s, cid))
        if cluster is None:
            cluster = _new_cluster_id(s, row.claim_id)
            s.execute(_INSERT_CLUSTER, {"cluster_id": cluster, "state": 1, "category": row.category, "block": keys.block})
        else:
            s.execute(_MARK_ONE, {"cid": cluster})
        s.execute(_INSERT_LINK, {"claim_id": row.claim_id, "cluster_id": cluster, "doc_id": doc.id, "group_id": group,
                                 "block": keys.block, "day_lo": keys.day_lo, "day_hi": keys.day_hi})
    s.merge(LinkedDocRow(doc_id=doc.id, state=f"{doc.input_hash}:{doc.pipeline_version}", group_id=group))
    return len(rows)


def update_clusters(engine, batch: int = 200, attempts: int = 4) -> UpdateResult:
    """Bring clusters and contradictions up to date with the stored documents and claims.

    Another run linking the same documents at the same time makes an insert meet its rows
    (IntegrityError): the update then starts again from what is still pending, which no longer
    holds what the other run linked."""
    for attempt in range(attempts):
        try:
            return _update_clusters(engine, batch)
        except IntegrityError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.1 * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover


def _update_clusters(engine, batch: int) -> UpdateResult:
    from .contradictions import update_contradictions
    from .summary import summarise_dirty

    result = UpdateResult()
    with Session(engine) as s:
        relink, regroup, gone = changed_documents(s)
    with Session(engine) as s, s.begin():
        _unlink(s, gone, forget=True)
        _unlink(s, relink, forget=False)
        for i in range(0, len(regroup), 500):
            _regroup(s, regroup[i : i + 500])
    for i in range(0, len(relink), batch):
        with Session(engine) as s, s.begin():
            for doc in s.scalars(select(DocumentRow).options(load_only(*_LINK_FIELDS))
                                 .where(DocumentRow.id.in_(relink[i : i + batch]))
                                 .order_by(*_CANONICAL_ORDER)):
                result.claims += link_claims_of(s, doc)
                result.documents += 1
    result.clusters = summarise_dirty(engine, batch)
    result.contradictions = update_contradictions(engine, batch)
    return result


def refresh(engine) -> UpdateResult:
    """Link pending duplicates, then bring clusters and contradictions up to date (cheap when
    nothing changed): what `sitrep run` does at its end, and what readers call first."""
    from .duplicates import link_pending

    link_pending(engine)
    return update_clusters(engine)
