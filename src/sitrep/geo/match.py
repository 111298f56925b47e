"""Finding a name in the gazetteer: regions, countries, settlements, fuzzy fallback.

Fuzzy matching compares name keys (see ``normalise.key``) by edit distance (insertions,
deletions, substitutions and swaps of adjacent letters), with guards against false hits: no
fuzzy match for keys shorter than ``FUZZY_MIN_LEN``, at most one edit below
``FUZZY_TWO_EDITS_LEN`` characters, for settlements the first letter must agree, and the best
key must be the only key at its distance. The caller only tries it for a name that exists
nowhere as written (a real name is not "corrected" into another one).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.normalise import key as name_key
from sitrep.geo.query import strip_region_words

FUZZY_MIN_LEN = 5
FUZZY_TWO_EDITS_LEN = 10
EARTH_KM = 6371.0
SAME_PLACE_KM = 5.0  # names of rows this close are taken as names of one place


@dataclass(frozen=True)
class Area:
    """Where a query says the place is: a country, optionally some of its admin1 units."""

    country: str
    admin1: frozenset[str] | None = None  # None: anywhere in the country
    primary: str | None = None  # the admin1 that was named (others are related units)
    region: int | None = None  # index into gazetteer.regions

    def contains(self, gaz: Gazetteer, row: int) -> bool:
        if gaz.country[row] != self.country:
            return False
        return self.admin1 is None or gaz.admin1[row] in self.admin1


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def max_edits(k: str) -> int:
    if len(k) < FUZZY_MIN_LEN:
        return 0
    return 1 if len(k) < FUZZY_TWO_EDITS_LEN else 2


def fuzzy_keys(k: str, pool: list[str], edits: int | None = None, same_first: bool = True) -> list[str]:
    """The keys of ``pool`` nearest to ``k`` within the allowed edits (all at the best
    distance; the caller checks they name one place)."""
    limit = max_edits(k) if edits is None else edits
    if limit <= 0 or not pool:
        return []
    hits = process.extract(k, pool, scorer=OSA.distance, score_cutoff=limit, limit=8)
    hits = [h for h in hits if h[0] != k and (not same_first or h[0][:1] == k[:1])]
    if not hits:
        return []
    best = min(h[1] for h in hits)
    return [h[0] for h in hits if h[1] == best]


def region_area(gaz: Gazetteer, i: int) -> Area:
    r = gaz.regions[i]
    if not r.admin1:  # an area known by name and point only ("West Bank"): its country
        return Area(r.country_code, None, None, i)
    return Area(r.country_code, frozenset((r.admin1, *r.related)), r.admin1, i)


def find_regions(gaz: Gazetteer, text: str, fuzzy: bool = True) -> list[int]:
    """Regions named by ``text`` ("Kharkivs'ka oblast", "Oblast Donezk"), best first."""
    k = name_key(strip_region_words(text))
    if not k:
        return []
    found = gaz.region_index.get(k)
    if found:
        return list(found)
    if fuzzy:
        edits = min(2, max_edits(k) + 1) if len(k) >= FUZZY_MIN_LEN else 0
        pool = gaz.fuzzy_region_keys or list(gaz.region_index)  # named areas match only as written
        near = fuzzy_keys(k, pool, edits=edits, same_first=False)
        found = sorted({i for n in near for i in gaz.region_index[n]})
        if len(found) == 1:
            return found
    return []


def find_country(gaz: Gazetteer, text: str) -> str | None:
    k = name_key(text)
    return gaz.country_index.get(k) if k else None


def fuzzy_candidates(gaz: Gazetteer, k: str, area: Area | None) -> list[tuple[int, bool]]:
    """Rows whose name is one fuzzy step from ``k``, searched inside ``area`` only."""
    if area is None:
        return []
    if area.admin1 is None:
        pool = gaz.country_keys.get(area.country, [])
    else:
        pool = [x for a1 in sorted(area.admin1) for x in gaz.area_keys.get((area.country, a1), [])]
    found = [(row, main) for near in fuzzy_keys(k, pool) for row, main in gaz.lookup(near)
             if area.contains(gaz, row)]
    rows = sorted({row for row, _ in found})
    one = all(km(gaz.lat[r], gaz.lon[r], gaz.lat[rows[0]], gaz.lon[rows[0]]) <= SAME_PLACE_KM for r in rows)
    return found if rows and one else []
