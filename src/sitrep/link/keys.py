"""Blocking keys of a claim: which stored claims are worth comparing with it.

A claim's block is ``category|item|place`` where the place is a grid cell for geocoded places
(so nearby places are found by looking in the 9 cells around), the country for a country, a
normalised name for places without coordinates, and ``-`` for no place. Its time window is a
range of day numbers: the day (month, year) of its date, or the few days before its document
was published when it has no date. Both live in indexed columns, so finding candidates for a
new claim never reads the whole table.
"""
from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .rules import Rules, rules

_NON_WORD = re.compile(r"[^0-9a-z]+")
MAX_NAME = 200


@dataclass(frozen=True)
class Keys:
    block: str  # the claim's own block
    search: tuple[str, ...]  # blocks holding claims that may be the same (itself and neighbours)
    day_lo: int | None
    day_hi: int | None


def normalise_name(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return _NON_WORD.sub(" ", text).strip()[:MAX_NAME]


def _cell(value: float, size: float) -> int:
    return math.floor(value / size)


def place_keys(name: str | None, lat: float | None, lon: float | None, country_code: str | None,
               precision: str | None, r: Rules | None = None) -> tuple[str, tuple[str, ...]]:
    """(own place key, keys to search)."""
    r = r or rules()
    if precision == "country" and country_code:
        key = f"c:{country_code.upper()}"
        return key, (key,)
    if lat is not None and lon is not None and math.isfinite(lat) and math.isfinite(lon):
        return _grid_keys(_cell(lat, r.cell_degrees), _cell(lon, r.cell_degrees))
    if name and normalise_name(name):
        words = normalise_name(name).split()
        kept = [w for w in words if w not in r.place_kind_words] or words  # "Kyaukphyu township": Kyaukphyu
        key = "n:" + " ".join(kept)
        return key, (key,)
    return "-", ("-",)


@lru_cache(maxsize=4096)  # claims of one day share a cell: asked once per claim read
def _grid_keys(y: int, x: int) -> tuple[str, tuple[str, ...]]:
    return f"g:{y}:{x}", tuple(f"g:{y + dy}:{x + dx}" for dy in (-1, 0, 1) for dx in (-1, 0, 1))


@lru_cache(maxsize=4096)  # a pass reads the same few dates for thousands of claims
def parse_day(text: str | None) -> tuple[int, int] | None:
    """An ISO date (day, month or year precise) as a range of day numbers, or None."""
    if not text:
        return None
    text = text.strip()
    try:
        if len(text) >= 10 and text[4] == "-" and text[7] == "-":
            d = dt.date.fromisoformat(text[:10]).toordinal()
            return d, d
        if len(text) == 7 and text[4] == "-":
            y, m = int(text[:4]), int(text[5:7])
            last = calendar.monthrange(y, m)[1]
            return dt.date(y, m, 1).toordinal(), dt.date(y, m, last).toordinal()
        if len(text) == 4 and text.isdigit():
            y = int(text)
            return dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal()
    except ValueError:
        return None
    return None


def window(date: str | None, published: str | None, r: Rules | None = None) -> tuple[int | None, int | None]:
    """Days in which the claimed event (or running total) falls; (None, None) when unknown."""
    r = r or rules()
    own = parse_day(date)
    if own is not None:
        return own
    pub = parse_day(published)
    if pub is not None:
        return pub[1] - r.undated_lag_days, pub[1]
    return None, None


def day_to_iso(day: int | None) -> str | None:
    return dt.date.fromordinal(day).isoformat() if day is not None else None


def claim_keys(category: str, item: str | None, place_name: str | None, lat: float | None,
               lon: float | None, country_code: str | None, precision: str | None,
               date: str | None, published: str | None) -> Keys:
    r = rules()
    own, search = place_keys(place_name, lat, lon, country_code, precision, r)
    head = f"{category}|{item or ''}|"
    lo, hi = window(date, published, r)
    return Keys(head + own, tuple(head + k for k in search), lo, hi)


def keys_of_row(row, published: str | None) -> Keys:
    """Keys of a stored claim (ClaimRow) of a document published at ``published``. A date
    that is only the publication day (``date_basis: published``) is an upper bound: the
    window is the few days before it, as for an undated claim."""
    date = row.date
    if getattr(row, "date_basis", None) == "published":
        date, published = None, row.date  # the document's day, from its field or its header line
    keys = claim_keys(row.category, row.item, row.place_name, row.place_lat, row.place_lon,
                      row.place_country_code, row.place_precision, date, published)
    if date is None and keys.day_hi is not None and getattr(row, "modality", None) == "denied":
        # a denial undated but by its document denies an event of the days or weeks before
        keys = Keys(keys.block, keys.search, keys.day_hi - rules().denial_lag_days, keys.day_hi)
    return keys


def overlaps(a_lo: int | None, a_hi: int | None, b_lo: int | None, b_hi: int | None, slack: int) -> bool:
    if a_lo is None or b_lo is None:
        return True
    return a_lo <= b_hi + slack and b_lo <= a_hi + slack


@lru_cache(maxsize=65536)  # asked for each claim compared, of a few thousand blocks
def search_blocks(block: str) -> tuple[str, ...]:
    """The blocks to search for neighbours of a stored block key."""
    head, _, place = block.rpartition("|")
    if not place.startswith("g:"):
        return (block,)
    try:
        _, y, x = place.split(":")
        yi, xi = int(y), int(x)
    except ValueError:
        return (block,)
    return tuple(f"{head}|g:{yi + dy}:{xi + dx}" for dy in (-1, 0, 1) for dx in (-1, 0, 1))
