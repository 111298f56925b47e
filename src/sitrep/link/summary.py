"""Summaries of the clusters whose members changed: representative claim, reports, outlets,
first and last seen. A report is a document; reports of one duplicate group (a syndicated
story and its copies) count as one independent report."""
from __future__ import annotations

from collections import defaultdict
from urllib.parse import urlsplit

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session, load_only

from ..store.schema import ClaimLinkRow, ClaimRow, ClusterRow, ContradictionRow, DocumentRow

_COPY = ("category", "item", "scope", "modality", "subject", "value", "value_high", "qualifier",
         "vague", "victim_side", "claimant", "claimant_side", "place_name", "place_lat", "place_lon",
         "place_geonameid", "evidence_text")


_DOC_FIELDS = (DocumentRow.id, DocumentRow.url, DocumentRow.title, DocumentRow.published,
               DocumentRow.duplicate_of, DocumentRow.seen)


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
    cluster.members = sorted(reports.values(), key=lambda r: (*_published_key(r["published"]), r["doc_id"]))
    cluster.claims = len(members)
    cluster.reports = len(reports)
    cluster.independent_reports = len(groups_seen)
    cluster.outlets = sorted({r["outlet"] for r in reports.values() if r["outlet"]})
    cluster.state = 2


def summarise_dirty(engine, batch: int = 200) -> int:
    """Recompute every cluster marked as changed; returns how many were recomputed."""
    done = 0
    while True:
        with Session(engine) as s, s.begin():
            clusters = s.scalars(select(ClusterRow).where(ClusterRow.state == 1)
                                 .order_by(ClusterRow.cluster_id).limit(batch)).all()
            if not clusters:
                return done
            ids = [c.cluster_id for c in clusters]
            rows = s.execute(
                select(ClaimLinkRow, ClaimRow, DocumentRow)
                .options(load_only(*_DOC_FIELDS))  # a row per claim: never the document's text
                .join(ClaimRow, ClaimRow.claim_id == ClaimLinkRow.claim_id)
                .join(DocumentRow, DocumentRow.id == ClaimLinkRow.doc_id)
                .where(ClaimLinkRow.cluster_id.in_(ids))
            ).all()
            by_cluster: dict[str, list] = defaultdict(list)
            for r in rows:
                by_cluster[r[0].cluster_id].append(tuple(r))
            empty = []
            for c in clusters:
                if by_cluster.get(c.cluster_id):
                    summarise(c, by_cluster[c.cluster_id])
                else:
                    empty.append(c.cluster_id)
            if empty:
                s.execute(delete(ContradictionRow).where(or_(ContradictionRow.cluster_a.in_(empty),
                                                             ContradictionRow.cluster_b.in_(empty))))
                s.execute(delete(ClusterRow).where(ClusterRow.cluster_id.in_(empty)))
            done += len(clusters)
