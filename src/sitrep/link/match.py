"""When two claims report the same thing (contradictions.py says when two reports disagree).

The test works on a ``View``: the fields of a stored claim (or of a cluster's representative
claim) that matter for linking, with its time window. Blocking (keys.py) has already made
sure the category and item agree and the places are in neighbouring cells.
"""
from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from .keys import overlaps
from .rules import Rules, rules

_TOKEN = re.compile(r"[a-z0-9]+")
EVENT_CATEGORIES = frozenset({"attack", "territory", "abducted", "protest"})


class View(NamedTuple):  # a tuple: built by the hundred thousand when linking
    category: str
    item: str | None
    scope: str
    modality: str
    subject: str
    value: float | None
    value_high: float | None
    qualifier: str
    vague: str | None
    victim_side: str | None
    claimant: str | None
    claimant_side: str | None
    lat: float | None
    lon: float | None
    day_lo: int | None
    day_hi: int | None


def view(row, day_lo: int | None, day_hi: int | None) -> View:
    """A View of any row with the claim columns (ClaimRow or ClusterRow)."""
    # the tuple made directly, in View's field order: a keyword call of the class cost more
    # than the rest of reading a claim (a pass makes one per claim it reads)
    return _new_view(View, (
        row.category, row.item, row.scope or "event", row.modality or "asserted", row.subject or "",
        row.value, row.value_high, row.qualifier or "exact", row.vague, row.victim_side,
        row.claimant, row.claimant_side, row.place_lat, row.place_lon, day_lo, day_hi,
    ))


_new_view = tuple.__new__


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return _TOKEN.findall(text.replace("'s ", " "))


@lru_cache(maxsize=20000)
def claimant_parts(claimant: str) -> tuple[frozenset[str], frozenset[str]]:
    """(distinctive words, generic words) of a claimant name."""
    r = rules()
    names, generic = set(), set()
    for t in _tokens(claimant):
        if t in r.claimant_stopwords or t in r.claimant_side_words:
            continue
        (generic if t in r.claimant_generic else names).add(t)
    return frozenset(names), frozenset(generic)


def _names_meet(a: frozenset[str], b: frozenset[str], threshold: float) -> bool:
    if a & b:
        return True
    return any(len(x) > 3 and len(y) > 3 and fuzz.ratio(x, y) >= threshold for x in a for y in b)


def _only_a_shared_lead(a_name: str, b_name: str) -> bool:
    """Two names that share only their first words and then name different bodies ("North
    Darfur state government" and "North Darfur Medical Volunteers"): a shared place, not one
    source."""
    stop = rules().claimant_stopwords
    ta = [t for t in _tokens(a_name) if t not in stop]
    tb = [t for t in _tokens(b_name) if t not in stop]
    k = 0
    while k < min(len(ta), len(tb)) and ta[k] == tb[k]:
        k += 1
    rest_a, rest_b = set(ta[k:]), set(tb[k:])
    return k > 0 and bool(rest_a) and bool(rest_b) and not rest_a & rest_b


def same_claimant(a_name: str | None, a_side: str | None, b_name: str | None, b_side: str | None) -> bool:
    """Same source, or both unattributed. Two names are one source when they share a name
    (Zelensky, President Zelenskyy); on one side, a generic source ("Ukrainian officials") or a
    shared role ("the governor") is one source too."""
    if a_name is None or b_name is None:
        return a_name is None and b_name is None
    if a_side and b_side and a_side != b_side:
        return False
    an, ag = claimant_parts(a_name)
    bn, bg = claimant_parts(b_name)
    if an and bn and _names_meet(an, bn, rules().claimant_fuzzy) and not _only_a_shared_lead(a_name, b_name):
        return True  # not "Gaza Civil Defence" and "Gaza health ministry": one place, two bodies
    if a_side and b_side and a_side != "other":  # same party: a generic source, or the same role
        return not an or not bn or bool(ag & bg)
    if a_side == "other" and b_side == "other":  # third parties are no one side: "the state government" and a
        return (not an or not bn) and bool(ag & bg)  # doctors' network are two sources; "UN officials" one
    if not an and not bn:
        return bool(ag & bg) or (not ag and not bg)
    return False


@lru_cache(maxsize=50000)
def subject_class(subject: str) -> str | None:
    classes = rules().subject_classes
    for t in _tokens(subject):
        if t in classes:
            return classes[t]
    return None


def _agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _vague_key(vague: str) -> str:
    key = " ".join(_tokens(vague))
    return key[:-3] if key.endswith(" of") else key


def figure(v: View, r: Rules) -> tuple[float, float] | None:
    """The figure a claim states, as an interval: "more than 900" and "900" state the same one."""
    if v.value is None:
        return None
    if v.qualifier == "range" and v.value_high is not None:
        return v.value, v.value_high
    if v.qualifier == "approx":
        return v.value * (1 - r.approx_share), v.value * (1 + r.approx_share)
    return v.value, v.value


def bounds(v: View, r: Rules) -> tuple[float, float] | None:
    """What the claim leaves possible: "more than 900" allows 1,000, "900" does not."""
    if v.value is None:
        return None
    if v.vague:
        return r.vague_bounds.get(_vague_key(v.vague), (v.value, math.inf))
    q = v.qualifier
    if q == "range" and v.value_high is not None:
        return v.value, v.value_high
    if q == "approx":
        return v.value * (1 - r.approx_share), v.value * (1 + r.approx_share)
    if q in ("more_than", "at_least"):
        return v.value, math.inf
    if q == "at_most":
        return 0.0, v.value
    return v.value, v.value


def _meet(a: tuple[float, float] | None, b: tuple[float, float] | None) -> bool:
    if a is None or b is None:
        return True
    return a[0] <= b[1] and b[0] <= a[1]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def near(a: View, b: View, r: Rules) -> bool:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return True  # same block key: same name, same country, or both without a place
    return km(a.lat, a.lon, b.lat, b.lon) <= r.near_km


def _same_thing(a: View, b: View, r: Rules) -> bool:
    """Same category and item (blocking), place, time window, scope, subject and victims."""
    return (  # cheapest tests first
        a.category == b.category and a.item == b.item and a.scope == b.scope
        and overlaps(a.day_lo, a.day_hi, b.day_lo, b.day_hi, r.date_slack_days)
        and _agree(a.victim_side, b.victim_side)
        and _agree(subject_class(a.subject), subject_class(b.subject))
        and near(a, b, r)
    )


def _modality(v: View, r: Rules) -> str:
    return r.modality_class.get(v.modality, v.modality)


def same_report(a: View, b: View, same_story: bool = False) -> bool:
    """Two claims that report the same thing: they belong in one cluster. ``same_story``: the
    two documents are copies of one story, so a claimant lost in the copy (a cut paragraph)
    does not keep the copy's claim apart."""
    r = rules()
    return (  # cheapest tests first
        _modality(a, r) == _modality(b, r)
        and _meet(figure(a, r), figure(b, r))
        and _same_thing(a, b, r)
        and (same_story or same_claimant(a.claimant, a.claimant_side, b.claimant, b.claimant_side))
    )
