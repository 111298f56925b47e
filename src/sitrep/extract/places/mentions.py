"""Place mentions in a sentence, resolved with the geocoder.

Candidates are runs of capitalised words (and hashtags), read with the words around them:
"the city of X" / "X city" make a sure settlement, "X region" / "X oblast" a region, a title
or a vessel noun before ("President X", "the cruiser X") or a facility, force or speech word
after ("X airport", "Wagner fighters", "Moscow said") rule the run out, a single capitalised
word that is also an English word must follow a locative preposition or a place adjective
("in Police", "central Paris", not "Police said"), and "south of X" marks X as a reference
point. Not places of the story: a dateline ("KYIV, July 8 (AP) -"), a nationality adjective
("German officials"), a street ("the Arbat pedestrian street"), a capital speaking for its
government ("Kyiv did not comment") and where someone spoke ("told reporters in Moscow").
A region named right after a town ("Selydove, in the Donetsk region") only says where to
look for the town: it is passed as ``GeoContext.region`` and is no place of its own; so is a
city named with one of its districts ("Kyiv's Shevchenkivskyi district" gives Kyiv).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

from ...geo.geocoder import directional
from ...records import Place
from ..text.lexicon import is_common_word
from .cues import (  # noqa: F401  (dateline, national, place_words, PlaceWords re-exported)
    PlaceWords, _adjective, _cue, _is_goal, _is_origin, _is_reference, _not_where, dateline, national, place_words,
)
from .resolver import PlaceResolver, default_geocoder  # noqa: F401  (re-exported)
from ..text.tokens import Token, capital_runs, hyphen_descriptor
from ..sides import conflict_countries, force_names, party_names
from ..vocab import Vocab, vocab


@dataclass
class PlaceMention:
    start: int  # token indices in the sentence
    end: int
    name: str
    place: Place
    kind: str  # settlement, region, country
    sure: bool = False  # named with a settlement or region word
    reference: bool = False  # "south of X", "outside X": a reference point
    cue: str | None = None  # the settlement word it was named with ("the town of X": town)
    referred: bool = False  # "the city": a place named earlier, not here
    goal: bool = False  # "fled to X", "a train left for X": where people went, not where it happened


def _water_names(tokens: list[Token], runs: list[tuple[int, int]], v: Vocab) -> list[tuple[int, int]]:
    """Runs with a water name joined across "of": "the Gulf of Aden", "the Sea of Azov"."""
    out: list[tuple[int, int]] = []
    for s, e in runs:
        if out and s == out[-1][1] + 1 and tokens[s - 1].lower == "of" \
                and tokens[out[-1][1] - 1].lower in v.water_words:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


BIG_TOWN = 100_000  # people: a capitalised word inside a sentence naming a city this big is the city


def _ask(resolver: PlaceResolver, method: str, arg) -> object:
    """``resolver.geocoder.<method>(arg)``; None when the geocoder lacks it or fails (a
    geocoder error only means "not known")."""
    ask = getattr(resolver.geocoder, method, None)
    try:
        return ask(arg) if ask is not None else None
    except Exception:  # noqa: BLE001
        return None


def _big_town(resolver: PlaceResolver, name: str) -> bool:
    """Whether ``name`` alone resolves to a city of at least ``BIG_TOWN`` people."""
    place = resolver.resolve(name)
    return place is not None and place.precision == "settlement" and (_ask(resolver, "population", place) or 0) >= BIG_TOWN


def _known_area(resolver: PlaceResolver, name: str) -> bool:
    """Whether the gazetteer names a region or area exactly so ("West Bank", "Red Sea")."""
    return bool(_ask(resolver, "known_area", name))


def _broad(resolver: PlaceResolver, place: Place) -> bool:
    """An area as wide as a country for the story ("Gaza", "the West Bank")."""
    return bool(_ask(resolver, "broad", place))


def _area_name(resolver: PlaceResolver, name: str) -> bool:
    """A name that resolves to a region of a country rather than to a town ("West Bank")."""
    place = resolver.resolve(name)
    return place is not None and place.precision == "region" and bool(place.country_code)


def _compass(tokens: list[Token], s: int) -> str:
    """The word right before a name, with a hyphenated compound whole ("north-east")."""
    if s >= 3 and tokens[s - 2].text == "-" and not tokens[s - 2].space_before and not tokens[s - 1].space_before:
        return f"{tokens[s - 3].lower}-{tokens[s - 1].lower}"
    return tokens[s - 1].lower if s > 0 else ""


def _name(tokens: list[Token], s: int, e: int) -> str:
    return "".join((" " if k > s and tokens[k].space_before else "") + tokens[k].text for k in range(s, e))


def _peoples_republic(tokens: list[Token], s: int, e: int) -> bool:
    """A run of capitals ending at ``e`` in "People" before "'s Republic", as a place's region
    ("a village in the Donetsk People's Republic"; not "the leader of the ... Republic")."""
    k = s - 1 - (s > 0 and tokens[s - 1].lower == "the")
    return e + 1 < len(tokens) and tokens[e - 1].lower == "people" and tokens[e].lower == "'s" \
        and tokens[e + 1].lower == "republic" and k >= 0 and tokens[k].lower == "in"


def _attached(tokens: list[Token], end: int, rs: int, w: PlaceWords) -> bool:
    """The region starting at ``rs`` is named right after a town ending at ``end``."""
    return end <= rs <= end + 6 and all(tokens[k].lower in w.attach_gap for k in range(end, rs))


def find_places(tokens: list[Token], resolver: PlaceResolver, v: Vocab | None = None,
                persons: frozenset[str] = frozenset(), nearby: Sequence[Place] = (),
                region: str | None = None, home: str | None = None, countries: frozenset[str] = frozenset(),
                core: frozenset[str] = frozenset()) -> list[PlaceMention]:
    """Resolved place mentions of a sentence, left to right. ``persons``: surnames of people
    named in the document, never taken for places; ``nearby``: places the document resolved
    already and ``region``: a region its paragraph names, both used to choose among namesakes;
    ``home``: the story's country code, ``countries``: those the document names with their
    neighbours, ``core``: without them (see ``PlaceResolver.resolve``)."""
    v = v or vocab()
    w = place_words()
    cands = []
    body = dateline(tokens, v)[1]  # a dateline says where the report was filed, not the event
    for s, e in _water_names(tokens, capital_runs(tokens), v):
        if s < body or hyphen_descriptor(tokens, e):
            continue  # "a Beijing-brokered truce", "the Kyiv-based group": a name describing another word
        if e + 2 < len(tokens) and tokens[e].lower in v.gram.port_words and tokens[e + 1].lower == "of" and tokens[e + 2].is_cap:
            continue  # "the Danube port of Izmail", "the Black Sea port of Novorossiysk": the port's town is the place
        republic = e - s > 1 and _peoples_republic(tokens, s, e)
        e -= republic  # "the Donetsk People's Republic": the region its name begins with
        words = [tokens[k].text for k in range(s, e)]
        named_after = e - s > 1 and s > 0 and tokens[s - 1].lower in _AT and not any(x in persons for x in words) \
            and all(x in v.given_names or x not in v.not_places for x in words)  # "in Abu Salim"
        if not named_after and (any(x in v.not_places or x.rstrip(".") in v.not_places or x.lower() in v.weekdays
                                    or x.lower() in v.months for x in words) or (e - s == 1 and words[0] in persons)):
            if not (e - s > 1 and _known_area(resolver, _name(tokens, s, e))):
                continue  # a word that is no place, unless the whole run names one ("West Bank")
        if any(_adjective(x, tokens[e] if e < len(tokens) else None, w) for x in words):
            continue
        prev = tokens[s - 1].lower if s > 0 else ""
        prev2 = tokens[s - 2].lower if s > 1 else ""
        if prev in v.non_place_before or (prev == "'s" and prev2 in v.non_place_before):
            continue
        if prev == "(" and e < len(tokens) and tokens[e].lower == ")" and (prev2 in v.force_nouns or prev2 in v.claimant_heads):
            continue  # "the Malian Armed Forces (FAMa)": the name's abbreviation, not a town
        if (m := v.items.match_at(tokens, s)) and s + m[0] >= e:
            continue  # "a Hermes 900 drone", "Leopard tanks": a weapon's name, not a town
        if e + 1 < len(tokens) and tokens[e].text == "-" and not tokens[e].space_before \
                and not tokens[e + 1].space_before and tokens[e + 1].text[:1].isdigit():
            continue  # "a Samad-4 drone", "Shahed-136": a model's designation, not a town
        if prev == "of" and prev2 in v.claimant_heads and is_common_word(tokens[s].text.lower()):
            continue  # "the Ministry of Justice", "Department of Defense": a body's name, not a town
        if prev == "of" and prev2 in v.water_words:
            continue
        if prev in v.locative_preps and prev2 in v.maker_words:
            continue  # "a tank made in Germany"
        kind, sure, end = "settlement", False, e
        nxt = tokens[e].lower if e < len(tokens) else ""
        governed = prev in v.locative_preps  # "officials in Kherson said": not a speaking capital
        last = words[-1].lower()
        if republic:
            kind, sure, end = "region", True, e + 3
        elif last in v.region_words and len(words) > 1:
            kind, sure, e = "region", True, e - 1
        elif nxt in v.region_words:
            kind, sure, end = "region", True, e + 1
        elif nxt in v.region_adjectives:
            kind, sure = "region", True  # "the Donetsk regional governor"
        elif nxt in ("and", ",") and e + 2 < len(tokens) and tokens[e + 1].is_cap \
                and tokens[e + 2].lower in v.region_words and tokens[e + 2].lower.endswith("s"):
            kind, sure = "region", True  # "the Donetsk and Luhansk regions"
        elif words[-1] in v.bare_regions or " ".join(words) in v.bare_regions:
            kind, sure = "region", True
        elif not (nxt == "military" and e + 1 < len(tokens) and tokens[e + 1].lower in w.military_sites) \
                and not (nxt in w.military_posts and tokens[e].text.islower() and prev == "the") and (
                (nxt in v.non_place_after and not (governed and v.speech_verbs.match_at(tokens, e)))
                or nxt in v.force_nouns or (v.speech_verbs.match_at(tokens, e) and not governed) or (
                nxt == "'s" and e + 1 < len(tokens) and tokens[e + 1].lower in v.non_place_after) or (
                nxt in ("and", ",") and e + 2 < len(tokens) and tokens[e + 1].is_cap and not governed
                and tokens[e + 2].lower in v.non_place_after)):  # "the Hausa and Berta ethnic groups"
            continue  # "X airport", "Wagner fighters", "Moscow denied": not where things happened
        elif last in v.settlement_cues and len(words) > 1:
            sure, e = True, e - 1
        elif nxt in v.settlement_cues and nxt not in ("capital", "outskirts", "community"):
            sure, end = True, e + 1
        if kind == "settlement" and _not_where(tokens, s, e, v, w, governed):
            continue
        if s >= 2 and tokens[s - 1].lower == "of" and tokens[s - 2].lower in v.settlement_cues:
            sure = True
        if kind == "settlement" and nxt == "," and _apposed_cue(tokens, e + 1, v):
            sure = True  # "Darul Jamal, a village in Borno state"
        if s >= 1 and tokens[s - 1].lower == "#":
            sure = True
        name = _name(tokens, s, e)
        if "-" in name and name.rsplit("-", 1)[1][:1].islower():
            continue  # "the Druze-majority city", "a Russian-held town": a description, not a name
        if s >= 2 and tokens[s - 1].lower == "-" and not tokens[s - 1].space_before and tokens[s - 2].lower in ("non", "pro", "anti"):
            continue  # "non-Arab populations", "pro-Russian forces"
        listed = prev in ("and", ",", "or") and cands and cands[-1][2] == s - 1  # "Lviv and Odesa"
        placed = prev in v.locative_preps or prev in v.place_adjectives or listed
        if not sure and e - s == 1 and is_common_word(name) and (not placed or name.lower() in v.np_breakers) \
                and not (s > 0 and tokens[s - 1].is_word and _big_town(resolver, name)):
            continue  # "Police said ...", "Following the ...": an English word, not a bare name ("captured Goma" is)
        if nxt == "'s" and e + 1 < len(tokens) and tokens[e + 1].lower in v.force_nouns:
            continue  # "Moscow's troops": an actor
        cands.append((s, e, end, name, kind, sure))
    return _resolve(tokens, cands, resolver, v, w, list(nearby), region, home, countries, core)


# nouns after a name that make it a site's own name ("the Naivasha market", "Zamzam camp")
NAMED_SITES = frozenset({"market", "camp", "hospital", "school", "neighbourhood", "neighborhood", "mosque",
                          "church", "street", "square", "district", "quarter", "junction", "roundabout"})


def _title_cased(tokens) -> bool:
    """A headline in title case ("Junta Airstrike Kills 17 at Monastery"): its capitals mark no names."""
    words = [t for t in tokens[1:] if t.is_word and len(t.text) > 3]
    return len(words) >= 4 and sum(t.is_cap for t in words) >= 0.8 * len(words)


def _placed_after(tokens, e: int, v: Vocab) -> bool:
    """Do the words after a site name place it ("Ramon Airport near Eilat", "X Hospital, in Y")?"""
    k = e + (1 if e < len(tokens) and tokens[e].lower == "," else 0)
    if k >= len(tokens) or tokens[k].lower not in v.locative_preps | {"near", "outside", "of"}:
        return False
    k += 1 + (1 if k + 1 < len(tokens) and tokens[k + 1].lower == "the" else 0)
    return k < len(tokens) and tokens[k].is_cap and tokens[k].lower not in v.months and tokens[k].lower not in v.weekdays


def _resolve(tokens, cands, resolver: PlaceResolver, v: Vocab, w: PlaceWords, nearby: list[Place],
             region: str | None, home: str | None = None, countries: frozenset[str] = frozenset(),
             core: frozenset[str] = frozenset()) -> list[PlaceMention]:
    regions = [(c[0], c[3]) for c in cands if c[4] == "region"]
    if not regions:  # an area named without a region word ("in the West Bank", "in Darfur")
        areas = [(c[0], c[3]) for c in cands if c[4] != "region" and _area_name(resolver, c[3])]
        regions = areas[:1] if len(areas) == 1 else []
    sentence_region = regions[0][1] if len(regions) == 1 else region
    title_cased = _title_cased(tokens)
    towns: dict[int, PlaceMention] = {}
    for s, e, end, name, kind, sure in cands:
        if kind == "region":
            continue
        # "Chasiv Yar city, Donetsk district": the region named right after says where to look
        hint = next((r for rs, r in regions if _attached(tokens, end, rs, w)), None)
        place = resolver.resolve(name, region=hint, nearby=nearby, area=sentence_region, home=home, countries=countries,
                                 core=core)
        if place is not None and hint and place.precision == "settlement":
            # "Tawila, in North Darfur": no namesake in Yemen, but the village the gazetteer lacks, in its region
            area = resolver.resolve(hint, countries=countries, core=core)
            if area is not None and area.precision == "region" and area.country_code \
                    and place.country_code != area.country_code:
                place = replace(area, name=name, geonameid=None)
        if place is not None and place.country_code and place.country_code not in conflict_countries() \
                and name.lower() in force_names():
            continue  # "Fano seized Lalibela", "a FAMa communique": a force's name, not the town of that name abroad
        if place is not None and place.precision != "country" and name.lower() in party_names() \
                and e < len(tokens) and tokens[e].lower in w.auxiliaries \
                and not (s > 0 and tokens[s - 1].lower in v.locative_preps):
            continue  # "Kyiv had provided the militants with intelligence": the government, not the city
        if place is not None and place.precision == "settlement" and countries and place.country_code \
                and place.country_code not in countries and e < len(tokens) and tokens[e].lower in NAMED_SITES:
            continue  # "the Naivasha market" in a Sudan story: a market's name, not the Kenyan town
        if place is not None and e < len(tokens) and tokens[e].lower in w.government_nouns \
                and not (s > 0 and tokens[s - 1].lower in v.locative_preps):
            continue  # "the Kyiv regime shelled X": the government, not the city
        if place is None and e - s >= 2 and tokens[e - 1].lower in v.gram.site_heads \
                and all(is_common_word(t.text.lower()) for t in tokens[s + 1:e - 1]) \
                and not _placed_after(tokens, e, v):
            # not "Kamal Adwan Hospital" (a person's name), nor "Ramon Airport near Eilat" (placed by its own words)
            town = resolver.resolve(tokens[s].text, nearby=nearby, home=home, countries=countries)
            if town is not None and town.precision == "settlement" and (not countries or town.country_code in countries):
                place = town  # "Kadugli Teaching Hospital": the site is in Kadugli
        unlisted = place is None and not sure and _unlisted(tokens, s, e, name, v)
        if place is None and (sure or unlisted) and not (" " not in name and is_common_word(name)) \
                and not title_cased and name.lower() not in force_names():
            # not "Junta Airstrike Kills 17 at Monastery Sheltering Displaced" (no name), nor "a Frontier Corps camp"
            place = Place(name, precision="settlement")  # not "Dozens of ...", "Children in ..."
            within = next((c for c in cands if c[0] > s and _attached(tokens, end, c[0], w)), None)
            found = resolver.resolve(within[3], nearby=nearby, home=home, countries=countries) if unlisted and within else None
            if found is not None and found.precision == "settlement":  # "Haret Hreik, in Beirut": where Beirut is
                place = replace(found, name=name, geonameid=None)
            elif found is not None:  # "Tinzaouaten in northern Mali": in that country, no point
                place = replace(place, country_code=found.country_code, admin1=found.admin1 if found.precision == "region" else None)
        if place is None:
            continue
        if sure and _broad(resolver, place):  # "Gaza City", "the city of Gaza": the town itself
            place = resolver.resolve(f"{name} city") or place
        compass = _compass(tokens, s)
        national = place.precision == "country" or _broad(resolver, place)
        if place.precision in ("country", "region") and compass and directional(f"{compass} {name}"):
            part = resolver.resolve(f"{compass} {name}")  # "southern Lebanon": its south
            if part is not None and part.precision == "region":
                place = part
        # a part of a country ("southern Lebanon") is as broad as a country: where a figure was
        # counted, never the place of an attack
        kind = "country" if national else place.precision if place.precision == "region" else "settlement"
        if hint and kind == "region" and place.name.split()[0].lower() != name.split()[0].lower() \
                and ((sure and _settlement_cued(tokens, s, end, v)) or _unlisted(tokens, s, e, name, v)):
            # "Darul Jamal, a village in Borno state", "near Sandaré, in the Kayes region": a village
            # the gazetteer lacks keeps its name, placed only as precisely as its area
            place, kind = replace(place, name=name, geonameid=None), "settlement"
        if kind == "settlement" and not sure and e - s == 1 and s > 0 and tokens[s - 1].lower == "the" and (
                end >= len(tokens) or not tokens[end].is_word or tokens[end].lower in v.np_breakers
                or tokens[end].lower in w.time_adverbs):
            continue  # "on the Dnipro", "across the Don": a river named like a town ("the X camp" is a place)
        axis = end < len(tokens) and tokens[end].lower in w.axis_words  # "the Donetsk direction"
        towns[s] = PlaceMention(s, end, name, place, kind, sure,
                                axis or (_is_reference(tokens, s, v) and not _is_origin(tokens, s, w)),
                                _cue(tokens, s, e, v), goal=_is_goal(tokens, s, w))
        if kind == "settlement" and place.lat is not None and place.precision != "region":
            nearby.append(place)
    out = list(towns.values())
    districts: list[int] = []  # ends of the districts named so far
    for s, e, end, name, kind, sure in cands:
        if kind != "region":
            continue
        if any(m.kind == "settlement" and _attached(tokens, m.end, s, w) for m in towns.values()):
            continue  # "Selydove, in the Donetsk region": the region only locates the town
        if any(_attached(tokens, d, s, w) for d in districts):
            continue  # "the Nikopol district of the Dnipropetrovsk region": it locates the district
        if _city_district(tokens, s, end, towns, v):
            continue  # "Kyiv's Shevchenkivskyi district": the city is the place
        word = _region_word(tokens, end, v)
        full = f"{name} {word}"  # with the region word the text used: "X district", "X oblast"
        city = _urban_district_city(name, word, nearby, w)
        if city is not None:  # "the Holosiivskyi district", in a story about Kyiv: Kyiv
            out.append(PlaceMention(s, end, city.name, city, "settlement", sure))
            continue
        hint = name
        if word in w.district_words:
            districts.append(end)
            hint = next((c[3] for c in cands if c[4] == "region" and c[0] >= end and _attached(tokens, end, c[0], w)), name)
        place = resolver.resolve(full, region=hint, nearby=nearby, countries=countries, core=core) \
            or resolver.resolve(name, region=hint, countries=countries, core=core)
        if place is not None and place.precision == "settlement" and word in w.district_words:
            # "the Pokrovsk district": a district is named after its main town, which locates it
            place = Place(full, place.lat, place.lon, place.country_code, None, "region",
                          admin1=place.admin1, admin1_code=place.admin1_code)
        elif word in w.district_words and hint != name and place is not None and place.precision == "region" \
                and place.name.split()[0].lower() != name.split()[0].lower():
            # "Tabayin Township, Sagaing Region": a district the gazetteer lacks keeps its name,
            # placed only as precisely as the region that locates it
            place = replace(place, name=full, geonameid=None)
        elif place is None or place.precision != "region" or (countries and place.country_code not in countries):
            # keep the name, drop a town's point or a region abroad the story never names ("Hodan district")
            abroad = place is None or (countries and place.country_code not in countries)
            place = Place(full, precision="region", country_code=None if abroad else place.country_code)
        out.append(PlaceMention(s, end, full, place, "region", sure, _is_reference(tokens, s, v) and not _is_origin(tokens, s, w),
                                goal=_is_goal(tokens, s, w)))
    out.sort(key=lambda m: m.start)
    for k in range(1, len(out)):  # "near Izium and Barvinkove": both are reference points
        gap = [t.lower for t in tokens[out[k - 1].end:out[k].start]]
        if out[k - 1].reference and not out[k].reference and gap and all(g in (",", "and", "or") for g in gap):
            out[k] = replace(out[k], reference=True)
    return out


_AT = ("in", "near", "outside", "around", "at")


def _unlisted(tokens: list[Token], s: int, e: int, name: str, v: Vocab) -> bool:
    """"a health centre in Wegel Tena": a proper name right after "in"/"near" that no gazetteer
    lists and that names no party, actor or title is a place the text names; it keeps its name
    without coordinates (a village cities500 lacks)."""
    site = e < len(tokens) and tokens[e].lower in place_words().military_posts and _site_governed(tokens, s)
    if s == 0 or (tokens[s - 1].lower not in _AT and not site) or e - s > 3:
        return False
    if s >= 2 and tokens[s - 2].lower == "," and tokens[s - 1].lower == "in":
        return False  # "Moqokori, in Hiiraan": an area that only locates the place before it
    if any(not t.is_word or not t.is_cap or t.text.isupper() or (t.text in v.not_places and not (
            e - s > 1 and t.text in v.given_names)) for t in tokens[s:e]):
        return False
    return name.lower() not in force_names() and not v.actors.find_all(tokens[s:e])


def _site_governed(tokens: list[Token], s: int) -> bool:
    """A post's name after "on the", "at the" or "at the Israeli army's": "an attack on the
    Boulkessi post", "drones at the Israeli army's Biranit barracks" name where it stands."""
    k = s - 1
    if k >= 0 and tokens[k].lower in ("'s", "’s"):  # "the Israeli army's": back to its article
        k -= 1
        while k > 0 and s - k <= 5 and tokens[k].lower != "the":
            k -= 1
    return k >= 1 and tokens[k].lower == "the" and tokens[k - 1].lower in _AT + ("on",)


def _urban_district_city(name: str, word: str, nearby: list[Place], w: PlaceWords) -> Place | None:
    """The city an adjectival district named alone belongs to: the last town of the story."""
    if word not in ("district", "districts") or " " in name or not name.lower().endswith(w.urban_district_endings):
        return None
    towns = [p for p in nearby if p.precision == "settlement" and p.lat is not None]
    return towns[-1] if towns else None


def _settlement_cued(tokens: list[Token], s: int, end: int, v: Vocab) -> bool:
    """A name the text calls a town or village: "the village of X", "X village", "X, a village"."""
    after = tokens[end].lower if end < len(tokens) else ""
    if after in ("'s", "’s"):
        return False  # "the main town of Burkina's Soum province": the name qualifies what follows
    return (tokens[end - 1].lower in v.settlement_cues or after in v.settlement_cues or (s >= 2 and tokens[s - 1].lower == "of" and tokens[s - 2].lower in v.settlement_cues)
            or (after == "," and _apposed_cue(tokens, end + 1, v)))


def _apposed_cue(tokens: list[Token], k: int, v: Vocab) -> bool:
    """", a (small) village", ", a farming town": a settlement word in apposition."""
    if k >= len(tokens) or tokens[k].lower not in ("a", "an"):
        return False
    return any(tokens[j].lower in v.settlement_cues for j in range(k + 1, min(k + 4, len(tokens))))


def _region_word(tokens: list[Token], end: int, v: Vocab) -> str:
    """The region word a region was named with, in the singular: "X oblast", "the X and Y
    districts" (for X and for Y: "district"); "region" when the text used none ("Donbas")."""
    said = tokens[end - 1].lower
    if said not in v.region_words and end + 2 < len(tokens) and tokens[end].lower in ("and", ",") \
            and tokens[end + 1].is_cap and tokens[end + 2].lower in v.region_words:
        said = tokens[end + 2].lower
    if said not in v.region_words:
        return "region"
    return said[:-1] if said.endswith("s") and said[:-1] in v.region_words else said


def _city_district(tokens: list[Token], s: int, end: int, towns: dict[int, PlaceMention], v: Vocab) -> bool:
    """"Kyiv's X district", "the X district of Kharkiv": a district named with its city."""
    if tokens[end - 1].lower not in ("district", "districts", "raion"):
        return False
    city = [m for m in towns.values() if m.kind == "settlement"]
    before = any(m.end + 1 == s and tokens[m.end].lower == "'s" for m in city)
    after = end + 1 < len(tokens) and tokens[end].lower == "of" and any(m.start == end + 1 for m in city)
    return before or after
