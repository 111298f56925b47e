"""The first API, kept as it was: /health, /documents, /documents/{id} (with its claims),
/claims (filters: category, doc_id, claimant_side, place; paging: limit, offset),
/claims.geojson. New clients use /api/ (see api.py)."""
from __future__ import annotations

from typing import Any

from fastapi import FastAPI, HTTPException, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store import Store
from ..store.convert import claim_record, document_record
from ..store.schema import ClaimRow, DocumentRow
from .params import Offset, Text


def storable(value: str) -> bool:
    """False for a value no stored id can equal (a NUL, a lone surrogate from bad UTF-8)."""
    if "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def row_or_404(s: Session, model, key: str, what: str):
    """The row of ``model`` with primary key ``key``, else HTTP 404 naming ``what``."""
    if not storable(key):
        raise HTTPException(404, f"no such {what}")
    row = s.get(model, key)
    if row is None:
        raise HTTPException(404, f"no {what} {key!r}")
    return row


def add_legacy_routes(app: FastAPI, store: Store) -> None:
    @app.get("/health", tags=["first API"])
    def health() -> dict[str, Any]:
        return {"status": "ok", **store.counts()}

    @app.get("/documents", tags=["first API"])
    def documents(limit: int = Query(50, ge=1, le=1000), offset: Offset = 0) -> list[dict[str, Any]]:
        with Session(store.engine) as s:
            rows = s.scalars(select(DocumentRow).order_by(DocumentRow.id).limit(limit).offset(offset))
            return [{k: v for k, v in document_record(r).items() if k != "text"} for r in rows]

    @app.get("/documents/{doc_id:path}", tags=["first API"])
    def document(doc_id: str) -> dict[str, Any]:
        with Session(store.engine) as s:
            row = row_or_404(s, DocumentRow, doc_id, "document")
            claims = s.scalars(select(ClaimRow).where(ClaimRow.doc_id == doc_id).order_by(ClaimRow.seq))
            return {**document_record(row), "claims": [claim_record(c) for c in claims]}

    def claim_query(category, doc_id, claimant_side, place):
        q = select(ClaimRow)
        if category:
            q = q.where(ClaimRow.category == category)
        if doc_id:
            q = q.where(ClaimRow.doc_id == doc_id)
        if claimant_side:
            q = q.where(ClaimRow.claimant_side == claimant_side)
        if place:
            q = q.where(ClaimRow.place_name == place)
        return q.order_by(ClaimRow.doc_id, ClaimRow.seq, ClaimRow.claim_id)

    @app.get("/claims", tags=["first API"])
    def claims(
        category: Text = None, doc_id: Text = None, claimant_side: Text = None,
        place: Text = None, limit: int = Query(100, ge=1, le=5000), offset: Offset = 0,
    ) -> list[dict[str, Any]]:
        with Session(store.engine) as s:
            rows = s.scalars(claim_query(category, doc_id, claimant_side, place).limit(limit).offset(offset))
            return [claim_record(r) for r in rows]

    @app.get("/claims.geojson", tags=["first API"])
    def claims_geojson(category: Text = None, limit: int = Query(5000, ge=1, le=100000)) -> dict[str, Any]:
        with Session(store.engine) as s:
            q = claim_query(category, None, None, None).where(ClaimRow.place_lat.is_not(None)).limit(limit)
            feats = []
            for r in s.scalars(q):
                rec = claim_record(r)
                place = rec.pop("place")
                feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
                              "properties": {**rec, **{f"place_{k}": v for k, v in place.items()}}})
            return {"type": "FeatureCollection", "features": feats}
