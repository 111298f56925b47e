"""Read a geocoding query: the place, and the larger units that qualify it.

"Kozarovychi, Kyiv Oblast" -> place "kozarovychi", hints ["kyiv oblast"];
"near Saltivka" -> place "saltivka"; "Donetsk Oblast" -> place "donetsk", marked as a region.
Vocabularies come from ``data/geo/query.yaml``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from sitrep.geo import normalise
from sitrep.geo.normalise import norm


@dataclass
class Vocabulary:
    separators: re.Pattern
    designators: frozenset[str]  # normalised single region words of 6+ letters
    region_words: re.Pattern
    region_fillers: re.Pattern
    district_words: re.Pattern
    leading_words: re.Pattern
    trailing_words: re.Pattern
    district_endings: list[re.Pattern]
    directions: dict[str, tuple[int, int]]


def _words_pattern(words: list[str], leading: bool = False) -> re.Pattern:
    normed = sorted({norm(w) for w in words if norm(w)}, key=len, reverse=True)
    body = "|".join(re.escape(w) for w in normed)
    if leading:
        return re.compile(rf"^(?:(?:{body})\s+)+")
    return re.compile(rf"(?:^|\s)(?:{body})(?=\s|$)")


@functools.lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    spec = normalise.load_yaml("query.yaml")
    seps = "".join(re.escape(s) for s in spec["separators"])
    return Vocabulary(
        separators=re.compile(f"[{seps}]"),
        designators=frozenset(w for w in map(norm, spec["region_words"]) if len(w) >= 6 and " " not in w),
        region_words=_words_pattern(spec["region_words"]),
        region_fillers=_words_pattern(spec["region_fillers"]),
        district_words=_words_pattern(spec["district_words"]),
        leading_words=_words_pattern(spec["leading_words"] + spec["settlement_words"], leading=True),
        trailing_words=re.compile(_words_pattern(spec["settlement_words"]).pattern + "$"),
        district_endings=[re.compile(p) for p in spec.get("district_adjective_endings", [])],
        directions={norm(w): (int(d[0]), int(d[1])) for w, d in (spec.get("directions") or {}).items()},
    )


def _squash(text: str) -> str:
    return " ".join(text.split())


def _fix_designators(normed: str) -> str:
    """Words one edit away from a region designator become it ("olast" -> "oblast")."""
    words = normed.split()
    if len(words) < 2:
        return normed
    designators = vocabulary().designators
    for i, w in enumerate(words):
        if len(w) >= 5 and w not in designators:
            for d in designators:
                if OSA.distance(w, d, score_cutoff=1) <= 1:
                    words[i] = d
                    break
    return " ".join(words)


def strip_region_words(text: str) -> str:
    """Normalised name without region designators: "Oblast Donetsk" -> "donetsk"."""
    voc = vocabulary()
    return _squash(voc.region_fillers.sub(" ", voc.region_words.sub(" ", _fix_designators(norm(text)))))


@dataclass
class Part:
    """One comma-separated part of a query, read."""

    variants: list[str]  # normalised readings, most literal first ("" never included)
    region_word: bool = False  # it named a region ("Donetsk Oblast")
    district_word: bool = False  # it named a district ("Bucha raion")

    @property
    def text(self) -> str:
        return self.variants[-1] if self.variants else ""


@dataclass
class ParsedQuery:
    place: Part
    hints: list[Part] = field(default_factory=list)


def split_parts(query: str) -> list[str]:
    return [p for p in (s.strip() for s in vocabulary().separators.split(query)) if p]


def read_part(text: str) -> Part:
    """Readings of one part: as written (designators removed), then without leading words
    ("near", "village of"), then without a trailing settlement-type word ("X village")."""
    voc = vocabulary()
    t = _fix_designators(norm(text))
    region = bool(voc.region_words.search(t))
    district = bool(voc.district_words.search(t))
    if region:
        t = _squash(voc.region_fillers.sub(" ", voc.region_words.sub(" ", t)))
    if district:
        t = _squash(voc.district_words.sub(" ", t))
    variants = [t]
    lead = voc.leading_words.sub("", t + " ").strip()
    variants.append(lead)
    variants.append(_squash(voc.trailing_words.sub(" ", lead)))
    if district:  # "izyumskyi" -> "izyum", "izyumsk"
        variants += [p.sub("", variants[-1]) for p in voc.district_endings]
    seen: list[str] = []
    for v in variants:
        if v and v not in seen:
            seen.append(v)
    return Part(variants=seen, region_word=region, district_word=district)


def parse(query: str) -> ParsedQuery:
    parts = [read_part(p) for p in split_parts(query)]
    parts = [p for p in parts if p.variants]
    if not parts:
        return ParsedQuery(place=Part(variants=[]))
    return ParsedQuery(place=parts[0], hints=parts[1:])
