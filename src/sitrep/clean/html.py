"""Clean an HTML page: trafilatura finds the article, then sitrep's text pass cleans it.

trafilatura runs with ``deduplicate=False`` (its duplicate cache would make the output depend
on the documents seen before) and without comments. Pages bigger than ``MAX_HTML_CHARS`` lose
their scripts and styles first and are then cut, so the time spent per page stays bounded;
the cut is recorded. When trafilatura finds nothing (a short fragment, a page it cannot
parse), the page is flattened here and the text pass chooses the main block itself.
"""
from __future__ import annotations

import html as htmllib
import logging
import re
from functools import lru_cache

import trafilatura

from sitrep.clean.normalize import excerpt
from sitrep.clean.text import CleanResult, clean_text
from sitrep.clean.vocab import vocab
from sitrep.records import Removal

MAX_HTML_CHARS = 3_000_000
HEAD_SCAN_CHARS = 300_000  # title and date are looked for in this much of the page
EXCERPT_SCAN_CHARS = 20_000
TRAFILATURA_OPTIONS = dict(
    favor_precision=True,  # measured best on the article-extraction benchmark
    include_comments=False,
    include_tables=True,
    deduplicate=False,
    output_format="txt",
)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"<[^>]*>")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?")
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")

if logging.getLogger("trafilatura").level == logging.NOTSET:
    # its messages about unparsable pages would reach users as noise: we report instead
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = vocab().words
    skip = "|".join(map(re.escape, words["skip_tags"]))
    block = "|".join(map(re.escape, words["block_tags"]))
    skip_re = re.compile(rf"<({skip})\b[^>]*>.*?</\1\s*>", re.S | re.I)
    block_re = re.compile(rf"</?(?:{block})\b[^>]*>", re.I)
    return skip_re, block_re


def strip_invisible(markup: str) -> str:
    """``markup`` without comments and elements that hold no page text (scripts, styles)."""
    skip_re, _ = _patterns()
    return skip_re.sub(" ", _COMMENT.sub(" ", markup))


def flatten(markup: str) -> str:
    """Page text of ``markup``, one block element per line (never raises on bad markup)."""
    _, block_re = _patterns()
    text = block_re.sub("\n", strip_invisible(markup))
    return htmllib.unescape(_TAG.sub(" ", text))


def _cap(markup: str) -> tuple[str, list[Removal]]:
    if len(markup) <= MAX_HTML_CHARS:
        return markup, []
    lighter = strip_invisible(markup)
    if len(lighter) <= MAX_HTML_CHARS:
        return lighter, []
    cut = lighter.rfind("<", 0, MAX_HTML_CHARS)
    cut = cut if cut > MAX_HTML_CHARS // 2 else MAX_HTML_CHARS
    note = f"[{len(lighter) - cut} characters of HTML after the first {cut} dropped] "
    return lighter[:cut], [Removal(note + excerpt(flatten(lighter[cut:cut + 50_000])), "truncated_huge_input")]


def page_meta(markup: str) -> dict[str, str]:
    """Title and publication date from the page's ``<meta>``, ``<title>`` or JSON-LD."""
    head = markup[:HEAD_SCAN_CHARS]
    found: dict[str, str] = {}
    for tag in re.finditer(r"<meta\b[^>]*>", head, re.I):
        attrs = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
                 for m in _ATTR.finditer(tag.group(0))}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and "content" in attrs and key not in found:
            found[key] = htmllib.unescape(attrs["content"]).strip()
    meta: dict[str, str] = {}
    words = vocab().words
    title = next((found[k] for k in words["title_meta"] if found.get(k)), None)
    if title is None:
        m = re.search(r"<title\b[^>]*>(.*?)</title>", head, re.S | re.I)
        title = htmllib.unescape(_TAG.sub("", m.group(1))).strip() if m else None
    if title:
        meta["title"] = " ".join(title.split())
    dates = [found[k] for k in words["date_meta"] if found.get(k)]
    dates += re.findall(r'"datePublished"\s*:\s*"([^"]+)"', head)
    dates += re.findall(r"<time\b[^>]*\bdatetime=[\"']([^\"']+)", head, re.I)
    for value in dates:
        m = _ISO_DATE.match(value.strip())
        if m:
            meta["published"] = m.group(0).replace(" ", "T")
            break
    return meta


def _dropped_summary(markup: str, kept: str) -> Removal | None:
    """One removal standing for all the page text the extractor left out (an excerpt)."""
    body = re.search(r"<body\b", markup, re.I)
    start = body.start() if body else 0
    kept_flat = " ".join(kept.split())
    lines = (" ".join(line.split()) for line in flatten(markup[start:start + EXCERPT_SCAN_CHARS]).split("\n"))
    dropped = " | ".join(line for line in lines if line and line not in kept_flat)
    if not dropped:
        return None
    note = f"[text of the page outside the article, from {len(markup)} characters of HTML] "
    return Removal(note + excerpt(dropped), "html_boilerplate")


def clean_html(html: str, url: str | None = None) -> CleanResult:
    """Clean one HTML page. ``meta`` may hold the page's ``title`` and ``published`` date."""
    if not isinstance(html, str):
        raise TypeError(f"clean_html expects HTML text (str), got {type(html).__name__}")
    markup, removed = _cap(html)
    meta: dict[str, object] = dict(page_meta(markup))
    try:
        extracted = trafilatura.extract(markup, url=url, **TRAFILATURA_OPTIONS)
    except Exception as exc:  # trafilatura/lxml failures on hostile markup: fall back below
        meta["extractor_error"] = f"{type(exc).__name__}: {exc}"
        extracted = None
    if extracted and extracted.strip():
        result = clean_text(extracted, page=False)
        meta["extractor"] = "trafilatura"
        summary = _dropped_summary(markup, result.text)
        if summary is not None:
            removed.append(summary)
    else:
        result = clean_text(flatten(markup), page=True)
        meta["extractor"] = "sitrep"
    return CleanResult(result.text, removed + result.removed, meta)
