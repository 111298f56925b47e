"""Counts of one: a single named or singular victim ("a civilian was killed", "Russian
troops killed a civilian", "Ruslan was killed", "the body of a civilian killed ..."), and a
single piece of materiel right after a loss verb ("shot down a Ukrainian Su-25 jet")."""
from __future__ import annotations

import re

from .categories import CountedNP, QuantHit, side_at
from .numbers import Quantity
from ..text.tokens import Token
from ..vocab import Vocab, vocab


_ONE = ("a", "an", "one", "another")
# "killing the driver", "killed its rider", "The vice-principal was shot dead": one known person
_DEFINITE = ("the", "its", "his", "her", "their")


def _singular_person(tokens: list[Token], k: int, v: Vocab) -> int | None:
    """End of "a/an/one/the [two modifiers] <singular person noun>" starting at k ("a
    17-year-old" names a person too), or None."""
    if k >= len(tokens) or tokens[k].lower not in _ONE + _DEFINITE:
        return None  # "another person was killed in a strike on X": one more
    if tokens[k].lower in _DEFINITE and not _alone(tokens, k, v):
        return None
    j = k + 1
    for _ in range(3):  # up to three modifiers
        if j >= len(tokens):
            return None
        m = v.persons.match_at(tokens, j)
        if m and not tokens[j + m[0] - 1].lower.endswith("s") and not v.persons.match_at(tokens, j + m[0]):
            return j + m[0]  # the last noun of a run is the head ("an elderly man")
        start, j = j, _modifier_end(tokens, j)
        if j is None or tokens[j - 1].lower in v.np_breakers:
            return None
        if tokens[k].lower in _ONE and tokens[j - 1].lower == "old" and j - start >= 5 \
                and (j >= len(tokens) or not tokens[j].is_word or tokens[j].lower in v.gram.be_forms):
            return j  # "a 17-year-old was shot dead"
    return None


def _alone(tokens: list[Token], k: int, v: Vocab) -> bool:
    """A definite person named on its own: not one of a list ("killing the driver and a
    passenger", "a woman and her baby") and not an ordinal ("the fifth person killed")."""
    if k > 0 and tokens[k - 1].lower in ("and", ",", "or"):
        return False
    j = k + 1
    while j < len(tokens) and j - k <= 4 and tokens[j].lower not in ("and", ",", "or", "was", "were"):
        if tokens[j].lower in v.gram.ordinal_words or re.fullmatch(r"\d+(st|nd|rd|th)", tokens[j].lower):
            return False
        j += 1
    if j + 1 < len(tokens) and tokens[j].lower in ("and", "or"):  # "the driver and a passenger", not "and wounded"
        nxt = tokens[j + 1]
        return bool(v.single_victim.match_at(tokens, j + 1)) or not (
            nxt.lower in _ONE + _DEFINITE or nxt.is_digit or nxt.lower in v.number_words
            or v.persons.match_at(tokens, j + 1))
    return True


def _modifier_end(tokens: list[Token], j: int) -> int | None:
    """End of one modifier at j: a word, or a hyphenated compound glued together
    ("46-year-old", "pro-Russian"); None if something else is there."""
    if not (tokens[j].is_word or tokens[j].is_digit):
        return None
    e = j + 1
    while e + 1 < len(tokens) and tokens[e].lower == "-" and not tokens[e].space_before \
            and not tokens[e + 1].space_before and (tokens[e + 1].is_word or tokens[e + 1].is_digit):
        e += 2
    return e if (tokens[j].is_word or e > j + 1) else None


def _skip_links(tokens: list[Token], k: int, v: Vocab) -> int:
    if k + 1 < len(tokens) and tokens[k].lower in ("aged", "of") and tokens[k + 1].is_digit:
        k += 2  # "a woman aged 57 died", "a man of 70 was killed": an age
    while k < len(tokens):
        m = v.single_links.match_at(tokens, k)
        if not m:
            break
        k += m[0]
    return k


def implicit_ones(tokens: list[Token], clause: list[int], taken: set[int], v: Vocab | None = None,
                  is_name=lambda text: False) -> list[QuantHit]:
    """Counts of one: "a civilian was killed", "killed a civilian", "Ruslan was killed",
    "the body of a civilian". ``is_name`` tells a person's name from other capitalised words."""
    v = v or vocab()
    out = []
    for s, e, category in v.single_victim.find_all(tokens):
        if s in taken:
            continue
        subject = None
        # after the verb: "killed a civilian"
        end = _singular_person(tokens, e, v)
        if end is not None and clause[e] == clause[s]:
            subject = (e, end)
        else:
            for k in range(max(0, s - 12), s):  # before: "a civilian (, ...) was killed", "a 73-year-old woman was also hurt"
                end = _singular_person(tokens, k, v)
                if end is not None and end <= s and _skip_links(tokens, end, v) == s:
                    subject = (k, end)
                    break
            if subject is None and s >= 2 and tokens[s - 1].lower in ("was", "has", "been"):
                k = s - 1
                while k > 0 and tokens[k - 1].lower in ("was", "has", "been", "had"):
                    k -= 1
                if tokens[k - 1].lower in ("he", "she"):  # "... then said he was missing"
                    subject = (k - 1, k)
            if subject is None and s >= 3 and tokens[s - 1].lower == "another" and tokens[s - 2].lower == "and" \
                    and any(t.lower in ("one", "a", "an") for t in tokens[max(0, s - 12):s - 2]):
                subject = (s - 1, s)  # "One person was killed and another wounded"
            if subject is None and s >= 2 and tokens[s - 1].lower in ("was", "has", "been"):
                k = s - 1
                while k > 0 and tokens[k - 1].lower in ("was", "has", "been", "had"):
                    k -= 1
                j = k
                while j > 0 and tokens[j - 1].is_word and tokens[j - 1].is_cap:
                    j -= 1
                if j < k and k - j <= 3 and is_name(" ".join(t.text for t in tokens[j:k])):
                    subject = (j, k)
        if subject is None:
            continue
        q = Quantity(subject[0], subject[0], subject[0] + 1, 1.0, bare_word=True)
        head = " ".join(t.text for t in tokens[subject[0]:subject[1]])
        np_ = CountedNP(subject[0], subject[1], "person", head,
                        side=side_at(tokens, subject[0], subject[1], v))
        out.append(QuantHit(q, str(category), np_, (s, e)))
    return out


def list_singles(tokens: list[Token], hits: list[QuantHit], v: Vocab | None = None) -> list[QuantHit]:
    """A list of materiel that ends on a singular item ("12 drones, two rockets and a guided
    bomb"): the "a/an" item after the last counted item is one more of the same category."""
    v = v or vocab()
    out = []
    for h in hits:
        if h.np is None or h.np.kind != "materiel":
            continue
        k = h.np.end
        while k < len(tokens) and tokens[k].lower in (",", "and", "or"):
            k += 1
        if k == h.np.end or k >= len(tokens) or tokens[k].lower not in ("a", "an") \
                or any(o.q.start == k for o in hits):
            continue
        for j in range(k + 1, min(len(tokens), k + 4)):  # up to two modifiers
            m = v.items.match_at(tokens, j)
            if m and not v.items.match_at(tokens, j + m[0]):
                q = Quantity(k, k, k + 1, 1.0, bare_word=True)
                np_ = CountedNP(k, j + m[0], "materiel", " ".join(t.text for t in tokens[k:j + m[0]]),
                                str(m[1]), side=side_at(tokens, k, j, v))
                out.append(QuantHit(q, h.category, np_, h.trigger))
                break
            if not tokens[j].is_word or tokens[j].lower in v.np_breakers:
                break
    return out


def materiel_ones(tokens: list[Token], taken: set[int], v: Vocab | None = None) -> list[QuantHit]:
    """"shot down a Ukrainian Su-25 jet", "destroyed an enemy tank": a loss verb followed by
    "a/an", up to five modifiers ("a Ukrainian Air Force Su-27 aircraft") and a singular item is
    a loss of one. ``taken``: tokens
    that already belong to a counted phrase."""
    v = v or vocab()
    out = []
    for s, e, _ in v.single_materiel.find_all(tokens):
        passive = _passive_one(tokens, s, taken, v)  # "A Russian Su-34 fighter-bomber was shot down"
        if passive is not None:
            a, end, item = passive
            np_ = CountedNP(a, end, "materiel", " ".join(t.text for t in tokens[a:end]), item,
                            side=side_at(tokens, a, end, v))
            out.append(QuantHit(Quantity(a, a, a + 1, 1.0, bare_word=True), "materiel_lost", np_, (s, e)))
            continue
        if e in taken or e >= len(tokens):
            continue
        after = _after_one_of(tokens, e)  # "destroyed one of Russia's newest fighter jets": one of a plural
        one_of = after is not None
        if tokens[e].lower not in ("a", "an") and not one_of:
            continue
        j = after if one_of else e + 1
        for _ in range(8):
            if j >= len(tokens):
                break
            m = v.items.match_at(tokens, j)
            if m and (one_of or not tokens[j + m[0] - 1].lower.endswith("s")) and not v.items.match_at(tokens, j + m[0]):
                q = Quantity(e, e, e + 1, 1.0, bare_word=True)
                np_ = CountedNP(e, j + m[0], "materiel", " ".join(t.text for t in tokens[e:j + m[0]]),
                                str(m[1]), side=side_at(tokens, e, j, v))
                out.append(QuantHit(q, "materiel_lost", np_, (s, e)))
                break
            if m and v.items.match_at(tokens, j + m[0]):
                j += m[0]  # "a Hermes 900 drone": the designation modifies the item after it
                continue
            if one_of and tokens[j].lower in ("and", "most", "more"):
                j += 1  # "one of Russia's newest and most advanced fighter jets"
                continue
            nxt = _modifier_end(tokens, j)
            if nxt is None or tokens[nxt - 1].lower in v.np_breakers:
                break
            j = nxt
    return out


_OWNERS = ("its", "their", "our", "the", "his", "her")


def _after_one_of(tokens: list[Token], k: int) -> int | None:
    """Where the item phrase starts after "one of its / the / Russia's" at ``k``, or None."""
    if k + 2 >= len(tokens) or tokens[k].lower != "one" or tokens[k + 1].lower != "of":
        return None
    j = k + 2
    if not (tokens[j].lower in _OWNERS or (tokens[j].is_cap and j + 1 < len(tokens) and tokens[j + 1].lower in ("'s", "’s"))):
        return None
    while j < len(tokens) and (tokens[j].lower in _OWNERS + ("'s", "’s")
                               or (tokens[j].is_cap and j + 1 < len(tokens) and tokens[j + 1].lower in ("'s", "’s"))):
        j += 1
    return j


_PASSIVE_AUX = ("was", "were", "been", "had", "has", "is", "reportedly", "also", "later")


def _passive_one(tokens: list[Token], s: int, taken: set[int], v: Vocab) -> tuple[int, int, str] | None:
    """"A/An/The [up to four modifiers] <singular item> was/had been <loss verb at s>": (start,
    end, item) of that item phrase, else None ("the missile had been intercepted": the one
    the story told of)."""
    k = s
    while k > 0 and tokens[k - 1].lower in _PASSIVE_AUX:
        k -= 1
    if k == s or k < 2:
        return None
    for a in range(k - 2, max(0, k - 10) - 1, -1):  # the nearest article first
        if a in taken:
            continue
        if tokens[a].text in (";", ":", ".", "!", "?"):
            break  # "a drone hit the port; the drone was shot down": not across the break
        one_of = (_after_one_of(tokens, a) or k) < k  # "one of its Su-25 jets was lost"
        if not one_of and (tokens[a].lower not in ("a", "an", "the") or tokens[k - 1].lower.endswith("s")):
            continue
        for j in range(a + 1, k):
            m = v.items.match_at(tokens, j)
            if m and j + m[0] == k:
                return a, k, str(m[1])
    return None
