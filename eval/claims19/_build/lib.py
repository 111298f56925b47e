"""Data helpers for the eval/claims19 generator (standard library only)."""

APPROX = []   # names of places whose coordinates are approximate


def pl(name, lat, lon, approx=False, region=False, r=None, aliases=None, geoname=None):
    p = {"name": name, "lat": lat, "lon": lon}
    if geoname:
        p["geoname"] = geoname
    if aliases:
        p["aliases"] = list(aliases)
    if region:
        p["region"] = True
        p["radius_km"] = r or 100
    if approx and name not in APPROX:
        APPROX.append(name)
    return p


def U(cat, val, place, claimant, ev, s, date, prec="day", basis="text",
      opt=False, scope="event", mod=None, note=None):
    """One gold unit. s = (claimant side, victim side, actor side)."""
    if isinstance(claimant, str):
        claimant = [claimant]
    if isinstance(ev, str):
        ev = [ev]
    if mod is None:
        mod = "asserted" if claimant is None else "claimed"
    return dict(category=cat, value=val, place=place, claimant=claimant, evidence=list(ev),
                optional=opt, note=note,
                when={"date": date, "precision": prec, "basis": basis},
                sides={"claimant": s[0], "victim": s[1], "actor": s[2]},
                meta={"scope": scope, "modality": mod})
