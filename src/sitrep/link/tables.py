"""Export records of claim clusters and contradictions (JSON Lines keeps nesting; CSV and
Parquet get flat ``place_*``, ``a_*``, ``b_*`` columns with lists as JSON strings)."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, object_session

from ..store.schema import ClusterRow, ContradictionRow
from .keys import day_to_iso
from .summary import members_of

CLUSTER_FIELDS = [
    "cluster_id", "category", "item", "scope", "modality", "subject", "value", "value_high",
    "qualifier", "vague", "victim_side", "claimant", "claimant_side", "place", "date",
    "window_from", "window_to", "claims", "reports", "independent_reports", "outlets",
    "first_seen", "last_seen", "claim_id", "doc_id", "evidence_text", "members",
]
SIDE_FIELDS = [
    "cluster_id", "claim_id", "doc_id", "value", "value_high", "qualifier", "vague", "subject",
    "modality", "claimant", "claimant_side", "date", "reports", "independent_reports", "outlets",
    "urls", "evidence_text",
]
CONTRADICTION_FIELDS = ["contradiction_id", "kind", "category", "item", "place_name", "window_from", "window_to", "a", "b"]


def _place(c: ClusterRow) -> dict[str, Any] | None:
    if c.place_name is None and c.place_lat is None:
        return None
    return {"name": c.place_name, "lat": c.place_lat, "lon": c.place_lon, "geonameid": c.place_geonameid}


def _members(c: ClusterRow) -> list[dict]:
    """A cluster's reports read through the session that loaded it (one query; callers with
    many clusters pass members_of() for all of them instead)."""
    s = object_session(c)
    return members_of(s, [c.cluster_id]).get(c.cluster_id, []) if s is not None else []


def cluster_record(c: ClusterRow, members: list[dict] | None = None) -> dict[str, Any]:
    """A cluster's export record; ``members``: its reports (summary.members_of), read from the
    membership table when not given."""
    members = _members(c) if members is None else members
    rec = {f: getattr(c, f) for f in CLUSTER_FIELDS if hasattr(ClusterRow, f)}
    rec.update(place=_place(c), window_from=day_to_iso(c.day_lo), window_to=day_to_iso(c.day_hi),
               claim_id=c.rep_claim_id, doc_id=c.rep_doc_id, outlets=list(c.outlets or []), members=members)
    return {f: rec[f] for f in CLUSTER_FIELDS}


def side_record(c: ClusterRow, members: list[dict] | None = None) -> dict[str, Any]:
    members = _members(c) if members is None else members
    rec = {f: getattr(c, f) for f in SIDE_FIELDS if hasattr(ClusterRow, f)}
    rec.update(claim_id=c.rep_claim_id, doc_id=c.rep_doc_id, outlets=list(c.outlets or []),
               urls=[m["url"] for m in members if m.get("url")])
    return {f: rec[f] for f in SIDE_FIELDS}


def contradiction_record(x: ContradictionRow, a: ClusterRow, b: ClusterRow,
                         members: dict[str, list[dict]] | None = None) -> dict[str, Any]:
    if members is None:
        members = {c.cluster_id: _members(c) for c in (a, b)}
    los = [d for d in (a.day_lo, b.day_lo) if d is not None]
    his = [d for d in (a.day_hi, b.day_hi) if d is not None]
    return {
        "contradiction_id": x.id, "kind": x.kind, "category": x.category, "item": x.item,
        "place_name": a.place_name or b.place_name,
        "window_from": day_to_iso(min(los)) if los else None, "window_to": day_to_iso(max(his)) if his else None,
        "a": side_record(a, members.get(a.cluster_id, [])), "b": side_record(b, members.get(b.cluster_id, [])),
    }


def iter_clusters(engine, batch: int = 1000) -> Iterator[dict[str, Any]]:
    with Session(engine) as s:
        q = select(ClusterRow).order_by(ClusterRow.category, ClusterRow.date, ClusterRow.cluster_id)
        offset = 0
        while True:  # pages: the members of one page are read in one query per 500 clusters
            page = s.scalars(q.offset(offset).limit(batch)).all()
            if not page:
                return
            members = members_of(s, [c.cluster_id for c in page])
            for c in page:
                yield cluster_record(c, members.get(c.cluster_id, []))
            offset += len(page)


def iter_contradictions(engine, category: str | None = None) -> Iterator[dict[str, Any]]:
    a, b = aliased(ClusterRow), aliased(ClusterRow)
    q = (select(ContradictionRow, a, b).join(a, a.cluster_id == ContradictionRow.cluster_a)
         .join(b, b.cluster_id == ContradictionRow.cluster_b))
    if category:
        q = q.where(ContradictionRow.category == category)
    with Session(engine) as s:
        rows = s.execute(q.order_by(ContradictionRow.category, a.date, ContradictionRow.id)).all()
        members = members_of(s, sorted({c.cluster_id for _x, ca, cb in rows for c in (ca, cb)}))
        for x, ca, cb in rows:
            # the figure first seen is side a, so the output reads in order of reporting
            if (cb.first_seen or "~", cb.cluster_id) < (ca.first_seen or "~", ca.cluster_id):
                ca, cb = cb, ca
            yield contradiction_record(x, ca, cb, members)


def flatten(rec: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested objects become prefixed columns; lists become JSON strings."""
    out: dict[str, Any] = {}
    for k, v in rec.items():
        if k == "place" and (v is None or isinstance(v, dict)):
            for sub in ("name", "lat", "lon", "geonameid"):
                out[f"{prefix}place_{sub}"] = (v or {}).get(sub)
        elif isinstance(v, dict):
            out.update(flatten(v, f"{prefix}{k}_"))
        elif isinstance(v, list):
            out[f"{prefix}{k}"] = json.dumps(v, ensure_ascii=False)
        else:
            out[f"{prefix}{k}"] = v
    return out


def flat_fields(table: str) -> list[str]:
    if table == "clusters":
        return list(flatten({f: None for f in CLUSTER_FIELDS}))
    side = {f: None for f in SIDE_FIELDS}
    return list(flatten({**{f: None for f in CONTRADICTION_FIELDS}, "a": side, "b": side}))
