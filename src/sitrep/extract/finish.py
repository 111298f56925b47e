"""What a claim learns from its document and its neighbours once a document's claims are found:
``event_id`` (the claims of one incident share it), ``date`` with its ``date_basis``, and
``source`` (the document's URL, outlet, title and publication date).

Incidents: in one sentence, the one-incident claims (scope ``event``, asserted or claimed) at
one place are one incident (an attack and its killed and wounded); a claim without a place
joins the sentence's first incident. A sentence that only counts people ("At least 73 were
injured", "Two of the dead were children") continues the incident of the sentence just before
it in its paragraph, when its places and its date do not say otherwise. Running totals,
threats and denials are incidents of their own.

Dates: the text's own date for the claim, else, for a sentence dated by "that day" (words in
``dates.yaml``), the date the text gave the last claim before it, else the date the text gives
another claim of its incident (``date_basis: text``); else the document's ``published`` date (``date_basis:
published``: the event happened on or before it); else null. A running total's "since
February 2022" is when its period began, not the day it counts to: such a total is dated by
its document.

Whose losses: a loss with no ``victim_side`` whose sentence says whose it is ("Russia lost
600 soldiers", "it lost two tanks", "two of their tanks", "Russian losses") gets that side,
so one side's losses are never set against the other's.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib import resources

import yaml

from ..records import Claim, Document, source_of
from .attribution.claimant_sides import claimant_side
from .dates import document_date

#: Categories of a sentence that only counts people: it may go on with the previous incident.
_FOLLOWERS = frozenset({"killed", "wounded", "missing", "affected", "captured"})
_INCIDENT_MODALITIES = ("asserted", "claimed")
_MAX_GAP_CHARS = 400  # a continuation sentence follows within this many characters, no blank line
_LOSSES = frozenset({"killed", "wounded", "captured", "missing", "materiel_lost"})
_SINCE = re.compile(r"\bsince\b", re.I)
_OWN_NOUNS = (r"(?:losses|troops|soldiers|servicemen|fighters|men|forces|tanks|aircraft|jets|vehicles|drones|"
              r"helicopters|ships|equipment|personnel|units)")
_OWN_LOSS = re.compile(  # "it lost", "its own losses", "two of their tanks", "its fighters were killed"
    r"\b(?:it|we|they)\s+(?:had\s+|has\s+|have\s+)?lost\b|\b(?:its|their|our)\s+(?:own\s+)?losses\b"
    rf"|\bof\s+(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?{_OWN_NOUNS}\b"
    rf"|\b(?:its|their|our)\s+(?:own\s+)?(?:[\w-]+\s+){{0,2}}?{_OWN_NOUNS}\s+(?:were|was|had\s+been|have\s+been|has\s+been)\b",
    re.I)
_NAMED_LOSS = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:has\s+|had\s+|have\s+)?lost\b|\b([A-Z][\w'’-]+)\s+losses\b")


def whose_loss(c: Claim) -> str | None:
    """The side a loss belongs to, from its sentence's words; None when they do not say."""
    text = c.evidence.text
    named = _NAMED_LOSS.search(text)
    if named is not None:
        side = claimant_side(named.group(1) or named.group(2))
        if side not in (None, "other"):
            return side
    if c.claimant_side not in (None, "other") and _OWN_LOSS.search(text):
        return c.claimant_side
    return None


_ACRONYM = re.compile(r"[A-Z]{2,3}")


def _with_article(claimant: str | None, text: str) -> str | None:
    """A short acronym the text writes with its article keeps it: "the UN", "the AA" (as
    written, and not mistaken for any two letters)."""
    if claimant and _ACRONYM.fullmatch(claimant) and re.search(rf"\b[Tt]he {claimant}\b", text):
        return f"the {claimant}"
    return claimant


def _one_incident(c: Claim) -> bool:
    return c.scope == "event" and c.modality in _INCIDENT_MODALITIES


def _event_id(doc_id: str, first: Claim) -> str:
    return hashlib.sha1(f"{doc_id}\x1f{first.claim_id}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


def event_groups(text: str, claims: list[Claim]) -> list[int]:
    """An incident number per claim (claims of one incident share it)."""
    group = [-1] * len(claims)
    sentences: dict[tuple[int, int], list[int]] = {}
    for i, c in enumerate(claims):
        sentences.setdefault((c.evidence.start, c.evidence.end), []).append(i)
    n = 0
    prev = None  # (sentence end, {place name: group}, first group, text date, claimant)
    for (start, end), members in sorted(sentences.items()):
        together = [i for i in members if _one_incident(claims[i])]
        for i in members:
            if group[i] < 0 and not _one_incident(claims[i]):
                group[i], n = n, n + 1
        if not together:
            continue
        names = [claims[i].place.name if claims[i].place else None for i in together]
        dates = {claims[i].date for i in together if claims[i].date}
        places: dict[str | None, int] = {}
        gap = text[prev[0]:start] if prev is not None else ""
        goes_on = (prev is not None and len(gap) <= _MAX_GAP_CHARS and "\n\n" not in gap
                   and all(claims[i].category in _FOLLOWERS for i in together)
                   and all(claims[i].claimant in (None, prev[4]) for i in together)
                   and all(name is None or name in prev[1] for name in names)
                   and (not dates or dates == {prev[3]}))
        for i, name in zip(together, names):
            if goes_on:
                group[i] = prev[1].get(name, prev[2])
            elif name is not None:
                if name not in places:
                    places[name], n = n, n + 1
                group[i] = places[name]
        first = min((g for g in (group[i] for i in together) if g >= 0), default=None)
        if first is None:
            first, n = n, n + 1
        for i in together:
            if group[i] < 0:
                group[i] = first
        if goes_on:
            prev = (end, *prev[1:])
        else:
            claimant = claims[together[0]].claimant
            prev = (end, places or {None: first}, first, next(iter(dates)) if len(dates) == 1 else None, claimant)
    return group


def finish(doc: Document, claims: list[Claim]) -> list[Claim]:
    """Set ``event_id``, ``date``/``date_precision``/``date_basis`` and ``source`` on the
    claims of ``doc`` (in place); returns them."""
    source = source_of(doc)
    published = document_date(doc)
    for c in claims:
        c.claimant = _with_article(c.claimant, c.evidence.text)
        if c.victim_side is None and c.category in _LOSSES:
            c.victim_side = whose_loss(c)
        if c.scope == "cumulative" and c.date and published is not None and _SINCE.search(c.evidence.text):
            c.date = c.date_precision = None  # "since February 2022": when the total began, not its day
    groups = event_groups(doc.text or "", claims)
    first: dict[int, Claim] = {}
    text_date: dict[int, Claim] = {}
    for c, g in zip(claims, groups):
        first.setdefault(g, c)
        if c.date and g not in text_date:
            text_date[g] = c
    before = _dated_before(claims)
    for c, g in zip(claims, groups):
        c.event_id = _event_id(doc.id, first[g])
        c.source = source
        if c.date:
            c.date_basis = "text"
        elif id(c) in before and _same_day_as_before().search(c.evidence.text):  # "who lost her mother that day"
            c.date, c.date_precision, c.date_basis = before[id(c)].date, before[id(c)].date_precision, "text"
        elif g in text_date:
            c.date, c.date_precision, c.date_basis = text_date[g].date, text_date[g].date_precision, "text"
        elif published is not None:
            c.date, c.date_precision, c.date_basis = published.isoformat(), "day", "published"
        else:
            c.date = c.date_precision = c.date_basis = None
    return claims


@lru_cache(maxsize=1)
def _same_day_as_before() -> re.Pattern:
    data = yaml.safe_load(resources.files("sitrep").joinpath("data/extract/dates.yaml").read_text(encoding="utf-8"))
    words = sorted(data["same_day_as_before"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.I)


def _dated_before(claims: list[Claim]) -> dict[int, Claim]:
    """For each claim (by id), the last claim of an earlier sentence whose text gave it a date."""
    out, last = {}, None
    dated = sorted((c for c in claims if c.date), key=lambda c: c.evidence.start)
    k = 0
    for c in sorted(claims, key=lambda c: c.evidence.start):
        while k < len(dated) and dated[k].evidence.end <= c.evidence.start:
            last, k = dated[k], k + 1
        if last is not None:
            out[id(c)] = last
    return out


#: A change of control this many years before the story is its background, not its news.
HISTORY_YEARS = 5


def without_history(doc: Document, claims: list[Claim]) -> list[Claim]:
    """Drop territory claims the text dates years before the story ("Crimea, annexed by
    Russia in 2014", "the Golan, seized in 1967"); a state that lasts "since" then is news."""
    published = document_date(doc)
    if published is None:
        return claims
    return [c for c in claims if not (
        c.category == "territory" and c.date_basis == "text" and c.date and c.date[:4].isdigit()
        and int(c.date[:4]) <= published.year - HISTORY_YEARS and not _SINCE.search(c.evidence.text))]
