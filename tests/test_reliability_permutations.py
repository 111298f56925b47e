"""Same answer whatever the order: five random permutations and two splits into runs of one
generated input give the same documents, duplicates, claims, clusters and contradictions as
the input in its own order, on SQLite and on PostgreSQL."""
from __future__ import annotations

import random

import pytest

from backends import drop, new_database
from reliability_corpus import corpus, snapshot, write_jsonl
from sitrep.runner import run_inputs

N = 60


@pytest.fixture(scope="module")
def records():
    return corpus(N)


def _run(parts, db, folder):
    for k, part in enumerate(parts):
        summary = run_inputs([write_jsonl(folder / f"part{k}.jsonl", part)], db, progress=False)
        assert summary.counts["failures"] == 0


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_permutations_and_splits_of_the_input_give_identical_databases(tmp_path, records, backend):
    expected_db = new_database(backend, tmp_path, "in-order.db")
    dbs = [expected_db]
    try:
        _run([records], expected_db, tmp_path)
        expected = snapshot(expected_db)
        assert expected["clusters"] and expected["contradictions"]
        assert any(d[1] for d in expected["documents"]), "the corpus has syndicated copies"
        rng = random.Random(2026)
        trials = []
        for k in range(5):
            shuffled = records[:]
            rng.shuffle(shuffled)
            trials.append((f"permutation {k}", [shuffled]))
        trials.append(("reversed, in three runs", [records[::-1][:20], records[::-1][20:45], records[::-1][45:]]))
        trials.append(("odd then even lines", [records[1::2], records[0::2]]))
        for k, (name, parts) in enumerate(trials):
            db = new_database(backend, tmp_path, f"trial{k}.db")
            dbs.append(db)
            folder = tmp_path / f"t{k}"
            folder.mkdir()
            _run(parts, db, folder)
            got = snapshot(db)
            for table in expected:
                assert got[table] == expected[table], f"{name}: {table} differ"
    finally:
        for db in dbs:
            drop(db)


def test_linking_in_passes_during_the_run_gives_the_same_database(tmp_path, records, monkeypatch):
    import sitrep.runner as runner_mod
    from backends import rows

    once = str(tmp_path / "once.db")
    _run([records], once, tmp_path)
    monkeypatch.setattr(runner_mod, "LINK_EVERY", 7)
    passes = str(tmp_path / "passes.db")
    calls = []
    real = runner_mod.link_stored
    monkeypatch.setattr(runner_mod, "link_stored",
                        lambda store, *a, **k: (calls.append(count_linked(passes)), real(store, *a, **k)))

    def count_linked(db):
        return rows(db, "select count(*) from linked_docs")[0][0]

    _run([records], passes, tmp_path)
    assert len(calls) == N // 7 + 1 and calls[1] == 7  # the first pass linked 7 documents mid-run
    assert snapshot(passes) == snapshot(once)


def test_sqlite_and_postgresql_give_the_same_database(tmp_path, records):
    pg = new_database("postgresql", tmp_path)
    try:
        lite = str(tmp_path / "lite.db")
        _run([records], lite, tmp_path)
        _run([records], pg, tmp_path)
        assert snapshot(pg) == snapshot(lite)
    finally:
        drop(pg)
