"""Place names to ``Place`` records through a geocoder, with a cache and the document's context.

A name is first asked alone, so an unambiguous name always resolves the same way; only an
answer the geocoder is unsure of (or none) is asked again with the region named around it and
the places the document resolved before (``GeoContext.nearby``), which tell namesakes apart.
A geocoder error never escapes: the name is then simply not a place.
"""
from __future__ import annotations

from typing import Sequence

from ...geo import GeoContext
from ...geo.normalise import norm
from ...records import Place

_CACHE_MAX = 50_000
_SURE_ENOUGH = 0.85
_WELL_KNOWN = 100_000  # people: a town abroad this big may be meant in a story set elsewhere
_WORLD_CITY = 1_000_000  # people: ... and this big, even when named by another of its names


class PlaceResolver:
    """Wraps a geocoder: caches answers and never lets its errors escape. ``nearby``: places
    of the same document; they (and ``region``) are passed only when the name alone is
    ambiguous, so an unambiguous name always resolves the same way."""

    def __init__(self, geocoder=None):
        self.geocoder = geocoder if geocoder is not None else default_geocoder()
        self._cache: dict[tuple, tuple[Place | None, float]] = {}

    def resolve(self, name: str, region: str | None = None, country_code: str | None = None,
                nearby: Sequence[Place] = (), area: str | None = None, home: str | None = None,
                countries: frozenset[str] = frozenset(), core: frozenset[str] = frozenset()) -> Place | None:
        """``region``: named with the place, always used; ``area`` (a region named elsewhere in
        the sentence or paragraph) and ``nearby``: only for a name the geocoder finds ambiguous;
        ``home``: the story's country (dateline, headline), whose own town of that name wins over
        a namesake abroad when the geocoder is surer of it ("Saada" in a Yemen story);
        ``countries``: those the document names or files from, and their neighbours: a small
        town in another country is not the place meant; ``core``: the countries it names itself
        (not their neighbours), where a town of that name is looked for instead."""
        place = self._resolve(name, region, country_code, nearby, area)
        if home and not country_code and not region and place is not None and place.precision == "settlement" \
                and place.country_code != home:
            alt, conf = self._ask(name, None, home, ())
            _, first = self._ask(name, region, country_code, ())
            if alt is not None and conf > first and alt.precision == "settlement" and alt.country_code == home:
                return alt  # the home country's reading is the closer one
        if countries and not country_code and place is not None and place.country_code \
                and place.country_code not in countries \
                and (place.precision == "region" or (place.precision == "settlement" and self._loose_namesake(name, place))) \
                and not any(p is not None and p.country_code == place.country_code for p in nearby):
            # "Jinba" in a West Bank story is no "Inba" in Japan, "Bel Air" in Haiti none in Cameroon;
            # a town of that name in one of the story's countries is ("Bara" in a Sudan story: Barah)
            kinds = ("settlement", "region") if place.precision == "region" else ("settlement",)
            return self._in_countries(name, core, self._ask(name, region, None, ())[1], kinds)
        return place

    def _in_countries(self, name: str, countries: frozenset[str], floor: float,
                      kinds: tuple[str, ...] = ("settlement",)) -> Place | None:
        """The town (or, for a region's name, the region: "the North-West region" of Cameroon,
        not Botswana's) the geocoder reads ``name`` as inside one of ``countries``, when it is
        at least as sure of it as of the namesake abroad (``floor``); else None."""
        best, best_conf = None, floor
        for cc in sorted(countries):
            found, conf = self._ask(name, None, cc, ())
            if found is not None and found.country_code == cc and found.precision in kinds and conf >= best_conf:
                best, best_conf = found, conf
        return best

    def _loose_namesake(self, name: str, place: Place) -> bool:
        """A small town abroad, by the same name ("Bel Air", a Port-au-Prince neighbourhood,
        is also a Cameroonian village) or after spelling folds ("Jinba" -> "Inba"): in a story
        set elsewhere, and in a country none of the document's other places is in, not the
        place meant."""
        ask = getattr(self.geocoder, "population", None)
        try:
            population = ask(place) if ask is not None else None
        except Exception:  # a geocoder failure must not stop extraction
            population = None
        if population is None:
            return False
        if norm(place.name) != norm(name):  # matched only under another name ("Salif" -> Chlef): a city abroad
            return population < _WORLD_CITY  # by another name is meant only if it is a world city
        return population < _WELL_KNOWN

    def _resolve(self, name, region, country_code, nearby, area) -> Place | None:
        place, conf = self._ask(name, region, country_code, ())
        if place is None and not area and not country_code and not self._known(name):
            return None  # a name the gazetteer lacks ("Zelensky"): nearby places cannot help
        if (nearby or area) and not region and (place is None or conf < _SURE_ENOUGH):
            spots = tuple(p for p in nearby if p is not None and p.lat is not None)[-6:]
            again, _ = self._ask(name, area, country_code, spots)
            if again is not None and (again.precision != "region" or (place and place.precision == "region")) \
                    and not self._own_name_wins(name, place, again):
                place = again  # never the context region's fallback for an unknown name ("NWS")
        return place

    def _own_name_wins(self, name: str, first: Place | None, again: Place) -> bool:
        """Nearby places do not trade a town known by the very name asked ("Tyre") for a smaller
        one that only has a like-spelt alternate name ("Tire" for Tirat Karmel)."""
        if first is None or first.precision != "settlement" or again.precision != "settlement" \
                or norm(first.name) != norm(name) or norm(again.name) == norm(name):
            return False
        ask = getattr(self.geocoder, "population", None)
        try:
            big, small = (ask(first), ask(again)) if ask is not None else (None, None)
        except Exception:  # a geocoder failure must not stop extraction
            return False
        return big is not None and small is not None and big > small

    def within(self, place: Place, region: str) -> bool | None:
        """Whether the geocoder places ``place`` in ``region`` (None: it cannot tell)."""
        key = ("within", place.geonameid, place.lat, place.lon, region)
        if key not in self._cache:
            ask = getattr(self.geocoder, "within", None)
            try:
                answer = ask(place, region) if ask is not None else None
            except Exception:  # a geocoder failure must not stop extraction
                answer = None
            self._cache[key] = (None, {True: 1.0, False: 0.0, None: -1.0}[answer])
        conf = self._cache[key][1]
        return None if conf < 0 else conf > 0

    def _known(self, name: str) -> bool:
        key = ("known?", name)
        if key not in self._cache:
            known = getattr(self.geocoder, "known", None)
            try:
                self._cache[key] = (None, 1.0 if known is None or known(name) else 0.0)
            except Exception:  # a geocoder failure must not stop extraction
                self._cache[key] = (None, 1.0)
        return self._cache[key][1] > 0

    def _ask(self, name, region, country_code, nearby: tuple) -> tuple[Place | None, float]:
        key = (name, region, country_code, tuple((round(p.lat, 2), round(p.lon, 2)) for p in nearby))
        if key in self._cache:
            return self._cache[key]
        if len(self._cache) >= _CACHE_MAX:
            self._cache.clear()  # a bounded cache: long streams must not grow memory
        place, conf = None, 0.0
        try:
            ctx = GeoContext(region=region, country_code=country_code, nearby=list(nearby))
            ask = getattr(self.geocoder, "geocode_with_confidence", None)
            if ask is not None:
                found = ask(name, ctx)
                place, conf = found if found else (None, 0.0)
            else:
                place, conf = self.geocoder.geocode(name, ctx), 1.0
        except Exception:  # a geocoder failure must not stop extraction
            place = None
        if place is not None and not isinstance(place, Place):
            place = None
        self._cache[key] = (place, conf if place is not None else 0.0)
        return self._cache[key]


def default_geocoder():
    """sitrep.geo's process-wide geocoder (built lazily, cached on disk)."""
    from sitrep.geo import Geocoder

    return Geocoder.default()
