"""`sitrep run` at volume: documents per second, CPU seconds per document, peak memory per
process, linking's share of the wall time, and database bytes per document (per table).

    .venv/bin/python bench/bench_run.py [--docs 20000] [--workers 1 2] [--db-url URL]

The corpus is generated (seeded): each document reports one to three of its day's twelve
events (a strike, an evacuation, destroyed tanks at a town, told by a named speaker; one report
in ten from another source with another figure) among paragraphs of filler words, about
3.5 KB of text; one in ten is a syndicated copy of an earlier one with other boilerplate. Each setting runs in a fresh process on a fresh database (SQLite, or a
fresh database on the PostgreSQL server of --db-url). Linking time is the time the run's own
process spends linking: its linking passes (duplicates, then clusters with summaries and
contradictions) and the MinHash signatures of the documents it cleaned itself (worker
processes sign theirs beside cleaning). With worker processes, the run keeps them extracting
while it links; the line after each setting says for how much of the linking time some worker
process was extracting (measured from the times each worker chunk started and ended) and for
how much none was.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

TOWNS = ["Kharkiv", "Izium", "Kherson", "Mykolaiv", "Zaporizhzhia", "Sumy", "Chernihiv", "Pokrovsk", "Kramatorsk",
         "Sloviansk", "Nikopol", "Odesa", "Dnipro", "Bakhmut", "Avdiivka", "Kupiansk", "Lyman", "Toretsk"]
SPEAKERS = ["the regional governor said", "the mayor said", "police said", "the Ukrainian army said",
            "Russia's defence ministry claimed", "local officials said", "emergency services said"]
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sta", "vol", "dor", "pen", "zi", "gra", "tu", "bel", "sko", "an"]


def corpus(n: int, seed: int = 15):
    """Documents in time order, 60 a day; each reports one to three of the day's events (a
    strike, an evacuation, destroyed tanks at a town), whose figures most outlets repeat and a
    few dispute."""
    import datetime as dt

    rng = random.Random(seed)
    words = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(5000)]
    texts = []
    for i in range(n):
        day = 738600 + i // 60
        date = dt.date.fromordinal(day)
        published = date.isoformat() + f"T{i % 24:02d}:00:00"
        if texts and rng.random() < 0.1:
            text = rng.choice(texts[-300:]) + "\n\nThis report was shared by a partner outlet."
        else:
            claims = []
            for _ in range(rng.randint(1, 3)):
                event = random.Random(day * 100 + rng.randint(0, 11))  # one of the day's 12 events
                town, killed, hurt = event.choice(TOWNS), event.randint(1, 30), event.randint(1, 60)
                speaker = event.choice(SPEAKERS)
                if rng.random() < 0.1:  # another source, another figure
                    speaker, killed = rng.choice(SPEAKERS), killed + rng.randint(2, 9)
                kind = event.randint(0, 2)
                claims.append([
                    f"Shelling hit {town} on {date.strftime('%A')}, killing {killed} civilians and wounding {hurt} "
                    f"others, {speaker}.",
                    f"About {event.choice([200, 500, 1200])} people were evacuated from villages near {town}, {speaker}.",
                    f"Ukrainian forces destroyed {event.randint(2, 12)} tanks near {town}, {speaker}.",
                ][kind])
            filler = [" ".join(rng.choice(words) for _ in range(80)) + "." for _ in range(5)]
            text = "\n\n".join(filler[:2] + [" ".join(claims)] + filler[2:])
        texts.append(text)
        yield {"id": f"b{i:06d}", "url": f"https://outlet{i % 40}.example/{i}", "title": f"Report {i}",
               "published": published, "text": text}


SAMPLER = r"""
# child processes (a fork server's workers, a JVM) are not ours in getrusage: their CPU time,
# peak memory and name are sampled from /proc (every descendant of this process)
seen, stop = {}, threading.Event()
def sample():
    tick = os.sysconf("SC_CLK_TCK")
    while not stop.is_set():
        procs = {}
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                stat = open(f"/proc/{pid}/stat").read()
                name = stat[stat.index("(") + 1:stat.rindex(")")]
                fields = stat.rsplit(")", 1)[1].split()
                procs[int(pid)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick, name)
            except (OSError, IndexError, ValueError):
                pass
        me = os.getpid()
        for pid, (ppid, cpu, name) in procs.items():
            p, depth = ppid, 0
            while p not in (me, 0, 1) and p in procs and depth < 10:
                p, depth = procs[p][0], depth + 1
            if p == me and pid != me:
                try:
                    hwm = next(int(l.split()[1]) for l in open(f"/proc/{pid}/status") if l.startswith("VmHWM"))
                except (OSError, StopIteration):
                    hwm = 0
                old = seen.get(pid, (0, 0, name))
                seen[pid] = (max(old[0], cpu), max(old[1], hwm), name)
        stop.wait(0.5)
threading.Thread(target=sample, daemon=True).start()
"""

def write_corpus(path: Path, n: int) -> Path:
    """The corpus as a JSONL file at ``path``; prints its size."""
    with path.open("w") as fh:
        for rec in corpus(n):
            fh.write(json.dumps(rec) + "\n")
    print(f"corpus: {n} documents, {path.stat().st_size / n / 1024:.1f} KB each")
    return path


DRIVER = r"""
import json, os, resource, sys, threading, time
import sitrep.link as link, sitrep.link.minhash as minhash, sitrep.pipeline as pipeline
# time this process spends linking: the passes (duplicates, then clusters and contradictions),
# and the signatures of the documents it cleaned itself (worker processes sign theirs beside
# cleaning); a call inside another timed one is not counted twice
spent, depth, passes, busy = {"link": 0.0, "sign": 0.0}, [0], [], []
def timed(fn, key, record=False):
    def wrapper(*a, **k):
        if depth[0]:
            return fn(*a, **k)
        depth[0] += 1
        t = time.monotonic()
        try:
            return fn(*a, **k)
        finally:
            depth[0] -= 1
            spent[key] += time.monotonic() - t
            if record:
                passes.append((t, time.monotonic()))
    return wrapper
link.link_pending = timed(link.link_pending, "link", True)
link.update_clusters = timed(link.update_clusters, "link", True)
minhash.signature = timed(minhash.signature, "sign")
took = pipeline._Shared._took
def took_and_note(self, started, ended):  # when a worker process was extracting (one chunk)
    busy.append((started, ended))
    return took(self, started, ended)
pipeline._Shared._took = took_and_note
def overlap(spans, busy):
    # seconds of the spans during which some worker process was extracting
    total = 0.0
    merged = []
    for a, b in sorted(busy):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    for a, b in spans:
        total += sum(max(0.0, min(b, y) - max(a, x)) for x, y in merged)
    return total
"""+SAMPLER+r"""from sitrep.runner import run_inputs
t0 = time.monotonic()
summary = run_inputs([sys.argv[1]], sys.argv[2], progress=False, workers=int(sys.argv[3]))
wall = time.monotonic() - t0
stop.set()
me = resource.getrusage(resource.RUSAGE_SELF)
cpu_kids = sum(c for c, _, _ in seen.values())
print(json.dumps({"wall": wall, "link": spent["link"] + spent["sign"], "sign": spent["sign"],
                  "overlapped": overlap(passes, busy), "load": os.getloadavg(), "cpu": me.ru_utime + me.ru_stime + cpu_kids,
                  "rss_main": me.ru_maxrss / 1024, "rss_child": max((h for _, h, _ in seen.values()), default=0) / 1024,
                  "counts": dict(summary.counts)}))
"""


def table_bytes(db: str) -> dict[str, int]:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        rows = con.execute("select name, sum(pgsize) from dbstat group by name").fetchall()
    except sqlite3.OperationalError:
        return {}
    finally:
        con.close()
    return dict(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--db-url", help="a PostgreSQL server URL to create the databases on (default: SQLite files)")
    args = ap.parse_args()
    src = Path(__file__).resolve().parents[1] / "src"
    with tempfile.TemporaryDirectory() as tmp:
        path = write_corpus(Path(tmp) / "corpus.jsonl", args.docs)
        for workers in args.workers:
            if args.db_url:
                sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
                os.environ["SITREP_TEST_POSTGRES"] = args.db_url
                from backends import create_database, drop_database

                db = create_database("sitrep_bench")
            else:
                db = str(Path(tmp) / f"w{workers}.db")
            env = {**os.environ, "PYTHONPATH": str(src)}
            out = subprocess.run([sys.executable, "-c", DRIVER, str(path), db, str(workers)], env=env,
                                 capture_output=True, text=True, check=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            n = r["counts"].get("documents read", 0)
            alone = r["link"] - r["overlapped"]
            print(f"sitrep run --workers {workers}: {n / r['wall']:.1f} docs/s, {r['cpu'] / n * 1000:.1f} ms CPU/doc, "
                  f"wall {r['wall']:.0f}s, linking {r['link']:.1f}s = {100 * r['link'] / r['wall']:.1f}% of wall, "
                  f"peak RSS main {r['rss_main']:.0f} MiB, largest worker {r['rss_child']:.0f} MiB")
            print(f"  linking in this process: passes {r['link'] - r['sign']:.1f}s, signing what it cleaned itself "
                  f"{r['sign']:.1f}s; worker processes extracted during {r['overlapped']:.1f}s of it, none during "
                  f"{alone:.1f}s = {100 * alone / r['wall']:.1f}% of wall; load average at the end "
                  + " ".join(f"{x:.2f}" for x in r["load"]))
            print(f"  counts: {json.dumps(r['counts'])}")
            if args.db_url:
                from sqlalchemy import create_engine, text

                engine = create_engine(db)
                with engine.connect() as conn:
                    size = conn.execute(text("select pg_database_size(current_database())")).scalar()
                engine.dispose()
                drop_database(db)
                print(f"  database {size / n / 1024:.2f} KB per document")
            else:
                size = sum(os.path.getsize(db + s) for s in ("", "-wal") if os.path.exists(db + s))
                tables = table_bytes(db)
                top = sorted(tables.items(), key=lambda kv: -kv[1])[:8]
                print(f"  database {size / n / 1024:.2f} KB per document; per table (bytes/doc): "
                      + ", ".join(f"{k} {v / n:.0f}" for k, v in top))


if __name__ == "__main__":
    main()
