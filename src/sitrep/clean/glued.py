"""Words glued across a lost space ("Odesain the south", "Khartoumon Monday").

Scrapers that drop a line break or a tag often join a place name to the small word after it.
Such a word is split again when it is not itself a word or a name the gazetteer knows, and its
head is a well-known place (a country or region of five letters or more, or a town of at least
``MIN_POPULATION`` people; ``MIN_POPULATION_LONG`` for eight letters or more,
``MIN_POPULATION_SHORT`` for four) followed by one of the
small words below; anything else ("Jason", "Bastion", "Login", a URL) is left as it is. The repair only inserts a
space, so the text stays the page's text; the number of repairs is kept in ``meta``.
"""
from __future__ import annotations

import re

TAILS = ("in", "on", "at", "and", "near", "from", "after", "before", "was", "were", "has", "had", "said")
MIN_POPULATION = 50_000  # people in a town of five to seven letters
MIN_POPULATION_LONG = 5_000  # in a town of eight letters or more ("Mirebalais"): long heads are rarely word parts
MIN_POPULATION_SHORT = 400_000  # in a town of four letters ("Kyiv", "Goma"): short heads are often word parts
_WORD = re.compile(r"(?<![\w/.\-@])([A-Z][a-z\u00C0-\u024F]{3,}?)(" + "|".join(sorted(TAILS, key=len, reverse=True))
                   + r")\b(?![/.\-]\w)")


def unglue(text: str, geocoder=None) -> tuple[str, int]:
    """``text`` with glued place names split, and how many were split."""
    if not text:
        return text, 0
    found = [m for m in _WORD.finditer(text)]
    if not found:
        return text, 0
    if geocoder is None:
        from ..geo import Geocoder

        geocoder = Geocoder.default()
    out, last, n = [], 0, 0
    for m in found:
        head = m.group(1)
        if _well_known(head, geocoder) and not _known(m.group(0), geocoder):
            out.append(text[last:m.end(1)])
            out.append(" ")
            last = m.end(1)
            n += 1
    out.append(text[last:])
    return "".join(out), n


def _known(name: str, geocoder) -> bool:
    from ..extract.text.lexicon import is_common_word, is_dictionary_word

    return is_common_word(name) or is_dictionary_word(name) or geocoder.known(name)


def _well_known(name: str, geocoder) -> bool:
    from ..geo.normalise import norm

    try:
        found = geocoder.geocode_with_confidence(name)
    except Exception:  # a geocoder failure leaves the text as it is
        return False
    if not found:
        return False
    place, confidence = found
    if norm(place.name) != norm(name) and confidence < 0.7:
        return False  # a loose match ("Brod" -> Erode) is no evidence of a glued place
    if place.precision in ("country", "region"):
        return len(name) >= 5
    population = geocoder.population(place)
    least = MIN_POPULATION_LONG if len(name) >= 8 else MIN_POPULATION if len(name) >= 5 else MIN_POPULATION_SHORT
    return population is not None and population >= least
