"""Helpers for the ev14 generator: places, units and per-document checks."""
from __future__ import annotations

import math

QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
EVENT = {"attack", "territory", "abducted", "protest"}
PARTIES = {"russia", "ukraine", "israel", "hamas", "hezbollah", "houthis", "united_states",
           "united_kingdom", "saf", "rsf", "myanmar_junta", "resistance", "drc_army", "m23",
           "gangs", "haiti_government", "armed_groups", "other", "civilian", None}


def P(name, lat, lon, geoname=None, aliases=None, region=False, radius=None):
    """A gold place. geoname: the cities500 name when the coordinates come from it."""
    p = {"name": name, "lat": lat, "lon": lon}
    if geoname:
        p["geoname"] = geoname
    if aliases:
        p["aliases"] = list(aliases)
    if region:
        p["region"] = True
        p["radius_km"] = radius or 150
    return p


def U(cat, val, place, cl, ev, date, sides, scope="event", mod=None, opt=False,
      note=None, basis="text"):
    """One gold unit with its full annotation.

    cl: None (voice of the document) or a name / list of acceptable names.
    date: YYYY-MM-DD, YYYY-MM or YYYY (precision follows the length).
    sides: "claimant/victim/actor" with "-" for null.
    """
    if isinstance(cl, str):
        cl = [cl]
    if isinstance(ev, str):
        ev = [ev]
    prec = {10: "day", 7: "month", 4: "year"}[len(date)]
    s = [None if x == "-" else x for x in sides.split("/")]
    assert len(s) == 3, sides
    for x in s:
        assert x in PARTIES, (x, sides)
    if mod is None:
        mod = "asserted" if cl is None else "claimed"
    assert mod in {"asserted", "claimed", "warned", "denied"}, mod
    assert scope in {"event", "cumulative"}, scope
    assert cat in QUANT | EVENT, cat
    if cat in EVENT:
        assert val is None, (cat, val)
    elif not opt:
        assert val is not None, (cat, ev)
    return {
        "category": cat, "value": val, "place": place, "claimant": cl, "evidence": ev,
        "optional": bool(opt), "note": note,
        "when": {"date": date, "precision": prec, "basis": basis},
        "sides": {"claimant": s[0], "victim": s[1], "actor": s[2]},
        "meta": {"scope": scope, "modality": mod},
    }


def km(a, b):
    (la1, lo1), (la2, lo2) = a, b
    p = math.pi / 180
    h = math.sin((la2 - la1) * p / 2) ** 2 + math.cos(la1 * p) * math.cos(la2 * p) * math.sin((lo2 - lo1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def check_doc(doc, units):
    """Problems that would make the gold wrong or unscorable; warnings for review."""
    problems, warnings = [], []
    text = doc["text"]
    lines = text.split("\n")
    for i, u in enumerate(units):
        for e in u["evidence"]:
            if not any(e in ln for ln in lines):
                problems.append(f"{doc['id']}[{i}] evidence not on one line: {e!r}")
    seen = {}
    for i, u in enumerate(units):
        if u["category"] in QUANT and u["value"] is not None:
            k = (u["category"], float(u["value"]))
            if k in seen:
                problems.append(f"{doc['id']}[{i}] duplicate quantitative unit {k} (also [{seen[k]}])")
            seen[k] = i
    ev_units = [(i, u) for i, u in enumerate(units) if u["category"] in EVENT and u["place"]]
    for a in range(len(ev_units)):
        for b in range(a + 1, len(ev_units)):
            (i, u), (j, v) = ev_units[a], ev_units[b]
            if u["category"] != v["category"]:
                continue
            if u["place"]["name"] == v["place"]["name"]:
                problems.append(f"{doc['id']}[{i}],[{j}] same {u['category']} place {u['place']['name']}")
                continue
            d = km((u["place"]["lat"], u["place"]["lon"]), (v["place"]["lat"], v["place"]["lon"]))
            if d <= 25:
                warnings.append(f"{doc['id']}[{i}],[{j}] {u['category']} {u['place']['name']} / {v['place']['name']} {d:.0f} km apart")
    return problems, warnings
