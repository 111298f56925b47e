"""A light tokenizer with character offsets, used by every rule of the extractor.

Tokens keep their offsets in the document text, a lowercase normal form (curly quotes made
straight) and whether whitespace precedes them, so rules can tell "15-year-old" (attached
hyphen) from "15 - 20" and "Kyiv's" from "Kyiv 's".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN_RE = re.compile(
    r"\d+(?:[.,:]\d+)*"                      # 1,500  4.9  10:18
    r"|[^\W\d_]+(?:['’](?![sS]\b)[^\W\d_]+)*"  # words, keeping Schast'ye, don't
    r"|['’][sS]\b"                           # possessive 's
    r"|\S"                                   # any other single character
)

_QUOTE_MAP = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-",
                            "‒": "-", "―": "-", "−": "-"})  # figure dash, horizontal bar, minus sign


def normal(text: str) -> str:
    """Lowercase with typographic quotes and dashes made plain."""
    if text.isascii():
        return text.lower()
    return text.translate(_QUOTE_MAP).lower()


@dataclass(slots=True)
class Token:
    text: str
    lower: str
    start: int  # offset in the document text
    end: int
    space_before: bool
    is_cap: bool = False  # starts with an uppercase letter
    is_digit: bool = False  # starts with a digit
    is_word: bool = False  # starts with a letter


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; offsets are shifted by ``offset`` (the text's start in the document)."""
    out: list[Token] = []
    prev_end = 0
    for m in _TOKEN_RE.finditer(text):
        s, e = m.span()
        tok = m.group()
        c = tok[0]
        out.append(Token(tok, normal(tok), s + offset, e + offset, s > prev_end or s == 0,
                         c.isupper(), c.isdecimal(), c.isalpha()))
        prev_end = e
    return out


_SCARE_QUOTES = ("'", '"')
_SCARE_MAX = 4  # words a scare quote may enclose: 'eliminated', "up to 200 nationalists"


def drop_scare_quotes(tokens: list[Token]) -> list[Token]:
    """The tokens without the quote marks around a few words inside a sentence ("claimed 90
    'mercenaries' had been 'eliminated'"): such quotes distance the writer from a word, they
    open no quotation, and the rules must read through them. Offsets are unchanged."""
    if not any(t.lower in _SCARE_QUOTES for t in tokens):
        return tokens
    drop: set[int] = set()
    n = len(tokens)
    for k in range(1, n):
        t = tokens[k]
        if t.lower not in _SCARE_QUOTES or k in drop or k + 1 >= n or tokens[k + 1].space_before:
            continue  # an opening mark sits before a word, with no space after it
        for e in range(k + 2, min(n, k + 2 + _SCARE_MAX)):
            if tokens[e].lower == t.lower and not tokens[e].space_before:
                inner = tokens[k + 1:e]
                if all(x.is_word or x.is_digit or x.lower in ("-", "'s") for x in inner):
                    drop.update((k, e))
                break
            if not (tokens[e].is_word or tokens[e].is_digit or tokens[e].lower in ("-", "'s")):
                break
    return [t for k, t in enumerate(tokens) if k not in drop] if drop else tokens


def phrase_key(phrase: str) -> tuple[str, ...]:
    """A vocabulary phrase as the tuple of its lowercase tokens."""
    return tuple(t.lower for t in tokenize(phrase))


class PhraseIndex:
    """Finds vocabulary phrases (token sequences) in a token list; longest match wins."""

    def __init__(self, entries: dict[str, object] | None = None):
        self._first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for phrase, payload in (entries or {}).items():
            self.add(phrase, payload)

    def add(self, phrase: str, payload: object) -> None:
        key = phrase_key(phrase)
        if not key:
            return
        bucket = self._first.setdefault(key[0], [])
        bucket.append((key, payload))
        bucket.sort(key=lambda kv: -len(kv[0]))

    def match_at(self, tokens: list[Token], i: int) -> tuple[int, object] | None:
        """(number of tokens, payload) of the longest phrase starting at token i."""
        if i >= len(tokens):
            return None
        size = len(tokens)
        for key, payload in self._first.get(tokens[i].lower, ()):
            n = len(key)
            if n == 1:
                return 1, payload
            if i + n <= size:
                for k in range(1, n):
                    if tokens[i + k].lower != key[k]:
                        break
                else:
                    return n, payload
        return None

    def find_all(self, tokens: list[Token]) -> list[tuple[int, int, object]]:
        """Non-overlapping (start index, end index, payload) matches, left to right."""
        out = []
        first = self._first
        size = len(tokens)
        after = 0  # matches do not overlap: the next may start here at the earliest
        for i, t in enumerate(tokens):  # match_at, inline (the rules call this some 100,000 times a minute)
            bucket = first.get(t.lower)
            if bucket is None or i < after:
                continue
            for key, payload in bucket:  # longest first
                n = len(key)
                if n > 1:
                    if i + n > size:
                        continue
                    k = 1
                    while k < n and tokens[i + k].lower == key[k]:
                        k += 1
                    if k < n:
                        continue
                out.append((i, i + n, payload))
                after = i + n
                break
        return out


def capital_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Runs of capitalised words ("Chasiv Yar", "Kamianets-Podilskyi", "#Mariupol")."""
    from ..vocab import vocab  # vocab imports this module

    v = vocab()
    out = []
    i, n = 0, len(tokens)
    while i < n:
        t = tokens[i]
        if t.is_word and t.is_cap:
            j = i + 1
            while j < n:
                nt = tokens[j]
                if nt.is_word and nt.is_cap and nt.space_before:
                    j += 1
                elif nt.lower in ("-", "'") and not nt.space_before and j + 1 < n and \
                        tokens[j + 1].is_word and not tokens[j + 1].space_before and \
                        (nt.lower == "'" or not hyphen_descriptor(tokens, j)):
                    j += 2
                elif nt.lower in v.gram.name_connectors and nt.space_before and j + 1 < n and tokens[j + 1].is_word \
                        and tokens[j + 1].is_cap and tokens[j + 1].space_before:
                    j += 2  # "Mocímboa da Praia": a connector inside the name
                elif nt.lower in v.gram.name_particles and j + 2 < n and tokens[j + 1].text == "-" \
                        and not tokens[j + 1].space_before and tokens[j + 2].is_cap and not tokens[j + 2].space_before:
                    j += 3  # "Maroun al-Ras": a particle inside the name
                else:
                    break
            while i < j and tokens[i].lower in v.gram.run_lead:
                i += 1
            if i < j:
                out.append((i, j))
            i = j
        else:
            i += 1
    return out


def hyphen_descriptor(tokens: list[Token], k: int) -> bool:
    """Is tokens[k] a hyphen glueing a lowercase descriptor to the name before it ("RSF-controlled
    Nyala", "a Beijing-brokered truce", "Kyiv-based")? Then the name describes what follows."""
    from ..vocab import vocab  # vocab imports this module

    if k + 1 >= len(tokens) or tokens[k].text != "-" or tokens[k].space_before:
        return False
    nxt = tokens[k + 1]
    if not nxt.is_word or nxt.space_before or nxt.is_cap:
        return False
    if k + 2 < len(tokens) and tokens[k + 2].text == "-" and not tokens[k + 2].space_before:
        return False  # "Rostov-on-Don": a word between hyphens inside a name
    return (nxt.lower.endswith("ed") and len(nxt.lower) > 3) or nxt.lower in vocab().gram.hyphen_descriptors


def glued_hyphen(tokens: list[Token], k: int) -> bool:
    """A hyphen inside an uppercase name ("PORT-AU-PRINCE"), or the part after it."""
    t = tokens[k]
    if t.text == "-" and not t.space_before and k + 1 < len(tokens):
        nxt = tokens[k + 1]
        return nxt.is_word and nxt.text.isupper() and not nxt.space_before
    return t.is_word and t.text.isupper() and not t.space_before and tokens[k - 1].text == "-"


MONTH_NAMES = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
                          "sep", "sept", "oct", "nov", "dec"))


def dateline_end(tokens: list[Token]) -> int:
    """Index after a dateline opening the sentence ("KYIV, Ukraine (AP) —", "WASHINGTON",
    "Beirut (AFP) –"), or 0. A dateline in title case needs its agency and dash: "Kyiv -
    the city..." is too rare a dateline to tell from a sentence."""
    n = len(tokens)
    if not n or not tokens[0].is_word or not tokens[0].is_cap:
        return 0
    upper = tokens[0].text.isupper() and len(tokens[0].text) >= 3
    k = 1
    while k < n and ((tokens[k].is_word and (tokens[k].text.isupper() if upper else tokens[k].is_cap and k < 3))
                     or (upper and glued_hyphen(tokens, k))):  # "PORT-AU-PRINCE"
        k += 1
    paired = False  # "Omdurman/Amsterdam –": a release filed from two places
    while k + 1 < n and tokens[k].text == "/" and tokens[k + 1].is_word and tokens[k + 1].is_cap:
        paired, k = True, k + 2
    if k + 1 < n and tokens[k].lower == "," and tokens[k + 1].is_cap:  # ", Ukraine", ", June 10"
        k += 2
    if upper and k + 1 < n and tokens[k].text == "." and tokens[k - 1].lower in MONTH_NAMES and tokens[k + 1].is_digit:
        k += 1  # "Aug. 22"
    if upper and k < n and tokens[k].is_digit and (tokens[k - 1].lower in MONTH_NAMES or tokens[k - 1].text == "."):
        k += 1  # "SANAA, June 10 -": the filing day
    elif k + 2 < n and tokens[k].lower == "," and tokens[k + 1].is_digit and tokens[k + 2].lower in MONTH_NAMES:
        k += 3  # "PORT-AU-PRINCE, 20 October 2026 -", "Bamako, 16 December 2025 (Sahel Intelligence) -"
    if k < n and tokens[k].is_digit and len(tokens[k].text) == 4 and tokens[k - 1].lower in MONTH_NAMES:
        k += 1  # the year
    agency = paired
    if k < n and tokens[k].lower == "(":  # "(AP)", "(Reuters)"
        close = next((x for x in range(k, min(n, k + 5)) if tokens[x].lower == ")"), None)
        agency = close is not None
        k = close + 1 if close is not None else k
    dash = False
    while k < n and tokens[k].lower in ("-", "—", "–", ":", ","):
        dash = dash or tokens[k].lower in ("-", "—", "–")
        k += 1
    if not upper and not (agency and dash):
        return 0
    if k < n and tokens[k].is_cap and (len(tokens[k].text) == 1 or not tokens[k].text.isupper()):
        return k
    return 0
