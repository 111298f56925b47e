"""SQL for the claim views: the shared filters as WHERE clauses, the sources of claims, and
the map's grid (cells are aggregated in memory by columns.py)."""
from __future__ import annotations

import math
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import event, func, or_, select
from sqlalchemy.orm import Session

from ..store.schema import ClaimRow, DocumentRow
from .params import Filters

KM_PER_DEGREE = 111.2
#: How a claim's place is drawn: a point for a settlement or a spot, an area for a region or a country.
PRECISION_CLASS = {"region": "region", "country": "country"}


def unicode_case(engine) -> None:
    """On SQLite, lower() (and so ILIKE) folds every letter, not only ASCII ones, as PostgreSQL
    does: "ğazze" finds "Ğazze". Connections opened before this are closed."""
    if engine.dialect.name != "sqlite":
        return

    def register(dbapi_conn, _record) -> None:
        dbapi_conn.create_function("lower", 1, lambda v: v.lower() if isinstance(v, str) else v, deterministic=True)

    event.listen(engine, "connect", register)
    engine.dispose()


def like(text: str) -> str:
    """``text`` as a LIKE pattern matching it anywhere (its own % and _ taken literally)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def outlet_of(url: str | None) -> str | None:
    """The outlet a URL names: its host without ``www.``."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return host[4:] if host.startswith("www.") else host or None


def common_conditions(c, f: Filters, *, dates: bool = True) -> list[Any]:
    """The filters claims and claim clusters share (dates, categories, sides, claimant, text),
    over any table with those columns (``c``)."""
    out: list[Any] = []
    if dates and f.since:
        out.append(c.date >= f.since)
    if dates and f.until:
        out.append(c.date <= f.until + "~")  # "2024-03" and "2024-03-31" are both up to the 31st
    if f.categories:
        out.append(c.category.in_(f.categories))
    if f.sides:
        out.append(c.claimant_side.in_(f.sides))
    if f.claimant:
        out.append(c.claimant.ilike(like(f.claimant), escape="\\"))
    if f.q:
        out.append(c.evidence_text.ilike(like(f.q), escape="\\"))
    return out


def claim_conditions(f: Filters, *, dates: bool = True) -> list[Any]:
    c = ClaimRow
    out = common_conditions(c, f, dates=dates)
    if f.near:
        n = f.near
        dlat = n.radius_km / KM_PER_DEGREE
        dlon = dlat / max(math.cos(math.radians(n.lat)), 0.01)
        scale = math.cos(math.radians(n.lat)) ** 2
        out += [c.place_lat.between(n.lat - dlat, n.lat + dlat), c.place_lon.between(n.lon - dlon, n.lon + dlon),
                (c.place_lat - n.lat) * (c.place_lat - n.lat) + (c.place_lon - n.lon) * (c.place_lon - n.lon) * scale
                <= dlat * dlat]
    elif f.place:
        same = func.lower(c.place_name) == f.place.lower()
        out.append(or_(same, c.place_geonameid == f.place_id) if f.place_id else same)
    if f.bbox:
        w, s, e, n = f.bbox
        lon = c.place_lon.between(w, e) if w <= e else or_(c.place_lon >= w, c.place_lon <= e)
        out += [c.place_lat.between(s, n), lon]
    if f.outlet:
        docs = select(DocumentRow.id).where(DocumentRow.url.ilike(like(f.outlet), escape="\\"))
        out.append(c.doc_id.in_(docs))
    return out


def count(s: Session, conditions: list[Any]) -> int:
    return s.scalar(select(func.count()).select_from(ClaimRow).where(*conditions)) or 0


def sources(s: Session, doc_ids: set[str]) -> dict[str, dict[str, Any]]:
    """The documents behind some claims: url, outlet, title, published."""
    out = {}
    ids = sorted(doc_ids)
    for i in range(0, len(ids), 500):
        q = select(DocumentRow.id, DocumentRow.url, DocumentRow.title, DocumentRow.published).where(
            DocumentRow.id.in_(ids[i:i + 500]))
        for doc_id, url, title, published in s.execute(q):
            out[doc_id] = {"url": url, "outlet": outlet_of(url), "title": title, "published": published}
    return out


def cell_degrees(zoom: int) -> float:
    """Grid cells about 48 screen pixels wide at a web-map zoom level."""
    return 360.0 / (256 * 2**zoom) * 48


def in_window(f: Filters, date: str | None) -> bool:
    """A date (YYYY, YYYY-MM or YYYY-MM-DD) inside the filter's since/until (undated: only when unfiltered)."""
    if not (f.since or f.until):
        return True
    if not date:
        return False
    return (not f.since or date >= f.since[: len(date)]) and (not f.until or date[:10] <= f.until)
