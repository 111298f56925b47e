"""What the words around a place name say about it: a dateline, a reference point ("south
of X"), a nationality adjective, a street or a speaking capital, a destination or an origin
of flight, a national figure. The word lists come from places.yaml."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..text.tokens import Token, glued_hyphen, dateline_end
from ..vocab import Vocab, _load, vocab

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
    care_venues: frozenset[str] = frozenset()
    place_parts: frozenset[str] = frozenset()
    time_adverbs: frozenset[str] = frozenset()
    axis_words: frozenset[str] = frozenset()
    urban_district_endings: tuple[str, ...] = ()
    military_sites: frozenset[str] = frozenset()  # "the X military airfield": a site at X
    military_posts: frozenset[str] = frozenset()  # "the X post": a force's post at X
    beside_posts: frozenset[str] = frozenset()  # "near the base": beside it, not at it
    government_nouns: frozenset[str] = frozenset()  # "the Kyiv regime": the government, not the city


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
        origin_preps=low("origin_preps"), care_venues=low("care_venues"), place_parts=low("place_parts"),
        time_adverbs=low("time_adverbs"), axis_words=low("axis_words"), military_sites=low("military_sites"),
        military_posts=low("military_posts"), beside_posts=low("beside_posts"),
        government_nouns=low("government_nouns"),
        urban_district_endings=tuple(str(x).lower() for x in d.get("urban_district_endings") or ()),
        national_cues=tuple(tuple(str(c).lower().split()) for c in d.get("national_cues") or ()))



def dateline(tokens: list[Token], v: Vocab | None = None) -> tuple[int, int]:
    """(end of the dateline's place name, start of the story) in a sentence opening with a
    dateline ("KYIV, Ukraine (AP) -", "YANGON, Aug 5 -", "KYIV, July 8 (NWS) -", a rights
    group's "(Nairobi, May 12, 2025) –"); (0, 0) if none; (0, start) for a date-first dateline
    ("November 16, 2025 (KHARTOUM) –"), whose place is in brackets."""
    v = v or vocab()
    n = len(tokens)
    if n > 3 and tokens[0].text == "(" and tokens[1].is_word and tokens[1].is_cap:  # "(Nairobi, May 12, 2025) –"
        close = next((x for x in range(2, min(n, 12)) if tokens[x].text == ")"), None)
        if close is not None and close + 1 < n and tokens[close + 1].text in ("-", "–", "—") \
                and any(tokens[x].lower.rstrip(".") in v.months for x in range(2, close)):
            k = next((x for x in range(1, close) if not (tokens[x].is_word and tokens[x].is_cap)), close)
            return k, close + 2
    if n > 6 and tokens[0].lower.rstrip(".") in v.months and tokens[1].is_digit:  # "November 16, 2025 (KHARTOUM) –"
        k = 2 + (tokens[2].lower == ",")
        k += 1 if k < n and tokens[k].is_digit and len(tokens[k].text) == 4 else 0
        if k < n and tokens[k].text == "(":
            close = next((x for x in range(k + 1, min(n, k + 6)) if tokens[x].text == ")"), None)
            if close is not None and close + 1 < n and tokens[close + 1].text in ("-", "–", "—") \
                    and all(t.is_word and t.text.isupper() or t.text == "/" for t in tokens[k + 1:close]):
                return 0, close + 2  # the place is in the brackets: no name opens the sentence
    if n and tokens[0].is_word and tokens[0].is_cap and not tokens[0].text.isupper():
        body = dateline_end(tokens)  # "Beirut (AFP) –": the name runs to the comma or bracket
        k = next((x for x in range(body) if not tokens[x].is_cap or not tokens[x].is_word), body)
        return (k, body) if body else (0, 0)
    if not n or not (tokens[0].is_word and tokens[0].text.isupper() and len(tokens[0].text) >= 3):
        return 0, 0
    k = 1
    while k < n and ((tokens[k].is_word and tokens[k].text.isupper()) or (  # "KYIV/MOSCOW"
            tokens[k].text == "/" and k + 1 < n and tokens[k + 1].is_word and tokens[k + 1].text.isupper())
            or glued_hyphen(tokens, k)):  # "PORT-AU-PRINCE"
        k += 1
    body = dateline_end(tokens)
    if body:
        return k, body
    j = k + 1 if k < n and tokens[k].lower == "," else k
    if j < n and tokens[j].lower.rstrip(".") in v.months:
        j += 1
        j += 1 if j < n and tokens[j].text == "." else 0  # "Aug. 22"
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
            if k0 > 0 and tokens[k0 - 1].lower == "the" and tokens[k0].lower in _compass():
                continue  # "in the north of the enclave": a part of it, not a point outside
            return True
    return False


# Name endings of an area smaller than a region ("Masisi territory", "Depayin township"): it may
# hold the villages an event is placed at, and never stands for a first-level area.
DISTRICT_WORDS = ("district", "raion", "township", "locality", "commune", "territory", "county", "governorate")


def _compass() -> frozenset[str]:
    from ..events.frames import frames  # the compass words of frames.yaml

    return frames().compass


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
    if p >= 1 and tokens[p].lower in ("in", "at", "to", "from") and tokens[p - 1].lower in w.venue_words:
        return True  # "told reporters in Moscow", "a visit to Paris" (not "said the strike in X")
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
    """"fled to X", "evacuated by bus towards X", "a train left for X": X is a destination;
    so is "taken to (a) hospital in X": where the wounded were treated, not where they fell."""
    if _movement_prep(tokens, s, w.goal_preps, w, 5):
        return True
    p = s - 1
    if p < 2 or tokens[p].lower != "in" or tokens[p - 1].lower not in w.care_venues:
        return False
    return any(tokens[k].lower in ("to", "into") for k in range(max(0, p - 4), p - 1))


def _is_origin(tokens: list[Token], s: int, w: PlaceWords) -> bool:
    """"evacuated 300 people from X": X is where people left, not a reference point."""
    return _movement_prep(tokens, s, w.origin_preps, w, 10)


def national(tokens: list[Token], w: PlaceWords | None = None) -> bool:
    """The sentence gives a national figure ("since the fighting erupted", "nationwide")."""
    w = w or place_words()
    low = [t.lower for t in tokens]
    by_first = _cues_by_first(w.national_cues)
    return any(low[k:k + len(c)] == list(c) for k, word in enumerate(low) for c in by_first.get(word, ()))


@lru_cache(maxsize=4)
def _cues_by_first(cues: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """Cue phrases indexed by their first word: a sentence is read once, not once per cue."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for c in cues:
        if c:
            out.setdefault(c[0], []).append(c)
    return out
