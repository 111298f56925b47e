"""Find the article's main block of prose in a sequence of lines, and drop the rest.

Each line gets a value: prose lines count their words, furniture counts against. The main
block is the run of lines with the highest total (maximum-sum subarray), searched between
section headings ("Related articles", "Comments"...). A comments heading after the article
ends the search. The first block scoring at least ``FIRST_BLOCK_SHARE`` of the best one wins,
since articles come before the teasers and comments that follow them. A list announced by a
colon ("...the new dates:") stays with the article, and so do captions printed twice in a row
that touch the block.

When the text looks like a whole page (a menu around the block, or several lines of furniture
named by the vocabularies), lines outside the block are removed (``outside_main_block``, or
``navigation`` for menus), and so are page residue (markup, much-repeated short lines) and
short non-prose lines inside it (``non_prose``).
Otherwise (already clean text) only lines matching a boilerplate vocabulary are removed, so
a clean article comes out as it went in.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sitrep.clean.features import LineInfo, describe, pick_stoplist
from sitrep.clean.lineclass import Kind, classify, furniture
from sitrep.clean.repeats import glued_copy, residue_reason, same_words
from sitrep.records import Removal

FIRST_BLOCK_SHARE = 0.4
NEAR_WEIGHT = 0.3
ISOLATED_WEIGHT = 0.5  # a prose line between two non-prose lines (teaser cards) counts less
SHORT_PENALTY = 4.0
HEAD_PENALTY = 3.0
SECTION_PENALTY = 50.0
BAD_PENALTY_MIN = 5.0
CERTAIN_PENALTY = 1.0  # furniture named by a vocabulary goes anyway; it only hints at a border
COMMENTS_AFTER_WORDS = 50  # a comments heading only ends the article after this much prose
PAGE_FURNITURE_LINES = 3  # this many furniture lines make the text a whole page
MAX_LIST_LINES = 100
MAX_WIDGET_LINES = 10  # a box of links this short inside the article does not end it
WIDGET_MERGE_SHARE = 0.5  # the part on the other side must hold this share of the prose
MIN_LINE_WORDS = 3
MIN_CAPTION_WORDS = 4
MENU_ENTRY_WORDS = 3
MIN_MENU_LINES = 5  # this many menu-like lines in a row, around the block, make a menu
_NOT_IN_MENUS = set(".:@/=")
_GROUPED = ("outside_main_block", "comments_section", "navigation")


@dataclass
class _Line:
    info: LineInfo
    kind: Kind


def _value(line: _Line) -> float:
    kind, words = line.kind.kind, line.info.words
    if kind == "good":
        return float(words)
    if kind == "near":
        return NEAR_WEIGHT * words
    if kind == "short":
        return -SHORT_PENALTY
    if kind == "head":
        return -HEAD_PENALTY
    if kind in ("end", "comments"):
        return -SECTION_PENALTY
    if line.kind.certain:
        return -CERTAIN_PENALTY
    return -max(BAD_PENALTY_MIN, float(words))


def _is_prose(line: _Line) -> bool:
    return line.kind.kind in ("good", "near")


def _best_run(values: list[float], lo: int, hi: int) -> tuple[int, int, float] | None:
    best, cur, start, found = 0.0, 0.0, lo, None
    for j in range(lo, hi):
        if cur <= 0:
            cur, start = 0.0, j
        cur += values[j]
        if cur > best:
            best, found = cur, (start, j, cur)
    return found


def _choose_blocks(lines: list[_Line], values: list[float], limit: int) -> list[tuple[int, int]]:
    """Line ranges of the main block: the chosen run, plus runs a short widget cut off it."""
    blocks = []
    start = 0
    for j in range(limit + 1):
        if j == limit or lines[j].kind.kind in ("end", "comments"):
            run = _best_run(values, start, j) if j > start else None
            if run:
                blocks.append(run)
            start = j + 1
    if not blocks:
        return []
    top = max(b[2] for b in blocks)
    first = next(n for n, b in enumerate(blocks) if b[2] >= FIRST_BLOCK_SHARE * top)
    chosen = [blocks[first]]
    for step in (-1, 1):  # a "Related stories" box inside the article splits it in two
        n = first
        while 0 <= n + step < len(blocks):
            near, far = blocks[n], blocks[n + step]
            gap = far[0] - near[1] - 1 if step == 1 else near[0] - far[1] - 1
            if gap > MAX_WIDGET_LINES or far[2] < WIDGET_MERGE_SHARE * blocks[first][2]:
                break
            chosen.append(far)
            n += step
    return sorted((b[0], b[1]) for b in chosen)


def _comments_cut(lines: list[_Line]) -> int:
    words = 0
    for j, line in enumerate(lines):
        if line.kind.kind == "good":
            words += line.info.words
        elif line.kind.kind == "comments" and words >= COMMENTS_AFTER_WORDS:
            return j
    return len(lines)


def _mark_lists(lines: list[_Line], a: int, e: int, limit: int) -> int:
    """Lines after a prose line ending with ':' are list items; returns the new block end."""
    j = a
    while j <= e:
        if _is_prose(lines[j]) and lines[j].info.text.endswith(":"):
            n = j + 1
            while n < limit and n - j <= MAX_LIST_LINES and not _is_prose(lines[n]):
                if lines[n].kind.certain:
                    break
                lines[n].kind = Kind("list")
                n += 1
            e = max(e, n - 1)
            j = n
        else:
            j += 1
    return e


def _neutral_lists(lines: list[_Line], values: list[float]) -> None:
    """The short lines of a list announced by a prose line ending with ':' ("losses are as
    follows:" above "tanks — 11,618 (+4)") count neither for nor against the block, so the
    announcement and the prose after the list stay one block."""
    for j, line in enumerate(lines):
        if not (_is_prose(line) and line.info.text.endswith(":")):
            continue
        n = j + 1
        while n < len(lines) and n - j <= MAX_LIST_LINES and not _is_prose(lines[n]) and not lines[n].kind.certain:
            values[n] = max(values[n], 0.0)
            n += 1


def _menu_lines(lines: list[_Line], a: int, e: int) -> set[int]:
    """Lines of menus before or after the block: runs of short entries without sentence ends."""
    menus: set[int] = set()
    run: list[int] = []
    for j in [*range(a), -1, *range(e + 1, len(lines)), -1]:
        if j >= 0 and _menu_entry(lines[j].info):
            run.append(j)
            continue
        if len(run) >= MIN_MENU_LINES:
            menus.update(run)
        run = []
    return menus


def _menu_entry(info: LineInfo) -> bool:
    """A menu entry: a few words, no sentence end, no figures or web address (not data)."""
    text = info.text
    return (info.words <= MENU_ENTRY_WORDS and not info.terminal and text[0].isalpha()
            and not any(ch.isdigit() or ch in _NOT_IN_MENUS for ch in text))


def caption_twins(texts: list[str]) -> set[int]:
    """Indices of lines printed twice in a row (image captions), both copies."""
    twins: set[int] = set()
    for j in range(len(texts) - 1):
        first, second = texts[j], texts[j + 1]
        if len(first.split()) >= MIN_CAPTION_WORDS and (
            same_words(first, second) or glued_copy(first, second)
        ):
            twins.update((j, j + 1))
    return twins


def select_main_block(texts: list[str], page: bool | None = None) -> tuple[list[str], list[Removal]]:
    """Keep the article's lines of ``texts``; say why every other line was removed.

    ``page``: True/False forces whole-page or clean-text handling; None decides from the text.
    """
    if not texts:
        return [], []
    if page is False:
        return _drop_furniture(texts)
    counts = Counter(texts)
    residue = [residue_reason(t, counts) for t in texts]
    core = [t for t, r in zip(texts, residue) if r is None]
    stoplist = pick_stoplist("\n".join(core))
    lines = [_Line(info, classify(info)) for info in (describe(t, stoplist) for t in core)]
    values = [_value(line) for line in lines]
    plain = [j for j, line in enumerate(lines) if not line.kind.certain]
    for n, j in enumerate(plain):  # neighbours, looking past furniture named by a vocabulary
        if lines[j].kind.kind == "good":
            around = [lines[plain[x]] for x in (n - 1, n + 1) if 0 <= x < len(plain)]
            if not any(_is_prose(line) for line in around):
                values[j] *= ISOLATED_WEIGHT
    _neutral_lists(lines, values)
    limit = _comments_cut(lines)
    inside, a, e, found = _block_extent(lines, values, limit, core)
    menus = _menu_lines(lines, a, e) if found else set()
    if page is None:  # whole page: menus, share buttons, markup named by the vocabularies
        named = sum(1 for line in lines if line.kind.certain)
        named += sum(1 for r in residue if r == "markup_residue")
        page = found and (bool(menus) or named >= PAGE_FURNITURE_LINES)
    kept: list[str] = []
    removed: list[Removal] = []
    last = -2
    core_iter = iter(enumerate(lines))
    for i, text in enumerate(texts):
        if residue[i] is not None:
            reason = residue[i] if page else None
        else:
            j, line = next(core_iter)
            reason = _removal_reason(line, inside=inside[j], page=page, after_comments=j >= limit)
            if reason == "outside_main_block" and j in menus:
                reason = "navigation"
        if reason is None:
            kept.append(text)
            continue
        if last == i - 1 and removed[-1].reason == reason and reason in _GROUPED:
            removed[-1].text += "\n" + text
        else:
            removed.append(Removal(text, reason))
        last = i
    return kept, removed


def _block_extent(
    lines: list[_Line], values: list[float], limit: int, core: list[str]
) -> tuple[list[bool], int, int, bool]:
    """Which lines are in the main block, its first and last line, and whether one was found."""
    ranges = _choose_blocks(lines, values, limit)
    if not ranges:
        return [True] * len(lines), 0, len(lines) - 1, False
    inside = [False] * len(lines)
    for lo, hi in ranges:
        inside[lo:hi + 1] = [True] * (hi + 1 - lo)
    a, e = ranges[0][0], ranges[-1][1]
    new_e = _mark_lists(lines, a, e, limit)
    inside[e + 1:new_e + 1] = [True] * (new_e - e)
    e = new_e
    twins = caption_twins(core)
    while a - 1 in twins:
        a -= 1
        inside[a] = True
    while e + 1 in twins and e + 1 < limit:
        e += 1
        inside[e] = True
    return inside, a, e, True


def _drop_furniture(texts: list[str]) -> tuple[list[str], list[Removal]]:
    """Clean-text handling without statistics: only lines a vocabulary recognises go."""
    kept: list[str] = []
    removed: list[Removal] = []
    for text in texts:
        kind = furniture(text)
        if kind is None:
            kept.append(text)
        else:
            removed.append(Removal(text, kind.reason or "furniture"))
    return kept, removed


def _removal_reason(line: _Line, *, inside: bool, page: bool, after_comments: bool) -> str | None:
    kind = line.kind
    if kind.certain:
        return kind.reason
    if not page:
        return None
    if after_comments:
        return "comments_section"
    if not inside:
        return "outside_main_block"
    if kind.kind == "bad":
        return kind.reason or "non_prose"
    if kind.kind != "list" and line.info.words < MIN_LINE_WORDS and not line.info.terminal:
        return "non_prose"
    return None
