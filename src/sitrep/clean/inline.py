"""Boilerplate that sits inside a line: gallery counters with duplicated captions, appeals.

Flattened pages often glue blocks into one long line, e.g. ``CAPTION +15 View gallery
CAPTION Body text...``. The counter is removed and the line is split so that each copy of the
caption is a line of its own (the repeat step then drops the second copy).

Donation and membership appeals are found sentence by sentence (with extra cuts where blocks
were glued: after a postal code, around headings in capitals, after a web address): a run of
sentences with strong appeal words (bank details, "donate here"), together with the weaker
appeal sentences next to them, is removed; the line is split around it.
"""
from __future__ import annotations

import re

from sitrep.clean.vocab import vocab
from sitrep.records import Removal

MAX_CAPTION_CHARS = 600
MIN_CAPTION_CHARS = 15
MAX_APPEAL_GAP = 3  # sentences without appeal words allowed between two appeal sentences
MAX_SINGLE_APPEAL_LINE = 300  # a lone appeal segment is removed only as a short line of its own
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u2019\u201d)\]]*(\s+)(?=[\"'\u2018\u201c(\[]?[A-Z0-9])")


def split_galleries(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Remove gallery counters; split a caption printed around one into two lines."""
    counter = vocab().patterns["gallery_counter"]
    out: list[str] = []
    removed: list[Removal] = []
    for line in lines:
        if counter.search(line):
            parts, rem = _split_gallery_line(line, counter)
            out.extend(parts)
            removed.extend(rem)
        else:
            out.append(line)
    return out, removed


def _split_gallery_line(text: str, counter: re.Pattern[str]) -> tuple[list[str], list[Removal]]:
    parts: list[str] = []
    removed: list[Removal] = []
    cursor = 0
    for m in counter.finditer(text):
        if m.start() < cursor:
            continue
        end_before = len(text[:m.start()].rstrip())
        after = len(text) - len(text[m.end():].lstrip())
        size = _mirror(text, cursor, end_before, after)
        removed.append(Removal(m.group(0), "gallery_counter"))
        if size:
            # both copies stay for now, as two lines: the repeat step keeps only the first,
            # and the main-block step knows the pair as a caption
            lead = text[cursor:end_before - size].strip()
            caption = text[end_before - size:end_before].strip()
            parts.extend(p for p in (lead, caption, text[after:after + size].strip()) if p)
            cursor = after + size
        else:
            lead = text[cursor:m.start()].strip()
            if lead:
                parts.append(lead)
            cursor = m.end()
    rest = text[cursor:].strip()
    if rest:
        parts.append(rest)
    return parts, removed


def _mirror(text: str, lo: int, end: int, start: int) -> int:
    """Longest L: ``text[end-L:end] == text[start:start+L]``, both copies on word boundaries."""
    top = min(end - lo, len(text) - start, MAX_CAPTION_CHARS)
    for size in range(top, MIN_CAPTION_CHARS - 1, -1):
        a = end - size
        if a > lo and not text[a - 1].isspace():
            continue
        b = start + size
        if b < len(text) and text[b - 1].isalnum() and text[b].isalnum():
            continue
        if text[a:end] == text[start:b]:
            return size
    return 0


def segment_spans(line: str) -> list[tuple[int, int]]:
    """Sentence-like spans of ``line``, also cut where blocks were glued together."""
    cuts: set[tuple[int, int]] = set()
    for m in _SENTENCE_END.finditer(line):
        cuts.add(m.span(1))
    for splitter in vocab().splitters:
        for m in splitter.finditer(line):
            cuts.add(m.span(1))
    spans: list[tuple[int, int]] = []
    pos = 0
    for gap_start, gap_end in sorted(cuts):
        if gap_start > pos:
            spans.append((pos, gap_start))
        pos = max(pos, gap_end)
    if pos < len(line):
        spans.append((pos, len(line)))
    return spans


def drop_appeals(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Remove runs of donation/membership appeal segments; split lines around them."""
    v = vocab()
    strong_pat, weak_pat = v.patterns["appeal_strong"], v.patterns["appeal_weak"]
    whole_line = v.lines["appeal"]
    segs: list[tuple[int, int, int]] = []  # (line index, start, end)
    kinds: list[int] = []  # 2 strong, 1 weak, 0 neither, -1 a whole line without appeal words
    for i, line in enumerate(lines):
        line_strong = bool(whole_line.match(line))
        if not line_strong and not weak_pat.search(line) and not strong_pat.search(line):
            segs.append((i, 0, len(line)))
            kinds.append(-1)
            continue
        for a, b in segment_spans(line):
            seg = line[a:b]
            segs.append((i, a, b))
            kinds.append(2 if line_strong or strong_pat.search(seg) else 1 if weak_pat.search(seg) else 0)
    runs = _appeal_runs(kinds, [seg[0] for seg in segs])
    cut: dict[int, list[tuple[int, int]]] = {}
    removed: list[Removal] = []
    for first, last in runs:
        if sum(1 for k in range(first, last + 1) if kinds[k] == 2) < 2:
            (i, a, _), (i_last, _, b) = segs[first], segs[last]
            whole = i == i_last and a == 0 and b == len(lines[i])
            if not whole or len(lines[i]) > MAX_SINGLE_APPEAL_LINE:
                continue
        pieces = []
        for k in range(first, last + 1):
            i, a, b = segs[k]
            cut.setdefault(i, []).append((a, b))
            pieces.append(lines[i][a:b])
        removed.append(Removal(" ".join(pieces), "appeal"))
    if not cut:
        return lines, []
    out: list[str] = []
    for i, line in enumerate(lines):
        if i not in cut:
            out.append(line)
            continue
        pos = 0
        for a, b in sorted(cut[i]):
            piece = line[pos:a].strip()
            if piece:
                out.append(piece)
            pos = b
        piece = line[pos:].strip()
        if piece:
            out.append(piece)
    return out, removed


def _appeal_runs(kinds: list[int], line_of: list[int]) -> list[tuple[int, int]]:
    """Runs of segments: strong ones close together, grown over weak ones in the same line."""
    strong = [k for k, kind in enumerate(kinds) if kind == 2]
    runs: list[tuple[int, int]] = []
    for k in strong:
        gap = kinds[runs[-1][1] + 1:k] if runs else []
        if runs and -1 not in gap and gap.count(0) <= MAX_APPEAL_GAP:
            runs[-1] = (runs[-1][0], k)
        else:
            runs.append((k, k))
    grown = []
    for first, last in runs:
        while first > 0 and kinds[first - 1] == 1 and line_of[first - 1] == line_of[first]:
            first -= 1
        while last + 1 < len(kinds) and kinds[last + 1] == 1 and line_of[last + 1] == line_of[last]:
            last += 1
        if grown and first <= grown[-1][1] + 1:
            grown[-1] = (grown[-1][0], last)
        else:
            grown.append((first, last))
    return grown

