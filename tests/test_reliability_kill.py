"""kill -9 during a run, at ingest and at linking, on SQLite and PostgreSQL: running the same
input again leaves exactly what one clean run leaves, with no traceback."""
from __future__ import annotations

import json
import os
import signal
import time

import pytest

from backends import count, drop, new_database, rows
from reliability_corpus import corpus, sitrep, snapshot, write_jsonl
from sitrep.runner import run_inputs

N = 60


@pytest.fixture(scope="module")
def records():
    return corpus(N, seed=9)


def _kill_when(proc, ready, timeout=120.0) -> bool:
    """Kill the process with SIGKILL as soon as ``ready()`` holds; True if it was still running."""
    end = time.monotonic() + timeout
    while time.monotonic() < end and proc.poll() is None:
        try:
            if ready():
                break
        except Exception:  # tables not created yet
            pass
        time.sleep(0.01)
    alive = proc.poll() is None
    if alive:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return alive


PHASES = {
    "ingest": lambda db: count(db, "documents") >= N // 3,
    "link": lambda db: count(db, "lsh_docs") > 0,  # duplicates linked, clusters under way
}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
@pytest.mark.parametrize("phase", sorted(PHASES))
def test_rerun_after_kill_9_equals_a_clean_run(tmp_path, records, backend, phase):
    source = write_jsonl(tmp_path / "in.jsonl", records)
    clean, killed = new_database(backend, tmp_path, "clean.db"), new_database(backend, tmp_path, "killed.db")
    try:
        run_inputs([source], clean, progress=False)
        proc = sitrep("run", source, "--db", killed, "-q", "--workers", "1")
        assert _kill_when(proc, lambda: PHASES[phase](killed)), "the run ended before it could be killed"
        again = sitrep("run", source, "--db", killed, "-q", "--workers", "1")
        out, err = again.communicate(timeout=300)
        assert again.returncode == 0, err
        assert "Traceback" not in err
        assert snapshot(killed) == snapshot(clean)
        runs = [json.loads(c) if isinstance(c, str) else c for (c,) in rows(killed, "select counts from runs order by id")]
        assert [r["status"] for r in runs] == ["interrupted", "finished"]
    finally:
        drop(clean)
        drop(killed)
