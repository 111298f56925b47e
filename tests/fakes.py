"""Test doubles shared by the extraction tests."""
from sitrep.records import Place


class TableGeocoder:
    """A geocoder over a fixed table {name: country_code} or {name: (lat, lon)} (then "UA"),
    so extraction tests do not depend on the gazetteer."""

    def __init__(self, table):
        self.table = table

    def geocode(self, name, context=None):
        hit = self.table.get(name)
        if hit is None:
            return None
        if isinstance(hit, str):
            return Place(name, 50.0, 36.0, hit, 1, "settlement")
        lat, lon = hit
        return Place(name, lat, lon, "UA", sum(map(ord, name)), "settlement")
