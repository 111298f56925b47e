"""Geocoding: place names as conflict news spells them -> coordinates.

    from sitrep.geo import Geocoder, GeoContext
    gc = Geocoder.default()                    # bundled GeoNames data, cached on disk
    gc.geocode("Kozarovychi, Kyiv Oblast")     # -> sitrep.records.Place | None
    gc.geocode_with_confidence(q, ctx)         # -> (Place, confidence 0..1) | None
    gc.resolve(q, ctx)                         # -> GeoResult(place, confidence, method) | None
    gc.to_json(q, result)                      # -> the object `sitrep geocode` prints
    Geocoder(dumps=["UA.txt", "alternateNamesV2.txt"], aliases=["my-places.yaml"])

``Place.precision`` is ``settlement`` or ``point`` for a place found by name, ``region`` for
a first-level region (or a district, or the region fallback when a village named with its
region is not in the gazetteer) and ``country``. Not found is ``None``, never a centroid of
a country the query did not name. Non-string queries raise TypeError; empty, oversized or
unreadable strings are simply not found. Bad dump or alias files raise ``GeoDataError``
(a ValueError) naming the file and the reason.
"""
from sitrep.geo.dumps import GeoDataError
from sitrep.geo.geocoder import Geocoder
from sitrep.geo.results import GeoContext, GeoResult

__all__ = ["Geocoder", "GeoContext", "GeoResult", "GeoDataError"]
