"""Remove what a page prints more than once, and template residue.

* a line equal to the line before it (an image caption printed twice) -> ``duplicate_caption``
* a line that starts with a full copy of the line before it (a caption glued to the next
  paragraph) -> the copy is cut off, ``duplicate_caption``
* a later copy of an earlier paragraph printed twice (same words, case and punctuation aside)
  -> ``repeated_paragraph``
* short lines printed three times or more ("Share", "Advertisement") and residue of markup or
  templates left in flattened pages -> ``repeated_line`` / ``markup_residue`` (the main-block
  step asks ``residue_reason`` and removes these only from whole pages)
"""
from __future__ import annotations

import re
from collections import Counter

from sitrep.clean.vocab import vocab
from sitrep.records import Removal

_WORD = re.compile(r"\w+")
MIN_REPEAT_WORDS = 4  # shorter lines may legitimately repeat (list items, table cells)
LONG_REPEAT_WORDS = 40  # a paragraph this long is never structure, however often repeated
SHORT_REPEAT_WORDS = 5
SHORT_REPEAT_COUNT = 3
_BARE_TOKEN = re.compile(r"[a-z][a-z0-9_-]*")


def _key(line: str) -> str:
    return " ".join(_WORD.findall(line.casefold()))


def same_words(first: str, second: str) -> bool:
    """The two lines have the same words (case and punctuation aside)."""
    return _key(first) == _key(second)


def residue_reason(line: str, counts: Counter[str]) -> str | None:
    """Why ``line`` is page residue (markup left in flattened text, a much-repeated short line)."""
    if vocab().patterns["markup"].search(line) or _BARE_TOKEN.fullmatch(line):
        return "markup_residue"
    if counts[line] >= SHORT_REPEAT_COUNT and len(line.split()) < SHORT_REPEAT_WORDS:
        return "repeated_line"
    return None


def drop_repeats(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop the second copy of captions printed twice, and later copies of repeated paragraphs.

    A paragraph printed exactly twice (or a long one printed more often) is a scraping
    artefact; a short paragraph that recurs three times or more is structure (the same
    question asked of each interviewee, a recurring table row) and stays.
    """
    single: list[tuple[str, str]] = []  # (line, key)
    removed: list[Removal] = []
    for line in lines:
        key = _key(line)
        prev = single[-1] if single else None
        if prev is not None and key == prev[1] and key.count(" ") + 1 >= MIN_REPEAT_WORDS:
            removed.append(Removal(line, "duplicate_caption"))
            continue
        if prev is not None and glued_copy(prev[0], line):
            removed.append(Removal(line[: len(prev[0])], "duplicate_caption"))
            line = line[len(prev[0]):].strip()
            key = _key(line)
        if line:
            single.append((line, key))
    counts = Counter(key for _, key in single)
    kept: list[str] = []
    seen: set[str] = set()
    for line, key in single:
        nwords = key.count(" ") + 1 if key else 0
        if nwords >= MIN_REPEAT_WORDS and key in seen and (
            counts[key] == 2 or nwords >= LONG_REPEAT_WORDS
        ):
            removed.append(Removal(line, "repeated_paragraph"))
            continue
        seen.add(key)
        kept.append(line)
    return kept, removed


def glued_copy(prev: str, line: str) -> bool:
    """``line`` starts with all of ``prev`` (of some length) and goes on with more text."""
    if len(prev) < 25 or len(line) <= len(prev) or not line.startswith(prev):
        return False
    nxt = line[len(prev)]
    # a real continuation would go on with a space or punctuation; a glued block starts anew
    return nxt.isupper() or nxt in "\"'\u2018\u201c("
