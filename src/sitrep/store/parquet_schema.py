"""Arrow types of the flat export columns, so an empty export still has a typed schema."""
from __future__ import annotations

import pyarrow as pa

_FLOAT = {"value", "value_high", "place_lat", "place_lon", "confidence", "similarity"}
_INT = {"place_geonameid", "evidence_start", "evidence_end"}


def arrow_schema(columns: list[str]) -> pa.Schema:
    def typ(c: str) -> pa.DataType:
        if c in _FLOAT:
            return pa.float64()
        if c in _INT:
            return pa.int64()
        return pa.string()

    return pa.schema([(c, typ(c)) for c in columns])
