"""Linking for `sitrep spark`, as plain functions over in-memory records (run inside tasks).

Every decision is the local linker's own function (``sitrep.link``): MinHash signatures and
bands, ``is_duplicate`` and ``similarity``, the blocking keys, ``Region``/``cluster`` for claim
clusters, ``summarise``/``reports_of`` for their summaries, and ``judge`` (the contradiction rules with their
guards). What differs is only where the records come from: a group of one Spark key instead of
rows of the database. A group (a *unit*) holds whole components of the linker's search graph,
so its result is what the database-backed linker computes:

- near duplicates: documents sharing an LSH band are compared (grouped by band hash); groups
  are the connected components of the pairs that are duplicates, each pointing to its
  canonical document (earliest published, then the smallest id), as ``link.duplicates`` does;
- claim clusters and contradictions: a claim is only ever compared with claims of its own
  block or, for a grid cell, of the 8 cells around it (``keys.search_blocks``); occupied
  neighbouring cells of one category and item are one unit, every other block a unit alone;
- contradictions between places of one name the gazetteer put apart (a denial naming a town)
  are found in a second grouping, by category and name, as ``find_contradictions`` does.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from types import SimpleNamespace

from ..link.contradictions import _a_name, attributed, contradiction, judge, pair_id
from ..link.duplicates import _canonical_key, is_duplicate, similarity
from ..link.keys import keys_of_row, search_blocks
from ..link.match import EVENT_CATEGORIES, view
from ..link.minhash import Signature, bands, signature
from ..link.regions import Member, Region, cluster, order_key
from ..link.rules import rules
from ..link.summary import _CLAIM_FIELDS, _Part, reports_of, summarise
from ..records import Document
from ..store.convert import claim_to_row
from ..store.schema import ClaimRow

CLAIM_COLUMNS = tuple(c.name for c in ClaimRow.__table__.columns)


# near duplicates -------------------------------------------------------------------------

def doc_signature(doc: Document) -> tuple[str, str | None, int, bytes]:
    g = signature(doc.text or "")
    return doc.id, doc.published, g.size, g.to_bytes()


def band_keys(sig: tuple[str, str | None, int, bytes]) -> list[tuple[int, str]]:
    """(band hash, document id) for each distinct band of a document with text."""
    doc_id, _published, size, data = sig
    if not size:
        return []
    return [(h, doc_id) for h in set(bands(Signature.from_bytes(size, data)))]


def candidate_pairs(ids: Iterable[str]) -> Iterator[tuple[str, str]]:
    """Every pair (smaller id first) of the documents that share one band."""
    ids = sorted(set(ids))
    for x in range(len(ids)):
        for y in range(x + 1, len(ids)):
            yield ids[x], ids[y]


def duplicate_pair(a: tuple, b: tuple) -> list[tuple[tuple[str, str | None], tuple[str, str | None]]]:
    """[((id, published), (id, published))] when two signature records are duplicates, else []."""
    if is_duplicate(Signature.from_bytes(a[2], a[3]), Signature.from_bytes(b[2], b[3])):
        return [((a[0], a[1]), (b[0], b[1]))]
    return []


def duplicate_groups(pairs: Iterable[tuple]) -> dict[str, str]:
    """{document: its canonical document} for every document in a group of duplicates."""
    parent: dict[str, str] = {}
    published: dict[str, str | None] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (a, pa), (b, pb) in pairs:
        for d, p in ((a, pa), (b, pb)):
            parent.setdefault(d, d)
            published[d] = p
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for d in parent:
        groups[find(d)].append(d)
    out = {}
    for ids in groups.values():
        canon = min(ids, key=lambda d: _canonical_key(SimpleNamespace(id=d, published=published[d])))
        out.update({d: canon for d in ids if d != canon})
    return out


def member_similarity(member: tuple, canon: tuple) -> float:
    """similarity() of two signature records (id, published, size, bytes)."""
    return similarity(Signature.from_bytes(member[2], member[3]), Signature.from_bytes(canon[2], canon[3]))


# claims ------------------------------------------------------------------------------------

def claim_rows(doc: Document) -> list[tuple[int, ClaimRow]]:
    """(seq, row) of the claims the store keeps of a document (the first of each claim id)."""
    out, seen = [], set()
    for i, c in enumerate(doc.claims):
        if c.claim_id not in seen:
            seen.add(c.claim_id)
            out.append((i, claim_to_row(c, i, doc)))
    return out


def link_records(doc: Document, rows: list[tuple[int, ClaimRow]]) -> list[tuple[str, dict]]:
    """(block, record) per claim row of claim_rows(doc): what clustering and summaries read of a
    claim and its document (the document's duplicate group is set later, by with_group)."""
    out = []
    for _seq, row in rows:
        keys = keys_of_row(row, doc.published)
        rec = {c: getattr(row, c) for c in CLAIM_COLUMNS}
        rec.update(block=keys.block, day_lo=keys.day_lo, day_hi=keys.day_hi, d_url=doc.url, d_title=doc.title,
                   d_published=doc.published)
        out.append((keys.block, rec))
    return out


def with_group(rec: dict, duplicate_of: str | None) -> dict:
    """A link record with its document's duplicate group (known once duplicates are found)."""
    rec.update(d_duplicate_of=duplicate_of, group_id=duplicate_of or rec["doc_id"])
    return rec


def _grid(block: str) -> tuple[str, int, int] | None:
    head, _, place = block.rpartition("|")
    if not place.startswith("g:"):
        return None
    try:
        _, y, x = place.split(":")
        return head, int(y), int(x)
    except ValueError:
        return None


def block_units(blocks: Iterable[str]) -> dict[str, str]:
    """{block: unit}: occupied grid cells of one category and item that touch (the 9-cell
    search of keys.search_blocks) share a unit; any other block is a unit of its own."""
    parent = {b: b for b in blocks}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for b in sorted(parent):
        if _grid(b) is None:
            continue
        for n in search_blocks(b):
            if n in parent:
                ra, rn = find(b), find(n)
                if ra != rn:
                    parent[max(ra, rn)] = min(ra, rn)
    return {b: find(b) for b in parent}


def _member(rec: dict) -> Member:
    row = SimpleNamespace(**rec)
    return Member(rec["claim_id"], rec["doc_id"], rec["group_id"], rec["block"], view(row, rec["day_lo"], rec["day_hi"]),
                  order_key(rec["d_published"], rec["doc_id"], rec["seq"], rec["claim_id"]))


def _triple(rec: dict, cluster_id: str) -> tuple:
    link = _Part(cluster_id=cluster_id, block=rec["block"], day_lo=rec["day_lo"], day_hi=rec["day_hi"],
                 group_id=rec["group_id"])
    claim = _Part(**{f: rec[f] for f in _CLAIM_FIELDS})
    doc = _Part(id=rec["doc_id"], url=rec["d_url"], title=rec["d_title"], published=rec["d_published"],
                duplicate_of=rec["d_duplicate_of"], seen=None)
    return link, claim, doc


def cluster_unit(records: Iterable[dict]) -> Iterator[tuple]:
    """Cluster one unit's claims and summarise its clusters: ("cluster", id, summary, reports,
    claim ids) per cluster, then ("pair", a, b, kind) per contradiction seen from cluster a."""
    recs = list(records)
    members = [_member(r) for r in recs]
    by_block: dict[str, list[Member]] = defaultdict(list)
    for m in members:
        by_block[m.block].append(m)
    region = Region(lambda blocks: [m for b in blocks for m in by_block.get(b, ())])
    closed = region.closure({m.claim_id: m.block for m in members})
    assign = cluster(closed)
    triples: dict[str, list] = defaultdict(list)
    for r in recs:
        triples[assign[r["claim_id"]]].append(_triple(r, assign[r["claim_id"]]))
    summaries = []
    for cid in sorted(triples):
        c = _Part(cluster_id=cid)
        summarise(c, triples[cid])
        c.state = 0
        summaries.append(c)
        yield "cluster", cid, c, reports_of(triples[cid]), sorted(t[1].claim_id for t in triples[cid])
    yield from (("pair", a, b, kind) for a, b, kind in neighbour_contradictions(summaries))


def _windowed(c, o, slack: int) -> bool:
    """The database query's window test: a window reaching this one's, or none at all."""
    return o.day_hi is None or (o.day_hi >= c.day_lo - slack and o.day_lo <= c.day_hi + slack)


def neighbour_contradictions(clusters: list) -> Iterator[tuple[str, str, str]]:
    """(cluster, other, kind) as find_contradictions finds them in the blocks around each cluster."""
    slack = rules().date_slack_days
    by_block: dict[str, list] = defaultdict(list)
    for c in clusters:
        by_block[c.block].append(c)
    for c in clusters:
        if c.day_lo is None or not attributed(c):
            continue
        me = view(c, c.day_lo, c.day_hi)
        for b in search_blocks(c.block):
            for o in by_block.get(b, ()):
                if o is c or not _windowed(c, o, slack):
                    continue
                kind = judge(c, o, me)
                if kind is not None:
                    yield c.cluster_id, o.cluster_id, kind


def name_keys(c) -> list[tuple[tuple, tuple[str, object]]]:
    """Keys of the second grouping: every event cluster under its subject ("home"), and those
    that look for namesakes under their own name ("probe"); every attributed cluster with a
    place name under that name ("place")."""
    out = []
    if c.category in EVENT_CATEGORIES and c.subject:
        out.append(((c.category, c.subject.lower()), ("home", c)))
        if c.day_lo is not None and attributed(c) and _a_name(c.subject):
            out.append(((c.category, c.subject.strip().lower()), ("probe", c)))
    if c.place_name and attributed(c):
        out.append((("place", c.category, c.place_name.strip().lower()), ("place", c)))
    return out


def namesake_pairs(entries: Iterable[tuple[str, object]]) -> Iterator[tuple[str, str, str, int]]:
    """(cluster, other, kind, rank) of one name group: denials of a place of one name (rank 1),
    and clusters at one place name that one report geocoded and the other did not (rank 2), as
    find_contradictions finds them after its own blocks."""
    entries = list(entries)
    if entries and entries[0][0] == "place":
        yield from ((c, o, kind, 2) for c, o, kind in placed_contradictions([x for _r, x in entries]))
    else:
        yield from ((c, o, kind, 1) for c, o, kind in namesake_denials(entries))


def placed_contradictions(clusters: list) -> Iterator[tuple[str, str, str]]:
    """(cluster, other, kind) for two clusters at one place name, one with coordinates and one without."""
    slack = rules().date_slack_days
    for c in clusters:
        if c.day_lo is None:
            continue
        me = view(c, c.day_lo, c.day_hi)
        for o in clusters:
            if o is c or o.day_hi is None or o.claimant is None or (c.place_lat is None) == (o.place_lat is None):
                continue  # as the database query reads them: others with a claimant, dated
            if not (o.day_hi >= c.day_lo - slack and o.day_lo <= c.day_hi + slack):
                continue
            kind = judge(c, o, me)
            if kind is not None:
                yield c.cluster_id, o.cluster_id, kind


def namesake_denials(entries: Iterable[tuple[str, object]]) -> Iterator[tuple[str, str, str]]:
    """(cluster, other, "denial") for a denial and a report of a place of one name."""
    slack = rules().date_slack_days
    entries = list(entries)
    homes = [c for role, c in entries if role == "home"]
    for role, c in entries:
        if role != "probe":
            continue
        me = view(c, c.day_lo, c.day_hi)
        for o in homes:
            if o.cluster_id == c.cluster_id or not attributed(o) or o.day_hi is None:
                continue
            if not (o.day_hi >= c.day_lo - slack and o.day_lo <= c.day_hi + slack):
                continue
            if "denied" not in (c.modality, o.modality):
                continue
            if contradiction(me, view(o, o.day_lo, o.day_hi), c.evidence_text, o.evidence_text, same_place=True) == "denial":
                yield c.cluster_id, o.cluster_id, "denial"


def pair_entry(found: tuple[tuple[str, str], tuple[int, str]]) -> tuple[str, tuple]:
    """(pair id, (preference, a, b, kind, viewer)) of one directed finding ((viewer, other),
    (rank, kind)); the smallest preference wins a pair: the smaller id's view, and in one
    view a cluster's own blocks (rank 0) before namesakes (rank 1) and places of one name (rank
    2), as find_contradictions."""
    (c, o), (rank, kind) = found
    a, b = sorted((c, o))
    return pair_id(a, b), ((c != a, rank), a, b, kind, c)


def contradiction_parts(entry: tuple, side_a: tuple, side_b: tuple) -> tuple:
    """The arguments of tables.contradiction_row from a settled pair and both clusters'
    (summary, reports)."""
    pid, a, b, kind, viewer = entry
    (sa, ra), (sb, rb) = side_a, side_b
    return pid, kind, sa if viewer == a else sb, sa, ra, sb, rb
