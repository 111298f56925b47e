"""Arrow types of the flat export columns, so an empty export still has a typed schema.

One mapping for every table: documents and claims, and the link tables (clusters;
contradictions, whose two sides are prefixed ``a_`` and ``b_``)."""
from __future__ import annotations

import pyarrow as pa

_FLOAT = {"value", "value_high", "place_lat", "place_lon", "confidence", "similarity"}
_INT = {"place_geonameid", "evidence_start", "evidence_end", "claims", "reports", "independent_reports"}


def arrow_schema(columns: list[str]) -> pa.Schema:
    def typ(c: str) -> pa.DataType:
        base = c[2:] if c[:2] in ("a_", "b_") else c
        if base in _FLOAT:
            return pa.float64()
        if base in _INT:
            return pa.int64()
        return pa.string()

    return pa.schema([(c, typ(c)) for c in columns])
