"""Cheap metadata from an HTML page: canonical URL, title and publication date (regex only)."""
from __future__ import annotations

import html as html_lib
import json
import re
from email.utils import parsedate_to_datetime

from sitrep.ingest.options import formats_config

_TAG = re.compile(r"<(meta|link)\b([^>]*)>", re.I)
_ATTR = re.compile(r"""([\w:.\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_JSONLD = re.compile(
    r"""<script\b[^>]*type\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script\s*>""", re.I | re.S
)
_TIME = re.compile(r"""<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']""", re.I)
_ISO = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$"
)
_COMPACT = re.compile(r"^(\d{4})[/.]?(\d{2})[/.]?(\d{2})(?:[T ].*)?$")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_MONTH_WORD = re.compile(r"[A-Za-z]{3,}")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SPACES = re.compile(r"\s+")


def _attrs(raw: str) -> dict[str, str]:
    out = {}
    for m in _ATTR.finditer(raw):
        value = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4)
        out.setdefault(m.group(1).lower(), html_lib.unescape(value).strip())
    return out


def normalize_published(value: str | None) -> str | None:
    """An ISO date or date-time for a date as pages write it, or None if it is not one.

    ISO values are kept as given; ``2022/03/05``, ``05.03.2022`` (day first), RFC 2822
    (``Sat, 05 Mar 2022 10:00:00 +0200``) and dates with a month name and a year
    (``March 5, 2022``) are converted. Relative or partial dates give None.
    """
    if not value:
        return None
    value = _SPACES.sub(" ", value).strip()
    if _ISO.match(value):
        valid = _checked(int(value[:4]), int(value[5:7]), int(value[8:10]))
        return value if valid else None
    if m := _COMPACT.match(value):
        return _checked(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _DMY.match(value):
        return _checked(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    if _YEAR.search(value) and _MONTH_WORD.search(value):
        import dateparser  # lazy: only for the rare non-numeric date

        settings = {"REQUIRE_PARTS": ["year", "month", "day"], "RETURN_AS_TIMEZONE_AWARE": False}
        parsed = dateparser.parse(value, settings=settings)
        if parsed is not None:
            if (parsed.hour, parsed.minute, parsed.second) == (0, 0, 0):
                return parsed.date().isoformat()
            return parsed.isoformat()
    return None


def _checked(year: int, month: int, day: int) -> str | None:
    import datetime

    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _jsonld_dates(text: str, keys: list[str]) -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key in keys:
                if isinstance(node.get(key), str):
                    found.append(node[key])
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    for block in _JSONLD.findall(text):
        try:
            walk(json.loads(block))
        except ValueError:
            continue
    return found


def html_metadata(markup: str) -> dict[str, str | None]:
    """``{"url", "title", "published", "published_raw"}`` from the page's head and JSON-LD."""
    cfg = formats_config()
    names = cfg["html_meta"]
    text = markup[: cfg["html_meta_scan_bytes"]]
    metas: dict[str, str] = {}
    canonical = None
    for m in _TAG.finditer(text):
        attrs = _attrs(m.group(2))
        if m.group(1).lower() == "link":
            if "canonical" in attrs.get("rel", "").lower().split() and attrs.get("href"):
                canonical = canonical or attrs["href"]
            continue
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and attrs.get("content"):
            metas.setdefault(key, attrs["content"])
        elif attrs.get("itemprop") and attrs.get("datetime"):
            metas.setdefault(attrs["itemprop"].lower(), attrs["datetime"])

    def first(kind: str) -> str | None:
        return next((metas[n] for n in names[kind] if metas.get(n)), None)

    url = canonical if canonical and canonical.startswith(("http://", "https://")) else None
    url = url or first("url")
    title_match = _TITLE.search(text)
    title = html_lib.unescape(_SPACES.sub(" ", title_match.group(1))).strip() if title_match else None
    title = first("title") or title
    raw_dates = [metas[n] for n in names["published"] if metas.get(n)]
    raw_dates += _jsonld_dates(text, names["jsonld_published"]) + _TIME.findall(text)[:1]
    raw_dates += [metas[n] for n in names["modified"] if metas.get(n)]
    published = next((d for d in map(normalize_published, raw_dates) if d), None)
    return {
        "url": url or None,
        "title": title or None,
        "published": published,
        "published_raw": raw_dates[0] if raw_dates and not published else None,
    }
