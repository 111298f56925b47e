"""Convert between records (Document, Claim) and rows, and rows to export dicts."""
from __future__ import annotations

from typing import Any

from ..records import Claim, Document, source_of
from .schema import ClaimRow, DocumentRow


def document_to_row(doc: Document, version: str, run_id: int | None) -> DocumentRow:
    return DocumentRow(**document_values(doc, version, run_id))


def document_values(doc: Document, version: str, run_id: int | None) -> dict[str, Any]:
    """A document's row as column values (for a Core insert)."""
    return dict(
        id=doc.id,
        source=doc.source,
        url=doc.url,
        title=doc.title,
        published=doc.published,
        input_hash=doc.input_hash,
        pipeline_version=version,
        text=doc.text,
        removed=[r.to_dict() for r in doc.removed],
        meta=_jsonable(doc.meta),
        duplicate_of=None,
        similarity=None,
        run_id=run_id,
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def claim_to_row(c: Claim, seq: int, doc: Document | None = None) -> ClaimRow:
    """A claim as a row; its source is its document's (``doc``) when the claim has none."""
    return ClaimRow(**claim_values(c, seq, doc))


def claim_values(c: Claim, seq: int, doc: Document | None = None) -> dict[str, Any]:
    """A claim's row as column values (for a Core insert)."""
    p, src = c.place, c.source or (source_of(doc) if doc is not None else None)
    return dict(
        claim_id=c.claim_id, doc_id=c.doc_id, category=c.category, value=c.value,
        value_high=c.value_high, qualifier=c.qualifier, vague=c.vague, subject=c.subject,
        item=c.item, actor=c.actor, actor_side=c.actor_side, victim_side=c.victim_side, claimant=c.claimant,
        claimant_side=c.claimant_side, modality=c.modality, scope=c.scope,
        place_name=p.name if p else None, place_lat=p.lat if p else None,
        place_lon=p.lon if p else None, place_country_code=p.country_code if p else None,
        place_geonameid=p.geonameid if p else None, place_precision=p.precision if p else None,
        place_admin1=p.admin1 if p else None, place_admin1_code=p.admin1_code if p else None,
        date=c.date, date_precision=c.date_precision, date_basis=c.date_basis, event_id=c.event_id or None,
        source_url=src.url if src else None, source_outlet=src.outlet if src else None,
        source_title=src.title if src else None, source_published=src.published if src else None,
        evidence_text=c.evidence.text,
        evidence_start=c.evidence.start, evidence_end=c.evidence.end,
        confidence=c.confidence, seq=seq,
    )


DOCUMENT_FIELDS = ["id", "source", "url", "title", "published", "duplicate_of", "similarity", "text", "removed"]


def document_record(row: DocumentRow) -> dict[str, Any]:
    return {
        "id": row.id, "source": row.source, "url": row.url, "title": row.title,
        "published": row.published, "duplicate_of": row.duplicate_of,
        "similarity": row.similarity, "text": row.text, "removed": row.removed or [],
    }


CLAIM_FIELDS = [
    "claim_id", "doc_id", "category", "value", "value_high", "qualifier", "vague", "subject",
    "item", "actor", "actor_side", "victim_side", "claimant", "claimant_side", "modality", "scope", "place",
    "date", "date_precision", "date_basis", "event_id", "source", "evidence", "confidence",
]
SOURCE_KEYS = ("url", "outlet", "title", "published")


def claim_record(row: ClaimRow) -> dict[str, Any]:
    """The spec's record: `place` and `evidence` as nested objects."""
    place = None
    if row.place_name is not None or row.place_lat is not None:
        place = {
            "name": row.place_name, "lat": row.place_lat, "lon": row.place_lon,
            "country_code": row.place_country_code, "admin1": row.place_admin1,
            "admin1_code": row.place_admin1_code, "geonameid": row.place_geonameid,
            "precision": row.place_precision,
        }
    rec = {f: getattr(row, f) for f in CLAIM_FIELDS if f not in ("place", "evidence", "source")}
    rec["place"] = place
    rec["source"] = {k: getattr(row, f"source_{k}") for k in SOURCE_KEYS}
    rec["evidence"] = {"text": row.evidence_text, "start": row.evidence_start, "end": row.evidence_end}
    return {f: rec[f] for f in CLAIM_FIELDS}


def flatten(rec: dict[str, Any]) -> dict[str, Any]:
    """Nested objects become prefixed columns (place_lat, evidence_text) for CSV and Parquet."""
    out: dict[str, Any] = {}
    for k, v in rec.items():
        if k == "source" and "claim_id" not in rec:  # a document's source is its path, a plain column
            out[k] = v
        elif k in ("place", "evidence", "source"):
            keys = {"place": ("name", "lat", "lon", "country_code", "admin1", "admin1_code", "geonameid", "precision"),
                    "evidence": ("text", "start", "end"), "source": SOURCE_KEYS}[k]
            for sub in keys:
                out[f"{k}_{sub}"] = (v or {}).get(sub)
        else:
            out[k] = v
    return out
