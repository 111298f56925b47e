"""Contradictions between clusters: same category, item, subject, place and time window, and
figures from different claimants that cannot both hold (or one claimant denying what another
asserts). Only clusters whose summary changed are compared again, each with the clusters of
its own and neighbouring blocks."""
from __future__ import annotations

import hashlib

from sqlalchemy import bindparam, delete, func, insert, or_, select, union_all, update
from sqlalchemy.orm import Session

from ..store.schema import ClusterRow, ContradictionRow
from .keys import search_blocks
from .match import contradiction, view
from .rules import rules


def pair_id(a: str, b: str) -> str:
    lo, hi = sorted((a, b))
    return hashlib.sha1(f"{lo}\x1f{hi}".encode("utf-8")).hexdigest()[:24]


_CLUSTERS, _CONTRA = ClusterRow.__table__, ContradictionRow.__table__
_COLUMNS = [_CLUSTERS.c[name] for name in (
    "cluster_id", "block", "day_lo", "day_hi", "category", "item", "scope", "modality", "subject", "value",
    "value_high", "qualifier", "vague", "victim_side", "claimant", "claimant_side", "place_lat", "place_lon")]


def _neighbour_query(windowed: bool):
    q = select(*_COLUMNS).where(_CLUSTERS.c.block.in_(bindparam("blocks", expanding=True)),
                                _CLUSTERS.c.cluster_id != bindparam("cid"), _CLUSTERS.c.state != 1,
                                _CLUSTERS.c.claimant.is_not(None))
    if not windowed:
        return q
    # two index range scans on (block, day_hi): windows that reach this one, and undated clusters
    return union_all(q.where(_CLUSTERS.c.day_hi >= bindparam("lo"), _CLUSTERS.c.day_lo <= bindparam("hi")),
                     q.where(_CLUSTERS.c.day_hi.is_(None)))


_NEIGHBOURS = {True: _neighbour_query(True), False: _neighbour_query(False)}


def find_contradictions(s: Session, c) -> list[tuple[str, str]]:
    """(other cluster id, kind) for every cluster that contradicts cluster row ``c``."""
    if c.claimant is None:  # an unattributed report contradicts no one
        return []
    params = {"blocks": list(search_blocks(c.block)), "cid": c.cluster_id}
    if c.day_lo is not None:
        slack = rules().date_slack_days
        params.update(hi=c.day_hi + slack, lo=c.day_lo - slack)
    me = view(c, c.day_lo, c.day_hi)
    found = []
    for other in s.execute(_NEIGHBOURS[c.day_lo is not None], params):
        kind = contradiction(me, view(other, other.day_lo, other.day_hi))
        if kind is not None:
            found.append((other.cluster_id, kind))
    return found


def update_contradictions(engine, batch: int = 500) -> int:
    """Check every cluster whose summary changed; returns the number of contradictions stored."""
    while True:
        with Session(engine) as s, s.begin():
            clusters = s.execute(select(*_COLUMNS).where(_CLUSTERS.c.state == 2)
                                 .order_by(_CLUSTERS.c.cluster_id).limit(batch)).all()
            if not clusters:
                break
            ids = [c.cluster_id for c in clusters]
            s.execute(delete(_CONTRA).where(or_(_CONTRA.c.cluster_a.in_(ids), _CONTRA.c.cluster_b.in_(ids))))
            rows: dict[str, dict] = {}
            for c in clusters:
                for other, kind in find_contradictions(s, c):
                    a, b = sorted((c.cluster_id, other))
                    rows.setdefault(pair_id(a, b), {"id": pair_id(a, b), "cluster_a": a, "cluster_b": b, "kind": kind,
                                                    "category": c.category, "item": c.item})
            if rows:
                s.execute(insert(_CONTRA), list(rows.values()))
            s.execute(update(_CLUSTERS).where(_CLUSTERS.c.cluster_id.in_(ids)).values(state=0))
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(_CONTRA)) or 0
