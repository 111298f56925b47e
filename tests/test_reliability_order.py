"""Same answer whatever the input order: duplicates' canonical document and claim clusters
do not depend on the order documents were stored in, and an undated claim cannot chain two
clusters that are months apart."""
from __future__ import annotations

import itertools

from sitrep.link.tables import iter_clusters
from sitrep.store.schema import DocumentRow
from test_link_clusters import KHARKIV, build, doc, governor

SHARED = ("Shelling hit the northern district of the city overnight, damaging a school, two "
          "apartment blocks and a power line, the regional governor said on Tuesday morning, adding "
          "that rescue crews worked until dawn to clear the rubble and restore electricity to homes.")


def documents():
    same_day = "2024-03-05T09:00:00"
    return [
        doc("copy-b", [("killed", 3, governor())], published=same_day, text=SHARED + " Copy b."),
        doc("copy-a", [("killed", 3, governor())], published=same_day, text=SHARED + " Copy a."),
        doc("copy-c", [("killed", 3, governor())], published=same_day, text=SHARED + " Copy c."),
        doc("other-1", [("killed", 3, governor("Ukrainian officials"))], published=same_day),
        doc("other-2", [("killed", 3, governor("Ukrainian officials"))], published=same_day),
    ]


def snapshot(store):
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    with Session(store.engine) as s:
        dups = sorted(s.execute(select(DocumentRow.id, DocumentRow.duplicate_of)).all())
    clusters = sorted((c["cluster_id"], tuple(sorted(m["doc_id"] for m in c["members"])))
                      for c in iter_clusters(store.engine))
    return dups, clusters


def test_canonical_document_and_clusters_do_not_depend_on_input_order(tmp_path):
    results = set()
    for n, order in enumerate(itertools.permutations(range(5))):
        if n % 17:  # a spread of 8 of the 120 orders
            continue
        docs = documents()
        store, _ = build(tmp_path, [docs[i] for i in order], name=f"o{n}.db")
        results.add(repr(snapshot(store)))
        store.engine.dispose()
    assert len(results) == 1, results
    dups, _ = eval(results.pop())
    assert dict(dups)["copy-b"] == "copy-a" and dict(dups)["copy-a"] is None


def test_an_undated_claim_does_not_chain_clusters_months_apart(tmp_path):
    spring = doc("spring", [("killed", 4, governor(date="2023-05-10"))], published="2023-05-10")
    autumn = doc("autumn", [("killed", 4, governor(date="2022-09-12"))], published="2022-09-12")
    undated = doc("undated", [("killed", 4, governor(date=None))], published=None)
    for order in ([autumn, undated, spring], [spring, undated, autumn], [undated, autumn, spring]):
        store, _ = build(tmp_path, order, name=f"{order[0].id}.db")
        groups = [sorted(m["doc_id"] for m in c["members"]) for c in iter_clusters(store.engine)]
        assert ["autumn", "spring"] not in groups and ["autumn", "spring", "undated"] not in groups, groups
        store.engine.dispose()


def test_clusters_do_not_depend_on_how_the_input_was_split_into_runs(tmp_path):
    from sitrep.link import link_pending, update_clusters
    from sitrep.store import Store

    spring = doc("spring", [("killed", 4, governor(date="2023-05-10"))], published="2023-05-10")
    autumn = doc("autumn", [("killed", 4, governor(date="2022-09-12"))], published="2022-09-12")
    undated = doc("undated", [("killed", 4, governor(date=None))], published=None)
    docs = documents() + [spring, autumn, undated]
    whole, _ = build(tmp_path, docs, name="whole.db")
    expected = snapshot(whole)
    whole.engine.dispose()
    for n, runs in enumerate([[docs[5:], docs[:5]], [[d] for d in reversed(docs)], [docs[::2], docs[1::2]]]):
        store = Store(str(tmp_path / f"split{n}.db"))
        for part in runs:  # each part is one run: store, then link what it added
            for d in part:
                store.save(d)
            link_pending(store.engine)
            update_clusters(store.engine)
        assert snapshot(store) == expected, n
        store.engine.dispose()


def test_the_readme_examples_read_in_reverse_give_the_same_database(tmp_path):
    from pathlib import Path

    from reliability_corpus import snapshot
    from sitrep.runner import run_inputs

    examples = Path(__file__).resolve().parents[1] / "examples"
    inputs = sorted(p for p in examples.iterdir() if p.suffix not in (".md", ".py"))
    backwards = []
    for p in reversed(inputs):
        if p.suffix == ".jsonl":  # its lines in reverse too
            copy = tmp_path / p.name
            copy.write_text("".join(reversed(p.read_text().splitlines(keepends=True))))
            p = copy
        backwards.append(str(p))
    run_inputs([str(p) for p in inputs], str(tmp_path / "forward.db"), progress=False)
    run_inputs(backwards, str(tmp_path / "backward.db"), progress=False)
    forward = snapshot(str(tmp_path / "forward.db"))
    assert forward["clusters"] and forward == snapshot(str(tmp_path / "backward.db"))
