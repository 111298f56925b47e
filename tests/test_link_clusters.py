"""Claim clusters: the same figure from many outlets is one cluster; claims of a syndicated
copy join the original's cluster without counting as independent reports; updates are
incremental and follow changed or deleted documents."""
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sitrep.link import link_pending, update_clusters
from sitrep.link.tables import iter_clusters
from sitrep.records import Claim, Document, Evidence, Place
from sitrep.store import Store
from sitrep.store.schema import ClusterRow

STORIES = Path(__file__).parent / "fixtures" / "link" / "stories"
KHARKIV = Place("Kharkiv", 49.99, 36.23, "UA", 706483, "settlement")
NEAR_KHARKIV = Place("Pisochyn", 50.01, 36.10, "UA", None, "settlement")  # ~10 km, other grid cell
ODESA = Place("Odesa", 46.48, 30.73, "UA", 698740, "settlement")


def claim(doc_id, n, category, value=None, **kw):
    sentence = f"Sentence {n} of {doc_id} reports {category}."
    return Claim(claim_id=f"{doc_id}#{n}", doc_id=doc_id, category=category, value=value,
                 evidence=Evidence(sentence, 0, len(sentence)), **kw)


def doc(doc_id, claims, published="2024-03-05T09:00:00", url=None, text=None):
    text = text or f"Article {doc_id}: a report written only for this test, with its own words."
    d = Document(id=doc_id, text=text, raw_text=text, published=published,
                 url=url if url is not None else f"https://www.{doc_id}.example.com/story")
    d.claims = [claim(doc_id, i, *c[:2], **c[2]) if isinstance(c, tuple) else c for i, c in enumerate(claims)]
    return d


def governor(name="Kharkiv regional governor", **kw):
    base = dict(subject="civilians", claimant=name, claimant_side="ukraine", place=KHARKIV, date="2024-03-04")
    base.update(kw)
    return base


def build(tmp_path, docs, name="c.db"):
    store = Store(str(tmp_path / name))
    for d in docs:
        store.save(d)
    link_pending(store.engine)
    result = update_clusters(store.engine)
    return store, result


def clusters(store):
    return list(iter_clusters(store.engine))


def test_same_figure_from_three_outlets_is_one_cluster(tmp_path):
    docs = [
        doc("alpha", [("killed", 12, governor())], published="2024-03-04T18:00:00"),
        doc("beta", [("killed", 12, governor("Oleh Synehubov, the governor"))], published="2024-03-05"),
        doc("gamma", [("killed", 12, governor("Ukrainian officials", place=NEAR_KHARKIV, date=None))],
            published="2024-03-05T07:00:00"),
        doc("delta", [("killed", 12, governor(None, claimant_side=None))], published="2024-03-05"),
    ]
    store, _ = build(tmp_path, docs)
    got = {c["cluster_id"]: c for c in clusters(store)}
    assert len(got) == 2  # the attributed figure, and the outlet's own unattributed report
    main = next(c for c in got.values() if c["claimant"])
    assert (main["reports"], main["independent_reports"], main["claims"]) == (3, 3, 3)
    assert main["outlets"] == ["alpha.example.com", "beta.example.com", "gamma.example.com"]
    assert (main["first_seen"], main["last_seen"]) == ("2024-03-04T18:00:00", "2024-03-05T07:00:00")
    assert main["doc_id"] == "alpha" and main["value"] == 12 and main["date"] == "2024-03-04"
    assert [m["doc_id"] for m in main["members"]] == ["alpha", "beta", "gamma"]
    own = next(c for c in got.values() if not c["claimant"])
    assert own["reports"] == 1 and own["members"][0]["doc_id"] == "delta"


@pytest.mark.parametrize("order", ["original first", "copy first"])
def test_copy_joins_the_original_cluster_and_counts_once(tmp_path, order):
    story = (STORIES / "convoy_base.txt").read_text()
    original = doc("orig", [("killed", 4, governor()), ("attack", None, governor(subject="a market"))],
                   published="2024-03-04T10:00:00", text=story)
    copy = doc("copy", [("killed", 4, governor()), ("attack", None, governor(subject="a market"))],
               published="2024-03-05T10:00:00", text="Advertisement\n\n" + story + "\n\nShare this article.")
    other = doc("other", [("killed", 4, governor())], published="2024-03-04T12:00:00")
    first, second = (original, copy) if order == "original first" else (copy, original)
    store, _ = build(tmp_path, [first, other])
    store.save(second)  # added later: linked incrementally, canonical may change
    link_pending(store.engine)
    update_clusters(store.engine)
    by_cat = {c["category"]: c for c in clusters(store)}
    assert set(by_cat) == {"killed", "attack"}
    killed = by_cat["killed"]
    assert (killed["claims"], killed["reports"], killed["independent_reports"]) == (3, 3, 2)
    flags = {m["doc_id"]: (m["independent"], m["duplicate_of"]) for m in killed["members"]}
    assert flags == {"orig": (True, None), "copy": (False, "orig"), "other": (True, None)}
    assert (by_cat["attack"]["reports"], by_cat["attack"]["independent_reports"]) == (2, 1)


def test_copy_that_lost_its_attribution_still_joins_the_original(tmp_path):
    story = (STORIES / "bridge_base.txt").read_text()
    first_paragraph_cut = story.split("\n\n", 1)[1]  # a truncated copy: the claimant's sentence is gone
    original = doc("orig", [("attack", None, governor(subject="a bridge"))], published="2024-03-04T10:00:00", text=story)
    other = doc("other", [("attack", None, governor(subject="a bridge"))], published="2024-03-04T11:00:00")
    copy = doc("copy", [("attack", None, governor(None, claimant_side=None, subject="a bridge"))],
               published="2024-03-05", text=first_paragraph_cut)
    store, _ = build(tmp_path, [original, other, copy])
    assert {d.id: d.duplicate_of for d in store.iter_documents()}["copy"] == "orig"
    (only,) = clusters(store)
    assert (only["reports"], only["independent_reports"]) == (3, 2)


DIFFERENT = {
    "far place": dict(place=ODESA),
    "other week": dict(date="2024-03-12"),
    "other subject": dict(subject="Ukrainian soldiers"),
    "running total": dict(scope="cumulative"),
    "denied": dict(modality="denied"),
    "other claimant": dict(claimant="Dmytro Kuleba"),
    "other value": dict(value=30),
}


@pytest.mark.parametrize("change", sorted(DIFFERENT))
def test_different_things_stay_apart(tmp_path, change):
    kw = governor("Ihor Terekhov")
    changed = {**kw, **DIFFERENT[change]}
    value = changed.pop("value", 12)
    store, _ = build(tmp_path, [doc("a", [("killed", 12, kw)]), doc("b", [("killed", value, changed)])])
    assert len(clusters(store)) == 2


def test_compatible_qualifiers_and_dates_merge(tmp_path):
    docs = [
        doc("a", [("killed", 900, governor(qualifier="more_than", date="2024-03-04"))]),
        doc("b", [("killed", 900, governor(date="2024-03-05"))]),  # a day later: time zones, "yesterday"
        doc("c", [("killed", 920, governor(qualifier="approx", date=None))], published="2024-03-06"),
    ]
    store, _ = build(tmp_path, docs)
    (only,) = clusters(store)
    assert only["reports"] == 3 and only["window_from"] == "2024-03-03" and only["window_to"] == "2024-03-06"


def test_adding_documents_recomputes_only_touched_clusters(tmp_path):
    docs = [doc(f"d{i}", [("attack", None, governor(place=Place(f"Village {i}", 48 + i * 0.3, 30.0), date=f"2024-03-{i + 1:02d}"))])
            for i in range(12)]
    store, first = build(tmp_path, docs)
    assert (first.documents, first.clusters) == (12, 12)
    later = doc("late", [("attack", None, governor(place=Place("Village 3", 48.9, 30.0), date="2024-03-04")),
                         ("wounded", 2, governor(place=ODESA))])
    store.save(later)
    result = update_clusters(store.engine)
    assert (result.documents, result.claims, result.clusters) == (1, 2, 2)
    assert len(clusters(store)) == 13
    again = update_clusters(store.engine)  # nothing changed: nothing recomputed
    assert (again.documents, again.clusters) == (0, 0)


def test_changed_and_deleted_documents_leave_their_clusters(tmp_path):
    store, _ = build(tmp_path, [doc("a", [("killed", 5, governor())]), doc("b", [("killed", 5, governor())])])
    (c,) = clusters(store)
    assert c["reports"] == 2
    store.save(doc("b", [("wounded", 7, governor())], text="The article was corrected by its outlet."))
    update_clusters(store.engine)
    by_cat = {c["category"]: c for c in clusters(store)}
    assert by_cat["killed"]["reports"] == 1 and by_cat["wounded"]["doc_id"] == "b"
    with sqlite3.connect(tmp_path / "c.db") as con:
        con.execute("PRAGMA foreign_keys=ON")
        con.execute("delete from documents where id = 'a'")
    update_clusters(store.engine)
    assert [c["category"] for c in clusters(store)] == ["wounded"]
    with Session(store.engine) as s:
        assert s.scalars(select(ClusterRow.state).where(ClusterRow.state != 0)).all() == []


def test_claims_without_place_or_dates_still_cluster(tmp_path):
    kw = dict(subject="tanks", item="tank", scope="cumulative")
    docs = [doc("a", [("materiel_lost", 173, kw)], published=None, url=""),
            doc("b", [("materiel_lost", 173, kw)], published=None)]
    store, _ = build(tmp_path, docs)
    (c,) = clusters(store)
    assert c["reports"] == 2 and c["outlets"] == ["b.example.com"] and c["first_seen"] is None
