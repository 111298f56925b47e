"""Quantities in a sentence: digits, number words, scales, ranges, qualifiers, vague words.

``find_quantities(tokens)`` returns every number that could count something, with its value
normalised; numbers that are measures, money, dates, times, ages, percentages, ordinals or
model/unit numbers ("T-64", "15-year-old", "2nd", "25%", "$5", "March 17") are rejected here.
Whether a quantity is a claim is decided later (it needs a counted noun and a trigger).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..text.tokens import Token
from ..vocab import Vocab, vocab


@dataclass
class Quantity:
    start: int  # first token (qualifier included)
    num_start: int  # first token of the number itself
    end: int  # token after the number expression (scale words included)
    value: float
    value_high: float | None = None
    qualifier: str = "exact"
    vague: str | None = None
    of_ok: bool = False  # "hundreds of people": the counted noun may follow "of"
    bare_word: bool = False  # a number word ("three"), not digits


def _digit_value(text: str) -> float | None:
    if ":" in text:
        return None  # a time
    t = text.replace(",", "")
    try:
        return float(t)
    except ValueError:
        return None


def _attached(tokens: list[Token], i: int) -> bool:
    return i < len(tokens) and not tokens[i].space_before


def _parse_digits(tokens: list[Token], i: int, v: Vocab) -> tuple[float, int, float] | None:
    """Value, end index, scale applied (1 if none); None for a non-count number."""
    tok = tokens[i]
    value = _digit_value(tok.text)
    if value is None:
        return None
    j = i + 1
    scale = 1.0
    if _attached(tokens, j):
        suf = tokens[j].lower
        if suf in v.scales and tokens[j].is_word:
            return value * v.scales[suf], j + 1, v.scales[suf]
        if suf in v.gram.ordinal_suffixes or suf == "%":
            return None
        if suf == "-" and _attached(tokens, j + 1) and tokens[j + 1].is_word:
            return None  # 15-year-old, 24-hour
    if j < len(tokens) and tokens[j].lower in v.scales and len(tokens[j].lower) > 2:
        scale = v.scales[tokens[j].lower]
        value *= scale
        j += 1
    return value, j, scale


_FIRST: dict[int, frozenset[str]] = {}


def _first_words(v: Vocab) -> frozenset[str]:
    """First words of the number-word phrases (a quick test before trying a phrase)."""
    got = _FIRST.get(id(v))
    if got is None:
        got = _FIRST[id(v)] = frozenset(k.split()[0] for k in v.number_words)
    return got


def _parse_words(tokens: list[Token], i: int, v: Vocab) -> tuple[float, int, float] | None:
    """A number written in words ("eleven", "twenty-five", "two hundred", "a dozen")."""
    if tokens[i].lower not in _first_words(v):
        return None
    best = None
    for n in (3, 2, 1):  # phrase entries such as "half a million", "a dozen"
        if i + n <= len(tokens):
            phrase = " ".join(t.lower for t in tokens[i:i + n])
            if phrase in v.number_words and (n > 1 or tokens[i].lower not in ("a",)):
                best = (v.number_words[phrase], i + n)
                break
    if best is None:
        return None
    value, j = best
    scale = 1.0
    # twenty-five
    if (j + 1 < len(tokens) and tokens[j].lower == "-" and _attached(tokens, j)
            and tokens[j + 1].lower in v.number_words and _attached(tokens, j + 1) and value >= 20):
        value += v.number_words[tokens[j + 1].lower]
        j += 2
    elif j < len(tokens) and tokens[j].lower == "-" and _attached(tokens, j):
        return None  # two-month, four-day
    while j < len(tokens) and tokens[j].lower in v.scales and len(tokens[j].lower) > 2:
        scale *= v.scales[tokens[j].lower]
        value *= v.scales[tokens[j].lower]
        j += 1
        if j + 1 < len(tokens) and tokens[j].lower == "and" and tokens[j + 1].lower in v.number_words:
            value += v.number_words[tokens[j + 1].lower]
            j += 2
    return value, j, scale


def _qualifier(tokens: list[Token], i: int, v: Vocab) -> tuple[str, int]:
    for back in (4, 3, 2, 1):
        k = i - back
        if k < 0:
            continue
        m = v.qualifiers.match_at(tokens, k)
        if m and k + m[0] == i:
            return str(m[1]), k
    return "exact", i


def _rejected_by_context(tokens: list[Token], start: int, num_start: int, end: int, value: float,
                         has_comma: bool, v: Vocab) -> bool:
    # measures, money and codes around the number
    if end < len(tokens) and v.units_after.match_at(tokens, end):
        return True
    for k in (start - 1, start - 2):
        if k >= 0:
            m = v.cues_before.match_at(tokens, k)
            if m and k + m[0] in (start, start - 1 if k == start - 2 else start):
                if k + m[0] == start or tokens[start - 1].lower in ("of", "at", "to", "is", "a", "the"):
                    return True
    for k in range(max(0, start - 4), start):
        m = v.cues_before.match_at(tokens, k)
        if m and k + m[0] == start:
            return True
    # dates: "March 17", "17 March"
    prev = tokens[num_start - 1] if num_start > 0 else None
    nxt = tokens[end] if end < len(tokens) else None
    if prev is not None and prev.is_cap and prev.lower.rstrip(".") in v.months:
        return True
    if nxt is not None and nxt.is_cap and nxt.lower.rstrip(".") in v.months:
        return True
    # years: "in 2014", "a 2020 attack" (a count of 2,000 people is written with a comma)
    if 1900 <= value <= 2100 and value == int(value) and not has_comma:
        if prev is None or prev.lower in v.gram.year_preps or (nxt is not None and not nxt.is_word):
            return True
    # a designation written with a space: "Hermes 900", "Leopard 2", "Challenger 2"
    if num_start > 0 and tokens[num_start - 1].is_cap:
        m = v.items.match_at(tokens, num_start - 1)
        if m and num_start - 1 + m[0] >= end:
            return True
    # model and unit numbers: T-64, An-225, G7
    if num_start > 0 and not tokens[num_start].space_before:
        p = tokens[num_start - 1]
        if p.is_word or p.lower == "-" or p.lower == "#":
            return True
    # ages: "Valentyna Nechyporenko, 77, mourns"
    if (prev is not None and prev.lower in (",", "(") and num_start >= 2 and tokens[num_start - 2].is_cap
            and nxt is not None and nxt.lower in (",", ")") and value < 120):
        return True
    return False


def _number_at(tokens: list[Token], i: int, v: Vocab) -> tuple[float, int, bool, bool, float] | None:
    """(value, end, has_comma, is_word, scale) of a number starting at token i."""
    tok = tokens[i]
    if tok.is_digit:
        r = _parse_digits(tokens, i, v)
        return None if r is None else (r[0], r[1], "," in tok.text, False, r[2])
    if tok.is_word:
        r = _parse_words(tokens, i, v)
        return None if r is None else (r[0], r[1], False, True, r[2])
    return None


def find_quantities(tokens: list[Token], v: Vocab | None = None) -> list[Quantity]:
    """Count-like quantities in a token list, left to right, without overlaps."""
    v = v or vocab()
    out: list[Quantity] = []
    i = 0
    n = len(tokens)
    while i < n:
        vm = v.vague.match_at(tokens, i)
        if vm:
            phrase, value = vm[1]
            qual, start = _qualifier(tokens, i, v)
            j = i + vm[0]
            if j + 1 < n and tokens[j].lower in ('"', "'") and not tokens[j].space_before \
                    and tokens[j + 1].lower == "of":
                j += 1  # a quoted vague word: '"dozens" of vehicles'
            word = " ".join(t.text for t in tokens[i:i + vm[0]])
            if word.lower().endswith(" of"):
                word = word[:-3]
            out.append(Quantity(start, i, j, value, None, qual if qual != "exact" else "approx",
                                word, of_ok=True))
            i = j
            continue
        parsed = _number_at(tokens, i, v)
        if parsed is None:
            i += 1
            continue
        value, j, has_comma, is_word, scale = parsed
        qual, start = _qualifier(tokens, i, v)
        high = None
        if j + 1 < n and tokens[j].lower == "to" and _rejected_by_context(tokens, start, i, j, value, has_comma, v):
            i = j  # "since October 2023 to 71,386": a date, then the figure on its own
            continue
        # ranges: 70,000-80,000 / 5 to 7 / between 5 and 7
        if j + 1 < n and tokens[j].lower in ("-", "to", "and"):
            if tokens[j].lower != "and" or (start > 0 and tokens[start - 1].lower == "between"):
                r = _number_at(tokens, j + 1, v)
                if r is not None and r[0] <= value and tokens[j].lower == "-":
                    i = r[1]  # "won 3-1": a score, not a range
                    continue
                if r is not None:
                    high = r[0]
                    if scale == 1.0 and r[4] > 1.0 and value * r[4] <= high:
                        value *= r[4]  # "5 to 7 million": the scale applies to both ends
                    if start > 0 and tokens[start - 1].lower == "from":
                        value, high = high, None  # "rose from 500 to 900": the new figure
                    else:
                        qual = "range"
                        if start > 0 and tokens[start - 1].lower == "between":
                            start -= 1
                    j = r[1]
        if _rejected_by_context(tokens, start, i, j, value, has_comma, v):
            i = j
            continue
        if is_word and value == 1 and tokens[i].lower == "one" and j < n and tokens[j].lower == "of":
            i = j
            continue
        scaled_plural = j > 0 and tokens[j - 1].lower in ("millions", "thousands", "hundreds")
        out.append(Quantity(start, i, j, value, high, qual, None, of_ok=scaled_plural,
                            bare_word=is_word))
        i = j
    return out
