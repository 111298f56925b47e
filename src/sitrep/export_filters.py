"""Filters of `sitrep export claims`: date range, place (and radius), category, claimant,
claimant side, place precision. A filter is a predicate over exported claim records."""
from __future__ import annotations

import math
from dataclasses import dataclass

from .choices import CATEGORIES, PRECISIONS, check


class FilterError(ValueError):
    """A filter that cannot be applied; ``str()`` names the option and why."""


def _day_bounds(date: str) -> tuple[str, str]:
    """The first and last day a date of any precision covers, as comparable strings."""
    date = date[:10]
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        return f"{date}-01", f"{date}-31"
    return date, date


def _check_date(option: str, value: str | None) -> str | None:
    if value is None:
        return None
    import datetime as dt

    for fmt, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            dt.datetime.strptime(value, fmt)
            if len(value) == size:
                return value
        except ValueError:
            continue
    raise FilterError(f"{option} {value!r}: give a date as YYYY-MM-DD, YYYY-MM or YYYY")


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


@dataclass
class ClaimFilter:
    since: str | None = None
    until: str | None = None
    place: str | None = None
    radius_km: float | None = None
    category: str | None = None
    claimant: str | None = None
    side: str | None = None
    min_precision: str | None = None

    def __post_init__(self) -> None:
        self.since, self.until = _check_date("--since", self.since), _check_date("--until", self.until)
        try:
            check("--category", self.category, CATEGORIES)
            check("--min-precision", self.min_precision, PRECISIONS)
        except ValueError as exc:
            raise FilterError(str(exc)) from None
        if self.radius_km is not None and (self.place is None or self.radius_km < 0):
            raise FilterError("--radius-km needs --place, and a distance of 0 or more")
        self._center = self._locate() if self.place and self.radius_km is not None else None

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.since, self.until, self.place, self.category, self.claimant,
                                           self.side, self.min_precision))

    def _locate(self) -> tuple[float, float]:
        from .geo import Geocoder

        found = Geocoder.default().resolve(self.place)
        place = found.place if found is not None else None
        if place is None or place.lat is None or place.lon is None:
            raise FilterError(f"--place {self.place!r}: the gazetteer does not know this place, so --radius-km "
                              "cannot be measured from it (drop --radius-km to match place names)")
        return place.lat, place.lon

    def keep(self, rec: dict) -> bool:
        """True when the exported claim record passes every filter given."""
        if self.category and rec.get("category") != self.category:
            return False
        if self.side and (rec.get("claimant_side") or "") != self.side:
            return False
        if self.claimant and self.claimant.lower() not in (rec.get("claimant") or "").lower():
            return False
        if (self.since or self.until) and not self._in_dates(rec.get("date")):
            return False
        place = rec.get("place") or {}
        if self.min_precision:
            have = place.get("precision")
            if have not in PRECISIONS or PRECISIONS.index(have) > PRECISIONS.index(self.min_precision):
                return False
        if self.place:
            if self._center is not None:
                if place.get("lat") is None or place.get("lon") is None:
                    return False
                return _km(self._center[0], self._center[1], place["lat"], place["lon"]) <= self.radius_km
            return (place.get("name") or "").lower() == self.place.lower()
        return True

    def _in_dates(self, date: str | None) -> bool:
        if not date:
            return False
        lo, hi = _day_bounds(date)
        if self.since and hi < _day_bounds(self.since)[0]:
            return False
        return not (self.until and lo > _day_bounds(self.until)[1])
