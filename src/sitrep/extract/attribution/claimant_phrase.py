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

from ..text.tokens import Token, dateline_end
from ..vocab import Vocab

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


_MEDIA = frozenset({"video", "post", "message", "broadcast", "interview", "address", "speech", "communique"})


def trim(tokens: list[Token], s: int, e: int, v: Vocab) -> tuple[int, int]:
    while s < e and (tokens[s].lower in v.gram.lead_trim or tokens[s].lower in v.np_breakers
                     or ((tokens[s].lower in v.weekdays or tokens[s].lower in v.months
                          or tokens[s].lower in v.report_nouns or tokens[s].lower in _MEDIA)
                         and s + 1 < e and tokens[s + 1].lower in v.gram.claimant_determiners)):
        s += 1  # "(On) Tuesday the movement said", "(In a) statement the group said": the speaker after
    while e > s and (tokens[e - 1].lower in _TRAIL or tokens[e - 1].lower in v.report_nouns
                     or tokens[e - 1].lower in v.gram.inside_source
                     or (tokens[e - 1].lower == "." and not (e - 2 >= s and len(tokens[e - 2].text) == 1))):
        e -= 1
    return s, e


def is_valid(tokens: list[Token], s: int, e: int, v: Vocab) -> bool:
    """A claimant names an actor: a known one, a head noun ("officials") or a proper name."""
    from ..text.lexicon import is_common_word

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
    """"for", "of", "the" inside an organisation's name: capitals on both sides; "and" only
    inside a body's "X of A and B" ("Ministry of Justice and Public Security")."""
    if tokens[i].lower == "and":
        of = next((k for k in range(i - 1, max(body - 1, i - 4), -1) if tokens[k].lower == "of"), None)
        return (of is not None and of - 1 >= body and tokens[of - 1].lower in v.claimant_heads
                and i + 1 < e and tokens[i + 1].is_cap and tokens[i - 1].is_cap)
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


def _place_phrase_back(tokens: list[Token], e: int, body: int, v: Vocab) -> int:
    """Where to start scanning back from ``e``: before a lowercase phrase after a head noun
    ("the health ministry [in the besieged enclave] said"), else just before ``e``."""
    last = tokens[e - 1] if e - 1 >= body else None
    if last is None or not last.is_word or last.is_cap or last.lower in v.claimant_heads:
        return e - 1
    for k in range(e - 2, max(body, e - 8), -1):
        t = tokens[k]
        if t.lower in v.gram.inside_source:
            return k - 1 if k - 1 >= body and tokens[k - 1].lower in v.claimant_heads else e - 1
        if not (t.is_word or t.lower == "-") or (t.lower in v.np_breakers and t.lower not in v.gram.claimant_determiners):
            return e - 1
    return e - 1


def scan_back(tokens: list[Token], e: int, v: Vocab) -> tuple[int, int]:
    """The claimant phrase ending just before ``e`` (trimmed)."""
    body = dateline_end(tokens)
    i = _place_phrase_back(tokens, e, body, v)
    while i >= body:
        low = tokens[i].lower
        if low in ("-", "–", "—") and tokens[i].space_before and i + 1 < len(tokens) and tokens[i + 1].space_before \
                and i > 0 and not tokens[i - 1].text.isupper():
            break  # "Tripoli - The Emergency Medicine Centre said": a dateline's dash, not a name's hyphen
        if is_ok(tokens[i], v):
            i -= 1
        elif low in v.gram.inside_source and i > 0 and tokens[i - 1].lower in v.claimant_heads and i + 1 < e:
            i -= 1  # "officials in Zaporizhzhia", "a spokesman for the ministry"
        elif tokens[i].text in ("'", "’") and not tokens[i].space_before and i > body and tokens[i - 1].is_cap \
                and tokens[i - 1].lower.endswith("s"):
            i -= 1  # "the Palestinian Prisoners' Society": a plural's possessive inside the name
        elif _hyphen_word(tokens, i, body) and tokens[e - 1].lower in v.claimant_heads:
            i -= 3  # "the Kharkiv operational-tactical grouping": a hyphenated modifier is one word
        elif tokens[i].text == "-" and _hyphen_word(tokens, i + 1, body) and i + 1 < e:
            i -= 2
        elif _name_link(tokens, i, e, body, v):
            i -= 1  # "Institute for the Study of War"
        elif _bridge(tokens, i, body, v):
            i -= 1  # "the United Nations refugee agency"
        elif _plain(tokens[i], v) and tokens[e - 1].lower in v.claimant_heads \
                and (d := _determiner_back(tokens, i, body, v)) is not None:
            i = d  # "Ukraine's air force", "a local rescue group"
            if tokens[d].lower != "'s":
                break
        elif _plain(tokens[i], v) and tokens[e - 1].lower in v.claimant_heads and i == e - 2 \
                and (i == body or tokens[i - 1].lower in (",", ";", ":")):
            i -= 1  # "..., aid groups say": a bare modifier opening its clause
            break
        else:
            break
    return trim(tokens, i + 1, e, v)


def _hyphen_word(tokens: list[Token], i: int, body: int) -> bool:
    """Is token ``i`` the end of a hyphenated word ("operational-tactical", "well-known")?"""
    return i - 2 >= body and i < len(tokens) and tokens[i].is_word and tokens[i - 1].text == "-" \
        and tokens[i - 2].is_word and not tokens[i - 1].space_before and not tokens[i].space_before


def _is_person_name(tokens: list[Token], s: int, e: int, v: Vocab) -> bool:
    words = tokens[s:e]
    if not 2 <= len(words) <= 4 or not all(t.is_word and t.is_cap for t in words):
        return False
    return not any(t.lower in v.claimant_heads or t.lower in v.region_words for t in words)


def _apposition(tokens: list[Token], s: int, e: int, v: Vocab) -> bool:
    """Do tokens[s:e] describe the name before them ("a member of the council", "who heads
    the agency", "45", "spokesman for the army") rather than form a clause of their own?"""
    if e <= s:
        return False
    first = tokens[s]
    if first.lower in v.gram.apposition_starts or first.is_digit:
        return True
    if e - s <= 6 and (first.lower in v.claimant_heads or first.lower in v.claimant_modifiers):
        return True  # "spokesman for the army", "deputy head of the office"
    if _role_of_name(tokens, s, e, v):
        return True  # "head of the Kyiv City Military Administration"
    if e - s >= 3 and first.is_cap and tokens[s + 1].lower == "'s":
        return True  # "Ukraine's human rights commissioner"
    if e - s >= 3 and first.is_word and not first.is_cap and first.lower.endswith("ing") \
            and tokens[s + 1].lower in v.gram.inside_source | v.gram.name_links | {"with", "to", "on", "under"}:
        return True  # "working with the BBC", "speaking on condition of anonymity"
    return _is_person_name(tokens, s, e, v) or (e - s <= 4 and all(is_ok(t, v) for t in tokens[s:e]))


def _role_of_name(tokens: list[Token], s: int, e: int, v: Vocab) -> bool:
    """A role, a preposition and an organisation's name of any length ("deputy commander of
    the Eastern Operational Command", "spokeswoman for the State Border Guard Service")."""
    k = s
    links = v.gram.inside_source | v.gram.name_links
    while k < e and k - s < 3 and tokens[k].lower not in links \
            and (tokens[k].lower in v.claimant_heads or tokens[k].lower in v.claimant_modifiers):
        k += 1
    if k == s or k >= e - 1 or (tokens[k].lower not in links):
        return False
    rest = tokens[k + 1:e]
    return any(t.is_cap for t in rest) and all(
        (t.is_word and t.is_cap) or t.lower in v.gram.name_links or t.lower in v.claimant_modifiers
        or t.lower in v.claimant_heads for t in rest)  # "head of the Dnipropetrovsk regional military administration"


def _before_parens(tokens: list[Token], i: int) -> int:
    """"The Alliance Army (MNDAA) said": the index before a parenthesis closing at ``i``."""
    if i > 0 and tokens[i].lower == ")":
        o = next((x for x in range(i - 1, max(-1, i - 6), -1) if tokens[x].lower == "("), None)
        return o - 1 if o is not None else i
    return i


def subject_before(tokens: list[Token], k: int, v: Vocab):
    """The subject of the speech verb at ``k``: a pronoun (str), a span ``(s, e, ctx)`` where
    ``ctx`` is the start of the words describing it, or None when nothing precedes."""
    i = k - 1
    while i >= 0 and (tokens[i].lower in v.gram.skip_before_verb or tokens[i].lower in v.weekdays):
        i -= 1
    i = _before_parens(tokens, i)
    if i < 0:
        return None
    if tokens[i].lower in v.pronouns:
        return tokens[i].lower
    if tokens[i].lower in ("but", "and") and i > 2:  # "Azerbaijan does not disclose ... but says"
        s, e = phrase_after(tokens, 0, v)
        if e > s and e <= i - 1 and is_valid(tokens, s, e, v) and not any(t.lower == "," for t in tokens[e:i]):
            return s, e, s
        return None
    if tokens[i].lower in ("who", "which") and i > 0 and tokens[i - 1].lower == ",":
        i -= 2
    elif tokens[i].lower == ",":
        c = next((x for x in range(i - 1, max(-1, i - 32), -1) if tokens[x].lower == ","), None)
        if c is None or c == 0:
            return None
        if " ".join(t.lower for t in tokens[c + 1:i]) in v.gram.asides:  # "X, for its part, said"
            s, e = scan_back(tokens, c, v)
            return s, e, s
        if _is_person_name(tokens, c + 1, i, v):  # "The mayor of X, Ivan Petrov, said"
            ds, de = scan_back(tokens, c, v)
            return c + 1, i, ds if is_valid(tokens, ds, de, v) else c + 1
        if not _apposition(tokens, c + 1, i, v):
            return None  # "Shelling killed 12 people, said ...": a clause, not a description
        c = _before_parens(tokens, c - 1) + 1
        s, e = scan_back(tokens, c, v)
        if s > 0 and tokens[s - 1].lower in v.locative_preps:
            return None  # "In Sumy, shelling in the centre killed 12, said ...": no subject
        return s, e, s
    s, e = scan_back(tokens, i + 1, v)
    located = _located_body(tokens, s, v)
    return located if located else (s, e, s)


def _located_body(tokens: list[Token], s: int, v: Vocab):
    """"Ziv Medical Center in the northern city of Safed said": the place phrase the scan
    stopped in belongs to a body named before its preposition; that body is the subject."""
    p = s - 1
    while p >= 0 and s - p <= 5 and (tokens[p].lower not in v.locative_preps or tokens[p].lower == "of") \
            and (tokens[p].lower in ("the", "a", "an", "of") or _plain(tokens[p], v)) \
            and tokens[p].lower not in v.gram.relative_words:
        p -= 1  # "in [the northern city of] Safed"
    if p <= 0 or tokens[p].lower not in v.locative_preps or p == s - 1 and tokens[p - 1].lower in v.claimant_heads:
        return None
    s2, e2 = scan_back(tokens, p, v)
    before = tokens[s2 - 1] if s2 > 0 else None
    opens = before is None or not before.is_word or before.lower in v.gram.lead_trim \
        or before.lower in v.gram.claimant_determiners
    if e2 != p or not is_valid(tokens, s2, e2, v) or not opens:
        return None  # the body opens its clause: "Kursk" in "forces shelled Kursk in what ..." does not
    return s2, e2, s2


def phrase_after(tokens: list[Token], k: int, v: Vocab) -> tuple[int, int]:
    """The claimant phrase starting at ``k`` ("according to [the regional governor]")."""
    j = k
    counted = k + 1 < len(tokens) and (tokens[k].is_digit or tokens[k].lower in v.number_words) \
        and _head_ahead(tokens, k + 1, v)  # "according to two security sources"
    j += counted
    while j < len(tokens) and j - k < 10:
        t = tokens[j]
        if is_ok(t, v) or t.lower in ("the", "a", "an"):
            j += 1
        elif _plain(t, v) and j > k and (counted or any(tokens[x].lower in v.gram.claimant_determiners
                                                         for x in range(k, j))) \
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
    s, e = trim(tokens, k, j, v)
    return _named_after(tokens, s, e, v) or (s, e)


def _named_after(tokens: list[Token], s: int, e: int, v: Vocab) -> tuple[int, int] | None:
    """"according to the regional administration head, Ivan Fedorov.": the name that an
    office held by one person is followed by, between commas or at the sentence's end."""
    if not (s < e < len(tokens) - 2 and tokens[e - 1].lower in v.person_roles and tokens[e].lower == ","):
        return None
    n = e + 1
    while n < len(tokens) and n - e <= 4 and tokens[n].is_cap and tokens[n].is_word:
        n += 1
    closed = n == len(tokens) or tokens[n].lower in (",", ".", ";")
    return (e + 1, n) if 2 <= n - e - 1 <= 3 and closed else None


def _head_ahead(tokens: list[Token], j: int, v: Vocab) -> bool:
    """A head noun follows within three plain words ("local rescue [group]")."""
    for x in range(j, min(len(tokens), j + 4)):
        if tokens[x].lower in v.claimant_heads:
            return True
        if not _plain(tokens[x], v):
            return False
    return False
