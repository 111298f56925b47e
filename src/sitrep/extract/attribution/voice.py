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
    """The issuer whose statement the document passes on, as an attribution, or None: named
    by the title, the first sentence, or a heading line among the next few ("Summary of the
    Ministry of Defence of the Russian Federation on the progress of ..." under a breadcrumb
    and a headline). A body in the first person ("I have decided", "our forces") outside
    quotations is the issuer speaking for itself: the document's own voice, whose claimant the
    spec leaves null."""
    if any(_first_person(t) for toks in body if not any(x.lower in ('"', "'") for x in toks) and not _editorial(toks, v)
           for t in toks):
        return None
    headings = [toks for toks in list(body)[1:4] if toks and toks[-1].text not in (".", "!", "?")
                and sum(t.is_word for t in toks) <= 25]
    for toks in (tokenize(title) if isinstance(title, str) and title else [], first, *headings):
        name = statement_issuer(toks, v)
        if name:
            return Attribution(name, "claimed", 0, side=claimant_side(name, v), post=False)
    return None


#: How many lines at the top of a document may be headings (an issuer, a form, a date).
_HEAD_LINES = 6


def document_issuer(title: str | None, text: str, v: Vocab, names=None) -> str | None:
    """Who issued a document that is an organisation's own release, when its heading lines
    say so ("IDF Spokesperson's Unit | Press release", "MINISTRY OF NATIONAL DEFENCE /
    COMMUNIQUE", "Flash Update No. 7"), or whose first line is an office's name ("Kherson
    Regional Military Administration" above its posts): the first heading line of the text that names an
    actor (``names(line)`` true, or the actor vocabulary), or "" when none does (an agency's
    or an NGO's bulletin); None for any other document. Its unattributed figures keep a null
    claimant (the document's own voice) and take the issuer's side."""
    lines = _heading_lines(text, v)
    parts = _heading_parts(title, lines)
    if not any(f in v.gram.issuer_forms for p in parts if not v.speech_verbs.find_all(tokenize(p))
               for f in _phrases(p)):
        first = lines[0] if lines else ""  # "General Staff of the Armed Forces of Ukraine" atop a loss list
        words = re.findall(r"[A-Za-z]+", first)
        if (first.strip() == (title or "").strip() or len(words) > 8 or re.search(r"\d", first)
                or not {w.lower() for w in words} & v.claimant_heads):
            return None
        return first if (names is not None and names(first)) or v.actors.find_all(tokenize(first)) else None
    for line in lines:
        if (names is not None and names(line)) or v.actors.find_all(tokenize(line)):
            return line
    return ""


def own_release(title: str | None, text: str, v: Vocab) -> bool:
    """Whether the document's heading lines call it a release of its own ("Press release",
    "COMMUNIQUE", "Flash Update No. 7"; ``own_release_forms`` in grammar.yaml), not a statement
    passed on ("Statement by the General Staff")."""
    return any(f in v.gram.own_release_forms for p in _heading_parts(title, _heading_lines(text, v)) for f in _phrases(p))


def _heading_parts(title: str | None, lines: list[str]) -> list[str]:
    """The title's and heading lines' parts between "|", "/" and dashes ("IDF | Press release")."""
    return [p for line in [title or ""] + lines for p in re.split(r"\s*[|/]\s*|\s+[—–-]\s+", line)]


def _heading_lines(text: str, v: Vocab) -> list[str]:
    """The document's first lines up to its first line of prose or of reporting."""
    out = []
    for line in [x.strip() for x in text.splitlines() if x.strip()][:_HEAD_LINES]:
        if len(line) > 120 or (line[-1] in ".!?" and len(line.split()) > 8) or v.speech_verbs.find_all(tokenize(line)):
            break
        out.append(line)
    return out


def _phrases(line: str) -> set[str]:
    """The line's words and two-word phrases, lowercased ("flash update", "communique")."""
    words = re.findall(r"[a-zé]+", line.lower())
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}


def _editorial(toks: list[Token], v: Vocab) -> bool:
    """A line of the outlet about its own work ("The following is our translation of the
    summary ...", "our correspondent"): its "our" is the publisher's, not the issuer's."""
    return any(t.lower in v.gram.editorial_words for t in toks)


def _first_person(t: Token) -> bool:
    """"I", "we", "our", "us", "my" (not "US", the country)."""
    return t.text == "I" or (t.lower in _FIRST_PERSON and not t.text.isupper())


def statement_issuer(toks: list[Token], v: Vocab, names=None) -> str | None:
    """The actor whose statement the words name: right before a statement noun ("the RSF
    statement", "General Staff update") or after "<noun> of/by/from (the)"; None. ``names``,
    when given, accepts a name in capitals before the noun that the actor vocabulary lacks
    (a party of the profiles: "the RSF statement")."""
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
        s = k
        while s > 0 and toks[s - 1].is_cap and toks[s - 1].is_word:
            s -= 1
        if names is not None and 0 < s < k and names(_text(toks, s, k)):
            return _text(toks, s, k)
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
# "SPOKESPERSON (Jane Doe): Good morning ...", "QUESTION (Radio X): ...": a transcript's turn
_TURN = re.compile(r"^(?P<label>[A-Z][A-Z.'’ -]{0,30}[A-Z])(?:\s*\((?P<who>[^()]{2,80})\))?:\s")
_SEGMENT = re.compile(r"\s+[—–|-]\s+")
_DECOR = re.compile(r"^[^\w\[(\"']+")  # emoji, bullets and arrows before a heading's words
_INTRO = re.compile(r"^\[?(?P<lead>[^\[\]]{0,60}?)\b(?:by|from)\s+(?P<name>[^,;:()\[\]]{3,80}?(?:\s*\([A-Z]{2,}\))?)"
                    r"\s*(?:[,:\]]|$)")
# "Summary of the Ministry of Defence of the Russian Federation on the progress of ...": a
# statement noun, "of", the issuer, then what it is about
_INTRO_OF = re.compile(r"^\[?(?P<lead>[A-Za-z' ]{0,40}?)\bof\s+(?P<name>(?:the\s+)?[A-Z][^,;:()\[\]]{2,80}?)"
                       r"\s+(?:on|about|regarding|concerning)\s")


def section_sources(sents, v: Vocab) -> list[Attribution | None]:
    """Per sentence, the source a heading names for the section below it, up to the next
    heading. Two kinds of heading, each on a line of its own:

    - "1. Russian Defence Ministry (Telegram, 14 September)" or "Kherson governor (statement):":
      a name and, in brackets, a medium (``source_media``) or a date;
    - in a document that passes on the statements of two or more issuers (a statement and a
      reply, a digest of channels), a line that names one issuer beside only dates, places,
      statement nouns and media ("Rapid Support Forces — Media Office", "09.06, 21:40 — Kherson
      RMA") or after "statement ... by", "response from", "forwarded from". A single issuer's
      statement is the document's own voice (``document_voice``), so such a line alone names
      nobody.
    """
    turns = _turns(sents, v)
    if turns is not None:
        return turns
    out: list[Attribution | None] = []
    lines: list[tuple[int, str]] = []
    for k, s in enumerate(sents):
        text = s.text.strip()
        name = _bracket_heading(text, v)
        if name:
            out.append(_named(name, v))
            continue
        name = _issuer_line(text, v)
        if name:
            lines.append((k, name))
        out.append(None)
    issuers = {n.lower() for _, n in lines} | {a.claimant.lower() for a in out if a}
    if len(issuers) < 2:
        lines = []
    heads = dict(lines)
    current: Attribution | None = None
    for k in range(len(out)):
        if out[k] is not None:
            current, out[k] = out[k], None  # the heading itself asserts nothing
        elif k in heads:
            current = _named(heads[k], v)
        else:
            out[k] = current
    return out


def _turns(sents, v: Vocab) -> list[Attribution | None] | None:
    """A transcript ("SPOKESPERSON (Jane Doe): ...", "QUESTION (Radio X): ..."): each turn's
    sentences are its speaker's, up to the next turn. Only where the document has two turns or
    more whose label ends on a speaking role (``turn_labels``: not "GAZA CITY (AFP):", a
    dateline); None otherwise."""
    found: list[tuple[int, str]] = []
    named: dict[str, str] = {}  # a role's name, once a turn gave it ("SPOKESPERSON (Jane Doe)")
    for k, s in enumerate(sents):
        m = _TURN.match(s.text)
        if m is None or (k > 0 and sents[k - 1].para == s.para):
            continue  # a turn opens a paragraph
        label, who = m.group("label").strip(), (m.group("who") or "").strip()
        if label.split()[-1].lower().strip(".") not in v.gram.turn_labels:
            continue  # "FOREIGN MINISTER (Jane Doe):" is a turn, "KHAN YOUNIS (Reuters):" a dateline
        if who:
            named[label] = who
        found.append((k, named.get(label) or label.title()))
    if len(found) < 2:
        return None
    out: list[Attribution | None] = [None] * len(sents)
    starts = dict(found)
    current: Attribution | None = None
    for k in range(len(sents)):
        if k in starts:
            current = _named(starts[k], v)
        out[k] = current
    return out


def _named(name: str, v: Vocab) -> Attribution:
    return Attribution(name, "claimed", 0, side=claimant_side(name, v), post=False)


def _bracket_heading(text: str, v: Vocab) -> str | None:
    """"Russian Defence Ministry (Telegram, 14 September)": a name and its medium or date."""
    m = _HEADING.match(_ENUM.sub("", text, count=1))
    if not (m and _medium(m.group("paren"), v)):
        return None
    name = m.group("name").strip(" ,-")
    toks = tokenize(name)
    if toks and not v.speech_verbs.find_all(toks) and sum(t.is_cap for t in toks if t.is_word) >= 1:
        return name
    return None


def _issuer_line(text: str, v: Vocab) -> str | None:
    """The issuer a line of its own names, or None: "Rapid Support Forces — Media Office",
    "🔴 09.06, 21:40 — Kherson RMA", "[Translation of a statement read by spokesman X, 19 April]",
    "Response from US Central Command (CENTCOM), via X:", "Forwarded from a militia channel:"."""
    text = _DECOR.sub("", text)
    if not text or len(text) > 160 or "\n" in text or (text[-1] in ".!?\"" and not text.endswith("]")):
        return None
    m = _INTRO.match(text) or _INTRO_OF.match(text)
    if m and _issuer_words(m.group("lead"), v):
        name = re.sub(r"^the\s+", "", m.group("name").strip())
        return name if _is_issuer(name, v) else None
    parts = [p.strip(" :") for p in _SEGMENT.split(text.strip("[]"))]
    if len(parts) < 2 or text.isupper():  # "1. INCIDENT – SOUTHERN RED SEA": a caption
        return None
    named = [p for p in parts if not _meta(p, v)]
    if not named or not all(_is_issuer(p, v) for p in named):
        return None
    return named[0]  # "FARDC — Office of the Army Spokesman": the party leads, its office follows


def _issuer_words(lead: str, v: Vocab) -> bool:
    """Words before "by"/"from" that announce a statement ("a statement read on TV",
    "Response", "Forwarded") rather than a sentence of news."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", lead)]
    return bool(words) and bool(set(words) & (set(v.gram.statement_nouns) | set(v.gram.passing_on_words)))


def _is_issuer(name: str, v: Vocab) -> bool:
    """A name that can issue a statement: a known actor, a phrase headed by an official noun
    ("Media Office", "Regional Military Administration", "spokesman"), or one with an acronym
    ("Kherson RMA")."""
    toks = tokenize(name)
    words = [t for t in toks if t.is_word]
    if not words or len(words) > 10 or v.speech_verbs.find_all(toks):
        return False
    if v.actors.find_all(toks):
        return True
    return any(t.lower in v.claimant_heads or (t.text.isupper() and 2 <= len(t.text) <= 6)
                               for t in toks)


def _meta(part: str, v: Vocab) -> bool:
    """A heading's part that names no one: a date or time, a number, a place, a statement
    noun or medium ("Statement No. 311", "Media Office", "channel digest (translated)")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", part)]
    if not words:
        return True  # "09.06, 21:40"
    known = set(v.gram.statement_nouns) | v.source_media | set(v.months) | set(v.weekdays) | set(v.gram.heading_fillers)
    return all(w in known for w in words)


def _medium(paren: str, v: Vocab) -> bool:
    words = {w.strip(",.").lower() for w in paren.split()}
    return bool(words & v.source_media) or bool(words & set(v.months))
