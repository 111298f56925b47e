"""`/api/`: documents, claims (JSON and GeoJSON), the map's grid, the timeline, clusters,
events, contradictions and tallies, all under one set of validated filters (see params.py).
Read-only: every route is a GET."""
from __future__ import annotations

import threading
from typing import Any

import numpy as np

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import JSONResponse
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store import Store
from ..store.convert import claim_record, document_record
from ..store.schema import ClaimRow, DocumentRow
from . import links, queries
from .columns import Columns
from .legacy import row_or_404
from .params import CATEGORIES, SIDES, Filters, Offset, Text, filter_dependency, invalid

TOP_CLAIMANTS = 200  # claimants offered to the filter bar, most frequent first


class Choices:
    """What the filters may take: the spec's categories and the profiles' parties, plus any
    other value the database holds; the outlets and the most frequent claimants. Worked out
    from the in-memory columns, once per snapshot."""

    def __init__(self, columns: Columns) -> None:
        self.columns = columns
        self._lock = threading.Lock()
        self._for: object = None
        self._data: dict[str, Any] = {}

    def get(self) -> dict[str, Any]:
        snap = self.columns.current()
        with self._lock:
            if self._for is not snap:
                self._data, self._for = self._load(snap), snap
            return self._data

    @staticmethod
    def _load(snap) -> dict[str, Any]:
        cats = {c for c in snap.categories if c}
        sides = {c for c in snap.sides if c}
        counts = np.bincount(snap.claimant, minlength=len(snap.claimants))
        top = [snap.claimants[i] for i in np.argsort(-counts, kind="stable") if snap.claimants[i] is not None][:TOP_CLAIMANTS]
        outlets = {queries.outlet_of(u) for u in snap.doc_urls}
        known = party_ids()
        return {"categories": list(CATEGORIES) + sorted(cats - set(CATEGORIES)),
                "sides": known + sorted(sides - set(known)),
                "claimants": top, "outlets": sorted(o for o in outlets if o),
                "dates": snap.date_span()}


def party_ids() -> list[str]:
    """The parties of the conflict profiles (ukraine, russia, israel, hamas, saf, rsf, ...) and `other`."""
    from ..extract.sides import ProfileError, profiles

    try:
        ids = [pid for profile in profiles() for pid, _ in profile.parties]
    except (ProfileError, OSError):  # a broken user profile: the extraction reports it; here the basics do
        ids = []
    return list(dict.fromkeys([*SIDES[:2], *ids, *SIDES[2:]]))


def page(limit_max: int, default: int):
    def paging(limit: int = Query(default, ge=1, le=limit_max), offset: Offset = 0) -> tuple[int, int]:
        return limit, offset
    return paging


def make_router(store: Store, geocode, tile_url: str | None = None) -> APIRouter:
    router = APIRouter(prefix="/api")
    columns = Columns(store.engine)
    choices = Choices(columns)
    choices.get()  # columns and choices read before the server accepts its first request
    filters = filter_dependency(lambda: choices.get()["categories"], lambda: choices.get()["sides"], geocode)

    @router.get("/health", summary="Counts of stored documents and claims")
    def health() -> dict[str, Any]:
        return {"status": "ok", **store.counts()}

    @router.get("/options", summary="Valid filter values: categories, sides, outlets, top claimants, date span")
    def options() -> dict[str, Any]:
        return {**choices.get(), "tile_url": tile_url}

    @router.get("/documents", summary="Documents (without their text), newest first")
    def documents(f: Filters = Depends(filters), paging=Depends(page(1000, 50))) -> dict[str, Any]:
        limit, offset = paging
        d = DocumentRow
        cond = []
        if f.outlet:
            cond.append(d.url.ilike(queries.like(f.outlet), escape="\\"))
        if f.q:
            cond.append(d.title.ilike(queries.like(f.q), escape="\\"))
        if f.since:
            cond.append(d.published >= f.since)
        if f.until:
            cond.append(d.published <= f.until + "~")
        if f.categories or f.sides or f.claimant or f.place or f.bbox:
            claims = select(ClaimRow.doc_id).where(*queries.claim_conditions(f.without_dates()))
            cond.append(d.id.in_(claims))
        with Session(store.engine) as s:
            total = s.scalar(select(func.count()).select_from(d).where(*cond)) or 0
            rows = s.scalars(select(d).where(*cond).order_by(d.published.desc(), d.id).limit(limit).offset(offset))
            items = [{k: v for k, v in document_record(r).items() if k not in ("text", "removed")}
                     | {"outlet": queries.outlet_of(r.url)} for r in rows]
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @router.get("/documents/{doc_id:path}", summary="One document: its cleaned text, what cleaning removed and why, its claims")
    def document(doc_id: str) -> dict[str, Any]:
        with Session(store.engine) as s:
            row = row_or_404(s, DocumentRow, doc_id, "document")
            claims = [claim_record(c) for c in s.scalars(select(ClaimRow).where(ClaimRow.doc_id == doc_id).order_by(ClaimRow.seq))]
            return {**document_record(row), "outlet": queries.outlet_of(row.url), "claims": claims}

    @router.get("/claims", summary="Claims, newest first, each with its source; `total` counts every match")
    def claims(f: Filters = Depends(filters), paging=Depends(page(1000, 100))) -> dict[str, Any]:
        limit, offset = paging
        total, ids = columns.current().page(f, limit, offset)
        with Session(store.engine) as s:
            found = {r.claim_id: r for r in s.scalars(select(ClaimRow).where(ClaimRow.claim_id.in_(ids)))}
            rows = [found[i] for i in ids if i in found]
            docs = queries.sources(s, {r.doc_id for r in rows})
        items = [{**claim_record(r), "source": docs.get(r.doc_id)} | _present(r) for r in rows]
        return JSONResponse({"total": total, "limit": limit, "offset": offset, "filters": f.echo(), "items": items})

    @router.get("/claims/{claim_id}", summary="One claim, with its source")
    def claim(claim_id: str) -> dict[str, Any]:
        with Session(store.engine) as s:
            row = row_or_404(s, ClaimRow, claim_id, "claim")
            return {**claim_record(row), "source": queries.sources(s, {row.doc_id}).get(row.doc_id)} | _present(row)

    @router.get("/claims.geojson", summary="Claims with coordinates as GeoJSON points")
    def claims_geojson(f: Filters = Depends(filters), paging=Depends(page(100000, 5000))) -> dict[str, Any]:
        limit, offset = paging
        cond = queries.claim_conditions(f) + [ClaimRow.place_lat.is_not(None)]
        with Session(store.engine) as s:
            total = queries.count(s, cond)
            rows = s.scalars(select(ClaimRow).where(*cond).order_by(ClaimRow.date.desc(), ClaimRow.claim_id)
                             .limit(limit).offset(offset))
            feats = []
            for r in rows:
                rec = claim_record(r)
                place = rec.pop("place")
                feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                              "properties": {**rec, **{f"place_{k}": v for k, v in place.items()}}})
        return JSONResponse({"type": "FeatureCollection", "total": total, "limit": limit, "offset": offset, "features": feats})

    @router.get("/map", summary="Claims with coordinates grouped in grid cells for a zoom level (sites, regions, countries apart)")
    def map_view(f: Filters = Depends(filters), zoom: int = Query(4, ge=0, le=18)) -> dict[str, Any]:
        cells, unplaced = columns.current().map_cells(f, zoom)
        return JSONResponse({"zoom": zoom, "cell_degrees": queries.cell_degrees(zoom), "cells": cells,
                             "claims": sum(c["count"] for c in cells), "without_coordinates": unplaced})

    @router.get("/timeline", summary="Claims per day and category (the date filter is not applied, so a range can be chosen on it)")
    def timeline_view(f: Filters = Depends(filters)) -> dict[str, Any]:
        return JSONResponse(columns.current().timeline(f))

    @router.get("/clusters", summary="Claims from different documents that report the same thing")
    def clusters(f: Filters = Depends(filters), paging=Depends(page(1000, 100))) -> dict[str, Any]:
        with Session(store.engine) as s:
            return links.clusters(s, f, *paging)

    @router.get("/events", summary="Clusters of the event categories (attack, territory, abducted, protest)")
    def events(f: Filters = Depends(filters), paging=Depends(page(1000, 100))) -> dict[str, Any]:
        with Session(store.engine) as s:
            return links.clusters(s, f, *paging, events_only=True)

    @router.get("/contradictions", summary="Figures from different claimants that cannot both hold, side by side")
    def contradictions(f: Filters = Depends(filters), paging=Depends(page(500, 50))) -> dict[str, Any]:
        with Session(store.engine) as s:
            return JSONResponse(links.contradictions(s, f, *paging))

    @router.get("/tallies", summary="Running totals per claimant over time, for one category (default: "
                "the one with most points) and optionally one item")
    def tallies(f: Filters = Depends(filters), item: Text = None) -> dict[str, Any]:
        from ..link.tally import TallyError, available

        have = available(store.engine)
        if len(f.categories) > 1:
            raise invalid("category", ",".join(f.categories), "a tally is of one category", list(have))
        category = f.categories[0] if f.categories else links.busiest_tally(store.engine, have)
        if category is None:
            return {"available": have, "category": None, "item": item, "points": []}
        try:
            points = links.tally_points(store.engine, f, category, item or None)
        except TallyError as exc:
            name, value, valid = ("item", item, have[category]) if category in have else ("category", category, list(have))
            raise invalid(name, value, str(exc), valid) from None
        return {"available": have, "category": category, "item": item, "points": points}

    return router


def _present(row: ClaimRow) -> dict[str, Any]:
    """Fields other work adds to the claims table (date_basis, event_id), shown when present."""
    return {k: getattr(row, k) for k in ("date_basis", "event_id") if hasattr(ClaimRow, k)}

