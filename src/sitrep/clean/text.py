"""sitrep's text pass: from raw or extracted text to the article's paragraphs.

Steps, in order (each returns the lines it keeps and a ``Removal`` for what it drops):

1. cap the input size (``truncated_huge_input``) and normalise whitespace and control chars
2. gallery counters; a caption printed around one is split into two lines
3. donation / membership appeals, found sentence by sentence
4. the main block of prose: furniture lines by vocabulary; on whole pages also the rest of the
   page by position, markup residue and much-repeated short lines
5. duplicated captions and repeated paragraphs (the first copy stays)

Paragraphs of the result are separated by a blank line. The pass is deterministic: the same
input always gives the same text, whatever was cleaned before.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sitrep.clean.inline import drop_appeals, split_galleries
from sitrep.clean.mainblock import select_main_block
from sitrep.clean.normalize import cap_size, normalise_lines
from sitrep.clean.repeats import drop_repeats
from sitrep.records import Removal

PARAGRAPH_SEPARATOR = "\n\n"


@dataclass
class CleanResult:
    """Cleaned article text, what was removed and why, and what was learnt on the way."""

    text: str
    removed: list[Removal] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


def clean_lines(lines: list[str], page: bool | None = None) -> tuple[list[str], list[Removal]]:
    """Run the text pass on normalised lines.

    ``page``: None decides from the text whether it is a whole page (menus, teasers around the
    article) or already clean; False is for text an extractor already reduced to the article.
    """
    removed: list[Removal] = []
    lines, dropped = split_galleries(lines)
    removed += dropped
    lines, dropped = drop_appeals(lines)
    removed += dropped
    lines, dropped = select_main_block(lines, page=page)
    removed += dropped
    lines, dropped = drop_repeats(lines)
    return lines, removed + dropped


def clean_text(text: str, *, page: bool | None = None) -> CleanResult:
    """Clean raw or extracted text (one paragraph or block per line); see ``clean_lines``."""
    if not isinstance(text, str):
        raise TypeError(f"clean_text expects text (str), got {type(text).__name__}")
    text, removed = cap_size(text)
    lines, dropped = clean_lines(normalise_lines(text), page=page)
    return CleanResult(PARAGRAPH_SEPARATOR.join(lines), removed + dropped)
