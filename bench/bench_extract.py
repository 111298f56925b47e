#!/usr/bin/env python3
"""Throughput and peak memory of claim extraction over the dev documents.

    python bench/bench_extract.py [SHARED_DIR] [--rounds 5]

The documents are read and cleaned first (not timed); models and vocabularies are loaded by
a warm-up on a text of our own (not timed); then each round extracts every dev document with
the extractor's caches emptied (place lookups, dates, the geocoder's memo), so no round
reuses answers of the one before. Prints documents per second (one process, one core) and
the process's peak resident memory.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_claims_dev import clean, load_docs  # noqa: E402

from sitrep.extract import extract_claims  # noqa: E402
from sitrep.extract import dates as _dates  # noqa: E402
from sitrep.extract import pipeline as _pipeline  # noqa: E402
from sitrep.records import Document  # noqa: E402

WARMUP = ("KYIV, Ukraine (AP) - Shelling killed three civilians in Kharkiv on March 5, the regional "
          "governor said. Russian forces captured a village near Izium, and 12 tanks were destroyed.")


def _empty_caches() -> None:
    _dates._dateparser.cache_clear()
    for resolver in _pipeline._DEFAULT_RESOLVER:
        resolver._cache.clear()
        memo = getattr(resolver.geocoder, "_memo", None)
        if memo is not None:
            memo.clear()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", nargs="?", default="../shared")
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args()
    path = Path(a.shared) / "dev" / "claims" / "docs.jsonl"
    if not path.exists():
        print(f"{path}: not found (pass the shared folder as the first argument)", file=sys.stderr)
        return 2
    docs = [clean(d) for d in load_docs(path)]
    chars = sum(len(d.text) for d in docs)
    extract_claims(Document(id="warmup", published="2022-03-01", text=WARMUP))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rates, n_claims = [], 0
    for _ in range(max(1, a.rounds)):
        _empty_caches()
        t0 = time.perf_counter()
        n_claims = sum(len(extract_claims(d)) for d in docs)
        rates.append(len(docs) / (time.perf_counter() - t0))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"documents: {len(docs)} ({chars} characters of cleaned text), claims per round: {n_claims}")
    print(f"docs/s (one core): median {statistics.median(rates):.1f}, min {min(rates):.1f}, "
          f"max {max(rates):.1f} over {len(rates)} rounds; first round {rates[0]:.1f} "
          f"(spaCy still meeting these words for the first time)")
    print(f"peak RSS: {peak / 1024:.0f} MiB (after model load: {rss_before / 1024:.0f} MiB)")
    scaling()
    return 0


def scaling() -> None:
    """One long generated document at two sizes: time should grow in proportion."""
    para = ("Shelling killed {n} civilians in {town} on Monday, the regional governor said. He added "
            "that {m} people were wounded and rescuers were still searching the rubble of a school.")
    towns = ["Kharkiv", "Izium", "Sumy", "Kherson", "Mykolaiv", "Odesa"]

    def seconds(paras: int) -> float:
        text = "\n\n".join(para.format(n=i % 30 + 1, m=i % 50 + 2, town=towns[i % 6]) for i in range(paras))
        t0 = time.perf_counter()
        extract_claims(Document(id=f"long-{paras}", published="2024-03-01", text=text))
        return time.perf_counter() - t0

    small, large = seconds(1000), seconds(4000)
    print(f"one long document: 1,000 paragraphs {small:.2f} s, 4,000 paragraphs {large:.2f} s "
          f"(x{large / small:.1f} for 4x the text)")


if __name__ == "__main__":
    sys.exit(main())
