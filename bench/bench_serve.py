"""Speed of the web page and its API on 100,000 generated claims.

    python bench/bench_serve.py [--claims 100000] [--db PATH] [--repeat 5] [--no-browser]

Fills a SQLite database with generated documents and claims (places over three conflict
areas, 3 years of dates, a mix of settlement, region and country precision, 10% without
coordinates), serves it on 127.0.0.1, and prints the median and worst response time of the
map, timeline and list endpoints with and without filters; and, first, in headless Chromium,
the time to a drawn page (the first visit after the server starts, then later ones) and to
a redrawn page after a filter change.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
import urllib.request
from pathlib import Path

from sqlalchemy import insert

from sitrep.serve import create_app
from sitrep.serve.background import browser, running
from sitrep.store import Store
from sitrep.store.schema import ClaimRow, DocumentRow

AREAS = [(48.5, 37.5, 3.0), (31.5, 34.8, 1.0), (13.5, 30.0, 4.0)]  # centre lat, lon, spread (degrees)
CATEGORIES = ["killed"] * 5 + ["wounded"] * 4 + ["attack"] * 6 + ["materiel_lost"] * 3 + \
             ["displaced", "captured", "territory", "affected", "missing", "abducted", "protest"]
SIDES = ["ukraine", "russia", "other", None]
START = dt.date(2022, 2, 24)


def fill(db: str, n_claims: int, per_doc: int = 10, seed: int = 7) -> None:
    rnd = random.Random(seed)
    places = []
    for i in range(600):
        lat0, lon0, spread = rnd.choice(AREAS)
        places.append((f"Place {i}", lat0 + rnd.uniform(-spread, spread), lon0 + rnd.uniform(-spread, spread)))
    claimants = [f"Claimant {i}" for i in range(60)]
    outlets = [f"https://www.outlet{i}.example/story/" for i in range(25)]
    with Store(db) as store, store.engine.begin() as conn:
        docs, claims = [], []
        for d in range(n_claims // per_doc):
            day = START + dt.timedelta(days=rnd.randrange(1050))
            doc_id = f"doc-{d:06d}"
            sentences = []
            pos = 0
            for k in range(per_doc):
                name, lat, lon = rnd.choice(places)
                cat = rnd.choice(CATEGORIES)
                value = rnd.choice([None, rnd.randrange(1, 60), rnd.randrange(60, 5000)])
                text = f"Officials said {value or 'an'} {cat.replace('_', ' ')} near {name} on that day."
                sentences.append(text)
                precision = rnd.choices(["settlement", "region", "country", None], [75, 12, 3, 10])[0]
                if precision == "country":  # a country-level claim sits at its country's centre
                    lat, lon = next((a, b) for a, b, s in AREAS if abs(lat - a) <= s and abs(lon - b) <= s)
                    name = f"Country {round(lat)}"
                claims.append(dict(
                    claim_id=f"{doc_id}-{k}", doc_id=doc_id, category=cat, value=value, qualifier="exact", subject="people",
                    claimant=rnd.choice(claimants + [None]), claimant_side=rnd.choice(SIDES), modality="claimed",
                    scope=rnd.choice(["event"] * 4 + ["cumulative"]), place_name=name if precision else None,
                    place_lat=lat if precision else None, place_lon=lon if precision else None, place_precision=precision,
                    date=(day - dt.timedelta(days=rnd.randrange(3))).isoformat(), date_precision="day",
                    evidence_text=text, evidence_start=pos, evidence_end=pos + len(text), confidence=0.6, seq=k))
                pos += len(text) + 1
            docs.append(dict(id=doc_id, source="generated", url=rnd.choice(outlets) + doc_id, title=f"Story {d}",
                             published=day.isoformat(), input_hash="x", pipeline_version="bench", text=" ".join(sentences),
                             removed=[], meta={}, seen=d + 1))
            if len(claims) >= 20000:
                conn.execute(insert(DocumentRow), docs)
                conn.execute(insert(ClaimRow), claims)
                docs, claims = [], []
        if docs:
            conn.execute(insert(DocumentRow), docs)
            conn.execute(insert(ClaimRow), claims)


CASES = {
    "map (zoom 5)": "/api/map?zoom=5",
    "map (zoom 8)": "/api/map?zoom=8",
    "timeline": "/api/timeline",
    "list (first 100)": "/api/claims?limit=100",
    "list, page 500": "/api/claims?limit=100&offset=50000",
}
FILTERS = {
    "category": "category=killed",
    "dates": "since=2023-01-01&until=2023-03-31",
    "side+claimant": "side=russia&claimant=claimant%201",
    "text": "q=near%20place%2012",
    "bbox": "bbox=36,47,39,50",
    "all of these": "category=killed&since=2023-01-01&until=2023-12-31&side=russia&q=officials",
}


def timed(url: str, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        with urllib.request.urlopen(url) as res:
            res.read()
        out.append((time.perf_counter() - t) * 1000)
    return out


def api_figures(base: str, repeat: int) -> None:
    print(f"{'request':44} {'median ms':>10} {'worst ms':>9}")
    for name, path in CASES.items():
        for fname, fq in [("no filter", "")] + list(FILTERS.items()):
            url = base + path + ("&" if "?" in path else "?") + fq if fq else base + path
            ms = timed(url, repeat)
            print(f"{name + ', ' + fname:44} {statistics.median(ms):10.1f} {max(ms):9.1f}")


def browser_figures(base: str, repeat: int) -> None:
    with browser() as b:
        loads, changes, in_page_loads, in_page_changes = [], [], [], []
        for _ in range(repeat):
            page = b.new_page(viewport={"width": 1400, "height": 900})
            t = time.perf_counter()
            page.goto(base + "/")
            page.wait_for_selector("body[data-loaded]")
            loads.append((time.perf_counter() - t) * 1000)
            in_page_loads.append(float(page.get_attribute("body", "data-first-drawn-ms")))
            for cat in ("killed", "attack"):
                t = time.perf_counter()
                page.select_option("select[name=category]", cat)
                page.wait_for_function(f"() => location.search.includes('category={cat}') && document.body.dataset.busy === '0'")
                changes.append((time.perf_counter() - t) * 1000)
                in_page_changes.append(float(page.get_attribute("body", "data-redraw-ms")))
            page.close()
    for what, outside, inside in [("page drawn (map, timeline, list), first visit after start", loads[:1], in_page_loads[:1]),
                                  ("page drawn, later visits", loads[1:], in_page_loads[1:]),
                                  ("filter change redrawn", changes, in_page_changes)]:
        print(f"browser: {what}: page's own clock median {statistics.median(inside):.0f} ms (worst {max(inside):.0f}); "
              f"as the test driver saw it median {statistics.median(outside):.0f} ms (worst {max(outside):.0f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--db", help="where to write the database (default: a temporary folder)")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "bench.db")
        t = time.perf_counter()
        fill(db, args.claims)
        print(f"{args.claims:,} claims generated in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        app = create_app(db)
        print(f"server ready (columns of {args.claims:,} claims read) in {time.perf_counter() - t:.1f} s")
        with running(app) as base:
            if not args.no_browser:  # first, while the server is as fresh as a user finds it
                browser_figures(base, max(args.repeat, 2))
            api_figures(base, args.repeat)


if __name__ == "__main__":
    main()
