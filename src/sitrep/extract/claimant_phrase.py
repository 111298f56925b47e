"""Where a claimant's phrase starts and ends around a speech verb or a source phrase.

A claimant is a noun phrase that names who speaks: capitalised words ("Oleh Synehubov",
"the Kremlin"), a head noun with its modifiers ("the regional police chief"), lowercase
words between a determiner and a head noun ("Ukraine's air force", "a local rescue
group"), an organisation's name with inner function words ("Institute for the Study of
War") and "officials in X" / "a spokesman for Y". Between commas before the verb, a
person's name in apposition wins over the description before it ("The mayor of X,
Ivan Petrov, said" -> "Ivan Petrov"); the description still tells the claimant's side.
"""
from __future__ import annotations

from .tokens import Token, dateline_end
from .vocab import Vocab

_TRAIL = frozenset({"'s", "of", "the", ",", "-", "and"})


def is_ok(t: Token, v: Vocab) -> bool:
    """A token that can sit inside a claimant phrase on its own."""
    if t.is_word and t.is_cap:
        return True
    low = t.lower
    if low in v.claimant_heads or low in v.claimant_modifiers:
        return True
    if low == "." and not t.space_before:
        return True
    return len(t.text) == 1 and t.text.isupper()


def trim(tokens: list[Token], s: int, e: int, v: Vocab) -> tuple[int, int]:
    while s < e and (tokens[s].lower in v.gram.lead_trim or tokens[s].lower in v.np_breakers):
        s += 1
    while e > s and (tokens[e - 1].lower in _TRAIL or tokens[e - 1].lower in v.report_nouns
                     or tokens[e - 1].lower in v.gram.inside_source
                     or (tokens[e - 1].lower == "." and not (e - 2 >= s and len(tokens[e - 2].text) == 1))):
        e -= 1
    return s, e


def is_valid(tokens: list[Token], s: int, e: int, v: Vocab) -> bool:
    """A claimant names an actor: a known one, a head noun ("officials") or a proper name."""
    from .lexicon import is_common_word

    if e <= s:
        return False
    if v.actors.find_all(tokens[s:e]):
        return True
    for k in range(s, e):
        t = tokens[k]
        if t.lower in v.claimant_heads:
            return True
        if t.is_word and t.is_cap and t.lower not in v.weekdays and t.lower not in v.months \
                and not (k == 0 and is_common_word(t.text)):
            return True
    return False


def text_of(tokens: list[Token], s: int, e: int) -> str:
    return "".join((" " if k > s and tokens[k].space_before else "") + tokens[k].text for k in range(s, e))


def _plain(t: Token, v: Vocab) -> bool:
    """A lowercase content word that may modify a head noun ("rescue", "monitoring")."""
    return t.is_word and not t.is_cap and t.lower not in v.np_breakers and t.lower not in v.gram.lead_trim \
        and not v.speech_verbs.match_at([t], 0)


def _determiner_back(tokens: list[Token], i: int, body: int, v: Vocab) -> int | None:
    """Index of a determiner ("the", "a", "'s") up to three plain words before ``i``."""
    k = i
    while k >= body and i - k < 4:
        low = tokens[k].lower
        if low in v.gram.claimant_determiners:
            return k
        if not _plain(tokens[k], v):
            return None
        k -= 1
    return None


def _name_link(tokens: list[Token], i: int, e: int, body: int, v: Vocab) -> bool:
    """"for", "of", "the" inside an organisation's name: capitals on both sides."""
    if tokens[i].lower not in v.gram.name_links:
        return False
    j = i + 1
    while j < e and j - i <= 2 and tokens[j].lower in v.gram.name_links:
        j += 1
    if j >= e or not tokens[j].is_cap:
        return False
    k = i - 1
    while k >= body and i - k <= 2 and tokens[k].lower in v.gram.name_links:
        k -= 1
    return k >= body and tokens[k].is_word and tokens[k].is_cap


def _bridge(tokens: list[Token], i: int, body: int, v: Vocab) -> bool:
    """A lowercase word inside an organisation's name: a proper name comes just before."""
    t = tokens[i]
    if not t.is_word or t.lower in v.np_breakers or t.lower in v.gram.lead_trim:
        return False
    for k in (i - 1, i - 2):
        if k < body:
            return False
        p = tokens[k]
        if p.is_word and p.is_cap and p.lower not in v.np_breakers:
            return True
        if p.lower == "." and not p.space_before and k > body and len(tokens[k - 1].text) == 1 \
                and tokens[k - 1].text.isupper():
            return True  # "the U.N. refugee agency"
        if not p.is_word or p.lower in v.np_breakers or p.lower in v.gram.lead_trim:
            return False
    return False


def scan_back(tokens: list[Token], e: int, v: Vocab) -> tuple[int, int]:
    """The claimant phrase ending just before ``e`` (trimmed)."""
    body = dateline_end(tokens)
    i = e - 1
    while i >= body:
        low = tokens[i].lower
        if is_ok(tokens[i], v):
            i -= 1
        elif low in v.gram.inside_source and i > 0 and tokens[i - 1].lower in v.claimant_heads and i + 1 < e:
            i -= 1  # "officials in Zaporizhzhia", "a spokesman for the ministry"
        elif _name_link(tokens, i, e, body, v):
            i -= 1  # "Institute for the Study of War"
        elif _bridge(tokens, i, body, v):
            i -= 1  # "the United Nations refugee agency"
        elif _plain(tokens[i], v) and tokens[e - 1].lower in v.claimant_heads \
                and (d := _determiner_back(tokens, i, body, v)) is not None:
            i = d  # "Ukraine's air force", "a local rescue group"
            if tokens[d].lower != "'s":
                break
        else:
            break
    return trim(tokens, i + 1, e, v)


def _is_person_name(tokens: list[Token], s: int, e: int, v: Vocab) -> bool:
    words = tokens[s:e]
    if not 2 <= len(words) <= 4 or not all(t.is_word and t.is_cap for t in words):
        return False
    return not any(t.lower in v.claimant_heads or t.lower in v.region_words for t in words)


def subject_before(tokens: list[Token], k: int, v: Vocab):
    """The subject of the speech verb at ``k``: a pronoun (str), a span ``(s, e, ctx)`` where
    ``ctx`` is the start of the words describing it, or None when nothing precedes."""
    i = k - 1
    while i >= 0 and (tokens[i].lower in v.gram.skip_before_verb or tokens[i].lower in v.weekdays):
        i -= 1
    if i > 0 and tokens[i].lower == ")":  # "The Alliance Army (MNDAA) said": the name before
        o = next((x for x in range(i - 1, max(-1, i - 6), -1) if tokens[x].lower == "("), None)
        i = o - 1 if o is not None else i
    if i < 0:
        return None
    if tokens[i].lower in v.pronouns:
        return tokens[i].lower
    if tokens[i].lower in ("who", "which") and i > 0 and tokens[i - 1].lower == ",":
        i -= 2
    elif tokens[i].lower == ",":
        c = next((x for x in range(i - 1, max(-1, i - 16), -1) if tokens[x].lower == ","), None)
        if c is None or c == 0:
            return None
        if _is_person_name(tokens, c + 1, i, v):  # "The mayor of X, Ivan Petrov, said"
            ds, de = scan_back(tokens, c, v)
            if is_valid(tokens, ds, de, v):
                return c + 1, i, ds
        i = c - 1
    s, e = scan_back(tokens, i + 1, v)
    return s, e, s


def phrase_after(tokens: list[Token], k: int, v: Vocab) -> tuple[int, int]:
    """The claimant phrase starting at ``k`` ("according to [the regional governor]")."""
    j = k
    while j < len(tokens) and j - k < 10:
        t = tokens[j]
        if is_ok(t, v) or t.lower in ("the", "a", "an"):
            j += 1
        elif _plain(t, v) and j > k and any(tokens[x].lower in v.gram.claimant_determiners for x in range(k, j)) \
                and _head_ahead(tokens, j, v):
            j += 1  # "according to the local rescue group"
        elif t.lower in v.gram.inside_source and j > k and tokens[j - 1].lower in v.claimant_heads \
                and j + 1 < len(tokens) and (is_ok(tokens[j + 1], v) or tokens[j + 1].lower in ("the", "a", "an")):
            j += 1  # "said a spokesman for the navy", "said a doctor at the hospital"
        elif t.lower in v.gram.name_links and j > k and tokens[j - 1].is_cap and j + 1 < len(tokens) \
                and (tokens[j + 1].is_cap or tokens[j + 1].lower in v.gram.name_links):
            j += 1  # "according to the Institute for the Study of War"
        else:
            break
    return trim(tokens, k, j, v)


def _head_ahead(tokens: list[Token], j: int, v: Vocab) -> bool:
    """A head noun follows within three plain words ("local rescue [group]")."""
    for x in range(j, min(len(tokens), j + 4)):
        if tokens[x].lower in v.claimant_heads:
            return True
        if not _plain(tokens[x], v):
            return False
    return False
