"""PostgreSQL at volume: store and link N generated documents on a PostgreSQL server, as
`sitrep run` does (each document stored in its own transaction, linked every LINK_EVERY
documents), and print the time of each part, the database size and a few read timings.

    .venv/bin/python bench/bench_pg.py --db-url postgresql+psycopg://USER@HOST:PORT/postgres [--docs 100000]

The documents and claims are bench_link.py's (generated text, one in ten a syndicated copy of
an earlier one; five claims each, half of them repeating an earlier figure), so extraction is
not involved. The script makes a fresh database on the server and drops it at the end (unless
--keep). The server's URL may also come from SITREP_TEST_POSTGRES, as for the tests.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bench_link import Generator  # noqa: E402

from sitrep.link import link_pending, update_clusters  # noqa: E402
from sitrep.runner import LINK_EVERY  # noqa: E402
from sitrep.store import Store  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--db-url", default=os.environ.get("SITREP_TEST_POSTGRES"),
                    help="a PostgreSQL server URL (a database there to create databases from)")
    ap.add_argument("--report-every", type=int, default=10_000)
    ap.add_argument("--keep", action="store_true", help="keep the database (its URL is printed)")
    args = ap.parse_args(argv)
    if not args.db_url or not args.db_url.startswith("postgresql"):
        ap.error("--db-url postgresql+psycopg://USER@HOST:PORT/DB is required (or SITREP_TEST_POSTGRES)")
    os.environ["SITREP_TEST_POSTGRES"] = args.db_url
    from backends import create_database, drop_database
    from sqlalchemy import func, select, text

    from sitrep.store.schema import ClaimRow, ClusterRow, ContradictionRow

    db = create_database("sitrep_bench")
    gen = Generator()
    spent = {"store": 0.0, "duplicates": 0.0, "clusters": 0.0}
    t_start, contradictions = time.perf_counter(), 0
    try:
        with Store(db) as store:
            for i in range(1, args.docs + 1):
                t = time.perf_counter()
                store.save(gen.document())
                spent["store"] += time.perf_counter() - t
                if i % LINK_EVERY == 0 or i == args.docs:
                    t = time.perf_counter()
                    link_pending(store.engine)
                    t1 = time.perf_counter()
                    contradictions = update_clusters(store.engine).contradictions
                    spent["duplicates"] += t1 - t
                    spent["clusters"] += time.perf_counter() - t1
                if i % args.report_every == 0 or i == args.docs:
                    wall = time.perf_counter() - t_start
                    with store.engine.connect() as conn:
                        size = conn.execute(text("select pg_database_size(current_database())")).scalar()
                    print(f"{i} documents: wall {wall:.0f}s ({i / wall:.0f} docs/s); store {spent['store']:.0f}s, "
                          f"duplicates {spent['duplicates']:.0f}s, clusters {spent['clusters']:.0f}s; "
                          f"{contradictions} contradictions; database {size / i / 1024:.2f} KB per document", flush=True)
            wall = time.perf_counter() - t_start
            link = spent["duplicates"] + spent["clusters"]
            with store.engine.connect() as conn:
                size = conn.execute(text("select pg_database_size(current_database())")).scalar()
                claims = conn.scalar(select(func.count()).select_from(ClaimRow))
                clusters = conn.scalar(select(func.count()).select_from(ClusterRow))
                t = time.perf_counter()
                conn.scalar(select(func.count()).select_from(ContradictionRow).where(ContradictionRow.category == "killed"))
                t_contra = time.perf_counter() - t
            print(f"total: {args.docs} documents, {claims} claims, {clusters} clusters in {wall:.0f}s "
                  f"({args.docs / wall:.0f} docs/s); linking {link:.0f}s = {100 * link / wall:.1f}% of wall; "
                  f"database {size / args.docs / 1024:.2f} KB per document; contradictions by category {t_contra * 1000:.0f} ms")
    finally:
        if args.keep:
            print(f"kept: {db}")
        else:
            drop_database(db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
