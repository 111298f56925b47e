"""Helpers for writing the claims17 gold: places, units, documents."""
QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
EVENT = {"attack", "territory", "abducted", "protest"}
SIDES = {None, "russia", "ukraine", "israel", "hamas", "hezbollah", "houthis", "united_states",
         "united_kingdom", "saf", "rsf", "myanmar_junta", "resistance", "drc_army", "m23", "gangs",
         "haiti_government", "armed_groups", "other", "civilian"}

DOCS = []


def PL(name, lat, lon, geoname=None, aliases=None, region=False, radius=None):
    p = {"name": name, "lat": lat, "lon": lon}
    if geoname:
        p["geoname"] = geoname
    if aliases:
        p["aliases"] = aliases
    if region:
        p["region"] = True
        p["radius_km"] = radius or 150
    return p


def U(cat, val, place, claimant, ev, sides, when=None, scope="event", mod="asserted", opt=False, note=None):
    """sides = (claimant_side, victim, actor); when = (date, precision, basis) or None (published day)."""
    if isinstance(ev, str):
        ev = [ev]
    if isinstance(claimant, str):
        claimant = [claimant]
    return dict(category=cat, value=val, place=place, claimant=claimant, evidence=ev,
                optional=opt, note=note, when=when, sides=sides, scope=scope, modality=mod)


def DOC(id, url, title, published, text, units, conflict, form):
    DOCS.append(dict(id=id, url=url, title=title, published=published, text=text.strip("\n"),
                     units=units, conflict=conflict, form=form))
