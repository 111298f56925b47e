"""Counts that are items of a list or lean on other counts of the sentence.

A list's items share a verb ("173 tanks, 12 aircraft and 345 troop carriers were destroyed",
with the verb before, after or only on the first item); "30 of them" counts an earlier noun;
"It also listed ..." continues the previous sentence's list; "two in Toretsk and one in
Siversk" splits a count over places; "52 of 54 drones" names a whole whose part is the claim.
"""
from __future__ import annotations

from .counted import CountedNP, QuantHit
from .counted import _pick, aside_end as _aside_end, participle_phrase_end as _participle_phrase_end
from .numbers import Quantity
from .unit_vocab import unit_vocab
from ..vocab import Vocab

_QUOTES = ('"', "'")


def _shared_verb(tokens, prev: QuantHit, kind: str, v: Vocab) -> tuple[str, tuple[int, int] | None] | None:
    """The category of a list item from the item before it: the same one for the same kind
    of thing; for people after materiel (or the reverse), the category the first item's verb
    has for this kind ("captured 17 soldiers and dozens of vehicles")."""
    if prev.np.kind == kind:
        return prev.category, prev.trigger
    if prev.trigger is None:
        return None
    m = v.quantity_triggers.match_at(tokens, prev.trigger[0])
    cat = _pick(m[1], kind) if m else None
    return (cat, prev.trigger) if cat else None


_SPLIT_PREPS = ("in", "at", "near", "around")


def brought_total(tokens, q: Quantity, hits: list[QuantHit]) -> tuple[str, tuple[int, int] | None] | None:
    """"Eleven more were killed, bringing the total since October 2023 to 71,386": the figure
    after "to" counts what the sentence's figure before it counts (categories.yaml
    ``total_bringers``, ``total_words``)."""
    if not hits or q.start < 3 or tokens[q.start - 1].lower != "to":
        return None
    uv = unit_vocab()
    for k in range(q.start - 2, max(-1, q.start - 10), -1):
        if tokens[k].lower in (".", ";"):
            return None
        if tokens[k].lower in uv.total_bringers and any(t.lower in uv.total_words for t in tokens[k + 1:q.start - 1]):
            return hits[-1].category, (k, q.start - 1)
    return None


def _distributed(tokens, q: Quantity, hits: list[QuantHit]) -> tuple[str, tuple[int, int] | None] | None:
    """A count split over places: "Two died in Bakhmut, two in Toretsk and one in Siversk".
    A bare figure followed by "in <Place>" and joined by "," / "and" right after the previous
    count's own "in <Place>" repeats that count's category for its own place."""
    if not hits or q.end + 1 >= len(tokens) or tokens[q.end].lower not in _SPLIT_PREPS:
        return None
    after = q.end + 1
    while after < len(tokens) and _place_word(tokens[after]):
        after += 1
    if not any(t.is_cap for t in tokens[q.end + 1:after]):
        return None  # "one in the southern city of Mykolaiv" names a place; "one in ten" does not
    if after < len(tokens) and tokens[after].lower not in (",", "and", ".", ";", ")"):
        return None  # "and 40 in Kharkiv were left without power": a clause of its own
    prev = hits[-1]
    k = q.start - 1
    while k >= 0 and tokens[k].lower in (",", "and"):
        k -= 1
    if k == q.start - 1:
        return None  # nothing joins the two counts
    # the previous count's place ends right before the join: "... in Bakhmut, two in ..."
    start = max(prev.np.end if prev.np else prev.q.end, (prev.trigger[1] if prev.trigger else 0))
    place = [x for x in range(start, k + 1) if tokens[x].lower in _SPLIT_PREPS]
    if not place or not all(_place_word(t) for t in tokens[place[-1] + 1:k + 1]) \
            or not any(t.is_cap for t in tokens[place[-1] + 1:k + 1]):
        return None
    return prev.category, prev.trigger


# lowercase words a place phrase may hold: "the Kyiv region", "the southern city of Mykolaiv"
_PLACE_WORDS = frozenset({"-", "'s", "the", "of", "city", "town", "village", "region", "province", "oblast",
                          "district", "state", "governorate", "southern", "northern", "eastern", "western",
                          "central", "nearby", "neighbouring", "neighboring"})


def _place_word(t) -> bool:
    return t.is_cap or t.lower in _PLACE_WORDS


def _linked(tokens, prev: QuantHit, q: Quantity, v: Vocab) -> bool:
    """Is ``q`` the next item of the list ``prev`` belongs to? Between them: commas, "and",
    "or", the first item's own trigger words ("2,900 tanks destroyed, damaged or captured,
    along with 4,000 ...") and at most one linking phrase ("along with", "including")."""
    k = prev.np.end if prev.np else prev.q.end
    joined = False
    while k < q.start:
        if tokens[k].lower == "and" and k + 1 < q.start and (tokens[k + 1].lower == "other" or (
                not tokens[k + 1].is_cap and v.items.match_at(tokens, k + 1))):
            j = k + 1  # "3,742 tanks and other vehicles, 659 launchers", "guns and mortars and 15 ..."
            while j < q.start and tokens[j].is_word and not tokens[j].is_cap and tokens[j].lower not in ("and", "or"):
                j += 1
            if j < q.start and tokens[j].lower in (",", "and"):
                joined, k = True, j + 1
                continue
        if tokens[k].lower in (",", "and", "or") or tokens[k].lower in _QUOTES:
            joined, k = True, k + 1
            continue
        if tokens[k].lower in v.gram.auxiliaries and tokens[k].lower not in ("all", "not", "since"):
            k += 1  # "77 of them had been shot down, along with 10 drones"
            continue
        m = v.quantity_triggers.match_at(tokens, k)
        if not m and tokens[k].is_word and not tokens[k].is_cap and tokens[k].lower.endswith("ed") \
                and tokens[k].lower not in v.np_breakers:
            m = (1, None)  # "destroyed, damaged or captured": a participle of the list's verbs
        if not m and k > 0 and tokens[k - 1].lower == ",":
            k2 = _aside_end(tokens, k, q.start)
            if k2 is not None:  # "11 tanks, including two Leopards, 36 ...": an aside
                k = k2
                continue
        if not m or k + m[0] > q.start:
            break
        k += m[0]
        if m[1] is None:  # "12 rockets fired from launchers and 302 drones": the participle's phrase
            k = _participle_phrase_end(tokens, k, q.start)
    if k == q.start:
        return joined
    m = unit_vocab().list_links.match_at(tokens, k)
    return m is not None and k + m[0] == q.start


def _anaphoric(tokens, q: Quantity, earlier: list[CountedNP]) -> CountedNP | None:
    """"launched 38 missiles ... 30 of them were intercepted": the pronoun after "of" counts
    the last noun phrase counted before it in the sentence."""
    k = q.end
    if not earlier or k + 1 >= len(tokens) or tokens[k].lower != "of" \
            or tokens[k + 1].lower not in unit_vocab().anaphoric:
        return None
    ante = earlier[-1]
    return CountedNP(k, k + 2, ante.kind, ante.head, ante.item, ante.self_category, ante.side, anaphoric=True)


def _continued(tokens, carry: list[QuantHit] | None, v: Vocab) -> QuantHit | None:
    """The previous sentence's last counted hit, when this sentence opens with a list
    continuation ("It also listed ...", "In addition, ...") and has no trigger of its own."""
    if not carry or carry[-1].np is None:
        return None
    if not any(unit_vocab().list_continuations.match_at(tokens, k) for k in range(min(4, len(tokens)))):
        return None
    if any(v.quantity_triggers.match_at(tokens, k) for k in range(len(tokens))):
        return None
    return carry[-1]


def _whole_of_part(tokens, q: Quantity, v: Vocab) -> bool:
    """Is ``q`` the whole of a part just counted ("52 of 54 drones", "21 of the 33 missiles")?"""
    k = q.start - 1
    if k >= 1 and tokens[k].lower in ("the", "its", "their"):
        k -= 1
    if k < 1 or tokens[k].lower != "of":
        return False
    prev = tokens[k - 1]
    return prev.is_digit or prev.lower in v.number_words


def _from_later_items(tokens, pending: list[QuantHit], hits: list[QuantHit], v: Vocab) -> list[QuantHit]:
    """A list whose verb comes after its last item ("three armoured vehicles, two pickup
    trucks and a howitzer were destroyed"): an earlier item with no category of its own takes
    the category of the next item of the same list."""
    for p in reversed(pending):
        nxt = min((h for h in hits if h.q.start > p.q.start and h.np is not None), key=lambda h: h.q.start, default=None)
        if nxt is not None and nxt.np.kind == p.np.kind and not nxt.np.anaphoric \
                and (nxt.trigger is None or nxt.trigger[0] > nxt.q.start) and _linked(tokens, p, nxt.q, v):
            hits.append(QuantHit(p.q, nxt.category, p.np, nxt.trigger))
    hits.sort(key=lambda h: h.q.start)
    return hits
