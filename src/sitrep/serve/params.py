"""The filters every /api/ view shares, validated: a bad value is a 422 that names the
parameter, the reason and, for a choice, the valid ones (never an empty 200)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Annotated, Any, Callable

from fastapi import HTTPException, Query

#: The spec's categories, plus `other`.
CATEGORIES = ("killed", "wounded", "captured", "missing", "displaced", "affected", "materiel_lost",
              "attack", "territory", "abducted", "protest", "other")
#: Sides always valid (the conflict profiles' parties and any side a database holds are valid too).
SIDES = ("ukraine", "russia", "other")
MAX_OFFSET = 10**15
MAX_RADIUS_KM = 5000.0

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
Text = Annotated[str | None, Query(pattern=r"^[^\x00]*$", max_length=4096)]


def described(description: str) -> Any:
    """A text parameter (no NUL, at most 4,096 characters) with its description."""
    return Annotated[str | None, Query(pattern=r"^[^\x00]*$", max_length=4096, description=description)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]


def invalid(name: str, value: Any, reason: str, valid: list[str] | None = None) -> HTTPException:
    """A 422 in FastAPI's own shape (a list of errors), naming the parameter and the reason."""
    err: dict[str, Any] = {"loc": ["query", name], "msg": f"{name}={value!r}: {reason}",
                           "type": "value_error", "input": value}
    if valid is not None:
        err["valid"] = valid
    return HTTPException(422, [err])


def parse_date(name: str, value: str | None) -> str | None:
    if not value:
        return None
    if not _DATE.match(value):
        raise invalid(name, value, "not a date: write YYYY-MM-DD")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise invalid(name, value, "no such day") from None
    return value


def choose(name: str, value: str | None, valid: list[str]) -> list[str]:
    """Comma-separated choices, each one of ``valid`` (case-insensitive)."""
    if not value:
        return []
    out = []
    for part in (p.strip().lower() for p in value.split(",")):
        if not part:
            continue
        if part not in valid:
            raise invalid(name, part, f"unknown {name}: choose one of {', '.join(valid)}", valid)
        out.append(part)
    return out


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``west,south,east,north`` in degrees."""
    if not value:
        return None
    parts = value.split(",")
    try:
        w, s, e, n = (float(p) for p in parts)
    except ValueError:
        raise invalid("bbox", value, "write four numbers: west,south,east,north") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise invalid("bbox", value, "out of range: longitudes in -180..180, latitudes -90..90, south <= north")
    return w, s, e, n


@dataclass(frozen=True)
class Near:
    """A place the geocoder found, and the radius around it (km)."""

    name: str
    lat: float
    lon: float
    radius_km: float
    geonameid: int | None = None


@dataclass(frozen=True)
class Filters:
    since: str | None = None
    until: str | None = None
    place: str | None = None
    place_id: int | None = None  # the geocoder's answer for `place`: claims there match too
    near: Near | None = None
    bbox: tuple[float, float, float, float] | None = None
    categories: tuple[str, ...] = ()
    claimant: str | None = None
    sides: tuple[str, ...] = ()
    outlet: str | None = None
    q: str | None = None

    def without_dates(self) -> "Filters":
        return replace(self, since=None, until=None)

    def echo(self) -> dict[str, Any]:
        """The filters as applied, for the answer (so a client sees what it asked for)."""
        out = {"since": self.since, "until": self.until, "place": self.place, "claimant": self.claimant,
               "category": list(self.categories), "side": list(self.sides), "outlet": self.outlet, "q": self.q,
               "bbox": list(self.bbox) if self.bbox else None}
        if self.near:
            out["near"] = {"name": self.near.name, "lat": self.near.lat, "lon": self.near.lon,
                           "radius_km": self.near.radius_km}
        return {k: v for k, v in out.items() if v not in (None, [])}


def filter_dependency(valid_categories: Callable[[], list[str]], valid_sides: Callable[[], list[str]],
                      geocode: Callable[[str], Any]):
    """A FastAPI dependency that reads and checks the shared filter parameters."""

    def filters(
        since: described("First day, YYYY-MM-DD (claims dated on or after it).") = None,
        until: described("Last day, YYYY-MM-DD.") = None,
        place: described("A place name, case-insensitive; resolved by the geocoder "
                                              "when `radius` is given (e.g. `kharkiv`, `Kharkov`).") = None,
        radius: Annotated[float | None, Query(ge=0, le=MAX_RADIUS_KM, description="km around `place`.")] = None,
        bbox: described("west,south,east,north in degrees.") = None,
        category: described("One or more categories, comma-separated.") = None,
        claimant: described("Part of the claimant's name, case-insensitive.") = None,
        side: described("Claimant side(s), comma-separated.") = None,
        outlet: described("Part of the source's web address (e.g. `reuters`).") = None,
        q: described("Words in the evidence sentence, case-insensitive.") = None,
    ) -> Filters:
        since_d, until_d = parse_date("since", since), parse_date("until", until)
        if since_d and until_d and since_d > until_d:
            raise invalid("until", until, f"before since={since!r}")
        place = (place or "").strip() or None
        near, found = None, (geocode(place) if place else None)
        if radius is not None:
            if not place:
                raise invalid("radius", radius, "needs a place to measure from")
            if found is None or found.lat is None:
                raise invalid("place", place, "the geocoder does not know this place")
            near = Near(found.name, float(found.lat), float(found.lon), float(radius), found.geonameid)
        return Filters(
            since=since_d, until=until_d, place=place, place_id=getattr(found, "geonameid", None), near=near, bbox=parse_bbox(bbox),
            categories=tuple(choose("category", category, valid_categories())),
            claimant=(claimant or "").strip() or None,
            sides=tuple(choose("side", side, valid_sides())),
            outlet=(outlet or "").strip().lower() or None, q=(q or "").strip() or None,
        )

    return filters
