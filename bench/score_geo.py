"""Score the geocoder on a places file (JSON Lines with "query", "lat", "lon").

Prints the two figures of issue #4:
  within_15km  share of all queries whose answer (any precision) lies within 15 km of the truth;
  honesty      share of answers given at precision point or settlement that lie within 15 km.

    python bench/score_geo.py [/work/shared/dev/geo/places.jsonl] [--misses] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter

from sitrep.geo import Geocoder
from sitrep.geo.match import km

DEFAULT = "/work/shared/dev/geo/places.jsonl"
RADIUS_KM = 15.0


def score(rows: list[dict], gc: Geocoder, show_misses: bool = False) -> dict:
    hit = fine = fine_hit = 0
    by_precision: Counter = Counter()
    for row in rows:
        res = gc.resolve(row["query"])
        prec = res.place.precision if res else None
        by_precision[prec or "null"] += 1
        d = km(res.place.lat, res.place.lon, row["lat"], row["lon"]) if res else None
        ok = d is not None and d <= RADIUS_KM
        hit += ok
        if prec in ("point", "settlement"):
            fine += 1
            fine_hit += ok
        if show_misses and not ok:
            where = f"{res.place.name} [{prec}, {res.method}, conf {res.confidence}] {d:.0f} km" if res else "null"
            flag = "WRONG" if prec in ("point", "settlement") else "miss "
            print(f"{flag} {row['query']!r} -> {where}", file=sys.stderr)
    return {
        "queries": len(rows),
        "within_15km": round(hit / len(rows), 4) if rows else 0.0,
        "fine_answers": fine,
        "honesty": round(fine_hit / fine, 4) if fine else 1.0,
        "by_precision": dict(by_precision),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=DEFAULT)
    ap.add_argument("--misses", action="store_true", help="list misses and wrong answers on stderr")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = ap.parse_args()
    with open(args.path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    out = score(rows, Geocoder.default(), args.misses)
    if args.json:
        print(json.dumps(out))
    else:
        print(f"queries: {out['queries']}")
        print(f"within 15 km: {out['within_15km']:.4f}")
        print(f"honesty (point/settlement within 15 km): {out['honesty']:.4f} of {out['fine_answers']}")
        print(f"by precision: {out['by_precision']}")


if __name__ == "__main__":
    main()
