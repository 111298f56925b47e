"""Attributions of a whole document: speech that reaches over sentence boundaries.

Sentences are read in order, so pronouns and "the official" resolve to earlier speakers.
Then, from general news style:

- "That's according to X." sources the sentence before it;
- a quotation running over several sentences ('"We lost ten men. Twenty are wounded," the
  commander said.' or 'X said: "... . ..."') belongs to the speaker named where it opens
  or closes, and a paragraph that opens with a quotation and names one speaker is theirs;
- a quotation that opens a paragraph right after a line ending in a colon ('X said in a
  statement:', 'The RSF statement reads in full:') is that speaker's, or the named statement's
  issuer's, up to where it closes, even over several paragraphs;
- a lede that withholds a name ("An armed group said ...") is resolved by the next
  sentence when that names an organisation as its first speaker ("The Alliance Army said").
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from .choice import Attribution, find_attributions, resolve
from ..text.sentences import Sentence
from .speakers import Speakers, introduced
from .voice import statement_issuer
from ..sides import names_party
from .claimant_sides import claimant_side
from ..vocab import Vocab, vocab

_QUOTES = ("'", '"', "‘", "“", "’", "”")
_QUOTE_END = re.compile(r"[.,!?][’']")  # "... were killed,' the commander said."
_LEDE = 3  # sentences at the start of a document that may withhold a name


def read_document(sents: list[Sentence], speakers: Speakers, v: Vocab | None = None,
                  country_of: Callable[[str], str | None] | None = None,
                  announced: dict[int, Attribution] | None = None) -> list[list[Attribution]]:
    """The attributions of each sentence (same order as ``sents``). ``announced``, when
    given, receives the speaker each sentence introduces without attributing anything to
    it ("X has published its daily tally:"), by sentence index."""
    v = v or vocab()
    speakers.sentences = [s.tokens for s in sents]
    attrib: list[list[Attribution]] = []
    for i, s in enumerate(sents):
        row = []
        for name, kind in introduced(s.tokens, v):
            speakers.add(i, speakers.fullest(name), kind)
        toks = s.tokens
        if toks and toks[0].is_cap and toks[0].is_word:  # "Kyrylenko urged ...": a speaker again
            speakers.refresh(i, toks[0].text if len(toks) < 2 or not toks[1].is_cap else f"{toks[0].text} {toks[1].text}")
        for raw in find_attributions(s.tokens, v):
            a = resolve(raw, s.tokens, i, speakers, v, country_of)
            if not raw.mention:
                row.append(a)
            elif announced is not None and a.claimant:
                announced[i] = a
        attrib.append(row)
    _back_references(attrib)
    _quote_runs(sents, attrib)
    _quoted_paragraphs(sents, attrib)
    _introduced_quotes(sents, attrib, v, speakers)
    _withheld_names(attrib, speakers, v)
    _continued_counts(sents, attrib, v)
    return attrib


def _continued_counts(sents: list[Sentence], attrib: list[list[Attribution]], v: Vocab) -> None:
    """"According to the ministry, 31 were killed. Another 50 were wounded.": a sentence of
    the same paragraph that continues the count ("another", "a further", "among them",
    "12 more", "9 others") or refers to the speaker's report ("on the same list", "its
    tally") and names no speaker goes on in the previous speaker's voice; so does one, in
    any paragraph, whose subject is "the list" / "the update" right after that speaker."""
    for i in range(1, len(sents)):
        if not _named(attrib[i - 1]) or _named(attrib[i]):
            continue
        if attrib[i]:  # a speaker we cannot name: only "..., the update added" is the report just named
            toks, lows = sents[i].tokens, [t.lower for t in sents[i].tokens]
            if sents[i].para == sents[i - 1].para and any(
                    lows[k] == "the" and lows[k + 1] in v.report_nouns and v.speech_verbs.match_at(toks, k + 2)
                    for k in range(len(lows) - 2)):
                attrib[i] = _shared(_named(attrib[i - 1])[-1])
            continue
        words = [t.lower for t in sents[i].tokens[:4]]
        if len(words) > 2 and words[0] == "the" and words[1] in v.gram.report_subjects:
            attrib[i] = _shared(_named(attrib[i - 1])[-1])  # "The list goes on with ...": their report
            continue
        if sents[i].para != sents[i - 1].para:
            continue
        opens = any(" ".join(words[:k]) in v.gram.continuation_starts for k in (1, 2, 3))
        toks = sents[i].tokens
        more = any(w in v.gram.continuation_counts and k > 0 and (toks[k - 1].is_digit or words[k - 1] in v.number_words)
                   for k, w in enumerate(words))
        lows = [t.lower for t in toks]  # "on the same list", "its tally": the previous speaker's report
        refers = any(lows[k] in v.gram.report_references and lows[k + 1] in v.report_nouns for k in range(len(lows) - 1))
        if opens or more or refers:
            attrib[i] = _shared(_named(attrib[i - 1])[-1])


def _named(row: list[Attribution]) -> list[Attribution]:
    return [a for a in row if a.claimant]


def _shared(a: Attribution, backward: bool = False) -> list[Attribution]:
    """``a`` given to a sentence that has no speaker of its own."""
    return [Attribution(a.claimant, a.modality, 0, backward=backward, side=a.side)]


def _back_references(attrib: list[list[Attribution]]) -> None:
    for i in range(len(attrib) - 1):  # "That's according to X." reaches back
        back = [a for a in attrib[i + 1] if a.backward and a.claimant]
        if back and not _named(attrib[i]):
            attrib[i] = _shared(back[0], backward=True)


def _quote_state(text: str, open_: bool) -> bool:
    """Whether a double quotation is open after ``text``, given its state before."""
    if '"' not in text and "“" not in text and "”" not in text:
        return open_
    for ch in text:
        if ch == "“":
            open_ = True
        elif ch == "”":
            open_ = False
        elif ch == '"':
            open_ = not open_
    return open_


def _quote_runs(sents: list[Sentence], attrib: list[list[Attribution]]) -> None:
    start = None
    for i, s in enumerate(sents):
        if i and sents[i - 1].para != s.para:
            start = None  # a quotation does not run over paragraphs here
        was_open = start is not None
        now_open = _quote_state(s.text, was_open)
        if not was_open and now_open:
            start = i
        elif was_open and not now_open:
            run = range(start, i + 1)
            closing, opening = _named(attrib[i]), _named(attrib[start])
            speaker = closing[0] if closing else (opening[-1] if opening else None)  # closes, else opens
            if speaker is not None:
                for k in run:
                    if not _named(attrib[k]):
                        attrib[k] = _shared(speaker)
            start = None


def _quoted_paragraphs(sents: list[Sentence], attrib: list[list[Attribution]]) -> None:
    by_para: dict[int, list[int]] = {}
    for i, s in enumerate(sents):
        by_para.setdefault(s.para, []).append(i)
    for idx in by_para.values():
        first = sents[idx[0]].text.lstrip()
        quoted = first[:1] in _QUOTES or any(q in sents[idx[0]].text for q in (": '", ': "', ": ‘", ": “"))
        named = {a.claimant: a for i in idx for a in _named(attrib[i])}
        if quoted and len(named) == 1 and len(idx) > 1:
            speaker = next(iter(named.values()))
            for i in idx:  # the quoted sentences only: the writer's own words stay the writer's
                if not attrib[i] and _has_quote(sents[i].text):
                    attrib[i] = _shared(speaker)


def _introduced_quotes(sents: list[Sentence], attrib: list[list[Attribution]], v: Vocab,
                       speakers: Speakers) -> None:
    """'The army said in a statement:' or 'Its full text follows:' after 'X translated the RSF
    statement', then a paragraph opening a quotation: the quotation, up to its close, is the
    speaker's or the named statement's issuer's. Sentences that name a speaker keep theirs."""
    for i in range(1, len(sents)):
        s, prev = sents[i], sents[i - 1]
        if s.para == prev.para or not prev.text.rstrip().endswith(":") or s.text.lstrip()[:1] not in _QUOTES:
            continue
        named = _named(attrib[i - 1])
        speaker = named[-1] if named else None
        if speaker is None:
            for j in (i - 1, i - 2):  # the colon line, or the sentence before it in its paragraph
                if j < 0 or sents[j].para != prev.para:
                    break
                name = statement_issuer(sents[j].tokens, v, names_party)
                if name:
                    name = speakers.fullest(name)
                    speaker = Attribution(name, "claimed", 0, side=claimant_side(name, v))
                    break
        if speaker is None:
            continue
        open_ = False
        for k in range(i, len(sents)):
            if not _named(attrib[k]):
                attrib[k] = _shared(speaker)
            open_ = _quote_state(sents[k].text, open_)
            if not open_:
                break


def _has_quote(text: str) -> bool:
    """Does a sentence open, close or hold a quotation (not an apostrophe: "Ukraine's")?"""
    t = text.strip()
    return any(q in t for q in ('"', "“", "”", "‘")) or t[:1] in _QUOTES or bool(_QUOTE_END.search(t))


def _withheld_names(attrib: list[list[Attribution]], speakers: Speakers, v: Vocab) -> None:
    for i in range(min(_LEDE, len(attrib) - 1)):
        for a in _named(attrib[i]):
            if not a.indefinite:
                continue
            nxt = _named(attrib[i + 1])
            if not nxt or nxt[0].indefinite or not _proper_org(nxt[0].claimant, speakers, v):
                continue
            name, side = nxt[0].claimant, nxt[0].side or a.side
            old = a.claimant
            for k in (i, i + 1):
                attrib[k] = [replace(b, claimant=name, side=side) if b.claimant == old else b for b in attrib[k]]


def _proper_org(name: str | None, speakers: Speakers, v: Vocab) -> bool:
    """A name in capitals that is not a person's: "The Alliance Army", "MNDAA"."""
    if not name:
        return False
    words = name.split()
    return all(w[:1].isupper() or w.lower() in v.gram.name_links for w in words) \
        and speakers.kind_of(name, v) == "org"
