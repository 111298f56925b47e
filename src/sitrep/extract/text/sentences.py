"""Sentence splitting that survives scraped text.

spaCy's blank English pipeline with its rule-based sentencizer does the first cut; then
general fixes for scrapes: a line is a paragraph unless the next line starts in lowercase
(a broken line), a missing space after a full stop ("word.Next") or after a caption's date
("February 24Captured") is a boundary, so is a bar between titles ("The battle for X | Y
..."), a piece that starts in lowercase or follows an abbreviation ("Gov.", "Maj. Gen.")
joins the sentence before, and a piece with no letters joins its neighbour. Offsets always
index the document text: ``text[s.start:s.end] == s.text``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .tokens import Token, drop_scare_quotes, tokenize
from ..vocab import vocab

_MISSING_SPACE = re.compile(
    r"(?<=[a-z\)\]][.!?])(?=[A-Z][a-z])"          # word.Next
    r"|(?<=[a-z][.!?]['\"’”])(?=[A-Z])"             # said.'Next
    r"|(?<=[a-z]['\"’”][.!?])(?=[A-Z][a-z])"        # surrender'.In
    r"|(?<=\s\d)(?=[A-Z][a-z]{2,})|(?<=\s\d\d)(?=[A-Z][a-z]{2,})"  # February 24Captured
)
_PIPE = re.compile(r"(?<=\S)[ \t]+\|[ \t]+(?=[\"'‘“]?[A-Z][a-z])")  # "The battle for X | Y caught between ..."
_LINE = re.compile(r"[^\n]+")
_LIST_LINE = re.compile(r"[a-z][\w' /-]{1,60}\s[-–—‒―−:]\s*[~≈]?\d")  # "tanks – 1,617 (+5)", "ships / boats – 28"
_INNER_PUNCT = re.compile(r"[.!?]")
MAX_SENTENCE = 1000  # characters; longer pieces are cut (bounded work per sentence)
_SPACY_MAX = 100_000  # longer lines skip spaCy and use the plain rules
_TRAILING = " .!?'\"\u2019\u201d"


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    para: int  # index of the paragraph (line block) it belongs to
    _tokens: list[Token] | None = field(default=None, repr=False)

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = drop_scare_quotes(tokenize(self.text, self.start))
        return self._tokens


@lru_cache(maxsize=1)
def _nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Line blocks: a line joins the one before when it starts in lowercase (a broken line),
    unless that one ends a sentence, a list item ("tanks - 1,218 (+13);") or a list's
    announcement ("... the following equipment:"), or the line is a list item itself."""
    out: list[list[int]] = []
    for m in _LINE.finditer(text):
        s, e = m.span()
        stripped = m.group().lstrip()
        if not stripped.strip():
            continue
        s += len(m.group()) - len(stripped)
        if out and stripped[0].islower() and not text[out[-1][1] - 1] in ".!?;:" and not _LIST_LINE.match(stripped):
            out[-1][1] = e
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _raw_spans(para_text: str, doc) -> list[tuple[int, int]]:
    """spaCy's sentences of a paragraph (the whole paragraph when ``doc`` is None), cut again
    where a full stop or a date runs into the next capitalised word."""
    spans = []
    cuts = [(0, len(para_text))] if doc is None else [(x.start_char, x.end_char) for x in doc.sents]
    for s, e in cuts:
        cut = s
        gaps = [(m.start(), m.start()) for m in _MISSING_SPACE.finditer(para_text, s, e)]
        gaps += [m.span() for m in _PIPE.finditer(para_text, s, e)]  # titles in a row: the bar is no one's
        for a, b in sorted(gaps):
            if a > cut:
                spans.append((cut, a))
                cut = b
        spans.append((cut, e))
    return spans


def _letters(s: str) -> bool:
    return any(c.isalpha() for c in s)


def _ends_with_abbreviation(piece: str) -> bool:
    words = piece.rstrip().split()
    if not words:
        return False
    last = words[-1].lower()
    if last in vocab().abbreviations:
        return True
    return bool(re.fullmatch(r"(?:[a-z]\.)+", last)) and len(last) <= 4  # initials: "j." "u.n."


def _opening_quotes_forward(para_text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"... he said. 'Next" : an opening quote left at the end of a span starts the next one."""
    out = [list(x) for x in spans]
    for k in range(len(out) - 1):
        piece = para_text[out[k][0]:out[k][1]].rstrip()
        if len(piece) >= 2 and piece[-1] in "'\"‘“" and piece[-2].isspace():
            cut = out[k][0] + len(piece) - 1
            out[k][1], out[k + 1][0] = cut, cut
    return [(a, b) for a, b in out]


def _merge(para_text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = _opening_quotes_forward(para_text, spans)
    out: list[list[int]] = []
    for s, e in spans:
        piece = para_text[s:e]
        body = piece.strip().lstrip("'\"‘’“”([-–— ")
        if out:
            prev = para_text[out[-1][0]:out[-1][1]]
            join = (
                not _letters(piece)
                or (body[:1].islower())
                or _ends_with_abbreviation(prev)
                or not _letters(prev)
            )
            if join:
                out[-1][1] = e
                continue
        out.append([s, e])
    return [(s, e) for s, e in out]


def _bounded(para_text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces of at most MAX_SENTENCE characters: a run-on "sentence" (a scrape with no
    punctuation) is cut at a comma, a dash or a space near the limit."""
    out = []
    for s, e in spans:
        while e - s > MAX_SENTENCE:
            window = para_text[s:s + MAX_SENTENCE]
            cut = max(window.rfind(", "), window.rfind("; "), window.rfind(" – "), window.rfind(" - "))
            if cut < MAX_SENTENCE // 2:
                cut = window.rfind(" ")
            cut = cut + 1 if cut > 0 else MAX_SENTENCE
            out.append((s, s + cut))
            s += cut
        out.append((s, e))
    return out


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with exact offsets and paragraph indices."""
    if not text:
        return []
    paras = paragraphs(text)
    nlp = _nlp()
    sents: list[Sentence] = []
    texts = [text[s:e] for s, e in paras]
    # a line with no sentence punctuation before its end is one sentence: spaCy is not needed
    simple = [not _INNER_PUNCT.search(t.rstrip(_TRAILING)) or len(t) > _SPACY_MAX for t in texts]
    docs = iter(nlp.pipe(t for t, one in zip(texts, simple) if not one))
    for pi, ((ps, _pe), ptext, one) in enumerate(zip(paras, texts, simple)):
        spans = _raw_spans(ptext, None if one else next(docs))
        for s, e in _bounded(ptext, _merge(ptext, spans)):
            piece = ptext[s:e]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            s2, e2 = ps + s + lead, ps + e - trail
            if e2 > s2:
                sents.append(Sentence(s2, e2, text[s2:e2], pi))
    return sents
