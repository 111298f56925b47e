"""Which category a quantity belongs to.

Quantities: the counted noun phrase after the number ("1,300 Ukrainian troops", "173 tanks",
"hundreds of civilians") says whether people or materiel are counted; a trigger inside that
phrase ("12 destroyed tanks"), right before the number ("killing six people", "the loss of
173 tanks"), or shortly after the phrase in the same clause ("... have been killed") gives the
category; items of a list ("173 tanks, 12 aircraft and 345 troop carriers") share it. A bare
number needs a toll phrase ("the death toll passed 1,500") or an adjacent trigger ("killing
at least 6", "dozens were injured").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from .numbers import Quantity
from .tokens import Token
from .unit_vocab import unit_vocab
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


def _preceding(tokens, start, clause, cid, kind, v) -> tuple[str, tuple[int, int]] | None:
    """A trigger ending right before the number, with at most two filler words between."""
    for back in range(1, 8):
        k = start - back
        if k < 0 or clause[k] != cid:
            break
        m = v.quantity_triggers.match_at(tokens, k)
        if m and k + m[0] <= start:
            gap = tokens[k + m[0]:start]
            cat = _pick(m[1], kind)
            if cat and len(gap) <= 2 and all(t.lower in v.gram.fillers for t in gap):
                return cat, (k, k + m[0])
    return None


def _linked_trigger(tokens, start, clause, cid, kind, v) -> tuple[str, tuple[int, int]] | None:
    """A trigger earlier in the clause tied to the number by a linking verb ("losses on the
    same list include 790 tanks", "the dead included five children")."""
    k = start - 1
    while k >= 0 and clause[k] == cid and start - k <= 3:
        m = unit_vocab().loss_links.match_at(tokens, k)
        if m and k + m[0] == start:
            break
        k -= 1
    else:
        return None
    if k < 0 or clause[k] != cid:
        return None
    for b in range(k - 1, max(-1, k - 9), -1):
        if clause[b] != cid or tokens[b].is_digit or tokens[b].lower in v.gram.clause_blockers:
            break
        m = v.quantity_triggers.match_at(tokens, b)
        cat = _pick(m[1], kind) if m and b + m[0] <= k else None
        if cat:
            return cat, (b, b + m[0])
    return None


def _following(tokens, end, clause, cid, kind, v, window=8) -> tuple[str, tuple[int, int]] | None:
    """A trigger shortly after the counted phrase (an appositive between commas is skipped)."""
    n = len(tokens)
    k = end
    if k < n and tokens[k].lower == ",":
        close = next((x for x in range(k + 1, min(n, k + 16)) if tokens[x].lower == ","), None)
        if close is not None and close + 1 < n and (tokens[close + 1].lower in v.gram.auxiliaries
                                                    or v.hypothetical.match_at(tokens, close + 1)):
            k = close + 1
    steps = 0
    while k < n and steps < window:
        t = tokens[k]
        if clause[k] != cid or t.lower in v.gram.clause_blockers or t.lower in (".", "?", "!") \
                or (v.speech_verbs.match_at(tokens, k) and not v.quantity_triggers.match_at(tokens, k)
                    and tokens[k - 1].lower not in _BE):
            return None  # "one official said 5 people were killed": the figure is another's
        m = v.quantity_triggers.match_at(tokens, k)
        if m:
            cat = _pick(m[1], kind)
            if cat and _own_object(tokens, end, k, k + m[0], v):
                return None  # "seized 30 villagers and killed 5 of them": another object
            if cat:
                return cat, (k, k + m[0])
        k += 1
        steps += 1
    return None


_BE = ("is", "are", "was", "were", "be", "been", "being")
_OBJECT_START = ("them", "him", "her", "the", "a", "an", "their", "his", "its", "several", "dozens", "hundreds")


def _own_object(tokens, np_end: int, s: int, e: int, v: Vocab) -> bool:
    """Is the trigger at s:e a second verb, joined by "and", with an object of its own?"""
    if not any(t.lower == "and" for t in tokens[np_end:s]) or e >= len(tokens):
        return False
    nxt = tokens[e]
    return nxt.is_digit or nxt.lower in v.number_words or nxt.lower in _OBJECT_START


def _bare(tokens, q, clause, v) -> tuple[str, tuple[int, int]] | None:
    """A number with no noun: "the death toll passed 1,500", "killing 6", "dozens were hurt"."""
    cid = clause[q.num_start]
    linked = q.start > 0 and tokens[q.start - 1].lower in v.toll_links  # "... rose to 57"
    for back in range(1, 15 if linked else 3):
        k = q.start - back
        if k < 0 or clause[k] != cid or tokens[k].is_digit:
            break
        m = v.toll_phrases.match_at(tokens, k)
        if m and k + m[0] <= q.start and (linked or k + m[0] == q.start):
            return str(m[1]), (k, k + m[0])  # "the death toll from the strike rose to 57"
    nxt = tokens[q.end] if q.end < len(tokens) else None
    if nxt is not None and nxt.is_word and nxt.lower not in v.np_breakers and not nxt.is_cap \
            and not v.quantity_triggers.match_at(tokens, q.end):
        return None  # "captured 15 villages": counts something we do not know
    pre = _preceding(tokens, q.start, clause, cid, "person", v)
    if pre and pre[1][1] == q.start and tokens[pre[1][0]].lower.endswith(("ing", "ed")):
        return pre
    k = q.end
    while k < len(tokens) and tokens[k].lower in v.gram.auxiliaries and k - q.end < 3:
        k += 1
    if k < len(tokens) and clause[k] == cid:
        m = v.quantity_triggers.match_at(tokens, k)
        if m and _pick(m[1], "person"):
            return _pick(m[1], "person"), (k, k + m[0])
    return None


def _linked(tokens, prev: QuantHit, q: Quantity, v: Vocab) -> bool:
    """Is ``q`` the next item of the list ``prev`` belongs to? Between them: commas, "and",
    "or", the first item's own trigger words ("2,900 tanks destroyed, damaged or captured,
    along with 4,000 ...") and at most one linking phrase ("along with", "including")."""
    k = prev.np.end if prev.np else prev.q.end
    joined = False
    while k < q.start:
        if tokens[k].lower in (",", "and", "or"):
            joined, k = True, k + 1
            continue
        m = v.quantity_triggers.match_at(tokens, k)
        if not m and tokens[k].is_word and not tokens[k].is_cap and tokens[k].lower.endswith("ed") \
                and tokens[k].lower not in v.np_breakers:
            m = (1, None)  # "destroyed, damaged or captured": a participle of the list's verbs
        if not m or k + m[0] > q.start:
            break
        k += m[0]
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


def classify_quantities(tokens: list[Token], quantities: list[Quantity], clause: list[int],
                        v: Vocab | None = None) -> list[QuantHit]:
    v = v or vocab()
    hits: list[QuantHit] = []
    nps: list[CountedNP] = []  # counted phrases so far, for "30 of them"
    for q in quantities:
        cid = clause[q.num_start]
        np_ = counted_np(tokens, q, v) or _anaphoric(tokens, q, nps)
        found = None
        if np_ is not None:
            nps.append(np_)
        if np_ is None:
            found = _bare(tokens, q, clause, v)
            if found is None:
                continue
            hits.append(QuantHit(q, found[0], None, found[1]))
            continue
        if np_.inner_trigger and _pick(np_.inner_trigger, np_.kind):
            found = (_pick(np_.inner_trigger, np_.kind), None)
        found = found or _preceding(tokens, q.start, clause, cid, np_.kind, v)
        found = found or _linked_trigger(tokens, q.start, clause, cid, np_.kind, v)
        found = found or _following(tokens, np_.end, clause, cid, np_.kind, v)
        if found is None and hits and not np_.anaphoric and _linked(tokens, hits[-1], q, v) and hits[-1].np \
                and hits[-1].np.kind == np_.kind:
            found = (hits[-1].category, hits[-1].trigger)
        if found is None and np_.self_category:
            found = (np_.self_category, None)
        if found is None:
            continue
        category = found[0]
        if np_.kind == "materiel" and category != "materiel_lost":
            continue
        hits.append(QuantHit(q, category, np_, found[1]))
    return hits
