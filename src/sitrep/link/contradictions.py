"""Contradictions between clusters: two reports of the same thing from different claimants
whose figures cannot both hold (``value``), or one claimant denying what another reports
(``denial``). Only clusters whose summary changed are compared again, each with the clusters
of its own and neighbouring blocks.

The same thing: same category and item (blocking), same scope, the same or a nearby place,
overlapping time windows (a claim with no time at all, from an undated document, is never
compared on time), compatible subjects and victims. Besides:

- one side's losses are never set against the other's: for the categories of
  ``sided_categories`` two claimants of opposite sides are compared only when both name whose
  losses they count, and it is the same side;
- a running total is never set against one day's figure (scope), and two running totals only
  as of the same day;
- a part of a toll ("two of the dead were children") is never set against the whole;
- civilians are never set against fighters: named so, or counted by a party as those it
  killed itself ("its jets killed three of them": a party counts enemies, not civilians);
- two sentences that name what was hit, with nothing in common (a market, a hotel), report
  different strikes;
- a claimant updating its own figure is a revision (a tally point), not a contradiction.
"""
from __future__ import annotations

import bisect
import hashlib
import re

from sqlalchemy import bindparam, delete, func, insert, or_, select, union_all, update
from sqlalchemy.orm import Session

from ..store.schema import ClusterRow, ContradictionRow
from .keys import search_blocks
from .keys import overlaps, parse_day
from .match import (EVENT_CATEGORIES, View, _agree, _meet, _modality, _tokens, bounds, claimant_parts, figure, near, same_claimant,
                    subject_class, view)
from .rules import rules


def pair_id(a: str, b: str) -> str:
    lo, hi = sorted((a, b))
    return hashlib.sha1(f"{lo}\x1f{hi}".encode("utf-8")).hexdigest()[:24]


_CLUSTERS, _CONTRA = ClusterRow.__table__, ContradictionRow.__table__
_COLUMNS = [_CLUSTERS.c[name] for name in (
    "cluster_id", "block", "day_lo", "day_hi", "category", "item", "scope", "modality", "subject", "value",
    "value_high", "qualifier", "vague", "victim_side", "claimant", "claimant_side", "place_name", "place_lat", "place_lon",
    "evidence_text", "first_seen")]


_ROWS = select(*_COLUMNS).where(_CLUSTERS.c.block.in_(bindparam("blocks", expanding=True)), _CLUSTERS.c.state != 1,
                                _CLUSTERS.c.claimant.is_not(None))
# two index range scans on (block, day_hi): windows that reach the days, and undated clusters
_NEIGHBOURS = union_all(_ROWS.where(_CLUSTERS.c.day_hi >= bindparam("lo"), _CLUSTERS.c.day_lo <= bindparam("hi")),
                        _ROWS.where(_CLUSTERS.c.day_hi.is_(None)))


def _by_name(column):
    """Rows of the given categories whose lower-cased ``column`` is one of the names, in the window."""
    lower = func.lower(column)
    return select(*_COLUMNS, lower.label("key")).where(
        _CLUSTERS.c.category.in_(bindparam("categories", expanding=True)),
        lower.in_(bindparam("names", expanding=True)), _CLUSTERS.c.state != 1, _CLUSTERS.c.claimant.is_not(None),
        _CLUSTERS.c.day_hi >= bindparam("lo"), _CLUSTERS.c.day_lo <= bindparam("hi"))


_BY_NAME, _BY_PLACE = _by_name(_CLUSTERS.c.subject), _by_name(_CLUSTERS.c.place_name)
SPAN_DAYS = 62  # clusters whose windows fall within this many days have their neighbours read together


class Neighbours:
    """The clusters that may contradict any of ``clusters``, read in a few queries (clusters
    close in time together): those of their own and neighbouring blocks whose windows reach
    theirs (with the slack) or are undated, and, for events, those naming the same place."""

    def __init__(self, s: Session, clusters):
        self.slack = rules().date_slack_days
        self.by_block: dict[str, dict] = {}
        self.by_name: dict[tuple, dict] = {}
        self.by_place: dict[tuple, dict] = {}
        dated = sorted((c for c in clusters if c.day_lo is not None and attributed(c)), key=lambda c: c.day_lo)
        group: list = []
        top = None  # the latest day_hi of the group
        for c in dated:
            if group and max(c.day_hi, top) - group[0].day_lo > SPAN_DAYS:
                self._read(s, group)
                group = []
            top = c.day_hi if not group else max(top, c.day_hi)
            group.append(c)
        if group:
            self._read(s, group)
        # each block's dated rows by day_lo, searched by bisection (a block may hold hundreds)
        self._dated: dict[str, tuple[list[int], list, int]] = {}
        self._undated: dict[str, list] = {}
        for b, rows in self.by_block.items():
            dated_rows = sorted((r for r in rows.values() if r.day_hi is not None), key=lambda r: r.day_lo)
            longest = max((r.day_hi - r.day_lo for r in dated_rows), default=0)
            self._dated[b] = ([r.day_lo for r in dated_rows], dated_rows, longest)
            self._undated[b] = [r for r in rows.values() if r.day_hi is None]

    def _read(self, s: Session, group) -> None:
        lo, hi = min(c.day_lo for c in group) - self.slack, max(c.day_hi for c in group) + self.slack
        blocks = sorted({b for c in group for b in search_blocks(c.block)})
        for i in range(0, len(blocks), 500):
            for r in s.execute(_NEIGHBOURS, {"blocks": blocks[i : i + 500], "lo": lo, "hi": hi}):
                self.by_block.setdefault(r.block, {})[r.cluster_id] = r
        named = {(c.category, c.subject.strip().lower()) for c in group
                 if c.category in EVENT_CATEGORIES and _a_name(c.subject)}
        placed = {(c.category, c.place_name.strip().lower()) for c in group if c.place_name}
        for query, keys, into in ((_BY_NAME, named, self.by_name), (_BY_PLACE, placed, self.by_place)):
            if keys:
                params = {"categories": sorted({k for k, _n in keys}), "names": sorted({n for _k, n in keys}),
                          "lo": lo, "hi": hi}
                for r in s.execute(query, params):
                    into.setdefault((r.category, r.key.strip()), {})[r.cluster_id] = r

    def _reach(self, c, r) -> bool:
        return r.cluster_id != c.cluster_id and r.day_lo <= c.day_hi + self.slack and r.day_hi >= c.day_lo - self.slack

    def near(self, c):
        """The rows of ``c``'s own and neighbouring blocks whose windows reach its own (with
        the slack), and the undated ones; never ``c`` itself."""
        lo, hi = c.day_lo - self.slack, c.day_hi + self.slack
        for b in search_blocks(c.block):
            if b not in self._dated:
                continue
            los, rows, longest = self._dated[b]
            for r in rows[bisect.bisect_left(los, lo - longest):bisect.bisect_right(los, hi)]:
                if r.day_hi >= lo and r.cluster_id != c.cluster_id:
                    yield r
            for r in self._undated[b]:
                if r.cluster_id != c.cluster_id:
                    yield r

    def named(self, c, name: str):
        for r in self.by_name.get((c.category, name), {}).values():
            if r.day_hi is not None and self._reach(c, r):
                yield r

    def placed(self, c):
        """Rows at a place of ``c``'s name where one of the two has no coordinates (a village one
        report's gazetteer placed and another's did not): their grid cells never meet."""
        for r in self.by_place.get((c.category, (c.place_name or "").strip().lower()), {}).values():
            if r.day_hi is not None and self._reach(c, r) and (c.place_lat is None) != (r.place_lat is None):
                yield r


def judge(c, other, me: View | None = None) -> str | None:
    """The kind of contradiction between cluster rows ``c`` and ``other`` found near it, or None:
    the rules of ``contradiction`` on their views, an event with no place meeting only a
    cluster that names the same place, a later count of one side no dispute. ``me``: ``c``'s
    view, when the caller has it. Shared by the local linker and the Spark job."""
    if not attributed(other):
        return None  # an unattributed report contradicts no one
    if c.scope == "event" and c.block.endswith("|-") and not _shared_names(c, other):
        return None  # the same incident only if both name one place
    kind = contradiction(me or view(c, c.day_lo, c.day_hi), view(other, other.day_lo, other.day_hi),
                         c.evidence_text, other.evidence_text)
    return None if kind == "value" and _later_count(c, other) else kind


def find_contradictions(s: Session, c, neighbours: Neighbours | None = None) -> list[tuple[str, str]]:
    """(other cluster id, kind) for every cluster that contradicts cluster row ``c``
    (``neighbours``: read for many clusters at once, else for this one)."""
    if c.day_lo is None or not attributed(c):
        return []  # no time to compare on; an unattributed report contradicts no one
    neighbours = neighbours or Neighbours(s, [c])
    me = view(c, c.day_lo, c.day_hi)
    found = {}
    for other in neighbours.near(c):
        kind = judge(c, other, me)
        if kind is not None:
            found[other.cluster_id] = kind
    if c.category in EVENT_CATEGORIES and _a_name(c.subject):
        # a place both name alike ("Krasnyi Yar") that the gazetteer put apart: a denial still meets its claim
        for other in neighbours.named(c, c.subject.strip().lower()):
            if other.cluster_id not in found and "denied" in (c.modality, other.modality):
                kind = contradiction(me, view(other, other.day_lo, other.day_hi), c.evidence_text, other.evidence_text,
                                     same_place=True)
                if kind == "denial":
                    found[other.cluster_id] = kind
    if c.place_name:
        for other in neighbours.placed(c):
            if other.cluster_id not in found and (kind := judge(c, other, me)) is not None:
                found[other.cluster_id] = kind
    return list(found.items())


def _a_name(subject: str | None) -> bool:
    return bool(subject) and subject.strip()[:1].isupper()


_WORD = re.compile(r"[a-z]+")


_SINCE = re.compile(r"\b(?:since|from)\s+([^,.;]{1,50})", re.I)
_WAR_START = re.compile(r"\b(?:invasion|incursion|war|conflict|operation|hostilities|fighting|offensive|escalation)\b", re.I)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _period(text: str | None) -> str | None:
    """When a running total began, as its sentence says ("since the invasion" -> war, "since
    January 2024" -> 2024-1); None when it does not say."""
    m = _SINCE.search(text or "")
    if m is None:
        return None
    phrase = m.group(1).lower()
    month = next((k + 1 for k, name in enumerate(_MONTHS) if re.search(rf"\b{name}[a-z]*\b", phrase)), None)
    year = re.search(r"\b(?:19|20)\d\d\b", phrase)
    if month is not None or year is not None:  # "since the incursion began on August 6": its date
        return f"{year.group(0) if year else ''}-{month or ''}"
    return "war" if _WAR_START.search(phrase) else None


_PLACE_NAME = re.compile(r"\b(?:in|at|near|around|outside|of)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _shared_names(a, b) -> bool:
    """Two sentences that name one place the gazetteer does not know ("at Jebel Moya", "near
    Maroun al-Ras"): a name after a word of place that both use."""
    r = rules()
    plain = r.claimant_side_words | r.claimant_generic

    def names(c) -> set[str]:
        found = (m.lower() for m in _PLACE_NAME.findall(c.evidence_text or ""))
        return {m for m in found if m.split()[0].rstrip("'’s") not in plain}  # not "of the Russian army"
    return bool(names(a) & names(b))


def _later_count(a, b) -> bool:
    """Figures of one side (or of two unknown sides) first reported far apart: the later is a
    later count (a toll that rose, an anniversary's final figure), not a dispute."""
    if a.claimant_side != b.claimant_side or a.claimant_side == "other":
        return False
    da, db = parse_day(a.first_seen), parse_day(b.first_seen)
    return da is not None and db is not None and abs(da[1] - db[1]) > rules().revision_days


def _targets(evidence: str | None) -> set[str]:
    text = (evidence or "").lower()
    for name, target in rules().target_names:  # "the Engels air base" is the airfield
        text = text.replace(name, target)
    return set(_WORD.findall(text)) & rules().targets


def _denied_clause(text: str | None) -> str:
    """A denial's sentence up to the end of what it denies: "rejected reports that X had fallen,
    saying troops still held the port" denies no port (the words are denials.yaml's)."""
    from ..extract.denials import words as denial_words  # one word list for extraction and linking

    text = text or ""
    end = denial_words().clause_end.search(text)
    return text[:end.start()] if end else text


def _same_thing(a: View, b: View, a_text: str | None, b_text: str | None, same_place: bool = False) -> bool:
    r = rules()
    if a.category != b.category or a.item != b.item or a.scope != b.scope:
        return False
    if a.day_lo is None or b.day_lo is None or not overlaps(a.day_lo, a.day_hi, b.day_lo, b.day_hi, r.date_slack_days):
        return False
    if a.scope == "cumulative":
        pa, pb = _period(a_text), _period(b_text)
        if pa and pb and pa != pb:
            return False  # "since the invasion" and "since January": totals of different periods
    if not (same_place or near(a, b, r)) or not _agree(a.victim_side, b.victim_side):
        return False
    if a.category in EVENT_CATEGORIES:  # an event's subject is what was hit, not whom a figure counts
        if "denied" in (a.modality, b.modality) and _other_names(a.subject, b.subject):
            return False  # "denied firing rockets toward Metula" denies nothing of a strike on Bint Jbeil
        return _same_target(a, b, a_text, b_text)
    ca, cb = subject_class(a.subject), subject_class(b.subject)
    if not _agree(ca, cb) or (ca != cb and {ca, cb} & r.partial_classes):
        return False
    if (_civilian(a) and _military(b, cb, b_text)) or (_civilian(b) and _military(a, ca, a_text)):
        return False  # civilians and fighters are different victims
    return _same_target(a, b, a_text, b_text)


def _other_names(a: str | None, b: str | None) -> bool:
    """Two subjects that are place names and name different places ("Metula", "Bint Jbeil")."""
    wa, wb = set(_WORD.findall((a or "").lower())), set(_WORD.findall((b or "").lower()))
    return _a_name(a) and _a_name(b) and not wa & wb


def _same_target(a: View, b: View, a_text: str | None, b_text: str | None) -> bool:
    """Sentences naming what was hit name the same thing, or one names nothing; a denial that
    names a target ("denied shelling the hospital") denies only a report of that target."""
    ta, tb = _targets(a_text), _targets(b_text)
    if "denied" in (a.modality, b.modality):
        denier = a if a.modality == "denied" else b
        clause = _denied_clause(a_text if denier is a else b_text)
        if denier.claimant:  # "an al-Shabaab-run radio station described the figure as lies": no station hit
            clause = clause.replace(denier.claimant, " ")
        denied = _targets(clause)
        return not denied or bool(denied & (tb if a.modality == "denied" else ta))
    return not (ta and tb and not ta & tb)


def _victim_words(v: View, text: str | None) -> frozenset[str]:
    """The names in whose losses a claim counts: "Hamas fighters" -> {hamas}; "its fighters"
    in the claimant's sentence -> the claimant's names."""
    r = rules()
    names = {t for t in _tokens(v.subject) if t not in r.subject_classes and t not in r.claimant_stopwords
             and t not in r.claimant_generic and not t.isdigit()} - _COUNTED
    noun = re.escape(v.subject.split()[-1]) if v.subject else "losses"
    if v.claimant and text and (re.search(rf"\b(?:its|their|our)\s+(?:own\s+)?{noun}\b", text, re.I)
                                or re.search(r"\b(?:it|we|they)\s+(?:had\s+|has\s+|have\s+)?lost\b", text, re.I)):
        words = [t for t in _tokens(v.claimant) if t not in r.claimant_stopwords]
        names |= claimant_parts(v.claimant)[0] | {"".join(t[0] for t in words)}  # "Rapid Support Forces": rsf
    return frozenset(names)


_COUNTED = frozenset({"people", "men", "women", "persons", "person", "bodies", "dead", "toll", "death", "deaths",
                      "others", "more", "at", "least", "about", "some", "over", "nearly", "almost", "only", "its",
                      "their", "our", "own", "losses", "casualties", "members", "killed", "wounded", "rebels",
                      "insurgents", "guerrillas", "enemy"})


_AUX = r"(?!(?:were|was|had|have|has|been|are|is)\b)"
_BY_CLAIMANT = re.compile(rf"\b(?:it|they|we|(?:its|their|our)\s+(?:own\s+)?{_AUX}[a-z-]+(?:\s+{_AUX}[a-z-]+)?)\s+"
                          r"(?:had\s+|has\s+|have\s+)?(?:killed|destroyed|shot\s+down|downed|captured|wounded|"
                          r"eliminated|neutrali[sz]ed|took\s+prisoner|seized)\b", re.I)


_OWN_PASSIVE = re.compile(r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:lost|destroyed|killed|downed|shot\s+down|"
                          r"captured|wounded|damaged)\b(?!\s+by\b)", re.I)


def _victims_of(v: View, text: str | None) -> tuple[str, bool] | None:
    """Whose losses a party's claim counts, when its sentence says so by its grammar: (side,
    True) for its own ("only two tanks were lost", said by a party), (side, False) for another
    side's ("its units destroyed 14 tanks": not the claimant's)."""
    if v.victim_side is not None:
        return v.victim_side, True
    if _by_claimant(text):
        return v.claimant_side, False
    if _OWN_PASSIVE.search(text or ""):
        return v.claimant_side, True
    return None


def _same_victims(a: View, a_text: str | None, b: View, b_text: str | None) -> bool:
    """Two parties' claims that count the losses of one side: one counts what it did to the
    other, the other that side's own losses."""
    va, vb = _victims_of(a, a_text), _victims_of(b, b_text)
    if va is None or vb is None:
        return False
    (sa, own_a), (sb, own_b) = va, vb
    if own_a and own_b:
        return sa == sb
    if own_a != own_b:  # "not X" against "Y": the same victims when Y is not X
        return sa != sb
    return False  # each counts what it did to the other


def _by_claimant(text: str | None) -> bool:
    """"the army said it killed 300 fighters", "its troops destroyed": the claimant's own side did it."""
    return bool(_BY_CLAIMANT.search(text or ""))


def _same_role(a: View, b: View) -> bool:
    """"the regional governor" and "Governor Oleh Syniehubov": one named only by a role the
    other holds, on no two different sides."""
    if a.claimant_side and b.claimant_side and a.claimant_side != b.claimant_side:
        return False
    (an, ag), (bn, bg) = claimant_parts(a.claimant), claimant_parts(b.claimant)
    return (not an or not bn) and bool(ag & bg & rules().roles)


def _revised(*texts: str | None) -> bool:
    words = rules().revision_words
    for text in texts:
        low = (text or "").lower()
        if any((" " in w and w in low) or w in _WORD.findall(low) for w in words):
            return True
    return False


def _civilian(v: View) -> bool:
    return v.victim_side == "civilian" or subject_class(v.subject) in ("civilian", "children")


def _military(v: View, cls: str | None, text: str | None = None) -> bool:
    """Fighters: by their class or side; or, named by no class, those a party says it killed
    itself ("its aircraft killed three operatives"): a party counts enemies, not civilians."""
    if cls == "military" or v.victim_side not in (None, "civilian", "other"):
        return True
    return (cls is None and v.modality != "denied" and v.claimant_side not in (None, "other")
            and _by_claimant(text))


def _partial(a: View, a_text: str | None, b: View, r) -> bool:
    """``a`` counts those a hospital treated or admitted, and no more than ``b`` counts."""
    low = (a_text or "").lower()
    return "hospital" in low and any(w in low for w in r.partial_count_words) and re.search(r"\bof (?:the|them|those)\b", low) \
        and b.value is not None and a.value is not None and a.value <= b.value


def _opposed(a: View, b: View) -> bool:
    """Claimants of two different parties (not a third party)."""
    sides = {a.claimant_side, b.claimant_side}
    return None not in sides and "other" not in sides and len(sides) == 2


def _unnamed_victims(v: View) -> View:
    """A denial of a toll that names no one ("rejected the militia's figure for X") denies it
    whoever was counted: a victim side guessed for it from its lack of soldier words is dropped."""
    if v.modality == "denied" and v.value is None and not (v.subject or "").strip() and v.victim_side == "civilian":
        return v._replace(victim_side=None)
    return v


_ISSUER = "the document's issuer"


def attributed(row) -> bool:
    """A claim (or cluster row) someone makes: a claimant, or the side of the organisation whose
    release speaks in its own voice; a news story's own voice is attributed to no one."""
    return row.claimant is not None or row.claimant_side is not None


def _issuer_voice(v: View) -> View:
    """A figure in the own voice of an organisation's release (no claimant, but the issuer's
    side, see extract/sides.py) is its issuer's claim: it may contradict another claimant's. A
    news story's own voice (no claimant, no side) stays out of contradictions."""
    return v._replace(claimant=_ISSUER) if v.claimant is None and v.claimant_side is not None else v


def contradiction(a: View, b: View, a_text: str | None = None, b_text: str | None = None,
                  same_place: bool = False) -> str | None:
    """``"value"`` when two claimants give figures that cannot both be true for the same thing,
    ``"denial"`` when one claimant denies what another reports; else None."""
    r = rules()
    a, b = _issuer_voice(_unnamed_victims(a)), _issuer_voice(_unnamed_victims(b))
    if not _same_thing(a, b, a_text, b_text, same_place):
        return None
    ma, mb = _modality(a, r), _modality(b, r)
    if {ma, mb} == {"fact", "denied"}:
        if a.claimant is None or b.claimant is None or same_claimant(a.claimant, a.claimant_side, b.claimant,
                                                                      b.claimant_side):
            return None  # a denial against a story's own voice may deny only a detail ("not targeting civilians")
        return "denial" if _meet(figure(a, r), figure(b, r)) else None
    if ma != "fact" or mb != "fact" or a.claimant is None or b.claimant is None:
        return None
    if same_claimant(a.claimant, a.claimant_side, b.claimant, b.claimant_side) or _same_role(a, b):
        return None  # a revision
    if _revised(a_text, b_text) and a.claimant_side == b.claimant_side:
        return None  # "the toll rose to 20": a figure brought up to date
    if a.category in r.sided_categories and (a.victim_side is None or b.victim_side is None
                                             or a.victim_side == b.victim_side == "other") \
            and not (_civilian(a) or _civilian(b)):  # `other` is no one side: "Afghan fighters", "Pakistani soldiers"
        if _opposed(a, b) and not _same_victims(a, a_text, b, b_text):
            return None  # whose losses: one side's are never set against the other's
        wa, wb = _victim_words(a, a_text), _victim_words(b, b_text)
        if wa and wb and not wa & wb:
            return None  # "RSF fighters" and "army soldiers": named as different victims
        if _by_claimant(a_text) and _by_claimant(b_text):
            return None  # each claimant counts what it did to the other: different victims
    if a.value is None or b.value is None:
        return None
    if _partial(a, a_text, b, r) or _partial(b, b_text, a, r):
        return None  # those one hospital treated: a part of the toll
    if a.scope == "cumulative" and abs(a.day_hi - b.day_hi) > r.date_slack_days:
        early, late = sorted((a, b), key=lambda v: v.day_hi)  # a running total only grows
        return "value" if bounds(late, r)[1] < bounds(early, r)[0] else None
    return "value" if not _meet(bounds(a, r), bounds(b, r)) else None


def update_contradictions(engine, batch: int = 500) -> int:
    """Check every cluster whose summary changed; returns the number of contradictions stored."""
    while True:
        with Session(engine) as s, s.begin():
            clusters = s.execute(select(*_COLUMNS).where(_CLUSTERS.c.state == 2)
                                 .order_by(_CLUSTERS.c.cluster_id).limit(batch)).all()
            if not clusters:
                break
            ids = [c.cluster_id for c in clusters]
            s.execute(delete(_CONTRA).where(or_(_CONTRA.c.cluster_a.in_(ids), _CONTRA.c.cluster_b.in_(ids))))
            rows: dict[str, dict] = {}
            neighbours = Neighbours(s, clusters)
            for c in clusters:
                for other, kind in find_contradictions(s, c, neighbours):
                    a, b = sorted((c.cluster_id, other))
                    rows.setdefault(pair_id(a, b), {"id": pair_id(a, b), "cluster_a": a, "cluster_b": b, "kind": kind,
                                                    "category": c.category, "item": c.item})
            if rows:
                s.execute(insert(_CONTRA), list(rows.values()))
            s.execute(update(_CLUSTERS).where(_CLUSTERS.c.cluster_id.in_(ids)).values(state=0))
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(_CONTRA)) or 0
