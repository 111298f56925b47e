"""Choosing among same-name places, and how sure the choice is.

Evidence, strongest first: the region named in the query or sentence, other places of the
same document (nearby), the document's country focus, whether the name is the place's own
name (not an alternate one), then population. The confidence falls when the runner-up is a
different place with nearly the same evidence.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from sitrep.geo.gazetteer import POINT, Gazetteer
from sitrep.geo.match import SAME_PLACE_KM, Area, km

REGION_PRIMARY, REGION_RELATED = 100.0, 90.0
COUNTRY = 25.0
NEARBY_STEPS = ((30.0, 30.0), (80.0, 20.0), (200.0, 10.0))  # (within km, bonus)
MAIN_NAME = 3.0
POP_WEIGHT = 2.0  # per power of ten of population
CLOSE_CALL = 2.5  # score gap under which the runner-up makes the choice uncertain
# The bundled data lists only part of the villages (500+ people). A name shared by at least
# COMMON_NAME listed places of one country likely has unlisted namesakes too, so a small
# listed one (under PROMINENT people) is no evidence for the place meant: not answered.
COMMON_NAME = 5
PROMINENT = 5000
ALT_FACTOR = 4  # see too_common
# A place outside the region a query names is answered only when it is by far the largest
# place of that name in the country (news gets oblasts wrong), see prominent_outside.
OUTSIDE_PROMINENT = 10000
DOMINANT = 5
OUTSIDE_NAMESAKES = 2
ANCHOR_KM = 80.0  # a place this close to one of the document's places is evidence enough
VILLAGE_NAME = 2  # see drop_former_names
# A misspelt name is corrected inside a named region; with only a country known, only into a
# town of at least this many people.
FUZZY_COUNTRY_POP = 20000
ALTERNATE_TOWN_POP = 20000  # a smaller town known by a region's name only as an alternate loses to the region


@dataclass
class Evidence:
    area: Area | None = None
    country: str | None = None
    anchors: tuple[tuple[float, float], ...] = ()
    unread_hint: bool = False  # the query named a larger unit that was not understood


def score(gaz: Gazetteer, row: int, main: bool, ev: Evidence, alias_rows: frozenset[int]) -> float:
    s = 0.0
    area = ev.area
    if area is not None and area.contains(gaz, row):
        if area.admin1 is None or gaz.admin1[row] == area.primary:
            s += REGION_PRIMARY if area.admin1 is not None else COUNTRY
        else:
            s += REGION_RELATED
    if ev.country and gaz.country[row] == ev.country:
        s += COUNTRY
    if ev.anchors:
        d = min(km(gaz.lat[row], gaz.lon[row], la, lo) for la, lo in ev.anchors)
        for within, bonus in NEARBY_STEPS:
            if d <= within:
                s += bonus
                break
    if main:
        s += MAIN_NAME
    if row in alias_rows:
        s += 50.0
    if gaz.kind[row] == POINT:
        s -= 1.0
    return s + POP_WEIGHT * math.log10(gaz.population[row] + 1)


def choose(
    gaz: Gazetteer, cands: list[tuple[int, bool]], ev: Evidence, alias_rows: frozenset[int] = frozenset()
) -> tuple[int, float, int] | None:
    """Best row, its margin over the best different place (inf when alone), and how many
    distinct places shared the name."""
    if not cands:
        return None
    best: dict[int, float] = {}
    for row, main in cands:
        s = score(gaz, row, main, ev, alias_rows)
        if s > best.get(row, -math.inf):
            best[row] = s
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
    top, top_s = ranked[0]
    others = [
        s for r, s in ranked[1:]
        if km(gaz.lat[r], gaz.lon[r], gaz.lat[top], gaz.lon[top]) > SAME_PLACE_KM
    ]
    margin = top_s - others[0] if others else math.inf
    return top, margin, 1 + len(others)


def confidence(base: float, margin: float, namesakes: int, has_evidence: bool) -> float:
    c = base
    if margin < CLOSE_CALL:
        c *= 0.6
    elif namesakes > 1 and not has_evidence:
        c *= 0.8
    return round(max(0.05, min(0.99, c)), 2)


def distinct_places(gaz: Gazetteer, rows: list[int], limit: int = 1_000_000) -> list[int]:
    """Rows, with namesakes closer than SAME_PLACE_KM to an earlier one dropped (the first
    ``limit`` of them: enough to compare a count with a threshold)."""
    out: list[int] = []
    for r in rows:
        if all(km(gaz.lat[r], gaz.lon[r], gaz.lat[o], gaz.lon[o]) > SAME_PLACE_KM for o in out):
            out.append(r)
            if len(out) >= limit:
                break
    return out


def anchored(gaz: Gazetteer, row: int, ev: Evidence) -> bool:
    return any(km(gaz.lat[row], gaz.lon[row], la, lo) <= ANCHOR_KM for la, lo in ev.anchors)


def too_common(gaz: Gazetteer, row: int, named: list[tuple[int, bool]], ev: Evidence) -> bool:
    """Whether answering ``row`` would be a guess among namesakes (see COMMON_NAME). A place
    known by the name only as an alternate (often former) name must be ALT_FACTOR times as
    prominent."""
    by_main = any(main for r, main in named if r == row)
    prominent = PROMINENT if by_main else PROMINENT * ALT_FACTOR
    if gaz.population[row] >= prominent or anchored(gaz, row, ev):
        return False
    same_country = sorted({r for r, _ in named if gaz.country[r] == gaz.country[row]})
    n = len(distinct_places(gaz, same_country, limit=COMMON_NAME))
    if ev.area is None or ev.area.admin1 is None or ev.unread_hint:
        return n >= 2  # nothing says which one
    return n >= COMMON_NAME


def drop_former_names(gaz: Gazetteer, named: list[tuple[int, bool]]) -> list[tuple[int, bool]]:
    """Without the places that have the name only as an alternate name, when it is the own
    name of VILLAGE_NAME or more places of their country: then it is a village name, and a
    city's alternate of that spelling is a former or foreign name ("Aleksandrovka" for
    Donetsk), not what a query means."""
    if all(main for _, main in named):
        return named
    mains: dict[str, list[int]] = {}
    for r, main in named:
        if main:
            mains.setdefault(gaz.country[r], []).append(r)
    common = {cc for cc, rows in mains.items() if len(distinct_places(gaz, rows, VILLAGE_NAME)) >= VILLAGE_NAME}
    return [(r, main) for r, main in named if main or gaz.country[r] not in common]


def prominent_outside(gaz: Gazetteer, named: list[tuple[int, bool]], area: Area) -> list[tuple[int, bool]]:
    """The town of the name in the area's country, when the area itself has none: it must
    have OUTSIDE_PROMINENT people, DOMINANT times as many as any namesake in the country, the
    name must be its own (not an alternate, often former, name) and rare (at most
    OUTSIDE_NAMESAKES listed places; a common name in the wrong region more likely means an
    unlisted village of that region)."""
    rows = sorted({r for r, _ in named if gaz.country[r] == area.country}, key=lambda r: -gaz.population[r])
    rows = distinct_places(gaz, rows, OUTSIDE_NAMESAKES + 1)
    if not rows or len(rows) > OUTSIDE_NAMESAKES or gaz.population[rows[0]] < OUTSIDE_PROMINENT:
        return []
    if len(rows) > 1 and gaz.population[rows[0]] < DOMINANT * gaz.population[rows[1]]:
        return []
    return [c for c in named if c[0] == rows[0] and c[1]]
