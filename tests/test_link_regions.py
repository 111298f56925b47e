"""Closing a region over compatible claims: it reaches exactly the claims connected to the seeds
(as an all-pairs comparison finds them), windowed or not, and compares each pair of nearby
claims once."""
import random

import pytest

import sitrep.link.regions as regions
from sitrep.link.keys import place_keys
from sitrep.link.match import View, same_report
from sitrep.link.regions import Member, Region, cluster, order_key

CLAIMANTS = [(None, None), ("the regional governor", "ukraine"), ("Russia's defence ministry", "russia"),
             ("police", None)]
PLACES = [(50.0, 36.2), (50.05, 36.3), (50.6, 36.9), (48.5, 35.0)]  # two near, one a cell away, one far


def _members(n: int, seed: int) -> list[Member]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lat, lon = rng.choice(PLACES)
        who, side = rng.choice(CLAIMANTS)
        day = 739000 + rng.randint(0, 6)
        lo, hi = (None, None) if rng.random() < 0.1 else (day, day + rng.choice((0, 0, 2)))
        v = View(category="killed", item=None, scope="event", modality="asserted", subject="civilians",
                 value=float(rng.choice((3, 3, 4, 12))), value_high=None, qualifier="exact", vague=None,
                 victim_side=None, claimant=who, claimant_side=side, lat=lat, lon=lon, day_lo=lo, day_hi=hi)
        block = "killed|-|" + place_keys(None, lat, lon, "UA", "city")[0]
        doc = f"d{i // 2}"
        group = f"d{(i // 2) - 1}" if i % 7 == 0 and i >= 2 else doc  # a few copies of another story
        out.append(Member(f"c{i:03d}", doc, group, block, v, order_key(f"2024-01-0{1 + i % 9}", doc, i % 2, f"c{i:03d}")))
    return out


def _fresh(members: list[Member]) -> list[Member]:
    return [Member(m.claim_id, m.doc_id, m.group_id, m.block, m.view, m.order) for m in members]


def _components(members: list[Member]) -> dict[str, set[str]]:
    """claim id -> the claim ids connected to it, by comparing every pair."""
    from sitrep.link.keys import overlaps, search_blocks
    from sitrep.link.rules import rules

    slack = rules().date_slack_days
    edges: dict[str, set[str]] = {m.claim_id: set() for m in members}
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            if b.block not in search_blocks(a.block):
                continue
            if a.view.day_lo is not None and b.view.day_lo is not None and not overlaps(
                    a.view.day_lo, a.view.day_hi, b.view.day_lo, b.view.day_hi, slack):
                continue
            if same_report(a.view, b.view) or (a.group_id == b.group_id and a.doc_id != b.doc_id
                                               and same_report(a.view, b.view, same_story=True)):
                edges[a.claim_id].add(b.claim_id)
                edges[b.claim_id].add(a.claim_id)
    comp: dict[str, set[str]] = {}
    for start in edges:
        if start in comp:
            continue
        seen, todo = {start}, [start]
        while todo:
            for o in edges[todo.pop()] - seen:
                seen.add(o)
                todo.append(o)
        for c in seen:
            comp[c] = seen
    return comp


def _region(members: list[Member], windowed: bool) -> Region:
    by_block: dict[str, list[Member]] = {}
    for m in members:
        by_block.setdefault(m.block, []).append(m)
    if not windowed:
        return Region(lambda blocks: [m for b in blocks for m in by_block.get(b, ())])

    def load(blocks, lo, hi):
        return [m for b in blocks for m in by_block.get(b, ())
                if m.view.day_lo is None or (m.view.day_hi >= lo and m.view.day_lo <= hi)]

    return Region(load, windowed=True)


@pytest.mark.parametrize("windowed", [False, True])
@pytest.mark.parametrize("seed", range(6))
def test_a_region_closes_over_exactly_the_claims_connected_to_its_seeds(seed, windowed):
    members = _members(60, seed)
    expected = _components(members)
    rng = random.Random(seed)
    seeds = rng.sample(members, 3)
    ours = _fresh(members)
    region = _region(ours, windowed)
    spans = {m.claim_id: (m.view.day_lo, m.view.day_hi) for m in seeds}
    got = region.closure({m.claim_id: m.block for m in seeds}, spans)
    want = set().union(*(expected[m.claim_id] for m in seeds))
    assert {m.claim_id for m in got} == want
    # and the clusters are those of the whole component clustered from all its claims
    whole = _fresh(members)
    every = _region(whole, windowed).closure({m.claim_id: m.block for m in whole},
                                             {m.claim_id: (m.view.day_lo, m.view.day_hi) for m in whole})
    full = cluster(every)
    assert cluster(got) == {c: full[c] for c in want}


def test_each_pair_of_nearby_claims_is_compared_once(monkeypatch):
    calls: list[tuple[str, str]] = []

    def counted(a, b, same_story=False):
        calls.append(tuple(sorted((a.claimant or "", b.claimant or ""))))
        return same_report(a, b, same_story)

    names = ["Okafor", "Lindqvist", "Haddad", "Nakamura", "Petrenko", "Oliveira", "Kowalski", "Mbeki", "Tanaka",
             "Fischer", "Dubois", "Ivanova"]
    n = len(names)
    members = []
    for i in range(n):  # one place, day and figure, every claimant another: no two compatible
        v = View(category="killed", item=None, scope="event", modality="asserted", subject="civilians",
                 value=10.0, value_high=None, qualifier="exact", vague=None, victim_side=None,
                 claimant=names[i], claimant_side=None, lat=50.0, lon=36.2, day_lo=739000, day_hi=739000)
        members.append(Member(f"c{i:02d}", f"d{i}", f"d{i}", "killed|-|g:100:72", v,
                              order_key("2024-01-01", f"d{i}", 0, f"c{i:02d}")))
    monkeypatch.setattr(regions, "same_report", counted)
    region = _region(members, windowed=False)
    got = region.closure({m.claim_id: m.block for m in members})
    assert len(got) == n
    assert len(calls) == n * (n - 1) // 2
    assert len(set(calls)) == len(calls)


def test_claims_that_repeat_one_view_are_tested_once_per_pair_of_views(monkeypatch):
    """Many outlets repeat one claim (the same figure, place, day and claimant): the test of two
    claims depends on their views alone, so each pair of distinct views is tested once, and
    the clusters are those of testing every pair."""
    calls: list[tuple] = []

    def counted(a, b, same_story=False):
        calls.append((a, b, same_story))
        return same_report(a, b, same_story)

    views = [View(category="killed", item=None, scope="event", modality="asserted", subject="civilians",
                  value=value, value_high=None, qualifier="exact", vague=None, victim_side=None,
                  claimant=who, claimant_side=side, lat=50.0, lon=36.2, day_lo=739000, day_hi=739000)
             for value, who, side in ((10.0, "the governor", "ukraine"), (10.0, "police", None), (12.0, "police", None))]
    members = [Member(f"c{i:02d}", f"d{i}", f"d{i}", "killed|-|g:100:72", views[i % 3],
                      order_key("2024-01-01", f"d{i}", 0, f"c{i:02d}")) for i in range(30)]
    monkeypatch.setattr(regions, "same_report", counted)
    got = _region(_fresh(members), windowed=False).closure({m.claim_id: m.block for m in members})
    assert len({frozenset((id(a), id(b))) for a, b, _ in calls}) == len(calls) <= 6
    reference = _fresh(members)  # every pair tested, as the all-pairs definition says
    for i, a in enumerate(reference):
        for b in reference[i + 1:]:
            if same_report(a.view, b.view):
                a.same.add(b.claim_id)
                b.same.add(a.claim_id)
    assert {m.claim_id for m in got} == {m.claim_id for m in members}
    assert {m.claim_id: m.same for m in got} == {m.claim_id: m.same for m in reference}
    assert cluster(got) == cluster(reference)
