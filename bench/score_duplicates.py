"""Pairwise precision and recall of near-duplicate linking over a generated set.

Base stories (tests/fixtures/link/*.txt and stories/*_base.txt, written for sitrep) are each
re-posted as syndicated variants (other boilerplate and title, a truncated copy, light edits,
all at once; several seeds), and stored with distinct articles on the same topics
(stories/*_other.txt, port_followup.txt). Everything goes through the store and
``link_pending`` as in `sitrep run`; two documents are predicted duplicates when they end up
in the same duplicate group. Truth: they come from the same base story.

    .venv/bin/python bench/score_duplicates.py [--seeds 3]
"""
from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from sitrep.link import link_pending
from sitrep.link.variants import variants
from sitrep.records import Document
from sitrep.store import Store

FIX = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "link"
DISTINCT = ("port_followup.txt",)  # a same-topic article that is not a copy


def corpus(seeds: int) -> list[tuple[str, str, str | None, str]]:
    """(doc id, text, base story or None for a distinct article, variant kind)."""
    bases = {p.stem: p.read_text() for p in sorted(FIX.glob("*.txt")) if p.name not in DISTINCT}
    bases.update({p.stem: p.read_text() for p in sorted((FIX / "stories").glob("*_base.txt"))})
    others = [FIX / name for name in DISTINCT] + sorted((FIX / "stories").glob("*_other.txt"))
    docs = []
    for name, text in bases.items():
        docs.append((f"{name}", text, name, "original"))
        for seed in range(seeds):
            for kind, vtext in variants(text, seed=seed).items():
                docs.append((f"{name}~{kind}~{seed}", vtext, name, kind))
    docs.extend((p.stem, p.read_text(), None, "distinct") for p in others)
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=3, help="variants per kind and base story")
    args = ap.parse_args(argv)
    docs = corpus(args.seeds)
    with tempfile.TemporaryDirectory() as tmp, Store(str(Path(tmp) / "dup.db")) as store:
        t0 = time.perf_counter()
        for i, (doc_id, text, _base, _kind) in enumerate(docs):
            store.save(Document(id=doc_id, text=text, raw_text=text, published=f"2024-05-{1 + i % 28:02d}"))
        link_pending(store.engine)
        elapsed = time.perf_counter() - t0
        group = {r.id: r.duplicate_of or r.id for r in store.iter_documents()}
    truth = {d[0]: d[2] for d in docs}
    kind = {d[0]: d[3] for d in docs}
    tp = fp = fn = 0
    missed: Counter = Counter()
    for a, b in itertools.combinations(sorted(truth), 2):
        same = truth[a] is not None and truth[a] == truth[b]
        predicted = group[a] == group[b]
        tp += same and predicted
        fp += predicted and not same
        fn += same and not predicted
        if same and not predicted:
            missed[tuple(sorted((kind[a], kind[b])))] += 1
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    n_base = len({t for t in truth.values() if t})
    print(f"documents: {len(docs)} ({n_base} base stories x {args.seeds} seeds x 4 variant kinds, "
          f"{sum(t is None for t in truth.values())} distinct same-topic articles); {elapsed:.2f}s")
    print(f"pairs: {tp + fn} duplicate, {len(truth) * (len(truth) - 1) // 2 - tp - fn} not")
    print(f"pairwise precision {p:.3f}  recall {r:.3f}  (tp {tp}, fp {fp}, fn {fn})")
    for pair, n in missed.most_common():
        print(f"  missed pairs {pair[0]} / {pair[1]}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
