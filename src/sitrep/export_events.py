"""`sitrep export events --schema acled|ucdp`: one row per incident, in the layouts of ACLED
and UCDP GED, so researchers can count events as those datasets do.

An incident is the claims of one document sharing an ``event_id`` (an attack and its killed
and wounded). Only one-incident claims count (scope ``event``, asserted or claimed): running
totals, threats and denials make no event. The coding rules (words, precisions) are in
``data/export_schemas.yaml``; the README documents the mapping column by column.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from itertools import groupby
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from .store.schema import ClaimLinkRow, ClaimRow

SCHEMAS = ("acled", "ucdp")
_FACTS = ("asserted", "claimed")

ACLED_COLUMNS = [
    ("event_id_cnty", "string"), ("data_id", "int"), ("event_date", "date"), ("year", "int"),
    ("time_precision", "int"), ("event_type", "string"), ("sub_event_type", "string"), ("actor1", "string"),
    ("actor2", "string"), ("country", "string"), ("iso", "string"), ("admin1", "string"), ("location", "string"),
    ("latitude", "float"), ("longitude", "float"), ("geo_precision", "int"), ("source", "string"),
    ("source_url", "string"), ("notes", "string"), ("fatalities", "int"), ("claimant", "string"),
    ("date_basis", "string"), ("doc_id", "string"),
]
UCDP_COLUMNS = [
    ("id", "int"), ("relid", "string"), ("year", "int"), ("type_of_violence", "int"), ("side_a", "string"),
    ("side_b", "string"), ("where_coordinates", "string"), ("where_prec", "int"), ("adm_1", "string"),
    ("latitude", "float"), ("longitude", "float"), ("country", "string"), ("iso", "string"), ("date_prec", "int"),
    ("date_start", "date"), ("date_end", "date"), ("best", "int"), ("low", "int"), ("high", "int"),
    ("source_article", "list"), ("source_headline", "string"), ("claimant", "string"), ("doc_id", "string"),
]
COLUMNS = {"acled": ACLED_COLUMNS, "ucdp": UCDP_COLUMNS}


@lru_cache(maxsize=1)
def coding() -> dict[str, Any]:
    return yaml.safe_load(resources.files("sitrep").joinpath("data/export_schemas.yaml").read_text(encoding="utf-8"))


def _has(words: list[str], text: str) -> bool:
    return bool(re.search(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", text, re.I))


def _int_id(event_id: str) -> int:
    """A stable 60-bit integer for an event id (16 hex digits)."""
    try:
        return int(event_id[:15], 16)
    except ValueError:
        return int.from_bytes(event_id.encode("utf-8")[:7].ljust(7, b"\0"), "big")


# -- places ----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _gazetteer():
    from .geo import Geocoder

    return Geocoder.default().gazetteer


def place_area(geonameid: int | None, country_code: str | None) -> tuple[str | None, str | None]:
    """(admin1 region name, country name) of a geocoded place, from the gazetteer."""
    if geonameid is None and not country_code:
        return None, None
    gaz = _gazetteer()
    country = gaz.countries.get((country_code or "").upper(), (None,))[0]
    row = gaz.by_geonameid.get(geonameid) if geonameid else None
    for region in gaz.regions:
        if geonameid and region.geonameid == geonameid:
            return region.name, country
    if row is None:
        return None, country
    area = (gaz.country[row], gaz.admin1[row])
    name = next((r.name for r in gaz.regions if (r.country_code, r.admin1) == area), None)
    return name, country


# -- incidents ---------------------------------------------------------------------------------
def incidents(store) -> Iterator[list[ClaimRow]]:
    """The one-incident claims of each event, a document at a time."""
    for _doc, claims in groupby(store.iter_claims(), key=lambda c: c.doc_id):
        by_event: dict[str, list[ClaimRow]] = {}
        for c in claims:
            if c.scope == "event" and c.modality in _FACTS:
                by_event.setdefault(c.event_id or c.claim_id, []).append(c)
        yield from by_event.values()


def _first(claims: list[ClaimRow], attr: str):
    return next((getattr(c, attr) for c in claims if getattr(c, attr)), None)


def _placed(claims: list[ClaimRow]) -> ClaimRow:
    """The claim whose place stands for the incident: a geocoded one, the most precise."""
    rank = {"point": 0, "settlement": 1, "region": 2, "country": 3}
    return min(claims, key=lambda c: (c.place_lat is None, rank.get(c.place_precision or "", 4), c.seq))


def _date(claims: list[ClaimRow]) -> tuple[str | None, str | None, str | None]:
    texts = [c for c in claims if c.date_basis == "text" and c.date]
    c = texts[0] if texts else next((c for c in claims if c.date), None)
    return (c.date, c.date_precision, c.date_basis) if c else (None, None, None)


def _window(date: str | None, basis: str | None) -> tuple[dt.date | None, dt.date | None]:
    from .link.keys import parse_day, window

    if date is None:
        return None, None
    lo, hi = window(None, date) if basis == "published" else (parse_day(date) or (None, None))
    return (dt.date.fromordinal(lo) if lo else None, dt.date.fromordinal(hi) if hi else None)


def _victims(claims: list[ClaimRow]) -> str | None:
    sides = [c.victim_side for c in claims if c.victim_side and c.category in ("killed", "wounded", "materiel_lost")]
    if "civilian" in sides:
        return "Civilians"
    return sides[0] if sides else None


def _killed(claims: list[ClaimRow]) -> list[ClaimRow]:
    return [c for c in claims if c.category == "killed" and c.value is not None]


def event_type(claims: list[ClaimRow]) -> tuple[str, str]:
    """ACLED's (event_type, sub_event_type) of an incident."""
    code = coding()["acled"]
    cats = {c.category for c in claims}
    text = " ".join(dict.fromkeys(c.evidence_text for c in claims))
    if "protest" in cats:
        return "Protests", "Peaceful protest"
    if "abducted" in cats:
        return "Violence against civilians", "Abduction/forced disappearance"
    if "territory" in cats:
        if _has(code["regains"], text):
            return "Battles", "Government regains territory"
        return "Battles", "Non-state actor overtakes territory"
    if cats & {"attack", "killed", "wounded"}:
        for sub, words in code["remote_violence"].items():
            if _has(words, text):
                return "Explosions/Remote violence", sub
        if cats & {"killed", "wounded"} and _victims(claims) == "Civilians":
            return "Violence against civilians", "Attack"
        return "Battles", "Armed clash"
    if cats == {"materiel_lost"}:
        if all(c.item in code["disrupted_items"] for c in claims):
            return "Strategic developments", "Disrupted weapons use"
        return "Battles", "Armed clash"
    if "captured" in cats:
        return "Battles", "Armed clash"
    return "Strategic developments", "Other"


def acled_row(claims: list[ClaimRow]) -> dict[str, Any]:
    code = coding()
    event_id = claims[0].event_id or claims[0].claim_id
    where = _placed(claims)
    admin1, country = place_area(where.place_geonameid, where.place_country_code)
    date, precision, basis = _date(claims)
    day = _window(date, basis)[1] if basis == "published" else _window(date, basis)[0]
    etype, sub = event_type(claims)
    killed = _killed(claims)
    return {
        "event_id_cnty": event_id, "data_id": _int_id(event_id), "event_date": day, "year": day.year if day else None,
        "time_precision": code["time_precision"].get("published" if basis == "published" else precision or ""),
        "event_type": etype, "sub_event_type": sub, "actor1": _first(claims, "actor"), "actor2": _victims(claims),
        "country": country, "iso": where.place_country_code, "admin1": admin1, "location": where.place_name,
        "latitude": where.place_lat, "longitude": where.place_lon,
        "geo_precision": code["geo_precision"].get(where.place_precision or ""),
        "source": claims[0].source_outlet or claims[0].source_title or claims[0].doc_id,
        "source_url": claims[0].source_url, "notes": " ".join(dict.fromkeys(c.evidence_text for c in claims)),
        "fatalities": int(max(c.value for c in killed)) if killed else 0,
        "claimant": _first(claims, "claimant"), "date_basis": basis, "doc_id": claims[0].doc_id,
    }


def _cluster_figures(s: Session, claim: ClaimRow) -> list[tuple[float, float]]:
    """(low, high) of every claim in the cluster of ``claim`` (its own figure when unlinked)."""
    link = s.get(ClaimLinkRow, claim.claim_id)
    if link is None:
        return [(claim.value, claim.value_high or claim.value)]
    rows = s.execute(select(ClaimRow.value, ClaimRow.value_high)
                     .join(ClaimLinkRow, ClaimLinkRow.claim_id == ClaimRow.claim_id)
                     .where(ClaimLinkRow.cluster_id == link.cluster_id, ClaimRow.value.is_not(None))).all()
    return [(v, vh or v) for v, vh in rows] or [(claim.value, claim.value_high or claim.value)]


def ucdp_row(s: Session, claims: list[ClaimRow]) -> dict[str, Any] | None:
    """A GED row for an incident with deaths (UCDP counts only those); None otherwise."""
    killed = _killed(claims)
    if not killed:
        return None
    main = max(killed, key=lambda c: (c.value, -c.seq))
    figures = _cluster_figures(s, main)
    counts = Counter(lo for lo, _ in figures)
    best = min(counts, key=lambda v: (-counts[v], v))  # the figure most reports give
    event_id = claims[0].event_id or claims[0].claim_id
    where = _placed(claims)
    admin1, country = place_area(where.place_geonameid, where.place_country_code)
    date, precision, basis = _date(claims)
    start, end = _window(date, basis)
    victims = _victims(claims)
    return {
        "id": _int_id(event_id), "relid": event_id, "year": start.year if start else None,
        "type_of_violence": 3 if victims == "Civilians" else 1, "side_a": _first(claims, "actor"), "side_b": victims,
        "where_coordinates": where.place_name,
        "where_prec": {"point": 1, "settlement": 1, "region": 4, "country": 6}.get(where.place_precision or ""),
        "adm_1": admin1, "latitude": where.place_lat, "longitude": where.place_lon, "country": country,
        "iso": where.place_country_code,
        "date_prec": coding()["ucdp_date_prec"].get("published" if basis == "published" else precision or ""),
        "date_start": start, "date_end": end, "best": int(best), "low": int(min(lo for lo, _ in figures)),
        "high": int(max(hi for _, hi in figures)), "source_article": [u for u in [claims[0].source_url] if u],
        "source_headline": claims[0].source_title, "claimant": main.claimant, "doc_id": claims[0].doc_id,
    }


def event_rows(store, schema: str) -> Iterator[dict[str, Any]]:
    if schema == "acled":
        for claims in incidents(store):
            yield acled_row(claims)
        return
    with Session(store.engine) as s:
        for claims in incidents(store):
            row = ucdp_row(s, claims)
            if row is not None:
                yield row


# -- writing -----------------------------------------------------------------------------------
def arrow_schema(schema: str):
    import pyarrow as pa

    types = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "date": pa.date32(),
             "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[schema]])


def plain(row: dict[str, Any], csv: bool = False) -> dict[str, Any]:
    """A row for JSON Lines (dates as ISO strings) or CSV (lists joined with "; ")."""
    out = {}
    for k, v in row.items():
        if isinstance(v, dt.date):
            v = v.isoformat()
        elif isinstance(v, list) and csv:
            v = "; ".join(v)
        out[k] = v
    return out
