"""The linked views: claim clusters, events (clusters of the event categories), contradictions
(both sides with their sentences and sources) and tallies, under the shared filters."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Text, and_, cast, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..link.tables import cluster_record, contradiction_record
from ..store.schema import ClaimRow, ClusterRow, ContradictionRow
from .params import Filters
from .queries import common_conditions, like, sources

EVENT_CATEGORIES = ("attack", "territory", "abducted", "protest")


def cluster_conditions(c, f: Filters) -> list[Any]:
    out = common_conditions(c, f)
    if f.place and not f.near:
        same = func.lower(c.place_name) == f.place.lower()
        out.append(or_(same, c.place_geonameid == f.place_id) if f.place_id else same)
    if f.near:
        n = f.near
        d = n.radius_km / 111.2
        out += [c.place_lat.between(n.lat - d, n.lat + d), c.place_lon.between(n.lon - 2 * d, n.lon + 2 * d)]
    if f.bbox:
        w, s, e, n = f.bbox
        out += [c.place_lat.between(s, n), c.place_lon.between(min(w, e), max(w, e))]
    if f.outlet:
        out.append(func.lower(cast(c.outlets, Text)).like(like(f.outlet), escape="\\"))
    return out


def clusters(s: Session, f: Filters, limit: int, offset: int, events_only: bool = False) -> dict[str, Any]:
    c = ClusterRow
    conditions = cluster_conditions(c, f)
    if events_only:
        conditions.append(c.category.in_(EVENT_CATEGORIES))
    total = s.scalar(select(func.count()).select_from(c).where(*conditions)) or 0
    rows = s.scalars(select(c).where(*conditions).order_by(c.date.desc(), c.cluster_id).limit(limit).offset(offset))
    return {"total": total, "limit": limit, "offset": offset, "items": [cluster_record(r) for r in rows]}


def contradictions(s: Session, f: Filters, limit: int, offset: int) -> dict[str, Any]:
    """Pairs of clusters that cannot both hold, each side with its sentence (and offsets into its
    document, so a page can open it highlighted) and its sources; a side matching the filters
    is enough for the pair to be listed."""
    a, b = aliased(ClusterRow), aliased(ClusterRow)
    ca, cb = cluster_conditions(a, f), cluster_conditions(b, f)
    either = or_(*(x for x in (_all(ca), _all(cb)) if x is not None)) if (ca or cb) else None
    q = (select(ContradictionRow, a, b).join(a, a.cluster_id == ContradictionRow.cluster_a)
         .join(b, b.cluster_id == ContradictionRow.cluster_b))
    if either is not None:
        q = q.where(either)
    total = s.scalar(select(func.count()).select_from(q.subquery())) or 0
    rows = s.execute(q.order_by(a.date.desc(), ContradictionRow.id).limit(limit).offset(offset)).all()
    items = []
    for x, left, right in rows:
        if (right.first_seen or "~", right.cluster_id) < (left.first_seen or "~", left.cluster_id):
            left, right = right, left
        rec = contradiction_record(x, left, right)
        rec["place"] = _place(left) or _place(right)
        items.append(rec)
    _add_evidence(s, [side for rec in items for side in (rec["a"], rec["b"])])
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _all(conditions: list[Any]):
    return and_(*conditions) if conditions else None


def _place(c: ClusterRow) -> dict[str, Any] | None:
    if c.place_lat is None:
        return None
    return {"name": c.place_name, "lat": c.place_lat, "lon": c.place_lon}


def _add_evidence(s: Session, sides: list[dict[str, Any]]) -> None:
    """Each side's representative claim: its evidence offsets and its document's source."""
    ids = {side["claim_id"] for side in sides if side.get("claim_id")}
    found = {}
    if ids:
        q = select(ClaimRow.claim_id, ClaimRow.evidence_start, ClaimRow.evidence_end, ClaimRow.place_name).where(
            ClaimRow.claim_id.in_(sorted(ids)))
        found = {cid: (start, end, place) for cid, start, end, place in s.execute(q)}
    docs = sources(s, {side["doc_id"] for side in sides if side.get("doc_id")})
    for side in sides:
        start, end, place = found.get(side.get("claim_id"), (None, None, None))
        side["evidence"] = {"text": side.get("evidence_text"), "start": start, "end": end}
        side["place_name"] = place
        side["source"] = docs.get(side.get("doc_id"))


def tally_points(engine, f: Filters, category: str, item: str | None) -> list[dict[str, Any]]:
    """Running totals per claimant (sitrep.link.tally), narrowed by the shared filters."""
    from ..link.tally import check_request, tally
    from .queries import in_window

    check_request(engine, category, item)
    out = []
    for p in tally(engine, category, item, None):
        if f.sides and p["claimant_side"] not in f.sides:
            continue
        if f.claimant and f.claimant.lower() not in (p["claimant"] or "").lower():
            continue
        if f.q and f.q.lower() not in (p["evidence"] or "").lower():
            continue
        if f.outlet and not any(f.outlet in (o or "").lower() for o in p["outlets"]):
            continue
        if in_window(f, p["date"]):
            out.append(p)
    return out


def busiest_tally(engine, have: dict[str, list[str]]) -> str | None:
    """The category with the most running-total points (the tally shown first)."""
    from ..link.tally import tally

    counts = {category: sum(1 for _ in tally(engine, category)) for category in have}
    return max(counts, key=lambda c: (counts[c], c == "materiel_lost"), default=None)
