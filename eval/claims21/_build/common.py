"""Shared helpers for the claims21 evaluation set: unit and place constructors, validation.

A document is built with D(...); each gold unit with U(...). build.py turns them into
docs.jsonl, gold/, gold_full/, gold_meta/ and export.jsonl.
"""
from __future__ import annotations

import datetime as dt
import math
import textwrap

QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
EVENT = {"attack", "territory", "abducted", "protest"}
PARTIES = {
    "russia", "ukraine", "israel", "hamas", "hezbollah", "palestinian_authority", "houthis",
    "united_states", "united_kingdom", "saf", "rsf", "myanmar_junta", "resistance", "drc_army",
    "m23", "gangs", "haiti_government", "armed_groups",
}
SIDE_VALUES = PARTIES | {"other", "civilian", None}
SCOPES = {"event", "cumulative"}
MODALITIES = {"asserted", "claimed", "denied", "warned"}
PRECISIONS = {"day", "month", "year"}
BASES = {"text", "published", "none"}


def pt(name, lat, lon, geoname=None, aliases=None):
    """A settlement, facility or other point place."""
    p = {"name": name, "lat": lat, "lon": lon}
    if geoname:
        p["geoname"] = geoname
    if aliases:
        p["aliases"] = list(aliases)
    return p


def rg(name, lat, lon, radius_km, aliases=None):
    """A region, sea, province or other named area (or an unnamed area described in words)."""
    p = {"name": name, "lat": lat, "lon": lon}
    if aliases:
        p["aliases"] = list(aliases)
    p["region"] = True
    p["radius_km"] = radius_km
    return p


def U(category, value, place, claimant, evidence, sides, *, opt=False, note=None, date=None,
      prec="day", basis=None, scope="event", mod=None):
    """One gold unit.

    sides = (claimant_side, victim_side, actor_side).
    date None means the text gives no date: the published date stands in (basis 'published').
    mod None means 'asserted' for the outlet's own voice and 'claimed' for an attributed claim.
    """
    if isinstance(evidence, str):
        evidence = [evidence]
    if isinstance(claimant, str):
        claimant = [claimant]
    return {
        "category": category, "value": value, "place": place, "claimant": claimant,
        "evidence": list(evidence), "optional": bool(opt), "note": note,
        "_date": date, "_prec": prec, "_basis": basis, "_sides": tuple(sides),
        "_scope": scope, "_mod": mod,
    }


def D(id, conflict, form, url, title, published, text, units):
    text = textwrap.dedent(text).strip("\n")
    return {"id": id, "conflict": conflict, "form": form, "url": url, "title": title,
            "published": published, "text": text, "units": units}


def km(a, b):
    (la1, lo1), (la2, lo2) = a, b
    p = math.pi / 180
    h = (math.sin((la2 - la1) * p / 2) ** 2
         + math.cos(la1 * p) * math.cos(la2 * p) * math.sin((lo2 - lo1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


def valid_when(date, prec):
    try:
        if prec == "day":
            dt.date.fromisoformat(date)
        elif prec == "month":
            dt.datetime.strptime(date, "%Y-%m")
        elif prec == "year":
            dt.datetime.strptime(date, "%Y")
        else:
            return False
    except (TypeError, ValueError):
        return False
    return True
