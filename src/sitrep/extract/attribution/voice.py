"""The voice of a document that is itself an organisation's statement.

A briefing, bulletin or loss update reprinted as a document ("Russian Defence Ministry briefing,
22 November", "Russian losses: General Staff update", "Statement by the Ministry of Defence")
speaks in its issuer's voice throughout: its unattributed figures are the issuer's claims. The
issuer is an actor named right before a statement noun ("General Staff update") or right after
"<noun> of/by (the)" ("Briefing of the Ministry of Defence"), in the headline or the first
sentence. A news story about a briefing ("Moscow says ... in its briefing") has no such voice:
the noun must head the headline's phrase, not sit inside a sentence of reporting.
"""
from __future__ import annotations

import re

from .choice import Attribution
from .claimant_sides import claimant_side
from ..text.tokens import Token, tokenize
from ..vocab import Vocab


_FIRST_PERSON = ("i", "we", "our", "us", "my")


def document_voice(title: str | None, first: list[Token], v: Vocab,
                   body: list[list[Token]] = ()) -> Attribution | None:
    """The issuer whose statement the document passes on, as an attribution, or None. A body
    in the first person ("I have decided", "our forces") outside quotations is the issuer
    speaking for itself: the document's own voice, whose claimant the spec leaves null."""
    if any(_first_person(t) for toks in body if not any(x.lower in ('"', "'") for x in toks) for t in toks):
        return None
    for toks in (tokenize(title) if isinstance(title, str) and title else [], first):
        name = _issuer(toks, v)
        if name:
            return Attribution(name, "claimed", 0, side=claimant_side(name, v), post=False)
    return None


def _first_person(t: Token) -> bool:
    """"I", "we", "our", "us", "my" (not "US", the country)."""
    return t.text == "I" or (t.lower in _FIRST_PERSON and not t.text.isupper())


def _issuer(toks: list[Token], v: Vocab) -> str | None:
    nouns = v.gram.statement_nouns
    if not toks or v.speech_verbs.find_all(toks):
        return None  # a sentence of reporting ("X says ..."), not a statement's heading
    actors = [(s, e) for s, e, _ in v.actors.find_all(toks)]
    for k, t in enumerate(toks):
        if t.lower not in nouns:
            continue
        before = [(s, e) for s, e in actors if e == k]
        if before:
            s, e = max(before, key=lambda x: x[1] - x[0])
            return _text(toks, s, e)
        j = k + 1
        if j < len(toks) and toks[j].lower in ("of", "by", "from"):
            j += 1
            j += 1 if j < len(toks) and toks[j].lower == "the" else 0
            e = j
            while e < len(toks) and (toks[e].is_cap or (toks[e].lower in ("of", "the") and any(
                    x.is_cap for x in toks[e + 1:e + 3]))):
                e += 1  # "Ministry of Defence of the Russian Federation"
            while e > j and not toks[e - 1].is_cap:
                e -= 1
            if e > j and (any(s >= j and x <= e for s, x in actors)
                          or any(toks[x].lower in v.claimant_heads for x in range(j, e))):
                return _text(toks, j, e)
    return None


def _text(toks: list[Token], s: int, e: int) -> str:
    return "".join((" " if k > s and toks[k].space_before else "") + toks[k].text for k in range(s, e))


_ENUM = re.compile(r"^\s*(?:\d{1,3}[.)]|[-•*#]+)?\s*")
_HEADING = re.compile(r"^(?P<name>[A-Z][^():;.!?]{2,90}?)\s*\((?P<paren>[^()]{2,60})\)\s*:?\s*$")


def section_sources(sents, v: Vocab) -> list[Attribution | None]:
    """Per sentence, the source a digest's heading names for the section below it:
    "1. Russian Defence Ministry (Telegram, 14 September)" or "Kherson governor (statement):"
    on a line of its own makes the unattributed figures under it that source's, up to the next
    such heading. A heading's parenthesis names a medium (``source_media``) or a date."""
    out: list[Attribution | None] = []
    current: Attribution | None = None
    for s in sents:
        line = _ENUM.sub("", s.text.strip(), count=1)
        m = _HEADING.match(line)
        if m and _medium(m.group("paren"), v):
            name = m.group("name").strip(" ,-")
            toks = tokenize(name)
            if toks and not v.speech_verbs.find_all(toks) and sum(t.is_cap for t in toks if t.is_word) >= 1:
                current = Attribution(name, "claimed", 0, side=claimant_side(name, v), post=False)
                out.append(None)  # the heading itself asserts nothing
                continue
        out.append(current)
    return out


def _medium(paren: str, v: Vocab) -> bool:
    words = {w.strip(",.").lower() for w in paren.split()}
    return bool(words & v.source_media) or bool(words & set(v.months))
