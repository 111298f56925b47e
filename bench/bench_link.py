"""Incremental linking cost: adding documents costs time in proportion to what is added.

Synthetic documents (generated text, 1 in 10 a syndicated copy of an earlier one) carry
synthetic claims (half of them repeat an earlier figure, as outlets do), published in time
order at a fixed rate. For each database size N the script stores N documents, links them
(duplicates, clusters, contradictions), then adds ADD more and times that step alone:

    .venv/bin/python bench/bench_link.py [--sizes 1000 10000] [--add 1000] [--repeat 3]

Times are split into store (Store.save), duplicates (link_pending) and clusters
(update_clusters). Extraction is not involved.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sitrep.link import link_pending, update_clusters
from sitrep.link.variants import variants
from sitrep.records import Claim, Document, Evidence, Place
from sitrep.store import Store

CATEGORIES = ["killed", "wounded", "captured", "displaced", "materiel_lost", "attack", "territory"]
ITEMS = ["tank", "artillery", "drone", "aircraft"]
CLAIMANTS = [(None, None), ("Ukrainian officials", "ukraine"), ("Russian Defence Ministry", "russia"),
             ("Regional governor", "ukraine"), ("Local police", None)]
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sta", "vol", "dor", "pen", "zi", "gra", "tu", "bel", "sko", "an"]


class Generator:
    """Deterministic synthetic news: documents in time order, ``rate`` per day."""

    def __init__(self, seed: int = 7, rate: int = 30, places: int = 400):
        self.rng = random.Random(seed)
        self.rate = rate
        self.words = ["".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4))) for _ in range(3000)]
        self.places = [Place(f"Place {i}", round(self.rng.uniform(44.5, 52.0), 4), round(self.rng.uniform(23.0, 40.0), 4),
                             "UA", 100000 + i, "settlement") for i in range(places)]
        self.events: list[dict] = []
        self.texts: list[str] = []
        self.n = 0

    def _event(self, day: int) -> dict:
        if self.events and self.rng.random() < 0.5:
            recent = self.events[-200:]
            return dict(self.rng.choice(recent))
        cat = self.rng.choice(CATEGORIES)
        who, side = self.rng.choice(CLAIMANTS)
        ev = dict(category=cat, value=None if cat in ("attack", "territory") else float(self.rng.randint(1, 400)),
                  item=self.rng.choice(ITEMS) if cat == "materiel_lost" else None, claimant=who, claimant_side=side,
                  place=self.rng.choice(self.places), day=day - self.rng.randint(0, 2),
                  scope="cumulative" if cat == "materiel_lost" and self.rng.random() < 0.3 else "event")
        self.events.append(ev)
        return ev

    def document(self) -> Document:
        i, self.n = self.n, self.n + 1
        day = 738000 + i // self.rate
        import datetime as dt

        published = dt.date.fromordinal(day).isoformat() + f"T{i % 24:02d}:00:00"
        if self.texts and self.rng.random() < 0.1:
            text = self.rng.choice(list(variants(self.rng.choice(self.texts[-300:]), seed=i).values()))
        else:
            paras = [" ".join(self.rng.choice(self.words) for _ in range(40)) + "." for _ in range(4)]
            text = "\n\n".join(paras)
        self.texts.append(text)
        doc_id = f"doc-{i:06d}"
        doc = Document(id=doc_id, text=text, raw_text=text, published=published, url=f"https://outlet{i % 50}.example/{i}")
        for k in range(5):
            ev = self._event(day)
            sentence = f"Synthetic sentence {k} of {doc_id}."
            doc.claims.append(Claim(
                claim_id=f"{doc_id}-{k}", doc_id=doc_id, category=ev["category"], value=ev["value"], item=ev["item"],
                claimant=ev["claimant"], claimant_side=ev["claimant_side"], place=ev["place"], scope=ev["scope"],
                date=dt.date.fromordinal(ev["day"]).isoformat(), date_precision="day",
                evidence=Evidence(sentence, 0, len(sentence)), subject="people"))
        return doc


def add(store: Store, gen: Generator, n: int) -> dict[str, float]:
    t0 = time.perf_counter()
    for _ in range(n):
        store.save(gen.document())
    t1 = time.perf_counter()
    link_pending(store.engine)
    t2 = time.perf_counter()
    result = update_clusters(store.engine)
    t3 = time.perf_counter()
    return {"store": t1 - t0, "duplicates": t2 - t1, "clusters": t3 - t2, "total": t3 - t0,
            "claims linked": result.claims, "clusters recomputed": result.clusters}


def line(label: str, t: dict[str, float]) -> str:
    return (f"{label:<22} total {t['total']:7.2f}s  store {t['store']:6.2f}s  duplicates {t['duplicates']:6.2f}s  "
            f"clusters {t['clusters']:6.2f}s  ({t['claims linked']} claims, {t['clusters recomputed']} clusters recomputed)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="initial database sizes")
    ap.add_argument("--add", type=int, default=1000, help="documents added to each")
    ap.add_argument("--repeat", type=int, default=3, help="additions timed per size (median reported)")
    args = ap.parse_args(argv)
    added = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            gen = Generator()
            with Store(str(Path(tmp) / f"bench-{size}.db")) as store:
                initial = add(store, gen, size)
                print(line(f"initial {size}", initial), flush=True)
                runs = []
                for k in range(args.repeat):  # the machine may be shared: keep the median of a few
                    runs.append(add(store, gen, args.add))
                    print(line(f"+{args.add} to {size + k * args.add}", runs[-1]), flush=True)
                added[size] = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
                counts = store.counts()
                print(f"{'':<22} database now {counts['documents']} documents, {counts['claims']} claims", flush=True)
    if len(added) > 1:
        small, large = min(added), max(added)
        for part in ("total", "store", "duplicates", "clusters"):
            ratio = added[large][part] / max(added[small][part], 1e-9)
            print(f"median +{args.add} to {large} vs to {small} ({part}): {added[large][part]:.2f}s vs "
                  f"{added[small][part]:.2f}s = x{ratio:.2f} (database {large / small:.0f}x larger)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
