"""The day an event happened, from date words in its sentence and the publication date.

"yesterday", "on Thursday", "Saturday's strikes" (the latest such weekday on or before
publication), "February 26" / "26 February" / "April 18, 2022" (dateparser, preferring the
past from the publication date), "in March" and "last week" (month precision), "in 2014"
(year precision). Without an anchor (no publication date and no year) the date stays null.
Dates are ISO strings: YYYY-MM-DD, YYYY-MM for month precision, YYYY for year precision.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .text.tokens import Token
from .vocab import Vocab, vocab


@dataclass
class DateMention:
    start: int
    end: int
    iso: str
    precision: str


def parse_published(published: str | None) -> dt.date | None:
    """The publication date of a document (ISO date or date-time), or None if unreadable."""
    if not published or not isinstance(published, str):
        return None
    try:
        return dt.date.fromisoformat(published.strip()[:10])
    except ValueError:
        return _dateparser(published.strip()[:64], None)


@lru_cache(maxsize=4096)
def _dateparser(expr: str, base: dt.date | None) -> dt.date | None:
    try:
        import dateparser

        settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if base is not None:
            settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
        got = dateparser.parse(expr, languages=["en"], settings=settings)
        return got.date() if got else None
    except Exception:  # dateparser raises on odd strings; a date we cannot read is no date
        return None


def _month_iso(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _in_dateline(tokens: list[Token], start: int, end: int) -> bool:
    """A date inside a wire dateline ("PORT SUDAN, June 10 (Nile Desk) -"): the day the story
    was filed, not the day of an event."""
    before = tokens[:start]
    if not before or len(before) > 6 or not any(t.text.isupper() and len(t.text) >= 3 for t in before):
        return False
    if not all((t.is_word and t.text.isupper()) or t.lower == "," for t in before):
        return False
    k, n = end, len(tokens)
    if k < n and tokens[k].lower == "(":
        k = next((x + 1 for x in range(k, min(n, k + 6)) if tokens[x].lower == ")"), k)
    return k < n and tokens[k].lower in ("-", "—", "–", ":")


def find_dates(tokens: list[Token], published: dt.date | None, v: Vocab | None = None) -> list[DateMention]:
    v = v or vocab()
    return [d for d in _find_dates(tokens, published, v) if not _in_dateline(tokens, d.start, d.end)]


def _find_dates(tokens: list[Token], published: dt.date | None, v: Vocab) -> list[DateMention]:
    out: list[DateMention] = []
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        m = v.relative_days.match_at(tokens, i)
        if m and published is not None:
            d = published - dt.timedelta(days=int(m[1]))
            out.append(DateMention(i, i + m[0], d.isoformat(), "day"))
            i += m[0]
            continue
        m = v.relative_spans.match_at(tokens, i)
        if m and published is not None:
            days, precision = m[1]
            d = published - dt.timedelta(days=int(days))
            iso = _month_iso(d.year, d.month) if precision == "month" else f"{d.year:04d}"
            out.append(DateMention(i, i + m[0], iso, precision))
            i += m[0]
            continue
        low = t.lower.rstrip(".")
        if t.is_cap and low in v.weekdays and published is not None:
            back = (published.weekday() - v.weekdays.index(low)) % 7
            d = published - dt.timedelta(days=back)
            out.append(DateMention(i, i + 1, d.isoformat(), "day"))
            i += 1
            continue
        if t.is_cap and low in v.months and not (low == "may" and i + 1 < n and not tokens[i + 1].is_digit):
            got = _month_expression(tokens, i, published, v)
            if got:
                out.append(got)
                i = got.end
                continue
        if t.text.isdecimal() and len(t.text) == 4 and 1900 <= int(t.text) <= 2100 and i > 0 \
                and tokens[i - 1].lower in ("in", "since", "of", "during", "until", "by"):
            out.append(DateMention(i, i + 1, t.text, "year"))
        i += 1
    return out


def _month_expression(tokens: list[Token], i: int, published: dt.date | None, v: Vocab) -> DateMention | None:
    n = len(tokens)
    j = i + 1
    if j < n and tokens[j].lower == "." and not tokens[j].space_before:
        j += 1
    day_tok = None
    start = i
    if j < n and tokens[j].text.isdecimal() and len(tokens[j].text) <= 2:
        day_tok, j = tokens[j], j + 1
        if j < n and tokens[j].lower in ("st", "nd", "rd", "th") and not tokens[j].space_before:
            j += 1
    elif i > 0 and tokens[i - 1].text.isdecimal() and len(tokens[i - 1].text) <= 2:
        day_tok, start = tokens[i - 1], i - 1
    year = None
    k = j
    if k < n and tokens[k].lower == ",":
        k += 1
    if k < n and tokens[k].text.isdecimal() and len(tokens[k].text) == 4:
        year, j = int(tokens[k].text), k + 1
    month = v.months[tokens[i].lower.rstrip(".")]
    if day_tok is None:
        if year is not None:
            return DateMention(i, j, _month_iso(year, month), "month")
        if published is None or i == 0 or tokens[i - 1].lower not in v.gram.month_preps:
            return None
        y = published.year if month <= published.month else published.year - 1
        return DateMention(i, j, _month_iso(y, month), "month")
    if year is None and published is None:
        return None
    d = _day_month(int(day_tok.text), month, year, published)
    if d is None:
        return None
    return DateMention(start, j, d.isoformat(), "day")


def _day_month(day: int, month: int, year: int | None, published: dt.date | None) -> dt.date | None:
    """"5 March 2022", or "March 5" as the latest such day on or before publication (what
    dateparser gives with PREFER_DATES_FROM=past, computed directly: it is the common case and
    dateparser takes a millisecond a call). An impossible day ("31 February") is no date."""
    if year is None:
        if published is None:
            return None
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def nearest(dates: list[DateMention], anchor: int, clause: list[int] | None = None) -> DateMention | None:
    """The date mention closest to token ``anchor``, preferring its own clause."""
    if not dates:
        return None

    def key(d: DateMention):
        same = clause is not None and clause[d.start] == clause[min(anchor, len(clause) - 1)]
        return (0 if same else 1, min(abs(d.start - anchor), abs(d.end - anchor)))
    return min(dates, key=key)


_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_FULL_DATE = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTHS})\.?,?\s+((?:19|20)\d\d)"
    rf"|({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)"
    rf"|((?:19|20)\d\d)-(\d\d)-(\d\d))\b", re.I)
_HEAD_LINE_CHARS = 120  # a header, byline or dateline line is short; a lead paragraph is not
_BYLINE = re.compile(r"\b(published|posted|updated|dated?)\b", re.I)


def _full_date(text: str) -> dt.date | None:
    m = _FULL_DATE.search(text)
    if m is None:
        return None
    g = m.groups()
    try:
        if g[0]:
            return dt.date(int(g[2]), _month_number(g[1]), int(g[0]))
        if g[3]:
            return dt.date(int(g[5]), _month_number(g[3]), int(g[4]))
        return dt.date(int(g[6]), int(g[7]), int(g[8]))
    except ValueError:
        return None


def _month_number(name: str) -> int:
    return 1 + [m[:3] for m in _MONTHS.split("|")[:12]].index(name.lower()[:3])


def document_date(doc) -> dt.date | None:
    """The day a document was published: its ``published`` field, else a full date (with its
    year) on a byline the cleaning removed or kept ("Published 14 March 2023"), else one on a
    short header line among the text's first lines ("DAILY BULLETIN - 9 February 2024")."""
    own = parse_published(doc.published)
    if own is not None:
        return own
    bylines = [r.text for r in doc.removed[:40]] + (doc.text or "")[:2000].splitlines()[:12]
    for line in bylines:
        if _BYLINE.search(line) and (d := _full_date(line)) is not None:
            return d
    head = [line for line in (doc.title or "", *(doc.text or "")[:2000].splitlines()[:5]) if line.strip()]
    for line in head[:4]:
        if len(line) <= _HEAD_LINE_CHARS and (d := _full_date(line)) is not None:
            return d
    return None
