"""Normalise raw text into a list of whitespace-normalised, non-empty lines.

Character references a scraper left in the text ("&#8220;terrorists&#8221;", "&amp;") are
decoded, control characters and zero-width marks are dropped, every run of spaces (including
no-break spaces and tabs) becomes one space, and line ends are unified. Inputs larger than
``MAX_TEXT_CHARS`` are cut (the cut is recorded), so cleaning time stays bounded.
"""
from __future__ import annotations

import html
import re
import unicodedata

from sitrep.records import Removal

MAX_TEXT_CHARS = 1_000_000
EXCERPT_CHARS = 200

# C0/C1 controls except tab/newline/CR, zero-width and bidi marks, BOM, lone surrogates
_JUNK = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"
    "\ud800-\udfff\ufffe\uffff]"
)
_SPACE = re.compile(r"[^\S\n]+")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """A short, single-line excerpt of ``text`` for a removal record."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "\u2026"


def cap_size(text: str, limit: int = MAX_TEXT_CHARS) -> tuple[str, list[Removal]]:
    """Cut ``text`` to ``limit`` characters (at a line end when one is near)."""
    if len(text) <= limit:
        return text, []
    cut = text.rfind("\n", limit - 20_000, limit)
    cut = cut if cut > 0 else limit
    dropped = len(text) - cut
    note = f"[{dropped} characters after the first {cut} dropped] " + excerpt(text[cut:])
    return text[:cut], [Removal(note, "truncated_huge_input")]


def normalise_lines(text: str) -> list[str]:
    """Whitespace-normalised, non-empty lines of ``text`` (NFC, no control characters)."""
    text = _NEWLINES.sub("\n", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    text = _JUNK.sub("", text)
    text = unicodedata.normalize("NFC", text)
    lines = []
    for raw in text.split("\n"):
        line = _SPACE.sub(" ", raw).strip()
        if line:
            lines.append(line)
    return lines
