"""Tallies: the running totals (scope = cumulative) each claimant gave for one category and
item, over time, one point per cluster (a figure repeated by many outlets is one point)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.schema import ClusterRow
from .rules import rules

TALLY_FIELDS = [
    "date", "item", "value", "value_high", "qualifier", "claimant", "claimant_side", "doc_id", "evidence",
    "reports", "independent_reports", "outlets", "cluster_id",
]


class TallyError(ValueError):
    """A tally that cannot be made (unknown category or item), with the choices there are."""


def _facts() -> list[str]:
    return sorted(m for m, cls in rules().modality_class.items() if cls == "fact")


def available(engine) -> dict[str, list[str]]:
    """Categories with cumulative claims, each with its items."""
    with Session(engine) as s:
        rows = s.execute(select(ClusterRow.category, ClusterRow.item).where(ClusterRow.scope == "cumulative")
                         .distinct()).all()
    out: dict[str, list[str]] = {}
    for category, item in rows:
        out.setdefault(category, [])
        if item:
            out[category].append(item)
    return {k: sorted(v) for k, v in sorted(out.items())}


def tally(engine, category: str, item: str | None = None, claimant_side: str | None = None) -> Iterator[dict[str, Any]]:
    """Points (date, value, claimant, claimant_side, doc_id, evidence, ...) ordered by claimant
    and date, ready to plot one series per claimant."""
    q = select(ClusterRow).where(ClusterRow.scope == "cumulative", ClusterRow.category == category,
                                 ClusterRow.modality.in_(_facts()), ClusterRow.value.is_not(None))
    if item is not None:
        q = q.where(ClusterRow.item == item)
    if claimant_side is not None:
        q = q.where(ClusterRow.claimant_side == claimant_side)
    with Session(engine) as s:
        rows = list(s.scalars(q))
    rows.sort(key=lambda c: (c.claimant_side or "~", c.claimant or "~", c.date or "~", c.value, c.cluster_id))
    for c in rows:
        yield {
            "date": c.date, "item": c.item, "value": c.value, "value_high": c.value_high, "qualifier": c.qualifier,
            "claimant": c.claimant, "claimant_side": c.claimant_side, "doc_id": c.rep_doc_id,
            "evidence": c.evidence_text, "reports": c.reports, "independent_reports": c.independent_reports,
            "outlets": list(c.outlets or []), "cluster_id": c.cluster_id,
        }


def check_request(engine, category: str, item: str | None) -> None:
    """Raise TallyError naming the choices when nothing matches the category or item."""
    have = available(engine)
    if category not in have:
        known = ", ".join(have) or "none (no cumulative claims stored)"
        raise TallyError(f"no cumulative claims for category {category!r}; categories with running totals: {known}")
    if item is not None and item not in have[category]:
        known = ", ".join(have[category]) or "none"
        raise TallyError(f"no cumulative {category} claims for item {item!r}; items: {known}")
