"""The side of a claimant: ukraine, russia or other.

In order: a named actor of the actor vocabulary ("Kremlin", "Volodymyr Zelensky"), a side
word ("Ukrainian officials", "the Russian-installed governor"), then the place a local
official or body speaks for, resolved with the geocoder: "the Kherson mayor", "the
governor of Kursk region", "Kursk's acting governor", "the health ministry in Gaza". A
Ukrainian place gives ukraine, a Russian one russia, any other country other. A local
claimant with no place in its name ("the regional governor") speaks for the place its
sentence is about.
"""
from __future__ import annotations

from typing import Callable

from ..text.tokens import Token, capital_runs, tokenize
from ..vocab import Vocab, vocab

CountryOf = Callable[[str], "str | None"]  # a place name -> its ISO country code, or None


def claimant_side(claimant: str | None, v: Vocab | None = None) -> str | None:
    """ukraine, russia or other from the actor vocabulary; None when it does not say."""
    if not claimant:
        return None
    v = v or vocab()
    return _vocab_side(tokenize(claimant), v)


def _vocab_side(toks: list[Token], v: Vocab) -> str | None:
    best = None
    for s, e, side in v.actors.find_all(toks):
        if best is None or e - s > best[0]:
            best = (e - s, str(side))
    if best:
        return best[1]
    for _, _, side in v.claimant_sides.find_all(toks):
        return str(side)
    return None


def span_side(tokens: list[Token], s: int, e: int, v: Vocab | None = None,
              country_of: CountryOf | None = None) -> str | None:
    """The side of the claimant phrase ``tokens[s:e]`` (with its apposition): vocabulary
    first, then the country of a place it is the local official or body of."""
    v = v or vocab()
    part = tokens[s:e]
    side = _vocab_side(part, v)
    if side or country_of is None:
        return side
    for a, b in capital_runs(part):
        if _is_home(part, a, b, v):
            side = _country_side(" ".join(t.text for t in part[a:b]), v, country_of)
            if side:
                return side
    return None


def apposition_side(tokens: list[Token], e: int, at: int, v: Vocab | None = None,
                    country_of: CountryOf | None = None) -> str | None:
    """The side an apposition between a claimant ending at ``e`` and its verb at ``at``
    gives: "X, a member of the Russian-installed administration, said" -> russia. Only a
    noun phrase ("a/an/the ...") between commas."""
    v = v or vocab()
    if at - e < 3 or tokens[e].lower != "," or tokens[at - 1].lower != "," \
            or tokens[e + 1].lower not in v.gram.indefinite_articles | {"the"}:
        return None
    return span_side(tokens, e + 1, at - 1, v, country_of)


def local_side(tokens: list[Token], s: int, e: int, v: Vocab | None = None,
               country_of: CountryOf | None = None) -> str | None:
    """The side of a local claimant with no place in its name ("the regional governor
    said"): the country of the first place its sentence names after a locative
    preposition ("killed two people in Belgorod, the regional governor said")."""
    v = v or vocab()
    if country_of is None or not any(t.lower in v.gram.local_claimant_words for t in tokens[s:e]):
        return None
    for a, b in capital_runs(tokens):
        if s <= a < e or a == 0 or tokens[a - 1].lower not in v.locative_preps:
            continue
        side = _country_side(" ".join(t.text for t in tokens[a:b]), v, country_of)
        if side:
            return side
    return None


def _country_side(name: str, v: Vocab, country_of: CountryOf) -> str | None:
    try:
        code = country_of(name)
    except Exception:  # a geocoder failure leaves the side unknown
        code = None
    if not code:
        return None
    code = code.lower()
    if code in v.gram.ukraine_country_codes:
        return "ukraine"
    if code in v.gram.russia_country_codes:
        return "russia"
    return "other"


def _is_home(part: list[Token], a: int, b: int, v: Vocab) -> bool:
    """Is the capitalised run part[a:b] the place a claimant speaks for? "X mayor",
    "X's governor", "X regional police", "mayor of X", "officials in X"."""
    if v.actors.find_all(part[a:b]):
        return False
    nxt = part[b].lower if b < len(part) else ""
    if nxt == "'s" or nxt in v.claimant_heads or nxt in v.region_words:
        return True
    if nxt in v.claimant_modifiers and b + 1 < len(part) and part[b + 1].is_word and not part[b + 1].is_cap:
        return True  # "Kharkiv regional governor"
    if a >= 2 and (part[a - 1].lower in v.gram.inside_source or part[a - 1].lower == "of"):
        before = [t.lower for t in part[max(0, a - 4):a - 1]]
        return any(w in v.claimant_heads for w in before)
    return False
