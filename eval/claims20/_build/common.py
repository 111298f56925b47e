"""Helpers shared by the document modules: places and unit constructor."""

QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
EVENT = {"attack", "territory", "abducted", "protest"}
MODALITIES = {"asserted", "claimed", "denied", "warned"}
SCOPES = {"event", "cumulative"}


def P(name, lat, lon, geoname=None, aliases=None, approx=False):
    """A settlement or point place. approx=True marks coordinates as approximate (goes to the note)."""
    p = {"name": name, "lat": lat, "lon": lon}
    if geoname:
        p["geoname"] = geoname
    if aliases:
        p["aliases"] = list(aliases)
    if approx:
        p["_approx"] = True
    return p


def R(name, lat, lon, radius_km, aliases=None, approx=True):
    """A region, sea, valley, province or country place."""
    p = {"name": name, "lat": lat, "lon": lon, "region": True, "radius_km": radius_km}
    if aliases:
        p["aliases"] = list(aliases)
    if approx:
        p["_approx"] = True
    return p


def U(cat, value, place, claimant, evidence, *, opt=False, note=None, date=None, prec="day",
      basis=None, sides=None, scope="event", mod=None):
    """One gold unit. claimant: None, a string or a list of acceptable names.
    date None -> the document's published date with basis 'published'.
    mod None -> 'asserted' when claimant is None, else 'claimed'."""
    if isinstance(claimant, str):
        claimant = [claimant]
    if isinstance(evidence, str):
        evidence = [evidence]
    return {
        "category": cat, "value": value, "place": place, "claimant": claimant,
        "evidence": list(evidence), "optional": opt, "note": note,
        "_date": date, "_prec": prec, "_basis": basis, "_sides": sides,
        "_scope": scope, "_mod": mod or ("asserted" if claimant is None else "claimed"),
    }
