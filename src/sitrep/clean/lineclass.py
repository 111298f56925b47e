"""Classify lines as article prose or page furniture.

Kinds, from most to least article-like:

* ``good``  - a paragraph of prose: long enough, many stop words, ends like a sentence
* ``near``  - prose-like but weaker (shorter, or fewer stop words)
* ``head``  - a title-like line: no sentence end (a heading, a teaser title, a menu entry)
* ``short`` - too short to judge
* ``bad``   - furniture: matched a boilerplate vocabulary, a credit, a comment header, a line
  in capitals, or prose-free text (almost no stop words)
* ``end``   - a heading that opens a non-article section (related links, tags)
* ``comments`` - a heading that opens a comments section

``reason`` says why a ``bad``/``end``/``comments`` line is furniture. ``certain`` is true when
a boilerplate vocabulary matched the whole line: such lines are removed from any text; the
others (a heading in capitals, a line with a time in it) only from whole pages.
"""
from __future__ import annotations

from dataclasses import dataclass

from sitrep.clean.features import LineInfo
from sitrep.clean.vocab import vocab

VOCAB_REASONS = (
    "video_player", "platform_footer", "share_subscribe", "cookie", "navigation", "teaser",
    "appeal", "advertisement", "byline", "author_bio",
)
SHORT_CHARS = 50
LONG_CHARS = 150
GOOD_STOP = 0.30
NEAR_STOP = 0.20
PROSE_CHARS = 80
MAX_FURNITURE_CHARS = 1000  # no boilerplate pattern can match a longer line
MAX_HEADER_CHARS = 200  # comment headers and headings in capitals are short
MAX_SURE_CREDIT_CHARS = 120  # a credit line on its own
MAX_CREDIT_CHARS = 300  # a caption ending with its credit
MAX_TIMESTAMP_CHARS = 120


@dataclass
class Kind:
    kind: str
    reason: str | None = None
    certain: bool = False


def vocabulary_reason(text: str) -> str | None:
    """The boilerplate vocabulary a whole line matches, if any."""
    if len(text) > MAX_FURNITURE_CHARS:
        return None
    v = vocab()
    for reason in VOCAB_REASONS:
        if v.lines[reason].match(text):
            return reason
    if v.video_run.match(text):
        return "video_player"
    return None


def furniture(text: str) -> Kind | None:
    """The kind of a line that a boilerplate vocabulary recognises as a whole, else None."""
    if len(text) > MAX_FURNITURE_CHARS:
        return None
    v = vocab()
    if v.lines["comments_start"].match(text):
        return Kind("comments", "section_heading", True)
    if v.lines["section_end"].match(text):
        return Kind("end", "section_heading", True)
    reason = vocabulary_reason(text)
    if reason:
        return Kind("bad", reason, True)
    if len(text) < MAX_HEADER_CHARS and v.patterns["comment_header"].search(text):
        return Kind("bad", "comment_meta", True)
    if len(text) < MAX_SURE_CREDIT_CHARS and v.patterns["credit"].search(text):
        return Kind("bad", "caption_credit", True)
    return None


def classify(info: LineInfo) -> Kind:
    """The kind of one line (see the module docstring)."""
    known = furniture(info.text)
    if known is not None:
        return known
    pats = vocab().patterns
    if info.chars < MAX_TIMESTAMP_CHARS and pats["timestamp"].search(info.text):
        return Kind("bad", "comment_meta")
    if info.chars < MAX_CREDIT_CHARS and pats["credit"].search(info.text):
        return Kind("bad", "caption_credit")  # a caption with its credit: only off whole pages
    if info.chars < MAX_HEADER_CHARS and info.words >= 2 and _in_capitals(info.text):
        return Kind("bad", "caps_heading")
    return _prose_kind(info)


def _prose_kind(info: LineInfo) -> Kind:
    if info.chars < SHORT_CHARS:
        return Kind("short")
    long_or_ended = info.terminal or info.chars > LONG_CHARS
    if info.stop >= 0:
        if info.stop >= GOOD_STOP and long_or_ended:
            return Kind("good")
        if info.stop >= NEAR_STOP or (info.terminal and info.chars >= PROSE_CHARS):
            return Kind("near" if long_or_ended else "head")
        return Kind("bad")
    if info.terminal or info.sentences:
        return Kind("good")
    return Kind("head")


def _in_capitals(text: str) -> bool:
    upper = sum(map(str.isupper, text))  # per character, without a Python loop
    lower = sum(map(str.islower, text))
    return upper >= 4 and upper >= 4 * lower
