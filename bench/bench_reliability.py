"""Reliability trials that print figures: kill -9 at ingest and at linking, concurrent runs
(disjoint, overlapping, same input, each on a fresh database), and permutations and splits of
one input; on SQLite and, with --postgres, on a PostgreSQL server.

    .venv/bin/python bench/bench_reliability.py [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/postgres]
        [--kill-trials 20] [--concurrent-trials 10] [--docs 60] [--permutation-docs 400]

Every trial compares the final database with one clean run over the same input (documents,
duplicates, claims, clusters, contradictions) and counts tracebacks and runs that failed.
The corpus and the comparison are the test suite's (tests/reliability_corpus.py).
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))


def _kill_trial(backend, folder, source, expected, phase, rng, stats):
    from backends import count, drop, new_database
    from reliability_corpus import sitrep, snapshot

    db = new_database(backend, folder, f"k{rng.random()}.db")
    try:
        proc = sitrep("run", source, "--db", db, "-q", "--workers", "1")
        target = rng.randint(1, stats["docs"] - 1)
        ready = {"ingest": lambda: count(db, "documents") >= target,
                 "link": lambda: count(db, "lsh_docs") > 0}[phase]
        delay = rng.uniform(0, 0.3) if phase == "link" else 0
        while proc.poll() is None:
            try:
                if ready():
                    break
            except Exception:
                pass
            time.sleep(0.01)
        time.sleep(delay)
        killed = proc.poll() is None
        if killed:
            proc.kill()
        proc.wait()
        again = sitrep("run", source, "--db", db, "-q", "--workers", "1")
        _out, err = again.communicate()
        key = f"kill {phase} {backend}"
        stats[key, "trials"] += 1
        stats[key, "killed while running"] += killed
        stats[key, "tracebacks"] += "Traceback" in err
        stats[key, "re-runs failed"] += again.returncode != 0
        stats[key, "equal to a clean run"] += snapshot(db) == expected
    finally:
        drop(db)


def _concurrent_trial(backend, folder, inputs, expected, kind, stats):
    from backends import drop, new_database
    from reliability_corpus import sitrep, snapshot

    db = new_database(backend, folder, f"c{time.monotonic_ns()}.db")
    try:
        procs = [sitrep("run", path, "--db", db, "-q", "--workers", "1") for path in inputs]
        errs = [p.communicate()[1] for p in procs]
        key = f"concurrent {kind} {backend}"
        stats[key, "trials"] += 1
        stats[key, "tracebacks"] += sum("Traceback" in e for e in errs)
        stats[key, "runs abandoned"] += sum(p.returncode != 0 for p in procs)
        stats[key, "equal to a clean run"] += snapshot(db) == expected
    finally:
        drop(db)


def _permutations(backend, folder, records, stats):
    from backends import drop, new_database
    from reliability_corpus import snapshot, write_jsonl
    from sitrep.runner import run_inputs

    def run(parts, name):
        db = new_database(backend, folder, f"{name}.db")
        for k, part in enumerate(parts):
            run_inputs([write_jsonl(folder / f"{name}-{k}.jsonl", part)], db, progress=False)
        snap = snapshot(db)
        drop(db)
        return snap

    expected = run([records], "base")
    rng = random.Random(400)
    trials = []
    for k in range(5):
        shuffled = records[:]
        rng.shuffle(shuffled)
        trials.append((f"p{k}", [shuffled]))
    half = len(records) // 2
    trials += [("split-halves-reversed", [records[half:][::-1], records[:half][::-1]]),
               ("split-four", [records[k::4] for k in range(4)])]
    for name, parts in trials:
        got = run(parts, name)
        key = f"order {backend}"
        stats[key, "trials"] += 1
        for table in expected:
            stats[key, f"{table} identical"] += got[table] == expected[table]
    stats[f"order {backend}", "documents"] = len(expected["documents"])
    stats[f"order {backend}", "clusters"] = len(expected["clusters"])
    stats[f"order {backend}", "contradictions"] = len(expected["contradictions"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--postgres", help="SQLAlchemy URL of a PostgreSQL server database to create test databases from")
    ap.add_argument("--kill-trials", type=int, default=20, help="kill -9 trials in all (split over phases and backends)")
    ap.add_argument("--concurrent-trials", type=int, default=10, help="trials of each kind on each backend")
    ap.add_argument("--docs", type=int, default=60, help="documents per kill or concurrent trial")
    ap.add_argument("--permutation-docs", type=int, default=400)
    ap.add_argument("--skip", nargs="*", default=[], choices=["kill", "concurrent", "order"])
    ap.add_argument("--backends", nargs="+", choices=["sqlite", "postgresql"],
                    help="default: SQLite, and PostgreSQL with --postgres")
    args = ap.parse_args()
    if args.postgres:
        os.environ["SITREP_TEST_POSTGRES"] = args.postgres
    backends = args.backends or ["sqlite"] + (["postgresql"] if args.postgres else [])
    from reliability_corpus import corpus, snapshot, write_jsonl
    from sitrep.runner import run_inputs
    from backends import drop, new_database

    stats: Counter = Counter(docs=args.docs)
    rng = random.Random(14)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        records = corpus(args.docs, seed=3)
        source = write_jsonl(folder / "all.jsonl", records)
        halves = {"disjoint": (records[: args.docs // 2], records[args.docs // 2 :]),
                  "overlapping": (records[: 2 * args.docs // 3], records[args.docs // 3 :]),
                  "same input": (records, records)}
        for backend in backends:
            clean = new_database(backend, folder, "clean.db")
            run_inputs([source], clean, progress=False)
            expected = snapshot(clean)
            drop(clean)
            t0 = time.monotonic()
            if "kill" not in args.skip:
                for i in range(args.kill_trials // len(backends)):
                    _kill_trial(backend, folder, source, expected, ("ingest", "link")[i % 2], rng, stats)
                _print(stats, "kill ")
            if "concurrent" not in args.skip:
                for kind, (a, b) in halves.items():
                    paths = [write_jsonl(folder / f"{kind}-{n}.jsonl", part) for n, part in zip("ab", (a, b))]
                    for _ in range(args.concurrent_trials):
                        _concurrent_trial(backend, folder, paths, expected, kind, stats)
                    _print(stats, f"concurrent {kind} {backend}")
            if "order" not in args.skip:
                _permutations(backend, folder, corpus(args.permutation_docs, seed=400), stats)
                _print(stats, f"order {backend}")
            print(f"{backend}: {time.monotonic() - t0:.0f}s", file=sys.stderr)


def _print(stats: Counter, prefix: str) -> None:
    """The figures of every group whose name starts with ``prefix``, printed at once."""
    groups: dict[str, dict[str, int]] = {}
    for key, value in stats.items():
        if isinstance(key, tuple):
            groups.setdefault(key[0], {})[key[1]] = value
    for name in sorted(groups):
        if name.startswith(prefix):
            print(f"{name:32s} " + ", ".join(f"{k} {v}" for k, v in groups[name].items()), flush=True)


if __name__ == "__main__":
    main()
