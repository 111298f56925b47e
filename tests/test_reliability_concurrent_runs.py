"""Two `sitrep run` processes at once on one new database, on SQLite and PostgreSQL: with
disjoint inputs, overlapping inputs and the same input, both finish (no traceback, nothing
abandoned) and the database equals one clean run over all the input."""
from __future__ import annotations

import pytest

from backends import drop, new_database
from reliability_corpus import corpus, sitrep, snapshot, write_jsonl
from sitrep.runner import run_inputs

N = 60
SPLITS = {
    "disjoint": (slice(0, 30), slice(30, 60)),
    "overlapping": (slice(0, 40), slice(20, 60)),
    "same input": (slice(0, 60), slice(0, 60)),
}


@pytest.fixture(scope="module")
def records():
    return corpus(N, seed=21)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
@pytest.mark.parametrize("kind", sorted(SPLITS))
def test_two_concurrent_runs_equal_one_clean_run(tmp_path, records, backend, kind):
    a, b = (write_jsonl(tmp_path / f"{name}.jsonl", records[part]) for name, part in zip("ab", SPLITS[kind]))
    clean, shared = new_database(backend, tmp_path, "clean.db"), new_database(backend, tmp_path, "shared.db")
    try:
        run_inputs([write_jsonl(tmp_path / "all.jsonl", records)], clean, progress=False)
        procs = [sitrep("run", path, "--db", shared, "-q", "--workers", "1") for path in (a, b)]
        for p in procs:
            _out, err = p.communicate(timeout=300)
            assert p.returncode == 0, err
            assert "Traceback" not in err and "error" not in err.lower(), err
        assert snapshot(shared) == snapshot(clean)
    finally:
        drop(clean)
        drop(shared)
