"""`sitrep spark` beside `sitrep run` on one generated corpus: documents per second, CPU
seconds per document (every process: the Python driver, the JVM, the Python workers), peak
memory per process, and local[2]'s time as a share of local[1]'s for the same job.

    .venv/bin/python bench/bench_spark.py [--docs 20000] [--masters 'local[1]' 'local[2]'] [--run-workers 1 2]
        [--check] [--load-into sqlite postgresql+psycopg://USER@HOST/postgres]

``--check`` compares every table the last job wrote with `sitrep export` of the first run's
database; ``--load-into`` times `sitrep load` of the last job's output into a fresh SQLite file
or a fresh database on a PostgreSQL server.

The corpus is bench_run.py's (seeded, about 3.5 KB a document, one in ten a syndicated copy).
Each setting runs in a fresh process: `sitrep run` on a fresh SQLite file (bench_run.py's
driver), `sitrep spark` into a fresh folder. CPU time and peak memory of child processes are
sampled from /proc every half second (so a process that lives less than that is missed).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from bench_run import DRIVER as RUN_DRIVER, SAMPLER, write_corpus  # noqa: E402

SPARK_DRIVER = r"""
import json, os, resource, sys, threading, time
"""+SAMPLER+r"""from sitrep.spark.job import run_job
t0 = time.monotonic()
summary = run_job([sys.argv[1]], sys.argv[2], master=sys.argv[3])
wall = time.monotonic() - t0
stop.set()
me = resource.getrusage(resource.RUSAGE_SELF)
java = [h for _, h, name in seen.values() if name == "java"]
workers = [h for _, h, name in seen.values() if name.startswith("python")]  # not the JVM's short shell commands
cpu_of = lambda pick: sum(c for c, _, name in seen.values() if pick(name))
print(json.dumps({"wall": wall, "cpu": me.ru_utime + me.ru_stime + sum(c for c, _, _ in seen.values()),
                  "cpu_driver": me.ru_utime + me.ru_stime, "cpu_jvm": cpu_of(lambda n: n == "java"),
                  "cpu_workers": cpu_of(lambda n: n.startswith("python")),
                  "rss_main": me.ru_maxrss / 1024, "rss_jvm": max(java, default=0) / 1024,
                  "rss_worker": max(workers, default=0) / 1024, "workers": len(workers),
                  "counts": dict(summary.counts)}))
"""


def _last_json(out: str) -> dict:
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    ap.add_argument("--run-workers", type=int, nargs="*", default=[1, 2], help="`sitrep run --workers N` settings (none: skip)")
    ap.add_argument("--check", action="store_true", help="compare the last job's tables with the first run's database")
    ap.add_argument("--load-into", nargs="*", default=[], metavar="DB", help="sqlite, or a PostgreSQL server URL")
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    print(f"load average at start: {os.getloadavg()[0]:.2f} (on {os.cpu_count()} cores)")
    with tempfile.TemporaryDirectory() as tmp:
        path = write_corpus(Path(tmp) / "corpus.jsonl", args.docs)
        for workers in args.run_workers:
            r = _last_json(subprocess.run([sys.executable, "-c", RUN_DRIVER, str(path), str(Path(tmp) / f"w{workers}.db"),
                                           str(workers)], env=env, capture_output=True, text=True, check=True).stdout)
            n = r["counts"].get("documents read", 0)
            print(f"sitrep run --workers {workers}: {n / r['wall']:.1f} docs/s, {r['cpu'] / n * 1000:.1f} ms CPU/doc, "
                  f"wall {r['wall']:.0f}s, linking {100 * r['link'] / r['wall']:.1f}% of wall, peak RSS main "
                  f"{r['rss_main']:.0f} MiB, largest worker {r['rss_child']:.0f} MiB; load average {os.getloadavg()[0]:.2f}")
        walls = {}
        for master in args.masters:
            out = Path(tmp) / f"out-{master.strip('local[]')}"
            done = subprocess.run([sys.executable, "-c", SPARK_DRIVER, str(path), str(out), master], env=env,
                                  capture_output=True, text=True)
            if done.returncode:
                sys.exit(f"sitrep spark --master {master} failed:\n{done.stderr[-3000:]}")
            r = _last_json(done.stdout)
            n = r["counts"].get("documents read", 0)
            walls[master] = r["wall"]
            print(f"sitrep spark --master {master}: {n / r['wall']:.1f} docs/s, {r['cpu'] / n * 1000:.1f} ms CPU/doc "
                  f"(driver {r['cpu_driver'] / n * 1000:.1f}, JVM {r['cpu_jvm'] / n * 1000:.1f}, Python workers "
                  f"{r['cpu_workers'] / n * 1000:.1f}), wall {r['wall']:.0f}s, peak RSS driver {r['rss_main']:.0f} MiB, JVM "
                  f"{r['rss_jvm']:.0f} MiB, largest of {r['workers']} Python workers {r['rss_worker']:.0f} MiB; "
                  f"load average {os.getloadavg()[0]:.2f}")
            print(f"  counts: {json.dumps(r['counts'])}")
        if "local[1]" in walls and "local[2]" in walls:
            print(f"local[2] time / local[1] time: {walls['local[2]'] / walls['local[1]']:.2f}x (bar: at most 0.65x)")
        last = Path(tmp) / f"out-{args.masters[-1].strip('local[]')}"
        if args.check and args.run_workers:
            check(Path(tmp) / f"w{args.run_workers[0]}.db", last, Path(tmp))
        for target in args.load_into:
            timed_load(last, target, Path(tmp), env)


def check(db: Path, out: Path, tmp: Path) -> None:
    """Print, per table, whether the job wrote what `sitrep export` writes from the run's database."""
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    from sitrep.export import export
    from sitrep.store import Store

    keys = {"documents": "id", "claims": "claim_id", "clusters": "cluster_id", "contradictions": "contradiction_id"}
    for table, key in keys.items():
        with Store(str(db)) as store:
            export(store, table, "parquet", str(tmp / f"{table}.parquet"))
        want = pq.read_table(tmp / f"{table}.parquet").to_pylist()
        cols = list(want[0]) if want else []
        got = [{c: r[c] for c in cols} for r in ds.dataset(out / table, format="parquet", partitioning="hive").to_table().to_pylist()]
        a, b = {r[key]: r for r in want}, {r[key]: r for r in got}
        differ = sum(1 for k in a.keys() & b.keys() if a[k] != b[k])
        print(f"check {table}: run {len(a)}, spark {len(b)}, only in run {len(a.keys() - b.keys())}, only in spark "
              f"{len(b.keys() - a.keys())}, different {differ}" + ("  (identical)" if a == b else ""))


def timed_load(out: Path, target: str, tmp: Path, env: dict) -> None:
    import time

    if target == "sqlite":
        db, drop = str(tmp / "loaded.db"), None
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
        os.environ["SITREP_TEST_POSTGRES"] = target
        from backends import create_database, drop_database

        db, drop = create_database("sitrep_bench_load"), drop_database
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "sitrep.cli", "load", str(out), "--db", db], env=env,
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"sitrep load {out} --db {target}: {done.stderr.strip()[-2000:]}")
    wall = time.monotonic() - started
    from sitrep.store import Store

    with Store(db) as store:
        n = store.counts()["documents"]
    print(f"sitrep load into {'SQLite' if drop is None else 'PostgreSQL'}: {n} documents in {wall:.1f}s = "
          f"{n / wall:.0f} docs/s (load average {os.getloadavg()[0]:.2f})")
    if drop is not None:
        drop(db)


if __name__ == "__main__":
    main()
