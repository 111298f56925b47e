"""What a caller tells the geocoder (GeoContext) and what it answers (GeoResult, JSON)."""
from __future__ import annotations

from dataclasses import dataclass, field

from sitrep.records import Place

JSON_FIELDS = ("query", "name", "lat", "lon", "country_code", "admin1", "admin1_code", "geonameid", "precision",
               "confidence")


@dataclass
class GeoContext:
    """What the surrounding text says: a region ("Donetsk region"), the document's country
    focus (ISO code), and places already resolved in the same document."""

    region: str | None = None
    country_code: str | None = None
    nearby: list[Place] = field(default_factory=list)

    def spots(self) -> list[tuple[float, float]]:
        """Coordinates of the nearby places that have usable ones (others are ignored)."""
        out = []
        for p in self.nearby or ():
            lat, lon = getattr(p, "lat", None), getattr(p, "lon", None)
            if isinstance(lat, (int, float)) and isinstance(lon, (int, float)) \
                    and -90 <= lat <= 90 and -180 <= lon <= 180:
                out.append((float(lat), float(lon)))
        return out

    def memo_key(self) -> tuple:
        spots = tuple((round(la, 2), round(lo, 2)) for la, lo in self.spots())
        return (self.region, str(self.country_code or "").upper(), spots)


@dataclass
class GeoResult:
    place: Place
    confidence: float
    method: str  # exact, alternate, fuzzy, district, region, region-fallback, country, alias


def answer_json(query: str, place: Place | None, confidence: float | None) -> dict:
    """The object ``sitrep geocode`` prints for one query: JSON_FIELDS, nulls when not found."""
    out = dict.fromkeys(JSON_FIELDS)
    out["query"] = query
    if place is not None:
        out.update(name=place.name, lat=place.lat, lon=place.lon, country_code=place.country_code,
                   admin1=place.admin1, admin1_code=place.admin1_code, geonameid=place.geonameid,
                   precision=place.precision, confidence=confidence)
    return out
