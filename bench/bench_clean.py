#!/usr/bin/env python3
"""Speed and memory of sitrep's cleaning on the article-extraction benchmark pages.

Prints documents per second and peak memory for cleaning the 181 HTML pages and the 181
flattened texts with ``clean_document``, and the ratio of that HTML cleaning time to plain
``trafilatura.extract`` on the same pages in the same run (best of ``--rounds`` interleaved
rounds, so that other load on the machine weighs the same on both).

usage: python bench/bench_clean.py [SHARED_DIR] [--rounds N]
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_extraction import REPO, load_pages  # noqa: E402


def run_clean(docs: list) -> float:
    from sitrep.clean import clean_document

    start = time.perf_counter()
    for doc in docs:
        clean_document(doc)
    return time.perf_counter() - start


def run_trafilatura(pages: list[str]) -> float:
    import trafilatura

    start = time.perf_counter()
    for page in pages:
        trafilatura.extract(page)
    return time.perf_counter() - start


def peak_mib(func, arg) -> float:
    tracemalloc.start()
    func(arg)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main(argv: list[str] | None = None) -> int:
    from sitrep.records import Document

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", nargs="?", default=str(REPO.parent / "shared"))
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    bench = Path(args.shared) / "bench" / "article-extraction"
    if not (bench / "html").is_dir() or not (bench / "flat").is_dir():
        print(f"missing {bench}/html or /flat: give the shared folder as argument", file=sys.stderr)
        return 2
    html, flat = load_pages(bench)
    html_docs = [Document(id=k, html=v) for k, v in html.items()]
    flat_docs = [Document(id=k, raw_text=v) for k, v in flat.items()]
    pages = list(html.values())
    run_clean(html_docs[:5] + flat_docs[:5])  # load vocabularies and stop lists once
    run_trafilatura(pages[:5])
    t_html, t_flat, t_traf = [], [], []
    for _ in range(max(1, args.rounds)):
        t_traf.append(run_trafilatura(pages))
        t_html.append(run_clean(html_docs))
        t_flat.append(run_clean(flat_docs))
    best_html, best_flat, best_traf = min(t_html), min(t_flat), min(t_traf)
    report = {
        "html_docs": len(html_docs),
        "html_docs_per_s": round(len(html_docs) / best_html, 1),
        "html_peak_mib": round(peak_mib(run_clean, html_docs), 1),
        "flat_docs": len(flat_docs),
        "flat_docs_per_s": round(len(flat_docs) / best_flat, 1),
        "flat_peak_mib": round(peak_mib(run_clean, flat_docs), 1),
        "trafilatura_docs_per_s": round(len(pages) / best_traf, 1),
        "html_time_ratio_vs_trafilatura": round(best_html / best_traf, 3),
        "process_max_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rounds": max(1, args.rounds),
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
