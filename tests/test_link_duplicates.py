"""Syndicated copies of stories written for these tests are linked to their original through
the store; distinct articles on the same topics are not."""
from pathlib import Path

import pytest

from sitrep.link import link_pending
from sitrep.link.variants import variants
from sitrep.records import Document
from sitrep.store import Store

STORIES = Path(__file__).parent / "fixtures" / "link" / "stories"
TOPICS = sorted(p.stem.removesuffix("_base") for p in STORIES.glob("*_base.txt"))


def text(name: str) -> str:
    return (STORIES / f"{name}.txt").read_text()


def test_there_are_several_topics_each_with_a_distinct_article():
    assert len(TOPICS) >= 5
    assert all((STORIES / f"{t}_other.txt").exists() for t in TOPICS)


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    """All originals, their variants and the distinct articles, stored in two batches."""
    docs = []
    for n, topic in enumerate(TOPICS):
        base = text(f"{topic}_base")
        docs.append(Document(id=f"{topic}", text=base, raw_text=base, published=f"2024-06-{n + 1:02d}T08:00:00"))
        for kind, copy in variants(base, seed=n).items():
            docs.append(Document(id=f"{topic}~{kind}", text=copy, raw_text=copy, published=f"2024-06-{n + 2:02d}",
                                 url=f"https://copy{n}.example.net/{kind}"))
        other = text(f"{topic}_other")
        docs.append(Document(id=f"{topic}~other", text=other, raw_text=other, published=f"2024-06-{n + 1:02d}"))
    path = tmp_path_factory.mktemp("dup") / "d.db"
    with Store(str(path)) as store:
        half = len(docs) // 2
        for d in docs[:half]:
            store.save(d)
        link_pending(store.engine)
        for d in docs[half:]:  # the second batch is linked incrementally against the first
            store.save(d)
        link_pending(store.engine)
        return {r.id: (r.duplicate_of, r.similarity) for r in store.iter_documents()}


@pytest.mark.parametrize("topic", TOPICS)
def test_every_variant_points_to_its_original(linked, topic):
    assert linked[topic] == (None, None)
    for kind in ("other_boilerplate", "truncated", "light_edits", "combined"):
        canonical, sim = linked[f"{topic}~{kind}"]
        assert canonical == topic, kind
        assert 0.5 <= sim <= 1.0


@pytest.mark.parametrize("topic", TOPICS)
def test_same_topic_article_is_not_a_duplicate(linked, topic):
    assert linked[f"{topic}~other"] == (None, None)
    assert all(dup != f"{topic}~other" for dup, _ in linked.values())


def test_a_copy_whose_text_changes_leaves_the_group_and_reindexing_is_harmless(db_url):
    base = text(f"{TOPICS[0]}_base")
    other = text(f"{TOPICS[0]}_other")
    copy = next(iter(variants(base, seed=1).values()))
    with Store(db_url) as store:
        store.save(Document(id="orig", text=base, raw_text=base, published="2024-06-01"))
        store.save(Document(id="copy", text=copy, raw_text=copy, published="2024-06-02"))
        assert link_pending(store.engine) == 1  # one copy (indexed in one batch with its original)
        assert {d.id: d.duplicate_of for d in store.iter_documents()} == {"orig": None, "copy": "orig"}
        store.save(Document(id="copy", text=other, raw_text=other, published="2024-06-02"))
        link_pending(store.engine)
        assert {d.id: d.duplicate_of for d in store.iter_documents()} == {"orig": None, "copy": None}
        store.save(Document(id="copy", text=copy, raw_text=copy + " ", published="2024-06-02"))
        link_pending(store.engine)  # its first text's bands are still indexed: added again, no clash
        assert {d.id: d.duplicate_of for d in store.iter_documents()} == {"orig": None, "copy": "orig"}


def _state(doc: Document) -> str:
    from sitrep.store import PIPELINE_VERSION

    return f"{doc.input_hash}:{PIPELINE_VERSION}"


def test_signatures_made_beside_cleaning_link_the_same_groups_as_the_stored_texts(tmp_path):
    from sitrep.link.minhash import signature

    docs = []
    for n, topic in enumerate(TOPICS[:3]):
        base = text(f"{topic}_base")
        docs.append(Document(id=topic, text=base, raw_text=base, published=f"2024-06-{n + 1:02d}"))
        for kind, copy in variants(base, seed=n).items():
            docs.append(Document(id=f"{topic}~{kind}", text=copy, raw_text=copy, published=f"2024-06-{n + 2:02d}"))
    groups = []
    for name, known in (("read.db", None), ("known.db", {d.id: (_state(d), signature(d.text)) for d in docs})):
        with Store(str(tmp_path / name)) as store:
            for d in docs:
                store.save(d)
            link_pending(store.engine, known)
            groups.append({r.id: (r.duplicate_of, r.similarity) for r in store.iter_documents()})
    assert groups[0] == groups[1]
    assert sum(dup is not None for dup, _ in groups[0].values()) >= 3 * 4


def test_a_signature_of_a_text_since_replaced_is_not_used(tmp_path):
    from sitrep.link.minhash import signature

    base, other = text(f"{TOPICS[0]}_base"), text(f"{TOPICS[0]}_other")
    copy = next(iter(variants(base, seed=1).values()))
    signed = Document(id="copy", text=copy, raw_text=copy, published="2024-06-02")
    known = {"copy": (_state(signed), signature(copy))}
    with Store(str(tmp_path / "d.db")) as store:
        store.save(Document(id="orig", text=base, raw_text=base, published="2024-06-01"))
        store.save(signed)
        # another run replaced the document with another text before this one linked it
        store.save(Document(id="copy", text=other, raw_text=other, published="2024-06-02"))
        link_pending(store.engine, known)
        assert {d.id: d.duplicate_of for d in store.iter_documents()} == {"orig": None, "copy": None}


def test_the_groups_do_not_depend_on_the_batches_documents_are_linked_in(tmp_path):
    """A run's pass links its documents in one batch (duplicates.BATCH); in batches of any
    size the groups and similarities are the same."""
    from sitrep.link.duplicates import link_documents, pending

    docs = []
    for n, topic in enumerate(TOPICS):
        base = text(f"{topic}_base")
        docs.append(Document(id=topic, text=base, raw_text=base, published=f"2024-06-{n + 2:02d}"))
        for k, (kind, copy) in enumerate(sorted(variants(base, seed=n).items())):
            # some copies published before the original: groups merge as batches arrive
            docs.append(Document(id=f"{topic}~{kind}", text=copy, raw_text=copy, published=f"2024-06-{n + k % 3 + 1:02d}"))
        other = text(f"{topic}_other")
        docs.append(Document(id=f"{topic}~other", text=other, raw_text=other, published=f"2024-06-{n + 1:02d}"))
    groups = []
    for batch in (1, 3, 7, len(docs)):
        with Store(str(tmp_path / f"b{batch}.db")) as store:
            for d in docs:
                store.save(d)
            link_documents(store.engine, pending(store.engine), batch=batch)
            groups.append({r.id: (r.duplicate_of, r.similarity) for r in store.iter_documents()})
    assert all(g == groups[0] for g in groups)
    assert sum(dup is not None for dup, _ in groups[0].values()) >= len(TOPICS) * 4
