"""The noun phrase a quantity counts: people or materiel, its head, item and side.

"1,300 Ukrainian troops", "173 tanks", "hundreds of civilians", "21 of the 33 cruise
missiles", "twenty of our men": the phrase after the number names what is counted; a
trigger inside it ("12 destroyed tanks", "wounded soldiers") is kept for the category.
Nouns and sides come from counted.yaml. Also where one counted item of a list ends and the
next begins: an aside ("including ..."), a participle's phrase, an item counted by "a".
"""
from __future__ import annotations

import re

from dataclasses import dataclass, replace

from spacy.lang.en.stop_words import STOP_WORDS

from .numbers import Quantity
from ..text.tokens import Token
from .unit_vocab import unit_vocab
from ..vocab import Vocab, vocab


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
    tally: bool = False  # the label of a loss summary line ("tanks - 1,218 (+13);")
    day_change: bool = False  # the "(+13)" after a summary line's running figure: the day's losses


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
            last = v.quantity_triggers.match_at(tokens, k)
            if inner is None and best is not None and best[0] == "person" and last and _pick(last[1], "person"):
                inner = (k, k + last[0], last[1])  # "took 15 soldiers prisoner": the head is the trigger
        if best is None:
            trig = v.quantity_triggers.match_at(tokens, k)
            if trig:
                inner = (k, k + trig[0], trig[1])
            elif tok.lower in v.np_breakers and not (k > j and tokens[k - 1].lower == "-" and not tok.space_before):
                return None  # "French-made", "locally-made": the word is half of a compound
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


# Boundaries of list items ("a tank, four vehicles", "11 tanks, including two Leopards, 36 ...").
def drop_single_item(gap: list[Token], v: Vocab) -> list[Token]:
    """A list's first item counted by an article ("a tank, four armoured vehicles"): the
    article, its noun and the joint after it are no gap between the verb and the figure."""
    if len(gap) < 3 or gap[0].lower not in ("a", "an"):
        return gap
    for x in range(1, min(len(gap) - 1, 5)):
        if gap[x].lower in (",", "and") or not gap[x].is_word:
            return gap
        m = v.items.match_at(gap, x) or v.persons.match_at(gap, x)
        end = x + m[0] if m else len(gap)
        while end < len(gap) and end - x - (m[0] if m else 0) < 4 and gap[end].is_word \
                and gap[end].lower != "and":
            end += 1  # "a Leopard tank [made in Germany], nine ..."
        if m and end < len(gap) and gap[end].lower in (",", "and"):
            rest = gap[end:]
            while rest and rest[0].lower in (",", "and"):
                rest = rest[1:]
            return rest
    return gap


_ASIDE_PREPS = ("from", "by", "at", "near", "over", "in", "on", "with")


def aside_end(tokens, k: int, stop: int) -> int | None:
    """After a comma, an aside opened by "including"/"among them" and closed by the next comma
    before ``stop`` (no figure of ours inside but its own): the index of that comma."""
    m = unit_vocab().list_links.match_at(tokens, k)
    if not m or tokens[k].lower not in ("including", "among", "notably"):
        return None
    for x in range(k + m[0], min(stop, k + 9)):
        if tokens[x].lower in (".", ";", ":") or tokens[x].lower in ("and", "or"):
            return None
        if tokens[x].lower == ",":
            return x
    return None


def participle_phrase_end(tokens, k: int, stop: int) -> int:
    """Past the prepositional phrase of a participle ("fired from HIMARS launchers") when a
    list joint follows it within four words; else ``k`` unchanged."""
    if k >= stop or tokens[k].lower not in _ASIDE_PREPS:
        return k
    for x in range(k + 1, min(stop, k + 6)):
        if tokens[x].lower in (",", "and", "or"):
            return x if x > k + 1 else k
        if not (tokens[x].is_word or tokens[x].lower == "-") or tokens[x].is_digit:
            return k
    return k


_PEOPLE = frozenset({"killed", "wounded", "missing", "captured", "abducted", "displaced", "affected"})


def subset_of(tokens, q: Quantity, hits: list[QuantHit], kind: str) -> tuple[str, tuple[int, int] | None] | None:
    """"11,973 civilian deaths, among them 622 children": a figure opening an aside right
    after a counted phrase is part of that count and shares its category."""
    if not hits or q.vague:
        return None  # "several of them in serious condition": a vague part is no count of its own
    head = hits[-1].np
    if (head is None and (kind != "person" or hits[-1].category not in _PEOPLE)) or (head is not None and head.kind != kind):
        return None  # ("the toll rose to 25, including three children": a toll counts people)
    k = _part_start(tokens, q)
    if k is not None and k >= 1 and tokens[k - 1].lower == "," and _aside_after(tokens, hits[-1], k - 1):
        return hits[-1].category, hits[-1].trigger
    return None


def bare_subset(tokens, q: Quantity, hits: list[QuantHit]) -> QuantHit | None:
    """A bare figure that is part of the one before: "80 drones, including 31 over Bryansk",
    "60 drones, 22 of them over the Black Sea", "52 bodies, 19 of whom ...": it counts what
    that one counts."""
    if not hits or q.vague:
        return None
    head = hits[-1]
    k = _part_start(tokens, q)
    if k is None or k < 1:
        return None
    joint = tokens[k - 1].lower
    if joint == "," and _aside_after(tokens, head, k - 1):
        return QuantHit(q, head.category, head.np, head.trigger)
    if joint == "and" and k == q.start and head.q.end <= k - 1:  # "... and 14 of them over Crimea"
        return QuantHit(q, head.category, head.np, head.trigger)
    return None


def _part_start(tokens, q: Quantity) -> int | None:
    """Where the words that make a figure a part begin: "including 31", "among them 146",
    "22 [of them]" (the figure itself); None when nothing makes it one."""
    k = q.start
    if k >= 1 and tokens[k - 1].lower == "including":
        return k - 1
    if k >= 2 and tokens[k - 2].lower == "among" and tokens[k - 1].lower in ("them", "whom"):
        return k - 2
    return k if _of_them(tokens, q) else None


def _aside_after(tokens, head: QuantHit, comma: int) -> bool:
    """The comma opening "among them ..." follows the head figure in its sentence with no
    other figure or clause break between ("300 people were killed in the clashes in Sweida,
    among them 146 fighters")."""
    if comma < head.q.end:
        return False
    return not any(t.is_digit or t.lower in (";", ":") for t in tokens[head.q.end:comma])


def _of_them(tokens, q: Quantity) -> bool:
    """"22 of them over the Black Sea", "622 of them children": a part named by what it is or
    where; not "25 of whom were still in hospital", whose own verb says what befell them."""
    n = len(tokens)
    if not (q.end + 1 < n and tokens[q.end].lower == "of" and tokens[q.end + 1].lower in ("them", "whom")):
        return False
    nxt = tokens[q.end + 2].lower if q.end + 2 < n else "."
    g = vocab().gram
    return nxt not in g.auxiliaries and nxt not in g.be_forms and nxt not in g.own_predicate_words


_TALLY_MARKS = ("-", "–", "—", ":")  # "tanks - 1,218", "aircraft: 199"
_TALLY_ENDS = (";", ".", ",", "(")  # "(+13);": the day's change after the running figure


def tally_np(tokens: list[Token], q: Quantity, v: Vocab | None = None) -> CountedNP | None:
    """The label of one line of a loss summary ("tanks - 1,218 (+13);", "aircraft: 199"): a
    line that opens with a person or materiel noun phrase, a dash or colon, then the figure
    and nothing else but the day's change. Which category it counts is the caller's business."""
    v = v or vocab()
    n = len(tokens)
    k = q.start - 1
    if k < 1 or tokens[k].lower not in _TALLY_MARKS:
        return None
    if q.end < n and tokens[q.end].lower not in _TALLY_ENDS and not _noun_at(tokens, q.end, v):
        return None  # "... - 535 were lost" is a sentence, not a line
    s = k
    while s > 0 and k - s < 6 and (tokens[s - 1].is_word or tokens[s - 1].lower == "/"
                                   or (tokens[s - 1].lower == "-" and not tokens[s - 1].space_before)):
        s -= 1
    if s == k or (s > 0 and tokens[s - 1].lower not in (";", ".", ":", ")")):
        return None  # the label opens the sentence or follows the previous line's end
    best = None
    for j in range(s, k):
        m = _noun_at(tokens, j, v)
        if m and j + m[1] == k:
            best = m
            break
    if best is None:
        return None
    kind, _, payload = best
    return CountedNP(s, k, "materiel" if kind == "materiel" else "person",
                     " ".join(t.text for t in tokens[s:k]), str(payload) if kind == "materiel" else None,
                     None, side_at(tokens, s, k, v), tally=True)


def day_change(tokens: list[Token], q: Quantity, hits: list[QuantHit]) -> QuantHit | None:
    """"tanks - 1,218 (+13);": the bracketed "+13" right after a summary line's running figure
    is the losses since the last summary, a claim of its own on the same line's noun."""
    prev = hits[-1] if hits else None
    if prev is None or prev.np is None or not prev.np.tally or prev.np.day_change \
            or q.start != prev.q.end + 2 or q.start < 2 \
            or [t.lower for t in tokens[q.start - 2:q.start]] != ["(", "+"] \
            or q.end >= len(tokens) or tokens[q.end].lower != ")":
        return None
    return QuantHit(q, prev.category, replace(prev.np, day_change=True), prev.trigger)


def tally_shaped(tokens: list[Token]) -> bool:
    """A short line shaped like a loss summary's ("drone boats — 12 (+1)"), whatever it counts."""
    return 2 < len(tokens) <= 14 and any(
        t.lower in _TALLY_MARKS and k + 1 < len(tokens) and tokens[k + 1].is_digit for k, t in enumerate(tokens))


def opens_loss_list(tokens: list[Token], v: Vocab) -> bool:
    """"Russia has also lost the following equipment:": a sentence ending in a colon with a
    loss trigger and no figure opens a loss summary."""
    if not tokens or tokens[-1].lower != ":" or any(t.is_digit and not _date_part(tokens, k, v)
                                                    for k, t in enumerate(tokens)):
        return False  # "... from 24.02.2022 to 01.10.2025 are:" still opens one; "12 tanks:" does not
    for k in range(len(tokens)):
        m = v.quantity_triggers.match_at(tokens, k)
        if m and (_pick(m[1], "materiel") == "materiel_lost" or _pick(m[1], "person") == "killed"):
            return True
    return False


_DATE = re.compile(r"^\d{1,2}[./]\d{1,2}[./]\d{2,4}$|^(?:19|20)\d\d$")


def _date_part(tokens: list[Token], k: int, v: Vocab) -> bool:
    """A number that is (part of) a date: "24.02.2022", "2025", "1 October", "October 1"."""
    near = [tokens[x].lower for x in (k - 1, k + 1) if 0 <= x < len(tokens)]
    return bool(_DATE.match(tokens[k].text)) or any(w in v.months for w in near)


def tally_category(tokens, q: Quantity, np_: CountedNP, carry: list[QuantHit] | None, hits: list[QuantHit],
                   v: Vocab, opened: bool = False) -> tuple[str, tuple | None] | None:
    """What a loss summary line counts: its own trigger before the line's ";" ("Personnel -
    about 900 (+50) people were liquidated;"), else a loss, when it follows another loss
    line (this sentence's last hit, or the previous sentence's) or opens a list that a
    sentence like "Russia has also lost the following equipment:" announced (``opened``)."""
    k = q.end
    while k < len(tokens) and tokens[k].lower != ";":
        m = v.quantity_triggers.match_at(tokens, k)
        if m and _pick(m[1], np_.kind):
            return _pick(m[1], np_.kind), (k, k + m[0])
        k += 1
    last = hits[-1] if hits else (carry[-1] if carry else None)
    if (last is None and not opened) or (last is not None and last.category not in ("killed", "materiel_lost")):
        return None
    return ("materiel_lost" if np_.kind == "materiel" else "killed"), None
