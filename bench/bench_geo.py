"""Benchmark the geocoder: gazetteer start time (cold build and cached) and lookups per second.

    python bench/bench_geo.py [places.jsonl] [--repeat N] [--skip-cold]

Cold start builds the gazetteer from the bundled data into a fresh temporary cache directory;
cached start loads it from that directory in a fresh Python process (imports included).
Lookup rates run over the queries of the places file: with the result cache (repeated
queries) and without any cache (every lookup resolved from scratch, name-key cache cleared).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

DEFAULT = "/work/shared/dev/geo/places.jsonl"
LOAD_SNIPPET = (
    "import time; t=time.perf_counter(); from sitrep.geo import Geocoder; "
    "g=Geocoder().gazetteer; print(time.perf_counter()-t)"
)


def start_in_subprocess(cache_dir: str) -> float:
    env = dict(os.environ, SITREP_CACHE_DIR=cache_dir)
    out = subprocess.run([sys.executable, "-c", LOAD_SNIPPET], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def rate(gc, queries: list[str], repeat: int, clear_keys: bool) -> float:
    from sitrep.geo import normalise

    t = time.perf_counter()
    for _ in range(repeat):
        if clear_keys:
            normalise.key.cache_clear()
        for q in queries:
            gc.resolve(q)
    return len(queries) * repeat / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=40, help="passes over the queries (cached rate)")
    ap.add_argument("--skip-cold", action="store_true", help="use the normal cache dir (built if absent), no cold build")
    args = ap.parse_args()
    with open(args.path, encoding="utf-8") as fh:
        queries = [json.loads(line)["query"] for line in fh if line.strip()]

    with tempfile.TemporaryDirectory(prefix="sitrep-geo-bench-") as tmp:
        from sitrep.geo import Geocoder, cache

        cache_dir = str(cache.cache_dir()) if args.skip_cold else tmp
        if not args.skip_cold:
            print(f"cold start (build + write cache): {start_in_subprocess(cache_dir):.2f} s")
        starts = [start_in_subprocess(cache_dir) for _ in range(3)]
        print(f"cached start (fresh process, best of 3): {min(starts):.2f} s  (all: "
              + ", ".join(f"{s:.2f}" for s in starts) + ")")
        os.environ["SITREP_CACHE_DIR"] = cache_dir

        gc = Geocoder()
        gc.gazetteer  # load before timing lookups
        cold = Geocoder(memo_size=0)
        cold._gaz, cold._alias_rows = gc._gaz, gc._alias_rows
        cold.resolve(queries[0])  # load the vocabularies (start-up, not lookup)
        uncached = rate(cold, queries, 2, clear_keys=True)
        cached = rate(gc, queries, args.repeat, clear_keys=False)
        print(f"lookups/s with result cache ({len(queries)} queries x {args.repeat}): {cached:,.0f}")
        print(f"lookups/s uncached ({len(queries)} queries x 2, no caches): {uncached:,.0f}")


if __name__ == "__main__":
    main()
