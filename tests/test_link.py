"""Near-duplicate documents: syndicated variants are linked, distinct stories are not."""
from pathlib import Path

from sitrep.link import is_duplicate, link_pending, signature
from sitrep.link.variants import variants
from sitrep.records import Document
from sitrep.store import Store

FIX = Path(__file__).parent / "fixtures" / "link"


def story(name):
    return (FIX / f"{name}.txt").read_text()


def test_variants_match_and_distinct_stories_do_not():
    base = story("port_strike")
    sig = signature(base)
    for kind, text in variants(base, seed=3).items():
        assert is_duplicate(sig, signature(text)), kind
    assert not is_duplicate(sig, signature(story("port_followup")))  # same topic, other article
    assert not is_duplicate(sig, signature(story("rail_hub")))


def test_store_links_copies_to_earliest_published(tmp_path):
    base = story("port_strike")
    v = variants(base, seed=1)
    docs = [
        Document(id="late-copy", text=v["other_boilerplate"], raw_text=v["other_boilerplate"], published="2024-05-03"),
        Document(id="original", text=base, raw_text=base, published="2024-05-01T06:00:00"),
        Document(id="truncated", text=v["truncated"], raw_text=v["truncated"]),
        Document(id="followup", text=story("port_followup"), raw_text=story("port_followup"), published="2024-05-02"),
    ]
    with Store(str(tmp_path / "x.db")) as store:
        for d in docs[:2]:
            store.save(d)
        link_pending(store.engine)
        for d in docs[2:]:  # added later: linked incrementally
            store.save(d)
        link_pending(store.engine)
        got = {r.id: (r.duplicate_of, r.similarity) for r in store.iter_documents()}
    assert got["original"] == (None, None)
    assert got["late-copy"][0] == "original" and got["late-copy"][1] >= 0.5
    assert got["truncated"][0] == "original" and got["truncated"][1] >= 0.8
    assert got["followup"] == (None, None)


def test_empty_and_tiny_texts_never_link(tmp_path):
    with Store(str(tmp_path / "x.db")) as store:
        store.save(Document(id="e1", text="", raw_text=""))
        store.save(Document(id="e2", text="", raw_text=" "))
        store.save(Document(id="t1", text="Shelling overnight.", raw_text="a"))
        store.save(Document(id="t2", text="Calm overnight.", raw_text="b"))
        assert link_pending(store.engine) == 0
        assert all(r.duplicate_of is None for r in store.iter_documents())
