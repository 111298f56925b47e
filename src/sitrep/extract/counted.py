"""The noun phrase a quantity counts: people or materiel, its head, item and side.

"1,300 Ukrainian troops", "173 tanks", "hundreds of civilians", "21 of the 33 cruise
missiles", "twenty of our men": the phrase after the number names what is counted; a
trigger inside it ("12 destroyed tanks", "wounded soldiers") is kept for the category.
Nouns and sides come from counted.yaml.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from .numbers import Quantity
from .tokens import Token
from .vocab import Vocab, vocab


@dataclass
class CountedNP:
    start: int
    end: int
    kind: str  # person or materiel
    head: str
    item: str | None = None
    self_category: str | None = None
    side: str | None = None
    inner_trigger: dict | None = None
    anaphoric: bool = False  # "30 of them": the noun is an earlier phrase's


@dataclass
class QuantHit:
    q: Quantity
    category: str
    np: CountedNP | None
    trigger: tuple[int, int] | None  # token span of the trigger


def side_at(tokens: list[Token], s: int, e: int, v: Vocab) -> str | None:
    for k in range(s, e):
        m = v.victim_sides.match_at(tokens, k)
        if m:
            return str(m[1])
    return None


def _noun_at(tokens: list[Token], k: int, v: Vocab) -> tuple[str, int, object] | None:
    best = None
    for kind, index in (("materiel", v.items), ("person", v.persons), ("self", v.self_category)):
        m = index.match_at(tokens, k)
        if m and (best is None or m[0] > best[1]):
            best = (kind, m[0], m[1])
    return best


def counted_np(tokens: list[Token], q: Quantity, v: Vocab | None = None) -> CountedNP | None:
    """The noun phrase a quantity counts, if it names people or materiel."""
    v = v or vocab()
    n = len(tokens)
    j = q.end
    if q.of_ok and j < n and tokens[j].lower == "of":
        j += 1
        while j < n and tokens[j].lower in ("the", "their", "these", "those"):
            j += 1
    elif j + 2 < n and tokens[j].lower == "of" and (tokens[j + 1].is_digit or (
            tokens[j + 1].lower in ("the", "its", "their") and tokens[j + 2].is_digit)):
        j += 2 if tokens[j + 1].is_digit else 3  # "21 of the 33 cruise missiles"
    elif j + 1 < n and tokens[j].lower == "of" and tokens[j + 1].lower in v.gram.partitive and not (
            q.bare_word and q.value == 1):
        j += 2  # "twenty of our men", "50 of its soldiers"
    inner = None
    k = j - 1
    while k + 1 < min(n, j + 6):
        k += 1
        tok = tokens[k]
        if not (tok.is_word or (tok.lower == "-" and not tok.space_before) or tok.lower == "'s"
                or (tok.is_digit and not tok.space_before and k > 0 and tokens[k - 1].lower == "-")):
            return None  # model names such as "Su-25" may sit inside the phrase
        best = _noun_at(tokens, k, v)
        if best and best[0] == "person" and v.victim_sides.match_at(tokens, k) and k + 1 < n \
                and tokens[k + 1].is_word and tokens[k + 1].lower not in v.np_breakers \
                and not v.quantity_triggers.match_at(tokens, k + 1):
            continue  # "Ukrainian Su-25 jets": the adjective, not the people
        lead = v.quantity_triggers.match_at(tokens, k)  # "wounded soldiers", "dead civilians"
        while best is not None and k + best[1] < n and _noun_at(tokens, k + best[1], v):
            k += best[1]  # "Ukrainian troops": the last noun of the run is the head
            best = _noun_at(tokens, k, v)
            if inner is None and lead and _pick(lead[1], best[0] if best[0] != "self" else "person"):
                inner = (k, k, lead[1])
        if best is None:
            trig = v.quantity_triggers.match_at(tokens, k)
            if trig:
                inner = (k, k + trig[0], trig[1])
            elif tok.lower in v.np_breakers:
                return None
            continue
        kind, length, payload = best
        end = k + length
        self_cat = v.self_category.match_at(tokens, k)
        # "men and women": a second person noun joined by "and"
        if end + 1 < n and tokens[end].lower == "and" and v.persons.match_at(tokens, end + 1) \
                and not v.quantity_triggers.match_at(tokens, end + 1):
            end += 1 + v.persons.match_at(tokens, end + 1)[0]
        # "troops concentrations": our noun modifies an unknown plural head
        if end < n and tokens[end].is_word and not tokens[end].is_cap and tokens[end].lower.endswith("s") \
                and tokens[end].lower not in v.np_breakers and tokens[end].lower not in STOP_WORDS \
                and not v.quantity_triggers.match_at(tokens, end) \
                and not v.speech_verbs.match_at(tokens, end) and not v.persons.match_at(tokens, end):
            return None
        side = None
        if kind == "person" or kind == "self":
            side = v.persons.match_at(tokens, k)[1] if v.persons.match_at(tokens, k) else None
        side = side_at(tokens, j, k, v) or side
        if end + 1 < n and tokens[end].lower == "of":  # "bodies of civilians"
            m = v.persons.match_at(tokens, end + 1)
            if m:
                side = side or (str(m[1]) if m[1] else None)
        head = " ".join(t.text for t in tokens[j:end])
        return CountedNP(j, end, "materiel" if kind == "materiel" else "person",
                         head, str(payload) if kind == "materiel" else None,
                         str(self_cat[1]) if self_cat else None, side,
                         inner[2] if inner else None)
    return None


def _pick(payload: dict, kind: str) -> str | None:
    return payload.get(kind) if isinstance(payload, dict) else None
