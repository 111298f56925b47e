"""Order-independent claim clustering, in memory, over the region a change can reach.

Two claims are *compatible* when they report the same thing (match.same_report), or when they
come from two copies of one story and agree but for the claimant (``same_story``). Clusters
never cross the connected components of that graph, so a component is clustered on its own:
its claims are taken in a canonical order (earliest published, undated last, then document id,
then position) and each joins

1. as a copy of a story: the cluster holding most compatible claims of other copies of its
   story (the canonical copy's claim counting double), else
2. the cluster all of whose members it is compatible with (most members, then smallest id), else
3. a new cluster named after it (``k-`` + its claim id).

The result depends only on the claims of the component, never on the order they were read
in or on how they were split into runs; and since a claim must agree with every member, an
undated claim cannot chain two clusters months apart. A change re-clusters exactly the
components that hold a new, changed or orphaned claim (``closure``).
"""
from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from .keys import search_blocks
from .match import View, _meet, _modality, figure, same_report
from .rules import rules


@dataclass(eq=False)
class Member:
    """One claim as clustering sees it."""

    claim_id: str
    doc_id: str
    group_id: str
    block: str
    view: View
    order: tuple
    cluster: str | None = None  # its cluster before this update (None: a new claim)
    same: set = field(default_factory=set)  # claim ids it is compatible with
    story: set = field(default_factory=set)  # claim ids of other copies of its story it agrees with
    loaded: int = 0  # the Region's load count when it was read
    expanded: int = -1  # the Region's load count when its neighbours were compared with it
    kind: int = -1  # its view's number in the Region (claims with equal views share one)

    @cached_property
    def gate(self) -> tuple:
        """What same_report compares first, computed once: (modality class, figure)."""
        r = rules()
        return _modality(self.view, r), figure(self.view, r)


def order_key(published: str | None, doc_id: str, seq: int, claim_id: str) -> tuple:
    pub = (published or "").strip()
    return (pub == "", pub[:19], doc_id, seq, claim_id)


class _Block:
    """The claims of one block, searchable by time window."""

    def __init__(self, members: list[Member]):
        dated = sorted((m for m in members if m.view.day_lo is not None), key=lambda m: m.view.day_lo)
        self.los = [m.view.day_lo for m in dated]
        self.his = [m.view.day_hi for m in dated]
        self.dated = dated
        self.longest = max((m.view.day_hi - m.view.day_lo for m in dated), default=0)
        self.undated = [m for m in members if m.view.day_lo is None]
        self.empty = not members  # most of a claim's 8 neighbouring cells hold nothing

    def near(self, v: View, slack: int) -> list[Member]:
        """The claims whose windows overlap ``v``'s (with the slack; every dated one for an
        undated ``v``), then the undated ones."""
        if v.day_lo is None:
            return self.dated + self.undated
        # by bisection, those that start no later than v ends (with the slack) and may end
        # no earlier than it starts; then, of those, the ones that do
        i = bisect.bisect_left(self.los, v.day_lo - slack - self.longest)
        j = bisect.bisect_right(self.los, v.day_hi + slack)
        low = v.day_lo - slack
        out = [m for m, hi in zip(self.dated[i:j], self.his[i:j]) if hi >= low]
        out += self.undated
        return out


#: Bounds of an unbounded time span (day numbers are ordinals, about 740,000 today).
LOW, HIGH = -(10**9), 10**9


class Region:
    """Claims loaded block by block, closed under compatibility.

    ``load(blocks) -> members`` gives every claim of the blocks. A windowed loader
    (``windowed=True``) is called ``load(blocks, lo, hi)`` and gives the claims of the blocks
    whose time window overlaps days ``lo``..``hi``, and the undated ones: a block is then read
    only over the days its claims can reach (two claims are compatible only when their windows
    overlap, with the slack), so a region stays as small as the change."""

    def __init__(self, load: Callable[..., list[Member]], windowed: bool = False):
        self._load = load
        self._windowed = windowed
        self.members: dict[str, Member] = {}
        self._blocks: dict[str, _Block] = {}
        self._lists: dict[str, list[Member]] = {}
        self._cover: dict[str, tuple[int, int]] = {}  # windowed: the days read of each block
        self._loads = 0  # calls of load so far (Member.loaded, Member.expanded)
        # same_report depends on the two views alone, and many claims repeat one view (the
        # same figure, place, day and claimant from many outlets): each pair of distinct views
        # is tested once, claims numbered by their view (Member.kind)
        self._kinds: dict[View, int] = {}
        self._same: dict[tuple[int, int], bool] = {}
        self._story: dict[tuple[int, int], bool] = {}

    def _add(self, m: Member) -> None:
        m.loaded = self._loads
        m.kind = self._kinds.setdefault(m.view, len(self._kinds))
        self.members[m.claim_id] = m

    def _ensure(self, blocks: Iterable[str]) -> None:
        missing = sorted(set(blocks) - self._blocks.keys())
        if not missing:
            return
        got: dict[str, list[Member]] = {b: [] for b in missing}
        self._loads += 1
        for m in self._load(missing):
            if m.claim_id not in self.members:
                self._add(m)
            got[m.block].append(self.members[m.claim_id])
        for b, ms in got.items():
            self._blocks[b] = _Block(ms)

    def _ensure_spans(self, needs: dict[str, tuple[int, int]]) -> None:
        """Windowed: read what each block lacks of the days it needs (blocks that lack the
        same days are read in one call)."""
        parts: dict[tuple[int, int], list[str]] = {}
        for b, (lo, hi) in needs.items():
            have = self._cover.get(b)
            if have is None:
                parts.setdefault((lo, hi), []).append(b)
                self._cover[b] = (lo, hi)
                continue
            if lo < have[0]:
                parts.setdefault((lo, have[0] - 1), []).append(b)
            if hi > have[1]:
                parts.setdefault((have[1] + 1, hi), []).append(b)
            self._cover[b] = (min(lo, have[0]), max(hi, have[1]))
        touched: set[str] = set()
        for (lo, hi), blocks in sorted(parts.items()):
            self._loads += 1
            for m in self._load(sorted(blocks), lo, hi):
                if m.claim_id in self.members:
                    continue  # an undated claim, or one reaching both parts, read again
                self._add(m)
                self._lists.setdefault(m.block, []).append(m)
                touched.add(m.block)
        for b in touched | (needs.keys() - self._blocks.keys()):
            self._blocks[b] = _Block(self._lists.setdefault(b, []))

    def _needs(self, members: Iterable[Member], slack: int) -> dict[str, tuple[int, int]]:
        """The days each block must be read over for these claims: the span of their dated
        windows (with the slack), or every day in blocks an undated one searches."""
        members = list(members)
        dated = [m.view for m in members if m.view.day_lo is not None]
        span = (min(v.day_lo for v in dated) - slack, max(v.day_hi for v in dated) + slack) if dated else None
        needs: dict[str, tuple[int, int]] = {}
        for m in members:
            want = span if m.view.day_lo is not None else (LOW, HIGH)
            for b in search_blocks(m.block):
                have = needs.get(b)
                needs[b] = want if have is None else (min(have[0], want[0]), max(have[1], want[1]))
        return needs

    def _expand(self, m: Member, slack: int) -> list[Member]:
        """Compare ``m`` with the claims near it and record the compatible ones on both sides;
        returns those. A claim already expanded after ``m`` was read met ``m`` then (``near``
        and the compatibility tests are symmetric), so the pair is not tested again."""
        m.expanded = self._loads
        found = []
        modality, fig = m.gate
        v, kind, loaded, same, story, blocks = m.view, m.kind, m.loaded, m.same, m.story, self._blocks
        known, known_story = self._same, self._story
        for b in search_blocks(m.block):
            block = blocks[b]
            if block.empty:
                continue
            for o in block.near(v, slack):
                if o is m or o.expanded >= loaded or o.claim_id in same or o.claim_id in story:
                    continue
                gate = o.gate  # same_report's first tests, without its call (most pairs fail them)
                if gate[0] != modality or not _meet(fig, gate[1]):
                    continue
                pair = (kind, o.kind)
                ok = known.get(pair)
                if ok is None:  # symmetric: one test for both orders
                    ok = known[pair] = known[pair[::-1]] = same_report(v, o.view)
                if ok:
                    same.add(o.claim_id)
                    o.same.add(m.claim_id)
                    found.append(o)
                elif o.group_id == m.group_id and o.doc_id != m.doc_id:
                    ok = known_story.get(pair)
                    if ok is None:
                        ok = known_story[pair] = known_story[pair[::-1]] = same_report(v, o.view, same_story=True)
                    if ok:
                        story.add(o.claim_id)
                        o.story.add(m.claim_id)
                        found.append(o)
        return found

    def closure(self, seeds: dict[str, str], spans: dict[str, tuple[int | None, int | None]] | None = None) -> list[Member]:
        """Every claim connected to a seed (claim id -> its block), the seeds included.
        Windowed: ``spans`` gives each stored seed's window (day_lo, day_hi), so that its block
        is read over its days (a seed without one: over every day)."""
        slack = rules().date_slack_days
        if self._windowed:
            needs: dict[str, tuple[int, int]] = {}
            for c, b in seeds.items():
                lo, hi = (spans or {}).get(c, (None, None))
                want = (LOW, HIGH) if lo is None else (lo, hi)
                have = needs.get(b)
                needs[b] = want if have is None else (min(have[0], want[0]), max(have[1], want[1]))
            self._ensure_spans(needs)
        else:
            self._ensure(seeds.values())
        frontier = [self.members[c] for c in sorted(seeds) if c in self.members]
        done = {m.claim_id for m in frontier}
        while frontier:
            if self._windowed:
                self._ensure_spans(self._needs(frontier, slack))
            else:
                self._ensure(b for m in frontier for b in search_blocks(m.block))
            nxt = []
            for m in frontier:
                for o in self._expand(m, slack):
                    if o.claim_id not in done:
                        done.add(o.claim_id)
                        nxt.append(o)
            frontier = nxt
        return [self.members[c] for c in sorted(done)]


def cluster(members: list[Member]) -> dict[str, str]:
    """claim id -> cluster id for a region closed under compatibility (see the module)."""
    by_id = {m.claim_id: m for m in members}
    of: dict[str, str] = {}
    size: Counter = Counter()
    for m in sorted(members, key=lambda m: m.order):
        copies: Counter = Counter()
        for cid in m.story | m.same:
            o = by_id[cid]
            if cid in of and o.group_id == m.group_id and o.doc_id != m.doc_id:
                copies[of[cid]] += 1 + (o.doc_id == m.group_id)
        choice = min(copies, key=lambda c: (-copies[c], c)) if copies else None
        if choice is None:
            agree = Counter(of[c] for c in m.same if c in of)
            fits = [c for c, n in agree.items() if n == size[c]]  # compatible with every member
            choice = min(fits, key=lambda c: (-size[c], c)) if fits else f"k-{m.claim_id}"
        of[m.claim_id] = choice
        size[choice] += 1
    return of
