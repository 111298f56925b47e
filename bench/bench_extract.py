#!/usr/bin/env python3
"""Throughput and peak memory of claim extraction.

    python bench/bench_extract.py [SHARED_DIR] [--rounds 5] [--copies 4]

1. Extraction alone, one process, over the dev documents (cleaned first, not timed), caches
   emptied before each round: documents/s and words/s.
2. Cleaning and extraction as `sitrep run --workers N` runs them (sitrep.pipeline.clean_and_extract),
   with N = 1 and N = 2 in the same run, over one corpus: the dev documents, the world dev pages
   and our eval sets, repeated --copies times with fresh ids: documents/s, words/s, and the time
   of 2 workers as a share of 1. The outputs of both are compared claim by claim. With N = 2,
   this process (loaded already, as after the first part) works beside one started process,
   whose start-up is inside the time.
3. Peak resident memory of this process and of the worker processes.

The machine's load average is printed before and after: on shared cores, figures taken under
load are low, and the ratio of 2 workers to 1 most of all.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from score_claims_dev import clean, load_docs  # noqa: E402

from sitrep.extract import extract_claims  # noqa: E402
from sitrep.extract import dates as _dates  # noqa: E402
from sitrep.extract import pipeline as _pipeline  # noqa: E402
from sitrep.extract.text import nlp as _nlp  # noqa: E402
from sitrep.pipeline import extract_batched  # noqa: E402
from sitrep.records import Document  # noqa: E402

WARMUP = ("KYIV, Ukraine (AP) - Shelling killed three civilians in Kharkiv on March 5, the regional "
          "governor said. Russian forces captured a village near Izium, and 12 tanks were destroyed.")


def _empty_caches() -> None:
    _dates._dateparser.cache_clear()
    for fast in _nlp._fast_components(_nlp.nlp()).values():  # the parse's remembered words
        fast.clear()
    for resolver in _pipeline._DEFAULT_RESOLVER:
        resolver._cache.clear()
        memo = getattr(resolver.geocoder, "_memo", None)
        if memo is not None:
            memo.clear()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", nargs="?", default="../shared")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--copies", type=int, default=2, help="times the worker corpus is repeated")
    a = ap.parse_args()
    path = Path(a.shared) / "dev" / "claims" / "docs.jsonl"
    if not path.exists():
        print(f"{path}: not found (pass the shared folder as the first argument)", file=sys.stderr)
        return 2
    print(f"load average before: {_load()}")
    docs = [clean(d) for d in load_docs(path)]
    chars = sum(len(d.text) for d in docs)
    extract_claims(Document(id="warmup", published="2022-03-01", text=WARMUP))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rates, n_claims = [], 0
    for _ in range(max(1, a.rounds)):
        _empty_caches()
        t0 = time.perf_counter()
        n_claims = sum(len(d.claims) for d in extract_batched(iter(docs)))  # as `sitrep run` extracts
        rates.append(len(docs) / (time.perf_counter() - t0))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(f"documents: {len(docs)} ({chars} characters of cleaned text), claims per round: {n_claims}")
    print(f"docs/s (one core): median {statistics.median(rates):.1f}, min {min(rates):.1f}, "
          f"max {max(rates):.1f} over {len(rates)} rounds; first round {rates[0]:.1f} "
          f"(spaCy still meeting these words for the first time)")
    words = sum(len(d.text.split()) for d in docs)
    print(f"words/s (one core, extraction alone): median {statistics.median(rates) * words / len(docs):,.0f}")
    print(f"peak RSS: {peak / 1024:.0f} MiB (after model load: {rss_before / 1024:.0f} MiB)")
    workers(Path(a.shared), a.copies)
    scaling()
    print(f"load average after: {_load()}")
    return 0


def _load() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg()) + f" (1, 5, 15 min; {os.cpu_count()} cores)"


def _corpus(shared: Path, copies: int) -> list[Document]:
    paths = [shared / "dev" / "claims" / "docs.jsonl", shared / "dev" / "claims-world" / "docs.jsonl"]
    paths += sorted((ROOT / "eval").glob("claims*/docs.jsonl"))
    base = [d for p in paths if p.exists() for d in load_docs(p)]
    return [Document(id=f"{d.id}#{k}", source=d.source, raw_text=d.raw_text, html=d.html, published=d.published,
                     title=d.title, url=d.url) for k in range(copies) for d in base]


def workers(shared: Path, copies: int) -> None:
    """`sitrep run`'s clean-and-extract step on 1 and 2 processes, same documents, one run."""
    from sitrep.pipeline import clean_and_extract

    docs = _corpus(shared, copies)
    words = sum(len((d.raw_text or d.html or "").split()) for d in docs)
    seconds, outputs = {}, {}
    for n in (1, 2):
        _empty_caches()  # neither run starts with answers the other one found
        t0, cpu0 = time.perf_counter(), time.process_time()
        out = [item for item in clean_and_extract(iter(docs), workers=n)]
        seconds[n], cpu = time.perf_counter() - t0, time.process_time() - cpu0
        outputs[n] = [(d.id, [c.to_dict() for c in d.claims]) for d in out if isinstance(d, Document)]
        print(f"--workers {n}: {len(docs)} documents, {words:,} words in {seconds[n]:.1f} s: "
              f"{len(docs) / seconds[n]:.1f} docs/s, {words / seconds[n]:,.0f} words/s "
              f"(this process's CPU: {cpu:.1f} s)")
    print(f"--workers 2 takes {seconds[2] / seconds[1]:.2f}x the time of --workers 1; "
          f"same claims: {outputs[1] == outputs[2]}")
    import multiprocessing as mp

    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(1) as pool:  # a worker as --workers starts one, doing a share of the same work
        peak = pool.apply(_worker_peak, (docs[: len(docs) // 2],))
    print(f"peak RSS of one worker process (half the documents): {peak / 1024:.0f} MiB")


def _worker_peak(docs: list[Document]) -> int:
    """Clean and extract ``docs`` in this process; its peak resident memory in KiB."""
    from sitrep.pipeline import clean_and_extract

    for _ in clean_and_extract(iter(docs), workers=1):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


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
