"""SQL for the claim views: the shared filters as WHERE clauses, the map's grid aggregation
and the timeline's counts per day (aggregated in the database, so 100,000 claims stay fast)."""
from __future__ import annotations

import math
from collections import defaultdict
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Integer, and_, cast, func, literal, or_, select
from sqlalchemy.orm import Session

from ..store.schema import ClaimRow, DocumentRow
from .params import Filters

KM_PER_DEGREE = 111.2
#: How a claim's place is drawn: a point for a settlement or a spot, an area for a region or a country.
PRECISION_CLASS = {"region": "region", "country": "country"}


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


def claim_conditions(f: Filters, *, dates: bool = True) -> list[Any]:
    c = ClaimRow
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


def map_cells(s: Session, f: Filters, zoom: int) -> list[dict[str, Any]]:
    """Claims with coordinates, grouped in grid cells per drawing class (site, region, country).

    Each cell: centre (mean of its claims), count, counts per category, the largest figure, and
    the claim id when it holds one claim."""
    c = ClaimRow
    size = cell_degrees(zoom)
    gx = cast((c.place_lon + 180.0) / size, Integer).label("gx")
    gy = cast((c.place_lat + 90.0) / size, Integer).label("gy")
    kind = func.coalesce(c.place_precision, literal("settlement")).label("kind")
    q = (select(gx, gy, kind, c.category, func.count(), func.avg(c.place_lat), func.avg(c.place_lon),
                func.max(c.value), func.min(c.claim_id), func.min(c.place_name), func.max(c.place_name))
         .where(c.place_lat.is_not(None), c.place_lon.is_not(None), *claim_conditions(f))
         .group_by(gx, gy, kind, c.category))
    cells: dict[tuple, dict[str, Any]] = {}
    sums: dict[tuple, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for x, y, precision, category, n, lat, lon, top, claim_id, name_lo, name_hi in s.execute(q):
        key = (x, y, PRECISION_CLASS.get(precision, "site"))
        cell = cells.setdefault(key, {"kind": key[2], "count": 0, "categories": {}, "max_value": None,
                                      "claim_id": None, "place": None, "_names": set()})
        cell["count"] += n
        cell["categories"][category] = n
        cell["_names"].update((name_lo, name_hi))
        if top is not None and (cell["max_value"] is None or top > cell["max_value"]):
            cell["max_value"] = top
        if n == 1:
            cell["claim_id"] = claim_id
        sums[key][0] += lat * n
        sums[key][1] += lon * n
    out = []
    for key, cell in cells.items():
        names = cell.pop("_names") - {None}
        cell["place"] = names.pop() if len(names) == 1 else None
        cell["lat"], cell["lon"] = sums[key][0] / cell["count"], sums[key][1] / cell["count"]
        cell["category"] = max(cell["categories"], key=cell["categories"].get)
        if cell["count"] != 1:
            cell["claim_id"] = None
        cell["bbox"] = [key[0] * size - 180.0, key[1] * size - 90.0, (key[0] + 1) * size - 180.0, (key[1] + 1) * size - 90.0]
        out.append(cell)
    out.sort(key=lambda c: -c["count"])
    return out


def timeline(s: Session, f: Filters) -> dict[str, Any]:
    """Claims per day and category (claims dated to the day), and how many have a coarser date or none."""
    c = ClaimRow
    conditions = claim_conditions(f, dates=False)
    q = (select(c.date, c.category, func.count()).where(func.length(c.date) == 10, *conditions)
         .group_by(c.date, c.category).order_by(c.date))
    days: dict[str, dict[str, int]] = {}
    for d, category, n in s.execute(q):
        days.setdefault(d, {})[category] = n
    coarse = s.scalar(select(func.count()).select_from(c).where(
        or_(c.date.is_(None), func.length(c.date) != 10), *conditions)) or 0
    return {"days": [{"day": d, "counts": counts} for d, counts in days.items()], "not_by_day": coarse}


def in_window(f: Filters, date: str | None) -> bool:
    """A date (YYYY, YYYY-MM or YYYY-MM-DD) inside the filter's since/until (undated: only when unfiltered)."""
    if not (f.since or f.until):
        return True
    if not date:
        return False
    return (not f.since or date >= f.since[: len(date)]) and (not f.until or date[:10] <= f.until)


def and_all(conditions: list[Any]) -> Any:
    return and_(*conditions) if conditions else literal(True)
