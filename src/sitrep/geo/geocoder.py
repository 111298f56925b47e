"""The Geocoder: place-name queries to ``sitrep.records.Place``.

Steps for one query ("Kozarovychi, Kyiv Oblast"): read it (``query.parse``); turn the
qualifiers and the ``GeoContext`` into evidence (a region, a country, nearby places); look the
name up by key, restricted to the named region when there is one, with a fuzzy fallback inside
that region or country; rank namesakes (``rank``). A settlement the gazetteer lacks falls back
to the named region (precision ``region``) or to None: never a namesake elsewhere, never a
country centroid.

Confidence (0..1, ``resolve``/``geocode_with_confidence``): 0.9 for the place's own name,
0.8 for one of its alternate names, 0.6 for a corrected misspelling, 0.5 for a town outside
the region the query named, 0.85/0.75 for a region named with/without a designator word,
0.9 for a country, 0.35 for the region fallback; times 0.6 when a different namesake had
nearly the same evidence, 0.8 when namesakes exist and nothing but population chose, 0.7
when a qualifier of the query was not understood, 0.8 for a district. Higher confidence
means more often right; ``bench/score_geo.py`` measures how often.
"""
from __future__ import annotations

import math
import os
from collections import OrderedDict
from typing import Sequence

from sitrep.geo import cache, match, rank
from sitrep.geo.gazetteer import KIND_NAMES, Gazetteer, build
from sitrep.geo.normalise import norm
from sitrep.geo.query import Part, parse, vocabulary
from sitrep.geo.results import GeoContext, GeoResult, answer_json
from sitrep.records import Place

MAX_QUERY_CHARS = 300
MIN_NAME_LETTERS = 3
MEMO_SIZE = 50_000


class Geocoder:
    """Resolves place names. Cheap to create and to pickle: the gazetteer loads on first use
    (from the disk cache when present); a pickled Geocoder carries only its settings.

    ``dumps``: GeoNames dump files (main tables and alternate-name files) added to the
    bundled data; ``aliases``: user alias files (YAML/CSV, see ``sitrep.geo.aliases``);
    ``bundled=False`` leaves out the bundled cities500 data (when a dump already has it);
    ``use_cache=False`` never reads or writes the disk cache; ``memo_size``: results kept in
    the in-memory LRU cache (0: none)."""

    def __init__(
        self,
        dumps: Sequence[str] = (),
        aliases: Sequence[str] = (),
        use_cache: bool = True,
        memo_size: int = MEMO_SIZE,
        bundled: bool = True,
    ) -> None:
        self.dumps = tuple(str(d) for d in dumps)
        self.aliases = tuple(str(a) for a in aliases)
        self.use_cache = use_cache
        self.memo_size = memo_size
        self.bundled = bundled
        self._gaz: Gazetteer | None = None
        self._alias_rows: frozenset[int] = frozenset()
        self._memo: OrderedDict = OrderedDict()

    @classmethod
    def default(cls) -> "Geocoder":
        """The process-wide instance over the bundled data (built lazily, cached on disk),
        plus the GeoNames dumps and alias files listed in ``$SITREP_GEO_DUMPS`` and
        ``$SITREP_GEO_ALIASES`` (paths separated by ``os.pathsep``), if set."""
        def paths(var: str) -> tuple[str, ...]:
            return tuple(p for p in os.environ.get(var, "").split(os.pathsep) if p.strip())

        return shared(dumps=paths("SITREP_GEO_DUMPS"), aliases=paths("SITREP_GEO_ALIASES"))

    def settings(self) -> tuple:
        return (self.dumps, self.aliases, self.use_cache, self.memo_size, self.bundled)

    def __reduce__(self):
        # Unpickled as the process's shared instance with the same settings, so that Spark
        # tasks running in one worker process load the gazetteer once.
        return (shared, self.settings())

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            from sitrep.geo.aliases import apply_aliases

            gaz = cache.load_or_build(
                lambda: build(self.dumps, self.bundled), self.dumps, self.use_cache, self.bundled
            )
            self._alias_rows = frozenset(apply_aliases(gaz, self.aliases))
            self._gaz = gaz
        return self._gaz

    # -- public API -----------------------------------------------------------------------
    def geocode(self, query: str, context: GeoContext | None = None) -> Place | None:
        res = self.resolve(query, context)
        return res.place if res else None

    def geocode_with_confidence(self, query: str, context: GeoContext | None = None) -> tuple[Place, float] | None:
        res = self.resolve(query, context)
        return (res.place, res.confidence) if res else None

    def resolve(self, query: str, context: GeoContext | None = None) -> GeoResult | None:
        """Full answer with confidence and method; None when not found."""
        if not isinstance(query, str):
            raise TypeError(f"geocode query must be a string, got {type(query).__name__}: {query!r:.60}")
        if context is not None and not isinstance(context, GeoContext):
            raise TypeError(f"geocode context must be a GeoContext, got {type(context).__name__}")
        mk = (query, context.memo_key() if context else None)
        if mk in self._memo:
            self._memo.move_to_end(mk)
            res = self._memo[mk]
        else:
            res = self._resolve(query, context)
            self._memo[mk] = res
            if len(self._memo) > self.memo_size:
                self._memo.popitem(last=False)
        return None if res is None else GeoResult(Place(**vars(res.place)), res.confidence, res.method)

    def known(self, name: str) -> bool:
        """Whether the gazetteer has a place, region or country written ``name`` (no fuzzy
        matching): if not, no context can make the name resolve except by correcting it."""
        if not isinstance(name, str) or len(name) > MAX_QUERY_CHARS:
            return False
        gaz = self.gazetteer
        head = parse(name).place
        return any(gaz.lookup(match.name_key(t)) or match.find_country(gaz, t) for t in head.variants) \
            or bool(match.find_regions(gaz, head.text, fuzzy=False))

    def known_area(self, name: str) -> bool:
        """Whether ``name`` is exactly the name of a region, sea or named area ("West Bank")."""
        if not isinstance(name, str) or len(name) > MAX_QUERY_CHARS:
            return False
        return bool(match.find_regions(self.gazetteer, name, fuzzy=False))

    def broad(self, place: Place) -> bool:
        """Whether ``place`` is an area as wide as a country for a story (the Gaza Strip)."""
        if place.precision != "region":
            return False
        gaz = self.gazetteer
        return any(gaz.regions[i].name == place.name and gaz.regions[i].country_code == (place.country_code or "")
                   for i in gaz.broad)

    def population(self, place: Place) -> int | None:
        """The gazetteer's population of a settlement it returned (None if it cannot tell)."""
        row = self.gazetteer.by_geonameid.get(place.geonameid) if place.geonameid else None
        return None if row is None else self.gazetteer.population[row]

    def within(self, place: Place, region: str) -> bool | None:
        """Whether ``place`` (a gazetteer settlement) lies in the region named ``region``
        ("Poltava Oblast", "Crimea"); None when either is unknown to the gazetteer."""
        gaz = self.gazetteer
        row = gaz.by_geonameid.get(place.geonameid) if place.geonameid else None
        found = match.find_regions(gaz, region, fuzzy=False) if isinstance(region, str) else []
        if row is None or not found:
            return None
        area = (gaz.country[row], gaz.admin1[row])
        return any((gaz.regions[k].country_code, gaz.regions[k].admin1) == area for k in found)

    def to_json(self, query: str, result: GeoResult | Place | tuple | None) -> dict:
        """The object ``sitrep geocode`` prints for one query (nulls when not found). Given a
        bare Place, the confidence is that of ``resolve(query)`` when it gives the same place
        (a place found with a context may differ: then the confidence is null)."""
        conf = None
        if isinstance(result, GeoResult):
            place, conf = result.place, result.confidence
        elif isinstance(result, tuple):
            place, conf = result
        else:
            place = result
            if place is not None and isinstance(query, str):
                again = self.resolve(query)
                conf = again.confidence if again is not None and again.place == place else None
        return answer_json(query, place, conf)

    # -- resolution -----------------------------------------------------------------------
    def _resolve(self, query: str, context: GeoContext | None) -> GeoResult | None:
        if len(query) > MAX_QUERY_CHARS or "\x00" in query:
            return None
        part = directional(query)
        if part is not None and not match.find_regions(self.gazetteer, query, fuzzy=False) \
                and not match.find_country(self.gazetteer, query.strip()):  # not "West Bank", "South Sudan"
            return self._directional(query, *part, context)
        parsed = parse(query)
        if not parsed.place.variants or sum(ch.isalpha() for ch in parsed.place.text) < MIN_NAME_LETTERS:
            return None  # "Kh", "UA": abbreviations match too many alternate names
        gaz = self.gazetteer
        ev = self._evidence(parsed.hints, context)
        head = parsed.place
        if head.region_word:
            found = match.find_regions(gaz, head.text)
            if found:
                return self._region_result(self._likeliest(found, ev), self._region_sureness(found, ev, 0.85), "region")
            cc = match.find_country(gaz, query.strip())  # "Czech Republic", "Republic of Congo"
            if cc:
                return self._country_result(cc)
        elif not head.district_word:
            for text in head.variants:
                cc = match.find_country(gaz, text)
                if cc:
                    return self._country_result(cc)
            area = gaz.preferred.get(match.name_key(head.variants[0]))
            if area is not None:  # "Gaza": the Strip, not the city of that name
                return self._region_result(area, 0.85, "region")
        res = self._settlement(head, ev)
        if res is not None:
            return res
        if not head.region_word and not head.district_word:
            found = [i for i in match.find_regions(gaz, head.text, fuzzy=False) if i not in gaz.designated]
            if found:
                return self._region_result(self._likeliest(found, ev), self._region_sureness(found, ev, 0.75), "region")
        if ev.area is not None and ev.area.region is not None:
            return self._region_result(ev.area.region, 0.35, "region-fallback")
        return None

    def _directional(self, query: str, step: tuple[int, int], rest: str,
                     context: GeoContext | None) -> GeoResult | None:
        """"southern Lebanon": the country's (or first-level area's) settlements that lie
        furthest that way, their median point, at region precision; a town ("northern Gaza"
        the city) or anything else is answered as the name without the compass word."""
        whole = self._resolve(rest, context)
        if whole is None or whole.place.precision not in ("country", "region"):
            return whole
        gaz = self.gazetteer
        cc = whole.place.country_code
        if not cc:
            return whole  # a sea or a named area: no settlements to split
        area: set[str] | None = None
        if whole.place.precision == "region":
            found = [i for i in match.find_regions(gaz, rest, fuzzy=False) if gaz.regions[i].country_code == cc]
            pref = gaz.preferred.get(match.name_key(rest.strip()))
            found = found or ([pref] if pref is not None else [])
            r = gaz.regions[found[0]] if found else None
            if r is None or r.lat is None:
                return whole
            area = {r.admin1, *r.related} if r.admin1 else (r.lat, r.lon)
        point = gaz.part_of(cc, area, step)
        if point is None:
            return whole
        name = " ".join(query.split())
        place = Place(name=name, lat=point[0], lon=point[1], country_code=cc, geonameid=None, precision="region")
        return GeoResult(place, round(whole.confidence * 0.9, 2), "directional")

    def _evidence(self, hints: list[Part], context: GeoContext | None) -> rank.Evidence:
        gaz = self.gazetteer
        area: match.Area | None = None
        anchors: list[tuple[float, float]] = []
        unread = False
        texts = [h.text for h in hints]
        if context is not None and context.region:
            texts.append(context.region)
        for text in texts:
            # a misspelt hint is read only when it says it is a region ("Donetska oblast"):
            # a short bare name one edit from a region ("Hodan", "Hrodna") is something else
            fuzzy = bool(vocabulary().region_words.search(norm(text)))
            regions = [i for i in match.find_regions(gaz, text, fuzzy=fuzzy) if gaz.regions[i].country_code]
            if regions:
                if area is None or area.admin1 is None:  # of same-name regions, the story country's
                    home = str(context.country_code or "").upper() if context else ""
                    regions.sort(key=lambda i: gaz.regions[i].country_code != home)
                    area = match.region_area(gaz, regions[0])
                continue
            cc = match.find_country(gaz, text)
            if cc:
                area = area or match.Area(cc)
                continue
            rows = gaz.lookup(match.name_key(text))
            pick = rank.choose(gaz, rows, rank.Evidence(area=area)) if rows else None
            if pick:  # a settlement as qualifier: its surroundings
                anchors.append((gaz.lat[pick[0]], gaz.lon[pick[0]]))
            else:
                unread = True
        country = str(context.country_code or "").upper() if context else ""
        if context is not None:
            anchors += context.spots()
        return rank.Evidence(area=area, country=country or None, anchors=tuple(anchors), unread_hint=unread)

    def _settlement(self, head: Part, ev: rank.Evidence) -> GeoResult | None:
        gaz = self.gazetteer
        if head.district_word and ev.area is None and not ev.anchors:
            return None  # "Kyivskyi district" exists in many cities: without an area, unknowable
        method = "exact"
        named: list[tuple[int, bool]] = []  # every place with the name, anywhere
        cands: list[tuple[int, bool]] = []  # those inside the named area
        for text in head.variants:
            here = rank.drop_former_names(gaz, gaz.lookup(match.name_key(text)))
            inside = [c for c in here if ev.area.contains(gaz, c[0])] if ev.area else here
            named = named or here
            if inside:
                named, cands = here, inside
                break
        if not named:  # the name exists nowhere as written: maybe misspelt
            fuzzy_area = ev.area or (match.Area(ev.country) if ev.country else None)
            for text in head.variants:
                cands = match.fuzzy_candidates(gaz, match.name_key(text), fuzzy_area)
                if fuzzy_area is not None and fuzzy_area.admin1 is None:  # country only: towns
                    cands = [c for c in cands if gaz.population[c[0]] >= rank.FUZZY_COUNTRY_POP]
                if cands:
                    named, method = cands, "fuzzy"
                    break
        elif not cands and ev.area is not None and not match.find_regions(gaz, head.text, fuzzy=False):
            cands = rank.prominent_outside(gaz, named, ev.area)
            method = "outside-area" if cands else method
        pick = rank.choose(gaz, cands, ev, self._alias_rows)
        if pick is None:
            return None
        row, margin, namesakes = pick
        if row not in self._alias_rows and rank.too_common(gaz, row, named, ev):
            return None
        main = any(m for r, m in cands if r == row)
        if method == "exact" and not main:
            method = "alternate"
            if gaz.population[row] < rank.ALTERNATE_TOWN_POP and not head.district_word \
                    and any(i not in gaz.designated for i in match.find_regions(gaz, head.text, fuzzy=False)):
                return None  # "Bekaa": the valley, not a village that once bore the name
        if row in self._alias_rows:
            method = "alias"
        base = {"exact": 0.9, "alias": 0.9, "alternate": 0.8, "fuzzy": 0.6, "outside-area": 0.5}[method]
        has_evidence = ev.area is not None or bool(ev.anchors)
        conf = rank.confidence(base, margin, namesakes, has_evidence)
        if ev.unread_hint:
            conf = round(conf * 0.7, 2)
        precision = KIND_NAMES[gaz.kind[row]]
        if head.district_word:
            precision, method, conf = "region", "district", round(conf * 0.8, 2)
        return GeoResult(self._place(row, precision), conf, method)

    def _place(self, row: int, precision: str) -> Place:
        gaz = self.gazetteer
        gid = gaz.geonameid[row]
        code = gaz.admin1[row] or None
        return Place(name=gaz.names[row], lat=gaz.lat[row], lon=gaz.lon[row], country_code=gaz.country[row],
                     admin1=gaz.admin1_names.get((gaz.country[row], code or "")), admin1_code=code,
                     geonameid=gid if gid > 0 else None, precision=precision)

    def _likeliest(self, found: list[int], ev: rank.Evidence) -> int:
        """Of same-name regions ("Centre" in Cameroon, Haiti and Togo), the one in the country
        the query or context names, else the one nearest the document's places, else the first."""
        regions = self.gazetteer.regions
        country = ev.area.country if ev.area is not None else ev.country

        def key(i: int) -> tuple:
            r = regions[i]
            near = min((match.km(r.lat, r.lon, la, lo) for la, lo in ev.anchors), default=0.0) \
                if r.lat is not None and not math.isnan(r.lat) else math.inf
            return (0 if country and r.country_code == country else 1, near)

        return min(found, key=key)

    def _region_sureness(self, found: list[int], ev: rank.Evidence, conf: float) -> float:
        """Lower when same-name regions of several countries are left to tell apart and
        nothing names the country: the caller may ask again with the document's places."""
        countries = {self.gazetteer.regions[i].country_code for i in found}
        told = (ev.area is not None and ev.area.country) or ev.country or ev.anchors
        return conf if len(countries) < 2 or told else round(conf * 0.6, 2)

    def _region_result(self, i: int, conf: float, method: str) -> GeoResult | None:
        r = self.gazetteer.regions[i]
        if r.lat is None or r.lon is None or math.isnan(r.lat):
            return None
        code = r.admin1 or None
        name1 = (r.name if r.feature == "admin1" else self.gazetteer.admin1_names.get((r.country_code, code or ""))) \
            if code else None
        place = Place(name=r.name, lat=r.lat, lon=r.lon, country_code=r.country_code or None,
                      geonameid=r.geonameid, precision=r.precision, admin1=name1, admin1_code=code)
        return GeoResult(place, conf, method)

    def _country_result(self, cc: str) -> GeoResult | None:
        name, lat, lon, gid = self.gazetteer.countries[cc]
        return GeoResult(Place(name=name, lat=lat, lon=lon, country_code=cc, geonameid=gid,
                               precision="country"), 0.9, "country")


def directional(query: str) -> tuple[tuple[int, int], str] | None:
    """("southern Lebanon") -> ((-1, 0), "Lebanon"); None without a leading compass word."""
    words = query.strip().split(None, 1)
    if len(words) < 2:
        return None
    step = vocabulary().directions.get(norm(words[0]))
    return (step, words[1]) if step is not None else None


_SHARED: dict[tuple, Geocoder] = {}


def shared(
    dumps: Sequence[str] = (), aliases: Sequence[str] = (), use_cache: bool = True,
    memo_size: int = MEMO_SIZE, bundled: bool = True,
) -> Geocoder:
    """One Geocoder per distinct settings in this process (a lazily filled registry)."""
    key = (tuple(map(str, dumps)), tuple(map(str, aliases)), use_cache, memo_size, bundled)
    if key not in _SHARED:
        _SHARED[key] = Geocoder(*key)
    return _SHARED[key]
