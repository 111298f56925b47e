"""Which category a quantity belongs to.

Quantities: the counted noun phrase after the number ("1,300 Ukrainian troops", "173 tanks",
"hundreds of civilians") says whether people or materiel are counted; a trigger inside that
phrase ("12 destroyed tanks"), right before the number ("killing six people", "the loss of
173 tanks"), or shortly after the phrase in the same clause ("... have been killed") gives the
category; items of a list ("173 tanks, 12 aircraft and 345 troop carriers") share it (list_items.py). A bare
number needs a toll phrase ("the death toll passed 1,500") or an adjacent trigger ("killing
at least 6", "dozens were injured").
"""
from __future__ import annotations

from .counted import CountedNP, QuantHit, counted_np, opens_loss_list, side_at, tally_np, tally_shaped  # noqa: F401  (re-exported)
from .counted import day_change
from .counted import tally_category as _tally_category
from .counted import bare_subset
from .counted import drop_single_item as _drop_single_item
from .counted import subset_of as _subset
from .list_items import (
    _QUOTES, _anaphoric, _continued, _distributed, _from_later_items, _linked, _shared_verb, _whole_of_part,
    brought_total,
)
from .numbers import Quantity
from ..text.tokens import Token
from .unit_vocab import unit_vocab
from ..vocab import Vocab, vocab


def _pick(payload: dict, kind: str) -> str | None:
    return payload.get(kind) if isinstance(payload, dict) else None


def _preceding(tokens, start, clause, cid, kind, v) -> tuple[str, tuple[int, int]] | None:
    """A trigger ending right before the number, with at most two filler words between."""
    for back in range(1, 12):
        k = start - back
        if k < 0 or clause[k] != cid:
            break
        m = v.quantity_triggers.match_at(tokens, k)
        if m and k + m[0] <= start:
            gap = tokens[k + m[0]:start]
            gap = [t for t in gap if t.lower not in _QUOTES]  # 'destroyed "dozens" of'
            if len(gap) >= 2 and gap[0].lower in v.gram.be_forms and gap[1].lower == ":":
                gap = gap[2:]  # "Destroyed were: a tank, nine armoured vehicles"
            gap = _drop_single_item(gap, v)  # "destroyed a tank, four armoured vehicles"
            if 2 <= len(gap) <= 3 and gap[0].lower in ("or", "and") and all(
                    t.is_word and not t.is_cap and t.lower.endswith(("ed", "ly")) for t in gap[1:]):
                gap = []  # "sank or severely damaged three warships": a second verb over the same count
            if gap and gap[-1].lower == ":":  # "Losses: 14 tanks", "destroyed there: 11 tanks", "Destroyed were:"
                gap = [t for t in gap[:-1] if t.lower not in unit_vocab().gap_adverbs and t.lower not in v.gram.be_forms]
            cat = _pick(m[1], kind)
            if cat and len(gap) <= 2 and all(t.lower in v.gram.fillers for t in gap):
                return cat, (k, k + m[0])
    return None


def _linked_trigger(tokens, start, clause, cid, kind, v) -> tuple[str, tuple[int, int]] | None:
    """A trigger earlier in the clause tied to the number by a linking verb ("losses on the
    same list include 790 tanks", "the dead included five children")."""
    if start >= 2 and tokens[start - 1].lower in unit_vocab().adjacent_loss_links:
        b = start - 2  # "put Russian air losses at 127 aircraft": the noun right before the link
        for a in range(b, max(-1, b - 3), -1):
            m = v.quantity_triggers.match_at(tokens, a)
            cat = _pick(m[1], kind) if m and a + m[0] == start - 1 else None
            if cat:
                return cat, (a, a + m[0])
    k = start - 1
    while k >= 0 and clause[k] == cid and start - k <= 3:
        m = unit_vocab().loss_links.match_at(tokens, k)
        if m and (k + m[0] == start or (k + m[0] == start - 1 and tokens[start - 1].lower == ":")):
            break  # "losses include 790 tanks", "losses include: 790 tanks"
        k -= 1
    else:
        return None
    if k < 0 or clause[k] != cid:
        return None
    for b in range(k - 1, max(-1, k - 14), -1):
        if clause[b] != cid or (tokens[b].is_digit and not _in_date(tokens, b, v)) \
                or tokens[b].lower in v.gram.clause_blockers or (k - b > 8 and tokens[b].lower == ","):
            break  # "losses between February 24 and July 8 have reached 37,200": dates do not cut
        m = v.quantity_triggers.match_at(tokens, b)
        cat = _pick(m[1], kind) if m and b + m[0] <= k else None
        if cat:
            return cat, (b, b + m[0])
    return None


def _following(tokens, end, clause, cid, kind, v, window=8) -> tuple[str, tuple[int, int]] | None:
    """A trigger shortly after the counted phrase (an appositive between commas is skipped)."""
    n = len(tokens)
    k = end
    if k < n and tokens[k].lower in (",", "-"):  # ", a unit of the brigade," / "- nine of them -"
        mark = tokens[k].lower  # the aside may hold commas of its own: ", mostly women, children and the elderly,"
        close = next((x for x in range(k + 1, min(n, k + 24)) if tokens[x].lower == mark and x + 1 < n
                      and (tokens[x + 1].lower in v.gram.auxiliaries or v.hypothetical.match_at(tokens, x + 1))), None)
        if close is not None:
            k = close + 1
    if k < n and tokens[k].lower in ("from", "of", "with"):  # "2,439 fighters from the Azov regiment and ... had surrendered"
        for j in range(k + 1, min(n, k + 13)):
            t = tokens[j]
            if clause[j] != cid or t.is_digit or t.lower in (",", ";", ".") or t.lower in v.gram.clause_blockers:
                break
            if t.lower in ("had", "have", "has", "were", "was") and j > k + 2:
                k = j
                break
    steps, crossed = 0, False
    while k < n and steps < window:
        t = tokens[k]
        if t.lower in v.gram.reduced_passives and k + 1 < n and v.quantity_triggers.match_at(tokens, k + 1):
            k += 1  # "22 people reported missing", "40 believed dead": the state reported
            steps += 1
            continue
        if clause[k] != cid or t.lower in v.gram.clause_blockers or t.lower in (".", "?", "!") \
                or (v.speech_verbs.match_at(tokens, k) and not v.quantity_triggers.match_at(tokens, k)
                    and tokens[k - 1].lower not in _BE):
            return None  # "one official said 5 people were killed": the figure is another's
        if (t.is_digit or t.lower in v.number_words) and not _in_date(tokens, k, v):
            crossed = True  # "500 deaths and 900 civilians injured": the trigger is the next figure's
        m = v.quantity_triggers.match_at(tokens, k)
        if m and crossed and tokens[k - 1].lower not in v.gram.auxiliaries:
            return None  # ... unless a finite verb shared by both ("5 soldiers and 2 civilians were killed")
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


def _carried(tokens, q: Quantity, clause, cid, kind, v) -> tuple[str, tuple[int, int]] | None:
    """People carried in a displacement ("an evacuation train left with 400 people on
    board", "buses carrying 60 residents fled the town"): a displacement trigger earlier in
    the clause and a carrying word right before the figure."""
    if kind != "person" or q.start == 0 or tokens[q.start - 1].lower not in unit_vocab().carriers:
        return None
    for k in range(q.start - 2, -1, -1):
        if clause[k] != cid:
            break
        m = v.quantity_triggers.match_at(tokens, k)
        if m and _pick(m[1], "person") == "displaced":
            return "displaced", (k, k + m[0])
    return None


def _bare(tokens, q, clause, v) -> tuple[str, tuple[int, int]] | None:
    """A number with no noun: "the death toll passed 1,500", "killing 6", "dozens were hurt"."""
    cid = clause[q.num_start]
    linked = q.start > 0 and tokens[q.start - 1].lower in v.toll_links  # "... rose to 57"
    rises = unit_vocab().toll_rises
    far = any(rises.match_at(tokens, k) and k + rises.match_at(tokens, k)[0] == q.start
              for k in range(max(0, q.start - 3), q.start))  # "... has risen to four"
    for back in range(1, 50 if far else 20 if linked else 3):
        k = q.start - back
        if k < 0 or (clause[k] != cid and not far) or (tokens[k].is_digit and not _in_date(tokens, k, v)) \
                or (far and tokens[k].lower in (";", ":")):
            break  # "the toll since the war began on October 7 passed 30,000": a date is no count
        m = v.toll_phrases.match_at(tokens, k)
        if m and k + m[0] <= q.start and (linked or k + m[0] == q.start):
            return str(m[1]), (k, k + m[0])  # "the death toll from the strike rose to 57"
        counted = _number_of(tokens, k, q.start, v) if linked else None
        if counted:
            return counted  # "the number of soldiers killed since May had passed 900"
        if far and tokens[k].lower in unit_vocab().count_nouns:
            break  # "... and the number of evacuees has risen to 300": another count's subject
    end = q.end + (1 if q.end < len(tokens) and tokens[q.end].lower in unit_vocab().more_words else 0)
    nxt = tokens[end] if end < len(tokens) else None  # "three more died", "two further were hurt"
    if nxt is not None and nxt.is_word and nxt.lower not in v.np_breakers and not nxt.is_cap \
            and not v.quantity_triggers.match_at(tokens, end):
        return None  # "captured 15 villages": counts something we do not know
    pre = _preceding(tokens, q.start, clause, cid, "person", v)
    if pre and pre[1][1] == q.start and tokens[pre[1][0]].lower.endswith(("ing", "ed")):
        return pre
    k = end
    while k < len(tokens) and tokens[k].lower in v.gram.auxiliaries and k - end < 4:
        k += 1
    if k < len(tokens) and clause[k] == cid:
        m = v.quantity_triggers.match_at(tokens, k)
        if m and _pick(m[1], "person"):
            return _pick(m[1], "person"), (k, k + m[0])
    return None


def _number_of(tokens, k: int, stop: int, v: Vocab) -> tuple[str, tuple[int, int]] | None:
    """"number of <people> <trigger>" at k ("the total number of civilians wounded")."""
    if tokens[k].lower not in unit_vocab().count_nouns or k + 1 >= stop or tokens[k + 1].lower != "of":
        return None
    for j in range(k + 2, min(stop, k + 7)):
        m = v.quantity_triggers.match_at(tokens, j)
        cat = _pick(m[1], "person") if m else None
        if cat and any(v.persons.match_at(tokens, x) for x in range(k + 2, j)):
            return cat, (j, j + m[0])
    return None


def key_figure(tokens, q, v) -> tuple[str, tuple[int, int]] | None:
    """A bulletin's key-figure line, "Internally displaced persons (Sudan): 9.6 million" or
    "People killed since January – 1,617 (OHCHR)": a label with a person trigger, a colon or
    dash, the figure, and at most a bracketed source or date after it."""
    k = q.start - 1
    if k < 1 or tokens[k].lower not in (":", "-"):
        return None
    rest = [t.lower for t in tokens[q.end:]]
    if rest and not (rest[0] in ("(", ".", ";") and (rest[0] != "(" or ")" in rest) and len(rest) <= 12):
        return None
    label = [j for j in range(k) if tokens[j].is_word]
    if not label or len(label) > 8 or any(t.is_digit for t in tokens[:k] if t.lower not in ("(", ")")):
        return None
    for j in label:
        m = v.quantity_triggers.match_at(tokens, j)
        cat = _pick(m[1], "person") if m else None
        if cat and j + m[0] <= k:
            return cat, (j, j + m[0])
    return None


def _in_date(tokens, k: int, v: Vocab) -> bool:
    """Is the number at k the day of a date ("on October 7", "7 October")?"""
    near = [tokens[x].lower.rstrip(".") for x in (k - 1, k + 1) if 0 <= x < len(tokens)]
    if k >= 2 and tokens[k - 1].lower == ".":
        near.append(tokens[k - 2].lower)  # "Sept. 27"
    return any(w in v.months for w in near)


def classify_quantities(tokens: list[Token], quantities: list[Quantity], clause: list[int],
                        v: Vocab | None = None, carry: list[QuantHit] | None = None,
                        opened: bool = False) -> list[QuantHit]:
    """Quantities with a category. ``carry``: the previous sentence's hits, whose list a
    sentence opening with "also", "in addition" ... continues ("It also listed 11 tanks");
    ``opened``: the previous sentence announced a loss summary ("... the following equipment:")."""
    v = v or vocab()
    hits: list[QuantHit] = []
    cont = _continued(tokens, carry, v)
    nps: list[CountedNP] = []  # counted phrases so far, for "30 of them"
    pending: list[QuantHit] = []  # counted phrases with no category yet
    for q in quantities:
        if _whole_of_part(tokens, q, v):
            continue  # "52 of 54 drones": 54 is how many came, the claim is the 52
        cid = clause[q.num_start]
        if (change := day_change(tokens, q, hits)) is not None:
            hits.append(change)  # "tanks - 1,218 (+13)": the day's 13 as well as the 1,218
            continue
        np_ = counted_np(tokens, q, v) or _anaphoric(tokens, q, nps or [h.np for h in (carry or []) if h.np])
        found = None
        tally = tally_np(tokens, q, v) if np_ is None or np_.start == q.end else None
        found = _tally_category(tokens, q, tally, carry, hits, v, opened) if tally is not None else None
        if found is not None:
            np_ = tally  # "tanks - 1,218 (+13);" below a loss line
        if np_ is not None:
            nps.append(np_)
        if np_ is None:
            found = _bare(tokens, q, clause, v) or _distributed(tokens, q, hits) or key_figure(tokens, q, v) \
                or brought_total(tokens, q, hits)
            if found is None:
                part = bare_subset(tokens, q, hits)  # "80 drones, including 31 over Bryansk"
                if part is not None:
                    hits.append(part)
                continue
            hits.append(QuantHit(q, found[0], None, found[1]))
            continue
        if found is None and np_.inner_trigger and _pick(np_.inner_trigger, np_.kind):
            found = (_pick(np_.inner_trigger, np_.kind), None)
        if found is None and np_.end < len(tokens) and tokens[np_.end].lower in v.gram.auxiliaries \
                and q.start > 0 and tokens[q.start - 1].lower == "and":  # "... were killed and 251 others were ..."
            found = _following(tokens, np_.end, clause, cid, np_.kind, v)
            k = np_.end
            while k < len(tokens) and tokens[k].lower in v.gram.auxiliaries:
                k += 1
            if found is None and k < len(tokens) and tokens[k].lower in v.gram.passive_victim_verbs:
                continue  # "... and 251 others were taken hostage": their own verb, no count of the first's
        if found is None and (part := _subset(tokens, q, hits, np_.kind)) is not None:
            found, np_ = part, (hits[-1].np if np_.anaphoric else np_)  # "22 of them": of the drones
        found = found or _preceding(tokens, q.start, clause, cid, np_.kind, v)
        found = found or _linked_trigger(tokens, q.start, clause, cid, np_.kind, v)
        if found is None and not np_.anaphoric and np_.head.lower() in v.gram.casualty_words and np_.self_category:
            found = (np_.self_category, None)  # "35 wounded, who were carried to hospital": the wounded
        found = found or _following(tokens, np_.end, clause, cid, np_.kind, v)
        found = found or _carried(tokens, q, clause, cid, np_.kind, v)
        if found is None and np_.self_category and np_.self_category in ("wounded", "killed") and hits \
                and hits[-1].category != np_.self_category:
            found = (np_.self_category, None)  # "300 people killed and 700 wounded": its own noun
        if found is None and hits and not np_.anaphoric and hits[-1].np and _linked(tokens, hits[-1], q, v):
            found = _shared_verb(tokens, hits[-1], np_.kind, v)
        if found is None and cont is not None and cont.np.kind == np_.kind and not np_.anaphoric:
            found = (cont.category, None)
        if found is None and np_.self_category and not (
                np_.self_category == "captured" and any(t.lower in v.gram.convict_words for t in tokens)):
            found = (np_.self_category, None)  # (not "freed 60 prisoners from the local jail": inmates)
        if found is None:
            pending.append(QuantHit(q, "", np_, None))
            continue
        category = found[0]
        if np_.kind == "materiel" and category != "materiel_lost":
            continue
        hits.append(QuantHit(q, category, np_, found[1]))
    return _from_later_items(tokens, pending, hits, v)

