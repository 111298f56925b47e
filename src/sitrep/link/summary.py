"""Summaries of the clusters whose members changed: representative claim, reports, outlets,
first and last seen. A report is a document; reports of one duplicate group (a syndicated
story and its copies) count as one independent report."""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from urllib.parse import urlsplit

from types import SimpleNamespace

from sqlalchemy import bindparam, delete, or_, select, update
from sqlalchemy.orm import Session

from ..store.schema import ClaimLinkRow, ClaimRow, ClusterRow, ContradictionRow, DocumentRow

_COPY = ("category", "item", "scope", "modality", "subject", "value", "value_high", "qualifier",
         "vague", "victim_side", "claimant", "claimant_side", "place_name", "place_lat", "place_lon",
         "place_geonameid", "evidence_text")


_DOC_FIELDS = (DocumentRow.id, DocumentRow.url, DocumentRow.title, DocumentRow.published,
               DocumentRow.duplicate_of, DocumentRow.seen)


@lru_cache(maxsize=65536)  # a document's URL is parsed for every cluster it reports in, at each change
def outlet(url: str | None) -> str | None:
    """The domain of a URL without ``www.``: the outlet that published it."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _published_key(published: str | None) -> tuple:
    pub = (published or "").strip()
    return (pub == "", pub[:19])


def _report_key(m) -> tuple:
    link, claim, doc = m
    return (doc.duplicate_of is not None, *_published_key(doc.published), doc.id, claim.seq)


def reports_of(members: list) -> list[dict]:
    """One entry per reporting document of a cluster, from its member triples, in order of
    publication; a document is ``independent`` when it is the first report of its duplicate
    group (the group's canonical document first)."""
    reports: dict[str, dict] = {}
    groups_seen: set[str] = set()
    for lk, claim, doc in sorted(members, key=lambda m: (m[0].group_id != m[2].id, *_report_key(m))):
        entry = reports.get(doc.id)
        if entry is None:
            entry = reports[doc.id] = {
                "doc_id": doc.id, "url": doc.url, "outlet": outlet(doc.url), "title": doc.title,
                "published": doc.published, "duplicate_of": doc.duplicate_of,
                "independent": lk.group_id not in groups_seen, "claimant": claim.claimant, "claim_ids": [],
            }
            groups_seen.add(lk.group_id)
        entry["claim_ids"].append(claim.claim_id)
    return sorted(reports.values(), key=lambda r: (*_published_key(r["published"]), r["doc_id"]))


def summarise(cluster: ClusterRow, members: list) -> None:
    """Fill a cluster row from its members: (ClaimLinkRow, ClaimRow, DocumentRow) triples."""
    members = sorted(members, key=_report_key)
    link, rep, rep_doc = members[0]
    for f in _COPY:
        setattr(cluster, f, getattr(rep, f))
    cluster.rep_claim_id, cluster.rep_doc_id, cluster.block = rep.claim_id, rep_doc.id, link.block
    known = [(m[0].day_lo, m[0].day_hi) for m in members if m[0].day_lo is not None]
    cluster.day_lo = min(k[0] for k in known) if known else None  # members of unknown time do not
    cluster.day_hi = max(k[1] for k in known) if known else None  # widen the window
    dates = sorted(m[1].date for m in members if m[1].date and m[1].date_basis != "published") \
        or sorted(m[1].date for m in members if m[1].date)  # a date the text gives first
    published = sorted((m[2].published for m in members if m[2].published), key=_published_key)
    cluster.date = dates[0] if dates else (published[0][:10] if published else None)
    cluster.first_seen = published[0] if published else None
    cluster.last_seen = published[-1] if published else None
    reports = reports_of(members)
    cluster.members = []  # read from the membership table (claim_links) by members_of()
    cluster.claims = len(members)
    cluster.reports = len(reports)
    cluster.independent_reports = sum(1 for r in reports if r["independent"])
    cluster.outlets = sorted({r["outlet"] for r in reports if r["outlet"]})
    cluster.state = 2


_LINKS, _CLAIMS, _DOCS, _CLUSTERS = (ClaimLinkRow.__table__, ClaimRow.__table__, DocumentRow.__table__,
                                    ClusterRow.__table__)
_CLAIM_FIELDS = ("claim_id", "seq", "date", "date_basis", *_COPY)
_SUMMARY_FIELDS = (*_COPY, "rep_claim_id", "rep_doc_id", "block", "day_lo", "day_hi", "date", "first_seen",
                   "last_seen", "members", "claims", "reports", "independent_reports", "outlets", "state")
_MEMBERS = (
    select(_LINKS.c.cluster_id, _LINKS.c.block, _LINKS.c.day_lo, _LINKS.c.day_hi, _LINKS.c.group_id,
           *(_CLAIMS.c[f].label(f"c_{f}") for f in _CLAIM_FIELDS),
           *(_DOCS.c[f.key].label(f"d_{f.key}") for f in _DOC_FIELDS))  # a row per claim: never the text
    .select_from(_LINKS.join(_CLAIMS, _CLAIMS.c.claim_id == _LINKS.c.claim_id).join(_DOCS, _DOCS.c.id == _LINKS.c.doc_id))
    .where(_LINKS.c.cluster_id.in_(bindparam("ids", expanding=True)))
)
_SET = update(_CLUSTERS).where(_CLUSTERS.c.cluster_id == bindparam("b_id")).values(
    {f: bindparam(f"b_{f}") for f in _SUMMARY_FIELDS})


class _Part(SimpleNamespace):
    """One of the (link, claim, document) parts of a member row."""


_LINK_KEYS = ("cluster_id", "block", "day_lo", "day_hi", "group_id")  # _MEMBERS's columns, in order
_DOC_KEYS = tuple(f.key for f in _DOC_FIELDS)
_CLAIM_END = len(_LINK_KEYS) + len(_CLAIM_FIELDS)


def _member(r) -> tuple:
    # by position (a row's columns are _MEMBERS's): looking up each labelled column cost more
    # than the rest of a summary
    link = _Part(**dict(zip(_LINK_KEYS, r[: len(_LINK_KEYS)])))
    claim = _Part(**dict(zip(_CLAIM_FIELDS, r[len(_LINK_KEYS) : _CLAIM_END])))
    doc = _Part(**dict(zip(_DOC_KEYS, r[_CLAIM_END:])))
    return link, claim, doc


def member_triples(s: Session, cluster_ids: list[str]) -> dict[str, list]:
    """cluster id -> its (link, claim, document) member triples, read from the membership table."""
    by_cluster: dict[str, list] = defaultdict(list)
    for part in range(0, len(cluster_ids), 500):
        for r in s.execute(_MEMBERS, {"ids": cluster_ids[part : part + 500]}):
            by_cluster[r.cluster_id].append(_member(r))
    return by_cluster


def members_of(s: Session, cluster_ids: list[str]) -> dict[str, list[dict]]:
    """cluster id -> its reports (see reports_of), for export and the API."""
    return {cid: reports_of(ms) for cid, ms in member_triples(s, cluster_ids).items()}


def summarise_dirty(engine, batch: int = 500) -> int:
    """Recompute every cluster marked as changed (read and written in bulk); returns how many
    were recomputed."""
    done = 0
    while True:
        with Session(engine) as s, s.begin():
            ids = list(s.scalars(select(_CLUSTERS.c.cluster_id).where(_CLUSTERS.c.state == 1)
                                 .order_by(_CLUSTERS.c.cluster_id).limit(batch)))
            if not ids:
                return done
            by_cluster = member_triples(s, ids)
            empty, rows = [], []
            for cid in ids:
                if not by_cluster.get(cid):
                    empty.append(cid)
                    continue
                c = _Part()
                summarise(c, by_cluster[cid])
                rows.append({"b_id": cid, **{f"b_{f}": getattr(c, f) for f in _SUMMARY_FIELDS}})
            if rows:
                s.execute(_SET, rows)
            if empty:
                s.execute(delete(ContradictionRow).where(or_(ContradictionRow.cluster_a.in_(empty),
                                                             ContradictionRow.cluster_b.in_(empty))))
                s.execute(delete(ClusterRow).where(ClusterRow.cluster_id.in_(empty)))
            done += len(ids)
