"""Per-line features used to tell article prose from page furniture.

A line is described by its length, word count, stop-word density (in the document's
language, chosen among jusText's stop lists) and whether it ends like a sentence.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import justext

TOKEN = re.compile(r"\w+", re.UNICODE)
# scripts written without spaces between words: count their characters instead of tokens
_DENSE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_TERMINAL = re.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u2019\u201d\u00bb)\]*]*$")
_SENTENCE_MARK = re.compile(r"[.!?\u3002\uff01\uff1f](?:\s|$)")
_MIN_LANGUAGE_SHARE = 0.08
_CLEARLY_ENGLISH = 0.25  # English stop words this common: no need to try other languages
_LANGUAGE_SAMPLE_CHARS = 50_000


@dataclass
class LineInfo:
    """Features of one non-empty line."""

    text: str
    chars: int
    words: int
    stop: float  # share of words in the stop list; -1.0 when no stop list fits the text
    terminal: bool  # ends like a sentence
    sentences: int  # sentence-ending punctuation marks followed by more text or the end


@lru_cache(maxsize=1)
def _stop_index() -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    names = tuple(sorted(justext.get_stoplists()))
    index: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        for word in justext.get_stoplist(name):
            index.setdefault(word, []).append(i)
    return names, {w: tuple(v) for w, v in index.items()}


def pick_stoplist(text: str) -> frozenset[str] | None:
    """The stop list of the language that covers most of ``text``'s words, if any does."""
    tokens = list(map(str.lower, TOKEN.findall(text[:_LANGUAGE_SAMPLE_CHARS])))
    if not tokens:
        return None
    english = _stoplist("English")
    if sum(map(english.__contains__, tokens)) >= _CLEARLY_ENGLISH * len(tokens):
        return english
    names, index = _stop_index()
    counts: Counter[int] = Counter()
    for tok, n in Counter(tokens).items():
        for lang in index.get(tok, ()):
            counts[lang] += n
    if not counts:
        return None
    lang, hits = max(counts.items(), key=lambda kv: (kv[1], -kv[0]))
    if hits / len(tokens) < _MIN_LANGUAGE_SHARE:
        return None
    return _stoplist(names[lang])


@lru_cache(maxsize=8)
def _stoplist(name: str) -> frozenset[str]:
    return justext.get_stoplist(name)


def describe(text: str, stoplist: frozenset[str] | None) -> LineInfo:
    """Features of one line (``text`` is already whitespace-normalised).

    Characters of scripts written without spaces count as half a word each.
    """
    tokens = TOKEN.findall(text)
    words = len(tokens) + len(_DENSE.findall(text)) // 2
    if stoplist is not None and tokens:
        stop = sum(map(stoplist.__contains__, map(str.lower, tokens))) / len(tokens)
    else:
        stop = -1.0
    sentences = len(_SENTENCE_MARK.findall(text))
    return LineInfo(
        text=text,
        chars=len(text),
        words=words,
        stop=stop,
        terminal=bool(_TERMINAL.search(text)),
        sentences=sentences,
    )
