"""Place mentions in a sentence, resolved with the geocoder.

Candidates are runs of capitalised words (and hashtags), read with the words around them:
"the city of X" / "X city" make a sure settlement, "X region" / "X oblast" a region (named
right after a town, "Chasiv Yar, Donetsk region", it is passed as ``GeoContext.region``), a
title or a vessel noun before ("President X", "the cruiser X") or a facility, force or
speech word after ("X airport", "Wagner fighters", "Moscow said") rule the run out, a
single capitalised word that is also an English word must follow a locative preposition or
a place adjective ("in Police", "central Paris", not "Police said"), and "south of X" marks
X as a reference point. A dateline ("KYIV, Ukraine (AP) —") is not a place of the story.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..geo import GeoContext
from ..records import Place
from .lexicon import is_common_word
from .tokens import Token, capital_runs, dateline_end
from .vocab import Vocab, vocab


_CACHE_MAX = 50_000


@dataclass
class PlaceMention:
    start: int  # token indices in the sentence
    end: int
    name: str
    place: Place
    kind: str  # settlement, region, country
    sure: bool = False  # named with a settlement or region word
    reference: bool = False  # "south of X", "outside X": a reference point


class PlaceResolver:
    """Wraps a geocoder: caches answers and never lets its errors escape."""

    def __init__(self, geocoder=None):
        self.geocoder = geocoder if geocoder is not None else default_geocoder()
        self._cache: dict[tuple, Place | None] = {}

    def resolve(self, name: str, region: str | None = None, country_code: str | None = None) -> Place | None:
        key = (name, region, country_code)
        if key in self._cache:
            return self._cache[key]
        if len(self._cache) >= _CACHE_MAX:
            self._cache.clear()  # a bounded cache: long streams must not grow memory
        place = None
        try:
            ctx = GeoContext(region=region, country_code=country_code, nearby=[])
            place = self.geocoder.geocode(name, ctx)
        except Exception:  # a geocoder failure must not stop extraction
            place = None
        if place is not None and not isinstance(place, Place):
            place = None
        self._cache[key] = place
        return place


def default_geocoder():
    """sitrep.geo's process-wide geocoder (built lazily, cached on disk)."""
    from sitrep.geo import Geocoder

    return Geocoder.default()


def _name(tokens: list[Token], s: int, e: int) -> str:
    return "".join((" " if k > s and tokens[k].space_before else "") + tokens[k].text for k in range(s, e))


def _is_reference(tokens: list[Token], s: int, v: Vocab) -> bool:
    k = s
    while k > 0 and tokens[k - 1].lower in ("the", "city", "town", "village", "of", "capital"):
        k -= 1
    for k0 in range(max(0, k - 5), s):
        m = v.reference_cues.match_at(tokens, k0)
        if m and k <= k0 + m[0] <= s:
            return True
    return False


def find_places(tokens: list[Token], resolver: PlaceResolver, v: Vocab | None = None,
                persons: frozenset[str] = frozenset()) -> list[PlaceMention]:
    """Resolved place mentions of a sentence, left to right. ``persons``: surnames of people
    named in the document, never taken for places."""
    v = v or vocab()
    cands = []
    body = dateline_end(tokens)  # a dateline says where the report was filed, not the event
    for s, e in capital_runs(tokens):
        if s < body:
            continue
        words = [tokens[k].text for k in range(s, e)]
        if any(w in v.not_places or w.rstrip(".") in v.not_places or w.lower() in v.weekdays
               or w.lower() in v.months for w in words) or (e - s == 1 and words[0] in persons):
            continue
        prev = tokens[s - 1].lower if s > 0 else ""
        prev2 = tokens[s - 2].lower if s > 1 else ""
        if prev in v.non_place_before or (prev == "'s" and prev2 in v.non_place_before):
            continue
        if prev == "of" and prev2 in v.water_words:
            continue
        kind, sure, end = "settlement", False, e
        nxt = tokens[e].lower if e < len(tokens) else ""
        last = words[-1].lower()
        if last in v.region_words and len(words) > 1:
            kind, sure, e = "region", True, e - 1
        elif nxt in v.region_words:
            kind, sure, end = "region", True, e + 1
        elif nxt in ("and", ",") and e + 2 < len(tokens) and tokens[e + 1].is_cap \
                and tokens[e + 2].lower in v.region_words and tokens[e + 2].lower.endswith("s"):
            kind, sure = "region", True  # "the Donetsk and Luhansk regions"
        elif words[-1] in v.bare_regions or " ".join(words) in v.bare_regions:
            kind, sure = "region", True
        elif nxt in v.non_place_after or nxt in v.force_nouns or v.speech_verbs.match_at(tokens, e) or (
                nxt == "'s" and e + 1 < len(tokens) and tokens[e + 1].lower in v.non_place_after):
            continue  # "X airport", "Wagner fighters", "Moscow denied": not where things happened
        elif last in v.settlement_cues and len(words) > 1:
            sure, e = True, e - 1
        elif nxt in v.settlement_cues and nxt not in ("capital", "outskirts", "community"):
            sure, end = True, e + 1
        if s >= 2 and tokens[s - 1].lower == "of" and tokens[s - 2].lower in v.settlement_cues:
            sure = True
        if s >= 1 and tokens[s - 1].lower == "#":
            sure = True
        name = _name(tokens, s, e)
        listed = prev in ("and", ",", "or") and cands and cands[-1][2] == s - 1  # "Lviv and Odesa"
        placed = prev in v.locative_preps or prev in v.place_adjectives or listed
        if not sure and e - s == 1 and is_common_word(name) and (not placed or name.lower() in v.np_breakers):
            continue  # "Police said ...", "Following the ...": an English word, not a bare name
        if nxt == "'s" and e + 1 < len(tokens) and tokens[e + 1].lower in v.force_nouns:
            continue  # "Moscow's troops": an actor
        cands.append((s, e, end, name, kind, sure))
    regions = [(c[0], c[3]) for c in cands if c[4] == "region"]
    out: list[PlaceMention] = []
    for s, e, end, name, kind, sure in cands:
        # "Chasiv Yar city, Donetsk district": the region named right after says where to look
        region_hint = next((r for rs, r in regions if end <= rs <= end + 4), None)
        if kind == "region":
            full = name if name.split()[-1].lower() in v.region_words else f"{name} region"
            place = resolver.resolve(full, region=name) or resolver.resolve(name, region=name)
            if place is None or place.precision != "region":  # keep the name, drop a town's point
                place = Place(full, precision="region", country_code=place.country_code if place else None)
            out.append(PlaceMention(s, end, full, place, "region", sure, _is_reference(tokens, s, v)))
            continue
        place = resolver.resolve(name, region=region_hint)
        if place is None and sure:
            place = Place(name, precision="settlement")
        if place is None:
            continue
        kind = place.precision if place.precision in ("country", "region") else "settlement"
        out.append(PlaceMention(s, end, name, place, kind, sure, _is_reference(tokens, s, v)))
    return out
