"""The map and timeline filter claims in memory (numpy); the list filters them in SQL. Both
must keep exactly the same claims for every filter."""
from __future__ import annotations

import random

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from sitrep.records import Claim, Document, Evidence, Place
from sitrep.serve import queries
from sitrep.serve.columns import Columns
from sitrep.serve.params import Filters, Near
from sitrep.serve.queries import unicode_case
from sitrep.store import Store
from sitrep.store.schema import ClaimRow

NAMES = ["Izium", "izium", "Kupiansk", "Lyman", None, "Ğazze", "Mariupol"]
CLAIMANTS = [None, "Governor", "the GOVERNOR of Kharkiv", "Ministry", "Ğazze officials"]


def random_documents(n_docs: int, seed: int = 3) -> list[Document]:
    rnd = random.Random(seed)
    docs = []
    for d in range(n_docs):
        text = f"Story {d}: the Governor said 5 people died in town {d % 7}. 100% of the 10_000 homes were hit."
        doc = Document(id=f"d{d}", source="gen", raw_text=text, text=text, url=rnd.choice([None, f"https://www.out{d % 4}.example/{d}"]))
        for k in range(5):
            name = rnd.choice(NAMES)
            has_xy = name is not None and rnd.random() < 0.9
            place = Place(name, 48 + rnd.uniform(-2, 2), 37 + rnd.uniform(-2, 2), "UA", rnd.choice([None, 700000 + k]),
                          rnd.choice(["settlement", "region", "country", None])) if has_xy else (Place(name, None, None) if name else None)
            date = rnd.choice([None, "2024", "2024-03", f"2024-03-{rnd.randint(1, 28):02d}", f"2023-12-{rnd.randint(1, 28):02d}"])
            doc.claims.append(Claim(
                claim_id=f"d{d}-{k}", doc_id=doc.id, category=rnd.choice(["killed", "attack", "wounded", "materiel_lost"]),
                evidence=Evidence(text, 0, len(text)), value=rnd.choice([None, 3, 50, 1000.5]),
                claimant=rnd.choice(CLAIMANTS),
                claimant_side=rnd.choice([None, "ukraine", "russia", "other"]), place=place, date=date))
        docs.append(doc)
    return docs


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = Store(str(tmp_path_factory.mktemp("columns") / "c.db"))
    unicode_case(st.engine)  # as create_app does
    for doc in random_documents(60):
        st.save(doc)
    return st


FILTERS = [
    Filters(), Filters(since="2024-03-01"), Filters(until="2024-03-10"), Filters(since="2023-12-05", until="2024-03-03"),
    Filters(categories=("killed", "attack")), Filters(sides=("russia",)), Filters(claimant="governor"),
    Filters(claimant="GOVERNOR of"), Filters(q="100%"), Filters(q="10_000"), Filters(q="town 3"),
    Filters(place="IZIUM"), Filters(place="izium", place_id=700002), Filters(place="ğazze"), Filters(claimant="ğ"), Filters(q="STORY 1"),
    Filters(near=Near("x", 48.0, 37.0, 60.0)), Filters(bbox=(36.0, 47.0, 37.5, 49.0)), Filters(bbox=(179.0, -90.0, -179.0, 90.0)),
    Filters(outlet="out2"), Filters(categories=("killed",), sides=("ukraine", "other"), since="2024-01-01", claimant="gov"),
]


@pytest.mark.parametrize("f", FILTERS, ids=[repr(f.echo()) for f in FILTERS])
def test_memory_and_sql_filters_keep_the_same_claims(store, f):
    snap = Columns(store.engine).current()
    kept = set(snap.claim_id[snap.mask(f)])
    with Session(store.engine) as s:
        expected = set(s.scalars(select(ClaimRow.claim_id).where(*queries.claim_conditions(f))))
    assert kept == expected


@pytest.mark.parametrize("f", FILTERS, ids=[repr(f.echo()) for f in FILTERS])
def test_a_page_of_the_list_is_the_sql_order(store, f):
    snap = Columns(store.engine).current()
    with Session(store.engine) as s:
        expected = list(s.scalars(select(ClaimRow.claim_id).where(*queries.claim_conditions(f))
                                  .order_by(ClaimRow.date.desc(), ClaimRow.claim_id)))
    total, first = snap.page(f, 7, 0)
    assert total == len(expected) and first == expected[:7]
    assert snap.page(f, 7, 7)[1] == expected[7:14]


@pytest.mark.parametrize("f", FILTERS[:8], ids=[repr(f.echo()) for f in FILTERS[:8]])
def test_map_and_timeline_count_every_kept_claim_once(store, f):
    snap = Columns(store.engine).current()
    with Session(store.engine) as s:
        rows = s.execute(select(ClaimRow.place_lat, ClaimRow.date).where(*queries.claim_conditions(f))).all()
    cells, unplaced = snap.map_cells(f, 6)
    assert sum(c["count"] for c in cells) == sum(1 for lat, _ in rows if lat is not None)
    assert unplaced == sum(1 for lat, _ in rows if lat is None)
    undated = snap.timeline(Filters(**{**f.__dict__, "since": None, "until": None}))
    with Session(store.engine) as s:
        all_dates = s.scalars(select(ClaimRow.date).where(*queries.claim_conditions(f, dates=False))).all()
    assert sum(sum(d["counts"].values()) for d in undated["days"]) == sum(1 for d in all_dates if d and len(d) == 10)
    assert undated["not_by_day"] == sum(1 for d in all_dates if not d or len(d) != 10)


def test_columns_are_read_again_when_the_database_changes(store, tmp_path):
    st = Store(str(tmp_path / "one.db"))
    st.save(random_documents(1)[0])
    cols = Columns(st.engine, ttl=0)
    before = cols.current()
    assert cols.current() is before
    st.save(random_documents(2)[1])
    assert len(cols.current().claim_id) == len(before.claim_id) + 5
