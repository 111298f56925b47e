"""User alias files: places and spellings the gazetteer lacks, or corrections to it.

YAML (a list, or a mapping with a ``places`` list) or CSV (header row; ``aliases`` separated
by ``|``). Fields of one entry:

* ``name``: the place's name (required unless ``geonameid`` names a known place);
* ``aliases``: other spellings;
* ``lat``, ``lon``: where it is (required for a new place; moves a known one);
* ``geonameid``: a gazetteer place the names are added to;
* ``country_code`` and ``region`` (a region name, e.g. "Donetsk Oblast") or ``admin1``;
* ``precision``: ``settlement`` (default) or ``point``; ``population`` (optional).

An alias place outranks gazetteer namesakes with the same name in the same area. Entries are
checked; a bad one is an error naming the file, the entry and the reason.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, Sequence

import yaml

from sitrep.geo import match
from sitrep.geo.dumps import GeoDataError
from sitrep.geo.gazetteer import KIND_NAMES, Gazetteer, RawPlace

PRECISIONS = {v: k for k, v in KIND_NAMES.items()}


def read_alias_file(path: str) -> list[dict[str, Any]]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GeoDataError(f"{path}: cannot read alias file: {exc}") from exc
    if path.lower().endswith(".csv"):
        rows = list(csv.DictReader(io.StringIO(text)))
        for row in rows:
            row["aliases"] = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
            for k in list(row):
                if row[k] in ("", None):
                    del row[k]
        return rows
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise GeoDataError(f"{path}: not valid YAML: {exc}") from exc
    if data is None:
        return []
    if isinstance(data, dict):
        data = data.get("places", [])
    if not isinstance(data, list) or not all(isinstance(e, dict) for e in data):
        raise GeoDataError(f"{path}: expected a list of place entries (mappings)")
    return data


def _float(entry: dict, field: str, where: str, lo: float, hi: float) -> float | None:
    if entry.get(field) is None:
        return None
    try:
        value = float(entry[field])
    except (TypeError, ValueError):
        raise GeoDataError(f"{where}: {field} {entry[field]!r} is not a number") from None
    if not lo <= value <= hi:
        raise GeoDataError(f"{where}: {field} {value} is out of range")
    return value


def _admin1(gaz: Gazetteer, entry: dict, where: str) -> tuple[str, str]:
    cc = str(entry.get("country_code") or "").upper()
    if entry.get("admin1") is not None:
        return cc, str(entry["admin1"])
    if entry.get("region"):
        found = match.find_regions(gaz, str(entry["region"]), fuzzy=False)
        if not found:
            raise GeoDataError(f"{where}: unknown region {entry['region']!r}")
        region = gaz.regions[found[0]]
        return cc or region.country_code, region.admin1
    return cc, ""


def apply_entry(gaz: Gazetteer, entry: dict, where: str) -> int:
    names = [str(a) for a in ([entry["name"]] if entry.get("name") else []) + list(entry.get("aliases") or [])]
    lat = _float(entry, "lat", where, -90, 90)
    lon = _float(entry, "lon", where, -180, 180)
    try:
        gid = int(entry["geonameid"]) if entry.get("geonameid") is not None else 0
    except (TypeError, ValueError):
        raise GeoDataError(f"{where}: geonameid {entry['geonameid']!r} is not a number") from None
    precision = str(entry.get("precision") or "settlement")
    if precision not in PRECISIONS:
        raise GeoDataError(f"{where}: precision must be one of {sorted(PRECISIONS)}, got {precision!r}")
    row = gaz.by_geonameid.get(gid) if gid else None
    if row is not None:
        if lat is not None and lon is not None:
            gaz.lat[row], gaz.lon[row] = lat, lon
        _add_names(gaz, row, names)
        return row
    if not names:
        raise GeoDataError(f"{where}: an entry needs a name (or the geonameid of a known place)")
    if lat is None or lon is None:
        raise GeoDataError(f"{where}: {names[0]!r} needs lat and lon (or a known geonameid)")
    cc, admin1 = _admin1(gaz, entry, where)
    raw = RawPlace(geonameid=gid, name=names[0], lat=lat, lon=lon, country_code=cc, admin1=admin1,
                   population=int(entry.get("population") or 0), kind=PRECISIONS[precision])
    row = gaz.add(raw)
    _add_names(gaz, row, names[1:])
    return row


def _add_names(gaz: Gazetteer, row: int, names: list[str]) -> None:
    gaz.add_names(row, names, main=True)
    area = (gaz.country[row], gaz.admin1[row])
    for name in names:
        k = match.name_key(name)
        if k:
            for pool in (gaz.area_keys.setdefault(area, []), gaz.country_keys.setdefault(area[0], [])):
                if k not in pool:
                    pool.append(k)


def apply_aliases(gaz: Gazetteer, paths: Sequence[str]) -> list[int]:
    """Apply every entry of every alias file; the rows they touched."""
    rows = []
    for path in paths:
        for i, entry in enumerate(read_alias_file(path), 1):
            rows.append(apply_entry(gaz, entry, f"{path}: entry {i}"))
    return rows
