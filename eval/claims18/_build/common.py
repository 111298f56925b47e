# Shared helpers for the claims18 generator.
def P(name, lat, lon, aliases=None, region=False, radius=None):
    p = {"name": name, "lat": lat, "lon": lon}
    if aliases:
        p["aliases"] = aliases
    if region:
        p["region"] = True
        p["radius_km"] = radius or 100
    return p

def U(cat, val, place, claimant, ev, date, sides, prec="day", basis="text",
      scope="event", mod="asserted", opt=False, note=None):
    if isinstance(claimant, str):
        claimant = [claimant]
    if isinstance(ev, str):
        ev = [ev]
    return dict(category=cat, value=val, place=place, claimant=claimant, evidence=ev,
                optional=opt, note=note, when=dict(date=date, precision=prec, basis=basis),
                sides=dict(zip(("claimant", "victim", "actor"), sides)), scope=scope, modality=mod)
