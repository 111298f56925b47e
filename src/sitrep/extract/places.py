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

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from ..records import Place
from .lexicon import is_common_word
from .place_resolver import PlaceResolver, default_geocoder  # noqa: F401  (re-exported)
from .tokens import Token, capital_runs, dateline_end
from .vocab import Vocab, _load, vocab


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


@dataclass(frozen=True)
class PlaceWords:
    demonyms: frozenset[str]
    demonym_suffixes: tuple[str, ...]
    street_nouns: frozenset[str]
    auxiliaries: frozenset[str]
    comment_verbs: frozenset[str]
    venue_words: frozenset[str]
    attach_gap: frozenset[str]
    goal_preps: frozenset[str]
    goal_words: frozenset[str]
    anaphor_modifiers: frozenset[str]
    district_words: frozenset[str]
    anaphors: dict[str, str]
    origin_preps: frozenset[str] = frozenset()
    national_cues: tuple[tuple[str, ...], ...] = ()


@lru_cache(maxsize=1)
def place_words() -> PlaceWords:
    """The place-reading word lists of places.yaml that the shared Vocab does not carry."""
    d = _load("places.yaml")
    low = lambda k: frozenset(str(w).lower() for w in d.get(k) or ())  # noqa: E731
    return PlaceWords(
        demonyms=frozenset(str(w) for w in d.get("demonyms") or ()),
        demonym_suffixes=tuple(str(w).lower() for w in d.get("demonym_suffixes") or ()),
        street_nouns=low("street_nouns"), auxiliaries=low("auxiliaries"),
        comment_verbs=low("comment_verbs"), venue_words=low("venue_words"),
        attach_gap=low("attach_gap"), goal_preps=low("goal_preps"), goal_words=low("goal_words"),
        anaphor_modifiers=low("anaphor_modifiers"), district_words=low("district_words"),
        anaphors={str(k).lower(): str(x) for k, x in (d.get("anaphors") or {}).items()},
        origin_preps=low("origin_preps"),
        national_cues=tuple(tuple(str(c).lower().split()) for c in d.get("national_cues") or ()))


def _name(tokens: list[Token], s: int, e: int) -> str:
    return "".join((" " if k > s and tokens[k].space_before else "") + tokens[k].text for k in range(s, e))


def dateline(tokens: list[Token], v: Vocab | None = None) -> tuple[int, int]:
    """(end of the dateline's place name, start of the story) in a sentence opening with a
    dateline ("KYIV, Ukraine (AP) -", "YANGON, Aug 5 -", "KYIV, July 8 (NWS) -"); (0, 0) if none."""
    v = v or vocab()
    n = len(tokens)
    if not n or not (tokens[0].is_word and tokens[0].text.isupper() and len(tokens[0].text) >= 3):
        return 0, 0
    k = 1
    while k < n and ((tokens[k].is_word and tokens[k].text.isupper()) or (  # "KYIV/MOSCOW"
            tokens[k].text == "/" and k + 1 < n and tokens[k + 1].is_word and tokens[k + 1].text.isupper())):
        k += 1
    body = dateline_end(tokens)
    if body:
        return k, body
    j = k + 1 if k < n and tokens[k].lower == "," else k
    if j < n and tokens[j].lower.rstrip(".") in v.months:
        j += 1
        j += 1 if j < n and tokens[j].is_digit else 0
    if j < n and tokens[j].lower == "(":
        close = next((x for x in range(j, min(n, j + 6)) if tokens[x].lower == ")"), None)
        j = close + 1 if close is not None else j
    if j > k and j < n and tokens[j].lower in ("-", ":"):
        return k, j + 1
    return 0, 0


def _is_reference(tokens: list[Token], s: int, v: Vocab) -> bool:
    k = s
    while k > 0 and tokens[k - 1].lower in ("the", "city", "town", "village", "of", "capital"):
        k -= 1
    for k0 in range(max(0, k - 5), s):
        m = v.reference_cues.match_at(tokens, k0)
        if m and k <= k0 + m[0] <= s:
            return True
    return False


def _adjective(word: str, nxt: Token | None, w: PlaceWords) -> bool:
    """"German", "Transcarpathian villages": a nationality or regional adjective."""
    if word in w.demonyms:
        return True
    return (nxt is not None and nxt.is_word and not nxt.is_cap
            and any(word.lower().endswith(suf) for suf in w.demonym_suffixes))


def _not_where(tokens: list[Token], s: int, e: int, v: Vocab, w: PlaceWords, governed: bool = False) -> bool:
    """A street, a capital as the subject of a speech verb (not after a preposition:
    "officials in Kyiv have said" name a place), or where someone spoke."""
    n = len(tokens)
    k = e
    while k < n and k - e < 2 and tokens[k].is_word and not tokens[k].is_cap:
        if tokens[k].lower in w.street_nouns:
            return True  # "Arbat pedestrian street"
        k += 1
    if k < n and tokens[k].lower in w.street_nouns and k > e:
        return True
    k = e
    while k < n and k - e < 3 and tokens[k].lower in w.auxiliaries:
        k += 1
    if not governed and k > e and k < n and (tokens[k].lower in w.comment_verbs or v.speech_verbs.match_at(tokens, k)):
        return True  # "Kyiv did not comment", "Moscow has said"
    p = s - 1
    while p >= 0 and tokens[p].lower in ("the", "a"):
        p -= 1
    if p >= 0 and tokens[p].lower in ("in", "at", "to", "from"):
        before = [tokens[x].lower for x in range(max(0, p - 3), p)]
        if any(b in w.venue_words for b in before):
            return True  # "told reporters in Moscow", "a visit to Paris"
    return False


def _cue(tokens: list[Token], s: int, e: int, v: Vocab) -> str | None:
    """The settlement word naming the place: "the town of X", "X city", "X, the ruined city"."""
    if s >= 2 and tokens[s - 1].lower == "of" and tokens[s - 2].lower in v.settlement_cues:
        return tokens[s - 2].lower
    if e < len(tokens) and tokens[e].lower in v.settlement_cues:
        return tokens[e].lower
    if e + 1 < len(tokens) and tokens[e].lower == "," and tokens[e + 1].lower in ("a", "an", "the"):
        for k in range(e + 2, min(len(tokens), e + 6)):
            if tokens[k].lower in v.settlement_cues:
                return tokens[k].lower
            if not tokens[k].is_word or tokens[k].is_cap:
                break
    return None


def _movement_prep(tokens: list[Token], s: int, preps: frozenset[str] | set[str], w: PlaceWords, reach: int) -> bool:
    """The place at ``s`` follows one of ``preps`` ("to", "from"), with a movement word
    ("fled", "evacuated", "train") within ``reach`` words before that preposition."""
    p = s - 1
    while p >= 0 and tokens[p].lower in ("the", "a"):
        p -= 1
    if p < 1 or tokens[p].lower not in preps:
        return False
    return any(tokens[k].lower in w.goal_words for k in range(max(0, p - reach), p))


def _is_goal(tokens: list[Token], s: int, w: PlaceWords) -> bool:
    """"fled to X", "evacuated by bus towards X", "a train left for X": X is a destination."""
    return _movement_prep(tokens, s, w.goal_preps, w, 5)


def _is_origin(tokens: list[Token], s: int, w: PlaceWords) -> bool:
    """"evacuated 300 people from X": X is where people left, not a reference point."""
    return _movement_prep(tokens, s, w.origin_preps, w, 10)


def national(tokens: list[Token], w: PlaceWords | None = None) -> bool:
    """The sentence gives a national figure ("since the fighting erupted", "nationwide")."""
    w = w or place_words()
    low = [t.lower for t in tokens]
    return any(low[k:k + len(c)] == list(c) for c in w.national_cues for k in range(len(low) - len(c) + 1))


def _attached(tokens: list[Token], end: int, rs: int, w: PlaceWords) -> bool:
    """The region starting at ``rs`` is named right after a town ending at ``end``."""
    return end <= rs <= end + 6 and all(tokens[k].lower in w.attach_gap for k in range(end, rs))


def find_places(tokens: list[Token], resolver: PlaceResolver, v: Vocab | None = None,
                persons: frozenset[str] = frozenset(), nearby: Sequence[Place] = (),
                region: str | None = None) -> list[PlaceMention]:
    """Resolved place mentions of a sentence, left to right. ``persons``: surnames of people
    named in the document, never taken for places; ``nearby``: places the document resolved
    already and ``region``: a region its paragraph names, both used to choose among namesakes."""
    v = v or vocab()
    w = place_words()
    cands = []
    body = dateline(tokens, v)[1]  # a dateline says where the report was filed, not the event
    for s, e in capital_runs(tokens):
        if s < body:
            continue
        words = [tokens[k].text for k in range(s, e)]
        if any(x in v.not_places or x.rstrip(".") in v.not_places or x.lower() in v.weekdays
               or x.lower() in v.months for x in words) or (e - s == 1 and words[0] in persons):
            continue
        if any(_adjective(x, tokens[e] if e < len(tokens) else None, w) for x in words):
            continue
        prev = tokens[s - 1].lower if s > 0 else ""
        prev2 = tokens[s - 2].lower if s > 1 else ""
        if prev in v.non_place_before or (prev == "'s" and prev2 in v.non_place_before):
            continue
        if prev == "of" and prev2 in v.water_words:
            continue
        kind, sure, end = "settlement", False, e
        nxt = tokens[e].lower if e < len(tokens) else ""
        governed = prev in v.locative_preps  # "officials in Kherson said": not a speaking capital
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
        elif (nxt in v.non_place_after and not (governed and v.speech_verbs.match_at(tokens, e))) \
                or nxt in v.force_nouns or (v.speech_verbs.match_at(tokens, e) and not governed) or (
                nxt == "'s" and e + 1 < len(tokens) and tokens[e + 1].lower in v.non_place_after):
            continue  # "X airport", "Wagner fighters", "Moscow denied": not where things happened
        elif last in v.settlement_cues and len(words) > 1:
            sure, e = True, e - 1
        elif nxt in v.settlement_cues and nxt not in ("capital", "outskirts", "community"):
            sure, end = True, e + 1
        if kind == "settlement" and _not_where(tokens, s, e, v, w, governed):
            continue
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
    return _resolve(tokens, cands, resolver, v, w, list(nearby), region)


def _resolve(tokens, cands, resolver: PlaceResolver, v: Vocab, w: PlaceWords, nearby: list[Place],
             region: str | None) -> list[PlaceMention]:
    regions = [(c[0], c[3]) for c in cands if c[4] == "region"]
    sentence_region = regions[0][1] if len(regions) == 1 else region
    towns: dict[int, PlaceMention] = {}
    for s, e, end, name, kind, sure in cands:
        if kind == "region":
            continue
        # "Chasiv Yar city, Donetsk district": the region named right after says where to look
        hint = next((r for rs, r in regions if _attached(tokens, end, rs, w)), None)
        place = resolver.resolve(name, region=hint, nearby=nearby, area=sentence_region)
        if place is None and sure:
            place = Place(name, precision="settlement")
        if place is None:
            continue
        kind = place.precision if place.precision in ("country", "region") else "settlement"
        towns[s] = PlaceMention(s, end, name, place, kind, sure, _is_reference(tokens, s, v) and not _is_origin(tokens, s, w), _cue(tokens, s, e, v),
                                goal=_is_goal(tokens, s, w))
        if kind == "settlement" and place.lat is not None:
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
        hint = name
        if word in w.district_words:
            districts.append(end)
            hint = next((c[3] for c in cands if c[4] == "region" and c[0] >= end and _attached(tokens, end, c[0], w)), name)
        place = resolver.resolve(full, region=hint, nearby=nearby) or resolver.resolve(name, region=hint)
        if place is not None and place.precision == "settlement" and word in w.district_words:
            # "the Pokrovsk district": a district is named after its main town, which locates it
            place = Place(full, place.lat, place.lon, place.country_code, None, "region")
        elif place is None or place.precision != "region":  # keep the name, drop a town's point
            place = Place(full, precision="region", country_code=place.country_code if place else None)
        out.append(PlaceMention(s, end, full, place, "region", sure, _is_reference(tokens, s, v) and not _is_origin(tokens, s, w),
                                goal=_is_goal(tokens, s, w)))
    out.sort(key=lambda m: m.start)
    return out


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
